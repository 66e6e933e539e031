-- SEAO open data: the XML exports (2009-2021) and the OCDS release packages
-- (2021 on) of Québec's public tendering system, turned into purchases.
-- See doc/reference.md, "Load SEAO data", for every rule.

CREATE FUNCTION cag_ovt.seao_region(code text) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.seao_region(text) IS
    'Région administrative d''un numéro de région de livraison SEAO (numérotation propre à SEAO : 1 à 9, 11 Nord-du-Québec... 18 Gaspésie) ; NULL pour 19 (hors Québec) / administrative region of a SEAO delivery-region number (SEAO''s own numbering: 1 to 9, 11 Nord-du-Québec... 18 Gaspésie); NULL for 19 (outside Québec)';

-- What the parsers return: one row per winning bidder (XML) or award
-- supplier (OCDS), typed and checked.
CREATE TYPE cag_ovt.parsed_purchase AS (
    notice text,
    ocid text,
    release_id text,
    release_date timestamptz,
    ordinal integer,
    source_ref text,
    purchased_on date,
    buyer text,
    buyer_postal_code cag_ovt.postal_code,
    buyer_region cag_ovt.qc_region,
    delivery_region cag_ovt.qc_region,
    delivery_regions cag_ovt.qc_region[],
    supplier_name text,
    supplier_neq cag_ovt.neq,
    supplier_province text,
    supplier_postal_code cag_ovt.postal_code,
    supplier_country text,
    category cag_ovt.unspsc,
    description text,
    amount numeric(16,2),
    issue_fields text[],
    issue_values text[],
    issue_reasons text[],
    currency text
);
COMMENT ON TYPE cag_ovt.parsed_purchase IS
    'Achat lu d''un fichier SEAO par parse_seao_xml ou parse_ocds, avec les problèmes trouvés / purchase read from a SEAO file by parse_seao_xml or parse_ocds, with the problems found';
COMMENT ON COLUMN cag_ovt.parsed_purchase.notice IS
    'Numéro d''avis SEAO (numeroseao, ou tiré de l''OCID) / SEAO notice number (numeroseao, or taken from the OCID)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.ocid IS 'OCID de la publication OCDS (NULL pour le XML) / OCID of the OCDS release (NULL for XML)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.release_id IS 'Identifiant de la publication OCDS (NULL pour le XML) / id of the OCDS release (NULL for XML)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.release_date IS 'Date de la publication OCDS (NULL pour le XML) / date of the OCDS release (NULL for XML)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.ordinal IS
    'Rang de l''avis (XML) ou de la publication (OCDS) dans le fichier, à partir de 1 / position of the notice (XML) or release (OCDS) in the file, from 1';
COMMENT ON COLUMN cag_ovt.parsed_purchase.source_ref IS
    'Référence de l''achat : avis/position du soumissionnaire (XML), avis/attribution/fournisseur (OCDS) ; NULL pour un avis sans aucun achat / reference of the purchase: notice/position of the bidder (XML), notice/award/supplier (OCDS); NULL for a notice without any purchase';
COMMENT ON COLUMN cag_ovt.parsed_purchase.purchased_on IS
    'Date d''adjudication (XML), de signature du contrat ou d''attribution (OCDS) / award date (XML), contract signature or award date (OCDS)';
--@column_comments cag_ovt.parsed_purchase buyer
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer_postal_code IS 'Code postal de l''acheteur / postal code of the buyer';
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer_region IS
    'Région de l''acheteur selon son code postal, à la date de l''achat / region of the buyer from its postal code, on the purchase date';
COMMENT ON COLUMN cag_ovt.parsed_purchase.delivery_region IS
    'Région de livraison, quand l''avis en donne une seule / delivery region, when the notice gives exactly one';
COMMENT ON COLUMN cag_ovt.parsed_purchase.delivery_regions IS
    'Régions de livraison d''un avis livré à plusieurs régions ou hors Québec ({} : hors Québec seulement) / delivery regions of a notice delivered to several regions or outside Québec ({}: outside Québec only)';
--@column_comments cag_ovt.parsed_purchase supplier_name
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_neq IS 'NEQ du fournisseur / supplier NEQ';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_province IS 'Province du fournisseur, telle qu''écrite / supplier province, as written';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_postal_code IS 'Code postal du fournisseur / supplier postal code';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_country IS 'Pays du fournisseur, tel qu''écrit / supplier country, as written';
--@column_comments cag_ovt.parsed_purchase category
COMMENT ON COLUMN cag_ovt.parsed_purchase.description IS 'Titre de l''avis / title of the notice';
COMMENT ON COLUMN cag_ovt.parsed_purchase.amount IS
    'Montant (arrondi au cent) ; NULL : pas un achat, voir les problèmes / amount (rounded to the cent); NULL: not a purchase, see the issues';
COMMENT ON COLUMN cag_ovt.parsed_purchase.issue_fields IS
    'Colonnes touchées par les problèmes trouvés (NULL : aucun) / columns concerned by the problems found (NULL: none)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.issue_values IS
    'Valeurs brutes en cause, dans l''ordre de issue_fields / raw values at fault, in the order of issue_fields';
COMMENT ON COLUMN cag_ovt.parsed_purchase.issue_reasons IS
    'Raisons, dans l''ordre de issue_fields / reasons, in the order of issue_fields';
COMMENT ON COLUMN cag_ovt.parsed_purchase.currency IS
    'Monnaie du montant, code ISO 4217 : value.currency (OCDS) ; USD pour une soumission en $ US, sinon CAD (XML) ; NULL : pas un achat / currency of the amount, ISO 4217 code: value.currency (OCDS); USD for a bid in US dollars, else CAD (XML); NULL: not a purchase';

CREATE FUNCTION cag_ovt.parse_seao_xml(doc xml) RETURNS SETOF cag_ovt.parsed_purchase
    AS 'MODULE_PATHNAME', 'parse_seao_xml_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 2000;
COMMENT ON FUNCTION cag_ovt.parse_seao_xml(xml) IS
    'Lit un export XML d''avis SEAO sans le charger : un achat par soumissionnaire adjudicataire / reads a SEAO XML notices export without loading it: one purchase per winning bidder';
CREATE FUNCTION cag_ovt.parse_seao_xml(doc text) RETURNS SETOF cag_ovt.parsed_purchase
    AS 'MODULE_PATHNAME', 'parse_seao_xml_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 2000;
COMMENT ON FUNCTION cag_ovt.parse_seao_xml(text) IS
    'Lit un export XML d''avis SEAO donné comme texte (la déclaration d''encodage est ignorée) / reads a SEAO XML notices export given as text (its encoding declaration is ignored)';
CREATE FUNCTION cag_ovt.parse_seao_xml(doc bytea) RETURNS SETOF cag_ovt.parsed_purchase
    AS 'MODULE_PATHNAME', 'parse_seao_xml_bytea'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 2000;
COMMENT ON FUNCTION cag_ovt.parse_seao_xml(bytea) IS
    'Lit un export XML d''avis SEAO donné comme les octets du fichier (encodage selon sa déclaration) / reads a SEAO XML notices export given as the bytes of the file (encoding from its declaration)';

CREATE FUNCTION cag_ovt.parse_ocds(package jsonb) RETURNS SETOF cag_ovt.parsed_purchase
    AS 'MODULE_PATHNAME', 'parse_ocds'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION cag_ovt.parse_ocds(jsonb) IS
    'Lit un paquet de publications OCDS de SEAO sans le charger : un achat par fournisseur d''attribution / reads a SEAO OCDS release package without loading it: one purchase per award supplier';

-- Problems met while loading: a field that failed its type (loaded NULL),
-- a winner that is not a purchase, an amount rounded or shared...
CREATE TABLE cag_ovt.load_issues (
    issue_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    source_ref text NOT NULL,
    field text NOT NULL,
    value text,
    reason text NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX load_issues_source_ref ON cag_ovt.load_issues (source, source_ref);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.load_issues', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.load_issues_issue_id_seq', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.load_issues TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, UPDATE, USAGE ON SEQUENCE cag_ovt.load_issues_issue_id_seq TO @extowner@ WITH GRANT OPTION;
COMMENT ON SEQUENCE cag_ovt.load_issues_issue_id_seq IS
    'Identifiants de load_issues ; sauvegardée par pg_dump / identifiers of load_issues; dumped by pg_dump';
COMMENT ON TABLE cag_ovt.load_issues IS
    'Problèmes rencontrés au chargement : champ invalide (chargé NULL), adjudicataire qui n''est pas un achat, montant arrondi ou partagé / problems met while loading: invalid field (loaded NULL), winner that is not a purchase, amount rounded or shared';
COMMENT ON COLUMN cag_ovt.load_issues.issue_id IS 'Identifiant / identifier';
--@column_comments cag_ovt.load_issues source=load_source
COMMENT ON COLUMN cag_ovt.load_issues.source_ref IS
    'Référence de l''achat (ou de l''adjudicataire écarté), comme purchases.source_ref / reference of the purchase (or of the winner left out), as purchases.source_ref';
COMMENT ON COLUMN cag_ovt.load_issues.field IS
    'Colonne de purchases en cause (supplier_postal_code, category, amount...) / purchases column concerned (supplier_postal_code, category, amount...)';
COMMENT ON COLUMN cag_ovt.load_issues.value IS 'Valeur brute du fichier / raw value from the file';
COMMENT ON COLUMN cag_ovt.load_issues.reason IS 'Raison / reason';
COMMENT ON COLUMN cag_ovt.load_issues.loaded_at IS 'Début de la transaction du chargement / start of the loading transaction';

-- The notices (XML) and OCIDs (OCDS) loaded, with what they produced.
CREATE TABLE cag_ovt.load_notices (
    source text NOT NULL,
    notice text NOT NULL,
    ocid text,
    release_id text,
    release_date timestamptz,
    digest bigint NOT NULL,
    source_refs text[] NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (source, notice)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.load_notices', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.load_notices TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE cag_ovt.load_notices IS
    'Avis SEAO chargés (XML) et OCID chargés (OCDS) : la publication qui a produit les achats actuels et leurs références / SEAO notices (XML) and OCIDs (OCDS) loaded: the release that produced the current purchases and their references';
--@column_comments cag_ovt.load_notices source=load_source
COMMENT ON COLUMN cag_ovt.load_notices.notice IS 'Numéro d''avis SEAO / SEAO notice number';
COMMENT ON COLUMN cag_ovt.load_notices.ocid IS 'OCID (OCDS ; NULL pour le XML) / OCID (OCDS; NULL for XML)';
COMMENT ON COLUMN cag_ovt.load_notices.release_id IS
    'Identifiant de la publication OCDS qui a produit les achats actuels / id of the OCDS release that produced the current purchases';
COMMENT ON COLUMN cag_ovt.load_notices.release_date IS
    'Date de cette publication ; une publication plus ancienne ne change rien / date of that release; an older release changes nothing';
COMMENT ON COLUMN cag_ovt.load_notices.digest IS
    'Empreinte des lignes que l''avis a produites : un avis rechargé sans changement est laissé tel quel / fingerprint of the rows the notice produced: a notice loaded again unchanged is left as it is';
COMMENT ON COLUMN cag_ovt.load_notices.source_refs IS
    'Références des achats et des adjudicataires écartés que l''avis a produits / references of the purchases and of the winners left out that the notice produced';
COMMENT ON COLUMN cag_ovt.load_notices.loaded_at IS
    'Début de la transaction qui a chargé le contenu actuel / start of the transaction that loaded the current content';

-- The loader's parser: the rows of the document that is not NULL, compared
-- with what earlier loads of the source recorded in load_notices.  One row
-- per notice (OCDS: per OCID) whose source_ref is NULL: the version that
-- counts (the newest release of an OCID, the last occurrence of a notice in
-- an XML file), its status (new, changed, unchanged: same fingerprint as
-- at its last load, older: a newer release was loaded before), the refs of
-- its rows, the purchases and issues its new version replaces; then the
-- rows of the notices that are new or changed.
CREATE FUNCTION cag_ovt.seao_rows(source text, xml_text text, xml_bytes bytea, package jsonb,
    OUT notice text, OUT ocid text, OUT release_id text, OUT release_date timestamptz,
    OUT ordinal integer, OUT source_ref text, OUT purchased_on date, OUT buyer text,
    OUT buyer_postal_code cag_ovt.postal_code, OUT buyer_region cag_ovt.qc_region,
    OUT delivery_region cag_ovt.qc_region, OUT delivery_regions cag_ovt.qc_region[],
    OUT supplier_name text, OUT supplier_neq cag_ovt.neq, OUT supplier_province text,
    OUT supplier_postal_code cag_ovt.postal_code, OUT supplier_country text,
    OUT category cag_ovt.unspsc, OUT description text, OUT amount numeric,
    OUT issue_fields text[], OUT issue_values text[], OUT issue_reasons text[],
    OUT currency text,
    OUT status text, OUT digest bigint, OUT refs text[], OUT stale_refs text[],
    OUT clear_refs text[])
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'seao_rows'
    LANGUAGE C VOLATILE PARALLEL UNSAFE ROWS 4000;
COMMENT ON FUNCTION cag_ovt.seao_rows(text, text, bytea, jsonb) IS
    'Interne : les lignes d''un document SEAO comparées à ce que les chargements précédents de la source ont enregistré / internal: the rows of a SEAO document compared with what earlier loads of the source recorded';

-- Apply a SEAO document to the purchases: the body of load_seao_xml and
-- load_ocds.  One statement, so that a load is all or nothing even inside
-- a larger transaction; a static one, so that its plan is kept for the
-- session.  seao_rows decides what changes (in C, from load_notices); the
-- statement applies it, the tables being reached by key.
CREATE FUNCTION cag_ovt.seao_load(source text, xml_text text, xml_bytes bytea, package jsonb)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
    SET plan_cache_mode = force_generic_plan
AS $fn$
#variable_conflict use_column
DECLARE
    n_inserted bigint;
    n_updated bigint;
    n_removed bigint;
    n_issues bigint;
    n_new bigint;
    n_changed bigint;
    n_unchanged bigint;
    n_older bigint;
    e_state text;
    e_message text;
    e_detail text;
    e_hint text;
BEGIN
    IF seao_load.source IS NULL OR seao_load.source = '' THEN
        RAISE EXCEPTION 'the source of a SEAO load is empty'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The source names the loaded purchases: loading a file again updates them.';
    END IF;
    -- loads of one source run one at a time
    PERFORM pg_advisory_xact_lock(hashtext('cag_ovt.seao_load ' || seao_load.source));

    WITH parsed AS MATERIALIZED (
        SELECT * FROM cag_ovt.seao_rows(seao_load.source, xml_text, xml_bytes, package)
    ),
    notices AS NOT MATERIALIZED (
        SELECT p.notice, p.ocid, p.release_id, p.release_date, p.status, p.digest, p.refs,
               p.stale_refs, p.clear_refs
        FROM parsed p
        WHERE p.source_ref IS NULL
    ),
    new_rows AS NOT MATERIALIZED (
        SELECT p.* FROM parsed p WHERE p.source_ref IS NOT NULL
    ),
    -- purchases that the new versions of the notices no longer have
    removed AS (
        DELETE FROM cag_ovt.purchases p
        USING (SELECT unnest(n.stale_refs) AS ref FROM notices n) k
        WHERE p.source = seao_load.source AND p.source_ref = k.ref
        RETURNING p.purchase_id
    ),
    -- SEAO states neither labels nor group purchase: both stay NULL
    -- (unknown), never a guess (the shares of eco, Québec food and group
    -- purchases have no evidence in SEAO data: coverage 0)
    inserted AS (
        INSERT INTO cag_ovt.purchases
            (purchased_on, buyer, buyer_region, delivery_region, delivery_regions,
             supplier_name, supplier_neq, supplier_province, supplier_postal_code,
             supplier_country, category, description, amount, source, source_ref,
             currency)
        SELECT r.purchased_on, r.buyer, r.buyer_region, r.delivery_region, r.delivery_regions,
               r.supplier_name, r.supplier_neq, r.supplier_province, r.supplier_postal_code,
               r.supplier_country, r.category, r.description, r.amount, seao_load.source,
               r.source_ref, r.currency
        FROM new_rows r
        WHERE r.amount IS NOT NULL
          AND NOT EXISTS (SELECT FROM cag_ovt.purchases p
                          WHERE p.source = seao_load.source AND p.source_ref = r.source_ref)
        RETURNING purchase_id
    ),
    updated AS (
        UPDATE cag_ovt.purchases p SET
            purchased_on = r.purchased_on, buyer = r.buyer, buyer_region = r.buyer_region,
            delivery_region = r.delivery_region, delivery_regions = r.delivery_regions,
            supplier_name = r.supplier_name, supplier_neq = r.supplier_neq,
            supplier_province = r.supplier_province,
            supplier_postal_code = r.supplier_postal_code,
            supplier_country = r.supplier_country, category = r.category,
            description = r.description, amount = r.amount, currency = r.currency
        FROM new_rows r
        WHERE p.source = seao_load.source AND p.source_ref = r.source_ref
          AND r.amount IS NOT NULL
        RETURNING p.purchase_id
    ),
    -- the issues of a new or changed notice are those of its new version
    issues_removed AS (
        DELETE FROM cag_ovt.load_issues li
        USING (SELECT unnest(n.clear_refs) AS ref FROM notices n) k
        WHERE li.source = seao_load.source AND li.source_ref = k.ref
        RETURNING li.issue_id
    ),
    issues_added AS (
        INSERT INTO cag_ovt.load_issues (source, source_ref, field, value, reason)
        SELECT seao_load.source, r.source_ref, i.field, i.value, i.reason
        FROM new_rows r
        CROSS JOIN LATERAL unnest(r.issue_fields, r.issue_values, r.issue_reasons)
            AS i(field, value, reason)
        WHERE r.issue_fields IS NOT NULL
        RETURNING issue_id
    ),
    -- the notices' bookkeeping (loads of a source are serialized)
    notices_added AS (
        INSERT INTO cag_ovt.load_notices
            (source, notice, ocid, release_id, release_date, digest, source_refs)
        SELECT seao_load.source, n.notice, n.ocid, n.release_id, n.release_date, n.digest,
               n.refs
        FROM notices n
        WHERE n.status = 'new'
        RETURNING notice
    ),
    notices_updated AS (
        UPDATE cag_ovt.load_notices ln SET
            ocid = n.ocid, release_id = n.release_id, release_date = n.release_date,
            digest = n.digest, source_refs = n.refs,
            loaded_at = CASE WHEN n.status = 'changed' THEN now() ELSE ln.loaded_at END
        FROM notices n
        WHERE ln.source = seao_load.source AND ln.notice = n.notice
          AND (n.status = 'changed'
               OR (n.status = 'unchanged'
                   AND (ln.release_id, ln.release_date)
                       IS DISTINCT FROM (n.release_id, n.release_date)))
        RETURNING ln.notice
    )
    -- (data-modifying CTEs run to completion whether read or not)
    SELECT (SELECT count(*) FROM inserted),
           (SELECT count(*) FROM updated),
           (SELECT count(*) FROM removed),
           (SELECT count(*) FROM issues_added),
           count(*) FILTER (WHERE n.status = 'new'),
           count(*) FILTER (WHERE n.status = 'changed'),
           count(*) FILTER (WHERE n.status = 'unchanged'),
           count(*) FILTER (WHERE n.status = 'older')
      INTO n_inserted, n_updated, n_removed, n_issues, n_new, n_changed, n_unchanged, n_older
      FROM notices n;

    IF current_setting('cag_ovt.load_progress', true)::integer > 0 THEN
        RAISE NOTICE '%: % notices new, % changed, % unchanged, % older releases ignored; % purchases inserted, % updated, % removed; % issues recorded',
            seao_load.source, n_new, n_changed, n_unchanged, n_older, n_inserted, n_updated,
            n_removed, n_issues;
    END IF;
    RETURN n_inserted + n_updated;
EXCEPTION WHEN OTHERS THEN
    -- the same error, without the statement above as its context
    GET STACKED DIAGNOSTICS e_state = RETURNED_SQLSTATE, e_message = MESSAGE_TEXT,
        e_detail = PG_EXCEPTION_DETAIL, e_hint = PG_EXCEPTION_HINT;
    IF e_detail <> '' AND e_hint <> '' THEN
        RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message, DETAIL = e_detail, HINT = e_hint;
    ELSIF e_detail <> '' THEN
        RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message, DETAIL = e_detail;
    ELSIF e_hint <> '' THEN
        RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message, HINT = e_hint;
    END IF;
    RAISE EXCEPTION USING ERRCODE = e_state, MESSAGE = e_message;
END
$fn$;
COMMENT ON FUNCTION cag_ovt.seao_load(text, text, bytea, jsonb) IS
    'Interne : applique aux achats un document SEAO (un seul des trois documents non NULL) / internal: applies a SEAO document to the purchases (only one of the three documents not NULL)';

CREATE FUNCTION cag_ovt.load_seao_xml(doc xml, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-xml'::pg_catalog.text), doc::pg_catalog.text, NULL::pg_catalog.bytea, NULL::pg_catalog.jsonb);
COMMENT ON FUNCTION cag_ovt.load_seao_xml(xml, text) IS
    'Charge un export XML d''avis SEAO dans purchases (un achat par adjudicataire, problèmes dans load_issues) ; rend le nombre d''achats insérés ou modifiés / loads a SEAO XML notices export into purchases (one purchase per winner, problems in load_issues); returns the number of purchases inserted or updated';
CREATE FUNCTION cag_ovt.load_seao_xml(doc text, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-xml'::pg_catalog.text), doc, NULL::pg_catalog.bytea, NULL::pg_catalog.jsonb);
COMMENT ON FUNCTION cag_ovt.load_seao_xml(text, text) IS
    'Comme load_seao_xml(xml), le document donné comme texte (sa déclaration d''encodage est ignorée) / as load_seao_xml(xml), the document given as text (its encoding declaration is ignored)';
CREATE FUNCTION cag_ovt.load_seao_xml(doc bytea, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-xml'::pg_catalog.text), NULL::pg_catalog.text, doc, NULL::pg_catalog.jsonb);
COMMENT ON FUNCTION cag_ovt.load_seao_xml(bytea, text) IS
    'Comme load_seao_xml(xml), le document donné comme les octets du fichier (encodage selon sa déclaration) / as load_seao_xml(xml), the document given as the bytes of the file (encoding from its declaration)';

CREATE FUNCTION cag_ovt.load_ocds(package jsonb, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-ocds'::pg_catalog.text), NULL::pg_catalog.text, NULL::pg_catalog.bytea, package);
COMMENT ON FUNCTION cag_ovt.load_ocds(jsonb, text) IS
    'Charge un paquet de publications OCDS de SEAO dans purchases (un achat par fournisseur d''attribution ; une publication plus récente d''un OCID remplace ses achats) ; rend le nombre d''achats insérés ou modifiés / loads a SEAO OCDS release package into purchases (one purchase per award supplier; a newer release of an OCID replaces its purchases); returns the number of purchases inserted or updated';

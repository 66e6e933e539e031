-- SEAO open data: the loader.  Its functions apply a SEAO document to the
-- purchases (and the bids), the rows read by seao_rows (src/seao_load.c,
-- src/seao_rows.c, src/seao_bids.c).  The types and tables they write are
-- in src/seao.sql.  The update from 1.1 makes them again from this file
-- (src/versions/cag_ovt--1.1--1.2.sql).

-- The loader's parser: the rows of the document that is not NULL, compared
-- with what earlier loads recorded in load_notices, under any source.  One
-- row per notice (OCDS: per OCID) whose source_ref is NULL: the version that
-- counts (the newest release of an OCID; the XML notice recorded last, or
-- its last occurrence), its status (new, changed, unchanged: same
-- fingerprint as at its last load, older: a newer version was loaded
-- before), the refs of its rows, the purchases and issues its new version
-- replaces, and the source they carry when another load wrote them
-- (current_source); then the rows of the notices that are new or changed.
-- The columns seao_load's statement tests come first (seao_rows.c finds
-- the columns by name): its scans of the rows read them up to those.
CREATE FUNCTION cag_ovt.seao_rows(source text, xml_text text, xml_bytes bytea, package jsonb,
    package_bytes bytea, bids boolean,
    OUT source_ref text, OUT status text, OUT amount numeric, OUT issue_fields text[],
    OUT current_source text, OUT stale_refs text[], OUT clear_refs text[],
    OUT notice text, OUT ocid text, OUT release_id text, OUT release_date timestamptz,
    OUT digest bigint, OUT refs text[], OUT entered_at timestamp, OUT export_end date,
    OUT ordinal integer, OUT purchased_on date, OUT buyer text,
    OUT buyer_postal_code cag_ovt.postal_code, OUT buyer_region cag_ovt.qc_region,
    OUT delivery_region cag_ovt.qc_region, OUT delivery_regions cag_ovt.qc_region[],
    OUT supplier_name text, OUT supplier_neq cag_ovt.neq, OUT supplier_province text,
    OUT supplier_postal_code cag_ovt.postal_code, OUT supplier_country text,
    OUT category cag_ovt.unspsc, OUT description text,
    OUT issue_values text[], OUT issue_reasons text[],
    OUT supplier_city text, OUT buyer_city text, OUT buyer_id text,
    OUT buyer_located_by text, OUT currency text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'seao_rows'
    LANGUAGE C VOLATILE PARALLEL UNSAFE ROWS 4000;
COMMENT ON FUNCTION cag_ovt.seao_rows(text, text, bytea, jsonb, bytea, boolean) IS
    'Interne : les lignes d''un document SEAO comparées à ce que les chargements précédents ont enregistré / internal: the rows of a SEAO document compared with what earlier loads recorded';

-- Apply a SEAO document to the purchases: the body of load_seao_xml and
-- load_ocds.  One statement, so that a load is all or nothing even inside
-- a larger transaction; a static one, so that its plan is kept for the
-- session.  seao_rows decides what changes (in C, from load_notices); the
-- statement applies it, the tables being reached by key.  The rows of a
-- notice replaced take the load's source, whatever source they carried.
CREATE FUNCTION cag_ovt.seao_load(source text, xml_text text, xml_bytes bytea, package jsonb,
    package_bytes bytea, bids boolean, OUT purchases bigint, OUT issues bigint)
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
    SET plan_cache_mode = force_generic_plan
AS $fn$
#variable_conflict use_column
DECLARE
    fmt text := CASE WHEN package IS NULL AND package_bytes IS NULL THEN 'xml' ELSE 'ocds' END;
    show_progress boolean := coalesce(current_setting('cag_ovt.load_progress', true)::integer > 0,
                                      false);
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
    e_constraint text;
BEGIN
    IF seao_load.source IS NULL OR seao_load.source = '' THEN
        RAISE EXCEPTION 'the source of a SEAO load is empty'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The source names the loaded purchases: loading a file again updates them.';
    END IF;
    -- loads of one format run one at a time (a notice is one whatever the
    -- source)
    PERFORM pg_advisory_xact_lock(hashtext('cag_ovt.seao_load ' || fmt));

    WITH parsed AS MATERIALIZED (
        SELECT * FROM cag_ovt.seao_rows(seao_load.source, xml_text, xml_bytes, package,
                                        package_bytes, coalesce(seao_load.bids, true))
    ),
    notices AS NOT MATERIALIZED (
        SELECT p.notice, p.ocid, p.release_id, p.release_date, p.status, p.digest, p.refs,
               p.stale_refs, p.clear_refs, p.entered_at, p.export_end,
               coalesce(p.current_source, seao_load.source) AS current_source
        FROM parsed p
        WHERE p.source_ref IS NULL
    ),
    new_rows AS NOT MATERIALIZED (
        SELECT p.* FROM parsed p WHERE p.source_ref IS NOT NULL
    ),
    -- purchases that the new versions of the notices no longer have
    removed AS (
        DELETE FROM cag_ovt.purchases p
        USING (SELECT n.current_source, unnest(n.stale_refs) AS ref FROM notices n) k
        WHERE p.source = k.current_source AND p.source_ref = k.ref
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
             supplier_city, buyer_city, buyer_postal_code, buyer_id, currency)
        -- (the trigger locates the buyer, as parse_seao_xml's buyer_region says)
        SELECT r.purchased_on, r.buyer, NULL, r.delivery_region, r.delivery_regions,
               r.supplier_name, r.supplier_neq, r.supplier_province, r.supplier_postal_code,
               r.supplier_country, r.category, r.description, r.amount, seao_load.source,
               r.source_ref, r.supplier_city, r.buyer_city, r.buyer_postal_code, r.buyer_id,
               r.currency
        FROM new_rows r
        WHERE r.amount IS NOT NULL
          AND NOT EXISTS (SELECT FROM cag_ovt.purchases p
                          WHERE p.source = coalesce(r.current_source, seao_load.source)
                            AND p.source_ref = r.source_ref)
        RETURNING purchase_id, source_ref, buyer, buyer_region
    ),
    updated AS (
        UPDATE cag_ovt.purchases p SET
            purchased_on = r.purchased_on, buyer = r.buyer, buyer_region = NULL,
            delivery_region = r.delivery_region, delivery_regions = r.delivery_regions,
            supplier_name = r.supplier_name, supplier_neq = r.supplier_neq,
            supplier_province = r.supplier_province,
            supplier_postal_code = r.supplier_postal_code,
            supplier_country = r.supplier_country, category = r.category,
            description = r.description, amount = r.amount, currency = r.currency,
            source = seao_load.source,
            supplier_city = r.supplier_city, buyer_city = r.buyer_city,
            buyer_postal_code = r.buyer_postal_code, buyer_id = r.buyer_id
        FROM new_rows r
        WHERE p.source = coalesce(r.current_source, seao_load.source)
          AND p.source_ref = r.source_ref
          AND r.amount IS NOT NULL
        RETURNING p.purchase_id, p.source_ref, p.buyer, p.buyer_region
    ),
    -- the issues of a new or changed notice are those of its new version
    issues_removed AS (
        DELETE FROM cag_ovt.load_issues li
        USING (SELECT n.current_source, unnest(n.clear_refs) AS ref FROM notices n) k
        WHERE li.source = k.current_source AND li.source_ref = k.ref
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
    -- a buyer that the trigger could not locate: an issue of its purchase
    buyers_unlocated AS (
        INSERT INTO cag_ovt.load_issues (source, source_ref, field, value, reason)
        SELECT seao_load.source, x.source_ref, 'buyer_region', x.buyer,
               'The buyer could not be located: neither its postal code, city or name nor known_parties gives a single region; its region, and the delivery region it would give, stay unknown.'
        FROM (SELECT i.source_ref, i.buyer, i.buyer_region FROM inserted i
              UNION ALL SELECT u.source_ref, u.buyer, u.buyer_region FROM updated u) AS x
        WHERE x.buyer_region IS NULL
        RETURNING issue_id
    ),
    -- the notices' bookkeeping (loads of a format are serialized)
    notices_added AS (
        INSERT INTO cag_ovt.load_notices
            (source, notice, ocid, release_id, release_date, digest, source_refs, format,
             entered_at, export_end)
        SELECT seao_load.source, n.notice, n.ocid, n.release_id, n.release_date, n.digest,
               n.refs, fmt, n.entered_at, n.export_end
        FROM notices n
        WHERE n.status = 'new'
    ),
    -- a changed notice takes its new version; an unchanged one keeps its source, rows
    -- and refs (without the bids, its bids' are not read), and records its version
    notices_updated AS (
        UPDATE cag_ovt.load_notices ln SET
            source = CASE WHEN n.status = 'changed' THEN seao_load.source ELSE ln.source END,
            ocid = n.ocid, digest = n.digest, source_refs = CASE WHEN n.status = 'changed' THEN n.refs ELSE ln.source_refs END,
            release_id = CASE WHEN n.status = 'changed' THEN n.release_id
                              ELSE coalesce(n.release_id, ln.release_id) END,
            release_date = CASE WHEN n.status = 'changed' THEN n.release_date
                                ELSE coalesce(n.release_date, ln.release_date) END,
            entered_at = CASE WHEN n.status = 'changed' THEN n.entered_at
                              ELSE coalesce(n.entered_at, ln.entered_at) END,
            export_end = CASE WHEN n.status = 'changed' THEN n.export_end
                              ELSE coalesce(n.export_end, ln.export_end) END,
            loaded_at = CASE WHEN n.status = 'changed' THEN now() ELSE ln.loaded_at END
        FROM notices n
        WHERE ln.format = fmt AND ln.notice = n.notice
          AND (n.status = 'changed'
               OR (n.status = 'unchanged'
                   AND (ln.release_id, ln.release_date, ln.entered_at, ln.export_end)
                       IS DISTINCT FROM
                       (coalesce(n.release_id, ln.release_id),
                        coalesce(n.release_date, ln.release_date),
                        coalesce(n.entered_at, ln.entered_at),
                        coalesce(n.export_end, ln.export_end))))
    )
    -- (data-modifying CTEs run to completion whether read or not; the
    -- notices are counted by status only for the progress report: a scan
    -- of every row, 1 % of a load)
    SELECT (SELECT count(*) FROM inserted),
           (SELECT count(*) FROM updated),
           (SELECT count(*) FROM removed),
           (SELECT count(*) FROM issues_added) + (SELECT count(*) FROM buyers_unlocated),
           s.n_new, s.n_changed, s.n_unchanged, s.n_older
      INTO n_inserted, n_updated, n_removed, n_issues, n_new, n_changed, n_unchanged, n_older
      FROM (SELECT count(*) FILTER (WHERE n.status = 'new') AS n_new,
                   count(*) FILTER (WHERE n.status = 'changed') AS n_changed,
                   count(*) FILTER (WHERE n.status = 'unchanged') AS n_unchanged,
                   count(*) FILTER (WHERE n.status = 'older') AS n_older
              FROM notices n
             WHERE show_progress) AS s;

    IF show_progress THEN
        RAISE NOTICE '%: % notices new, % changed, % unchanged, % older versions ignored; % purchases inserted, % updated, % removed; % issues recorded',
            seao_load.source, n_new, n_changed, n_unchanged, n_older, n_inserted, n_updated,
            n_removed, n_issues;
    END IF;
    purchases := n_inserted + n_updated;
    issues := n_issues;
EXCEPTION WHEN OTHERS THEN
    -- the same error, without the statement above as its context
    GET STACKED DIAGNOSTICS e_state = RETURNED_SQLSTATE, e_message = MESSAGE_TEXT,
        e_detail = PG_EXCEPTION_DETAIL, e_hint = PG_EXCEPTION_HINT,
        e_constraint = CONSTRAINT_NAME;
    -- a purchase the loaders did not write holds the source and reference
    IF e_constraint = 'purchases_source_ref_key' THEN
        e_hint := 'A purchase that the SEAO loaders did not write has this source and reference: load under another source.';
    END IF;
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
COMMENT ON FUNCTION cag_ovt.seao_load(text, text, bytea, jsonb, bytea, boolean) IS
    'Interne : applique aux achats un document SEAO (un seul des quatre documents non NULL) ; rend les achats insérés ou modifiés et les problèmes enregistrés / internal: applies a SEAO document to the purchases (only one of the four documents not NULL); returns the purchases inserted or updated and the issues recorded';

CREATE FUNCTION cag_ovt.load_seao_xml(doc xml, source text DEFAULT NULL, bids boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN (cag_ovt.seao_load(coalesce(source, 'seao-xml'::pg_catalog.text), doc::pg_catalog.text, NULL::pg_catalog.bytea, NULL::pg_catalog.jsonb, NULL::pg_catalog.bytea, bids)).purchases;
COMMENT ON FUNCTION cag_ovt.load_seao_xml(xml, text, boolean) IS
    'Charge un export XML d''avis SEAO dans purchases (un achat par adjudicataire, problèmes dans load_issues) ; rend le nombre d''achats insérés ou modifiés / loads a SEAO XML notices export into purchases (one purchase per winner, problems in load_issues); returns the number of purchases inserted or updated';
CREATE FUNCTION cag_ovt.load_seao_xml(doc text, source text DEFAULT NULL, bids boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN (cag_ovt.seao_load(coalesce(source, 'seao-xml'::pg_catalog.text), doc, NULL::pg_catalog.bytea, NULL::pg_catalog.jsonb, NULL::pg_catalog.bytea, bids)).purchases;
COMMENT ON FUNCTION cag_ovt.load_seao_xml(text, text, boolean) IS
    'Comme load_seao_xml(xml), le document donné comme texte (sa déclaration d''encodage est ignorée) / as load_seao_xml(xml), the document given as text (its encoding declaration is ignored)';
CREATE FUNCTION cag_ovt.load_seao_xml(doc bytea, source text DEFAULT NULL, bids boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN (cag_ovt.seao_load(coalesce(source, 'seao-xml'::pg_catalog.text), NULL::pg_catalog.text, doc, NULL::pg_catalog.jsonb, NULL::pg_catalog.bytea, bids)).purchases;
COMMENT ON FUNCTION cag_ovt.load_seao_xml(bytea, text, boolean) IS
    'Comme load_seao_xml(xml), le document donné comme les octets du fichier (encodage selon sa déclaration) / as load_seao_xml(xml), the document given as the bytes of the file (encoding from its declaration)';

CREATE FUNCTION cag_ovt.load_ocds(package jsonb, source text DEFAULT NULL, bids boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN (cag_ovt.seao_load(coalesce(source, 'seao-ocds'::pg_catalog.text), NULL::pg_catalog.text, NULL::pg_catalog.bytea, package, NULL::pg_catalog.bytea, bids)).purchases;
COMMENT ON FUNCTION cag_ovt.load_ocds(jsonb, text, boolean) IS
    'Charge un paquet de publications OCDS de SEAO dans purchases (un achat par fournisseur d''attribution ; une publication plus récente d''un OCID remplace ses achats) ; rend le nombre d''achats insérés ou modifiés / loads a SEAO OCDS release package into purchases (one purchase per award supplier; a newer release of an OCID replaces its purchases); returns the number of purchases inserted or updated';
CREATE FUNCTION cag_ovt.load_ocds(package text, source text DEFAULT NULL, bids boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN (cag_ovt.seao_load(coalesce(source, 'seao-ocds'::pg_catalog.text), NULL::pg_catalog.text, NULL::pg_catalog.bytea, NULL::pg_catalog.jsonb, pg_catalog.convert_to(package, 'UTF8'::pg_catalog.name), bids)).purchases;
COMMENT ON FUNCTION cag_ovt.load_ocds(text, text, boolean) IS
    'Comme load_ocds(jsonb), le paquet donné comme texte JSON, lu une publication à la fois / as load_ocds(jsonb), the package given as JSON text, read one release at a time';
CREATE FUNCTION cag_ovt.load_ocds(package bytea, source text DEFAULT NULL, bids boolean DEFAULT true)
    RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN (cag_ovt.seao_load(coalesce(source, 'seao-ocds'::pg_catalog.text), NULL::pg_catalog.text, NULL::pg_catalog.bytea, NULL::pg_catalog.jsonb, package, bids)).purchases;
COMMENT ON FUNCTION cag_ovt.load_ocds(bytea, text, boolean) IS
    'Comme load_ocds(jsonb), le paquet donné comme les octets du fichier (JSON en UTF-8, quel que soit l''encodage de la base : un caractère que la base ne peut pas stocker est un problème, pas une erreur), lu une publication à la fois ; c''est ce qu''envoie cag_ovt-load / as load_ocds(jsonb), the package given as the bytes of the file (JSON in UTF-8, whatever the database encoding: a character the database cannot store is an issue, not an error), read one release at a time; this is what cag_ovt-load sends';

-- SEAO files as rows: COPY cag_ovt.seao_files (doc, source, bids) FROM
-- STDIN (FORMAT binary) loads each row's file, as load_seao_xml or load_ocds
-- would, the format read from its first character; nothing is stored
-- (what cag_ovt-load sends, without a copy of the file in a table).
CREATE FUNCTION cag_ovt.seao_files_load() RETURNS trigger
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    head bytea;
    loaded record;
BEGIN
    IF NEW.doc IS NULL THEN
        RAISE EXCEPTION 'the SEAO file to load is NULL'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- the first character that is not white space, a byte order mark or
    -- a NUL (UTF-16) says the format
    head := ltrim(substring(NEW.doc, 1, 4096), '\x20090a0d00efbbbffeff'::bytea);
    IF head = ''::bytea THEN
        RAISE EXCEPTION 'invalid SEAO file'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'The file is empty.';
    ELSIF get_byte(head, 0) = 60 THEN
        loaded := cag_ovt.seao_load(coalesce(NEW.source, 'seao-xml'::text), NULL::text,
                                    NEW.doc, NULL::jsonb, NULL::bytea, coalesce(NEW.bids, true));
        RAISE NOTICE 'cag_ovt load: XML export, % purchases inserted or updated, % issues recorded',
            loaded.purchases, loaded.issues;
    ELSIF get_byte(head, 0) = 123 THEN
        loaded := cag_ovt.seao_load(coalesce(NEW.source, 'seao-ocds'::text), NULL::text,
                                    NULL::bytea, NULL::jsonb, NEW.doc, coalesce(NEW.bids, true));
        RAISE NOTICE 'cag_ovt load: OCDS release package, % purchases inserted or updated, % issues recorded',
            loaded.purchases, loaded.issues;
    ELSE
        RAISE EXCEPTION 'invalid SEAO file'
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The file is neither a SEAO XML export nor an OCDS release package: it starts with %s.',
                                  CASE WHEN get_byte(head, 0) BETWEEN 33 AND 126
                                       THEN format('"%s"', chr(get_byte(head, 0)))
                                       ELSE format('byte 0x%s', encode(substring(head, 1, 1), 'hex')) END);
    END IF;
    RETURN NULL;
END
$fn$;
COMMENT ON FUNCTION cag_ovt.seao_files_load() IS
    'Déclencheur INSTEAD OF INSERT de seao_files : charge le fichier de la ligne et en donne le résultat par un NOTICE / INSTEAD OF INSERT trigger of seao_files: loads the row''s file and gives the result as a NOTICE';

CREATE VIEW cag_ovt.seao_files WITH (security_invoker = true) AS
    SELECT NULL::pg_catalog.bytea AS doc, NULL::pg_catalog.text AS source,
           NULL::pg_catalog.bool AS bids WHERE false;
CREATE TRIGGER load INSTEAD OF INSERT ON cag_ovt.seao_files
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.seao_files_load();
-- INSERT to anyone, as EXECUTE on the loaders: the view stores nothing and
-- its trigger runs as the inserting role, whose own privileges on
-- purchases, load_notices and load_issues the load needs
GRANT SELECT, INSERT ON cag_ovt.seao_files TO PUBLIC;
COMMENT ON VIEW cag_ovt.seao_files IS
    'Fichiers SEAO à charger : chaque ligne insérée (COPY ... FROM STDIN (FORMAT binary), ou INSERT) est chargée comme par load_seao_xml ou load_ocds, selon son contenu, avec un NOTICE « cag_ovt load: » qui dit ce qui a changé ; la vue est toujours vide / SEAO files to load: each row inserted (COPY ... FROM STDIN (FORMAT binary), or INSERT) is loaded as by load_seao_xml or load_ocds, according to its content, with a NOTICE "cag_ovt load:" saying what changed; the view is always empty';
COMMENT ON COLUMN cag_ovt.seao_files.doc IS
    'Le fichier : un export XML d''avis ou un paquet de publications OCDS (en UTF-8), ses octets tels quels / the file: an XML notices export or an OCDS release package (in UTF-8), its bytes as they are';
COMMENT ON COLUMN cag_ovt.seao_files.source IS
    'Source des achats (NULL : seao-xml ou seao-ocds) / source of the purchases (NULL: seao-xml or seao-ocds)';
COMMENT ON COLUMN cag_ovt.seao_files.bids IS
    'Écrire aussi les soumissions des avis dans tender_bids (NULL : oui), comme l''option bids des chargeurs / write the notices'' bids into tender_bids too (NULL: yes), as the loaders'' bids option';
COMMENT ON TRIGGER load ON cag_ovt.seao_files IS
    'Charge chaque ligne insérée (seao_files_load) / loads each row inserted (seao_files_load)';

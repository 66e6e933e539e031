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
    supplier_city text,
    buyer_city text,
    buyer_id text,
    buyer_located_by text,
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
--@column_comments cag_ovt.parsed_purchase buyer_postal_code
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer_region IS
    'Région de l''acheteur à la date de l''achat, trouvée comme le déclencheur de purchases la trouve (code postal, ville, nom, known_parties) / region of the buyer on the purchase date, found as the trigger of purchases finds it (postal code, city, name, known_parties)';
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
--@column_comments cag_ovt.parsed_purchase supplier_city buyer_city buyer_id buyer_located_by
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
CREATE FUNCTION cag_ovt.parse_ocds(package text) RETURNS SETOF cag_ovt.parsed_purchase
    AS 'MODULE_PATHNAME', 'parse_ocds_text'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION cag_ovt.parse_ocds(text) IS
    'Comme parse_ocds(jsonb), le paquet donné comme texte JSON, lu une publication à la fois / as parse_ocds(jsonb), the package given as JSON text, read one release at a time';
CREATE FUNCTION cag_ovt.parse_ocds(package bytea) RETURNS SETOF cag_ovt.parsed_purchase
    AS 'MODULE_PATHNAME', 'parse_ocds_bytea'
    LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION cag_ovt.parse_ocds(bytea) IS
    'Comme parse_ocds(jsonb), le paquet donné comme les octets du fichier (JSON en UTF-8, quel que soit l''encodage de la base), lu une publication à la fois / as parse_ocds(jsonb), the package given as the bytes of the file (JSON in UTF-8, whatever the database encoding), read one release at a time';

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
    'Problèmes rencontrés au chargement : champ invalide (chargé NULL) d''un achat ou d''une soumission, adjudicataire qui n''est pas un achat, montant arrondi ou partagé / problems met while loading: invalid field (loaded NULL) of a purchase or of a bid, winner that is not a purchase, amount rounded or shared';
COMMENT ON COLUMN cag_ovt.load_issues.issue_id IS 'Identifiant / identifier';
--@column_comments cag_ovt.load_issues source=load_source
COMMENT ON COLUMN cag_ovt.load_issues.source_ref IS
    'Référence de l''achat (ou de l''adjudicataire écarté), comme purchases.source_ref ; ou de la soumission dont une valeur est chargée NULL : avis/position du soumissionnaire (XML, la référence de son achat), avis/bidder/position (OCDS, tender_bids.bidder) ; un adjudicataire qui est un achat n''a que les problèmes de son achat / reference of the purchase (or of the winner left out), as purchases.source_ref; or of the bid a value of which is loaded NULL: notice/position of the bidder (XML, the reference of its purchase), notice/bidder/position (OCDS, tender_bids.bidder); a winner that is a purchase has only its purchase''s issues';
COMMENT ON COLUMN cag_ovt.load_issues.field IS
    'Colonne en cause de purchases, ou de tender_bids pour une soumission (supplier_postal_code, category, amount...) / column concerned of purchases, or of tender_bids for a bid (supplier_postal_code, category, amount...)';
COMMENT ON COLUMN cag_ovt.load_issues.value IS 'Valeur brute du fichier / raw value from the file';
COMMENT ON COLUMN cag_ovt.load_issues.reason IS 'Raison / reason';
COMMENT ON COLUMN cag_ovt.load_issues.loaded_at IS 'Début de la transaction du chargement / start of the loading transaction';

-- The notices (XML) and OCIDs (OCDS) loaded, with what they produced: one
-- row per notice, whatever the source it was loaded under (SEAO's identity:
-- the format and the notice number; an OCDS notice is its OCID).  The
-- loaders write format, which src/load_notices_format.sql keeps right.
-- notice and format are identifiers, compared byte for byte ("C"): the
-- primary key's comparisons never go through the database's locale
-- (strcoll), and the notices sort the same in every database.
CREATE TABLE cag_ovt.load_notices (
    source text NOT NULL,
    notice text COLLATE pg_catalog."C" NOT NULL,
    ocid text,
    release_id text,
    release_date timestamptz,
    digest bigint NOT NULL,
    source_refs text[] NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    format text COLLATE pg_catalog."C" NOT NULL,
    entered_at timestamp,
    export_end date,
    CONSTRAINT load_notices_pkey PRIMARY KEY (notice, format)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.load_notices', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.load_notices TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE cag_ovt.load_notices IS
    'Avis SEAO chargés (XML) et OCID chargés (OCDS), une ligne par avis quelle que soit la source : la version qui a produit les achats actuels, la source qu''ils portent et leurs références / SEAO notices (XML) and OCIDs (OCDS) loaded, one row per notice whatever the source: the version that produced the current purchases, the source they carry and their references';
COMMENT ON COLUMN cag_ovt.load_notices.source IS
    'Source du chargement qui a écrit la version actuelle de l''avis, que portent ses achats et ses problèmes / source of the load that wrote the current version of the notice, which its purchases and issues carry';
COMMENT ON COLUMN cag_ovt.load_notices.notice IS 'Numéro d''avis SEAO / SEAO notice number';
COMMENT ON COLUMN cag_ovt.load_notices.ocid IS 'OCID (OCDS ; NULL pour le XML) / OCID (OCDS; NULL for XML)';
COMMENT ON COLUMN cag_ovt.load_notices.release_id IS
    'Identifiant de la publication OCDS qui a produit les achats actuels / id of the OCDS release that produced the current purchases';
COMMENT ON COLUMN cag_ovt.load_notices.release_date IS
    'Date de cette publication ; une publication plus ancienne ne change rien / date of that release; an older release changes nothing';
COMMENT ON COLUMN cag_ovt.load_notices.digest IS
    'Empreinte des lignes et des soumissions que l''avis a produites (des lignes seules quand un chargement sans les soumissions l''a écrit) : un avis rechargé sans changement est laissé tel quel / fingerprint of the rows and bids the notice produced (of the rows alone when a load without the bids wrote it): a notice loaded again unchanged is left as it is';
COMMENT ON COLUMN cag_ovt.load_notices.source_refs IS
    'Références des achats, des adjudicataires écartés et des soumissions ayant des problèmes que l''avis a produits / references of the purchases, of the winners left out and of the bids with issues that the notice produced';
COMMENT ON COLUMN cag_ovt.load_notices.loaded_at IS
    'Début de la transaction qui a chargé le contenu actuel / start of the transaction that loaded the current content';
COMMENT ON COLUMN cag_ovt.load_notices.entered_at IS
    'XML : datesaisieadjudication de la version chargée, heure locale telle qu''écrite (la saisie de l''adjudication, qui date la version) ; NULL : inconnue / XML: datesaisieadjudication of the version loaded, local time as written (the entry of the award, which dates the version); NULL: unknown';
COMMENT ON COLUMN cag_ovt.load_notices.export_end IS
    'XML : fin de la période de l''export chargé (attribut datefin de <export>) ; NULL : inconnue / XML: end of the period of the export loaded (datefin attribute of <export>); NULL: unknown';

--
-- data_dictionary: every column of every table and view of the extension,
-- described in French and in English; grant_read and revoke_read.
--
SET search_path = cag_ovt, public;

-- The bilingual comments, split at the middle " / ".
SELECT c, description_in(c, 'fr') AS fr, description_in(c, 'en') AS en
FROM (VALUES ('Montant / amount'),
             ('a / b, fraction à 4 décimales / a / b, fraction with 4 decimals'),
             ('x / (y + z) / x / (y + z)'),
             (' / '),
             ('sans séparateur'),
             ('un / deux / three'),
             ('a/b / a/b')) AS t(c);
SELECT description_in('a / b', 'de');
SELECT description_in(NULL, 'fr') IS NULL AS strict_null;

-- Every column of every table, view and materialized view of the extension
-- is there, once, with its French and English description: none missing,
-- none that failed to split (an even number of " / " in its comment).
SELECT count(*) AS columns,
       count(*) FILTER (WHERE relation_kind = 'view') AS view_columns,
       count(DISTINCT relation_name) AS relations
FROM data_dictionary;
SELECT c.relname, a.attname
FROM pg_depend d
JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'cag_ovt')
  AND c.relkind IN ('r', 'p', 'v', 'm')
EXCEPT
SELECT relation_name, column_name FROM data_dictionary;
SELECT relation_name, column_name, count(*) FROM data_dictionary
GROUP BY 1, 2 HAVING count(*) > 1;
SELECT relation_name, column_name, description_fr, description_en, col_description(
           format('cag_ovt.%I', relation_name)::regclass, column_position) AS comment
FROM data_dictionary
WHERE coalesce(description_fr, '') = '' OR coalesce(description_en, '') = ''
   OR coalesce(relation_description_fr, '') = '' OR coalesce(relation_description_en, '') = '';
-- Types as a client sees them, the extension's own qualified whatever the
-- search_path; the columns of one view.
SELECT column_position, column_name, data_type, is_additive, description_en
FROM data_dictionary WHERE relation_name = 'quebec_purchase_share' ORDER BY column_position;
SET search_path = public;
SELECT DISTINCT data_type FROM cag_ovt.data_dictionary WHERE data_type LIKE 'cag_ovt.%' ORDER BY 1;
SET search_path = cag_ovt, public;
SELECT relation_kind, count(DISTINCT relation_name) AS relations, count(*) AS columns
FROM data_dictionary GROUP BY 1 ORDER BY 1;
SELECT DISTINCT relation_name, relation_description_en FROM data_dictionary
WHERE relation_name IN ('data_dictionary', 'spend_by_month') ORDER BY 1;

-- The additive columns (numeric, named amount, *_amount or *_count).
SELECT relation_name, string_agg(column_name, ', ' ORDER BY column_position) AS additive
FROM data_dictionary WHERE is_additive GROUP BY 1 ORDER BY 1;

-- Catalog-driven: a view added to the extension appears.
BEGIN;
CREATE VIEW cag_ovt.dd_probe WITH (security_invoker = true) AS
SELECT 1::bigint AS probe_count, 2.5::numeric(5,2) AS probe_share;
COMMENT ON VIEW cag_ovt.dd_probe IS 'Sonde / probe';
COMMENT ON COLUMN cag_ovt.dd_probe.probe_count IS 'Compte / count';
ALTER EXTENSION cag_ovt ADD VIEW cag_ovt.dd_probe;
SELECT relation_name, relation_kind, column_name, data_type, description_fr, description_en, is_additive
FROM data_dictionary WHERE relation_name = 'dd_probe';
ROLLBACK;

-- grant_read: SELECT on what PUBLIC cannot read, so that a role reads every
-- view; revoke_read takes it back.
CREATE ROLE regress_cag_reader;
SET ROLE regress_cag_reader;
SELECT count(*) FROM quebec_purchase_share;
SELECT count(*) FROM spend_by_month;
RESET ROLE;
SELECT grant_read('regress_cag_reader');
SELECT count(*) AS again FROM grant_read('regress_cag_reader');  -- idempotent
SET ROLE regress_cag_reader;
SELECT count(*) >= 0 AS reads FROM quebec_purchase_share;
SELECT count(*) >= 0 AS reads FROM purchases;
SELECT relation_name FROM (SELECT DISTINCT relation_name FROM data_dictionary) AS r
WHERE NOT has_table_privilege(format('cag_ovt.%I', relation_name), 'SELECT');
-- a role without the grant option cannot hand it on
SELECT grant_read('regress_cag_reader');
RESET ROLE;
SELECT revoke_read('regress_cag_reader');
SELECT relation_name FROM (SELECT DISTINCT relation_name FROM data_dictionary) AS r
WHERE NOT has_table_privilege('regress_cag_reader', format('cag_ovt.%I', relation_name), 'SELECT')
ORDER BY 1;
-- a role that still reads through a group is told so
CREATE ROLE regress_cag_group;
SELECT count(*) FROM grant_read('regress_cag_group');
GRANT regress_cag_group TO regress_cag_reader;
SELECT count(*) FROM grant_read('regress_cag_reader');
SELECT count(*) FROM revoke_read('regress_cag_reader');
SELECT count(*) AS strict_null FROM grant_read(NULL);
SELECT grant_read('regress_no_such_role');
SELECT grant_read('public');
SELECT count(*) FROM revoke_read('regress_cag_group');
DROP ROLE regress_cag_reader;
DROP ROLE regress_cag_group;

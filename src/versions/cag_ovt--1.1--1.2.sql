-- cag_ovt 1.1 -> 1.2: ALTER EXTENSION cag_ovt UPDATE TO '1.2'.
--
-- What 1.2 changes is listed in CHANGELOG.md; each section below names the
-- parts of src/ whose definitions it repeats (the 1.2 install script is
-- assembled from them), and test/t/024_upgrade_1_2.pl checks that an updated
-- database and a fresh 1.2 install have the same catalog.  Like every update
-- script, this one first locks out concurrent DDL and checks that schema
-- cag_ovt holds only the extension's objects, and checks again last.
\echo Use "ALTER EXTENSION cag_ovt UPDATE TO '1.2'" to load this file. \quit

-- ===== Security (src/schema.sql) =====

-- Until the end of the script: no function, operator, type or schema can
-- appear, change or be renamed in the database (other sessions wait).
LOCK TABLE pg_catalog.pg_namespace, pg_catalog.pg_proc, pg_catalog.pg_operator,
    pg_catalog.pg_type IN SHARE MODE;

SELECT cag_ovt.check_extension_schema();
ALTER SCHEMA cag_ovt OWNER TO CURRENT_USER;
GRANT USAGE ON SCHEMA cag_ovt TO PUBLIC;

-- ===== End: the schema holds only the extension's objects =====
SELECT cag_ovt.check_extension_schema();

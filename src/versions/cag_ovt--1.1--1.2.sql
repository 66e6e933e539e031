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

-- ===== Flag tests by name: ?, ?| and ?& (src/purchase_class.sql) =====

-- New in 1.2, as in a fresh install (the reasons are in src/purchase_class.sql).
CREATE FUNCTION cag_ovt.purchase_class_has_flag(cag_ovt.purchase_class, text)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_has_any_flag(cag_ovt.purchase_class, text[])
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_has_all_flags(cag_ovt.purchase_class, text[])
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION cag_ovt.purchase_class_has_flag(cag_ovt.purchase_class, text) IS
    'Vrai si la classe porte l''indicateur nommé (opérateur ?) ; nom inconnu : erreur / true when the class carries the named flag (operator ?); an unknown name is an error';
COMMENT ON FUNCTION cag_ovt.purchase_class_has_any_flag(cag_ovt.purchase_class, text[]) IS
    'Vrai si la classe porte au moins un des indicateurs nommés (opérateur ?|) ; nom inconnu : erreur / true when the class carries at least one of the named flags (operator ?|); an unknown name is an error';
COMMENT ON FUNCTION cag_ovt.purchase_class_has_all_flags(cag_ovt.purchase_class, text[]) IS
    'Vrai si la classe porte tous les indicateurs nommés (opérateur ?&) ; nom inconnu : erreur / true when the class carries every one of the named flags (operator ?&); an unknown name is an error';

CREATE OPERATOR cag_ovt.? (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = text,
    FUNCTION = cag_ovt.purchase_class_has_flag,
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.?| (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = text[],
    FUNCTION = cag_ovt.purchase_class_has_any_flag,
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.?& (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = text[],
    FUNCTION = cag_ovt.purchase_class_has_all_flags,
    RESTRICT = matchingsel, JOIN = matchingjoinsel);

COMMENT ON OPERATOR cag_ovt.? (cag_ovt.purchase_class, text) IS
    'porte l''indicateur / carries the flag';
COMMENT ON OPERATOR cag_ovt.?| (cag_ovt.purchase_class, text[]) IS
    'porte au moins un des indicateurs / carries at least one of the flags';
COMMENT ON OPERATOR cag_ovt.?& (cag_ovt.purchase_class, text[]) IS
    'porte tous les indicateurs / carries every one of the flags';

-- ===== End: the schema holds only the extension's objects =====
SELECT cag_ovt.check_extension_schema();

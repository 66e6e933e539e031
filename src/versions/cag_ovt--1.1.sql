-- cag_ovt 1.1 install script: assembled by src/assemble.sh from src/*.sql when 1.1 was released, then frozen. Never edit it: a change goes into an upgrade script (src/versions/cag_ovt--1.1--<next>.sql) and into src/*.sql.
\echo Use "CREATE EXTENSION cag_ovt" to load this file. \quit

-- ===== src/schema.sql =====
-- The extension's schema: created by CREATE EXTENSION (control file: schema =
-- cag_ovt).  Types and functions are for everyone; what a role may read or
-- write in the tables is granted table by table.
--
-- Security.  The install and update scripts run as a superuser (the
-- bootstrap superuser when a database owner installs the trusted extension)
-- with search_path = cag_ovt, pg_temp.  PostgreSQL creates the schema as the
-- role that runs CREATE EXTENSION, or uses one that exists.  Whoever owns
-- the schema can put functions and operators in it that capture a name the
-- extension's code uses (an f(text) next to the extension's f(regclass)
-- wins a call with a literal argument), or rename it and put a schema of
-- its own under the name: then the extension's triggers, which a superuser
-- fires by editing a table or restoring a dump, would run that role's code
-- as the superuser.  Hence:
--
-- * the install script locks out concurrent changes of functions,
--   operators, types and schemas in the database, checks that the schema
--   holds nothing (except the check function itself), then gives the
--   schema to the role that runs the script (a superuser): nobody else can
--   create objects in it or rename it.  src/assemble.sh ends the script
--   with the same check.  Every update script must begin with the same
--   four statements and end with the check (see doc/DEVELOPING.md);
-- * functions and triggers that run as whoever calls them set
--   search_path = pg_catalog, pg_temp and call the extension's functions
--   with arguments of their exact types.

-- Until the end of the script: no function, operator, type or schema can
-- appear, change or be renamed in the database (other sessions wait).
LOCK TABLE pg_catalog.pg_namespace, pg_catalog.pg_proc, pg_catalog.pg_operator,
    pg_catalog.pg_type IN SHARE MODE;

CREATE FUNCTION cag_ovt.check_extension_schema() RETURNS void
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    nsp oid;
    nspname pg_catalog.name;
    ext oid;
    foreign_objects text[];
BEGIN
    SELECT e.oid, e.extnamespace, n.nspname INTO ext, nsp, nspname
      FROM pg_catalog.pg_extension e
      JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
     WHERE e.extname OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.name;
    IF ext IS NULL THEN
        RAISE EXCEPTION 'extension cag_ovt is not installed'
            USING ERRCODE = 'undefined_object';
    END IF;
    -- the scripts and the triggers name the schema: it must be this one
    IF nspname OPERATOR(pg_catalog.<>) 'cag_ovt'::pg_catalog.name THEN
        RAISE EXCEPTION 'the schema of extension cag_ovt is named %, not cag_ovt', nspname
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'The extension''s scripts and triggers refer to schema cag_ovt by its name.',
                  HINT = pg_catalog.format('Rename it back (ALTER SCHEMA %I RENAME TO cag_ovt), after moving away any other schema of that name.', nspname);
    END IF;
    -- What the extension owns: its members, and what depends on them
    -- automatically or internally (array and row types, indexes, constraints).
    WITH RECURSIVE owned(classid, objid) AS (
        SELECT d.classid, d.objid FROM pg_catalog.pg_depend d
         WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
           AND d.refobjid OPERATOR(pg_catalog.=) ext
           AND d.deptype OPERATOR(pg_catalog.=) 'e'::"char"
        UNION
        SELECT d.classid, d.objid FROM pg_catalog.pg_depend d
          JOIN owned o ON d.refclassid OPERATOR(pg_catalog.=) o.classid
                      AND d.refobjid OPERATOR(pg_catalog.=) o.objid
         WHERE d.deptype OPERATOR(pg_catalog.=) ANY ('{a,i}'::"char"[])
    ),
    -- Everything of the schema that has a name a statement can refer to.
    objects(classid, objid) AS (
        SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_class c
         WHERE c.relnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid FROM pg_catalog.pg_proc p
         WHERE p.pronamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid FROM pg_catalog.pg_type t
         WHERE t.typnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid FROM pg_catalog.pg_operator o
         WHERE o.oprnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, o.oid FROM pg_catalog.pg_opclass o
         WHERE o.opcnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, o.oid FROM pg_catalog.pg_opfamily o
         WHERE o.opfnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_collation c
         WHERE c.collnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_conversion c
         WHERE c.connamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, c.oid FROM pg_catalog.pg_ts_config c
         WHERE c.cfgnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, d.oid FROM pg_catalog.pg_ts_dict d
         WHERE d.dictnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, p.oid FROM pg_catalog.pg_ts_parser p
         WHERE p.prsnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, t.oid FROM pg_catalog.pg_ts_template t
         WHERE t.tmplnamespace OPERATOR(pg_catalog.=) nsp
        UNION ALL
        SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, s.oid FROM pg_catalog.pg_statistic_ext s
         WHERE s.stxnamespace OPERATOR(pg_catalog.=) nsp
    )
    SELECT pg_catalog.array_agg(pg_catalog.pg_describe_object(o.classid, o.objid, 0)
                                ORDER BY pg_catalog.pg_describe_object(o.classid, o.objid, 0))
      INTO foreign_objects
      FROM objects o
     WHERE NOT EXISTS (SELECT FROM owned w
                        WHERE w.classid OPERATOR(pg_catalog.=) o.classid
                          AND w.objid OPERATOR(pg_catalog.=) o.objid);
    IF foreign_objects IS NOT NULL THEN
        RAISE EXCEPTION 'schema cag_ovt holds objects that do not belong to extension cag_ovt'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = pg_catalog.format('%s object(s): %s.',
                                             pg_catalog.cardinality(foreign_objects),
                                             pg_catalog.array_to_string(foreign_objects[1:10], ', ')),
                  HINT = 'The extension''s scripts run as a superuser and must not meet objects of other roles in its schema: move them to another schema (ALTER ... SET SCHEMA) or drop them, then try again.';
    END IF;
END
$$;
COMMENT ON FUNCTION cag_ovt.check_extension_schema() IS
    'Erreur si le schéma cag_ovt contient des objets qui n''appartiennent pas à l''extension (les scripts d''installation et de mise à jour l''appellent au début et à la fin) / error when schema cag_ovt holds objects that do not belong to the extension (the install and update scripts call it first and last)';

-- Nothing else may be in the schema before the script creates its objects,
-- and nobody but a superuser may add any afterwards.
SELECT cag_ovt.check_extension_schema();
ALTER SCHEMA cag_ovt OWNER TO CURRENT_USER;

COMMENT ON SCHEMA cag_ovt IS
    'cag_ovt : achats publics québécois, régionaux, écoresponsables et en aliments du Québec / cag_ovt: Québec, regional, eco-responsible and Québec-food public purchases';
GRANT USAGE ON SCHEMA cag_ovt TO PUBLIC;

-- ===== src/neq.sql =====
-- neq: Québec enterprise number (numéro d'entreprise du Québec).

CREATE TYPE cag_ovt.neq;

CREATE FUNCTION cag_ovt.neq_in(cstring) RETURNS cag_ovt.neq
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.neq_out(cag_ovt.neq) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.neq_recv(internal) RETURNS cag_ovt.neq
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.neq_send(cag_ovt.neq) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.neq (
    INPUT = cag_ovt.neq_in,
    OUTPUT = cag_ovt.neq_out,
    RECEIVE = cag_ovt.neq_recv,
    SEND = cag_ovt.neq_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.neq IS
    'Numéro d''entreprise du Québec (NEQ) : 10 chiffres, chiffre de contrôle de Luhn sur les chiffres 3 à 10 / Québec enterprise number (NEQ): 10 digits, Luhn check digit over digits 3 to 10';
COMMENT ON FUNCTION cag_ovt.neq_in(cstring) IS 'Entrée texte de neq (espaces et traits d''union tolérés) / text input of neq (spaces and hyphens tolerated)';
COMMENT ON FUNCTION cag_ovt.neq_out(cag_ovt.neq) IS 'Sortie texte de neq (10 chiffres) / text output of neq (10 digits)';
COMMENT ON FUNCTION cag_ovt.neq_recv(internal) IS 'Entrée binaire de neq (int8 validé) / binary input of neq (validated int8)';
COMMENT ON FUNCTION cag_ovt.neq_send(cag_ovt.neq) IS 'Sortie binaire de neq (int8) / binary output of neq (int8)';

-- Comparison, btree and hash support for neq, stored as int8.
-- Generated from src/scalar_ops.sql.in: the functions are PostgreSQL's own
-- int8 functions, which compare the stored value; they are LEAKPROOF.
CREATE FUNCTION cag_ovt.neq_eq(cag_ovt.neq, cag_ovt.neq) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int8eq';
CREATE FUNCTION cag_ovt.neq_ne(cag_ovt.neq, cag_ovt.neq) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int8ne';
CREATE FUNCTION cag_ovt.neq_lt(cag_ovt.neq, cag_ovt.neq) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int8lt';
CREATE FUNCTION cag_ovt.neq_le(cag_ovt.neq, cag_ovt.neq) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int8le';
CREATE FUNCTION cag_ovt.neq_gt(cag_ovt.neq, cag_ovt.neq) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int8gt';
CREATE FUNCTION cag_ovt.neq_ge(cag_ovt.neq, cag_ovt.neq) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int8ge';
CREATE FUNCTION cag_ovt.neq_cmp(cag_ovt.neq, cag_ovt.neq) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'btint8cmp';
CREATE FUNCTION cag_ovt.neq_hash(cag_ovt.neq) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint8';
CREATE FUNCTION cag_ovt.neq_hash_extended(cag_ovt.neq, bigint) RETURNS bigint
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint8extended';
CREATE FUNCTION cag_ovt.neq_sortsupport(internal) RETURNS void
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'btint8sortsupport';

COMMENT ON FUNCTION cag_ovt.neq_eq(cag_ovt.neq, cag_ovt.neq) IS 'Égalité de deux valeurs neq / equality of two neq values';
COMMENT ON FUNCTION cag_ovt.neq_ne(cag_ovt.neq, cag_ovt.neq) IS 'Différence de deux valeurs neq / inequality of two neq values';
COMMENT ON FUNCTION cag_ovt.neq_lt(cag_ovt.neq, cag_ovt.neq) IS 'Plus petit que (ordre de numéro) / less than (number order)';
COMMENT ON FUNCTION cag_ovt.neq_le(cag_ovt.neq, cag_ovt.neq) IS 'Plus petit ou égal (ordre de numéro) / less than or equal (number order)';
COMMENT ON FUNCTION cag_ovt.neq_gt(cag_ovt.neq, cag_ovt.neq) IS 'Plus grand que (ordre de numéro) / greater than (number order)';
COMMENT ON FUNCTION cag_ovt.neq_ge(cag_ovt.neq, cag_ovt.neq) IS 'Plus grand ou égal (ordre de numéro) / greater than or equal (number order)';
COMMENT ON FUNCTION cag_ovt.neq_cmp(cag_ovt.neq, cag_ovt.neq) IS 'Comparaison btree (-1, 0, 1) / btree comparison (-1, 0, 1)';
COMMENT ON FUNCTION cag_ovt.neq_hash(cag_ovt.neq) IS 'Hachage pour index hash et jointures / hash for hash indexes and joins';
COMMENT ON FUNCTION cag_ovt.neq_hash_extended(cag_ovt.neq, bigint) IS 'Hachage 64 bits avec graine / 64-bit seeded hash';
COMMENT ON FUNCTION cag_ovt.neq_sortsupport(internal) IS 'Tri rapide (sort support) / sort support';

CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.neq, RIGHTARG = cag_ovt.neq, FUNCTION = cag_ovt.neq_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.neq, RIGHTARG = cag_ovt.neq, FUNCTION = cag_ovt.neq_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR cag_ovt.< (
    LEFTARG = cag_ovt.neq, RIGHTARG = cag_ovt.neq, FUNCTION = cag_ovt.neq_lt,
    COMMUTATOR = OPERATOR(cag_ovt.>), NEGATOR = OPERATOR(cag_ovt.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR cag_ovt.<= (
    LEFTARG = cag_ovt.neq, RIGHTARG = cag_ovt.neq, FUNCTION = cag_ovt.neq_le,
    COMMUTATOR = OPERATOR(cag_ovt.>=), NEGATOR = OPERATOR(cag_ovt.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR cag_ovt.> (
    LEFTARG = cag_ovt.neq, RIGHTARG = cag_ovt.neq, FUNCTION = cag_ovt.neq_gt,
    COMMUTATOR = OPERATOR(cag_ovt.<), NEGATOR = OPERATOR(cag_ovt.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR cag_ovt.>= (
    LEFTARG = cag_ovt.neq, RIGHTARG = cag_ovt.neq, FUNCTION = cag_ovt.neq_ge,
    COMMUTATOR = OPERATOR(cag_ovt.<=), NEGATOR = OPERATOR(cag_ovt.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR cag_ovt.= (cag_ovt.neq, cag_ovt.neq) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.neq, cag_ovt.neq) IS 'différent / not equal';
COMMENT ON OPERATOR cag_ovt.< (cag_ovt.neq, cag_ovt.neq) IS 'plus petit que / less than';
COMMENT ON OPERATOR cag_ovt.<= (cag_ovt.neq, cag_ovt.neq) IS 'plus petit ou égal / less than or equal';
COMMENT ON OPERATOR cag_ovt.> (cag_ovt.neq, cag_ovt.neq) IS 'plus grand que / greater than';
COMMENT ON OPERATOR cag_ovt.>= (cag_ovt.neq, cag_ovt.neq) IS 'plus grand ou égal / greater than or equal';

CREATE OPERATOR CLASS cag_ovt.neq_ops
    DEFAULT FOR TYPE cag_ovt.neq USING btree AS
        OPERATOR 1 cag_ovt.< ,
        OPERATOR 2 cag_ovt.<= ,
        OPERATOR 3 cag_ovt.= ,
        OPERATOR 4 cag_ovt.>= ,
        OPERATOR 5 cag_ovt.> ,
        FUNCTION 1 cag_ovt.neq_cmp(cag_ovt.neq, cag_ovt.neq),
        FUNCTION 2 cag_ovt.neq_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS cag_ovt.neq_hash_ops
    DEFAULT FOR TYPE cag_ovt.neq USING hash AS
        OPERATOR 1 cag_ovt.= ,
        FUNCTION 1 cag_ovt.neq_hash(cag_ovt.neq),
        FUNCTION 2 cag_ovt.neq_hash_extended(cag_ovt.neq, bigint);

COMMENT ON OPERATOR CLASS cag_ovt.neq_ops USING btree IS 'Classe btree de neq (ordre de numéro) / btree class of neq (number order)';
COMMENT ON OPERATOR CLASS cag_ovt.neq_hash_ops USING hash IS 'Classe hash de neq / hash class of neq';
COMMENT ON OPERATOR FAMILY cag_ovt.neq_ops USING btree IS 'Famille btree de neq / btree family of neq';
COMMENT ON OPERATOR FAMILY cag_ovt.neq_hash_ops USING hash IS 'Famille hash de neq / hash family of neq';

CREATE FUNCTION cag_ovt.neq_legal_form(cag_ovt.neq) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.neq_legal_form(cag_ovt.neq) IS
    'Forme juridique selon les deux premiers chiffres (11 personne morale, 22 entreprise individuelle, 33 société de personnes, 88 autorité publique), NULL sinon / legal form from the first two digits, NULL for other prefixes';

CREATE FUNCTION cag_ovt.is_valid_neq(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_neq(text) IS
    'Vrai si le texte est un NEQ valide (ne lève jamais d''erreur) / true when the text is a valid NEQ (never raises)';

-- ===== src/fiscal_year.sql =====
-- Fiscal year of the Québec government: 1 April to 31 March.

CREATE FUNCTION cag_ovt.fiscal_year(date) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year(date) IS
    'Année financière (1er avril au 31 mars), désignée par l''année de début : 2020 pour le 2020-04-01 au 2021-03-31 / fiscal year (1 April to 31 March), named by its starting year';

CREATE FUNCTION cag_ovt.fiscal_year_label(date) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_label(date) IS
    'Libellé de l''année financière, p. ex. ''2020-2021'' / fiscal year label, e.g. ''2020-2021''';

-- ===== src/postal_code.sql =====
-- postal_code: Canadian postal code (code postal canadien).

CREATE TYPE cag_ovt.postal_code;

CREATE FUNCTION cag_ovt.postal_code_in(cstring) RETURNS cag_ovt.postal_code
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.postal_code_out(cag_ovt.postal_code) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.postal_code_recv(internal) RETURNS cag_ovt.postal_code
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.postal_code_send(cag_ovt.postal_code) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.postal_code (
    INPUT = cag_ovt.postal_code_in,
    OUTPUT = cag_ovt.postal_code_out,
    RECEIVE = cag_ovt.postal_code_recv,
    SEND = cag_ovt.postal_code_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.postal_code IS
    'Code postal canadien A9A 9A9 (RTA de 3 caractères, puis UDL), stocké sur 4 octets dans l''ordre du texte / Canadian postal code A9A 9A9 (3-character FSA, then LDU), stored in 4 bytes in text order';
COMMENT ON FUNCTION cag_ovt.postal_code_in(cstring) IS 'Entrée texte de postal_code (minuscules, espaces et un trait d''union entre les moitiés tolérés) / text input of postal_code (lower case, white space and one hyphen between the halves tolerated)';
COMMENT ON FUNCTION cag_ovt.postal_code_out(cag_ovt.postal_code) IS 'Sortie texte de postal_code (A9A 9A9) / text output of postal_code (A9A 9A9)';
COMMENT ON FUNCTION cag_ovt.postal_code_recv(internal) IS 'Entrée binaire de postal_code (6 caractères majuscules, validés comme le texte) / binary input of postal_code (6 upper-case characters, validated like text)';
COMMENT ON FUNCTION cag_ovt.postal_code_send(cag_ovt.postal_code) IS 'Sortie binaire de postal_code (6 caractères majuscules, sans espace) / binary output of postal_code (6 upper-case characters, no space)';

-- Comparison, btree and hash support for postal_code, stored as int4.
-- Generated from src/scalar_ops.sql.in: the functions are PostgreSQL's own
-- int4 functions, which compare the stored value; they are LEAKPROOF.
CREATE FUNCTION cag_ovt.postal_code_eq(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4eq';
CREATE FUNCTION cag_ovt.postal_code_ne(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4ne';
CREATE FUNCTION cag_ovt.postal_code_lt(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4lt';
CREATE FUNCTION cag_ovt.postal_code_le(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4le';
CREATE FUNCTION cag_ovt.postal_code_gt(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4gt';
CREATE FUNCTION cag_ovt.postal_code_ge(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4ge';
CREATE FUNCTION cag_ovt.postal_code_cmp(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'btint4cmp';
CREATE FUNCTION cag_ovt.postal_code_hash(cag_ovt.postal_code) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint4';
CREATE FUNCTION cag_ovt.postal_code_hash_extended(cag_ovt.postal_code, bigint) RETURNS bigint
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint4extended';
CREATE FUNCTION cag_ovt.postal_code_sortsupport(internal) RETURNS void
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'btint4sortsupport';

COMMENT ON FUNCTION cag_ovt.postal_code_eq(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Égalité de deux valeurs postal_code / equality of two postal_code values';
COMMENT ON FUNCTION cag_ovt.postal_code_ne(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Différence de deux valeurs postal_code / inequality of two postal_code values';
COMMENT ON FUNCTION cag_ovt.postal_code_lt(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Plus petit que (ordre de code postal) / less than (postal code order)';
COMMENT ON FUNCTION cag_ovt.postal_code_le(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Plus petit ou égal (ordre de code postal) / less than or equal (postal code order)';
COMMENT ON FUNCTION cag_ovt.postal_code_gt(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Plus grand que (ordre de code postal) / greater than (postal code order)';
COMMENT ON FUNCTION cag_ovt.postal_code_ge(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Plus grand ou égal (ordre de code postal) / greater than or equal (postal code order)';
COMMENT ON FUNCTION cag_ovt.postal_code_cmp(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Comparaison btree (-1, 0, 1) / btree comparison (-1, 0, 1)';
COMMENT ON FUNCTION cag_ovt.postal_code_hash(cag_ovt.postal_code) IS 'Hachage pour index hash et jointures / hash for hash indexes and joins';
COMMENT ON FUNCTION cag_ovt.postal_code_hash_extended(cag_ovt.postal_code, bigint) IS 'Hachage 64 bits avec graine / 64-bit seeded hash';
COMMENT ON FUNCTION cag_ovt.postal_code_sortsupport(internal) IS 'Tri rapide (sort support) / sort support';

CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.postal_code, RIGHTARG = cag_ovt.postal_code, FUNCTION = cag_ovt.postal_code_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.postal_code, RIGHTARG = cag_ovt.postal_code, FUNCTION = cag_ovt.postal_code_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR cag_ovt.< (
    LEFTARG = cag_ovt.postal_code, RIGHTARG = cag_ovt.postal_code, FUNCTION = cag_ovt.postal_code_lt,
    COMMUTATOR = OPERATOR(cag_ovt.>), NEGATOR = OPERATOR(cag_ovt.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR cag_ovt.<= (
    LEFTARG = cag_ovt.postal_code, RIGHTARG = cag_ovt.postal_code, FUNCTION = cag_ovt.postal_code_le,
    COMMUTATOR = OPERATOR(cag_ovt.>=), NEGATOR = OPERATOR(cag_ovt.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR cag_ovt.> (
    LEFTARG = cag_ovt.postal_code, RIGHTARG = cag_ovt.postal_code, FUNCTION = cag_ovt.postal_code_gt,
    COMMUTATOR = OPERATOR(cag_ovt.<), NEGATOR = OPERATOR(cag_ovt.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR cag_ovt.>= (
    LEFTARG = cag_ovt.postal_code, RIGHTARG = cag_ovt.postal_code, FUNCTION = cag_ovt.postal_code_ge,
    COMMUTATOR = OPERATOR(cag_ovt.<=), NEGATOR = OPERATOR(cag_ovt.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR cag_ovt.= (cag_ovt.postal_code, cag_ovt.postal_code) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.postal_code, cag_ovt.postal_code) IS 'différent / not equal';
COMMENT ON OPERATOR cag_ovt.< (cag_ovt.postal_code, cag_ovt.postal_code) IS 'plus petit que / less than';
COMMENT ON OPERATOR cag_ovt.<= (cag_ovt.postal_code, cag_ovt.postal_code) IS 'plus petit ou égal / less than or equal';
COMMENT ON OPERATOR cag_ovt.> (cag_ovt.postal_code, cag_ovt.postal_code) IS 'plus grand que / greater than';
COMMENT ON OPERATOR cag_ovt.>= (cag_ovt.postal_code, cag_ovt.postal_code) IS 'plus grand ou égal / greater than or equal';

CREATE OPERATOR CLASS cag_ovt.postal_code_ops
    DEFAULT FOR TYPE cag_ovt.postal_code USING btree AS
        OPERATOR 1 cag_ovt.< ,
        OPERATOR 2 cag_ovt.<= ,
        OPERATOR 3 cag_ovt.= ,
        OPERATOR 4 cag_ovt.>= ,
        OPERATOR 5 cag_ovt.> ,
        FUNCTION 1 cag_ovt.postal_code_cmp(cag_ovt.postal_code, cag_ovt.postal_code),
        FUNCTION 2 cag_ovt.postal_code_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS cag_ovt.postal_code_hash_ops
    DEFAULT FOR TYPE cag_ovt.postal_code USING hash AS
        OPERATOR 1 cag_ovt.= ,
        FUNCTION 1 cag_ovt.postal_code_hash(cag_ovt.postal_code),
        FUNCTION 2 cag_ovt.postal_code_hash_extended(cag_ovt.postal_code, bigint);

COMMENT ON OPERATOR CLASS cag_ovt.postal_code_ops USING btree IS 'Classe btree de postal_code (ordre de code postal) / btree class of postal_code (postal code order)';
COMMENT ON OPERATOR CLASS cag_ovt.postal_code_hash_ops USING hash IS 'Classe hash de postal_code / hash class of postal_code';
COMMENT ON OPERATOR FAMILY cag_ovt.postal_code_ops USING btree IS 'Famille btree de postal_code / btree family of postal_code';
COMMENT ON OPERATOR FAMILY cag_ovt.postal_code_hash_ops USING hash IS 'Famille hash de postal_code / hash family of postal_code';

-- min and max, which an index on the column answers (SORTOP).
CREATE FUNCTION cag_ovt.postal_code_smaller(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS cag_ovt.postal_code
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4smaller';
CREATE FUNCTION cag_ovt.postal_code_larger(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS cag_ovt.postal_code
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4larger';
COMMENT ON FUNCTION cag_ovt.postal_code_smaller(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Le plus petit de deux codes postaux / the smaller of two postal codes';
COMMENT ON FUNCTION cag_ovt.postal_code_larger(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Le plus grand de deux codes postaux / the larger of two postal codes';
CREATE AGGREGATE cag_ovt.min(cag_ovt.postal_code) (
    SFUNC = cag_ovt.postal_code_smaller, STYPE = cag_ovt.postal_code,
    COMBINEFUNC = cag_ovt.postal_code_smaller, SORTOP = OPERATOR(cag_ovt.<), PARALLEL = SAFE);
CREATE AGGREGATE cag_ovt.max(cag_ovt.postal_code) (
    SFUNC = cag_ovt.postal_code_larger, STYPE = cag_ovt.postal_code,
    COMBINEFUNC = cag_ovt.postal_code_larger, SORTOP = OPERATOR(cag_ovt.>), PARALLEL = SAFE);
COMMENT ON AGGREGATE cag_ovt.min(cag_ovt.postal_code) IS 'Le plus petit code postal / the smallest postal code';
COMMENT ON AGGREGATE cag_ovt.max(cag_ovt.postal_code) IS 'Le plus grand code postal / the largest postal code';

CREATE FUNCTION cag_ovt.fsa(cag_ovt.postal_code) RETURNS text
    AS 'MODULE_PATHNAME', 'postal_code_fsa' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fsa(cag_ovt.postal_code) IS
    'Région de tri d''acheminement (RTA) : les 3 premiers caractères / forward sortation area (FSA): the first 3 characters';

CREATE FUNCTION cag_ovt.province(cag_ovt.postal_code) RETURNS text
    AS 'MODULE_PATHNAME', 'postal_code_province_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.province(cag_ovt.postal_code) IS
    'Province ou territoire (code à 2 lettres) selon la première lettre ; X0A, X0B, X0C : NU, autres X : NT / province or territory (2-letter code) from the first letter; X0A, X0B, X0C: NU, other X: NT';

CREATE FUNCTION cag_ovt.is_quebec(cag_ovt.postal_code) RETURNS boolean
    AS 'MODULE_PATHNAME', 'postal_code_is_quebec_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_quebec(cag_ovt.postal_code) IS
    'Vrai pour un code postal du Québec (première lettre G, H ou J) / true for a Québec postal code (first letter G, H or J)';

CREATE FUNCTION cag_ovt.is_rural(cag_ovt.postal_code) RETURNS boolean
    AS 'MODULE_PATHNAME', 'postal_code_is_rural_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_rural(cag_ovt.postal_code) IS
    'Vrai pour une RTA rurale (deuxième caractère 0) / true for a rural FSA (second character 0)';

CREATE FUNCTION cag_ovt.is_valid_postal_code(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_postal_code(text) IS
    'Vrai si le texte est un code postal canadien valide (ne lève jamais d''erreur) / true when the text is a valid Canadian postal code (never raises)';

-- ===== src/unspsc.sql =====
-- unspsc: UNSPSC product and service codes (codes UNSPSC de produits et services).

CREATE TYPE cag_ovt.unspsc;

CREATE FUNCTION cag_ovt.unspsc_in(cstring) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unspsc_out(cag_ovt.unspsc) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unspsc_recv(internal) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unspsc_send(cag_ovt.unspsc) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.unspsc (
    INPUT = cag_ovt.unspsc_in,
    OUTPUT = cag_ovt.unspsc_out,
    RECEIVE = cag_ovt.unspsc_recv,
    SEND = cag_ovt.unspsc_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.unspsc IS
    'Code UNSPSC à 8 chiffres : segment XX000000, famille XXXX0000, classe XXXXXX00, marchandise XXXXXXXX / 8-digit UNSPSC code: segment XX000000, family XXXX0000, class XXXXXX00, commodity XXXXXXXX';
COMMENT ON FUNCTION cag_ovt.unspsc_in(cstring) IS 'Entrée texte de unspsc (8 chiffres ; trait d''union, espace ou point tolérés entre les paires) / text input of unspsc (8 digits; hyphen, space or dot tolerated between the pairs)';
COMMENT ON FUNCTION cag_ovt.unspsc_out(cag_ovt.unspsc) IS 'Sortie texte de unspsc (8 chiffres) / text output of unspsc (8 digits)';
COMMENT ON FUNCTION cag_ovt.unspsc_recv(internal) IS 'Entrée binaire de unspsc (int4 validé comme le texte) / binary input of unspsc (int4 validated like text)';
COMMENT ON FUNCTION cag_ovt.unspsc_send(cag_ovt.unspsc) IS 'Sortie binaire de unspsc (int4, le nombre à 8 chiffres) / binary output of unspsc (int4, the 8-digit number)';

-- Comparison, btree and hash support for unspsc, stored as int4.
-- Generated from src/scalar_ops.sql.in: the functions are PostgreSQL's own
-- int4 functions, which compare the stored value; they are LEAKPROOF.
CREATE FUNCTION cag_ovt.unspsc_eq(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4eq';
CREATE FUNCTION cag_ovt.unspsc_ne(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4ne';
CREATE FUNCTION cag_ovt.unspsc_lt(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4lt';
CREATE FUNCTION cag_ovt.unspsc_le(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4le';
CREATE FUNCTION cag_ovt.unspsc_gt(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4gt';
CREATE FUNCTION cag_ovt.unspsc_ge(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4ge';
CREATE FUNCTION cag_ovt.unspsc_cmp(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'btint4cmp';
CREATE FUNCTION cag_ovt.unspsc_hash(cag_ovt.unspsc) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint4';
CREATE FUNCTION cag_ovt.unspsc_hash_extended(cag_ovt.unspsc, bigint) RETURNS bigint
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint4extended';
CREATE FUNCTION cag_ovt.unspsc_sortsupport(internal) RETURNS void
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'btint4sortsupport';

COMMENT ON FUNCTION cag_ovt.unspsc_eq(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Égalité de deux valeurs unspsc / equality of two unspsc values';
COMMENT ON FUNCTION cag_ovt.unspsc_ne(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Différence de deux valeurs unspsc / inequality of two unspsc values';
COMMENT ON FUNCTION cag_ovt.unspsc_lt(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Plus petit que (ordre de code) / less than (code order)';
COMMENT ON FUNCTION cag_ovt.unspsc_le(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Plus petit ou égal (ordre de code) / less than or equal (code order)';
COMMENT ON FUNCTION cag_ovt.unspsc_gt(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Plus grand que (ordre de code) / greater than (code order)';
COMMENT ON FUNCTION cag_ovt.unspsc_ge(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Plus grand ou égal (ordre de code) / greater than or equal (code order)';
COMMENT ON FUNCTION cag_ovt.unspsc_cmp(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Comparaison btree (-1, 0, 1) / btree comparison (-1, 0, 1)';
COMMENT ON FUNCTION cag_ovt.unspsc_hash(cag_ovt.unspsc) IS 'Hachage pour index hash et jointures / hash for hash indexes and joins';
COMMENT ON FUNCTION cag_ovt.unspsc_hash_extended(cag_ovt.unspsc, bigint) IS 'Hachage 64 bits avec graine / 64-bit seeded hash';
COMMENT ON FUNCTION cag_ovt.unspsc_sortsupport(internal) IS 'Tri rapide (sort support) / sort support';

CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR cag_ovt.< (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_lt,
    COMMUTATOR = OPERATOR(cag_ovt.>), NEGATOR = OPERATOR(cag_ovt.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR cag_ovt.<= (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_le,
    COMMUTATOR = OPERATOR(cag_ovt.>=), NEGATOR = OPERATOR(cag_ovt.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR cag_ovt.> (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_gt,
    COMMUTATOR = OPERATOR(cag_ovt.<), NEGATOR = OPERATOR(cag_ovt.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR cag_ovt.>= (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_ge,
    COMMUTATOR = OPERATOR(cag_ovt.<=), NEGATOR = OPERATOR(cag_ovt.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR cag_ovt.= (cag_ovt.unspsc, cag_ovt.unspsc) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.unspsc, cag_ovt.unspsc) IS 'différent / not equal';
COMMENT ON OPERATOR cag_ovt.< (cag_ovt.unspsc, cag_ovt.unspsc) IS 'plus petit que / less than';
COMMENT ON OPERATOR cag_ovt.<= (cag_ovt.unspsc, cag_ovt.unspsc) IS 'plus petit ou égal / less than or equal';
COMMENT ON OPERATOR cag_ovt.> (cag_ovt.unspsc, cag_ovt.unspsc) IS 'plus grand que / greater than';
COMMENT ON OPERATOR cag_ovt.>= (cag_ovt.unspsc, cag_ovt.unspsc) IS 'plus grand ou égal / greater than or equal';

CREATE OPERATOR CLASS cag_ovt.unspsc_ops
    DEFAULT FOR TYPE cag_ovt.unspsc USING btree AS
        OPERATOR 1 cag_ovt.< ,
        OPERATOR 2 cag_ovt.<= ,
        OPERATOR 3 cag_ovt.= ,
        OPERATOR 4 cag_ovt.>= ,
        OPERATOR 5 cag_ovt.> ,
        FUNCTION 1 cag_ovt.unspsc_cmp(cag_ovt.unspsc, cag_ovt.unspsc),
        FUNCTION 2 cag_ovt.unspsc_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS cag_ovt.unspsc_hash_ops
    DEFAULT FOR TYPE cag_ovt.unspsc USING hash AS
        OPERATOR 1 cag_ovt.= ,
        FUNCTION 1 cag_ovt.unspsc_hash(cag_ovt.unspsc),
        FUNCTION 2 cag_ovt.unspsc_hash_extended(cag_ovt.unspsc, bigint);

COMMENT ON OPERATOR CLASS cag_ovt.unspsc_ops USING btree IS 'Classe btree de unspsc (ordre de code) / btree class of unspsc (code order)';
COMMENT ON OPERATOR CLASS cag_ovt.unspsc_hash_ops USING hash IS 'Classe hash de unspsc / hash class of unspsc';
COMMENT ON OPERATOR FAMILY cag_ovt.unspsc_ops USING btree IS 'Famille btree de unspsc / btree family of unspsc';
COMMENT ON OPERATOR FAMILY cag_ovt.unspsc_hash_ops USING hash IS 'Famille hash de unspsc / hash family of unspsc';

-- min and max, which an index on the column answers (SORTOP).
CREATE FUNCTION cag_ovt.unspsc_smaller(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4smaller';
CREATE FUNCTION cag_ovt.unspsc_larger(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4larger';
COMMENT ON FUNCTION cag_ovt.unspsc_smaller(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Le plus petit de deux codes UNSPSC / the smaller of two UNSPSC codes';
COMMENT ON FUNCTION cag_ovt.unspsc_larger(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Le plus grand de deux codes UNSPSC / the larger of two UNSPSC codes';
CREATE AGGREGATE cag_ovt.min(cag_ovt.unspsc) (
    SFUNC = cag_ovt.unspsc_smaller, STYPE = cag_ovt.unspsc,
    COMBINEFUNC = cag_ovt.unspsc_smaller, SORTOP = OPERATOR(cag_ovt.<), PARALLEL = SAFE);
CREATE AGGREGATE cag_ovt.max(cag_ovt.unspsc) (
    SFUNC = cag_ovt.unspsc_larger, STYPE = cag_ovt.unspsc,
    COMBINEFUNC = cag_ovt.unspsc_larger, SORTOP = OPERATOR(cag_ovt.>), PARALLEL = SAFE);
COMMENT ON AGGREGATE cag_ovt.min(cag_ovt.unspsc) IS 'Le plus petit code UNSPSC / the smallest UNSPSC code';
COMMENT ON AGGREGATE cag_ovt.max(cag_ovt.unspsc) IS 'Le plus grand code UNSPSC / the largest UNSPSC code';

-- Hierarchy.
CREATE FUNCTION cag_ovt.unspsc_segment(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_segment(cag_ovt.unspsc) IS
    'Segment du code (XX000000) / segment of the code (XX000000)';
CREATE FUNCTION cag_ovt.unspsc_family(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_family(cag_ovt.unspsc) IS
    'Famille du code (XXXX0000), NULL pour un segment / family of the code (XXXX0000), NULL for a segment';
CREATE FUNCTION cag_ovt.unspsc_class(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_class(cag_ovt.unspsc) IS
    'Classe du code (XXXXXX00), NULL pour un segment ou une famille / class of the code (XXXXXX00), NULL for a segment or a family';
CREATE FUNCTION cag_ovt.unspsc_level(cag_ovt.unspsc) RETURNS text
    AS 'MODULE_PATHNAME', 'unspsc_level_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_level(cag_ovt.unspsc) IS
    'Niveau du code : segment, family, class ou commodity / level of the code: segment, family, class or commodity';
CREATE FUNCTION cag_ovt.unspsc_path(cag_ovt.unspsc) RETURNS cag_ovt.unspsc[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_path(cag_ovt.unspsc) IS
    'Le segment, la famille et la classe au-dessus du code, puis le code lui-même / the segment, family and class above the code, then the code itself';
CREATE FUNCTION cag_ovt.unspsc_range_end(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME', 'unspsc_range_end_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_range_end(cag_ovt.unspsc) IS
    'Le plus grand code contenu dans le code (x <@ c équivaut à x BETWEEN c AND unspsc_range_end(c)) / the greatest code within the code (x <@ c is x BETWEEN c AND unspsc_range_end(c))';

CREATE FUNCTION cag_ovt.is_valid_unspsc(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_unspsc(text) IS
    'Vrai si le texte est un code UNSPSC valide (ne lève jamais d''erreur) / true when the text is a valid UNSPSC code (never raises)';

-- "Is within" and "contains": planner support turns them into btree
-- conditions (a range, or a list of codes), estimators reuse the rewriting.
CREATE FUNCTION cag_ovt.unspsc_within_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_within_support(internal) IS
    'Support du planificateur pour <@ (condition d''index btree, sélectivité) / planner support for <@ (btree index condition, selectivity)';
CREATE FUNCTION cag_ovt.unspsc_contains_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_contains_support(internal) IS
    'Support du planificateur pour @> (condition d''index btree, sélectivité) / planner support for @> (btree index condition, selectivity)';

CREATE FUNCTION cag_ovt.unspsc_within(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'unspsc_within_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    SUPPORT cag_ovt.unspsc_within_support;
COMMENT ON FUNCTION cag_ovt.unspsc_within(cag_ovt.unspsc, cag_ovt.unspsc) IS
    'Vrai si le premier code est le second ou l''un de ses descendants / true when the first code is the second or one of its descendants';
CREATE FUNCTION cag_ovt.unspsc_contains(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'unspsc_contains_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    SUPPORT cag_ovt.unspsc_contains_support;
COMMENT ON FUNCTION cag_ovt.unspsc_contains(cag_ovt.unspsc, cag_ovt.unspsc) IS
    'Vrai si le second code est le premier ou l''un de ses descendants / true when the second code is the first or one of its descendants';

CREATE FUNCTION cag_ovt.unspsc_within_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_within_sel(internal, oid, internal, integer) IS
    'Estimation de sélectivité de <@ (plage btree ou liste de codes) / selectivity estimator of <@ (btree range or list of codes)';
CREATE FUNCTION cag_ovt.unspsc_contains_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_contains_sel(internal, oid, internal, integer) IS
    'Estimation de sélectivité de @> (plage btree ou liste de codes) / selectivity estimator of @> (btree range or list of codes)';
CREATE FUNCTION cag_ovt.unspsc_within_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_within_joinsel(internal, oid, internal, smallint, internal) IS
    'Estimation de sélectivité de jointure de <@ (1 / nombre de codes distincts du côté contenant) / join selectivity estimator of <@ (1 / distinct codes of the containing side)';
CREATE FUNCTION cag_ovt.unspsc_contains_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_contains_joinsel(internal, oid, internal, smallint, internal) IS
    'Estimation de sélectivité de jointure de @> (1 / nombre de codes distincts du côté contenant) / join selectivity estimator of @> (1 / distinct codes of the containing side)';

CREATE OPERATOR cag_ovt.<@ (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_within,
    COMMUTATOR = OPERATOR(cag_ovt.@>),
    RESTRICT = cag_ovt.unspsc_within_sel, JOIN = cag_ovt.unspsc_within_joinsel);
CREATE OPERATOR cag_ovt.@> (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_contains,
    COMMUTATOR = OPERATOR(cag_ovt.<@),
    RESTRICT = cag_ovt.unspsc_contains_sel, JOIN = cag_ovt.unspsc_contains_joinsel);
COMMENT ON OPERATOR cag_ovt.<@ (cag_ovt.unspsc, cag_ovt.unspsc) IS
    'est dans (le code de gauche est celui de droite ou l''un de ses descendants) / is within (the left code is the right one or one of its descendants)';
COMMENT ON OPERATOR cag_ovt.@> (cag_ovt.unspsc, cag_ovt.unspsc) IS
    'contient (le code de droite est celui de gauche ou l''un de ses descendants) / contains (the right code is the left one or one of its descendants)';

-- ===== src/qc_region.sql =====
-- qc_region: one of the 17 administrative regions of Québec.

CREATE TYPE cag_ovt.qc_region;

CREATE FUNCTION cag_ovt.qc_region_in(cstring) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.qc_region_out(cag_ovt.qc_region) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.qc_region_recv(internal) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.qc_region_send(cag_ovt.qc_region) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.qc_region (
    INPUT = cag_ovt.qc_region_in,
    OUTPUT = cag_ovt.qc_region_out,
    RECEIVE = cag_ovt.qc_region_recv,
    SEND = cag_ovt.qc_region_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.qc_region IS
    'Région administrative du Québec (01 à 17), un octet, ordonnée par code ; s''écrit par son code ou son nom / administrative region of Québec (01 to 17), one byte, ordered by code; written as its code or its name';
COMMENT ON FUNCTION cag_ovt.qc_region_in(cstring) IS
    'Entrée texte de qc_region : code, nom officiel, variantes d''écriture courantes, noms anglais / text input of qc_region: code, official name, common spellings, English names';
COMMENT ON FUNCTION cag_ovt.qc_region_out(cag_ovt.qc_region) IS
    'Sortie texte de qc_region : le nom officiel en français / text output of qc_region: the official French name';
COMMENT ON FUNCTION cag_ovt.qc_region_recv(internal) IS
    'Entrée binaire de qc_region (un octet, code 1 à 17 validé) / binary input of qc_region (one byte, code 1 to 17 checked)';
COMMENT ON FUNCTION cag_ovt.qc_region_send(cag_ovt.qc_region) IS
    'Sortie binaire de qc_region (un octet : le code) / binary output of qc_region (one byte: the code)';

-- Comparison, btree and hash support for qc_region, stored as char.
-- Generated from src/scalar_ops.sql.in: the functions are PostgreSQL's own
-- char functions, which compare the stored value; they are LEAKPROOF.
CREATE FUNCTION cag_ovt.qc_region_eq(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'chareq';
CREATE FUNCTION cag_ovt.qc_region_ne(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'charne';
CREATE FUNCTION cag_ovt.qc_region_lt(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'charlt';
CREATE FUNCTION cag_ovt.qc_region_le(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'charle';
CREATE FUNCTION cag_ovt.qc_region_gt(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'chargt';
CREATE FUNCTION cag_ovt.qc_region_ge(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'charge';
CREATE FUNCTION cag_ovt.qc_region_cmp(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'btcharcmp';
CREATE FUNCTION cag_ovt.qc_region_hash(cag_ovt.qc_region) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashchar';
CREATE FUNCTION cag_ovt.qc_region_hash_extended(cag_ovt.qc_region, bigint) RETURNS bigint
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashcharextended';
-- (no sort support for char) CREATE FUNCTION cag_ovt.qc_region_sortsupport(internal) RETURNS void
-- (no sort support for char)     LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'btcharsortsupport';

COMMENT ON FUNCTION cag_ovt.qc_region_eq(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Égalité de deux valeurs qc_region / equality of two qc_region values';
COMMENT ON FUNCTION cag_ovt.qc_region_ne(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Différence de deux valeurs qc_region / inequality of two qc_region values';
COMMENT ON FUNCTION cag_ovt.qc_region_lt(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Plus petit que (ordre de code) / less than (code order)';
COMMENT ON FUNCTION cag_ovt.qc_region_le(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Plus petit ou égal (ordre de code) / less than or equal (code order)';
COMMENT ON FUNCTION cag_ovt.qc_region_gt(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Plus grand que (ordre de code) / greater than (code order)';
COMMENT ON FUNCTION cag_ovt.qc_region_ge(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Plus grand ou égal (ordre de code) / greater than or equal (code order)';
COMMENT ON FUNCTION cag_ovt.qc_region_cmp(cag_ovt.qc_region, cag_ovt.qc_region) IS 'Comparaison btree (-1, 0, 1) / btree comparison (-1, 0, 1)';
COMMENT ON FUNCTION cag_ovt.qc_region_hash(cag_ovt.qc_region) IS 'Hachage pour index hash et jointures / hash for hash indexes and joins';
COMMENT ON FUNCTION cag_ovt.qc_region_hash_extended(cag_ovt.qc_region, bigint) IS 'Hachage 64 bits avec graine / 64-bit seeded hash';
-- (no sort support for char) COMMENT ON FUNCTION cag_ovt.qc_region_sortsupport(internal) IS 'Tri rapide (sort support) / sort support';

CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region, FUNCTION = cag_ovt.qc_region_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region, FUNCTION = cag_ovt.qc_region_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR cag_ovt.< (
    LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region, FUNCTION = cag_ovt.qc_region_lt,
    COMMUTATOR = OPERATOR(cag_ovt.>), NEGATOR = OPERATOR(cag_ovt.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR cag_ovt.<= (
    LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region, FUNCTION = cag_ovt.qc_region_le,
    COMMUTATOR = OPERATOR(cag_ovt.>=), NEGATOR = OPERATOR(cag_ovt.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR cag_ovt.> (
    LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region, FUNCTION = cag_ovt.qc_region_gt,
    COMMUTATOR = OPERATOR(cag_ovt.<), NEGATOR = OPERATOR(cag_ovt.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR cag_ovt.>= (
    LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region, FUNCTION = cag_ovt.qc_region_ge,
    COMMUTATOR = OPERATOR(cag_ovt.<=), NEGATOR = OPERATOR(cag_ovt.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR cag_ovt.= (cag_ovt.qc_region, cag_ovt.qc_region) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.qc_region, cag_ovt.qc_region) IS 'différent / not equal';
COMMENT ON OPERATOR cag_ovt.< (cag_ovt.qc_region, cag_ovt.qc_region) IS 'plus petit que / less than';
COMMENT ON OPERATOR cag_ovt.<= (cag_ovt.qc_region, cag_ovt.qc_region) IS 'plus petit ou égal / less than or equal';
COMMENT ON OPERATOR cag_ovt.> (cag_ovt.qc_region, cag_ovt.qc_region) IS 'plus grand que / greater than';
COMMENT ON OPERATOR cag_ovt.>= (cag_ovt.qc_region, cag_ovt.qc_region) IS 'plus grand ou égal / greater than or equal';

CREATE OPERATOR CLASS cag_ovt.qc_region_ops
    DEFAULT FOR TYPE cag_ovt.qc_region USING btree AS
        OPERATOR 1 cag_ovt.< ,
        OPERATOR 2 cag_ovt.<= ,
        OPERATOR 3 cag_ovt.= ,
        OPERATOR 4 cag_ovt.>= ,
        OPERATOR 5 cag_ovt.> ,
        FUNCTION 1 cag_ovt.qc_region_cmp(cag_ovt.qc_region, cag_ovt.qc_region),
-- (no sort support for char)         FUNCTION 2 cag_ovt.qc_region_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS cag_ovt.qc_region_hash_ops
    DEFAULT FOR TYPE cag_ovt.qc_region USING hash AS
        OPERATOR 1 cag_ovt.= ,
        FUNCTION 1 cag_ovt.qc_region_hash(cag_ovt.qc_region),
        FUNCTION 2 cag_ovt.qc_region_hash_extended(cag_ovt.qc_region, bigint);

COMMENT ON OPERATOR CLASS cag_ovt.qc_region_ops USING btree IS 'Classe btree de qc_region (ordre de code) / btree class of qc_region (code order)';
COMMENT ON OPERATOR CLASS cag_ovt.qc_region_hash_ops USING hash IS 'Classe hash de qc_region / hash class of qc_region';
COMMENT ON OPERATOR FAMILY cag_ovt.qc_region_ops USING btree IS 'Famille btree de qc_region / btree family of qc_region';
COMMENT ON OPERATOR FAMILY cag_ovt.qc_region_hash_ops USING hash IS 'Famille hash de qc_region / hash family of qc_region';

CREATE FUNCTION cag_ovt.region_code(cag_ovt.qc_region) RETURNS text
    AS 'MODULE_PATHNAME', 'qc_region_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_code(cag_ovt.qc_region) IS
    'Code de la région sur deux chiffres, p. ex. ''05'' / two-digit code of the region, e.g. ''05''';

CREATE FUNCTION cag_ovt.region_name(cag_ovt.qc_region, lang text DEFAULT 'fr') RETURNS text
    AS 'MODULE_PATHNAME', 'qc_region_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_name(cag_ovt.qc_region, text) IS
    'Nom de la région : officiel en français (''fr'', par défaut) ou usuel en anglais (''en'') / name of the region: official French name (''fr'', the default) or usual English name (''en'')';

CREATE FUNCTION cag_ovt.is_valid_qc_region(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_qc_region(text) IS
    'Vrai si le texte désigne une région administrative (ne lève jamais d''erreur) / true when the text names an administrative region (never raises)';

CREATE FUNCTION cag_ovt.qc_region_smaller(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.qc_region_smaller(cag_ovt.qc_region, cag_ovt.qc_region) IS
    'La plus petite de deux régions (ordre de code) / the smaller of two regions (code order)';
CREATE FUNCTION cag_ovt.qc_region_larger(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.qc_region_larger(cag_ovt.qc_region, cag_ovt.qc_region) IS
    'La plus grande de deux régions (ordre de code) / the larger of two regions (code order)';

CREATE AGGREGATE cag_ovt.min(cag_ovt.qc_region) (
    SFUNC = cag_ovt.qc_region_smaller,
    STYPE = cag_ovt.qc_region,
    COMBINEFUNC = cag_ovt.qc_region_smaller,
    SORTOP = OPERATOR(cag_ovt.<),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.min(cag_ovt.qc_region) IS
    'Plus petite région (ordre de code) / smallest region (code order)';
CREATE AGGREGATE cag_ovt.max(cag_ovt.qc_region) (
    SFUNC = cag_ovt.qc_region_larger,
    STYPE = cag_ovt.qc_region,
    COMBINEFUNC = cag_ovt.qc_region_larger,
    SORTOP = OPERATOR(cag_ovt.>),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.max(cag_ovt.qc_region) IS
    'Plus grande région (ordre de code) / largest region (code order)';

-- ===== src/reference.sql =====
-- Reference tables: tables of schema cag_ovt that the extension seeds and the
-- DBA edits (regions, municipalities, territory changes, labels...).
--
-- cag_ovt.manage_reference_table(tbl), called by the install script after
-- the table is created and seeded, makes the DBA's edits survive pg_dump and
-- pg_restore and keeps the reference cache (src/refcache.c) up to date:
--
-- * the table is marked with pg_extension_config_dump (all its rows are
--   dumped);
-- * a BEFORE INSERT row trigger turns the INSERT of an existing primary key
--   into an UPDATE of that row: restoring a dump over the seed rows that
--   CREATE EXTENSION inserted converges to the dumped rows;
-- * deleted keys are recorded in cag_ovt.deleted_reference_keys (itself
--   dumped), whose AFTER INSERT trigger deletes the key from the table
--   again: a restore replays the DBA's deletions of seed rows.  Inserting a
--   deleted key again removes its record;
-- * a statement trigger invalidates the reference cache of every session.
--
-- Restore order.  pg_dump restores the rows of an extension's tables in the
-- order of their names (pg_dump.c sorts data by name; only foreign keys
-- between the tables could reorder them, and a foreign key to a reference
-- table would forbid TRUNCATE on it), one table after the other in a
-- default pg_restore or a plain dump through psql.  The trigger of
-- cag_ovt.purchases classes each restored row with the reference lists of
-- that moment, so every table the classification reads, and the deletion
-- log, is named to sort before "purchases": deleted_reference_keys,
-- eco_labels, food_categories, food_labels, mrc_region_changes,
-- municipalities (checked by the classify suite and by
-- test/t/020_dump_restore_all.pl).  pg_restore -j loads tables in
-- parallel, largest first: after it, reclassify_purchases() puts the
-- classes right.
--
-- The trigger functions run with search_path = pg_catalog, pg_temp and
-- compare keys with the equality operator of each key column's btree
-- operator class, named with its schema: a hostile search_path cannot
-- divert them.  They fire as whoever edits the table, a superuser too, and
-- call the extension's own functions with arguments of the exact declared
-- types (TG_RELID::pg_catalog.regclass, not the oid): an overload that
-- the owner of the schema adds, such as reference_key_sql(oid, text),
-- cannot match better (see src/schema.sql).

CREATE FUNCTION cag_ovt.reference_changed() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION cag_ovt.reference_changed() IS
    'Déclencheur AFTER ... FOR EACH STATEMENT des tables de référence : invalide le cache de référence de toutes les sessions / AFTER ... FOR EACH STATEMENT trigger of the reference tables: invalidates the reference cache of every session';

CREATE TABLE cag_ovt.deleted_reference_keys (
    table_name text NOT NULL,
    key jsonb NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
    PRIMARY KEY (table_name, key)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.deleted_reference_keys', '');
GRANT SELECT ON cag_ovt.deleted_reference_keys TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.deleted_reference_keys TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE cag_ovt.deleted_reference_keys IS
    'Clés supprimées des tables de référence, rejouées à la restauration d''une sauvegarde / keys deleted from the reference tables, replayed when a dump is restored';
COMMENT ON COLUMN cag_ovt.deleted_reference_keys.table_name IS
    'Table de référence, nom qualifié (p. ex. cag_ovt.municipalities) / reference table, qualified name (e.g. cag_ovt.municipalities)';
COMMENT ON COLUMN cag_ovt.deleted_reference_keys.key IS
    'Clé primaire de la ligne supprimée, objet JSON {colonne : valeur} / primary key of the deleted row, JSON object {column: value}';
COMMENT ON COLUMN cag_ovt.deleted_reference_keys.deleted_at IS
    'Moment de la suppression / when the row was deleted';

-- The primary key of a table as SQL: match_sql compares the key columns of
-- "t" with those of the row expression rowref; key_sql builds the key as a
-- jsonb object from rowref.
CREATE FUNCTION cag_ovt.reference_key_sql(tbl regclass, rowref text,
                                          OUT match_sql text, OUT key_sql text)
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    col record;
    matches text[] := '{}';
    pairs text[] := '{}';
BEGIN
    FOR col IN
        SELECT a.attname,
               format('OPERATOR(%I.%s)', opn.nspname, op.oprname) AS eq
        FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[])
            WITH ORDINALITY AS k(attnum, opclass, ord)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        JOIN pg_opclass opc ON opc.oid = k.opclass
        JOIN pg_amop amop ON amop.amopfamily = opc.opcfamily
            AND amop.amoplefttype = opc.opcintype
            AND amop.amoprighttype = opc.opcintype
            AND amop.amopstrategy = 3
            AND amop.amopmethod = opc.opcmethod
        JOIN pg_operator op ON op.oid = amop.amopopr
        JOIN pg_namespace opn ON opn.oid = op.oprnamespace
        WHERE i.indrelid = tbl AND i.indisprimary
        ORDER BY k.ord
    LOOP
        matches := matches || format('t.%I %s (%s).%I', col.attname, col.eq, rowref, col.attname);
        pairs := pairs || format('%L, (%s).%I', col.attname, rowref, col.attname);
    END LOOP;
    IF cardinality(matches) = 0 THEN
        RAISE EXCEPTION 'reference table % has no primary key', tbl
            USING ERRCODE = 'invalid_table_definition',
                  HINT = 'A reference table needs a primary key to be managed.';
    END IF;
    match_sql := array_to_string(matches, ' AND ');
    key_sql := format('pg_catalog.jsonb_build_object(%s)', array_to_string(pairs, ', '));
END
$$;
COMMENT ON FUNCTION cag_ovt.reference_key_sql(regclass, text) IS
    'Interne : SQL de comparaison et de construction (jsonb) de la clé primaire d''une table de référence / internal: SQL that compares and builds (as jsonb) the primary key of a reference table';

-- BEFORE INSERT FOR EACH ROW: an existing key is replaced, not inserted.
CREATE FUNCTION cag_ovt.reference_upsert() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    spec record;
    tbl text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
    cols text;
    vals text;
    n bigint;
    k jsonb;
BEGIN
    SELECT * INTO spec
      FROM cag_ovt.reference_key_sql(TG_RELID::pg_catalog.regclass, '$1'::pg_catalog.text);
    SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum),
           string_agg(format('($1).%I', a.attname), ', ' ORDER BY a.attnum)
      INTO cols, vals
      FROM pg_attribute a
     WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
       AND a.attgenerated = '';
    EXECUTE format('UPDATE %s AS t SET (%s) = ROW(%s) WHERE %s',
                   tbl, cols, vals, spec.match_sql)
        USING NEW;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT %s', spec.key_sql) INTO k USING NEW;
    DELETE FROM cag_ovt.deleted_reference_keys d
     WHERE d.table_name = tbl AND d.key = k;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cag_ovt.reference_upsert() IS
    'Déclencheur BEFORE INSERT des tables de référence : une clé existante remplace la ligne au lieu d''être insérée ; une clé supprimée réinsérée perd sa trace de suppression / BEFORE INSERT trigger of the reference tables: an existing key replaces the row instead of being inserted; a deleted key inserted again loses its deletion record';

-- AFTER UPDATE OR DELETE FOR EACH ROW: record deleted keys.
CREATE FUNCTION cag_ovt.reference_record_deletion() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    spec record;
    tbl text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
    old_key jsonb;
    new_key jsonb;
BEGIN
    SELECT * INTO spec
      FROM cag_ovt.reference_key_sql(TG_RELID::pg_catalog.regclass, '$1'::pg_catalog.text);
    EXECUTE format('SELECT %s', spec.key_sql) INTO old_key USING OLD;
    IF TG_OP = 'UPDATE' THEN
        EXECUTE format('SELECT %s', spec.key_sql) INTO new_key USING NEW;
        IF new_key = old_key THEN
            RETURN NULL;
        END IF;
        DELETE FROM cag_ovt.deleted_reference_keys d
         WHERE d.table_name = tbl AND d.key = new_key;
    END IF;
    INSERT INTO cag_ovt.deleted_reference_keys (table_name, key)
    VALUES (tbl, old_key)
    ON CONFLICT (table_name, key) DO NOTHING;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cag_ovt.reference_record_deletion() IS
    'Déclencheur AFTER UPDATE OR DELETE des tables de référence : note la clé supprimée (ou remplacée) dans deleted_reference_keys / AFTER UPDATE OR DELETE trigger of the reference tables: records the deleted (or replaced) key in deleted_reference_keys';

-- BEFORE TRUNCATE FOR EACH STATEMENT: record every key.
CREATE FUNCTION cag_ovt.reference_record_truncate() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    spec record;
    tbl text := format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
BEGIN
    SELECT * INTO spec
      FROM cag_ovt.reference_key_sql(TG_RELID::pg_catalog.regclass, 't'::pg_catalog.text);
    EXECUTE format('INSERT INTO cag_ovt.deleted_reference_keys (table_name, key) '
                   'SELECT %L, %s FROM %s AS t '
                   'ON CONFLICT (table_name, key) DO NOTHING',
                   tbl, spec.key_sql, tbl);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cag_ovt.reference_record_truncate() IS
    'Déclencheur BEFORE TRUNCATE des tables de référence : note toutes les clés dans deleted_reference_keys / BEFORE TRUNCATE trigger of the reference tables: records every key in deleted_reference_keys';

-- BEFORE INSERT OR UPDATE FOR EACH ROW on deleted_reference_keys: check the
-- record and write it in its canonical form (qualified table name; the key
-- rebuilt from the table's row type, so that '{"region": "13"}' and
-- '{"region": "Laval"}' are the same record).  Inserting a record that
-- exists deletes the key from its table again and inserts nothing.
CREATE FUNCTION cag_ovt.reference_check_deletion() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tbl regclass;
    spec record;
    columns text[];
BEGIN
    tbl := to_regclass(NEW.table_name);
    IF tbl IS NULL THEN
        RAISE EXCEPTION 'reference table "%" does not exist', NEW.table_name
            USING ERRCODE = 'undefined_table',
                  HINT = 'table_name is the qualified name of a reference table, such as cag_ovt.municipalities.';
    END IF;
    -- a table of the extension, set up by manage_reference_table: a record
    -- cannot make a restore (run by a superuser) delete from another table
    IF NOT EXISTS (SELECT FROM pg_trigger g
                   WHERE g.tgrelid = tbl AND g.tgname = 'cag_reference_upsert'
                     AND g.tgfoid = 'cag_ovt.reference_upsert()'::pg_catalog.regprocedure)
       OR NOT EXISTS (SELECT FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = tbl
                        AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                        AND d.deptype = 'e' AND e.extname = 'cag_ovt') THEN
        RAISE EXCEPTION 'table % is not a reference table', NEW.table_name
            USING ERRCODE = 'wrong_object_type',
                  HINT = 'Reference tables are tables of extension cag_ovt set up by cag_ovt.manage_reference_table.';
    END IF;
    SELECT array_agg(a.attname::text ORDER BY a.attname::text) INTO columns
      FROM pg_index i JOIN pg_attribute a
           ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
     WHERE i.indrelid = tbl AND i.indisprimary;
    IF jsonb_typeof(NEW.key) IS DISTINCT FROM 'object'
       OR (SELECT array_agg(j ORDER BY j) FROM jsonb_object_keys(NEW.key) AS j) IS DISTINCT FROM columns THEN
        RAISE EXCEPTION 'key % does not match the primary key of %', NEW.key, NEW.table_name
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = format('The key must be a JSON object with the members %s.',
                                  array_to_string(columns, ', '));
    END IF;
    SELECT * INTO spec
      FROM cag_ovt.reference_key_sql(tbl, format('pg_catalog.jsonb_populate_record(NULL::%s, $1)', tbl)::pg_catalog.text);
    EXECUTE format('SELECT %s', spec.key_sql) INTO NEW.key USING NEW.key;
    SELECT format('%I.%I', n.nspname, c.relname) INTO NEW.table_name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = tbl;
    -- a record that exists already: delete the key again, keep the record
    -- (restoring the same data twice converges)
    IF TG_OP = 'INSERT' AND EXISTS (SELECT FROM cag_ovt.deleted_reference_keys d
                                    WHERE d.table_name = NEW.table_name AND d.key = NEW.key) THEN
        EXECUTE format('DELETE FROM %s AS t WHERE %s', tbl, spec.match_sql) USING NEW.key;
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cag_ovt.reference_check_deletion() IS
    'Déclencheur BEFORE INSERT OR UPDATE de deleted_reference_keys : vérifie la table et la clé et les écrit sous leur forme canonique ; une suppression déjà notée est rejouée sans nouvelle ligne / BEFORE INSERT OR UPDATE trigger of deleted_reference_keys: checks the table and the key and writes them in their canonical form; a deletion already recorded is replayed without a new row';

-- AFTER INSERT FOR EACH ROW on deleted_reference_keys: delete the key from its
-- table (this is what replays the deletions when a dump is restored).
CREATE FUNCTION cag_ovt.reference_replay_deletion() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    tbl regclass := NEW.table_name::regclass;
    spec record;
BEGIN
    SELECT * INTO spec
      FROM cag_ovt.reference_key_sql(tbl, format('pg_catalog.jsonb_populate_record(NULL::%s, $1)', tbl)::pg_catalog.text);
    EXECUTE format('DELETE FROM %s AS t WHERE %s', tbl, spec.match_sql) USING NEW.key;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cag_ovt.reference_replay_deletion() IS
    'Déclencheur AFTER INSERT de deleted_reference_keys : supprime la clé de sa table (rejoue les suppressions à la restauration) / AFTER INSERT trigger of deleted_reference_keys: deletes the key from its table (replays deletions on restore)';

CREATE TRIGGER cag_reference_check BEFORE INSERT OR UPDATE ON cag_ovt.deleted_reference_keys
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.reference_check_deletion();
CREATE TRIGGER cag_reference_replay AFTER INSERT ON cag_ovt.deleted_reference_keys
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.reference_replay_deletion();

CREATE FUNCTION cag_ovt.manage_reference_table(tbl regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- fails unless the table has a primary key
    PERFORM cag_ovt.reference_key_sql(tbl, 't'::pg_catalog.text);
    -- fails outside an extension script: only CREATE EXTENSION and
    -- ALTER EXTENSION UPDATE manage tables
    PERFORM pg_extension_config_dump(tbl, '');
    EXECUTE format('DROP TRIGGER IF EXISTS cag_reference_upsert ON %s', tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS cag_reference_deletion ON %s', tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS cag_reference_truncate ON %s', tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS cag_reference_changed ON %s', tbl);
    EXECUTE format('CREATE TRIGGER cag_reference_upsert BEFORE INSERT ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION cag_ovt.reference_upsert()', tbl);
    EXECUTE format('CREATE TRIGGER cag_reference_deletion AFTER UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION cag_ovt.reference_record_deletion()', tbl);
    EXECUTE format('CREATE TRIGGER cag_reference_truncate BEFORE TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION cag_ovt.reference_record_truncate()', tbl);
    EXECUTE format('CREATE TRIGGER cag_reference_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION cag_ovt.reference_changed()', tbl);
    EXECUTE format('GRANT SELECT ON %s TO PUBLIC', tbl);
    -- the DBA who created the extension edits the table, even when the
    -- extension is trusted and the table belongs to the bootstrap superuser,
    -- and may let other roles read or edit it
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON %s TO %I WITH GRANT OPTION', tbl,
                   (SELECT pg_get_userbyid(e.extowner)
                      FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                     WHERE d.classid = 'pg_class'::regclass AND d.objid = tbl
                       AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'));
END
$$;
REVOKE ALL ON FUNCTION cag_ovt.manage_reference_table(regclass) FROM PUBLIC;
COMMENT ON FUNCTION cag_ovt.manage_reference_table(regclass) IS
    'Fait d''une table une table de référence (à appeler dans un script d''extension, après les données initiales) : modifiable par le propriétaire de l''extension, sauvegardée par pg_dump avec les modifications du DBA, INSERT d''une clé existante = remplacement, suppressions rejouées à la restauration, cache invalidé / makes a table a reference table (call it in an extension script, after the seed rows): editable by the extension''s owner, dumped by pg_dump with the DBA''s edits, INSERT of an existing key replaces the row, deletions replayed on restore, cache invalidated';

-- ===== src/geography.sql =====
-- Geography: the regions, the municipalities (MAMH), the changes of region
-- of an MRC (or equivalent territory), and the region of a municipality or
-- of a forward sortation area on a date.  The three tables are reference
-- tables (see src/reference.sql): the DBA may edit them, and the edits
-- survive pg_dump.
--
-- The classification of purchases reads municipalities and
-- mrc_region_changes: their names sort before "purchases", because pg_dump
-- restores the rows of an extension's tables in the order of their names
-- (see src/reference.sql), and the trigger of purchases classes each
-- restored row with the lists of that moment.
-- The municipalities' rows are in src/municipalities.sql, generated from
-- data/mamh-municipalities-2023.csv.

CREATE TABLE cag_ovt.regions (
    region cag_ovt.qc_region PRIMARY KEY,
    code text NOT NULL GENERATED ALWAYS AS (cag_ovt.region_code(region)) STORED,
    name_fr text NOT NULL,
    name_en text NOT NULL,
    cag_branch boolean NOT NULL,
    counts_as_region boolean NOT NULL
);
COMMENT ON TABLE cag_ovt.regions IS
    'Les 17 régions administratives du Québec et leurs attributs (modifiable par le DBA) / the 17 administrative regions of Québec and their attributes (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.regions.region IS 'Région / region';
COMMENT ON COLUMN cag_ovt.regions.code IS 'Code sur deux chiffres (calculé) / two-digit code (computed)';
COMMENT ON COLUMN cag_ovt.regions.name_fr IS 'Nom officiel en français / official French name';
COMMENT ON COLUMN cag_ovt.regions.name_en IS 'Nom usuel en anglais / usual English name';
COMMENT ON COLUMN cag_ovt.regions.cag_branch IS
    'Vrai si le CAG a une succursale dans la région / true when CAG has a regional branch in the region';
COMMENT ON COLUMN cag_ovt.regions.counts_as_region IS
    'Vrai si un poste situé dans la région compte « en région » pour la régionalisation des emplois (hors Capitale-Nationale et Montréal) / true when a position located in the region counts as "in the regions" for the regionalization of jobs (outside Capitale-Nationale and Montréal)';

-- The names are those of the type (region_name), in the server encoding:
-- this script holds no character that a LATIN1 database cannot store.
INSERT INTO cag_ovt.regions (region, name_fr, name_en, cag_branch, counts_as_region)
SELECT r, cag_ovt.region_name(r, 'fr'), cag_ovt.region_name(r, 'en'), cag_branch, counts_as_region
FROM (VALUES
    --  code, CAG branch, counts as "en région"
    ('01'::cag_ovt.qc_region, true, true),      -- Bas-Saint-Laurent
    ('02', true, true),         -- Saguenay-Lac-Saint-Jean
    ('03', true, false),        -- Capitale-Nationale
    ('04', true, true),         -- Mauricie
    ('05', true, true),         -- Estrie
    ('06', true, false),        -- Montréal
    ('07', true, true),         -- Outaouais
    ('08', false, true),        -- Abitibi-Témiscamingue
    ('09', false, true),        -- Côte-Nord
    ('10', false, true),        -- Nord-du-Québec
    ('11', false, true),        -- Gaspésie-Îles-de-la-Madeleine
    ('12', false, true),        -- Chaudière-Appalaches
    ('13', false, true),        -- Laval
    ('14', false, true),        -- Lanaudière
    ('15', true, true),         -- Laurentides
    ('16', true, true),         -- Montérégie
    ('17', false, true)         -- Centre-du-Québec
) AS t(r, cag_branch, counts_as_region);
SELECT cag_ovt.manage_reference_table('cag_ovt.regions');

CREATE TABLE cag_ovt.mrc_region_changes (
    prefix text NOT NULL CHECK (prefix OPERATOR(pg_catalog.~) '^[0-9]{2}$'),
    from_region cag_ovt.qc_region NOT NULL,
    to_region cag_ovt.qc_region NOT NULL,
    effective_on date NOT NULL CHECK (pg_catalog.isfinite(effective_on)),
    note text,
    PRIMARY KEY (prefix, effective_on),
    CHECK (from_region OPERATOR(cag_ovt.<>) to_region)
);
COMMENT ON TABLE cag_ovt.mrc_region_changes IS
    'Changements de région d''une MRC ou d''un territoire équivalent (préfixe du code géographique MAMH) à une date : avant effective_on, le préfixe était dans from_region (modifiable par le DBA) / region changes of an MRC or equivalent territory (prefix of the MAMH geographic code) on a date: before effective_on the prefix was in from_region (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.prefix IS
    'Deux premiers chiffres du code géographique MAMH (MRC ou territoire équivalent) / first two digits of the MAMH geographic code (MRC or equivalent territory)';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.from_region IS 'Région avant le changement / region before the change';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.to_region IS 'Région à partir du changement / region from the change on';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.effective_on IS 'Date d''effet (premier jour dans to_region) / effective date (first day in to_region)';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.note IS 'Source, remarque / source, remark';

INSERT INTO cag_ovt.mrc_region_changes (prefix, from_region, to_region, effective_on, note) VALUES
    ('46', '16', '05', '2021-07-08', 'MRC Brome-Missisquoi : de la Montérégie à l''Estrie (communiqué du MAMH) / from Montérégie to Estrie (MAMH press release)'),
    ('47', '16', '05', '2021-07-08', 'MRC La Haute-Yamaska : de la Montérégie à l''Estrie (communiqué du MAMH) / from Montérégie to Estrie (MAMH press release)');
SELECT cag_ovt.manage_reference_table('cag_ovt.mrc_region_changes');

CREATE TABLE cag_ovt.municipalities (
    code text PRIMARY KEY CHECK (code OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    name text NOT NULL,
    status text NOT NULL,
    postal_code cag_ovt.postal_code,
    fsa text CHECK (fsa OPERATOR(pg_catalog.~) '^[A-Z][0-9][A-Z]$'),
    region cag_ovt.qc_region NOT NULL,
    census_division_code text CHECK (census_division_code OPERATOR(pg_catalog.~) '^[0-9]{2}$'),
    census_division text,
    mrc_code text CHECK (mrc_code OPERATOR(pg_catalog.~) '^[0-9]{3}$'),
    mrc text,
    population integer CHECK (population OPERATOR(pg_catalog.>=) 0),
    CHECK (postal_code IS NULL
           OR fsa OPERATOR(pg_catalog.=) cag_ovt.fsa(postal_code))
);
COMMENT ON TABLE cag_ovt.municipalities IS
    'Municipalités locales du Québec (Répertoire des municipalités du MAMH, 2023), modifiable par le DBA / local municipalities of Québec (MAMH Répertoire des municipalités, 2023), editable by the DBA';
COMMENT ON COLUMN cag_ovt.municipalities.code IS
    'Code géographique MAMH à 5 chiffres ; les deux premiers désignent la MRC ou le territoire équivalent / 5-digit MAMH geographic code; the first two identify the MRC or equivalent territory';
COMMENT ON COLUMN cag_ovt.municipalities.name IS 'Nom / name';
COMMENT ON COLUMN cag_ovt.municipalities.status IS 'Désignation (Ville, Municipalité, Paroisse...) / designation (city, municipality, parish...)';
COMMENT ON COLUMN cag_ovt.municipalities.postal_code IS
    'Code postal de l''hôtel de ville, « A9A 9A9 » ; NULL quand la source le donne incomplet / postal code of the town hall, ''A9A 9A9''; NULL when the source gives it incomplete';
COMMENT ON COLUMN cag_ovt.municipalities.fsa IS
    'Région de tri d''acheminement (RTA : trois premiers caractères du code postal de l''hôtel de ville), connue même quand le code est incomplet / forward sortation area (FSA: first three characters of the town hall''s postal code), known even when the code is incomplete';
COMMENT ON COLUMN cag_ovt.municipalities.region IS 'Région administrative / administrative region';
COMMENT ON COLUMN cag_ovt.municipalities.census_division_code IS 'Code de la division de recensement / census division code';
COMMENT ON COLUMN cag_ovt.municipalities.census_division IS 'Division de recensement / census division';
COMMENT ON COLUMN cag_ovt.municipalities.mrc_code IS 'Code de la MRC (NULL hors MRC) / MRC code (NULL outside an MRC)';
COMMENT ON COLUMN cag_ovt.municipalities.mrc IS 'MRC (NULL hors MRC) / MRC (NULL outside an MRC)';
COMMENT ON COLUMN cag_ovt.municipalities.population IS 'Population (décret de population) / population (population decree)';

CREATE FUNCTION cag_ovt.region_of_municipality(code text, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_municipality_text'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_municipality(text, date) IS
    'Région d''un code géographique MAMH (par ses deux premiers chiffres) à la date as_of (NULL : aujourd''hui) ; NULL si le préfixe est inconnu / region of a MAMH geographic code (by its first two digits) on date as_of (NULL: today); NULL when the prefix is unknown';

CREATE FUNCTION cag_ovt.region_of_municipality(code integer, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_municipality_int'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_municipality(integer, date) IS
    'Région d''un code géographique MAMH donné comme entier (0 à 99999) à la date as_of (NULL : aujourd''hui) / region of a MAMH geographic code given as an integer (0 to 99999) on date as_of (NULL: today)';

CREATE FUNCTION cag_ovt.region_of_fsa(fsa text, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_fsa'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_fsa(text, date) IS
    'Région d''une RTA (trois premiers caractères d''un code postal) d''après les codes postaux des hôtels de ville, à la date as_of (NULL : aujourd''hui) ; NULL si la RTA est inconnue ou couvre plusieurs régions / region of a forward sortation area (first three characters of a postal code) from the town halls'' postal codes, on date as_of (NULL: today); NULL when the FSA is unknown or spans several regions';

CREATE FUNCTION cag_ovt.region_of_postal_code(postal_code cag_ovt.postal_code, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_postal_code'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_postal_code(cag_ovt.postal_code, date) IS
    'Région d''un code postal : celle de sa RTA à la date as_of (NULL : aujourd''hui), comme region_of_fsa ; NULL hors Québec, pour une RTA inconnue ou qui couvre plusieurs régions / region of a postal code: that of its FSA on date as_of (NULL: today), as region_of_fsa gives it; NULL outside Québec and for an FSA that is unknown or spans several regions';

-- ===== src/municipalities.sql =====
-- cag_ovt.municipalities: generated by src/municipalities.awk from
-- data/mamh-municipalities-2023.csv; do not edit.
INSERT INTO cag_ovt.municipalities (code, name, status, postal_code, fsa, region,
    census_division_code, census_division, mrc_code, mrc, population) VALUES
    ('46005', 'Abercorn', 'Village', 'J0E 1B0', 'J0E', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 370),
    ('48028', 'Acton Vale', 'Ville', 'J0H 1A0', 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 7871),
    ('31056', 'Adstock', 'Municipalité', 'G0N 1S0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 3073),
    ('98030', 'Aguanish', 'Municipalité', 'G0G 1A0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 222),
    ('99125', 'Akulivik', 'Village nordique', 'J0M 1V0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 694),
    ('92030', 'Albanel', 'Municipalité', 'G8M 3J5', 'G8M', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 2229),
    ('07025', 'Albertville', 'Municipalité', 'G0J 1A0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 227),
    ('84050', 'Alleyn-et-Cawood', 'Municipalité', 'J0X 1P0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 189),
    ('93042', 'Alma', 'Ville', 'G8B 3R1', 'G8B', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 31038),
    ('78070', 'Amherst', 'Canton', 'J0T 2L0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 1633),
    ('88055', 'Amos', 'Ville', 'J9T 2G1', 'J9T', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 12675),
    ('07047', 'Amqui', 'Ville', 'G5J 1A1', 'G5J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 6255),
    ('55008', 'Ange-Gardien', 'Municipalité', 'J0E 1E0', 'J0E', '16', '55', 'Rouville', '550', 'MRC Rouville', 2950),
    ('19037', 'Armagh', 'Municipalité', 'G0R 1A0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1477),
    ('78060', 'Arundel', 'Canton', 'J0T 1A0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 563),
    ('41055', 'Ascot Corner', 'Municipalité', 'J0B 1A0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 3479),
    ('50013', 'Aston-Jonction', 'Municipalité', 'G0Z 1A0', 'G0Z', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 441),
    ('13045', 'Auclair', 'Municipalité', 'G0L 1A0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 462),
    ('30055', 'Audet', 'Municipalité', NULL, 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 771),
    ('83090', 'Aumond', 'Canton', 'J0W 1W0', 'J0W', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 819),
    ('99105', 'Aupaluk', 'Village nordique', 'J0M 1X0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 235),
    ('45085', 'Austin', 'Municipalité', 'J0B 1B0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 1727),
    ('87050', 'Authier', 'Municipalité', NULL, 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 260),
    ('87100', 'Authier-Nord', 'Municipalité', 'J0Z 1E0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 302),
    ('45035', 'Ayer''s Cliff', 'Village', 'J0B 1C0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 1229),
    ('96020', 'Baie-Comeau', 'Ville', 'G4Z 1K3', 'G4Z', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 20799),
    ('08080', 'Baie-des-Sables', 'Municipalité', 'G0J 1C0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 622),
    ('50100', 'Baie-du-Febvre', 'Municipalité', 'J0G 1A0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 972),
    ('66112', 'Baie-D''Urfé', 'Ville', 'H9X 1P7', 'H9X', '06', '66', 'Montréal', NULL, NULL, 3889),
    ('98035', 'Baie-Johan-Beetz', 'Municipalité', 'G0G 1B0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 78),
    ('15065', 'Baie-Sainte-Catherine', 'Municipalité', 'G0T 1A0', 'G0T', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 175),
    ('16013', 'Baie-Saint-Paul', 'Ville', 'G3Z 3G1', 'G3Z', '03', '16', 'Charlevoix', '160', 'MRC Charlevoix', 7257),
    ('96005', 'Baie-Trinité', 'Village', 'G0H 1A0', 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 372),
    ('78050', 'Barkmere', 'Ville', 'J0T 1A0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 59),
    ('44045', 'Barnston-Ouest', 'Municipalité', 'J0B 1C0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 573),
    ('88022', 'Barraute', 'Municipalité', NULL, 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 1997),
    ('37210', 'Batiscan', 'Municipalité', 'G0X 1A0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 987),
    ('66107', 'Beaconsfield', 'Ville', 'H9W 4A7', 'H9W', '06', '66', 'Montréal', NULL, NULL, 19755),
    ('85020', 'Béarn', 'Municipalité', 'J0Z 1G0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 715),
    ('27028', 'Beauceville', 'Ville', 'G5X 1N1', 'G5X', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 6321),
    ('70022', 'Beauharnois', 'Ville', 'J6N 1Y1', 'J6N', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 14412),
    ('31008', 'Beaulac-Garthby', 'Municipalité', 'G0Y 1B0', 'G0Y', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 1026),
    ('19105', 'Beaumont', 'Municipalité', 'G0R 1C0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 3146),
    ('21025', 'Beaupré', 'Ville', 'G0A 1E0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 3935),
    ('38010', 'Bécancour', 'Ville', 'G9H 1A1', 'G9H', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 14733),
    ('46040', 'Bedford', 'Canton', 'J0J 1A0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 743),
    ('46035', 'Bedford', 'Ville', 'J0J 1A0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 2684),
    ('94250', 'Bégin', 'Municipalité', 'G0V 1B0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 878),
    ('89050', 'Belcourt', 'Municipalité', 'J0Y 2M0', 'J0Y', '08', '89', 'La Vallée-de-l''Or', '890', 'MRC La Vallée-de-l''Or', 222),
    ('85065', 'Belleterre', 'Ville', 'J0Z 1L0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 304),
    ('57040', 'Beloeil', 'Ville', 'J3G 4S9', 'J3G', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 24806),
    ('88070', 'Berry', 'Municipalité', 'J0Y 2G0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 530),
    ('18065', 'Berthier-sur-Mer', 'Municipalité', NULL, 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 1744),
    ('52035', 'Berthierville', 'Ville', 'J0K 1A0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 4330),
    ('48005', 'Béthanie', 'Municipalité', NULL, 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 323),
    ('13055', 'Biencourt', 'Municipalité', 'G0K 1T0', 'G0K', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 444),
    ('73015', 'Blainville', 'Ville', 'J7C 3S9', 'J7C', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 62643),
    ('98005', 'Blanc-Sablon', 'Municipalité', 'G0G 1W0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '982', 'MRC Le Golfe-du-Saint-Laurent', 1102),
    ('83045', 'Blue Sea', 'Municipalité', 'J0X 1C0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 680),
    ('80115', 'Boileau', 'Municipalité', 'J0V 1N0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 367),
    ('73005', 'Boisbriand', 'Ville', 'J7G 2J7', 'J7G', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 28122),
    ('21045', 'Boischatel', 'Municipalité', 'G0A 1H0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 8957),
    ('73030', 'Bois-des-Filion', 'Ville', 'J6Z 1H1', 'J6Z', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 10480),
    ('83085', 'Bois-Franc', 'Municipalité', 'J9E 3A9', 'J9E', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 411),
    ('45095', 'Bolton-Est', 'Municipalité', 'J0E 1G0', 'J0E', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 1133),
    ('46065', 'Bolton-Ouest', 'Municipalité', 'J0E 2T0', 'J0E', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 669),
    ('05045', 'Bonaventure', 'Ville', 'G0C 1E0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 2739),
    ('98010', 'Bonne-Espérance', 'Municipalité', 'G0G 2P0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '982', 'MRC Le Golfe-du-Saint-Laurent', 652),
    ('42040', 'Bonsecours', 'Municipalité', 'J0E 1H0', 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 677),
    ('58033', 'Boucherville', 'Ville', 'J4B 2Z7', 'J4B', '16', '58', 'Longueuil', NULL, NULL, 42425),
    ('83050', 'Bouchette', 'Municipalité', 'J0X 1E0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 712),
    ('80145', 'Bowman', 'Municipalité', 'J0X 3C0', 'J0X', '07', '80', 'Papineau', '800', 'MRC Papineau', 703),
    ('78075', 'Brébeuf', 'Paroisse', 'J0T 1B0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 1041),
    ('46090', 'Brigham', 'Municipalité', 'J2K 4K4', 'J2K', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 2352),
    ('84005', 'Bristol', 'Municipalité', 'J0X 1G0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 1044),
    ('46070', 'Brome', 'Village', 'J0E 1K0', 'J0E', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 297),
    ('46078', 'Bromont', 'Ville', 'J2L 1A1', 'J2L', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 11757),
    ('58007', 'Brossard', 'Ville', 'J4W 3K5', 'J4W', '16', '58', 'Longueuil', NULL, NULL, 91693),
    ('76043', 'Brownsburg-Chatham', 'Ville', 'J8G 3B4', 'J8G', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 7772),
    ('84025', 'Bryson', 'Municipalité', 'J0X 1H0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 698),
    ('41070', 'Bury', 'Municipalité', 'J0B 1J0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 1185),
    ('12057', 'Cacouna', 'Municipalité', 'G0L 1G0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1874),
    ('59030', 'Calixa-Lavallée', 'Municipalité', 'J0L 1A0', 'J0L', '16', '59', 'Lajemmerais', '590', 'MRC Marguerite-D''Youville', 567),
    ('84030', 'Campbell''s Bay', 'Municipalité', 'J0X 1K0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 738),
    ('67020', 'Candiac', 'Ville', 'J5R 3L8', 'J5R', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 23685),
    ('82020', 'Cantley', 'Municipalité', 'J8V 2Z9', 'J8V', '07', '82', 'Les Collines-de-l''Outaouais', '820', 'MRC Les Collines-de-l''Outaouais', 11615),
    ('04047', 'Cap-Chat', 'Ville', 'G0J 1E0', 'G0J', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 2452),
    ('05060', 'Caplan', 'Municipalité', NULL, 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 2016),
    ('18045', 'Cap-Saint-Ignace', 'Municipalité', 'G0R 1H0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 3132),
    ('34030', 'Cap-Santé', 'Ville', 'G0A 1L0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 3629),
    ('57010', 'Carignan', 'Ville', 'J3L 4N4', 'J3L', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 11931),
    ('06013', 'Carleton-sur-Mer', 'Ville', 'G0C 1J0', 'G0C', '11', '06', 'Avignon', '060', 'MRC Avignon', 4190),
    ('05077', 'Cascapédia-Saint-Jules', 'Municipalité', 'G0C 1T0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 763),
    ('07018', 'Causapscal', 'Ville', 'G0J 1J0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 2242),
    ('83040', 'Cayamant', 'Municipalité', 'J0X 1Y0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 876),
    ('57005', 'Chambly', 'Ville', 'J3L 1V3', 'J3L', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 31462),
    ('91020', 'Chambord', 'Municipalité', 'G0W 1G0', 'G0W', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 1830),
    ('37220', 'Champlain', 'Municipalité', 'G0X 1C0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 2010),
    ('88005', 'Champneuf', 'Municipalité', 'J0Y 1E0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 124),
    ('02028', 'Chandler', 'Ville', 'G0C 1K0', 'G0C', '11', '02', 'Le Rocher-Percé', '020', 'MRC Le Rocher-Percé', 7405),
    ('99020', 'Chapais', 'Ville', 'G0W 1H0', 'G0W', '10', '99', 'Nord-du-Québec', NULL, NULL, 1537),
    ('51080', 'Charette', 'Municipalité', 'G0X 1E0', 'G0X', '04', '36', 'Shawinigan', '510', 'MRC Maskinongé', 1033),
    ('60005', 'Charlemagne', 'Ville', 'J5Z 1W8', 'J5Z', '14', '60', 'L''Assomption', '600', 'MRC L''Assomption', 6357),
    ('41020', 'Chartierville', 'Municipalité', 'J0B 1K0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 291),
    ('67050', 'Châteauguay', 'Ville', 'J6J 2P8', 'J6J', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 51614),
    ('21035', 'Château-Richer', 'Ville', 'G0A 1N0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 4571),
    ('87095', 'Chazel', 'Municipalité', 'J0Z 1N0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 293),
    ('82025', 'Chelsea', 'Municipalité', 'J9B 1C1', 'J9B', '07', '82', 'Les Collines-de-l''Outaouais', '820', 'MRC Les Collines-de-l''Outaouais', 8337),
    ('80103', 'Chénéville', 'Municipalité', 'J0V 1E0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 871),
    ('62047', 'Chertsey', 'Municipalité', NULL, 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 5035),
    ('39030', 'Chesterville', 'Municipalité', NULL, 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 945),
    ('99025', 'Chibougamau', 'Ville', 'G8P 1P1', 'G8P', '10', '99', 'Nord-du-Québec', NULL, NULL, 7315),
    ('84090', 'Chichester', 'Canton', 'J0X 1M0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 352),
    ('99055', 'Chisasibi', 'Village cri (Terre 1-B)', 'J0M 1E0', 'J0M', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('96035', 'Chute-aux-Outardes', 'Village', 'G0H 1C0', 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 1433),
    ('79065', 'Chute-Saint-Philippe', 'Municipalité', 'J0W 1A0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 1018),
    ('56010', 'Clarenceville', 'Municipalité', NULL, 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 1273),
    ('84015', 'Clarendon', 'Municipalité', 'J0X 2Y0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 1257),
    ('87110', 'Clermont', 'Canton', 'J0Z 3M0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 499),
    ('15035', 'Clermont', 'Ville', 'G4A 1G6', 'G4A', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 3137),
    ('87075', 'Clerval', 'Municipalité', 'J0Z 1R0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 399),
    ('42110', 'Cleveland', 'Canton', 'J0B 2H0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 1615),
    ('03010', 'Cloridorme', 'Canton', 'G0E 1G0', 'G0E', '11', '03', 'La Côte-de-Gaspé', '030', 'MRC La Côte-de-Gaspé', 647),
    ('44037', 'Coaticook', 'Ville', 'J1A 2B3', 'J1A', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 9008),
    ('95050', 'Colombier', 'Municipalité', 'G0H 1P0', 'G0H', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 694),
    ('44071', 'Compton', 'Municipalité', 'J0B 1L0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 3302),
    ('59035', 'Contrecoeur', 'Ville', 'J0L 1C0', 'J0L', '16', '59', 'Lajemmerais', '590', 'MRC Marguerite-D''Youville', 10174),
    ('41038', 'Cookshire-Eaton', 'Ville', 'J0B 1M0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 5523),
    ('71040', 'Coteau-du-Lac', 'Ville', 'J0P 1B0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 7627),
    ('98015', 'Côte-Nord-du-Golfe-du-Saint-Laurent', 'Municipalité', 'G0G 1G0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '982', 'MRC Le Golfe-du-Saint-Laurent', 792),
    ('66058', 'Côte-Saint-Luc', 'Ville', 'H4W 3C3', 'H4W', '06', '66', 'Montréal', NULL, NULL, 35419),
    ('30090', 'Courcelles', 'Municipalité', NULL, 'G0M', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 811),
    ('46080', 'Cowansville', 'Ville', 'J2K 1T4', 'J2K', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 16272),
    ('61013', 'Crabtree', 'Municipalité', 'J0K 1B0', 'J0K', '14', '61', 'Joliette', '610', 'MRC Joliette', 4267),
    ('40047', 'Danville', 'Ville', 'J0A 1A0', 'J0A', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 3884),
    ('39152', 'Daveluyville', 'Ville', 'G0Z 1C0', 'G0Z', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 2413),
    ('13005', 'Dégelis', 'Ville', 'G5T 2G3', 'G5T', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 2890),
    ('83070', 'Déléage', 'Municipalité', 'J9E 3A8', 'J9E', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 1931),
    ('67025', 'Delson', 'Ville', 'J5B 2B2', 'J5B', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 8468),
    ('83005', 'Denholm', 'Municipalité', 'J8N 9C8', 'J8N', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 475),
    ('93005', 'Desbiens', 'Ville', NULL, 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 1000),
    ('38070', 'Deschaillons-sur-Saint-Laurent', 'Municipalité', NULL, 'G0S', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 907),
    ('34058', 'Deschambault-Grondines', 'Municipalité', 'G0A 1S0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 2317),
    ('72010', 'Deux-Montagnes', 'Ville', NULL, 'J7R', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 18394),
    ('31020', 'Disraeli', 'Paroisse', 'G0N 1E0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 1151),
    ('31015', 'Disraeli', 'Ville', 'G0N 1E0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 2371),
    ('44023', 'Dixville', 'Municipalité', 'J0B 1P0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 760),
    ('92022', 'Dolbeau-Mistassini', 'Ville', 'G8L 1G7', 'G8L', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 13934),
    ('66142', 'Dollard-des-Ormeaux', 'Ville', 'H9B 2A7', 'H9B', '06', '66', 'Montréal', NULL, NULL, 49908),
    ('34025', 'Donnacona', 'Ville', 'G3M 1A1', 'G3M', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 7663),
    ('66087', 'Dorval', 'Ville', 'H9S 3R4', 'H9S', '06', '66', 'Montréal', NULL, NULL, 19993),
    ('33040', 'Dosquet', 'Municipalité', 'G0S 1H0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 997),
    ('49058', 'Drummondville', 'Ville', 'J2B 6W3', 'J2B', '17', '49', 'Drummond', '490', 'MRC Drummond', 81551),
    ('41117', 'Dudswell', 'Municipalité', NULL, 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 1873),
    ('80135', 'Duhamel', 'Municipalité', 'J0V 1G0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 502),
    ('85030', 'Duhamel-Ouest', 'Municipalité', 'J9V 1A2', 'J9V', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 891),
    ('69075', 'Dundee', 'Canton', 'J0S 1L0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 395),
    ('46050', 'Dunham', 'Ville', NULL, 'J0E', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 3606),
    ('87005', 'Duparquet', 'Ville', 'J0Z 1W0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 727),
    ('87085', 'Dupuy', 'Municipalité', NULL, 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 927),
    ('49015', 'Durham-Sud', 'Municipalité', 'J0H 2C0', 'J0H', '17', '49', 'Drummond', '490', 'MRC Drummond', 1121),
    ('41060', 'East Angus', 'Ville', 'J0B 1R0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 3982),
    ('31122', 'East Broughton', 'Municipalité', 'G0N 1H0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 2232),
    ('46085', 'East Farnham', 'Municipalité', 'J2K 4T5', 'J2K', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 622),
    ('44010', 'East Hereford', 'Municipalité', 'J0B 1S0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 288),
    ('99045', 'Eastmain', 'Village cri (Terre 1-B)', 'J0M 1W0', 'J0M', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('45093', 'Eastman', 'Municipalité', 'J0E 1P0', 'J0E', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 2363),
    ('99060', 'Eeyou Istchee Baie-James', 'Gouvernement régional', 'J0Y 2A0', 'J0Y', '10', '99', 'Nord-du-Québec', NULL, NULL, 1042),
    ('83075', 'Egan-Sud', 'Municipalité', 'J9E 3A9', 'J9E', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 498),
    ('69050', 'Elgin', 'Municipalité', 'J0S 2E0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 397),
    ('62053', 'Entrelacs', 'Municipalité', 'J0T 2E0', 'J0T', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 1022),
    ('06025', 'Escuminac', 'Municipalité', 'G0C 2M0', 'G0C', '11', '06', 'Avignon', '060', 'MRC Avignon', 566),
    ('10005', 'Esprit-Saint', 'Municipalité', 'G0K 1A0', 'G0K', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 321),
    ('77011', 'Estérel', 'Ville', 'J0T 1E0', 'J0T', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 232),
    ('46112', 'Farnham', 'Ville', 'J2N 2H3', 'J2N', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 10889),
    ('80005', 'Fassett', 'Municipalité', 'J0V 1H0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 483),
    ('94220', 'Ferland-et-Boilleau', 'Municipalité', 'G0V 1H0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 644),
    ('79097', 'Ferme-Neuve', 'Municipalité', 'J0W 1C0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 2792),
    ('97035', 'Fermont', 'Ville', 'G0G 1J0', 'G0G', '09', '97', 'Sept-Rivières - Caniapiscau', '972', 'MRC Caniapiscau', 2354),
    ('95045', 'Forestville', 'Ville', 'G0T 1E0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 2839),
    ('84060', 'Fort-Coulonge', 'Village', 'J0X 1V0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 1306),
    ('38047', 'Fortierville', 'Municipalité', 'G0S 1J0', 'G0S', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 643),
    ('22010', 'Fossambault-sur-le-Lac', 'Ville', 'G3N 0K2', 'G3N', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 2323),
    ('26005', 'Frampton', 'Municipalité', 'G0R 1M0', 'G0R', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 1366),
    ('69010', 'Franklin', 'Municipalité', 'J0S 1E0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 1844),
    ('96015', 'Franquelin', 'Municipalité', NULL, 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 287),
    ('46010', 'Frelighsburg', 'Municipalité', 'J0J 1C0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 1297),
    ('30025', 'Frontenac', 'Municipalité', 'G6B 2S1', 'G6B', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 1786),
    ('85055', 'Fugèreville', 'Municipalité', 'J0Z 2A0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 332),
    ('87020', 'Gallichan', 'Municipalité', NULL, 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 472),
    ('03005', 'Gaspé', 'Ville', 'G4X 2A5', 'G4X', '11', '03', 'La Côte-de-Gaspé', '030', 'MRC La Côte-de-Gaspé', 15260),
    ('81017', 'Gatineau', 'Ville', 'J8X 3Y9', 'J8X', '07', '81', 'Gatineau', NULL, NULL, 292281),
    ('92055', 'Girardville', 'Municipalité', 'G0W 1R0', 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 987),
    ('96010', 'Godbout', 'Village', 'G0H 1G0', 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 262),
    ('69060', 'Godmanchester', 'Canton', 'J0S 1H0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 1557),
    ('76025', 'Gore', 'Canton', 'J0V 1K0', 'J0V', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 2277),
    ('83032', 'Gracefield', 'Ville', 'J0X 1W0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 2618),
    ('47017', 'Granby', 'Ville', 'J2G 2T8', 'J2G', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 70823),
    ('02015', 'Grande-Rivière', 'Ville', 'G0C 1V0', 'G0C', '11', '02', 'Le Rocher-Percé', '020', 'MRC Le Rocher-Percé', 3427),
    ('35040', 'Grandes-Piles', 'Village', 'G0X 1H0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 495),
    ('03020', 'Grande-Vallée', 'Municipalité', 'G0E 1K0', 'G0E', '11', '03', 'La Côte-de-Gaspé', '030', 'MRC La Côte-de-Gaspé', 1069),
    ('09060', 'Grand-Métis', 'Municipalité', 'G0J 1Z0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 209),
    ('83095', 'Grand-Remous', 'Municipalité', 'J0W 1E0', 'J0W', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 1212),
    ('50065', 'Grand-Saint-Esprit', 'Municipalité', 'J0G 1B0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 491),
    ('76055', 'Grenville', 'Village', 'J0V 1J0', 'J0V', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 1840),
    ('76052', 'Grenville-sur-la-Rouge', 'Municipalité', 'J0V 1B0', 'J0V', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 3009),
    ('98014', 'Gros-Mécatina', 'Municipalité', 'G0G 1T0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '982', 'MRC Le Golfe-du-Saint-Laurent', 405),
    ('01042', 'Grosse-Île', 'Municipalité', 'G4T 6B9', 'G4T', '11', '01', 'Les Îles-de-la-Madeleine', NULL, NULL, 478),
    ('08015', 'Grosses-Roches', 'Municipalité', 'G0J 1K0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 403),
    ('85095', 'Guérin', 'Canton', 'J0Z 2E0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 311),
    ('39010', 'Ham-Nord', 'Canton', NULL, 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 862),
    ('41075', 'Hampden', 'Canton', 'J0B 1Y0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 192),
    ('66062', 'Hampstead', 'Ville', 'H3X 1W5', 'H3X', '06', '66', 'Montréal', NULL, NULL, 7372),
    ('40005', 'Ham-Sud', 'Municipalité', 'J0B 3J0', 'J0B', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 245),
    ('76065', 'Harrington', 'Canton', 'J8G 2T1', 'J8G', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 925),
    ('45043', 'Hatley', 'Municipalité', 'J0B 4B0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 781),
    ('45055', 'Hatley', 'Canton', 'J0B 2C0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 2305),
    ('69005', 'Havelock', 'Canton', 'J0S 2C0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 749),
    ('98040', 'Havre-Saint-Pierre', 'Municipalité', 'G0G 1P0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 3396),
    ('93020', 'Hébertville', 'Municipalité', 'G8N 1S8', 'G8N', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 2656),
    ('93025', 'Hébertville-Station', 'Village', 'G0W 1T0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 1366),
    ('68015', 'Hemmingford', 'Canton', NULL, 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 2138),
    ('68010', 'Hemmingford', 'Village', 'J0L 1H0', 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 849),
    ('56042', 'Henryville', 'Municipalité', 'J0J 1E0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 1508),
    ('35035', 'Hérouxville', 'Paroisse', 'G0X 1J0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 1409),
    ('69045', 'Hinchinbrooke', 'Municipalité', 'J0S 1A0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 2303),
    ('19070', 'Honfleur', 'Municipalité', 'G0R 1N0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 887),
    ('05025', 'Hope', 'Canton', 'G0C 2K0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 608),
    ('05020', 'Hope Town', 'Municipalité', 'G0C 3C1', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 397),
    ('69025', 'Howick', 'Municipalité', 'J0S 1G0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 839),
    ('78065', 'Huberdeau', 'Municipalité', 'J0T 1G0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 901),
    ('71100', 'Hudson', 'Ville', 'J0P 1H0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 5614),
    ('69055', 'Huntingdon', 'Ville', 'J0S 1H0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 2700),
    ('99085', 'Inukjuak', 'Village nordique', 'J0M 1M0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 1972),
    ('32058', 'Inverness', 'Municipalité', 'G0S 1K0', 'G0S', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 948),
    ('31040', 'Irlande', 'Municipalité', 'G6H 2N7', 'G6H', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 889),
    ('78042', 'Ivry-sur-le-Lac', 'Municipalité', 'J8C 2Z8', 'J8C', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 366),
    ('99140', 'Ivujivik', 'Village nordique', 'J0M 1H0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 473),
    ('61025', 'Joliette', 'Ville', 'J6E 3E4', 'J6E', '14', '61', 'Joliette', '610', 'MRC Joliette', 22098),
    ('14050', 'Kamouraska', 'Municipalité', 'G0L 1M0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 627),
    ('99090', 'Kangiqsualujjuaq', 'Village nordique', 'J0M 1N0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 1099),
    ('99130', 'Kangiqsujuaq', 'Village nordique', 'J0M 1K0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 905),
    ('99110', 'Kangirsuk', 'Village nordique', 'J0M 1A0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 608),
    ('99065', 'Kawawachikamach', 'Village naskapi (Terre 1-BN)', 'G0G 2Z0', 'G0G', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 0),
    ('83015', 'Kazabazua', 'Municipalité', 'J0X 1X0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 1030),
    ('79025', 'Kiamika', 'Municipalité', 'J0W 1G0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 822),
    ('42070', 'Kingsbury', 'Village', 'J0B 1X0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 143),
    ('39097', 'Kingsey Falls', 'Ville', NULL, 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1976),
    ('31105', 'Kinnear''s Mills', 'Municipalité', 'G0N 1K0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 393),
    ('85010', 'Kipawa', 'Municipalité', NULL, 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 461),
    ('66102', 'Kirkland', 'Ville', 'H9J 3Y8', 'H9J', '06', '66', 'Montréal', NULL, NULL, 19930),
    ('99095', 'Kuujjuaq', 'Village nordique', 'J0M 1C0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 2825),
    ('99075', 'Kuujjuarapik', 'Village nordique', 'J0M 1G0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 763),
    ('90017', 'La Bostonnais', 'Municipalité', 'G9X 0A7', 'G9X', '04', '90', 'La Tuque', NULL, NULL, 628),
    ('78115', 'La Conception', 'Municipalité', 'J0T 1M0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 1524),
    ('88030', 'La Corne', 'Municipalité', 'J0Y 1R0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 815),
    ('91050', 'La Doré', 'Paroisse', 'G8J 1G9', 'G8J', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 1371),
    ('19090', 'La Durantaye', 'Paroisse', 'G0R 1W0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 829),
    ('29030', 'La Guadeloupe', 'Village', 'G0M 1G0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 1781),
    ('79047', 'La Macaza', 'Municipalité', 'J0T 1R0', 'J0T', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 1153),
    ('15013', 'La Malbaie', 'Ville', 'G5A 1L9', 'G5A', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 8387),
    ('04030', 'La Martre', 'Municipalité', 'G0E 2H0', 'G0E', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 208),
    ('78130', 'La Minerve', 'Municipalité', 'J0T 1S0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 1335),
    ('88012', 'La Morandière-Rochebaucourt', 'Municipalité', 'J0Y 1S0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 345),
    ('88045', 'La Motte', 'Municipalité', 'J0Y 1T0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 492),
    ('41027', 'La Patrie', 'Municipalité', 'J0B 1Y0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 813),
    ('82035', 'La Pêche', 'Municipalité', 'J0X 2W0', 'J0X', '07', '82', 'Les Collines-de-l''Outaouais', '820', 'MRC Les Collines-de-l''Outaouais', 8640),
    ('14085', 'La Pocatière', 'Ville', 'G0R 1Z0', 'G0R', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 3905),
    ('67015', 'La Prairie', 'Ville', 'J5R 5H6', 'J5R', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 26460),
    ('54035', 'La Présentation', 'Municipalité', 'J0H 1B0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 2595),
    ('09005', 'La Rédemption', 'Paroisse', 'G0J 1P0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 430),
    ('87080', 'La Reine', 'Municipalité', 'J0Z 2L0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 340),
    ('87090', 'La Sarre', 'Ville', 'J9Z 1Y3', 'J9Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 7201),
    ('10010', 'La Trinité-des-Monts', 'Paroisse', 'G0K 1B0', 'G0K', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 245),
    ('90012', 'La Tuque', 'Ville', 'G9X 1L5', 'G9X', '04', '90', 'La Tuque', NULL, NULL, 10929),
    ('52050', 'La Visitation-de-l''Île-Dupas', 'Municipalité', 'J0K 2P0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 678),
    ('50085', 'La Visitation-de-Yamaska', 'Municipalité', 'J0G 1C0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 336),
    ('78120', 'Labelle', 'Municipalité', 'J0T 1H0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 2537),
    ('93055', 'Labrecque', 'Municipalité', 'G0W 2S0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 1348),
    ('07057', 'Lac-au-Saumon', 'Municipalité', 'G0J 1M0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 1414),
    ('35010', 'Lac-aux-Sables', 'Paroisse', 'G0X 1M0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 1346),
    ('22040', 'Lac-Beauport', 'Municipalité', 'G3B 0A1', 'G3B', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 8372),
    ('91005', 'Lac-Bouchette', 'Municipalité', 'G0W 1V0', 'G0W', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 1169),
    ('46075', 'Lac-Brome', 'Ville', 'J0E 1V0', 'J0E', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 6085),
    ('22030', 'Lac-Delage', 'Ville', 'G3C 5A4', 'G3C', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 746),
    ('13060', 'Lac-des-Aigles', 'Municipalité', NULL, 'G0K', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 505),
    ('79078', 'Lac-des-Écorces', 'Municipalité', 'J0W 1H0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 3025),
    ('80130', 'Lac-des-Plages', 'Municipalité', 'J0T 1K0', 'J0T', '07', '80', 'Papineau', '800', 'MRC Papineau', 499),
    ('77055', 'Lac-des-Seize-Îles', 'Municipalité', 'J0T 2M0', 'J0T', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 159),
    ('30080', 'Lac-Drolet', 'Municipalité', 'G0Y 1C0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 1087),
    ('79015', 'Lac-du-Cerf', 'Municipalité', 'J0W 1S1', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 550),
    ('90027', 'Lac-Édouard', 'Municipalité', 'G0X 3N0', 'G0X', '04', '90', 'La Tuque', NULL, NULL, 184),
    ('28053', 'Lac-Etchemin', 'Municipalité', 'G0R 1S0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 3959),
    ('18010', 'Lac-Frontière', 'Municipalité', 'G0R 1T0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 190),
    ('76020', 'Lachute', 'Ville', 'J8H 1Y2', 'J8H', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 14794),
    ('30030', 'Lac-Mégantic', 'Ville', 'G6B 1H6', 'G6B', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 5646),
    ('56023', 'Lacolle', 'Municipalité', 'J0J 1J0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 2742),
    ('29095', 'Lac-Poulin', 'Village', 'G0M 1P0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 149),
    ('79060', 'Lac-Saguay', 'Village', 'J0W 1L0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 476),
    ('83020', 'Lac-Sainte-Marie', 'Municipalité', 'J0X 1Z0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 635),
    ('22015', 'Lac-Saint-Joseph', 'Ville', 'G3N 0A7', 'G3N', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 289),
    ('79105', 'Lac-Saint-Paul', 'Municipalité', 'J0W 1K0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 543),
    ('34120', 'Lac-Sergent', 'Ville', 'G0A 2J0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 549),
    ('80095', 'Lac-Simon', 'Municipalité', 'J0V 1E0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 1079),
    ('78095', 'Lac-Supérieur', 'Municipalité', 'J0T 1J0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 1953),
    ('78127', 'Lac-Tremblant-Nord', 'Municipalité', NULL, 'J8E', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 60),
    ('85070', 'Laforce', 'Municipalité', 'J0Z 2J0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 559),
    ('93060', 'Lamarche', 'Municipalité', 'G0W 1X0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 509),
    ('30095', 'Lambton', 'Municipalité', 'G0M 1H0', 'G0M', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 1695),
    ('23057', 'L''Ancienne-Lorette', 'Ville', 'G2E 3J5', 'G2E', '03', '23', 'Québec', NULL, NULL, 16777),
    ('88035', 'Landrienne', 'Canton', 'J0Y 1V0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 931),
    ('82005', 'L''Ange-Gardien', 'Municipalité', 'J8L 0L4', 'J8L', '07', '82', 'Les Collines-de-l''Outaouais', '820', 'MRC Les Collines-de-l''Outaouais', 6574),
    ('21040', 'L''Ange-Gardien', 'Municipalité', 'G0A 2K0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 3993),
    ('52017', 'Lanoraie', 'Municipalité', 'J0K 1E0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 5458),
    ('94210', 'L''Anse-Saint-Jean', 'Municipalité', 'G0V 1J0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 1285),
    ('78015', 'Lantier', 'Municipalité', 'J0T 1V0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 970),
    ('94265', 'Larouche', 'Municipalité', 'G0W 1Z0', 'G0W', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 1676),
    ('79050', 'L''Ascension', 'Municipalité', 'J0T 1W0', 'J0T', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 906),
    ('93065', 'L''Ascension-de-Notre-Seigneur', 'Paroisse', 'G0W 1Y0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 2152),
    ('06060', 'L''Ascension-de-Patapédia', 'Municipalité', 'G0J 1R0', 'G0J', '11', '06', 'Avignon', '060', 'MRC Avignon', 168),
    ('60028', 'L''Assomption', 'Ville', 'J5W 2H1', 'J5W', '14', '60', 'L''Assomption', '600', 'MRC L''Assomption', 24202),
    ('85060', 'Latulipe-et-Gaboury', 'Cantons unis', 'J0Z 2N0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 305),
    ('88080', 'Launay', 'Canton', 'J0Y 1W0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 215),
    ('33060', 'Laurier-Station', 'Village', 'G0S 1N0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 2738),
    ('32072', 'Laurierville', 'Municipalité', NULL, 'G0S', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 1356),
    ('65005', 'Laval', 'Ville', 'H7V 3Z4', 'H7V', '13', '65', 'Laval', NULL, NULL, 446369),
    ('52007', 'Lavaltrie', 'Ville', 'J5T 1M5', 'J5T', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 15578),
    ('49025', 'L''Avenir', 'Municipalité', 'J0C 1B0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1449),
    ('85052', 'Laverlochère-Angliers', 'Municipalité', 'J0Z 2P0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 969),
    ('42045', 'Lawrenceville', 'Village', 'J0E 1W0', 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 627),
    ('99005', 'Lebel-sur-Quévillon', 'Ville', 'J0Y 1X0', 'J0Y', '10', '99', 'Nord-du-Québec', NULL, NULL, 2114),
    ('33123', 'Leclercville', 'Municipalité', NULL, 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 484),
    ('49020', 'Lefebvre', 'Municipalité', 'J0H 2C0', 'J0H', '17', '49', 'Drummond', '490', 'MRC Drummond', 979),
    ('13050', 'Lejeune', 'Municipalité', 'G0L 1S0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 254),
    ('38020', 'Lemieux', 'Municipalité', 'G0X 1S0', 'G0X', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 299),
    ('60037', 'L''Épiphanie', 'Ville', 'J5X 1A1', 'J5X', '14', '60', 'L''Assomption', '600', 'MRC L''Assomption', 9132),
    ('67055', 'Léry', 'Ville', 'J6N 1E8', 'J6N', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 2451),
    ('95018', 'Les Bergeronnes', 'Municipalité', 'G0T 1G0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 652),
    ('71050', 'Les Cèdres', 'Municipalité', 'J7T 1A1', 'J7T', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 7195),
    ('71033', 'Les Coteaux', 'Municipalité', 'J7X 1A2', 'J7X', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 5880),
    ('16048', 'Les Éboulements', 'Municipalité', 'G0A 2M0', 'G0A', '03', '16', 'Charlevoix', '160', 'MRC Charlevoix', 1463),
    ('95025', 'Les Escoumins', 'Municipalité', 'G0T 1K0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 1815),
    ('09015', 'Les Hauteurs', 'Municipalité', 'G0K 1C0', 'G0K', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 458),
    ('01023', 'Les Îles-de-la-Madeleine', 'Municipalité', 'G4T 1A1', 'G4T', '11', '01', 'Les Îles-de-la-Madeleine', NULL, NULL, 12711),
    ('08005', 'Les Méchins', 'Municipalité', 'G0J 1T0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 973),
    ('25213', 'Lévis', 'Ville', 'G6W 7W9', 'G6W', '12', '25', 'Lévis', NULL, NULL, 154091),
    ('71095', 'L''Île-Cadieux', 'Ville', 'J7V 8P3', 'J7V', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 128),
    ('98020', 'L''Île-d''Anticosti', 'Municipalité', 'G0G 2Y0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 203),
    ('66092', 'L''Île-Dorval', 'Ville', 'H9S 5W4', 'H9S', '06', '66', 'Montréal', NULL, NULL, 5),
    ('84035', 'L''Île-du-Grand-Calumet', 'Municipalité', NULL, 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 660),
    ('71060', 'L''Île-Perrot', 'Ville', 'J7V 3G1', 'J7V', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 11547),
    ('41085', 'Lingwick', 'Canton', 'J0B 2Z0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 459),
    ('84082', 'L''Isle-aux-Allumettes', 'Municipalité', 'J0X 1M0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 1338),
    ('16023', 'L''Isle-aux-Coudres', 'Municipalité', 'G0A 3J0', 'G0A', '03', '16', 'Charlevoix', '160', 'MRC Charlevoix', 1098),
    ('17078', 'L''Islet', 'Municipalité', 'G0R 2C0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 3931),
    ('12043', 'L''Isle-Verte', 'Municipalité', 'G0L 1K0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1347),
    ('84040', 'Litchfield', 'Municipalité', 'J0X 1K0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 461),
    ('80055', 'Lochaber', 'Canton', 'J0X 3B0', 'J0X', '07', '80', 'Papineau', '800', 'MRC Papineau', 450),
    ('80060', 'Lochaber-Partie-Ouest', 'Canton', 'J0X 3B0', 'J0X', '07', '80', 'Papineau', '800', 'MRC Papineau', 927),
    ('98045', 'Longue-Pointe-de-Mingan', 'Municipalité', 'G0G 1V0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 431),
    ('95032', 'Longue-Rive', 'Municipalité', 'G0T 1Z0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 956),
    ('58227', 'Longueuil', 'Ville', 'J3Y 9G4', 'J3Y', '16', '58', 'Longueuil', NULL, NULL, 253629),
    ('73025', 'Lorraine', 'Ville', 'J6Z 3W9', 'J6Z', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 9715),
    ('85037', 'Lorrainville', 'Municipalité', 'J0Z 2R0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 1221),
    ('33115', 'Lotbinière', 'Municipalité', NULL, 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 830),
    ('51015', 'Louiseville', 'Ville', 'J5V 1J6', 'J5V', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 7272),
    ('83010', 'Low', 'Canton', 'J0X 2C0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 1056),
    ('32065', 'Lyster', 'Municipalité', NULL, 'G0S', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 1662),
    ('87058', 'Macamic', 'Ville', 'J0Z 2S0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 2688),
    ('39165', 'Maddington Falls', 'Municipalité', 'G0Z 1C0', 'G0Z', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 434),
    ('45072', 'Magog', 'Ville', 'J1X 1Y4', 'J1X', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 28300),
    ('89015', 'Malartic', 'Ville', 'J0Y 1Z0', 'J0Y', '08', '89', 'La Vallée-de-l''Or', '890', 'MRC La Vallée-de-l''Or', 3356),
    ('52095', 'Mandeville', 'Municipalité', 'J0K 1L0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 2400),
    ('83065', 'Maniwaki', 'Ville', 'J9E 1Z9', 'J9E', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 3854),
    ('38028', 'Manseau', 'Municipalité', 'G0X 1V0', 'G0X', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 836),
    ('84065', 'Mansfield-et-Pontefract', 'Municipalité', 'J0X 1R0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 2358),
    ('06005', 'Maria', 'Municipalité', 'G0C 1Y0', 'G0C', '11', '06', 'Avignon', '060', 'MRC Avignon', 2673),
    ('42065', 'Maricourt', 'Municipalité', NULL, 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 432),
    ('55048', 'Marieville', 'Ville', 'J3M 1P9', 'J3M', '16', '55', 'Rouville', '550', 'MRC Rouville', 11620),
    ('04025', 'Marsoui', 'Village', 'G0E 1S0', 'G0E', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 266),
    ('30035', 'Marston', 'Canton', 'G0Y 1G0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 776),
    ('44060', 'Martinville', 'Municipalité', 'J0B 2A0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 460),
    ('64015', 'Mascouche', 'Ville', 'J7K 1P1', 'J7K', '14', '64', 'Les Moulins', '640', 'MRC Les Moulins', 53009),
    ('51008', 'Maskinongé', 'Municipalité', 'J0K 1N0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 2411),
    ('53010', 'Massueville', 'Village', 'J0G 1K0', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 550),
    ('99015', 'Matagami', 'Ville', 'J0Y 2A0', 'J0Y', '10', '99', 'Nord-du-Québec', NULL, NULL, 1305),
    ('08053', 'Matane', 'Ville', 'G4W 3A2', 'G4W', '01', '08', 'Matane', '080', 'MRC La Matanie', 14000),
    ('06045', 'Matapédia', 'Municipalité', 'G0J 1V0', 'G0J', '11', '06', 'Avignon', '060', 'MRC Avignon', 618),
    ('80065', 'Mayo', 'Municipalité', 'J8L 4J7', 'J8L', '07', '80', 'Papineau', '800', 'MRC Papineau', 627),
    ('57025', 'McMasterville', 'Ville', 'J3G 6N9', 'J3G', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 5894),
    ('42075', 'Melbourne', 'Canton', 'J0B 2B0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 1140),
    ('67045', 'Mercier', 'Ville', 'J6R 2L3', 'J6R', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 15239),
    ('83060', 'Messines', 'Municipalité', 'J0X 2J0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 1711),
    ('93012', 'Métabetchouan-Lac-à-la-Croix', 'Ville', 'G8G 1A1', 'G8G', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 3955),
    ('09048', 'Métis-sur-Mer', 'Ville', 'G0J 1S0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 574),
    ('30040', 'Milan', 'Municipalité', 'G0Y 1E0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 326),
    ('76030', 'Mille-Isles', 'Municipalité', 'J0R 1A0', 'J0R', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 1787),
    ('74005', 'Mirabel', 'Ville', 'J7J 1Y3', 'J7J', '15', '74', 'Mirabel', NULL, NULL, 64032),
    ('99030', 'Mistissini', 'Village cri (Terre 1-B)', 'G0W 1C0', 'G0W', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('85075', 'Moffet', 'Municipalité', 'J0Z 2W0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 204),
    ('78047', 'Mont-Blanc', 'Municipalité', NULL, 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 3900),
    ('78055', 'Montcalm', 'Municipalité', 'J0T 2V0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 642),
    ('14005', 'Mont-Carmel', 'Municipalité', 'G0L 1W0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 1146),
    ('83088', 'Montcerf-Lytton', 'Municipalité', 'J0W 1N0', 'J0W', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 673),
    ('80010', 'Montebello', 'Municipalité', 'J0V 1L0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 1031),
    ('09077', 'Mont-Joli', 'Ville', 'G5H 1W8', 'G5H', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 6357),
    ('79088', 'Mont-Laurier', 'Ville', 'J9L 1J9', 'J9L', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 14562),
    ('18050', 'Montmagny', 'Ville', 'G5V 1K4', 'G5V', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 11063),
    ('80090', 'Montpellier', 'Municipalité', 'J0V 1M0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 1098),
    ('66023', 'Montréal', 'Ville', 'H2Y 1B5', 'H2Y', '06', '66', 'Montréal', NULL, NULL, 1800055),
    ('66007', 'Montréal-Est', 'Ville', 'H1B 2W6', 'H1B', '06', '66', 'Montréal', NULL, NULL, 4456),
    ('66047', 'Montréal-Ouest', 'Ville', 'H4X 1Y7', 'H4X', '06', '66', 'Montréal', NULL, NULL, 5389),
    ('66072', 'Mont-Royal', 'Ville', 'H3R 1Z5', 'H3R', '06', '66', 'Montréal', NULL, NULL, 21439),
    ('56097', 'Mont-Saint-Grégoire', 'Municipalité', 'J0J 1K0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 3296),
    ('57035', 'Mont-Saint-Hilaire', 'Ville', 'J3H 3M8', 'J3H', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 19415),
    ('79110', 'Mont-Saint-Michel', 'Municipalité', 'J0W 1P0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 615),
    ('04015', 'Mont-Saint-Pierre', 'Village', 'G0E 1V0', 'G0E', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 170),
    ('78102', 'Mont-Tremblant', 'Ville', 'J8E 1V1', 'J8E', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 11121),
    ('77050', 'Morin-Heights', 'Municipalité', 'J0R 1H0', 'J0R', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 4906),
    ('80085', 'Mulgrave-et-Derry', 'Municipalité', 'J8L 2H1', 'J8L', '07', '80', 'Papineau', '800', 'MRC Papineau', 387),
    ('03025', 'Murdochville', 'Ville', 'G0E 1W0', 'G0E', '11', '03', 'La Côte-de-Gaspé', '030', 'MRC La Côte-de-Gaspé', 608),
    ('80110', 'Namur', 'Municipalité', 'J0V 1N0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 618),
    ('30045', 'Nantes', 'Municipalité', 'G0Y 1G0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 1470),
    ('68030', 'Napierville', 'Municipalité', 'J0J 1L0', 'J0J', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 4193),
    ('98025', 'Natashquan', 'Municipalité', 'G0G 2E0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 275),
    ('19010', 'Notre-Dame-Auxiliatrice-de-Buckland', 'Paroisse', 'G0R 1G0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 757),
    ('80015', 'Notre-Dame-de-Bonsecours', 'Municipalité', 'J0V 1L0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 317),
    ('33085', 'Notre-Dame-du-Sacré-Coeur-d''Issoudun', 'Paroisse', 'G0S 1L0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 911),
    ('85100', 'Nédélec', 'Canton', 'J0Z 2Z0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 364),
    ('99040', 'Nemaska', 'Village cri (Terre 1-B)', 'J0Y 3B0', 'J0Y', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('34007', 'Neuville', 'Ville', 'G0A 2R0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 4669),
    ('05040', 'New Carlisle', 'Municipalité', NULL, 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 1436),
    ('05070', 'New Richmond', 'Ville', 'G0C 2B0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 3873),
    ('41037', 'Newport', 'Municipalité', 'J0B 1M0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 750),
    ('50072', 'Nicolet', 'Ville', 'J3T 1S6', 'J3T', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 8510),
    ('79030', 'Nominingue', 'Municipalité', 'J0W 1R0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 2185),
    ('92040', 'Normandin', 'Ville', 'G8M 4R9', 'G8M', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 3050),
    ('87115', 'Normétal', 'Municipalité', 'J0Z 3A0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 754),
    ('45050', 'North Hatley', 'Village', 'J0B 2C0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 690),
    ('39015', 'Notre-Dame-de-Ham', 'Municipalité', 'G0P 1C0', 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 420),
    ('62055', 'Notre-Dame-de-la-Merci', 'Municipalité', 'J0T 2A0', 'J0T', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 1057),
    ('80020', 'Notre-Dame-de-la-Paix', 'Municipalité', NULL, 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 695),
    ('80087', 'Notre-Dame-de-la-Salette', 'Municipalité', NULL, 'J0X', '07', '82', 'Les Collines-de-l''Outaouais', '800', 'MRC Papineau', 869),
    ('71065', 'Notre-Dame-de-l''Île-Perrot', 'Ville', 'J7V 8P4', 'J7V', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 11693),
    ('92060', 'Notre-Dame-de-Lorette', 'Municipalité', 'G0W 1B0', 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 189),
    ('61045', 'Notre-Dame-de-Lourdes', 'Municipalité', 'J0K 1K0', 'J0K', '14', '61', 'Joliette', '610', 'MRC Joliette', 3080),
    ('32080', 'Notre-Dame-de-Lourdes', 'Paroisse', 'G0S 1T0', 'G0S', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 824),
    ('35005', 'Notre-Dame-de-Montauban', 'Municipalité', 'G0X 1W0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 764),
    ('79010', 'Notre-Dame-de-Pontmain', 'Municipalité', 'J0W 1S0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 799),
    ('23015', 'Notre-Dame-des-Anges', 'Paroisse', 'G1K 5N1', 'G1K', '03', '23', 'Québec', NULL, NULL, 321),
    ('30010', 'Notre-Dame-des-Bois', 'Municipalité', 'J0B 2E0', 'J0B', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 1069),
    ('15025', 'Notre-Dame-des-Monts', 'Municipalité', 'G0T 1L0', 'G0T', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 800),
    ('11045', 'Notre-Dame-des-Neiges', 'Municipalité', NULL, 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 1082),
    ('29120', 'Notre-Dame-des-Pins', 'Paroisse', 'G0M 1K0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 1777),
    ('61030', 'Notre-Dame-des-Prairies', 'Ville', 'J6E 1E5', 'J6E', '14', '61', 'Joliette', '610', 'MRC Joliette', 9632),
    ('12045', 'Notre-Dame-des-Sept-Douleurs', 'Paroisse', 'G0L 1K0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 41),
    ('46100', 'Notre-Dame-de-Stanbridge', 'Municipalité', NULL, 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 665),
    ('49075', 'Notre-Dame-du-Bon-Conseil', 'Village', 'J0C 1A0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1681),
    ('49080', 'Notre-Dame-du-Bon-Conseil', 'Paroisse', 'J0C 1A0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1036),
    ('79005', 'Notre-Dame-du-Laus', 'Municipalité', 'J0X 2M0', 'J0X', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 1745),
    ('37235', 'Notre-Dame-du-Mont-Carmel', 'Paroisse', 'G0X 3J0', 'G0X', '04', '36', 'Shawinigan', '372', 'MRC Des Chenaux', 6413),
    ('85090', 'Notre-Dame-du-Nord', 'Municipalité', 'J0Z 3B0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 1034),
    ('12080', 'Notre-Dame-du-Portage', 'Municipalité', 'G0L 1Y0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1183),
    ('18040', 'Notre-Dame-du-Rosaire', 'Municipalité', 'G0R 2H0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 411),
    ('06020', 'Nouvelle', 'Municipalité', 'G0C 2E0', 'G0C', '11', '06', 'Avignon', '060', 'MRC Avignon', 1723),
    ('56015', 'Noyan', 'Municipalité', 'J0J 1B0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 1589),
    ('45020', 'Ogden', 'Municipalité', 'J0B 3E3', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 793),
    ('72032', 'Oka', 'Municipalité', 'J0N 1E0', 'J0N', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 6123),
    ('45115', 'Orford', 'Canton', 'J1X 8R8', 'J1X', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 5189),
    ('69037', 'Ormstown', 'Municipalité', 'J0S 1K0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 3999),
    ('84055', 'Otter Lake', 'Municipalité', 'J0X 2P0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 968),
    ('57030', 'Otterburn Park', 'Ville', 'J3H 2M6', 'J3H', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 8624),
    ('13015', 'Packington', 'Paroisse', 'G0L 1Z0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 600),
    ('09040', 'Padoue', 'Municipalité', 'G0J 1X0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 249),
    ('87025', 'Palmarolle', 'Municipalité', 'J0Z 3C0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 1407),
    ('80037', 'Papineauville', 'Municipalité', 'J0V 1R0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 2359),
    ('38055', 'Parisville', 'Paroisse', NULL, 'G0S', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 520),
    ('05032', 'Paspébiac', 'Ville', 'G0C 2K0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 3198),
    ('02005', 'Percé', 'Ville', 'G0C 2L0', 'G0C', '11', '02', 'Le Rocher-Percé', '020', 'MRC Le Rocher-Percé', 3103),
    ('92010', 'Péribonka', 'Municipalité', NULL, 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 543),
    ('16005', 'Petite-Rivière-Saint-François', 'Municipalité', 'G0A 2L0', 'G0A', '03', '16', 'Charlevoix', '160', 'MRC Charlevoix', 960),
    ('03015', 'Petite-Vallée', 'Municipalité', 'G0E 1Y0', 'G0E', '11', '03', 'La Côte-de-Gaspé', '030', 'MRC La Côte-de-Gaspé', 161),
    ('94205', 'Petit-Saguenay', 'Municipalité', 'G0V 1N0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 665),
    ('77030', 'Piedmont', 'Municipalité', 'J0R 1K0', 'J0R', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 3475),
    ('50113', 'Pierreville', 'Municipalité', 'J0G 1J0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 2210),
    ('46025', 'Pike River', 'Municipalité', NULL, 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 541),
    ('71070', 'Pincourt', 'Ville', 'J7W 4G8', 'J7W', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 15338),
    ('30020', 'Piopolis', 'Municipalité', NULL, 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 365),
    ('80045', 'Plaisance', 'Municipalité', 'J0V 1S0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 1221),
    ('32045', 'Plessisville', 'Paroisse', 'G6L 2Y7', 'G6L', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 2707),
    ('32040', 'Plessisville', 'Ville', 'G6L 1R3', 'G6L', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 6742),
    ('13095', 'Pohénégamook', 'Ville', 'G0L 1J0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 2513),
    ('06030', 'Pointe-à-la-Croix', 'Municipalité', 'G0C 1L0', 'G0C', '11', '06', 'Avignon', '060', 'MRC Avignon', 1342),
    ('96030', 'Pointe-aux-Outardes', 'Village', 'G0H 1M0', 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 1285),
    ('72020', 'Pointe-Calumet', 'Municipalité', 'J0N 1G0', 'J0N', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 6377),
    ('66097', 'Pointe-Claire', 'Ville', 'H9R 3J3', 'H9R', '06', '66', 'Montréal', NULL, NULL, 34548),
    ('71055', 'Pointe-des-Cascades', 'Village', 'J0P 1M0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 1813),
    ('71140', 'Pointe-Fortune', 'Village', 'J0P 1N0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 616),
    ('96025', 'Pointe-Lebel', 'Village', 'G0H 1N0', 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 1869),
    ('82030', 'Pontiac', 'Municipalité', 'J0X 2G0', 'J0X', '07', '82', 'Les Collines-de-l''Outaouais', '820', 'MRC Les Collines-de-l''Outaouais', 6208),
    ('34017', 'Pont-Rouge', 'Ville', 'G3H 1N4', 'G3H', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 10869),
    ('84020', 'Portage-du-Fort', 'Village', NULL, 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 208),
    ('97022', 'Port-Cartier', 'Ville', 'G5B 2G5', 'G5B', '09', '97', 'Sept-Rivières - Caniapiscau', '971', 'MRC Sept-Rivières', 6498),
    ('02047', 'Port-Daniel-Gascons', 'Municipalité', 'G0C 2N0', 'G0C', '11', '02', 'Le Rocher-Percé', '020', 'MRC Le Rocher-Percé', 2281),
    ('34048', 'Portneuf', 'Ville', 'G0Y 2Y0', 'G0Y', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 3376),
    ('95040', 'Portneuf-sur-Mer', 'Municipalité', 'G0T 1P0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 568),
    ('45030', 'Potton', 'Canton', NULL, 'J0E', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 1961),
    ('87035', 'Poularies', 'Municipalité', 'J0Z 3E0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 683),
    ('88090', 'Preissac', 'Municipalité', 'J0Y 2E0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 972),
    ('75040', 'Prévost', 'Ville', 'J0R 1T0', 'J0R', '15', '75', 'La Rivière-du-Nord', '750', 'MRC La Rivière-du-Nord', 14060),
    ('09065', 'Price', 'Village', 'G0J 1Z0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 1733),
    ('32033', 'Princeville', 'Ville', 'G6L 4Y5', 'G6L', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 6537),
    ('99120', 'Puvirnituq', 'Village nordique', 'J0M 1P0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 1965),
    ('99115', 'Quaqtaq', 'Village nordique', 'J0M 1J0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 468),
    ('23027', 'Québec', 'Ville', 'G1R 4S9', 'G1R', '03', '23', 'Québec', NULL, NULL, 556066),
    ('42032', 'Racine', 'Municipalité', 'J0E 1Y0', 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 1426),
    ('96040', 'Ragueneau', 'Paroisse', 'G0H 1S0', 'G0H', '09', '96', 'Manicouagan', '960', 'MRC Manicouagan', 1335),
    ('87010', 'Rapide-Danseur', 'Municipalité', 'J0Z 3G0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 366),
    ('84100', 'Rapides-des-Joachims', 'Municipalité', 'J0X 3M0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 164),
    ('62037', 'Rawdon', 'Municipalité', 'J0K 1S0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 12393),
    ('85105', 'Rémigny', 'Municipalité', 'J0Z 3H0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 294),
    ('60013', 'Repentigny', 'Ville', 'J6A 2B6', 'J6A', '14', '60', 'L''Assomption', '600', 'MRC L''Assomption', 88088),
    ('55057', 'Richelieu', 'Ville', 'J3L 3R4', 'J3L', '16', '55', 'Rouville', '550', 'MRC Rouville', 5619),
    ('42098', 'Richmond', 'Ville', 'J0B 2H0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 3357),
    ('71133', 'Rigaud', 'Ville', 'J0P 1P0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 8284),
    ('10043', 'Rimouski', 'Ville', 'G5L 7C7', 'G5L', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 50036),
    ('80078', 'Ripon', 'Municipalité', 'J0V 1V0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 1759),
    ('06035', 'Ristigouche-Partie-Sud-Est', 'Canton', 'G0J 1V0', 'G0J', '11', '06', 'Avignon', '060', 'MRC Avignon', 163),
    ('04020', 'Rivière-à-Claude', 'Municipalité', 'G0E 1Z0', 'G0E', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 143),
    ('34135', 'Rivière-à-Pierre', 'Municipalité', 'G0A 3A0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 557),
    ('98055', 'Rivière-au-Tonnerre', 'Municipalité', 'G0G 2L0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 270),
    ('71005', 'Rivière-Beaudette', 'Municipalité', 'J0P 1R0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 2580),
    ('13025', 'Rivière-Bleue', 'Municipalité', 'G0L 2B0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 1246),
    ('12072', 'Rivière-du-Loup', 'Ville', 'G5R 3Y7', 'G5R', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 20176),
    ('94215', 'Rivière-Éternité', 'Municipalité', 'G0V 1P0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 413),
    ('89010', 'Rivière-Héva', 'Municipalité', 'J0Y 2H0', 'J0Y', '08', '89', 'La Vallée-de-l''Or', '890', 'MRC La Vallée-de-l''Or', 1519),
    ('14065', 'Rivière-Ouelle', 'Municipalité', 'G0L 2C0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 995),
    ('79037', 'Rivière-Rouge', 'Ville', 'J0T 1T0', 'J0T', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 4665),
    ('98050', 'Rivière-Saint-Jean', 'Municipalité', 'G0G 2N0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '981', 'MRC Minganie', 211),
    ('91025', 'Roberval', 'Ville', 'G8H 2L6', 'G8H', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 9888),
    ('87015', 'Roquemaure', 'Municipalité', NULL, 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 409),
    ('73020', 'Rosemère', 'Ville', 'J7A 3W1', 'J7A', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 14535),
    ('55037', 'Rougemont', 'Municipalité', 'J0L 1M0', 'J0L', '16', '55', 'Rouville', '550', 'MRC Rouville', 2805),
    ('86042', 'Rouyn-Noranda', 'Ville', 'J9X 5C3', 'J9X', '08', '86', 'Rouyn-Noranda', NULL, NULL, 43097),
    ('48015', 'Roxton', 'Canton', NULL, 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 1160),
    ('48010', 'Roxton Falls', 'Village', 'J0H 1E0', 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 1394),
    ('47047', 'Roxton Pond', 'Municipalité', 'J0E 1Z0', 'J0E', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 4580),
    ('95010', 'Sacré-Coeur', 'Municipalité', 'G0T 1Y0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 1770),
    ('31130', 'Sacré-Coeur-de-Jésus', 'Paroisse', 'G0N 1G0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 549),
    ('94068', 'Saguenay', 'Ville', 'G7H 5B8', 'G7H', '02', '94', 'Le Saguenay-et-son-Fjord', NULL, NULL, 147952),
    ('17015', 'Saint-Adalbert', 'Municipalité', 'G0R 2M0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 495),
    ('08030', 'Saint-Adelme', 'Paroisse', 'G0J 2B0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 514),
    ('35015', 'Saint-Adelphe', 'Paroisse', 'G0X 2G0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 990),
    ('77065', 'Saint-Adolphe-d''Howard', 'Municipalité', 'J0T 2B0', 'J0T', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 3880),
    ('40010', 'Saint-Adrien', 'Municipalité', 'J0A 1C0', 'J0A', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 566),
    ('31095', 'Saint-Adrien-d''Irlande', 'Municipalité', 'G0N 1M0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 403),
    ('33045', 'Saint-Agapit', 'Municipalité', 'G0S 1Z0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 4605),
    ('53015', 'Saint-Aimé', 'Municipalité', 'J0G 1K0', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 480),
    ('15030', 'Saint-Aimé-des-Lacs', 'Municipalité', 'G0T 1S0', 'G0T', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 1113),
    ('79022', 'Saint-Aimé-du-Lac-des-Îles', 'Municipalité', 'J0W 1J0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 835),
    ('34097', 'Saint-Alban', 'Municipalité', 'G0A 3B0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 1224),
    ('39085', 'Saint-Albert', 'Municipalité', 'J0A 1E0', 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1777),
    ('56055', 'Saint-Alexandre', 'Municipalité', 'J0J 1S0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 2673),
    ('14035', 'Saint-Alexandre-de-Kamouraska', 'Municipalité', 'G0L 2G0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 2339),
    ('07065', 'Saint-Alexandre-des-Lacs', 'Paroisse', 'G0J 2C0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 281),
    ('63023', 'Saint-Alexis', 'Municipalité', 'J0K 1T0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 1453),
    ('06050', 'Saint-Alexis-de-Matapédia', 'Municipalité', 'G0J 2E0', 'G0J', '11', '06', 'Avignon', '060', 'MRC Avignon', 493),
    ('51065', 'Saint-Alexis-des-Monts', 'Paroisse', 'J0K 1V0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 3063),
    ('27015', 'Saint-Alfred', 'Municipalité', 'G0M 1L0', 'G0M', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 545),
    ('05065', 'Saint-Alphonse', 'Municipalité', 'G0C 2V0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 730),
    ('47010', 'Saint-Alphonse-de-Granby', 'Municipalité', 'J0E 2A0', 'J0E', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 3423),
    ('62025', 'Saint-Alphonse-Rodriguez', 'Municipalité', 'J0K 1W0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 3451),
    ('59015', 'Saint-Amable', 'Ville', 'J0L 1N0', 'J0L', '16', '59', 'Lajemmerais', '590', 'MRC Marguerite-D''Youville', 13587),
    ('94255', 'Saint-Ambroise', 'Municipalité', 'G7P 2P9', 'G7P', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 4108),
    ('61040', 'Saint-Ambroise-de-Kildare', 'Municipalité', 'J0K 1C0', 'J0K', '14', '61', 'Joliette', '610', 'MRC Joliette', 4329),
    ('10030', 'Saint-Anaclet-de-Lessard', 'Paroisse', 'G0K 1H0', 'G0K', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 3010),
    ('80027', 'Saint-André-Avellin', 'Municipalité', 'J0V 1W0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 4029),
    ('76008', 'Saint-André-d''Argenteuil', 'Municipalité', 'J0V 1X0', 'J0V', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 3029),
    ('14040', 'Saint-André-de-Kamouraska', 'Municipalité', 'G0L 2H0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 668),
    ('06040', 'Saint-André-de-Restigouche', 'Municipalité', 'G0J 2G0', 'G0J', '11', '06', 'Avignon', '060', 'MRC Avignon', 151),
    ('91010', 'Saint-André-du-Lac-Saint-Jean', 'Village', 'G0W 2K0', 'G0W', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 499),
    ('69070', 'Saint-Anicet', 'Municipalité', 'J0S 1M0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 2817),
    ('19062', 'Saint-Anselme', 'Municipalité', 'G0R 2N0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 4308),
    ('33095', 'Saint-Antoine-de-Tilly', 'Municipalité', NULL, 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1729),
    ('18070', 'Saint-Antoine-de-l''Isle-aux-Grues', 'Paroisse', 'G0R 1P0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 130),
    ('57075', 'Saint-Antoine-sur-Richelieu', 'Municipalité', 'J0L 1R0', 'J0L', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 1844),
    ('12015', 'Saint-Antonin', 'Ville', 'G0L 2J0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 4339),
    ('33090', 'Saint-Apollinaire', 'Municipalité', 'G0S 2E0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 8116),
    ('46017', 'Saint-Armand', 'Municipalité', 'J0J 1T0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 1261),
    ('12065', 'Saint-Arsène', 'Paroisse', 'G0L 2K0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1250),
    ('13100', 'Saint-Athanase', 'Municipalité', 'G0L 2L0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 318),
    ('17055', 'Saint-Aubert', 'Municipalité', NULL, 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 1456),
    ('92005', 'Saint-Augustin', 'Paroisse', NULL, 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 358),
    ('98012', 'Saint-Augustin', 'Municipalité', 'G0G 2R0', 'G0G', '09', '98', 'Minganie-Basse-Côte-Nord', '982', 'MRC Le Golfe-du-Saint-Laurent', 668),
    ('23072', 'Saint-Augustin-de-Desmaures', 'Ville', 'G3A 2E3', 'G3A', '03', '23', 'Québec', NULL, NULL, 20213),
    ('30005', 'Saint-Augustin-de-Woburn', 'Paroisse', NULL, 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 683),
    ('51025', 'Saint-Barnabé', 'Paroisse', 'G0X 2K0', 'G0X', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 1191),
    ('54105', 'Saint-Barnabé-Sud', 'Municipalité', 'J0H 1G0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 906),
    ('52055', 'Saint-Barthélemy', 'Paroisse', 'J0K 1X0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 2146),
    ('34038', 'Saint-Basile', 'Ville', 'G0A 3G0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 2730),
    ('57020', 'Saint-Basile-le-Grand', 'Ville', 'J3N 1M1', 'J3N', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 17500),
    ('28025', 'Saint-Benjamin', 'Municipalité', 'G0M 1N0', 'G0M', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 1096),
    ('45080', 'Saint-Benoît-du-Lac', 'Municipalité', 'J0B 2M0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 27),
    ('29100', 'Saint-Benoît-Labre', 'Municipalité', 'G0M 1P0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 1680),
    ('26055', 'Saint-Bernard', 'Municipalité', 'G0S 2G0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 2700),
    ('68005', 'Saint-Bernard-de-Lacolle', 'Municipalité', 'J0J 1V0', 'J0J', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 1690),
    ('54115', 'Saint-Bernard-de-Michaudville', 'Municipalité', 'J0H 1C0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 612),
    ('56065', 'Saint-Blaise-sur-Richelieu', 'Municipalité', 'J0J 1W0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 2154),
    ('49125', 'Saint-Bonaventure', 'Municipalité', 'J0C 1C0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1047),
    ('51085', 'Saint-Boniface', 'Municipalité', 'G0X 2L0', 'G0X', '04', '36', 'Shawinigan', '510', 'MRC Maskinongé', 5278),
    ('93030', 'Saint-Bruno', 'Municipalité', 'G0W 2L0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 2974),
    ('85045', 'Saint-Bruno-de-Guigues', 'Municipalité', 'J0Z 2G0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 1173),
    ('14010', 'Saint-Bruno-de-Kamouraska', 'Municipalité', NULL, 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 546),
    ('58037', 'Saint-Bruno-de-Montarville', 'Ville', 'J3V 3T8', 'J3V', '16', '58', 'Longueuil', NULL, NULL, 27147),
    ('63055', 'Saint-Calixte', 'Municipalité', 'J0K 1Z0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 7162),
    ('40025', 'Saint-Camille', 'Canton', 'J0A 1G0', 'J0A', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 572),
    ('28070', 'Saint-Camille-de-Lellis', 'Paroisse', 'G0R 2S0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 751),
    ('34078', 'Saint-Casimir', 'Municipalité', 'G0A 3L0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 1408),
    ('50035', 'Saint-Célestin', 'Municipalité', 'J0C 1G0', 'J0C', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 642),
    ('50030', 'Saint-Célestin', 'Village', 'J0C 1G0', 'J0C', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 916),
    ('55023', 'Saint-Césaire', 'Ville', 'J0L 1T0', 'J0L', '16', '55', 'Rouville', '550', 'MRC Rouville', 6051),
    ('61035', 'Saint-Charles-Borromée', 'Ville', 'J6E 4P3', 'J6E', '14', '61', 'Joliette', '610', 'MRC Joliette', 15437),
    ('19097', 'Saint-Charles-de-Bellechasse', 'Municipalité', 'G0R 2T0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 2642),
    ('94260', 'Saint-Charles-de-Bourget', 'Municipalité', 'G0V 1G0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 835),
    ('09010', 'Saint-Charles-Garnier', 'Paroisse', 'G0K 1K0', 'G0K', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 249),
    ('57057', 'Saint-Charles-sur-Richelieu', 'Municipalité', 'J0H 2G0', 'J0H', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 1821),
    ('39060', 'Saint-Christophe-d''Arthabaska', 'Paroisse', 'G6R 0M9', 'G6R', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 3131),
    ('69017', 'Saint-Chrysostome', 'Municipalité', 'J0S 1R0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 2841),
    ('42100', 'Saint-Claude', 'Municipalité', 'J0B 2N0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 1203),
    ('11005', 'Saint-Clément', 'Municipalité', 'G0L 2N0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 471),
    ('07090', 'Saint-Cléophas', 'Paroisse', 'G0J 3N0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 333),
    ('52075', 'Saint-Cléophas-de-Brandon', 'Municipalité', 'J0K 2A0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 249),
    ('71045', 'Saint-Clet', 'Municipalité', 'J0P 1S0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 1898),
    ('75005', 'Saint-Colomban', 'Ville', 'J5K 1A1', 'J5K', '15', '75', 'La Rivière-du-Nord', '750', 'MRC La Rivière-du-Nord', 18443),
    ('62065', 'Saint-Côme', 'Municipalité', 'J0K 2B0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 2600),
    ('29057', 'Saint-Côme-Linière', 'Municipalité', 'G0M 1J0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 3343),
    ('67035', 'Saint-Constant', 'Ville', 'J5A 0W6', 'J5A', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 31000),
    ('52062', 'Saint-Cuthbert', 'Municipalité', 'J0K 2C0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 1929),
    ('12005', 'Saint-Cyprien', 'Municipalité', 'G0L 2P0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1101),
    ('28040', 'Saint-Cyprien', 'Paroisse', 'G0R 1B0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 505),
    ('68035', 'Saint-Cyprien-de-Napierville', 'Municipalité', 'J0J 1L0', 'J0J', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 2101),
    ('17045', 'Saint-Cyrille-de-Lessard', 'Paroisse', 'G0R 2W0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 761),
    ('49070', 'Saint-Cyrille-de-Wendover', 'Municipalité', 'J1Z 1C8', 'J1Z', '17', '49', 'Drummond', '490', 'MRC Drummond', 5073),
    ('54017', 'Saint-Damase', 'Municipalité', 'J0H 1J0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 2574),
    ('07105', 'Saint-Damase', 'Paroisse', NULL, 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 358),
    ('17040', 'Saint-Damase-de-L''Islet', 'Municipalité', 'G0R 2X0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 548),
    ('62075', 'Saint-Damien', 'Paroisse', 'J0K 2E0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 2238),
    ('19030', 'Saint-Damien-de-Buckland', 'Paroisse', 'G0R 2Y0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1805),
    ('53005', 'Saint-David', 'Municipalité', 'J0G 1L0', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 914),
    ('94245', 'Saint-David-de-Falardeau', 'Municipalité', 'G0V 1C0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 2957),
    ('14055', 'Saint-Denis-De La Bouteillerie', 'Municipalité', 'G0L 2R0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 516),
    ('42025', 'Saint-Denis-de-Brompton', 'Municipalité', NULL, 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 4852),
    ('57068', 'Saint-Denis-sur-Richelieu', 'Municipalité', 'J0H 1K0', 'J0H', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 2422),
    ('52090', 'Saint-Didace', 'Paroisse', 'J0K 2G0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 725),
    ('54060', 'Saint-Dominique', 'Municipalité', NULL, 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 2783),
    ('88065', 'Saint-Dominique-du-Rosaire', 'Municipalité', 'J0Y 2K0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 440),
    ('09030', 'Saint-Donat', 'Paroisse', 'G0K 1L0', 'G0K', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 886),
    ('62060', 'Saint-Donat', 'Municipalité', 'J0T 2C0', 'J0T', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 4469),
    ('77022', 'Sainte-Adèle', 'Ville', NULL, 'J8B', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 14856),
    ('33017', 'Sainte-Agathe-de-Lotbinière', 'Municipalité', 'G0S 2A0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1148),
    ('78032', 'Sainte-Agathe-des-Monts', 'Ville', 'J8C 1M9', 'J8C', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 11537),
    ('09035', 'Sainte-Angèle-de-Mérici', 'Municipalité', 'G0J 2H0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 1002),
    ('55030', 'Sainte-Angèle-de-Monnoir', 'Municipalité', NULL, 'J0L', '16', '55', 'Rouville', '550', 'MRC Rouville', 1785),
    ('51055', 'Sainte-Angèle-de-Prémont', 'Municipalité', 'J0K 1R0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 617),
    ('21030', 'Sainte-Anne-de-Beaupré', 'Ville', 'G0A 3C0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 2989),
    ('66117', 'Sainte-Anne-de-Bellevue', 'Ville', 'H9X 1M2', 'H9X', '06', '66', 'Montréal', NULL, NULL, 5026),
    ('37205', 'Sainte-Anne-de-la-Pérade', 'Municipalité', 'G0X 2J0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 2081),
    ('14090', 'Sainte-Anne-de-la-Pocatière', 'Paroisse', 'G0R 1Z0', 'G0R', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 1571),
    ('42050', 'Sainte-Anne-de-la-Rochelle', 'Municipalité', NULL, 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 611),
    ('56060', 'Sainte-Anne-de-Sabrevois', 'Paroisse', 'J0J 2G0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 2212),
    ('77035', 'Sainte-Anne-des-Lacs', 'Paroisse', 'J0R 1B0', 'J0R', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 3974),
    ('04037', 'Sainte-Anne-des-Monts', 'Ville', 'G4V 1A1', 'G4V', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 6359),
    ('53065', 'Sainte-Anne-de-Sorel', 'Municipalité', 'J3P 5N3', 'J3P', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 2795),
    ('73035', 'Sainte-Anne-des-Plaines', 'Ville', NULL, 'J5N', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 15905),
    ('79115', 'Sainte-Anne-du-Lac', 'Municipalité', 'J0W 1V0', 'J0W', '15', '79', 'Antoine-Labelle', '790', 'MRC Antoine-Labelle', 572),
    ('18025', 'Sainte-Apolline-de-Patton', 'Paroisse', 'G0R 2P0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 535),
    ('28015', 'Sainte-Aurélie', 'Municipalité', 'G0M 1M0', 'G0M', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 852),
    ('69065', 'Sainte-Barbe', 'Municipalité', 'J0S 1P0', 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 1724),
    ('62020', 'Sainte-Béatrix', 'Municipalité', 'J0K 1Y0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 2363),
    ('56105', 'Sainte-Brigide-d''Iberville', 'Municipalité', 'J0J 1X0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 1492),
    ('22045', 'Sainte-Brigitte-de-Laval', 'Ville', 'G0A 3K0', 'G0A', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 8595),
    ('49085', 'Sainte-Brigitte-des-Saults', 'Paroisse', 'J0C 1E0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 784),
    ('67030', 'Sainte-Catherine', 'Ville', 'J5C 1M1', 'J5C', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 17374),
    ('45060', 'Sainte-Catherine-de-Hatley', 'Municipalité', 'J0B 1W0', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 2773),
    ('38060', 'Sainte-Cécile-de-Lévrard', 'Paroisse', 'G0X 2M0', 'G0X', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 385),
    ('47055', 'Sainte-Cécile-de-Milton', 'Municipalité', 'J0E 2C0', 'J0E', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 2298),
    ('30050', 'Sainte-Cécile-de-Whitton', 'Municipalité', 'G0Y 1J0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 905),
    ('48020', 'Sainte-Christine', 'Paroisse', 'J0H 1H0', 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 767),
    ('34105', 'Sainte-Christine-d''Auvergne', 'Municipalité', 'G0A 1A0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 670),
    ('19055', 'Sainte-Claire', 'Municipalité', 'G0R 2V0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 3641),
    ('68020', 'Sainte-Clotilde', 'Municipalité', 'J0L 1W0', 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 2809),
    ('31060', 'Sainte-Clotilde-de-Beauce', 'Municipalité', 'G0N 1C0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 597),
    ('39117', 'Sainte-Clotilde-de-Horton', 'Municipalité', 'J0A 1H0', 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1644),
    ('33102', 'Sainte-Croix', 'Municipalité', 'G0S 2H0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 2647),
    ('49100', 'Saint-Edmond-de-Grantham', 'Municipalité', 'J0C 1K0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 781),
    ('92050', 'Saint-Edmond-les-Plaines', 'Municipalité', 'G0W 2M0', 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 373),
    ('68045', 'Saint-Édouard', 'Municipalité', 'J0L 1Y0', 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 1402),
    ('85015', 'Saint-Édouard-de-Fabre', 'Paroisse', 'J0Z 1Z0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 659),
    ('33080', 'Saint-Édouard-de-Lotbinière', 'Paroisse', 'G0S 1Y0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1233),
    ('51050', 'Saint-Édouard-de-Maskinongé', 'Municipalité', 'J0K 2H0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 741),
    ('44055', 'Sainte-Edwidge-de-Clifton', 'Canton', 'J0B 2R0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 544),
    ('52030', 'Sainte-Élisabeth', 'Municipalité', 'J0K 2J0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 1477),
    ('39090', 'Sainte-Élizabeth-de-Warwick', 'Municipalité', 'J0A 1M0', 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 392),
    ('62070', 'Sainte-Émélie-de-l''Énergie', 'Municipalité', 'J0K 2K0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 1771),
    ('50005', 'Sainte-Eulalie', 'Municipalité', 'G0Z 1E0', 'G0Z', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 1007),
    ('18035', 'Sainte-Euphémie-sur-Rivière-du-Sud', 'Municipalité', 'G0R 2Z0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 345),
    ('20010', 'Sainte-Famille-de-l''Île-d''Orléans', 'Municipalité', 'G0A 3P0', 'G0A', '03', '20', 'L''Île-d''Orléans', '200', 'MRC L''Île-d''Orléans', 921),
    ('17025', 'Sainte-Félicité', 'Municipalité', 'G0R 4P0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 368),
    ('08023', 'Sainte-Félicité', 'Municipalité', 'G0J 2K0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 1144),
    ('09085', 'Sainte-Flavie', 'Paroisse', 'G0J 2L0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 839),
    ('07010', 'Sainte-Florence', 'Municipalité', 'G0J 2M0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 361),
    ('11030', 'Sainte-Françoise', 'Paroisse', 'G0L 3B0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 397),
    ('38035', 'Sainte-Françoise', 'Municipalité', NULL, 'G0S', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 457),
    ('37215', 'Sainte-Geneviève-de-Batiscan', 'Paroisse', 'G0X 2R0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 1076),
    ('52040', 'Sainte-Geneviève-de-Berthier', 'Municipalité', 'J0K 1A0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 2369),
    ('87030', 'Sainte-Germaine-Boulé', 'Municipalité', 'J0Z 1M0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 994),
    ('88085', 'Sainte-Gertrude-Manneville', 'Municipalité', 'J0Y 2L0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 776),
    ('91030', 'Sainte-Hedwidge', 'Municipalité', 'G0W 2R0', 'G0W', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 900),
    ('54095', 'Sainte-Hélène-de-Bagot', 'Municipalité', 'J0H 1M0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 1666),
    ('39035', 'Sainte-Hélène-de-Chester', 'Municipalité', 'G0P 1H0', 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 413),
    ('14025', 'Sainte-Hélène-de-Kamouraska', 'Municipalité', 'G0L 3J0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 891),
    ('87070', 'Sainte-Hélène-de-Mancebourg', 'Paroisse', 'J0Z 2T0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 371),
    ('26040', 'Sainte-Hénédine', 'Paroisse', NULL, 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 1452),
    ('07040', 'Sainte-Irène', 'Paroisse', 'G0J 2P0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 341),
    ('09020', 'Sainte-Jeanne-d''Arc', 'Paroisse', 'G0J 2T0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 274),
    ('92015', 'Sainte-Jeanne-d''Arc', 'Village', 'G0W 1E0', 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 1025),
    ('59010', 'Sainte-Julie', 'Ville', 'J3E 2M1', 'J3E', '16', '59', 'Lajemmerais', '590', 'MRC Marguerite-D''Youville', 31030),
    ('63060', 'Sainte-Julienne', 'Municipalité', 'J0K 2T0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 11932),
    ('28045', 'Sainte-Justine', 'Municipalité', 'G0R 1Y0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 1841),
    ('71115', 'Sainte-Justine-de-Newton', 'Municipalité', 'J0P 1T0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 965),
    ('51075', 'Saint-Élie-de-Caxton', 'Municipalité', 'G0X 2N0', 'G0X', '04', '36', 'Shawinigan', '510', 'MRC Maskinongé', 1981),
    ('11035', 'Saint-Éloi', 'Paroisse', 'G0L 2V0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 294),
    ('17060', 'Sainte-Louise', 'Paroisse', 'G0R 3K0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 723),
    ('50095', 'Saint-Elphège', 'Paroisse', 'J0G 1J0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 275),
    ('09092', 'Sainte-Luce', 'Municipalité', 'G0K 1P0', 'G0K', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 2746),
    ('18020', 'Sainte-Lucie-de-Beauregard', 'Municipalité', 'G0R 3L0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 267),
    ('78020', 'Sainte-Lucie-des-Laurentides', 'Municipalité', 'J0T 2J0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 1475),
    ('05050', 'Saint-Elzéar', 'Municipalité', 'G0C 2W0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 465),
    ('26022', 'Saint-Elzéar', 'Municipalité', 'G0S 2J1', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 2699),
    ('13085', 'Saint-Elzéar-de-Témiscouata', 'Municipalité', 'G0L 2W0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 320),
    ('54025', 'Sainte-Madeleine', 'Village', 'J0H 1S0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 2294),
    ('04005', 'Sainte-Madeleine-de-la-Rivière-Madeleine', 'Municipalité', 'G0E 1P0', 'G0E', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 279),
    ('62030', 'Sainte-Marcelline-de-Kildare', 'Municipalité', 'J0K 2Y0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 1805),
    ('26035', 'Sainte-Marguerite', 'Paroisse', 'G0S 2X0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 1262),
    ('77012', 'Sainte-Marguerite-du-Lac-Masson', 'Ville', 'J0T 1L0', 'J0T', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 3545),
    ('07005', 'Sainte-Marguerite-Marie', 'Municipalité', 'G0J 2Y0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 175),
    ('26030', 'Sainte-Marie', 'Ville', 'G6E 3Z3', 'G6E', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 13550),
    ('38015', 'Sainte-Marie-de-Blandford', 'Municipalité', 'G0X 2W0', 'G0X', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 448),
    ('54030', 'Sainte-Marie-Madeleine', 'Paroisse', 'J0H 1S0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 2955),
    ('63005', 'Sainte-Marie-Salomé', 'Municipalité', 'J0K 2Z0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 1242),
    ('71110', 'Sainte-Marthe', 'Municipalité', 'J0P 1W0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 1080),
    ('72015', 'Sainte-Marthe-sur-le-Lac', 'Ville', 'J0N 1P0', 'J0N', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 20922),
    ('70012', 'Sainte-Martine', 'Municipalité', 'J0S 1V0', 'J0S', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 5803),
    ('61050', 'Sainte-Mélanie', 'Municipalité', 'J0K 3A0', 'J0K', '14', '61', 'Joliette', '610', 'MRC Joliette', 3287),
    ('80125', 'Saint-Émile-de-Suffolk', 'Municipalité', 'J0V 1Y0', 'J0V', '07', '80', 'Papineau', '800', 'MRC Papineau', 557),
    ('93075', 'Sainte-Monique', 'Municipalité', 'G0W 2T0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 866),
    ('50057', 'Sainte-Monique', 'Municipalité', 'J0G 1N0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 518),
    ('08040', 'Sainte-Paule', 'Municipalité', 'G0J 3C0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 255),
    ('17030', 'Sainte-Perpétue', 'Municipalité', NULL, 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 1633),
    ('50050', 'Sainte-Perpétue', 'Paroisse', 'J0C 1R0', 'J0C', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 979),
    ('20030', 'Sainte-Pétronille', 'Village', 'G0A 4C0', 'G0A', '03', '20', 'L''Île-d''Orléans', '200', 'MRC L''Île-d''Orléans', 1047),
    ('29112', 'Saint-Éphrem-de-Beauce', 'Municipalité', 'G0M 1R0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 2420),
    ('12030', 'Saint-Épiphane', 'Municipalité', 'G0L 2X0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 872),
    ('31050', 'Sainte-Praxède', 'Paroisse', 'G0N 1E1', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 351),
    ('11015', 'Sainte-Rita', 'Municipalité', 'G0L 4G0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 306),
    ('28030', 'Sainte-Rose-de-Watford', 'Municipalité', 'G0R 4G0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 761),
    ('94230', 'Sainte-Rose-du-Nord', 'Paroisse', 'G0V 1T0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 454),
    ('46105', 'Sainte-Sabine', 'Municipalité', 'J0J 2B0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 1135),
    ('28065', 'Sainte-Sabine', 'Paroisse', 'G0R 4H0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 359),
    ('39105', 'Sainte-Séraphine', 'Paroisse', 'J0A 1E0', 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 398),
    ('75028', 'Sainte-Sophie', 'Municipalité', 'J5J 1A1', 'J5J', '15', '75', 'La Rivière-du-Nord', '750', 'MRC La Rivière-du-Nord', 18912),
    ('38040', 'Sainte-Sophie-de-Lévrard', 'Paroisse', 'G0X 3C0', 'G0X', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 747),
    ('32023', 'Sainte-Sophie-d''Halifax', 'Municipalité', 'G0P 1L0', 'G0P', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 603),
    ('63030', 'Saint-Esprit', 'Municipalité', 'J0K 2L0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 2262),
    ('35050', 'Sainte-Thècle', 'Municipalité', 'G0X 3G0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 2510),
    ('73010', 'Sainte-Thérèse', 'Ville', 'J7E 3L1', 'J7E', '15', '73', 'Thérèse-De Blainville', '730', 'MRC Thérèse-De Blainville', 26702),
    ('02010', 'Sainte-Thérèse-de-Gaspé', 'Municipalité', 'G0C 3B0', 'G0C', '11', '02', 'Le Rocher-Percé', '020', 'MRC Le Rocher-Percé', 1023),
    ('83055', 'Sainte-Thérèse-de-la-Gatineau', 'Municipalité', 'J0X 2X0', 'J0X', '07', '83', 'La Vallée-de-la-Gatineau', '830', 'MRC La Vallée-de-la-Gatineau', 574),
    ('70030', 'Saint-Étienne-de-Beauharnois', 'Municipalité', 'J0S 1S0', 'J0S', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 1056),
    ('45100', 'Saint-Étienne-de-Bolton', 'Municipalité', 'J0E 2E0', 'J0E', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 829),
    ('51090', 'Saint-Étienne-des-Grès', 'Paroisse', 'G0X 2P0', 'G0X', '04', '37', 'Francheville', '510', 'MRC Maskinongé', 4693),
    ('49105', 'Saint-Eugène', 'Municipalité', 'J0C 1J0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1198),
    ('92065', 'Saint-Eugène-d''Argentenay', 'Municipalité', 'G0W 1B0', 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 480),
    ('85085', 'Saint-Eugène-de-Guigues', 'Municipalité', 'J0Z 3L0', 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 470),
    ('10075', 'Saint-Eugène-de-Ladrière', 'Paroisse', 'G0L 1P0', 'G0L', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 400),
    ('51040', 'Sainte-Ursule', 'Municipalité', 'J0K 3M0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 1363),
    ('13030', 'Saint-Eusèbe', 'Paroisse', 'G0L 2Y0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 610),
    ('72005', 'Saint-Eustache', 'Ville', 'J7R 1X9', 'J7R', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 46434),
    ('29025', 'Saint-Évariste-de-Forsyth', 'Municipalité', 'G0M 1S0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 593),
    ('53025', 'Sainte-Victoire-de-Sorel', 'Municipalité', NULL, 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 2542),
    ('10070', 'Saint-Fabien', 'Paroisse', 'G0L 2Z0', 'G0L', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 1796),
    ('18015', 'Saint-Fabien-de-Panet', 'Paroisse', 'G0R 2J0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 961),
    ('91042', 'Saint-Félicien', 'Ville', 'G8K 2R5', 'G8K', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 10226),
    ('88060', 'Saint-Félix-de-Dalquier', 'Municipalité', 'J0Y 1G0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 964),
    ('49005', 'Saint-Félix-de-Kingsey', 'Municipalité', 'J0B 2T0', 'J0B', '17', '49', 'Drummond', '490', 'MRC Drummond', 1499),
    ('62007', 'Saint-Félix-de-Valois', 'Municipalité', 'J0K 2M0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 7034),
    ('94225', 'Saint-Félix-d''Otis', 'Municipalité', 'G0V 1M0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 1101),
    ('32013', 'Saint-Ferdinand', 'Municipalité', 'G0N 1N0', 'G0N', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 2087),
    ('21010', 'Saint-Ferréol-les-Neiges', 'Municipalité', 'G0A 3R0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 3646),
    ('33052', 'Saint-Flavien', 'Municipalité', 'G0S 2M0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1601),
    ('31030', 'Saint-Fortunat', 'Municipalité', 'G0P 1G0', 'G0P', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 284),
    ('06055', 'Saint-François-d''Assise', 'Municipalité', 'G0J 2N0', 'G0J', '11', '06', 'Avignon', '060', 'MRC Avignon', 653),
    ('18060', 'Saint-François-de-la-Rivière-du-Sud', 'Municipalité', 'G0R 3A0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 1645),
    ('20005', 'Saint-François-de-l''Île-d''Orléans', 'Municipalité', 'G0A 3S0', 'G0A', '03', '20', 'L''Île-d''Orléans', '200', 'MRC L''Île-d''Orléans', 573),
    ('91015', 'Saint-François-de-Sales', 'Municipalité', 'G0W 1M0', 'G0W', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 608),
    ('50128', 'Saint-François-du-Lac', 'Municipalité', 'J0G 1M0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 2014),
    ('42020', 'Saint-François-Xavier-de-Brompton', 'Municipalité', 'J0B 2V0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 2497),
    ('12025', 'Saint-François-Xavier-de-Viger', 'Municipalité', 'G0L 3C0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 247),
    ('27065', 'Saint-Frédéric', 'Paroisse', 'G0N 1P0', 'G0N', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 1115),
    ('94235', 'Saint-Fulgence', 'Municipalité', 'G0V 1S0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 2184),
    ('52080', 'Saint-Gabriel', 'Ville', 'J0K 2N0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 2767),
    ('52085', 'Saint-Gabriel-de-Brandon', 'Municipalité', 'J0K 2N0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 2766),
    ('09025', 'Saint-Gabriel-de-Rimouski', 'Municipalité', 'G0K 1M0', 'G0K', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 1199),
    ('22025', 'Saint-Gabriel-de-Valcartier', 'Municipalité', 'G0A 4S0', 'G0A', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 3767),
    ('14075', 'Saint-Gabriel-Lalemant', 'Municipalité', 'G0L 3E0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 663),
    ('93035', 'Saint-Gédéon', 'Municipalité', 'G0W 2P0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 2351),
    ('29013', 'Saint-Gédéon-de-Beauce', 'Municipalité', 'G0M 1T0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 2184),
    ('29073', 'Saint-Georges', 'Ville', 'G5Y 1L3', 'G5Y', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 33704),
    ('40032', 'Saint-Georges-de-Windsor', 'Municipalité', 'J0A 1J0', 'J0A', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 996),
    ('53085', 'Saint-Gérard-Majella', 'Paroisse', 'J0G 1X1', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 241),
    ('49048', 'Saint-Germain-de-Grantham', 'Municipalité', 'J0C 1K0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 5048),
    ('14045', 'Saint-Germain-de-Kamouraska', 'Municipalité', 'G0L 3G0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 297),
    ('19075', 'Saint-Gervais', 'Municipalité', 'G0R 3C0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 2171),
    ('34060', 'Saint-Gilbert', 'Paroisse', 'G0A 3T0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 292),
    ('33035', 'Saint-Gilles', 'Municipalité', 'G0S 2P0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 2914),
    ('05015', 'Saint-Godefroi', 'Canton', 'G0C 3C0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 355),
    ('49113', 'Saint-Guillaume', 'Municipalité', 'J0C 1L0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1460),
    ('11020', 'Saint-Guy', 'Municipalité', 'G0K 1W0', 'G0K', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 53),
    ('19068', 'Saint-Henri', 'Municipalité', 'G0R 3E0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 5939),
    ('93070', 'Saint-Henri-de-Taillon', 'Municipalité', 'G0W 2X0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 915),
    ('44015', 'Saint-Herménégilde', 'Municipalité', 'J0B 2W0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 721),
    ('29020', 'Saint-Hilaire-de-Dorset', 'Paroisse', 'G0M 1G0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 99),
    ('16050', 'Saint-Hilarion', 'Paroisse', 'G0A 3V0', 'G0A', '03', '16', 'Charlevoix', '160', 'MRC Charlevoix', 1159),
    ('75045', 'Saint-Hippolyte', 'Municipalité', 'J8A 1A1', 'J8A', '15', '75', 'La Rivière-du-Nord', '750', 'MRC La Rivière-du-Nord', 11488),
    ('94240', 'Saint-Honoré', 'Ville', 'G0V 1L0', 'G0V', '02', '94', 'Le Saguenay-et-son-Fjord', '942', 'MRC Le Fjord-du-Saguenay', 6612),
    ('29038', 'Saint-Honoré-de-Shenley', 'Municipalité', 'G0M 1V0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 1523),
    ('13090', 'Saint-Honoré-de-Témiscouata', 'Municipalité', 'G0L 3K0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 762),
    ('12010', 'Saint-Hubert-de-Rivière-du-Loup', 'Municipalité', 'G0L 3L0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1408),
    ('54100', 'Saint-Hugues', 'Municipalité', 'J0H 1N0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 1370),
    ('54048', 'Saint-Hyacinthe', 'Ville', NULL, 'J2S', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 58732),
    ('52045', 'Saint-Ignace-de-Loyola', 'Municipalité', 'J0K 2P0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 2204),
    ('46095', 'Saint-Ignace-de-Stanbridge', 'Municipalité', 'J0J 1Y0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 752),
    ('15005', 'Saint-Irénée', 'Municipalité', 'G0T 1V0', 'G0T', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 724),
    ('26063', 'Saint-Isidore', 'Municipalité', 'G0S 2S0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 3313),
    ('67040', 'Saint-Isidore', 'Paroisse', 'J0L 2A0', 'J0L', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 2930),
    ('41012', 'Saint-Isidore-de-Clifton', 'Municipalité', 'J0B 2X0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 712),
    ('63013', 'Saint-Jacques', 'Municipalité', 'J0K 2R0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 4560),
    ('31140', 'Saint-Jacques-de-Leeds', 'Municipalité', 'G0N 1J0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 707),
    ('68040', 'Saint-Jacques-le-Mineur', 'Municipalité', NULL, 'J0J', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 2191),
    ('31025', 'Saint-Jacques-le-Majeur-de-Wolfestown', 'Paroisse', 'G0N 1E2', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 191),
    ('33065', 'Saint-Janvier-de-Joly', 'Municipalité', 'G0S 1M0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1124),
    ('57033', 'Saint-Jean-Baptiste', 'Municipalité', 'J0L 2B0', 'J0L', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 3380),
    ('31100', 'Saint-Jean-de-Brébeuf', 'Municipalité', 'G6G 0A1', 'G6G', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 387),
    ('08010', 'Saint-Jean-de-Cherbourg', 'Paroisse', 'G0J 2R0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 179),
    ('11010', 'Saint-Jean-de-Dieu', 'Municipalité', 'G0L 3M0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 1692),
    ('13010', 'Saint-Jean-de-la-Lande', 'Municipalité', 'G0L 3N0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 256),
    ('20015', 'Saint-Jean-de-l''Île-d''Orléans', 'Municipalité', 'G0A 3W0', 'G0A', '03', '20', 'L''Île-d''Orléans', '200', 'MRC L''Île-d''Orléans', 1196),
    ('62015', 'Saint-Jean-de-Matha', 'Municipalité', 'J0K 2S0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 4811),
    ('17070', 'Saint-Jean-Port-Joli', 'Municipalité', 'G0R 3G0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 3425),
    ('56083', 'Saint-Jean-sur-Richelieu', 'Ville', 'J3B 7B2', 'J3B', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 100188),
    ('75017', 'Saint-Jérôme', 'Ville', 'J7Z 7Z7', 'J7Z', '15', '75', 'La Rivière-du-Nord', '750', 'MRC La Rivière-du-Nord', 82061),
    ('21020', 'Saint-Joachim', 'Paroisse', 'G0A 3X0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 1430),
    ('47040', 'Saint-Joachim-de-Shefford', 'Municipalité', 'J0E 2G0', 'J0E', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 1440),
    ('27043', 'Saint-Joseph-de-Beauce', 'Ville', 'G0S 2V0', 'G0S', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 4989),
    ('31045', 'Saint-Joseph-de-Coleraine', 'Municipalité', 'G0N 1B0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 1840),
    ('14030', 'Saint-Joseph-de-Kamouraska', 'Paroisse', 'G0L 3P0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 396),
    ('09070', 'Saint-Joseph-de-Lepage', 'Paroisse', 'G5H 3N8', 'G5H', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 545),
    ('27050', 'Saint-Joseph-des-Érables', 'Municipalité', NULL, 'G0S', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 423),
    ('53050', 'Saint-Joseph-de-Sorel', 'Ville', 'J3R 1C9', 'J3R', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 1664),
    ('72025', 'Saint-Joseph-du-Lac', 'Municipalité', 'J0N 1M0', 'J0N', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 7338),
    ('54110', 'Saint-Jude', 'Municipalité', 'J0H 1P0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 1359),
    ('27055', 'Saint-Jules', 'Paroisse', 'G0N 1R0', 'G0N', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 530),
    ('31035', 'Saint-Julien', 'Municipalité', 'G0N 1B0', 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 394),
    ('18005', 'Saint-Just-de-Bretenières', 'Municipalité', 'G0R 3H0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 659),
    ('13040', 'Saint-Juste-du-Lac', 'Municipalité', 'G0L 3R0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 588),
    ('51045', 'Saint-Justin', 'Municipalité', 'J0K 2V0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 987),
    ('58012', 'Saint-Lambert', 'Ville', NULL, 'J4P', '16', '58', 'Longueuil', NULL, NULL, 22789),
    ('87120', 'Saint-Lambert', 'Paroisse', 'J0Z 1V0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 201),
    ('26070', 'Saint-Lambert-de-Lauzon', 'Municipalité', 'G0S 2W0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 7004),
    ('20020', 'Saint-Laurent-de-l''Île-d''Orléans', 'Municipalité', 'G0A 3Z0', 'G0A', '03', '20', 'L''Île-d''Orléans', '200', 'MRC L''Île-d''Orléans', 1780),
    ('71105', 'Saint-Lazare', 'Ville', 'J7T 3A3', 'J7T', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 22773),
    ('19050', 'Saint-Lazare-de-Bellechasse', 'Municipalité', 'G0R 3J0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1370),
    ('08065', 'Saint-Léandre', 'Paroisse', 'G0J 2V0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 376),
    ('50042', 'Saint-Léonard-d''Aston', 'Municipalité', 'J0C 1M0', 'J0C', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 2570),
    ('34115', 'Saint-Léonard-de-Portneuf', 'Municipalité', 'G0A 4A0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 1180),
    ('19020', 'Saint-Léon-de-Standon', 'Paroisse', 'G0R 4L0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1068),
    ('07030', 'Saint-Léon-le-Grand', 'Paroisse', 'G0J 2W0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 988),
    ('51035', 'Saint-Léon-le-Grand', 'Paroisse', 'J0K 2W0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 953),
    ('54072', 'Saint-Liboire', 'Municipalité', 'J0H 1R0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 3111),
    ('63065', 'Saint-Liguori', 'Municipalité', 'J0K 2X0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 2158),
    ('63048', 'Saint-Lin-Laurentides', 'Ville', 'J5M 2W2', 'J5M', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 25452),
    ('54120', 'Saint-Louis', 'Municipalité', 'J0G 1K0', 'J0G', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 737),
    ('21015', 'Saint-Louis-de-Gonzague-du-Cap-Tourmente', 'Paroisse', 'G1R 5L7', 'G1R', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 2),
    ('39170', 'Saint-Louis-de-Blandford', 'Municipalité', 'G0Z 1B0', 'G0Z', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1186),
    ('28035', 'Saint-Louis-de-Gonzague', 'Municipalité', 'G0R 2L0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 379),
    ('70035', 'Saint-Louis-de-Gonzague', 'Paroisse', 'J0S 1T0', 'J0S', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 2040),
    ('13080', 'Saint-Louis-du-Ha! Ha!', 'Paroisse', 'G0L 3S0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 1265),
    ('28060', 'Saint-Luc-de-Bellechasse', 'Municipalité', 'G0R 1L0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 451),
    ('37225', 'Saint-Luc-de-Vincennes', 'Municipalité', 'G0X 3K0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 570),
    ('49030', 'Saint-Lucien', 'Municipalité', NULL, 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 1873),
    ('30072', 'Saint-Ludger', 'Municipalité', 'G0M 1W0', 'G0M', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 1050),
    ('93080', 'Saint-Ludger-de-Milot', 'Municipalité', 'G0W 2B0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 645),
    ('28075', 'Saint-Magloire', 'Municipalité', 'G0R 3M0', 'G0R', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 688),
    ('49095', 'Saint-Majorique-de-Grantham', 'Paroisse', 'J2B 8A8', 'J2B', '17', '49', 'Drummond', '490', 'MRC Drummond', 1386),
    ('19025', 'Saint-Malachie', 'Paroisse', 'G0R 3N0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1595),
    ('44003', 'Saint-Malo', 'Municipalité', 'J0B 2Y0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 494),
    ('88040', 'Saint-Marc-de-Figuery', 'Paroisse', NULL, 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 957),
    ('34065', 'Saint-Marc-des-Carrières', 'Ville', 'G0A 4B0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 3028),
    ('13020', 'Saint-Marc-du-Lac-Long', 'Paroisse', 'G0L 1T0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 382),
    ('17020', 'Saint-Marcel', 'Municipalité', 'G0R 3R0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 439),
    ('54125', 'Saint-Marcel-de-Richelieu', 'Municipalité', 'J0H 1T0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 528),
    ('10025', 'Saint-Marcellin', 'Paroisse', 'G0K 1R0', 'G0K', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 374),
    ('57050', 'Saint-Marc-sur-Richelieu', 'Municipalité', 'J0L 2E0', 'J0L', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 2296),
    ('29045', 'Saint-Martin', 'Paroisse', 'G0M 1B0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 2580),
    ('55065', 'Saint-Mathias-sur-Richelieu', 'Municipalité', 'J3L 6Z5', 'J3L', '16', '55', 'Rouville', '550', 'MRC Rouville', 4648),
    ('67005', 'Saint-Mathieu', 'Municipalité', 'J0L 2H0', 'J0L', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 2378),
    ('57045', 'Saint-Mathieu-de-Beloeil', 'Municipalité', NULL, 'J3G', '16', '57', 'La Vallée-du-Richelieu', '570', 'MRC La Vallée-du-Richelieu', 2975),
    ('11050', 'Saint-Mathieu-de-Rioux', 'Municipalité', 'G0L 3T0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 711),
    ('88050', 'Saint-Mathieu-d''Harricana', 'Municipalité', 'J0Y 1M0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 829),
    ('51070', 'Saint-Mathieu-du-Parc', 'Municipalité', 'G0X 1N0', 'G0X', '04', '36', 'Shawinigan', '510', 'MRC Maskinongé', 1429),
    ('37230', 'Saint-Maurice', 'Paroisse', 'G0X 2X0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 3689),
    ('04010', 'Saint-Maxime-du-Mont-Louis', 'Municipalité', 'G0E 1T0', 'G0E', '11', '04', 'La Haute-Gaspésie', '040', 'MRC La Haute-Gaspésie', 1131),
    ('11025', 'Saint-Médard', 'Municipalité', 'G0L 3V0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 197),
    ('68050', 'Saint-Michel', 'Municipalité', 'J0L 2J0', 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 3693),
    ('19110', 'Saint-Michel-de-Bellechasse', 'Municipalité', 'G0R 3S0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1870),
    ('62085', 'Saint-Michel-des-Saints', 'Municipalité', 'J0K 3B0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 2560),
    ('13065', 'Saint-Michel-du-Squatec', 'Municipalité', 'G0L 4H0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 1032),
    ('12020', 'Saint-Modeste', 'Municipalité', 'G0L 3W0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 1164),
    ('07095', 'Saint-Moïse', 'Paroisse', 'G0J 2Z0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 574),
    ('37240', 'Saint-Narcisse', 'Paroisse', 'G0X 2Y0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 1884),
    ('33030', 'Saint-Narcisse-de-Beaurivage', 'Paroisse', 'G0S 1W0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1167),
    ('10015', 'Saint-Narcisse-de-Rimouski', 'Paroisse', 'G0K 1S0', 'G0K', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 1105),
    ('93045', 'Saint-Nazaire', 'Municipalité', 'G0W 2V0', 'G0W', '02', '93', 'Lac-Saint-Jean-Est', '930', 'MRC Lac-Saint-Jean-Est', 2136),
    ('48050', 'Saint-Nazaire-d''Acton', 'Paroisse', 'J0H 1V0', 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 896),
    ('19015', 'Saint-Nazaire-de-Dorchester', 'Paroisse', 'G0R 3T0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 368),
    ('19045', 'Saint-Nérée-de-Bellechasse', 'Municipalité', 'G0R 3V0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 770),
    ('07100', 'Saint-Noël', 'Village', 'G0J 3A0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 398),
    ('52070', 'Saint-Norbert', 'Paroisse', 'J0K 3C0', 'J0K', '14', '52', 'D''Autray', '520', 'MRC D''Autray', 1125),
    ('39043', 'Saint-Norbert-d''Arthabaska', 'Municipalité', 'G0P 1B0', 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1248),
    ('09055', 'Saint-Octave-de-Métis', 'Paroisse', 'G0J 3B0', 'G0J', '01', '09', 'La Mitis', '090', 'MRC La Mitis', 526),
    ('27035', 'Saint-Odilon-de-Cranbourne', 'Municipalité', 'G0S 3A0', 'G0S', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 1367),
    ('17005', 'Saint-Omer', 'Municipalité', 'G0R 4R0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 268),
    ('14080', 'Saint-Onésime-d''Ixworth', 'Municipalité', 'G0R 3W0', 'G0R', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 552),
    ('53032', 'Saint-Ours', 'Ville', 'J0G 1P0', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 1780),
    ('14070', 'Saint-Pacôme', 'Municipalité', 'G0L 3X0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 1557),
    ('17010', 'Saint-Pamphile', 'Ville', 'G0R 3X0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 2349),
    ('14018', 'Saint-Pascal', 'Ville', 'G0L 3Y0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 3476),
    ('33025', 'Saint-Patrice-de-Beaurivage', 'Municipalité', 'G0S 1B0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1059),
    ('68025', 'Saint-Patrice-de-Sherrington', 'Municipalité', 'J0L 2N0', 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 2430),
    ('61005', 'Saint-Paul', 'Municipalité', 'J0K 3E0', 'J0K', '14', '61', 'Joliette', '610', 'MRC Joliette', 6749),
    ('55015', 'Saint-Paul-d''Abbotsford', 'Municipalité', 'J0E 1A0', 'J0E', '16', '55', 'Rouville', '550', 'MRC Rouville', 2962),
    ('12035', 'Saint-Paul-de-la-Croix', 'Municipalité', 'G0L 3Z0', 'G0L', '01', '12', 'Rivière-du-Loup', '120', 'MRC Rivière-du-Loup', 312),
    ('56035', 'Saint-Paul-de-l''Île-aux-Noix', 'Municipalité', 'J0J 1G0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 2344),
    ('18030', 'Saint-Paul-de-Montminy', 'Municipalité', 'G0R 3Y0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 798),
    ('51060', 'Saint-Paulin', 'Municipalité', 'J0K 3G0', 'J0K', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 1594),
    ('19005', 'Saint-Philémon', 'Paroisse', 'G0R 4A0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 719),
    ('29065', 'Saint-Philibert', 'Municipalité', 'G0M 1X0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 348),
    ('67010', 'Saint-Philippe', 'Ville', 'J0L 2K0', 'J0L', '16', '67', 'Roussillon', '670', 'MRC Roussillon', 7972),
    ('14060', 'Saint-Philippe-de-Néri', 'Paroisse', 'G0L 4A0', 'G0L', '01', '14', 'Kamouraska', '140', 'MRC Kamouraska', 800),
    ('54008', 'Saint-Pie', 'Ville', 'J0H 1W0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 5918),
    ('49130', 'Saint-Pie-de-Guire', 'Paroisse', 'J0G 1R0', 'J0G', '17', '49', 'Drummond', '490', 'MRC Drummond', 463),
    ('61020', 'Saint-Pierre', 'Village', 'J6E 0H2', 'J6E', '14', '61', 'Joliette', '610', 'MRC Joliette', 295),
    ('32050', 'Saint-Pierre-Baptiste', 'Paroisse', NULL, 'G0P', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 573),
    ('31135', 'Saint-Pierre-de-Broughton', 'Municipalité', NULL, 'G0N', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 940),
    ('13075', 'Saint-Pierre-de-Lamy', 'Municipalité', NULL, 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 119),
    ('20025', 'Saint-Pierre-de-l''Île-d''Orléans', 'Municipalité', 'G0A 4E0', 'G0A', '03', '20', 'L''Île-d''Orléans', '200', 'MRC L''Île-d''Orléans', 2009),
    ('38065', 'Saint-Pierre-les-Becquets', 'Municipalité', 'G0X 2Z0', 'G0X', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 1126),
    ('18055', 'Saint-Pierre-de-la-Rivière-du-Sud', 'Paroisse', 'G0R 4B0', 'G0R', '12', '18', 'Montmagny', '180', 'MRC Montmagny', 917),
    ('72043', 'Saint-Placide', 'Municipalité', 'J0V 2B0', 'J0V', '15', '72', 'Deux-Montagnes', '720', 'MRC Deux-Montagnes', 1784),
    ('71020', 'Saint-Polycarpe', 'Municipalité', 'J0P 1X0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 2564),
    ('91035', 'Saint-Prime', 'Municipalité', 'G8J 1T2', 'G8J', '02', '91', 'Le Domaine-du-Roy', '910', 'MRC Le Domaine-du-Roy', 2817),
    ('28020', 'Saint-Prosper', 'Municipalité', 'G0M 1Y0', 'G0M', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 3676),
    ('37250', 'Saint-Prosper-de-Champlain', 'Municipalité', 'G0X 3A0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 502),
    ('19082', 'Saint-Raphaël', 'Municipalité', 'G0R 4C0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 2416),
    ('34128', 'Saint-Raymond', 'Ville', 'G3L 1A1', 'G3L', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 11388),
    ('68055', 'Saint-Rémi', 'Ville', 'J0L 2L0', 'J0L', '16', '68', 'Les Jardins-de-Napierville', '680', 'MRC Les Jardins-de-Napierville', 9259),
    ('39020', 'Saint-Rémi-de-Tingwick', 'Municipalité', 'J0A 1K0', 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 471),
    ('29050', 'Saint-René', 'Paroisse', 'G0M 1Z0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 894),
    ('08035', 'Saint-René-de-Matane', 'Municipalité', 'G0J 3E0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 954),
    ('53020', 'Saint-Robert', 'Municipalité', 'J0G 1S0', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 1887),
    ('30070', 'Saint-Robert-Bellarmin', 'Municipalité', 'G0M 2E0', 'G0M', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 533),
    ('63035', 'Saint-Roch-de-l''Achigan', 'Municipalité', 'J0K 3H0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 5725),
    ('35045', 'Saint-Roch-de-Mékinac', 'Paroisse', 'G0X 2E0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 314),
    ('53040', 'Saint-Roch-de-Richelieu', 'Municipalité', 'J0L 2M0', 'J0L', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 2580),
    ('17065', 'Saint-Roch-des-Aulnaies', 'Municipalité', 'G0R 4E0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 993),
    ('63040', 'Saint-Roch-Ouest', 'Municipalité', 'J0K 3H0', 'J0K', '14', '63', 'Montcalm', '630', 'MRC Montcalm', 319),
    ('30100', 'Saint-Romain', 'Municipalité', 'G0Y 1L0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 707),
    ('39145', 'Saint-Rosaire', 'Paroisse', 'G0Z 1K0', 'G0Z', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 915),
    ('39130', 'Saint-Samuel', 'Municipalité', 'G0Z 1G0', 'G0Z', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 813),
    ('26010', 'Saints-Anges', 'Municipalité', 'G0S 3E0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 1246),
    ('77043', 'Saint-Sauveur', 'Ville', 'J0R 1R6', 'J0R', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 11597),
    ('56050', 'Saint-Sébastien', 'Municipalité', 'J0J 2C0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 726),
    ('30085', 'Saint-Sébastien', 'Municipalité', 'G0Y 1M0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 686),
    ('51030', 'Saint-Sévère', 'Paroisse', 'G0X 3B0', 'G0X', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 340),
    ('35020', 'Saint-Séverin', 'Paroisse', 'G0X 2B0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 822),
    ('27070', 'Saint-Séverin', 'Paroisse', 'G0N 1V0', 'G0N', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 282),
    ('15058', 'Saint-Siméon', 'Municipalité', 'G0T 1X0', 'G0T', '03', '15', 'Charlevoix-Est', '150', 'MRC Charlevoix-Est', 1177),
    ('05055', 'Saint-Siméon', 'Paroisse', 'G0C 3A0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 1215),
    ('54090', 'Saint-Simon', 'Municipalité', 'J0H 1Y0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 1453),
    ('11055', 'Saint-Simon-de-Rimouski', 'Municipalité', 'G0L 4C0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 445),
    ('29125', 'Saint-Simon-les-Mines', 'Municipalité', 'G0M 1K0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 619),
    ('80070', 'Saint-Sixte', 'Municipalité', 'J0X 3B0', 'J0X', '07', '80', 'Papineau', '800', 'MRC Papineau', 539),
    ('39005', 'Saints-Martyrs-Canadiens', 'Paroisse', NULL, 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 280),
    ('92070', 'Saint-Stanislas', 'Municipalité', 'G8L 7B4', 'G8L', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 386),
    ('37245', 'Saint-Stanislas', 'Municipalité', 'G0X 3E0', 'G0X', '04', '37', 'Francheville', '372', 'MRC Des Chenaux', 1028),
    ('70040', 'Saint-Stanislas-de-Kostka', 'Municipalité', 'J0S 1W0', 'J0S', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 2008),
    ('60020', 'Saint-Sulpice', 'Paroisse', 'J5W 1G1', 'J5W', '14', '60', 'L''Assomption', '600', 'MRC L''Assomption', 3413),
    ('38005', 'Saint-Sylvère', 'Municipalité', 'G0Z 1H0', 'G0Z', '17', '38', 'Bécancour', '380', 'MRC Bécancour', 793),
    ('33007', 'Saint-Sylvestre', 'Municipalité', 'G0S 3C0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1011),
    ('71015', 'Saint-Télesphore', 'Municipalité', 'J0P 1Y0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 788),
    ('07070', 'Saint-Tharcisius', 'Paroisse', 'G0J 3G0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 426),
    ('48045', 'Saint-Théodore-d''Acton', 'Municipalité', 'J0H 1Z0', 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 1645),
    ('29005', 'Saint-Théophile', 'Municipalité', 'G0M 2A0', 'G0M', '12', '29', 'Beauce-Sartigan', '290', 'MRC Beauce-Sartigan', 678),
    ('61027', 'Saint-Thomas', 'Municipalité', 'J0K 3L0', 'J0K', '14', '61', 'Joliette', '610', 'MRC Joliette', 3621),
    ('92045', 'Saint-Thomas-Didyme', 'Municipalité', 'G0W 1P0', 'G0W', '02', '92', 'Maria-Chapdelaine', '920', 'MRC Maria-Chapdelaine', 685),
    ('34085', 'Saint-Thuribe', 'Paroisse', 'G0A 4H0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 310),
    ('35027', 'Saint-Tite', 'Ville', 'G0X 3H0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 3784),
    ('21005', 'Saint-Tite-des-Caps', 'Municipalité', 'G0A 4J0', 'G0A', '03', '21', 'La Côte-de-Beaupré', '210', 'MRC La Côte-de-Beaupré', 1488),
    ('34090', 'Saint-Ubalde', 'Municipalité', 'G0A 4L0', 'G0A', '03', '34', 'Portneuf', '340', 'MRC Portneuf', 1508),
    ('08073', 'Saint-Ulric', 'Municipalité', 'G0J 3H0', 'G0J', '01', '08', 'Matane', '080', 'MRC La Matanie', 1617),
    ('16055', 'Saint-Urbain', 'Paroisse', 'G0A 4K0', 'G0A', '03', '16', 'Charlevoix', '160', 'MRC Charlevoix', 1373),
    ('70005', 'Saint-Urbain-Premier', 'Municipalité', 'J0S 1Y0', 'J0S', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 1394),
    ('56030', 'Saint-Valentin', 'Municipalité', 'J0J 2E0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 475),
    ('39135', 'Saint-Valère', 'Municipalité', NULL, 'G0P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1237),
    ('10060', 'Saint-Valérien', 'Paroisse', 'G0L 4E0', 'G0L', '01', '10', 'Rimouski-Neigette', '100', 'MRC Rimouski-Neigette', 877),
    ('54065', 'Saint-Valérien-de-Milton', 'Municipalité', 'J0H 2B0', 'J0H', '16', '54', 'Les Maskoutains', '540', 'MRC Les Maskoutains', 1821),
    ('19117', 'Saint-Vallier', 'Municipalité', 'G0R 4J0', 'G0R', '12', '19', 'Bellechasse', '190', 'MRC Bellechasse', 1080),
    ('44005', 'Saint-Venant-de-Paquette', 'Municipalité', 'J0B 1S0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 103),
    ('07075', 'Saint-Vianney', 'Municipalité', 'G0J 3J0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 445),
    ('27008', 'Saint-Victor', 'Municipalité', 'G0M 2B0', 'G0M', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 2371),
    ('50023', 'Saint-Wenceslas', 'Municipalité', 'G0Z 1J0', 'G0Z', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 1221),
    ('28005', 'Saint-Zacharie', 'Municipalité', NULL, 'G0M', '12', '28', 'Les Etchemins', '280', 'MRC Les Etchemins', 1680),
    ('62080', 'Saint-Zénon', 'Municipalité', 'J0K 3N0', 'J0K', '14', '62', 'Matawinie', '620', 'MRC Matawinie', 1253),
    ('07035', 'Saint-Zénon-du-Lac-Humqui', 'Paroisse', NULL, 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 344),
    ('50090', 'Saint-Zéphirin-de-Courval', 'Paroisse', 'J0G 1V0', 'J0G', '17', '50', 'Nicolet-Yamaska', '500', 'MRC Nicolet-Yamaska', 715),
    ('71025', 'Saint-Zotique', 'Ville', 'J0P 1Z0', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 10001),
    ('70052', 'Salaberry-de-Valleyfield', 'Ville', 'J6T 1L8', 'J6T', '16', '70', 'Beauharnois-Salaberry', '700', 'MRC Beauharnois-Salaberry', 44838),
    ('99135', 'Salluit', 'Village nordique', 'J0M 1S0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 1715),
    ('07085', 'Sayabec', 'Municipalité', 'G0J 3K0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 1777),
    ('97040', 'Schefferville', 'Ville', 'G0G 2T0', 'G0G', '09', '97', 'Sept-Rivières - Caniapiscau', '972', 'MRC Caniapiscau', 156),
    ('41080', 'Scotstown', 'Ville', 'J0B 3B0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 512),
    ('26048', 'Scott', 'Municipalité', 'G0S 3G0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 2709),
    ('89045', 'Senneterre', 'Paroisse', 'J0Y 2M0', 'J0Y', '08', '89', 'La Vallée-de-l''Or', '890', 'MRC La Vallée-de-l''Or', 1142),
    ('89040', 'Senneterre', 'Ville', 'J0Y 2M0', 'J0Y', '08', '89', 'La Vallée-de-l''Or', '890', 'MRC La Vallée-de-l''Or', 2730),
    ('66127', 'Senneville', 'Village', 'H9X 1B8', 'H9X', '06', '66', 'Montréal', NULL, NULL, 1003),
    ('97007', 'Sept-Îles', 'Ville', 'G4R 2R4', 'G4R', '09', '97', 'Sept-Rivières - Caniapiscau', '971', 'MRC Sept-Rivières', 24973),
    ('22020', 'Shannon', 'Ville', 'G3S 0A1', 'G3S', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 6640),
    ('36033', 'Shawinigan', 'Ville', 'G9N 6V3', 'G9N', '04', '36', 'Shawinigan', NULL, NULL, 51508),
    ('84010', 'Shawville', 'Municipalité', 'J0X 2Y0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 1584),
    ('84095', 'Sheenboro', 'Municipalité', 'J0X 2Z0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 108),
    ('47035', 'Shefford', 'Canton', 'J2M 1J2', 'J2M', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 7719),
    ('43027', 'Sherbrooke', 'Ville', 'J1H 5H9', 'J1H', '05', '43', 'Sherbrooke', NULL, NULL, 175114),
    ('05010', 'Shigawake', 'Municipalité', 'G0C 3E0', 'G0C', '11', '05', 'Bonaventure', '050', 'MRC Bonaventure', 284),
    ('53052', 'Sorel-Tracy', 'Ville', 'J3P 7K1', 'J3P', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 36093),
    ('46045', 'Stanbridge East', 'Municipalité', 'J0J 2H0', 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 875),
    ('46030', 'Stanbridge Station', 'Municipalité', NULL, 'J0J', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 277),
    ('45008', 'Stanstead', 'Ville', 'J0B 3E2', 'J0B', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 2893),
    ('45025', 'Stanstead', 'Canton', 'J1X 3W4', 'J1X', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 998),
    ('44050', 'Stanstead-Est', 'Municipalité', 'J0B 3E0', 'J0B', '05', '44', 'Coaticook', '440', 'MRC Coaticook', 636),
    ('22005', 'Sainte-Catherine-de-la-Jacques-Cartier', 'Ville', 'G3N 1W1', 'G3N', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 8769),
    ('42005', 'Stoke', 'Municipalité', 'J0B 3G0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 3240),
    ('22035', 'Stoneham-et-Tewkesbury', 'Cantons unis', 'G3C 1R8', 'G3C', '03', '22', 'La Jacques-Cartier', '220', 'MRC La Jacques-Cartier', 9702),
    ('30105', 'Stornoway', 'Municipalité', 'G0Y 1N0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 533),
    ('30110', 'Stratford', 'Canton', 'G0Y 1P0', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 996),
    ('45105', 'Stukely-Sud', 'Village', 'J0E 2J0', 'J0E', '05', '45', 'Memphrémagog', '450', 'MRC Memphrémagog', 1209),
    ('46058', 'Sutton', 'Ville', 'J0E 2K0', 'J0E', '05', '46', 'Brome-Missisquoi', '460', 'MRC Brome-Missisquoi', 4442),
    ('95005', 'Tadoussac', 'Village', 'G0T 2A0', 'G0T', '09', '95', 'La Haute-Côte-Nord', '950', 'MRC La Haute-Côte-Nord', 779),
    ('87042', 'Taschereau', 'Municipalité', NULL, 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 926),
    ('99100', 'Tasiujaq', 'Village nordique', 'J0M 1T0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 425),
    ('85005', 'Témiscaming', 'Ville', NULL, 'J0Z', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 2343),
    ('13073', 'Témiscouata-sur-le-Lac', 'Ville', 'G0L 1E0', 'G0L', '01', '13', 'Témiscouata', '130', 'MRC Témiscouata', 5088),
    ('71075', 'Terrasse-Vaudreuil', 'Municipalité', 'J7V 3M9', 'J7V', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 1995),
    ('64008', 'Terrebonne', 'Ville', 'J6W 1B5', 'J6W', '14', '64', 'Les Moulins', '640', 'MRC Les Moulins', 122098),
    ('31084', 'Thetford Mines', 'Ville', 'G6G 5T3', 'G6G', '12', '31', 'L''Amiante', '310', 'MRC Les Appalaches', 25884),
    ('84045', 'Thorne', 'Municipalité', 'J0X 2A0', 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 471),
    ('80050', 'Thurso', 'Ville', 'J0X 3B0', 'J0X', '07', '80', 'Papineau', '800', 'MRC Papineau', 3043),
    ('39025', 'Tingwick', 'Municipalité', NULL, 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 1486),
    ('17035', 'Tourville', 'Municipalité', 'G0R 4M0', 'G0R', '12', '17', 'L''Islet', '170', 'MRC L''Islet', 568),
    ('88075', 'Trécesson', 'Canton', 'J0Y 2S0', 'J0Y', '08', '88', 'Abitibi', '880', 'MRC Abitibi', 1251),
    ('71125', 'Très-Saint-Rédempteur', 'Municipalité', 'J0P 1P1', 'J0P', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 1090),
    ('69030', 'Très-Saint-Sacrement', 'Paroisse', NULL, 'J0S', '16', '69', 'Le Haut-Saint-Laurent', '690', 'MRC Le Haut-Saint-Laurent', 1263),
    ('27060', 'Tring-Jonction', 'Village', 'G0N 1X0', 'G0N', '12', '27', 'Robert-Cliche', '270', 'MRC Beauce-Centre', 1467),
    ('11040', 'Trois-Pistoles', 'Ville', 'G0L 4K0', 'G0L', '01', '11', 'Les Basques', '110', 'MRC Les Basques', 3193),
    ('35055', 'Trois-Rives', 'Municipalité', 'G0X 2C0', 'G0X', '04', '35', 'Mékinac', '350', 'MRC Mékinac', 405),
    ('37067', 'Trois-Rivières', 'Ville', 'G9A 5H3', 'G9A', '04', '37', 'Francheville', NULL, NULL, 142598),
    ('42078', 'Ulverton', 'Municipalité', 'J0B 2B0', 'J0B', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 452),
    ('99080', 'Umiujaq', 'Village nordique', 'J0M 1Y0', 'J0M', '10', '99', 'Nord-du-Québec', '992', 'MRC Administration régionale Kativik', 526),
    ('48038', 'Upton', 'Municipalité', 'J0H 2E0', 'J0H', '16', '48', 'Acton', '480', 'MRC Acton', 2379),
    ('33070', 'Val-Alain', 'Municipalité', 'G0S 3H0', 'G0S', '12', '33', 'Lotbinière', '330', 'MRC Lotbinière', 1012),
    ('07080', 'Val-Brillant', 'Municipalité', 'G0J 3L0', 'G0J', '01', '07', 'La Matapédia', '070', 'MRC La Matapédia', 941),
    ('42055', 'Valcourt', 'Ville', 'J0E 2L0', 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 2213),
    ('42060', 'Valcourt', 'Canton', 'J0E 2L0', 'J0E', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 1071),
    ('78010', 'Val-David', 'Village', NULL, 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 5653),
    ('80140', 'Val-des-Bois', 'Municipalité', 'J0X 3C0', 'J0X', '07', '80', 'Papineau', '800', 'MRC Papineau', 917),
    ('78100', 'Val-des-Lacs', 'Municipalité', 'J0T 2P0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 746),
    ('82015', 'Val-des-Monts', 'Municipalité', 'J8N 4E9', 'J8N', '07', '82', 'Les Collines-de-l''Outaouais', '820', 'MRC Les Collines-de-l''Outaouais', 13061),
    ('40043', 'Val-des-Sources', 'Ville', 'J1T 2W4', 'J1T', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 7086),
    ('89008', 'Val-d''Or', 'Ville', 'J9P 1W8', 'J9P', '08', '89', 'La Vallée-de-l''Or', '890', 'MRC La Vallée-de-l''Or', 33032),
    ('42095', 'Val-Joli', 'Municipalité', 'J1S 0E8', 'J1S', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 1676),
    ('26015', 'Vallée-Jonction', 'Municipalité', 'G0S 3J0', 'G0S', '12', '26', 'La Nouvelle-Beauce', '260', 'MRC La Nouvelle-Beauce', 1906),
    ('78005', 'Val-Morin', 'Municipalité', 'J0T 2R0', 'J0T', '15', '78', 'Les Laurentides', '780', 'MRC Les Laurentides', 3127),
    ('30015', 'Val-Racine', 'Municipalité', 'G0Y 1E1', 'G0Y', '05', '30', 'Le Granit', '300', 'MRC Le Granit', 172),
    ('87105', 'Val-Saint-Gilles', 'Municipalité', 'J0Z 3T0', 'J0Z', '08', '87', 'Abitibi-Ouest', '870', 'MRC Abitibi-Ouest', 175),
    ('59020', 'Varennes', 'Ville', 'J3X 1T5', 'J3X', '16', '59', 'Lajemmerais', '590', 'MRC Marguerite-D''Youville', 21584),
    ('71083', 'Vaudreuil-Dorion', 'Ville', 'J7V 7E6', 'J7V', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 43228),
    ('71090', 'Vaudreuil-sur-le-Lac', 'Village', 'J7V 8P3', 'J7V', '16', '71', 'Vaudreuil-Soulanges', '710', 'MRC Vaudreuil-Soulanges', 1379),
    ('56005', 'Venise-en-Québec', 'Municipalité', 'J0J 2K0', 'J0J', '16', '56', 'Le Haut-Richelieu', '560', 'MRC Le Haut-Richelieu', 2142),
    ('59025', 'Verchères', 'Municipalité', 'J0L 2R0', 'J0L', '16', '59', 'Lajemmerais', '590', 'MRC Marguerite-D''Youville', 5844),
    ('39062', 'Victoriaville', 'Ville', 'G6P 6T2', 'G6P', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 48461),
    ('85025', 'Ville-Marie', 'Ville', 'J9V 1A1', 'J9V', '08', '85', 'Témiscamingue', '850', 'MRC Témiscamingue', 2452),
    ('32085', 'Villeroy', 'Municipalité', 'G0S 3K0', 'G0S', '17', '32', 'L''Érable', '320', 'MRC L''Érable', 497),
    ('84070', 'Waltham', 'Municipalité', NULL, 'J0X', '07', '84', 'Pontiac', '840', 'MRC Pontiac', 369),
    ('47030', 'Warden', 'Village', 'J0E 2M0', 'J0E', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 391),
    ('39077', 'Warwick', 'Ville', 'J0A 1M0', 'J0A', '17', '39', 'Arthabaska', '390', 'MRC Arthabaska', 4949),
    ('99035', 'Waskaganish', 'Village cri (Terre 1-B)', 'J0M 1R0', 'J0M', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('99010', 'Waswanipi', 'Village cri (Terre 1-B)', 'J0Y 3C0', 'J0Y', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('47025', 'Waterloo', 'Ville', 'J0E 2N0', 'J0E', '05', '47', 'La Haute-Yamaska', '470', 'MRC La Haute-Yamaska', 5318),
    ('44080', 'Waterville', 'Ville', 'J0B 3H0', 'J0B', '05', '43', 'Sherbrooke', '440', 'MRC Coaticook', 2338),
    ('41098', 'Weedon', 'Municipalité', 'J0B 3J0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 2785),
    ('99050', 'Wemindji', 'Village cri (Terre 1-B)', 'J0M 1L0', 'J0M', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('76035', 'Wentworth', 'Canton', 'J8H 0C7', 'J8H', '15', '76', 'Argenteuil', '760', 'MRC Argenteuil', 584),
    ('77060', 'Wentworth-Nord', 'Municipalité', 'J0T 1Y0', 'J0T', '15', '77', 'Les Pays-d''en-Haut', '770', 'MRC Les Pays-d''en-Haut', 1582),
    ('41065', 'Westbury', 'Canton', 'J0B 1R0', 'J0B', '05', '41', 'Le Haut-Saint-François', '410', 'MRC Le Haut-Saint-François', 1097),
    ('66032', 'Westmount', 'Ville', 'H3Z 1E2', 'H3Z', '06', '66', 'Montréal', NULL, NULL, 19938),
    ('99070', 'Whapmagoostui', 'Village cri (Terre 1-B)', 'J0M 1G0', 'J0M', '10', '99', 'Nord-du-Québec', NULL, NULL, 0),
    ('49040', 'Wickham', 'Municipalité', 'J0C 1S0', 'J0C', '17', '49', 'Drummond', '490', 'MRC Drummond', 2713),
    ('42088', 'Windsor', 'Ville', 'J1S 2L7', 'J1S', '05', '42', 'Le Val-Saint-François', '420', 'MRC Le Val-Saint-François', 5336),
    ('40017', 'Wotton', 'Municipalité', 'J0A 1N0', 'J0A', '05', '40', 'Asbestos', '400', 'MRC Les Sources', 1438),
    ('51020', 'Yamachiche', 'Municipalité', 'G0X 3L0', 'G0X', '04', '51', 'Maskinongé', '510', 'MRC Maskinongé', 2953),
    ('53072', 'Yamaska', 'Municipalité', 'J0G 1X0', 'J0G', '16', '53', 'Le Bas-Richelieu', '530', 'MRC Pierre-De Saurel', 1756);

SELECT cag_ovt.manage_reference_table('cag_ovt.municipalities');

-- ===== src/purchase_class.sql =====
-- purchase_class: the set of flags a purchase carries (classe d'achat).

CREATE TYPE cag_ovt.purchase_class;

CREATE FUNCTION cag_ovt.purchase_class_in(cstring) RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_out(cag_ovt.purchase_class) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_recv(internal) RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_send(cag_ovt.purchase_class) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.purchase_class (
    INPUT = cag_ovt.purchase_class_in,
    OUTPUT = cag_ovt.purchase_class_out,
    RECEIVE = cag_ovt.purchase_class_recv,
    SEND = cag_ovt.purchase_class_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.purchase_class IS
    'Classe d''achat : ensemble d''indicateurs (quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase) ; l''absence des deux indicateurs d''une paire signifie « inconnu » / purchase class: a set of flags (quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase); neither flag of a pair means unknown';
COMMENT ON FUNCTION cag_ovt.purchase_class_in(cstring) IS
    'Entrée texte de purchase_class : {quebec,eco}, ordre, casse et doublons libres, invariants vérifiés / text input of purchase_class: {quebec,eco}, any order, case and duplicates, invariants checked';
COMMENT ON FUNCTION cag_ovt.purchase_class_out(cag_ovt.purchase_class) IS
    'Sortie texte de purchase_class (indicateurs dans l''ordre des bits) / text output of purchase_class (flags in bit order)';
COMMENT ON FUNCTION cag_ovt.purchase_class_recv(internal) IS
    'Entrée binaire de purchase_class (int2 validé : bits inutilisés et invariants) / binary input of purchase_class (validated int2: unused bits and invariants)';
COMMENT ON FUNCTION cag_ovt.purchase_class_send(cag_ovt.purchase_class) IS
    'Sortie binaire de purchase_class (int2) / binary output of purchase_class (int2)';

-- Comparison, btree and hash support for purchase_class, stored as int2.
-- Generated from src/scalar_ops.sql.in: the functions are PostgreSQL's own
-- int2 functions, which compare the stored value; they are LEAKPROOF.
CREATE FUNCTION cag_ovt.purchase_class_eq(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int2eq';
CREATE FUNCTION cag_ovt.purchase_class_ne(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int2ne';
CREATE FUNCTION cag_ovt.purchase_class_lt(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int2lt';
CREATE FUNCTION cag_ovt.purchase_class_le(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int2le';
CREATE FUNCTION cag_ovt.purchase_class_gt(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int2gt';
CREATE FUNCTION cag_ovt.purchase_class_ge(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int2ge';
CREATE FUNCTION cag_ovt.purchase_class_cmp(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'btint2cmp';
CREATE FUNCTION cag_ovt.purchase_class_hash(cag_ovt.purchase_class) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint2';
CREATE FUNCTION cag_ovt.purchase_class_hash_extended(cag_ovt.purchase_class, bigint) RETURNS bigint
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'hashint2extended';
CREATE FUNCTION cag_ovt.purchase_class_sortsupport(internal) RETURNS void
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE AS 'btint2sortsupport';

COMMENT ON FUNCTION cag_ovt.purchase_class_eq(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Égalité de deux valeurs purchase_class / equality of two purchase_class values';
COMMENT ON FUNCTION cag_ovt.purchase_class_ne(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Différence de deux valeurs purchase_class / inequality of two purchase_class values';
COMMENT ON FUNCTION cag_ovt.purchase_class_lt(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Plus petit que (ordre de bits) / less than (bit pattern order)';
COMMENT ON FUNCTION cag_ovt.purchase_class_le(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Plus petit ou égal (ordre de bits) / less than or equal (bit pattern order)';
COMMENT ON FUNCTION cag_ovt.purchase_class_gt(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Plus grand que (ordre de bits) / greater than (bit pattern order)';
COMMENT ON FUNCTION cag_ovt.purchase_class_ge(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Plus grand ou égal (ordre de bits) / greater than or equal (bit pattern order)';
COMMENT ON FUNCTION cag_ovt.purchase_class_cmp(cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'Comparaison btree (-1, 0, 1) / btree comparison (-1, 0, 1)';
COMMENT ON FUNCTION cag_ovt.purchase_class_hash(cag_ovt.purchase_class) IS 'Hachage pour index hash et jointures / hash for hash indexes and joins';
COMMENT ON FUNCTION cag_ovt.purchase_class_hash_extended(cag_ovt.purchase_class, bigint) IS 'Hachage 64 bits avec graine / 64-bit seeded hash';
COMMENT ON FUNCTION cag_ovt.purchase_class_sortsupport(internal) IS 'Tri rapide (sort support) / sort support';

CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class, FUNCTION = cag_ovt.purchase_class_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class, FUNCTION = cag_ovt.purchase_class_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR cag_ovt.< (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class, FUNCTION = cag_ovt.purchase_class_lt,
    COMMUTATOR = OPERATOR(cag_ovt.>), NEGATOR = OPERATOR(cag_ovt.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR cag_ovt.<= (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class, FUNCTION = cag_ovt.purchase_class_le,
    COMMUTATOR = OPERATOR(cag_ovt.>=), NEGATOR = OPERATOR(cag_ovt.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR cag_ovt.> (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class, FUNCTION = cag_ovt.purchase_class_gt,
    COMMUTATOR = OPERATOR(cag_ovt.<), NEGATOR = OPERATOR(cag_ovt.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR cag_ovt.>= (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class, FUNCTION = cag_ovt.purchase_class_ge,
    COMMUTATOR = OPERATOR(cag_ovt.<=), NEGATOR = OPERATOR(cag_ovt.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);

COMMENT ON OPERATOR cag_ovt.= (cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'différent / not equal';
COMMENT ON OPERATOR cag_ovt.< (cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'plus petit que / less than';
COMMENT ON OPERATOR cag_ovt.<= (cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'plus petit ou égal / less than or equal';
COMMENT ON OPERATOR cag_ovt.> (cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'plus grand que / greater than';
COMMENT ON OPERATOR cag_ovt.>= (cag_ovt.purchase_class, cag_ovt.purchase_class) IS 'plus grand ou égal / greater than or equal';

CREATE OPERATOR CLASS cag_ovt.purchase_class_ops
    DEFAULT FOR TYPE cag_ovt.purchase_class USING btree AS
        OPERATOR 1 cag_ovt.< ,
        OPERATOR 2 cag_ovt.<= ,
        OPERATOR 3 cag_ovt.= ,
        OPERATOR 4 cag_ovt.>= ,
        OPERATOR 5 cag_ovt.> ,
        FUNCTION 1 cag_ovt.purchase_class_cmp(cag_ovt.purchase_class, cag_ovt.purchase_class),
        FUNCTION 2 cag_ovt.purchase_class_sortsupport(internal),
        FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS cag_ovt.purchase_class_hash_ops
    DEFAULT FOR TYPE cag_ovt.purchase_class USING hash AS
        OPERATOR 1 cag_ovt.= ,
        FUNCTION 1 cag_ovt.purchase_class_hash(cag_ovt.purchase_class),
        FUNCTION 2 cag_ovt.purchase_class_hash_extended(cag_ovt.purchase_class, bigint);

COMMENT ON OPERATOR CLASS cag_ovt.purchase_class_ops USING btree IS 'Classe btree de purchase_class (ordre de bits) / btree class of purchase_class (bit pattern order)';
COMMENT ON OPERATOR CLASS cag_ovt.purchase_class_hash_ops USING hash IS 'Classe hash de purchase_class / hash class of purchase_class';
COMMENT ON OPERATOR FAMILY cag_ovt.purchase_class_ops USING btree IS 'Famille btree de purchase_class / btree family of purchase_class';
COMMENT ON OPERATOR FAMILY cag_ovt.purchase_class_hash_ops USING hash IS 'Famille hash de purchase_class / hash family of purchase_class';

CREATE FUNCTION cag_ovt.purchase_class_contains(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_contained(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_overlaps(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_union(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS cag_ovt.purchase_class AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_intersect(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS cag_ovt.purchase_class AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_flags(cag_ovt.purchase_class) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION cag_ovt.purchase_class_contains(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Vrai si la première classe a tous les indicateurs de la seconde (opérateur @>) / true when the first class has every flag of the second (operator @>)';
COMMENT ON FUNCTION cag_ovt.purchase_class_contained(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Vrai si tous les indicateurs de la première classe sont dans la seconde (opérateur <@) / true when every flag of the first class is in the second (operator <@)';
COMMENT ON FUNCTION cag_ovt.purchase_class_overlaps(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Vrai si les deux classes ont un indicateur en commun (opérateur &&) / true when the classes have a flag in common (operator &&)';
COMMENT ON FUNCTION cag_ovt.purchase_class_union(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Union des indicateurs (opérateur |) ; erreur si le résultat viole un invariant, p. ex. quebec et outside_quebec / union of the flags (operator |); an error when the result breaks an invariant, e.g. quebec and outside_quebec';
COMMENT ON FUNCTION cag_ovt.purchase_class_intersect(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Indicateurs communs (opérateur &) / flags in common (operator &)';
COMMENT ON FUNCTION cag_ovt.purchase_class_flags(cag_ovt.purchase_class) IS
    'Noms des indicateurs, dans l''ordre des bits / names of the flags, in bit order';

CREATE OPERATOR cag_ovt.@> (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_contains,
    COMMUTATOR = OPERATOR(cag_ovt.<@),
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.<@ (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_contained,
    COMMUTATOR = OPERATOR(cag_ovt.@>),
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.&& (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_overlaps,
    COMMUTATOR = OPERATOR(cag_ovt.&&),
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.| (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_union,
    COMMUTATOR = OPERATOR(cag_ovt.|));
CREATE OPERATOR cag_ovt.& (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_intersect,
    COMMUTATOR = OPERATOR(cag_ovt.&));

COMMENT ON OPERATOR cag_ovt.@> (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'contient tous les indicateurs de / has every flag of';
COMMENT ON OPERATOR cag_ovt.<@ (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'est contenue dans / is contained in';
COMMENT ON OPERATOR cag_ovt.&& (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'a un indicateur en commun avec / has a flag in common with';
COMMENT ON OPERATOR cag_ovt.| (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'union (invariants vérifiés) / union (invariants checked)';
COMMENT ON OPERATOR cag_ovt.& (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'intersection / intersection';

-- ===== src/classify.sql =====
-- Classification of purchases: the reference lists (eco labels, food labels,
-- food categories), classify_purchase and explain_classification (C, see
-- src/classify.c and src/classify_core.c), the purchases table, its
-- trigger, and reclassify_purchases.

CREATE FUNCTION cag_ovt.normalize_label(label text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.normalize_label(text) IS
    'Clé de comparaison d''une étiquette : lettres sans accents en minuscules et chiffres, sans espaces, traits d''union ni ponctuation (''Energy-Star'' et ''ENERGY STAR'' donnent ''energystar'') / comparison key of a label: letters without accents in lower case and digits, without spaces, hyphens or punctuation (''Energy-Star'' and ''ENERGY STAR'' both give ''energystar'')';

-- The reference lists.  The seed rows are the common labels of the
-- government's guide (the official list is unverified: DBAs edit it).

CREATE TABLE cag_ovt.eco_labels (
    label text PRIMARY KEY
        CONSTRAINT eco_labels_label_check CHECK (cag_ovt.normalize_label(label) OPERATOR(pg_catalog.<>) ''),
    name text,
    category text
);
COMMENT ON TABLE cag_ovt.eco_labels IS
    'Écoétiquettes : un achat qui porte l''une d''elles est écoresponsable (modifiable par le DBA ; une ligne par graphie au besoin) / eco-labels: a purchase that carries one of them is eco-responsible (editable by the DBA; one row per spelling if needed)';
COMMENT ON COLUMN cag_ovt.eco_labels.label IS
    'L''étiquette, comparée sans égard à la casse, aux accents, aux espaces, aux traits d''union et à la ponctuation / the label, compared ignoring case, accents, spaces, hyphens and punctuation';
COMMENT ON COLUMN cag_ovt.eco_labels.name IS 'Nom complet / full name';
COMMENT ON COLUMN cag_ovt.eco_labels.category IS
    'Famille du guide des écoétiquettes : general, it_energy, forestry, textile, social / family of the eco-label guide: general, it_energy, forestry, textile, social';

INSERT INTO cag_ovt.eco_labels (label, name, category) VALUES
    ('UL ECOLOGO', 'UL ECOLOGO', 'general'),
    ('ECOLOGO', 'UL ECOLOGO', 'general'),
    ('Green Seal', 'Green Seal', 'general'),
    ('Écocert', 'Ecocert', 'general'),
    ('Cradle to Cradle', 'Cradle to Cradle Certified', 'general'),
    ('Cradle to Cradle Certified', 'Cradle to Cradle Certified', 'general'),
    ('EU Ecolabel', 'Écolabel européen / EU Ecolabel', 'general'),
    ('ENERGY STAR', 'ENERGY STAR', 'it_energy'),
    ('EPEAT', 'EPEAT (Global Electronics Council)', 'it_energy'),
    ('TCO Certified', 'TCO Certified', 'it_energy'),
    ('FSC', 'Forest Stewardship Council', 'forestry'),
    ('Forest Stewardship Council', 'Forest Stewardship Council', 'forestry'),
    ('PEFC', 'Programme for the Endorsement of Forest Certification', 'forestry'),
    ('SFI', 'Sustainable Forestry Initiative', 'forestry'),
    ('OEKO-TEX', 'OEKO-TEX Standard 100', 'textile'),
    ('GOTS', 'Global Organic Textile Standard', 'textile'),
    ('bluesign', 'bluesign', 'textile'),
    ('Fairtrade', 'Fairtrade', 'social'),
    ('Commerce équitable', 'Fairtrade', 'social'),
    ('Rainforest Alliance', 'Rainforest Alliance Certified', 'social');
SELECT cag_ovt.manage_reference_table('cag_ovt.eco_labels');

CREATE TABLE cag_ovt.food_labels (
    label text PRIMARY KEY
        CONSTRAINT food_labels_label_check CHECK (cag_ovt.normalize_label(label) OPERATOR(pg_catalog.<>) ''),
    name text,
    kind text NOT NULL
        CONSTRAINT food_labels_kind_check CHECK (kind OPERATOR(pg_catalog.=) ANY (ARRAY['produced', 'prepared']))
);
COMMENT ON TABLE cag_ovt.food_labels IS
    'Étiquettes des aliments du Québec : un achat d''aliments qui porte l''une d''elles est un achat d''aliments québécois (modifiable par le DBA) / Québec food labels: a food purchase that carries one of them is a Québec food purchase (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.food_labels.label IS
    'L''étiquette, comparée sans égard à la casse, aux accents, aux espaces, aux traits d''union et à la ponctuation / the label, compared ignoring case, accents, spaces, hyphens and punctuation';
COMMENT ON COLUMN cag_ovt.food_labels.name IS 'Nom complet / full name';
COMMENT ON COLUMN cag_ovt.food_labels.kind IS
    'produced : produit au Québec (100 %, ou au moins 85 % d''ingrédients québécois transformés et emballés au Québec) ; prepared : transformé et emballé au Québec, ingrédients possiblement importés / produced: produced in Québec (100 %, or at least 85 % Québec ingredients processed and packaged in Québec); prepared: processed and packaged in Québec, ingredients possibly imported';

INSERT INTO cag_ovt.food_labels (label, name, kind) VALUES
    ('Aliments du Québec', 'Aliments du Québec', 'produced'),
    ('Aliments du Québec Bio', 'Aliments du Québec Bio', 'produced'),
    ('Aliments préparés au Québec', 'Aliments préparés au Québec', 'prepared'),
    ('Aliments préparés au Québec Bio', 'Aliments préparés au Québec Bio', 'prepared');
SELECT cag_ovt.manage_reference_table('cag_ovt.food_labels');

CREATE TABLE cag_ovt.food_categories (
    category cag_ovt.unspsc PRIMARY KEY
);
COMMENT ON TABLE cag_ovt.food_categories IS
    'Catégories UNSPSC d''aliments : un achat dont la catégorie est l''une d''elles ou en descend est un achat d''aliments (modifiable par le DBA) / UNSPSC food categories: a purchase whose category is one of them or below one is a food purchase (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.food_categories.category IS
    'Segment, famille, classe ou marchandise UNSPSC / UNSPSC segment, family, class or commodity';

INSERT INTO cag_ovt.food_categories (category) VALUES ('50000000');
SELECT cag_ovt.manage_reference_table('cag_ovt.food_categories');

-- Classification.

CREATE FUNCTION cag_ovt.classify_purchase(
    supplier_region cag_ovt.qc_region DEFAULT NULL,
    supplier_province text DEFAULT NULL,
    supplier_postal_code cag_ovt.postal_code DEFAULT NULL,
    delivery_region cag_ovt.qc_region DEFAULT NULL,
    category cag_ovt.unspsc DEFAULT NULL,
    labels text[] DEFAULT NULL,
    group_purchase boolean DEFAULT NULL,
    delivery_regions cag_ovt.qc_region[] DEFAULT NULL,
    supplier_country text DEFAULT NULL,
    as_of date DEFAULT NULL)
    RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.classify_purchase(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date) IS
    'Classe d''un achat (origine du fournisseur, région, écoresponsable, aliments, aliments du Québec, achat regroupé) selon les listes de référence ; tout argument peut être NULL (inconnu) ; as_of : date de l''achat (NULL : aujourd''hui) / class of a purchase (supplier origin, region, eco-responsible, food, Québec food, group purchase) from the reference lists; any argument may be NULL (unknown); as_of: date of the purchase (NULL: today)';

CREATE FUNCTION cag_ovt.explain_classification(
    supplier_region cag_ovt.qc_region DEFAULT NULL,
    supplier_province text DEFAULT NULL,
    supplier_postal_code cag_ovt.postal_code DEFAULT NULL,
    delivery_region cag_ovt.qc_region DEFAULT NULL,
    category cag_ovt.unspsc DEFAULT NULL,
    labels text[] DEFAULT NULL,
    group_purchase boolean DEFAULT NULL,
    delivery_regions cag_ovt.qc_region[] DEFAULT NULL,
    supplier_country text DEFAULT NULL,
    as_of date DEFAULT NULL)
    RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.explain_classification(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date) IS
    'Pourquoi classify_purchase donne sa classe : pour chaque dimension, le résultat, la règle et les valeurs qui l''ont décidé, les indices contradictoires et les inconnus / why classify_purchase gives its class: for each dimension, the result, the rule and the values that decided it, conflicting evidence and unknowns';

CREATE FUNCTION cag_ovt.classify_purchase(purchase record)
    RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME', 'classify_purchase_row' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.classify_purchase(record) IS
    'Classe d''une ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes), valeurs par défaut du déclencheur appliquées : la classe que le déclencheur stockerait / class of a row of cag_ovt.purchases (or of a table with its columns), with the trigger''s defaults applied: the class the trigger would store';

CREATE FUNCTION cag_ovt.explain_classification(purchase record)
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'explain_classification_row' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.explain_classification(record) IS
    'Explication de la classe d''une ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes), avec les valeurs par défaut appliquées par le déclencheur / explanation of the class of a row of cag_ovt.purchases (or of a table with its columns), with the defaults the trigger applies';

-- The purchases.

CREATE FUNCTION cag_ovt.classify_purchase_trigger() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION cag_ovt.classify_purchase_trigger() IS
    'Déclencheur BEFORE INSERT OR UPDATE FOR EACH ROW : complète buyer_region et delivery_region (municipalités, puis région de l''acheteur) et calcule class, quelle que soit la valeur fournie ; trouve ses colonnes par leur nom / BEFORE INSERT OR UPDATE FOR EACH ROW trigger: fills buyer_region and delivery_region (municipalities, then the buyer''s region) and computes class, whatever value was supplied; finds its columns by name';

CREATE TABLE cag_ovt.purchases (
    purchase_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    purchased_on date NOT NULL
        CONSTRAINT purchases_purchased_on_check CHECK (pg_catalog.isfinite(purchased_on)),
    buyer text,
    buyer_municipality text
        CONSTRAINT purchases_buyer_municipality_check CHECK (buyer_municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    buyer_region cag_ovt.qc_region,
    delivery_municipality text
        CONSTRAINT purchases_delivery_municipality_check CHECK (delivery_municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    delivery_region cag_ovt.qc_region,
    delivery_regions cag_ovt.qc_region[],
    supplier_name text,
    supplier_neq cag_ovt.neq,
    supplier_country text,
    supplier_province text,
    supplier_postal_code cag_ovt.postal_code,
    supplier_region cag_ovt.qc_region,
    category cag_ovt.unspsc,
    description text,
    amount numeric(16,2) NOT NULL
        CONSTRAINT purchases_amount_check CHECK (amount OPERATOR(pg_catalog.<>) 'NaN'::pg_catalog.numeric),
    labels text[],
    group_purchase boolean NOT NULL DEFAULT false,
    source text,
    source_ref text,
    class cag_ovt.purchase_class NOT NULL
);
CREATE UNIQUE INDEX purchases_source_ref_key ON cag_ovt.purchases (source, source_ref)
    WHERE source IS NOT NULL AND source_ref IS NOT NULL;
CREATE INDEX purchases_purchased_on_idx ON cag_ovt.purchases (purchased_on);
CREATE TRIGGER cag_classify BEFORE INSERT OR UPDATE ON cag_ovt.purchases
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.classify_purchase_trigger();
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.purchases', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.purchases_purchase_id_seq', '');
-- The DBA who created the extension loads and edits the purchases and may let
-- other roles do so; not TRIGGER: a trigger of that role on this table would
-- run its function as whoever inserts, a superuser too.
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON cag_ovt.purchases TO @extowner@ WITH GRANT OPTION;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE cag_ovt.purchases_purchase_id_seq TO @extowner@ WITH GRANT OPTION;

COMMENT ON TABLE cag_ovt.purchases IS
    'Achats publics, chacun classé à l''insertion et à chaque mise à jour par le déclencheur cag_classify ; sauvegardés par pg_dump / public purchases, each classed on insert and on every update by the trigger cag_classify; dumped by pg_dump';
COMMENT ON SEQUENCE cag_ovt.purchases_purchase_id_seq IS
    'Séquence d''identité de purchases.purchase_id, sauvegardée par pg_dump / identity sequence of purchases.purchase_id, dumped by pg_dump';
COMMENT ON TRIGGER cag_classify ON cag_ovt.purchases IS
    'Classe chaque ligne insérée ou modifiée (classify_purchase_trigger) / classes every row inserted or updated (classify_purchase_trigger)';
COMMENT ON INDEX cag_ovt.purchases_source_ref_key IS
    'Une ligne par référence de source : les chargeurs font un upsert sur (source, source_ref) / one row per source reference: loaders upsert on (source, source_ref)';
COMMENT ON INDEX cag_ovt.purchases_purchased_on_idx IS
    'Achats par date (rapports par année financière, reclassify_purchases(since)) / purchases by date (fiscal-year reports, reclassify_purchases(since))';
COMMENT ON COLUMN cag_ovt.purchases.purchase_id IS 'Identifiant (identité) / identifier (identity)';
COMMENT ON COLUMN cag_ovt.purchases.purchased_on IS
    'Date de l''achat (adjudication ou commande), date des règles territoriales / date of the purchase (award or order), date of the territorial rules';
COMMENT ON COLUMN cag_ovt.purchases.buyer IS 'Organisme acheteur / buying organization';
COMMENT ON COLUMN cag_ovt.purchases.buyer_municipality IS
    'Code géographique MAMH (5 chiffres) de l''acheteur / MAMH geographic code (5 digits) of the buyer';
COMMENT ON COLUMN cag_ovt.purchases.buyer_region IS
    'Région de l''acheteur ; NULL : region_of_municipality(buyer_municipality, purchased_on) / region of the buyer; NULL: region_of_municipality(buyer_municipality, purchased_on)';
COMMENT ON COLUMN cag_ovt.purchases.delivery_municipality IS
    'Code géographique MAMH (5 chiffres) du lieu de livraison / MAMH geographic code (5 digits) of the place of delivery';
COMMENT ON COLUMN cag_ovt.purchases.delivery_region IS
    'Région de livraison ; NULL : celle de delivery_municipality, sinon buyer_region si delivery_regions est vide / delivery region; NULL: that of delivery_municipality, else buyer_region when delivery_regions is empty';
COMMENT ON COLUMN cag_ovt.purchases.delivery_regions IS
    'Régions de livraison d''un avis livré dans plusieurs régions (s''ajoutent à delivery_region) / delivery regions of a notice delivered to several regions (added to delivery_region)';
COMMENT ON COLUMN cag_ovt.purchases.supplier_name IS 'Nom du fournisseur / supplier name';
COMMENT ON COLUMN cag_ovt.purchases.supplier_neq IS 'NEQ du fournisseur / NEQ of the supplier';
COMMENT ON COLUMN cag_ovt.purchases.supplier_country IS
    'Pays du fournisseur tel qu''écrit (CAN, CA, Canada... ; vide : inconnu) / country of the supplier as written (CAN, CA, Canada...; empty: unknown)';
COMMENT ON COLUMN cag_ovt.purchases.supplier_province IS
    'Province ou État du fournisseur tel qu''écrit (QC, PQ, Québec, ON, Ont.... ; un numéro de région n''est pas une province) / province or state of the supplier as written (QC, PQ, Québec, ON, Ont....; a region number is no province)';
COMMENT ON COLUMN cag_ovt.purchases.supplier_postal_code IS
    'Code postal du fournisseur ; il l''emporte sur la province et le pays / postal code of the supplier; it prevails over the province and the country';
COMMENT ON COLUMN cag_ovt.purchases.supplier_region IS
    'Région du fournisseur ; NULL : celle de son code postal / region of the supplier; NULL: that of its postal code';
COMMENT ON COLUMN cag_ovt.purchases.category IS 'Catégorie UNSPSC / UNSPSC category';
COMMENT ON COLUMN cag_ovt.purchases.description IS 'Description / description';
COMMENT ON COLUMN cag_ovt.purchases.amount IS
    'Montant en dollars, au cent ; négatif pour une note de crédit / amount in dollars, to the cent; negative for a credit note';
COMMENT ON COLUMN cag_ovt.purchases.labels IS
    'Étiquettes du bien ou du service (écoétiquettes, Aliments du Québec...) / labels of the good or service (eco-labels, Aliments du Québec...)';
COMMENT ON COLUMN cag_ovt.purchases.group_purchase IS
    'Vrai pour un achat fait par un regroupement d''achats / true for a purchase made through a group purchase';
COMMENT ON COLUMN cag_ovt.purchases.source IS 'Source des données (p. ex. seao) / data source (e.g. seao)';
COMMENT ON COLUMN cag_ovt.purchases.source_ref IS
    'Référence dans la source, unique par source / reference in the source, unique per source';
COMMENT ON COLUMN cag_ovt.purchases.class IS
    'Classe calculée par le déclencheur (une valeur fournie est remplacée) / class computed by the trigger (a supplied value is replaced)';

CREATE FUNCTION cag_ovt.reclassify_purchases(since date DEFAULT NULL) RETURNS bigint
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH changed AS (
        UPDATE cag_ovt.purchases AS p
           SET class = p.class          -- the trigger computes it
         WHERE (since IS NULL OR p.purchased_on OPERATOR(pg_catalog.>=) since)
           AND p.class OPERATOR(cag_ovt.<>) cag_ovt.classify_purchase(p)
        RETURNING 1)
    SELECT pg_catalog.count(*) FROM changed
$$;
COMMENT ON FUNCTION cag_ovt.reclassify_purchases(date) IS
    'Recalcule la classe des achats (depuis la date since, NULL : tous) après une modification des listes de référence ; n''écrit que les lignes dont la classe change et renvoie leur nombre / recomputes the class of the purchases (from date since on, NULL: all) after the reference lists changed; writes only the rows whose class changes and returns their number';

-- ===== src/spend_summary.sql =====
-- spend_summary: exact summary of purchases (number and amount, overall and
-- per purchase_class flag); aggregates spend_agg and rollup; accessors.

CREATE TYPE cag_ovt.spend_summary;

CREATE FUNCTION cag_ovt.spend_summary_in(cstring) RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.spend_summary_out(cag_ovt.spend_summary) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.spend_summary_recv(internal) RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.spend_summary_send(cag_ovt.spend_summary) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.spend_summary (
    INPUT = cag_ovt.spend_summary_in,
    OUTPUT = cag_ovt.spend_summary_out,
    RECEIVE = cag_ovt.spend_summary_recv,
    SEND = cag_ovt.spend_summary_send,
    INTERNALLENGTH = 152,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.spend_summary IS
    'Sommaire exact d''achats (en cents) : nombre et montant, au total et pour chaque indicateur de purchase_class ; forme texte JSON versionnée / exact summary of purchases (in cents): number and amount, in all and for each purchase_class flag; versioned JSON text form';
COMMENT ON FUNCTION cag_ovt.spend_summary_in(cstring) IS
    'Entrée texte de spend_summary : objet JSON (clés dans n''importe quel ordre), cohérence vérifiée / text input of spend_summary: a JSON object (keys in any order), consistency checked';
COMMENT ON FUNCTION cag_ovt.spend_summary_out(cag_ovt.spend_summary) IS
    'Sortie texte de spend_summary : objet JSON avec version, nombres entiers et montants à deux décimales / text output of spend_summary: JSON object with version, integer counts and amounts with two decimals';
COMMENT ON FUNCTION cag_ovt.spend_summary_recv(internal) IS
    'Entrée binaire de spend_summary (version, puis entiers de 64 bits), validée comme l''entrée texte / binary input of spend_summary (version, then 64-bit integers), validated like text input';
COMMENT ON FUNCTION cag_ovt.spend_summary_send(cag_ovt.spend_summary) IS
    'Sortie binaire de spend_summary : int32 version, puis nombre et montant en cents (int8), au total puis par indicateur / binary output of spend_summary: int32 version, then count and amount in cents (int8), in all then per flag';

-- JSON: the text form is a JSON object.
CREATE CAST (cag_ovt.spend_summary AS jsonb) WITH INOUT;
CREATE CAST (jsonb AS cag_ovt.spend_summary) WITH INOUT;
CREATE CAST (cag_ovt.spend_summary AS json) WITH INOUT;
CREATE CAST (json AS cag_ovt.spend_summary) WITH INOUT;
COMMENT ON CAST (cag_ovt.spend_summary AS jsonb) IS 'Le sommaire en jsonb / the summary as jsonb';
COMMENT ON CAST (jsonb AS cag_ovt.spend_summary) IS 'Un sommaire lu d''un jsonb (toutes les clés requises) / a summary read from jsonb (every key required)';
COMMENT ON CAST (cag_ovt.spend_summary AS json) IS 'Le sommaire en json / the summary as json';
COMMENT ON CAST (json AS cag_ovt.spend_summary) IS 'Un sommaire lu d''un json (toutes les clés requises) / a summary read from json (every key required)';

-- Equality.
CREATE FUNCTION cag_ovt.spend_summary_eq(cag_ovt.spend_summary, cag_ovt.spend_summary) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.spend_summary_ne(cag_ovt.spend_summary, cag_ovt.spend_summary) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION cag_ovt.spend_summary_eq(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Égalité de deux sommaires (tous les nombres et montants) / equality of two summaries (every count and amount)';
COMMENT ON FUNCTION cag_ovt.spend_summary_ne(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Différence de deux sommaires / inequality of two summaries';
CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.spend_summary, RIGHTARG = cag_ovt.spend_summary,
    FUNCTION = cag_ovt.spend_summary_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.spend_summary, RIGHTARG = cag_ovt.spend_summary,
    FUNCTION = cag_ovt.spend_summary_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR cag_ovt.= (cag_ovt.spend_summary, cag_ovt.spend_summary) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.spend_summary, cag_ovt.spend_summary) IS 'différent / not equal';

-- Amount conversion used by the aggregates.
CREATE FUNCTION cag_ovt.amount_cents(numeric) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.amount_cents(numeric) IS
    'Montant en cents, arrondi au cent le plus proche (moitié en s''éloignant de zéro), comme le font les agrégats / amount in cents, rounded to the nearest cent (half away from zero), as the aggregates do';

-- Combination: operator +, and the transition functions.
CREATE FUNCTION cag_ovt.spend_summary_plus(cag_ovt.spend_summary, cag_ovt.spend_summary)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.spend_summary_plus(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Somme de deux sommaires (opérateur +, transition et combinaison de rollup, combinaison de spend_agg) ; erreur 22003 en cas de dépassement / sum of two summaries (operator +, transition and combine function of rollup, combine function of spend_agg); error 22003 on overflow';
CREATE OPERATOR cag_ovt.+ (
    LEFTARG = cag_ovt.spend_summary, RIGHTARG = cag_ovt.spend_summary,
    FUNCTION = cag_ovt.spend_summary_plus,
    COMMUTATOR = OPERATOR(cag_ovt.+));
COMMENT ON OPERATOR cag_ovt.+ (cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'somme de deux sommaires / sum of two summaries';

CREATE FUNCTION cag_ovt.rollup_invfn(cag_ovt.spend_summary, cag_ovt.spend_summary)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.rollup_invfn(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Transition inverse de rollup (retire un sommaire, pour les fenêtres glissantes) / inverse transition of rollup (removes a summary, for moving window frames)';

CREATE FUNCTION cag_ovt.spend_agg_transfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.spend_agg_transfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class) IS
    'Transition de spend_agg : ajoute un achat (montant arrondi au cent) / transition function of spend_agg: adds one purchase (amount rounded to the cent)';
CREATE FUNCTION cag_ovt.spend_agg_invfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.spend_agg_invfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class) IS
    'Transition inverse de spend_agg : retire un achat (fenêtres glissantes) / inverse transition of spend_agg: removes one purchase (moving window frames)';

CREATE AGGREGATE cag_ovt.spend_agg(numeric, cag_ovt.purchase_class) (
    SFUNC = cag_ovt.spend_agg_transfn,
    STYPE = cag_ovt.spend_summary,
    INITCOND = '{"version": 1, "count": 0, "amount": 0.00, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}',
    COMBINEFUNC = cag_ovt.spend_summary_plus,
    MSFUNC = cag_ovt.spend_agg_transfn,
    MINVFUNC = cag_ovt.spend_agg_invfn,
    MSTYPE = cag_ovt.spend_summary,
    MINITCOND = '{"version": 1, "count": 0, "amount": 0.00, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.spend_agg(numeric, cag_ovt.purchase_class) IS
    'Sommaire exact des achats (montants arrondis au cent, moitié en s''éloignant de zéro ; lignes NULL ignorées) ; parallèle, combinable, fenêtres glissantes en O(1) / exact summary of purchases (amounts rounded to the cent, half away from zero; NULL rows skipped); parallel, combinable, O(1) moving window frames';

CREATE AGGREGATE cag_ovt.rollup(cag_ovt.spend_summary) (
    SFUNC = cag_ovt.spend_summary_plus,
    STYPE = cag_ovt.spend_summary,
    INITCOND = '{"version": 1, "count": 0, "amount": 0.00, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}',
    COMBINEFUNC = cag_ovt.spend_summary_plus,
    MSFUNC = cag_ovt.spend_summary_plus,
    MINVFUNC = cag_ovt.rollup_invfn,
    MSTYPE = cag_ovt.spend_summary,
    MINITCOND = '{"version": 1, "count": 0, "amount": 0.00, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.rollup(cag_ovt.spend_summary) IS
    'Combine des sommaires (p. ex. mensuels en annuels) ; égal à spend_agg sur l''union des achats ; parallèle, fenêtres glissantes en O(1) / combines summaries (e.g. monthly into yearly); equal to spend_agg over the union of the purchases; parallel, O(1) moving window frames';

-- Accessors.
CREATE FUNCTION cag_ovt.total_amount(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_total_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary) RETURNS bigint
    AS 'MODULE_PATHNAME', 'spend_summary_purchase_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.amount(cag_ovt.spend_summary, flag text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_flag_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary, flag text) RETURNS bigint
    AS 'MODULE_PATHNAME', 'spend_summary_flag_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share(cag_ovt.spend_summary, flag text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.known_share(cag_ovt.spend_summary, flag text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_known_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.coverage(cag_ovt.spend_summary, dimension text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_coverage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.quebec_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_quebec_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.regional_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_regional_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.eco_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_eco_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.quebec_food_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_quebec_food_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.group_purchase_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_group_purchase_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION cag_ovt.total_amount(cag_ovt.spend_summary) IS
    'Montant total des achats (0.00 pour un sommaire vide) / total amount of the purchases (0.00 for an empty summary)';
COMMENT ON FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary) IS
    'Nombre d''achats / number of purchases';
COMMENT ON FUNCTION cag_ovt.amount(cag_ovt.spend_summary, text) IS
    'Montant des achats portant l''indicateur donné / amount of the purchases carrying the given flag';
COMMENT ON FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary, text) IS
    'Nombre d''achats portant l''indicateur donné / number of purchases carrying the given flag';
COMMENT ON FUNCTION cag_ovt.share(cag_ovt.spend_summary, text) IS
    'Montant avec l''indicateur / montant total ; NULL si le total est 0 / amount with the flag / total amount; NULL when the total is 0';
COMMENT ON FUNCTION cag_ovt.known_share(cag_ovt.spend_summary, text) IS
    'Montant avec l''indicateur / montant dont le statut est connu sur sa dimension (quebec : quebec + outside_quebec ; regional : regional + outside_region ; quebec_food : food ; autres : total) ; NULL si 0 / amount with the flag / amount whose status is known on its dimension (quebec: quebec + outside_quebec; regional: regional + outside_region; quebec_food: food; others: total); NULL when 0';
COMMENT ON FUNCTION cag_ovt.coverage(cag_ovt.spend_summary, text) IS
    'Part du montant dont le statut est connu : ''origin'' (quebec + outside_quebec) ou ''region'' (regional + outside_region) ; NULL si le total est 0 / share of the amount whose status is known: ''origin'' (quebec + outside_quebec) or ''region'' (regional + outside_region); NULL when the total is 0';
COMMENT ON FUNCTION cag_ovt.quebec_share(cag_ovt.spend_summary) IS
    'Part québécoise parmi les fournisseurs de provenance connue (known_share quebec) / Québec share among suppliers of known origin (known_share quebec)';
COMMENT ON FUNCTION cag_ovt.regional_share(cag_ovt.spend_summary) IS
    'Part régionale parmi les achats de région connue (known_share regional) / regional share among purchases of known region (known_share regional)';
COMMENT ON FUNCTION cag_ovt.eco_share(cag_ovt.spend_summary) IS
    'Part écoresponsable du montant total (known_share eco) / eco-responsible share of the total amount (known_share eco)';
COMMENT ON FUNCTION cag_ovt.quebec_food_share(cag_ovt.spend_summary) IS
    'Part des aliments québécois dans les achats alimentaires (known_share quebec_food) / Québec food share of food purchases (known_share quebec_food)';
COMMENT ON FUNCTION cag_ovt.group_purchase_share(cag_ovt.spend_summary) IS
    'Part des achats regroupés dans le montant total (known_share group_purchase) / group-purchase share of the total amount (known_share group_purchase)';

-- ===== src/share_agg.sql =====
-- share_agg(amount, condition): exact share of the amount where a condition
-- holds; its state type share_state.

CREATE TYPE cag_ovt.share_state;

CREATE FUNCTION cag_ovt.share_state_in(cstring) RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_state_out(cag_ovt.share_state) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_state_recv(internal) RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_state_send(cag_ovt.share_state) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.share_state (
    INPUT = cag_ovt.share_state_in,
    OUTPUT = cag_ovt.share_state_out,
    RECEIVE = cag_ovt.share_state_recv,
    SEND = cag_ovt.share_state_send,
    INTERNALLENGTH = 40,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.share_state IS
    'État exact de share_agg (en cents) : nombre et montant des achats, et de ceux qui remplissent la condition ; forme texte JSON versionnée / exact state of share_agg (in cents): number and amount of the purchases, and of those meeting the condition; versioned JSON text form';
COMMENT ON FUNCTION cag_ovt.share_state_in(cstring) IS
    'Entrée texte de share_state : objet JSON (clés dans n''importe quel ordre), cohérence vérifiée / text input of share_state: a JSON object (keys in any order), consistency checked';
COMMENT ON FUNCTION cag_ovt.share_state_out(cag_ovt.share_state) IS
    'Sortie texte de share_state : objet JSON avec version / text output of share_state: JSON object with a version';
COMMENT ON FUNCTION cag_ovt.share_state_recv(internal) IS
    'Entrée binaire de share_state, validée comme l''entrée texte / binary input of share_state, validated like text input';
COMMENT ON FUNCTION cag_ovt.share_state_send(cag_ovt.share_state) IS
    'Sortie binaire de share_state : int32 version, puis quatre int8 (nombre, montant en cents, nombre et montant où la condition est vraie) / binary output of share_state: int32 version, then four int8 (count, amount in cents, count and amount where the condition holds)';

CREATE CAST (cag_ovt.share_state AS jsonb) WITH INOUT;
CREATE CAST (jsonb AS cag_ovt.share_state) WITH INOUT;
CREATE CAST (cag_ovt.share_state AS json) WITH INOUT;
CREATE CAST (json AS cag_ovt.share_state) WITH INOUT;
COMMENT ON CAST (cag_ovt.share_state AS jsonb) IS 'L''état en jsonb / the state as jsonb';
COMMENT ON CAST (jsonb AS cag_ovt.share_state) IS 'Un état lu d''un jsonb (toutes les clés requises) / a state read from jsonb (every key required)';
COMMENT ON CAST (cag_ovt.share_state AS json) IS 'L''état en json / the state as json';
COMMENT ON CAST (json AS cag_ovt.share_state) IS 'Un état lu d''un json (toutes les clés requises) / a state read from json (every key required)';

CREATE FUNCTION cag_ovt.share_state_eq(cag_ovt.share_state, cag_ovt.share_state) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.share_state_ne(cag_ovt.share_state, cag_ovt.share_state) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION cag_ovt.share_state_eq(cag_ovt.share_state, cag_ovt.share_state) IS
    'Égalité de deux états de share_agg / equality of two share_agg states';
COMMENT ON FUNCTION cag_ovt.share_state_ne(cag_ovt.share_state, cag_ovt.share_state) IS
    'Différence de deux états de share_agg / inequality of two share_agg states';
CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.share_state, RIGHTARG = cag_ovt.share_state,
    FUNCTION = cag_ovt.share_state_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.share_state, RIGHTARG = cag_ovt.share_state,
    FUNCTION = cag_ovt.share_state_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR cag_ovt.= (cag_ovt.share_state, cag_ovt.share_state) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.share_state, cag_ovt.share_state) IS 'différent / not equal';

CREATE FUNCTION cag_ovt.share_agg_transfn(cag_ovt.share_state, numeric, boolean)
    RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_agg_invfn(cag_ovt.share_state, numeric, boolean)
    RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_agg_combine(cag_ovt.share_state, cag_ovt.share_state)
    RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_agg_final(cag_ovt.share_state) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.share_agg_transfn(cag_ovt.share_state, numeric, boolean) IS
    'Transition de share_agg : ajoute un achat (montant NULL ignoré, condition NULL = fausse) / transition function of share_agg: adds one purchase (NULL amount skipped, NULL condition = false)';
COMMENT ON FUNCTION cag_ovt.share_agg_invfn(cag_ovt.share_state, numeric, boolean) IS
    'Transition inverse de share_agg (fenêtres glissantes) / inverse transition of share_agg (moving window frames)';
COMMENT ON FUNCTION cag_ovt.share_agg_combine(cag_ovt.share_state, cag_ovt.share_state) IS
    'Combinaison de deux états de share_agg (somme) / combines two share_agg states (sum)';
COMMENT ON FUNCTION cag_ovt.share_agg_final(cag_ovt.share_state) IS
    'Part d''un état : montant où la condition est vraie / montant ; NULL si le montant est 0 / share of a state: amount where the condition holds / amount; NULL when the amount is 0';

CREATE AGGREGATE cag_ovt.share_agg(numeric, boolean) (
    SFUNC = cag_ovt.share_agg_transfn,
    STYPE = cag_ovt.share_state,
    INITCOND = '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
    FINALFUNC = cag_ovt.share_agg_final,
    COMBINEFUNC = cag_ovt.share_agg_combine,
    MSFUNC = cag_ovt.share_agg_transfn,
    MINVFUNC = cag_ovt.share_agg_invfn,
    MSTYPE = cag_ovt.share_state,
    MINITCOND = '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
    MFINALFUNC = cag_ovt.share_agg_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.share_agg(numeric, boolean) IS
    'Part exacte du montant où la condition est vraie (condition NULL = fausse, montant NULL ignoré) ; NULL si le montant total est 0 ; parallèle, combinable / exact share of the amount where the condition holds (NULL condition = false, NULL amount skipped); NULL when the total amount is 0; parallel, combinable';

-- ===== src/indicators.sql =====
-- Indicators of the CAG 2020-2022 OVT action plan that do not come from
-- purchases, and the data they need: CAG positions (action A5), the
-- partners' advisory committees (A4), the regional priorities the plan
-- answers, targets, and the catalogs of indicators and plan actions.
-- The purchase indicators are in src/purchase_views.sql.
--
-- Tables: editable, dumped with their rows by pg_dump (extension
-- configuration tables); regional_priorities is seeded, so it is a reference
-- table (src/reference.sql).  The extension's owner may read and write them
-- and grant that right on (the tables belong to the bootstrap superuser when
-- the extension is created by a database owner).
--
-- Views: security_invoker, so that what a role may read in the tables (its
-- privileges, row-level security) is what it gets through the views; SELECT
-- on them is granted to PUBLIC.  Plain column types (text, integer, bigint,
-- numeric, date).  A view that has a row for all of Québec and rows per
-- region says which in column scope: 'quebec' (region_code NULL,
-- region_name 'Ensemble du Québec') or 'region'.
--
-- A fiscal year y runs from y-04-01 to (y+1)-03-31; "on 31 March" is its
-- last day.  The views that count stocks (positions, committees) have a row
-- for every fiscal year from the first one with data to the current one (the
-- year holding CURRENT_DATE) or the last one with data, whichever is later.

-- ---------------------------------------------------------------------
-- Catalog of the indicators.  The list is code (each key is computed by a
-- view), so it is a view, not a table; targets and regional_priorities
-- accept only its keys.
CREATE VIEW cag_ovt.indicators WITH (security_invoker = true) AS
SELECT t.indicator, t.unit, t.scopes, t.source, t.name_fr, t.name_en
FROM (VALUES
    (1, 'quebec_share', '%', 'quebec,region', 'quebec_purchase_share.quebec_share',
     'Part du montant des achats allant à des fournisseurs du Québec, parmi les fournisseurs de provenance connue',
     'Share of the amount spent with Québec suppliers, among suppliers of known origin'),
    (2, 'eco_share', '%', 'quebec,region', 'eco_purchase_share.eco_share',
     'Part écoresponsable du montant des achats',
     'Eco-responsible share of the amount spent'),
    (3, 'eco_share_in_group_purchases', '%', 'quebec,region', 'eco_purchase_share.eco_share_in_group_purchases',
     'Part écoresponsable du montant des achats faits par regroupement d''achats',
     'Eco-responsible share of the amount spent through group purchases'),
    (4, 'quebec_food_share', '%', 'quebec,region', 'quebec_food_share.quebec_food_share',
     'Part des aliments québécois dans le montant des achats d''aliments',
     'Québec food share of the amount spent on food'),
    (5, 'committees_with_rules', 'nombre', 'quebec', 'partner_committee_status.committees_with_rules',
     'Comités consultatifs des partenaires dont les règles de fonctionnement sont adoptées (au 31 mars)',
     'Partners'' advisory committees whose operating rules are adopted (on 31 March)'),
    (6, 'meetings_held', 'nombre', 'quebec', 'partner_committee_status.meetings_held',
     'Rencontres des comités consultatifs tenues pendant l''année financière',
     'Meetings of the advisory committees held during the fiscal year'),
    (7, 'regions_covered', 'nombre', 'quebec', 'partner_committee_status.regions_covered',
     'Régions ayant un comité consultatif régional (au 31 mars)',
     'Regions that have a regional advisory committee (on 31 March)'),
    (8, 'share_in_regions', '%', 'quebec', 'regional_positions.share_in_regions',
     'Part des postes du CAG situés en région (au 31 mars)',
     'Share of CAG positions located in the regions (on 31 March)'),
    (9, 'regionalized_positions', 'nombre', 'quebec,region', 'regional_positions.regionalized_positions',
     'Postes régionalisés comptés dans l''objectif gouvernemental de 5 000, cumulatif au 31 mars',
     'Regionalized positions counted toward the government''s 5,000, cumulative on 31 March'),
    (10, 'regional_share', '%', 'quebec,region', 'regional_purchase_share.regional_share',
     'Part du montant des achats allant à des fournisseurs de la région de livraison, parmi les achats de région connue',
     'Share of the amount spent with suppliers of the delivery region, among purchases of known region'),
    (11, 'regional_contract_share', '%', 'quebec,region', 'regional_purchase_share.regional_contract_share',
     'Part des contrats (en nombre) attribués à des fournisseurs de la région de livraison, parmi les contrats de région connue',
     'Share of the contracts (by count) awarded to suppliers of the delivery region, among contracts of known region'),
    (12, 'outside_centres_share', '%', 'quebec,region', 'outside_centres_purchase_share.outside_centres_share',
     'Part du montant des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, parmi ceux de région connue',
     'Share of the amount spent with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, among those of known region')
) AS t(ord, indicator, unit, scopes, source, name_fr, name_en)
ORDER BY t.ord;
GRANT SELECT ON cag_ovt.indicators TO PUBLIC;
COMMENT ON VIEW cag_ovt.indicators IS
    'Indicateurs calculés par les vues du plan d''action OVT : clé (utilisée par targets et regional_priorities), unité, portée, source / indicators computed by the OVT action plan views: key (used by targets and regional_priorities), unit, scope, source';
COMMENT ON COLUMN cag_ovt.indicators.indicator IS 'Clé de l''indicateur, p. ex. quebec_share / indicator key, e.g. quebec_share';
COMMENT ON COLUMN cag_ovt.indicators.unit IS
    'Unité de value et de target dans action_plan_report : ''%'' (pourcentage, 2 décimales) ou ''nombre'' / unit of value and target in action_plan_report: ''%'' (percent, 2 decimals) or ''nombre'' (count)';
COMMENT ON COLUMN cag_ovt.indicators.scopes IS
    'Portées calculées : ''quebec'' (ensemble du Québec) et, avec ''region'', par région / scopes computed: ''quebec'' (all of Québec) and, with ''region'', by region';
COMMENT ON COLUMN cag_ovt.indicators.source IS 'Vue et colonne qui calculent l''indicateur / view and column that compute the indicator';
COMMENT ON COLUMN cag_ovt.indicators.name_fr IS 'Description en français / French description';
COMMENT ON COLUMN cag_ovt.indicators.name_en IS 'Description en anglais / English description';

-- Checks the indicator key of a row of targets or regional_priorities
-- against cag_ovt.indicators: known key, region allowed for it, and (for
-- targets) a target within the range of its unit.
CREATE FUNCTION cag_ovt.check_indicator() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    spec record;
BEGIN
    IF NEW.indicator IS NULL THEN
        RETURN NEW;             -- the NOT NULL constraint reports it
    END IF;
    SELECT i.unit, i.scopes INTO spec
      FROM cag_ovt.indicators i WHERE i.indicator = NEW.indicator;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown indicator "%"', NEW.indicator
            USING ERRCODE = 'check_violation',
                  DETAIL = format('Table %I.%I accepts only the keys of view cag_ovt.indicators.',
                                  TG_TABLE_SCHEMA, TG_TABLE_NAME),
                  HINT = 'Valid indicators are '
                         || (SELECT string_agg(i.indicator, ', ' ORDER BY i.indicator) FROM cag_ovt.indicators i) || '.';
    END IF;
    IF NEW.region IS NOT NULL AND strpos(spec.scopes, 'region') = 0 THEN
        RAISE EXCEPTION 'indicator "%" has no value by region', NEW.indicator
            USING ERRCODE = 'check_violation',
                  DETAIL = 'It is computed for all of Québec only.',
                  HINT = CASE WHEN TG_TABLE_NAME = 'targets'
                              THEN 'Leave region NULL: a target with no region is a target for all of Québec.'
                              ELSE 'A regional priority follows an indicator computed by region.' END;
    END IF;
    IF TG_TABLE_NAME = 'targets' THEN
        IF spec.unit = '%' AND NEW.target > 100 THEN
            RAISE EXCEPTION 'target % out of range for indicator "%"', NEW.target, NEW.indicator
                USING ERRCODE = 'check_violation',
                      DETAIL = 'The indicator is a percentage: its target is between 0 and 100.',
                      HINT = 'Write 43 for 43 %, not 0.43.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cag_ovt.check_indicator() IS
    'Déclencheur BEFORE INSERT OR UPDATE de targets et regional_priorities : la clé d''indicateur doit figurer dans la vue indicators, la région être permise pour l''indicateur, la cible d''un pourcentage être au plus 100 / BEFORE INSERT OR UPDATE trigger of targets and regional_priorities: the indicator key must be in view indicators, the region allowed for the indicator, the target of a percentage at most 100';

-- ---------------------------------------------------------------------
-- CAG positions (action A5).
CREATE TABLE cag_ovt.positions (
    position_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    region cag_ovt.qc_region NOT NULL,
    office text,
    opened_on date NOT NULL CHECK (pg_catalog.isfinite(opened_on)),
    closed_on date,
    regionalized boolean NOT NULL DEFAULT false,
    CONSTRAINT positions_closed_after_opened CHECK (closed_on OPERATOR(pg_catalog.>) opened_on)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.positions', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.positions_position_id_seq', '');
COMMENT ON SEQUENCE cag_ovt.positions_position_id_seq IS
    'Numéros des postes (identité de positions.position_id), sauvegardés par pg_dump / position numbers (identity of positions.position_id), saved by pg_dump';
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.positions TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, UPDATE, USAGE ON SEQUENCE cag_ovt.positions_position_id_seq TO @extowner@ WITH GRANT OPTION;
CREATE INDEX positions_region_idx ON cag_ovt.positions (region);
COMMENT ON TABLE cag_ovt.positions IS
    'Postes du CAG, avec leur région et leurs dates d''ouverture et de fermeture (action A5) / CAG positions, with their region and the dates they were opened and closed (action A5)';
COMMENT ON COLUMN cag_ovt.positions.position_id IS 'Identifiant du poste / position identifier';
COMMENT ON COLUMN cag_ovt.positions.region IS 'Région où le poste est situé / region where the position is located';
COMMENT ON COLUMN cag_ovt.positions.office IS 'Bureau ou succursale, p. ex. ''Succursale de Sherbrooke'' / office or branch, e.g. ''Succursale de Sherbrooke''';
COMMENT ON COLUMN cag_ovt.positions.opened_on IS 'Premier jour où le poste existe / first day the position exists';
COMMENT ON COLUMN cag_ovt.positions.closed_on IS
    'Premier jour où le poste n''existe plus (NULL : toujours ouvert) ; un poste fermé le 31 mars n''est pas compté ce jour-là / first day the position no longer exists (NULL: still open); a position closed on 31 March is not counted that day';
COMMENT ON COLUMN cag_ovt.positions.regionalized IS
    'Vrai si le poste est compté dans la régionalisation de 5 000 postes du secteur public / true when the position counts toward the regionalization of 5,000 public-sector positions';

-- ---------------------------------------------------------------------
-- Partners' advisory committees (action A4).
CREATE TABLE cag_ovt.partner_committees (
    committee_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    region cag_ovt.qc_region,
    created_on date CHECK (pg_catalog.isfinite(created_on)),
    rules_adopted_on date CHECK (pg_catalog.isfinite(rules_adopted_on)),
    CONSTRAINT partner_committees_rules_after_creation
        CHECK (rules_adopted_on OPERATOR(pg_catalog.>=) created_on)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.partner_committees', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.partner_committees_committee_id_seq', '');
COMMENT ON SEQUENCE cag_ovt.partner_committees_committee_id_seq IS
    'Numéros des comités (identité de partner_committees.committee_id), sauvegardés par pg_dump / committee numbers (identity of partner_committees.committee_id), saved by pg_dump';
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.partner_committees TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, UPDATE, USAGE ON SEQUENCE cag_ovt.partner_committees_committee_id_seq TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE cag_ovt.partner_committees IS
    'Comités consultatifs des partenaires du CAG (action A4) / CAG partners'' advisory committees (action A4)';
COMMENT ON COLUMN cag_ovt.partner_committees.committee_id IS 'Identifiant du comité / committee identifier';
COMMENT ON COLUMN cag_ovt.partner_committees.name IS 'Nom du comité / name of the committee';
COMMENT ON COLUMN cag_ovt.partner_committees.region IS 'Région du comité ; NULL pour un comité national / region of the committee; NULL for a national committee';
COMMENT ON COLUMN cag_ovt.partner_committees.created_on IS
    'Date de création (NULL : inconnue, le comité est compté chaque année) / creation date (NULL: unknown, the committee is counted every year)';
COMMENT ON COLUMN cag_ovt.partner_committees.rules_adopted_on IS
    'Date d''adoption des règles de fonctionnement (NULL : pas encore adoptées) / date the operating rules were adopted (NULL: not adopted yet)';

CREATE TABLE cag_ovt.committee_meetings (
    committee_id bigint NOT NULL
        REFERENCES cag_ovt.partner_committees ON UPDATE CASCADE ON DELETE CASCADE,
    held_on date NOT NULL CHECK (pg_catalog.isfinite(held_on)),
    PRIMARY KEY (committee_id, held_on)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.committee_meetings', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.committee_meetings TO @extowner@ WITH GRANT OPTION;
CREATE INDEX committee_meetings_held_on_idx ON cag_ovt.committee_meetings (held_on);
COMMENT ON TABLE cag_ovt.committee_meetings IS
    'Rencontres des comités consultatifs des partenaires / meetings of the partners'' advisory committees';
COMMENT ON COLUMN cag_ovt.committee_meetings.committee_id IS 'Comité (partner_committees) / committee (partner_committees)';
COMMENT ON COLUMN cag_ovt.committee_meetings.held_on IS 'Date de la rencontre / date of the meeting';

-- ---------------------------------------------------------------------
-- Regional priorities of the SGAOVT that the plan answers, each followed by
-- an indicator of the region.  Seeded from the plan's text (apostrophes
-- written as ' so that the script holds only LATIN1 characters); a
-- reference table: the DBA may edit it.
CREATE TABLE cag_ovt.regional_priorities (
    region cag_ovt.qc_region NOT NULL,
    priority_number integer NOT NULL CHECK (priority_number OPERATOR(pg_catalog.>) 0),
    title text NOT NULL,
    excerpt text,
    indicator text NOT NULL,
    PRIMARY KEY (region, priority_number)
);
COMMENT ON TABLE cag_ovt.regional_priorities IS
    'Priorités régionales de la SGAOVT auxquelles répond le plan d''action du CAG, et l''indicateur qui suit chacune (modifiable par le DBA) / regional priorities of the SGAOVT that the CAG action plan answers, and the indicator that follows each (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.regional_priorities.region IS 'Région / region';
COMMENT ON COLUMN cag_ovt.regional_priorities.priority_number IS 'Numéro de la priorité dans la région / number of the priority in the region';
COMMENT ON COLUMN cag_ovt.regional_priorities.title IS 'Intitulé de la priorité / title of the priority';
COMMENT ON COLUMN cag_ovt.regional_priorities.excerpt IS 'Extrait de la priorité cité par le plan / excerpt of the priority quoted by the plan';
COMMENT ON COLUMN cag_ovt.regional_priorities.indicator IS
    'Indicateur suivi, calculé pour la région (clé de la vue indicators, de portée region) / indicator followed, computed for the region (key of view indicators, with scope region)';

CREATE TRIGGER cag_indicator_check BEFORE INSERT OR UPDATE ON cag_ovt.regional_priorities
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.check_indicator();
COMMENT ON TRIGGER cag_indicator_check ON cag_ovt.regional_priorities IS
    'Vérifie la clé d''indicateur / checks the indicator key';

INSERT INTO cag_ovt.regional_priorities (region, priority_number, title, excerpt, indicator) VALUES
    ('05', 4,
     'Soutenir la mise en valeur et la transformation des ressources à partir des forces endogènes propres à l''Estrie',
     'Compte tenu de ces caractéristiques, la région entend entre autres favoriser le développement bioalimentaire, notamment par la promotion de l''achat local et le développement de produits distinctifs.',
     'quebec_food_share'),
    ('14', 5,
     'Soutenir la promotion de la consommation locale et responsable',
     'Des efforts devront se poursuivre afin de conscientiser la population, les institutions et les entreprises lanaudoises en ce qui concerne l''achat local et la consommation responsable.',
     'regional_share'),
    ('10', 2,
     'Soutenir le développement et la diversification économique',
     'L''attribution de contrats à des entreprises régionales et l''embauche de travailleurs régionaux doivent être favorisées pour maintenir les emplois en région',
     'regional_contract_share');
SELECT cag_ovt.manage_reference_table('cag_ovt.regional_priorities');

-- ---------------------------------------------------------------------
-- Targets, in the unit of their indicator ('%': 43 for 43 %).  Shipped
-- empty.  One target per indicator, fiscal year and region, NULL region
-- meaning all of Québec (NULLS NOT DISTINCT: one NULL per pair).
CREATE TABLE cag_ovt.targets (
    indicator text NOT NULL,
    fiscal_year integer NOT NULL CHECK (fiscal_year OPERATOR(pg_catalog.>=) 1),
    region cag_ovt.qc_region,
    target numeric NOT NULL CHECK (target OPERATOR(pg_catalog.>=) 0),
    note text,
    CONSTRAINT targets_key UNIQUE NULLS NOT DISTINCT (indicator, fiscal_year, region)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.targets', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.targets TO @extowner@ WITH GRANT OPTION;
CREATE TRIGGER cag_indicator_check BEFORE INSERT OR UPDATE ON cag_ovt.targets
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.check_indicator();
COMMENT ON TRIGGER cag_indicator_check ON cag_ovt.targets IS
    'Vérifie la clé d''indicateur, la région et la cible / checks the indicator key, the region and the target';
COMMENT ON TABLE cag_ovt.targets IS
    'Cibles des indicateurs, par année financière et par région (NULL : ensemble du Québec), dans l''unité de l''indicateur / targets of the indicators, by fiscal year and region (NULL: all of Québec), in the unit of the indicator';
COMMENT ON COLUMN cag_ovt.targets.indicator IS 'Clé de l''indicateur (vue indicators) / indicator key (view indicators)';
COMMENT ON COLUMN cag_ovt.targets.fiscal_year IS 'Année financière, désignée par son année de début (2021 : 2021-2022) / fiscal year, named by its starting year (2021: 2021-2022)';
COMMENT ON COLUMN cag_ovt.targets.region IS 'Région ; NULL pour l''ensemble du Québec / region; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.targets.target IS
    'Cible, dans l''unité de l''indicateur : pourcentage (43 pour 43 %) ou nombre ; atteinte quand la valeur est au moins la cible / target, in the unit of the indicator: percent (43 for 43 %) or count; met when the value is at least the target';
COMMENT ON COLUMN cag_ovt.targets.note IS 'Source ou remarque / source or remark';

-- ---------------------------------------------------------------------
-- The plan's actions and the indicators that follow them: A1 to A5 (all of
-- Québec), one row per regional priority (its region), then the
-- government-wide indicator of the Stratégie gouvernementale des marchés
-- publics the plan contributes to (SGMP, since 1.1).  An action followed by
-- several indicators has several rows.
CREATE VIEW cag_ovt.plan_actions WITH (security_invoker = true) AS
SELECT (pg_catalog.row_number() OVER (ORDER BY a.ord))::integer AS item,
       a.code, a.action, a.indicator, i.unit, a.scope, a.region_code, a.region_name
FROM (
    SELECT t.ord, t.code, t.action, t.indicator, 'quebec'::text AS scope,
           NULL::text AS region_code, 'Ensemble du Québec'::text AS region_name
    FROM (VALUES
        (1, 'A1', 'Prendre en considération l''achat québécois dans le cadre des stratégies d''acquisitions', 'quebec_share'),
        (2, 'A2', 'Suivre, avec le MELCC, la proportion des achats écoresponsables faits par le biais des regroupements d''achats', 'eco_share'),
        (3, 'A2', 'Suivre, avec le MELCC, la proportion des achats écoresponsables faits par le biais des regroupements d''achats', 'eco_share_in_group_purchases'),
        (4, 'A3', 'Participer aux travaux de l''ITHQ dans le cadre de la Stratégie nationale d''achat d''aliments québécois (SNAAQ)', 'quebec_food_share'),
        (5, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires', 'committees_with_rules'),
        (6, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires', 'meetings_held'),
        (7, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires', 'regions_covered'),
        (8, 'A5', 'Collaborer avec le SCT pour la régionalisation de 5 000 postes du secteur public', 'share_in_regions'),
        (9, 'A5', 'Collaborer avec le SCT pour la régionalisation de 5 000 postes du secteur public', 'regionalized_positions'),
        -- since 1.1, after the regional priorities: the rows before it keep their item
        (1000, 'SGMP', 'Stratégie gouvernementale des marchés publics : acquisitions auprès de fournisseurs situés hors de Montréal et de la Capitale-Nationale', 'outside_centres_share')
    ) AS t(ord, code, action, indicator)
    UNION ALL
    SELECT 100 + (pg_catalog.row_number() OVER (ORDER BY cag_ovt.region_code(p.region), p.priority_number))::integer,
           'P' || cag_ovt.region_code(p.region) || '-' || p.priority_number,
           cag_ovt.region_name(p.region) || ', priorité ' || p.priority_number || ' : ' || p.title,
           p.indicator, 'region', cag_ovt.region_code(p.region), cag_ovt.region_name(p.region)
    FROM cag_ovt.regional_priorities p
) AS a
JOIN cag_ovt.indicators i ON i.indicator = a.indicator
ORDER BY a.ord;
GRANT SELECT ON cag_ovt.plan_actions TO PUBLIC;
COMMENT ON VIEW cag_ovt.plan_actions IS
    'Actions du plan d''action OVT 2020-2022 du CAG (A1 à A5, les priorités régionales, puis l''indicateur gouvernemental SGMP) et les indicateurs qui les suivent, une ligne par action et indicateur / actions of the CAG 2020-2022 OVT action plan (A1 to A5, the regional priorities, then the government-wide indicator SGMP) and the indicators that follow them, one row per action and indicator';
COMMENT ON COLUMN cag_ovt.plan_actions.item IS 'Rang de la ligne dans le plan (1, 2, ...) / rank of the row in the plan (1, 2, ...)';
COMMENT ON COLUMN cag_ovt.plan_actions.code IS
    'Code de l''action : A1 à A5, SGMP pour l''indicateur de la Stratégie gouvernementale des marchés publics, ou P<région>-<numéro> pour une priorité régionale (P05-4) / action code: A1 to A5, SGMP for the indicator of the government procurement strategy, or P<region>-<number> for a regional priority (P05-4)';
COMMENT ON COLUMN cag_ovt.plan_actions.action IS 'Libellé de l''action (en français) / text of the action (in French)';
COMMENT ON COLUMN cag_ovt.plan_actions.indicator IS 'Clé de l''indicateur qui suit l''action (vue indicators) / key of the indicator that follows the action (view indicators)';
COMMENT ON COLUMN cag_ovt.plan_actions.unit IS 'Unité de l''indicateur : ''%'' ou ''nombre'' / unit of the indicator: ''%'' or ''nombre'' (count)';
COMMENT ON COLUMN cag_ovt.plan_actions.scope IS
    '''quebec'' : l''indicateur est mesuré pour l''ensemble du Québec ; ''region'' : pour la région de la priorité / ''quebec'': the indicator is measured for all of Québec; ''region'': for the region of the priority';
COMMENT ON COLUMN cag_ovt.plan_actions.region_code IS 'Code de la région mesurée ; NULL pour l''ensemble du Québec / code of the region measured; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.plan_actions.region_name IS 'Nom de la région mesurée, ou ''Ensemble du Québec'' / name of the region measured, or ''Ensemble du Québec''';

-- ---------------------------------------------------------------------
-- Positions open on 31 March of each fiscal year, for all of Québec and by
-- region (every region, zeros included).  "In the regions" follows
-- regions.counts_as_region (a region missing from regions does not count).
CREATE VIEW cag_ovt.regional_positions WITH (security_invoker = true) AS
WITH years AS (
    SELECT y AS fiscal_year,
           pg_catalog.make_date(y, 4, 1) AS starts_on,
           pg_catalog.make_date(y + 1, 3, 31) AS as_of
    FROM (SELECT cag_ovt.fiscal_year(min(p.opened_on)) AS first_year,
                 greatest(cag_ovt.fiscal_year(max(p.opened_on)),
                          cag_ovt.fiscal_year(CURRENT_DATE)) AS last_year
          FROM cag_ovt.positions p) AS b
    CROSS JOIN LATERAL pg_catalog.generate_series(b.first_year, b.last_year) AS y
),
all_regions AS (
    SELECT r.region, coalesce(g.counts_as_region, false) AS counts_as_region
    FROM pg_catalog.generate_series(1, 17) AS n
    CROSS JOIN LATERAL (SELECT pg_catalog.lpad(n::text, 2, '0')::cag_ovt.qc_region AS region) AS r
    LEFT JOIN cag_ovt.regions g ON g.region = r.region
),
counts AS (
    SELECT y.fiscal_year, y.as_of, r.region, GROUPING(r.region) AS all_of_quebec,
           count(p.position_id) FILTER (
               WHERE p.opened_on <= y.as_of AND (p.closed_on IS NULL OR p.closed_on > y.as_of)) AS total_positions,
           count(p.position_id) FILTER (
               WHERE p.opened_on <= y.as_of AND (p.closed_on IS NULL OR p.closed_on > y.as_of)
                 AND r.counts_as_region) AS positions_in_regions,
           count(p.position_id) FILTER (
               WHERE p.regionalized AND p.opened_on <= y.as_of) AS regionalized_positions,
           count(p.position_id) FILTER (
               WHERE p.regionalized AND p.opened_on >= y.starts_on AND p.opened_on <= y.as_of) AS regionalized_in_year
    FROM years y
    CROSS JOIN all_regions r
    LEFT JOIN cag_ovt.positions p ON p.region = r.region
    GROUP BY GROUPING SETS ((y.fiscal_year, y.as_of, r.region), (y.fiscal_year, y.as_of))
)
SELECT c.fiscal_year,
       c.fiscal_year::text || '-' || (c.fiscal_year + 1)::text AS fiscal_year_label,
       c.as_of,
       cag_ovt.region_code(c.region) AS region_code,
       CASE WHEN c.all_of_quebec = 1 THEN 'Ensemble du Québec' ELSE cag_ovt.region_name(c.region) END AS region_name,
       CASE WHEN c.all_of_quebec = 1 THEN 'quebec' ELSE 'region' END AS scope,
       c.total_positions,
       c.positions_in_regions,
       round(c.positions_in_regions::numeric / nullif(c.total_positions, 0), 4) AS share_in_regions,
       round(c.total_positions::numeric
             / nullif(max(c.total_positions) FILTER (WHERE c.all_of_quebec = 1)
                      OVER (PARTITION BY c.fiscal_year), 0), 4) AS share_of_positions,
       c.regionalized_positions,
       c.regionalized_in_year
FROM counts c;
GRANT SELECT ON cag_ovt.regional_positions TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_positions IS
    'Postes du CAG ouverts au 31 mars de chaque année financière, pour l''ensemble du Québec et par région : part en région, postes régionalisés (action A5) / CAG positions open on 31 March of each fiscal year, for all of Québec and by region: share in the regions, regionalized positions (action A5)';
COMMENT ON COLUMN cag_ovt.regional_positions.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.regional_positions.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.regional_positions.as_of IS 'Date du décompte : le 31 mars qui termine l''année / date of the count: the 31 March that ends the year';
COMMENT ON COLUMN cag_ovt.regional_positions.region_code IS 'Code de la région ; NULL pour l''ensemble du Québec / region code; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.regional_positions.region_name IS 'Nom de la région, ou ''Ensemble du Québec'' / region name, or ''Ensemble du Québec''';
COMMENT ON COLUMN cag_ovt.regional_positions.scope IS '''quebec'' (ensemble du Québec) ou ''region'' / ''quebec'' (all of Québec) or ''region''';
COMMENT ON COLUMN cag_ovt.regional_positions.total_positions IS 'Postes ouverts au 31 mars / positions open on 31 March';
COMMENT ON COLUMN cag_ovt.regional_positions.positions_in_regions IS
    'Postes ouverts situés dans une région qui compte « en région » (regions.counts_as_region) / open positions located in a region that counts as "in the regions" (regions.counts_as_region)';
COMMENT ON COLUMN cag_ovt.regional_positions.share_in_regions IS
    'positions_in_regions / total_positions, fraction de 0 à 1 à 4 décimales ; NULL sans poste / positions_in_regions / total_positions, fraction from 0 to 1 with 4 decimals; NULL without positions';
COMMENT ON COLUMN cag_ovt.regional_positions.share_of_positions IS
    'Part des postes du Québec situés dans la région (1 pour l''ensemble du Québec), 4 décimales / share of Québec''s positions located in the region (1 for all of Québec), 4 decimals';
COMMENT ON COLUMN cag_ovt.regional_positions.regionalized_positions IS
    'Postes régionalisés ouverts jusqu''au 31 mars, cumulatif (y compris ceux fermés depuis) / regionalized positions opened up to 31 March, cumulative (including those closed since)';
COMMENT ON COLUMN cag_ovt.regional_positions.regionalized_in_year IS
    'Postes régionalisés ouverts pendant l''année financière / regionalized positions opened during the fiscal year';

-- ---------------------------------------------------------------------
-- The partners' advisory committees, per fiscal year.
CREATE VIEW cag_ovt.partner_committee_status WITH (security_invoker = true) AS
WITH dates AS (
    SELECT c.created_on AS d FROM cag_ovt.partner_committees c
    UNION ALL
    SELECT c.rules_adopted_on FROM cag_ovt.partner_committees c
    UNION ALL
    SELECT m.held_on FROM cag_ovt.committee_meetings m
),
years AS (
    SELECT y AS fiscal_year,
           pg_catalog.make_date(y, 4, 1) AS starts_on,
           pg_catalog.make_date(y + 1, 3, 31) AS as_of
    FROM (SELECT coalesce(cag_ovt.fiscal_year(min(d.d)), cag_ovt.fiscal_year(CURRENT_DATE)) AS first_year,
                 greatest(cag_ovt.fiscal_year(max(d.d)), cag_ovt.fiscal_year(CURRENT_DATE)) AS last_year
          FROM dates d) AS b
    CROSS JOIN LATERAL pg_catalog.generate_series(b.first_year, b.last_year) AS y
    WHERE EXISTS (SELECT FROM cag_ovt.partner_committees)
)
SELECT y.fiscal_year,
       y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text AS fiscal_year_label,
       y.as_of,
       c.committees,
       c.national_committees,
       c.regional_committees,
       c.committees_with_rules,
       m.meetings_held,
       m.committees_met,
       c.regions_covered
FROM years y
CROSS JOIN LATERAL (
    SELECT count(*) AS committees,
           count(*) FILTER (WHERE pc.region IS NULL) AS national_committees,
           count(*) FILTER (WHERE pc.region IS NOT NULL) AS regional_committees,
           count(*) FILTER (WHERE pc.rules_adopted_on <= y.as_of) AS committees_with_rules,
           count(DISTINCT pc.region) AS regions_covered
    FROM cag_ovt.partner_committees pc
    WHERE pc.created_on IS NULL OR pc.created_on <= y.as_of
) AS c
CROSS JOIN LATERAL (
    SELECT count(*) AS meetings_held,
           count(DISTINCT cm.committee_id) AS committees_met
    FROM cag_ovt.committee_meetings cm
    WHERE cm.held_on >= y.starts_on AND cm.held_on <= y.as_of
) AS m;
GRANT SELECT ON cag_ovt.partner_committee_status TO PUBLIC;
COMMENT ON VIEW cag_ovt.partner_committee_status IS
    'Comités consultatifs des partenaires par année financière : comités existants et avec règles adoptées au 31 mars, rencontres tenues, régions couvertes (action A4) / partners'' advisory committees per fiscal year: committees existing and with adopted rules on 31 March, meetings held, regions covered (action A4)';
COMMENT ON COLUMN cag_ovt.partner_committee_status.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.partner_committee_status.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.partner_committee_status.as_of IS 'Date des décomptes de comités : le 31 mars qui termine l''année / date of the committee counts: the 31 March that ends the year';
COMMENT ON COLUMN cag_ovt.partner_committee_status.committees IS
    'Comités existants au 31 mars (créés au plus tard ce jour-là, ou de date de création inconnue) / committees existing on 31 March (created on or before that day, or with an unknown creation date)';
COMMENT ON COLUMN cag_ovt.partner_committee_status.national_committees IS 'Comités nationaux (sans région) existants au 31 mars / national committees (no region) existing on 31 March';
COMMENT ON COLUMN cag_ovt.partner_committee_status.regional_committees IS 'Comités régionaux existants au 31 mars / regional committees existing on 31 March';
COMMENT ON COLUMN cag_ovt.partner_committee_status.committees_with_rules IS
    'Comités dont les règles de fonctionnement sont adoptées au 31 mars / committees whose operating rules are adopted on 31 March';
COMMENT ON COLUMN cag_ovt.partner_committee_status.meetings_held IS 'Rencontres tenues pendant l''année financière / meetings held during the fiscal year';
COMMENT ON COLUMN cag_ovt.partner_committee_status.committees_met IS
    'Comités qui se sont réunis au moins une fois pendant l''année financière / committees that met at least once during the fiscal year';
COMMENT ON COLUMN cag_ovt.partner_committee_status.regions_covered IS
    'Régions distinctes ayant un comité régional existant au 31 mars (les comités nationaux n''en ajoutent pas) / distinct regions with a regional committee existing on 31 March (national committees add none)';

-- ===== src/purchase_summaries.sql =====
-- spend_agg_by_fiscal_year_region: the spend summaries of the purchases by
-- fiscal year and delivery region, in one pass (the first level of view
-- purchase_summaries).  See src/purchase_summaries.c.

CREATE TYPE cag_ovt.fiscal_year_region_summary AS (
    fiscal_year integer,
    delivery_region cag_ovt.qc_region,
    summary cag_ovt.spend_summary,
    group_summary cag_ovt.spend_summary,
    outside_centres_summary cag_ovt.spend_summary,
    centres_summary cag_ovt.spend_summary
);
COMMENT ON TYPE cag_ovt.fiscal_year_region_summary IS
    'Sommaires des achats d''une année financière et d''une région de livraison, élément du résultat de spend_agg_by_fiscal_year_region / summaries of the purchases of one fiscal year and delivery region, element of the result of spend_agg_by_fiscal_year_region';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.fiscal_year IS
    'Année financière (année de début) ; NULL pour les achats sans date / fiscal year (starting year); NULL for purchases without a date';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.delivery_region IS
    'Région de livraison ; NULL si inconnue / delivery region; NULL when unknown';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.summary IS
    'spend_agg(amount, class) des achats du groupe / spend_agg(amount, class) of the purchases of the group';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.group_summary IS
    'spend_agg(amount, class) des achats regroupés (group_purchase vrai) du groupe / spend_agg(amount, class) of the group purchases (group_purchase true) of the group';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region)';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions"';

CREATE FUNCTION cag_ovt.fiscal_year_region_agg_transfn(internal, date, cag_ovt.qc_region, numeric,
                                                       cag_ovt.purchase_class, boolean,
                                                       cag_ovt.qc_region, cag_ovt.postal_code)
    RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_combinefn(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_serialfn(internal) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_deserialfn(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_finalfn(internal) RETURNS cag_ovt.fiscal_year_region_summary[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_transfn(internal, date, cag_ovt.qc_region, numeric, cag_ovt.purchase_class, boolean, cag_ovt.qc_region, cag_ovt.postal_code) IS
    'Fonction de transition de spend_agg_by_fiscal_year_region / transition function of spend_agg_by_fiscal_year_region';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_combinefn(internal, internal) IS
    'Combinaison de deux états de spend_agg_by_fiscal_year_region (parallèle) / combines two states of spend_agg_by_fiscal_year_region (parallel)';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_serialfn(internal) IS
    'Sérialisation de l''état de spend_agg_by_fiscal_year_region entre processus parallèles / serializes the state of spend_agg_by_fiscal_year_region between parallel processes';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_deserialfn(bytea, internal) IS
    'Désérialisation de l''état de spend_agg_by_fiscal_year_region / deserializes the state of spend_agg_by_fiscal_year_region';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_finalfn(internal) IS
    'Résultat de spend_agg_by_fiscal_year_region : les groupes triés par année financière puis région (NULL en dernier) / result of spend_agg_by_fiscal_year_region: the groups sorted by fiscal year then region (NULLs last)';

CREATE AGGREGATE cag_ovt.spend_agg_by_fiscal_year_region(
        purchased_on date, delivery_region cag_ovt.qc_region, amount numeric,
        class cag_ovt.purchase_class, group_purchase boolean,
        supplier_region cag_ovt.qc_region, supplier_postal_code cag_ovt.postal_code) (
    SFUNC = cag_ovt.fiscal_year_region_agg_transfn,
    STYPE = internal,
    SSPACE = 20000,
    FINALFUNC = cag_ovt.fiscal_year_region_agg_finalfn,
    COMBINEFUNC = cag_ovt.fiscal_year_region_agg_combinefn,
    SERIALFUNC = cag_ovt.fiscal_year_region_agg_serialfn,
    DESERIALFUNC = cag_ovt.fiscal_year_region_agg_deserialfn,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.spend_agg_by_fiscal_year_region(date, cag_ovt.qc_region, numeric, cag_ovt.purchase_class, boolean, cag_ovt.qc_region, cag_ovt.postal_code) IS
    'Sommaires des achats par année financière et région de livraison en une passe : tous les achats, les achats regroupés, et ceux dont le fournisseur est situé « en région » ou non (région du fournisseur, sinon de son code postal à la date d''achat) ; tableau trié, parallèle / summaries of the purchases by fiscal year and delivery region in one pass: all purchases, group purchases, and those whose supplier is located "in the regions" or not (supplier''s region, else that of its postal code on the purchase date); sorted array, parallel';

-- ===== src/purchase_views.sql =====
-- The plan's purchase indicators as views over cag_ovt.purchases, the
-- indicators in long form, the regional priorities' figures, the annual
-- report (action_plan_report), and the monthly materialized view
-- spend_by_month with its roll-up to fiscal years.
--
-- One scan: purchase_summaries reads the purchases once, through the C
-- aggregate spend_agg_by_fiscal_year_region (src/purchase_summaries.c),
-- which returns, for each fiscal year and delivery region, the
-- spend_agg(amount, class) of its purchases, of its group purchases, and
-- of those whose supplier is located in a region that counts "in the
-- regions" or in one that does not.  Over those few rows, GROUP BY
-- GROUPING SETS ((fiscal year, region), (fiscal year)) with rollup() adds
-- the all-of-Québec row of each year, told apart by GROUPING().  rollup of
-- the regions' summaries is exactly spend_agg over their purchases.  The
-- aggregate runs in parallel (partial states combined group by group); it
-- replaces GROUP BY fiscal_year(purchased_on), delivery_region with
-- spend_agg ... FILTER, which gave the same figures (1.0 does that) but
-- spent as much time in the executor's generic grouping as in the
-- summaries, and grouping the purchases themselves by GROUPING SETS would
-- advance one state per grouping set and would not run in parallel.  The
-- purchase views are purchase_summaries with the accessors on top, through
-- the *_figures functions, which the planner inlines.

-- Rows of a purchase view: one per fiscal year and delivery region (scope
-- 'region'), one per fiscal year for the purchases whose delivery region is
-- unknown -- NULL delivery_region, which includes notices delivered to
-- several regions (scope 'unknown_region', region_code NULL, region_name
-- 'Région inconnue') -- and one per fiscal year for all of Québec, unknown
-- regions included (scope 'quebec', region_code NULL, region_name 'Ensemble
-- du Québec'), told apart by GROUPING().
--
-- Shares are fractions from 0 to 1 rounded to 4 decimals (round(x, 4)),
-- NULL when their denominator is 0; amounts are exact, numeric(20,2).  In
-- indicator_values, regional_priority_indicators and action_plan_report a
-- share is in percent with 2 decimals (the 4-decimal fraction times 100), a
-- count is a number: the unit of the indicator (view indicators).

-- ---------------------------------------------------------------------
-- Statistics on the grouping by fiscal year and delivery region, so that
-- the planner knows there are a few dozen (fiscal year, region) groups
-- rather than (days x regions) in a query that groups the purchases so
-- (the purchase views of 1.0 did; those of 1.1 group in
-- spend_agg_by_fiscal_year_region).  ANALYZE fills it.
CREATE STATISTICS cag_ovt.purchases_fiscal_year_region (ndistinct)
    ON cag_ovt.fiscal_year(purchased_on), delivery_region FROM cag_ovt.purchases;
COMMENT ON STATISTICS cag_ovt.purchases_fiscal_year_region IS
    'Nombre de groupes (année financière, région de livraison) des achats, pour le planificateur des vues d''indicateurs / number of (fiscal year, delivery region) groups of the purchases, for the planner of the indicator views';

-- ---------------------------------------------------------------------
-- The summaries of the purchases by fiscal year and delivery region; since
-- 1.1, also of the purchases whose supplier is located outside Montréal and
-- Capitale-Nationale ("in the regions": regions.counts_as_region of the
-- supplier's region) and of those whose supplier is located in them (the
-- supplier's region is supplier_region, else that of its postal code on the
-- date of the purchase, as in spend_by_month).
CREATE VIEW cag_ovt.purchase_summaries WITH (security_invoker = true) AS
SELECT g.fiscal_year,
       g.fiscal_year::text || '-' || (g.fiscal_year + 1)::text AS fiscal_year_label,
       cag_ovt.region_code(g.delivery_region) AS region_code,
       CASE WHEN g.all_of_quebec = 1 THEN 'Ensemble du Québec'
            WHEN g.delivery_region IS NULL THEN 'Région inconnue'
            ELSE cag_ovt.region_name(g.delivery_region) END AS region_name,
       CASE WHEN g.all_of_quebec = 1 THEN 'quebec'
            WHEN g.delivery_region IS NULL THEN 'unknown_region'
            ELSE 'region' END AS scope,
       g.summary,
       g.group_summary,
       g.outside_centres_summary,
       g.centres_summary
FROM (
    SELECT r.fiscal_year,
           r.delivery_region,
           GROUPING(r.delivery_region) AS all_of_quebec,
           cag_ovt.rollup(r.summary) AS summary,
           cag_ovt.rollup(r.group_summary) AS group_summary,
           cag_ovt.rollup(r.outside_centres_summary) AS outside_centres_summary,
           cag_ovt.rollup(r.centres_summary) AS centres_summary
    FROM (
        SELECT u.fiscal_year, u.delivery_region, u.summary, u.group_summary,
               u.outside_centres_summary, u.centres_summary
        FROM (SELECT cag_ovt.spend_agg_by_fiscal_year_region(
                         p.purchased_on, p.delivery_region, p.amount, p.class, p.group_purchase,
                         p.supplier_region, p.supplier_postal_code) AS groups
              FROM cag_ovt.purchases p) AS a
        CROSS JOIN LATERAL pg_catalog.unnest(a.groups) AS u
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g;
GRANT SELECT ON cag_ovt.purchase_summaries TO PUBLIC;
COMMENT ON VIEW cag_ovt.purchase_summaries IS
    'Sommaires des achats (spend_summary) par année financière et région de livraison, avec une ligne par année pour les régions inconnues et pour l''ensemble du Québec, en une lecture des achats : la base des vues d''indicateurs / summaries of the purchases (spend_summary) by fiscal year and delivery region, with a row per year for unknown regions and for all of Québec, in one scan of the purchases: the base of the indicator views';
COMMENT ON COLUMN cag_ovt.purchase_summaries.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.purchase_summaries.region_code IS
    'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.purchase_summaries.region_name IS
    'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.scope IS
    '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.summary IS 'spend_agg(amount, class) des achats du groupe / spend_agg(amount, class) of the purchases of the group';
COMMENT ON COLUMN cag_ovt.purchase_summaries.group_summary IS
    'spend_agg(amount, class) des achats regroupés (group_purchase) du groupe / spend_agg(amount, class) of the group purchases (group_purchase) of the group';
COMMENT ON COLUMN cag_ovt.purchase_summaries.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » (Montréal, Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions" (Montréal, Capitale-Nationale)';

-- ---------------------------------------------------------------------
-- The figures of each purchase view, from summaries.  SQL functions with a
-- standard body (resolved when created, whatever the caller's search_path),
-- set-returning and not strict so that the planner inlines them.
CREATE FUNCTION cag_ovt.quebec_purchase_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, quebec_amount numeric,
                   outside_quebec_amount numeric, unknown_origin_amount numeric,
                   quebec_share numeric, origin_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'quebec'),
           cag_ovt.amount(summary, 'outside_quebec'),
           cag_ovt.total_amount(summary) - cag_ovt.amount(summary, 'quebec')
               - cag_ovt.amount(summary, 'outside_quebec'),
           round(cag_ovt.quebec_share(summary), 4),
           round(cag_ovt.coverage(summary, 'origin'), 4);
END;
COMMENT ON FUNCTION cag_ovt.quebec_purchase_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue quebec_purchase_share pour un sommaire : nombre, montants total, québécois, hors Québec, de provenance inconnue, part québécoise et couverture (4 décimales) / figures of view quebec_purchase_share for a summary: count, total, Québec, outside-Québec and unknown-origin amounts, Québec share and coverage (4 decimals)';

CREATE FUNCTION cag_ovt.regional_purchase_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, regional_amount numeric,
                   outside_region_amount numeric, regional_share numeric,
                   regional_contract_share numeric, region_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'regional'),
           cag_ovt.amount(summary, 'outside_region'),
           round(cag_ovt.regional_share(summary), 4),
           round(cag_ovt.purchase_count(summary, 'regional')::numeric
                 / nullif(cag_ovt.purchase_count(summary, 'regional')
                          + cag_ovt.purchase_count(summary, 'outside_region'), 0), 4),
           round(cag_ovt.coverage(summary, 'region'), 4);
END;
COMMENT ON FUNCTION cag_ovt.regional_purchase_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue regional_purchase_share pour un sommaire : nombre, montants total, régional, hors région, part régionale (montant), part des contrats (nombre) et couverture (4 décimales) / figures of view regional_purchase_share for a summary: count, total, regional and outside-region amounts, regional share (amount), contract share (count) and coverage (4 decimals)';

CREATE FUNCTION cag_ovt.eco_purchase_figures(summary cag_ovt.spend_summary,
                                             group_summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, eco_amount numeric,
                   eco_share numeric, group_purchase_amount numeric,
                   eco_amount_in_group_purchases numeric, eco_share_in_group_purchases numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'eco'),
           round(cag_ovt.eco_share(summary), 4),
           cag_ovt.amount(summary, 'group_purchase'),
           cag_ovt.amount(group_summary, 'eco'),
           round(cag_ovt.eco_share(group_summary), 4);
END;
COMMENT ON FUNCTION cag_ovt.eco_purchase_figures(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Chiffres de la vue eco_purchase_share pour le sommaire de tous les achats et celui des achats regroupés : nombre, montants, parts écoresponsables (4 décimales) / figures of view eco_purchase_share for the summary of all purchases and that of the group purchases: count, amounts, eco-responsible shares (4 decimals)';

CREATE FUNCTION cag_ovt.quebec_food_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, food_amount numeric,
                   quebec_food_amount numeric, quebec_food_share numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'food'),
           cag_ovt.amount(summary, 'quebec_food'),
           round(cag_ovt.quebec_food_share(summary), 4);
END;
COMMENT ON FUNCTION cag_ovt.quebec_food_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue quebec_food_share pour un sommaire : nombre, montants total, alimentaire, d''aliments québécois, part québécoise des aliments (4 décimales) / figures of view quebec_food_share for a summary: count, total, food and Québec-food amounts, Québec share of food (4 decimals)';

CREATE FUNCTION cag_ovt.outside_centres_figures(summary cag_ovt.spend_summary,
                                                outside_centres_summary cag_ovt.spend_summary,
                                                centres_summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, quebec_amount numeric,
                   outside_centres_amount numeric, centres_amount numeric,
                   unknown_location_amount numeric, outside_centres_share numeric,
                   location_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'quebec'),
           cag_ovt.amount(outside_centres_summary, 'quebec'),
           cag_ovt.amount(centres_summary, 'quebec'),
           cag_ovt.amount(summary, 'quebec') - cag_ovt.amount(outside_centres_summary, 'quebec')
               - cag_ovt.amount(centres_summary, 'quebec'),
           round(cag_ovt.amount(outside_centres_summary, 'quebec')
                 / nullif(cag_ovt.amount(outside_centres_summary, 'quebec')
                          + cag_ovt.amount(centres_summary, 'quebec'), 0), 4),
           round((cag_ovt.amount(outside_centres_summary, 'quebec') + cag_ovt.amount(centres_summary, 'quebec'))
                 / nullif(cag_ovt.amount(summary, 'quebec'), 0), 4);
END;
COMMENT ON FUNCTION cag_ovt.outside_centres_figures(cag_ovt.spend_summary, cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Chiffres de la vue outside_centres_purchase_share pour le sommaire de tous les achats et ceux des achats à des fournisseurs situés hors de Montréal et de la Capitale-Nationale et dans ces régions : nombre, montants total, québécois, hors centres, dans les centres, de région inconnue, part hors centres et couverture (4 décimales) / figures of view outside_centres_purchase_share for the summary of all purchases and those of the purchases from suppliers located outside Montréal and Capitale-Nationale and in them: count, total, Québec, outside-centres, in-centres and unknown-region amounts, outside-centres share and coverage (4 decimals)';

-- ---------------------------------------------------------------------
-- The purchase views.
CREATE VIEW cag_ovt.quebec_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_quebec_amount::numeric(20,2) AS outside_quebec_amount,
       f.unknown_origin_amount::numeric(20,2) AS unknown_origin_amount,
       f.quebec_share,
       f.origin_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.quebec_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.regional_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.regional_amount::numeric(20,2) AS regional_amount,
       f.outside_region_amount::numeric(20,2) AS outside_region_amount,
       f.regional_share,
       f.regional_contract_share,
       f.region_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.regional_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.eco_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.eco_amount::numeric(20,2) AS eco_amount,
       f.eco_share,
       f.group_purchase_amount::numeric(20,2) AS group_purchase_amount,
       f.eco_amount_in_group_purchases::numeric(20,2) AS eco_amount_in_group_purchases,
       f.eco_share_in_group_purchases
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS f;
GRANT SELECT ON cag_ovt.eco_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.quebec_food_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.food_amount::numeric(20,2) AS food_amount,
       f.quebec_food_amount::numeric(20,2) AS quebec_food_amount,
       f.quebec_food_share
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.quebec_food_share TO PUBLIC;

-- Since 1.1: the government-wide indicator of the Stratégie gouvernementale
-- des marchés publics, the share of the purchases from Québec suppliers
-- that goes to suppliers located outside Montréal and Capitale-Nationale.
CREATE VIEW cag_ovt.outside_centres_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_centres_amount::numeric(20,2) AS outside_centres_amount,
       f.centres_amount::numeric(20,2) AS centres_amount,
       f.unknown_location_amount::numeric(20,2) AS unknown_location_amount,
       f.outside_centres_share,
       f.location_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                                   s.centres_summary) AS f;
GRANT SELECT ON cag_ovt.outside_centres_purchase_share TO PUBLIC;

COMMENT ON VIEW cag_ovt.quebec_purchase_share IS
    'Action A1 : part des achats allant à des fournisseurs du Québec, par année financière et région de livraison, et pour l''ensemble du Québec / action A1: share of spend going to Québec suppliers, by fiscal year and delivery region, and for all of Québec';
COMMENT ON VIEW cag_ovt.regional_purchase_share IS
    'Priorités régionales : part des achats allant à des fournisseurs de la région de livraison (montant et nombre de contrats), par année financière et région, et pour l''ensemble du Québec / regional priorities: share of spend going to suppliers of the delivery region (amount and number of contracts), by fiscal year and region, and for all of Québec';
COMMENT ON VIEW cag_ovt.eco_purchase_share IS
    'Action A2 : part écoresponsable des achats, au total et dans les achats regroupés, par année financière et région de livraison, et pour l''ensemble du Québec / action A2: eco-responsible share of spend, overall and within group purchases, by fiscal year and delivery region, and for all of Québec';
COMMENT ON VIEW cag_ovt.quebec_food_share IS
    'Action A3 : part des aliments québécois dans les achats d''aliments, par année financière et région de livraison, et pour l''ensemble du Québec / action A3: Québec food share of food purchases, by fiscal year and delivery region, and for all of Québec';

COMMENT ON VIEW cag_ovt.outside_centres_purchase_share IS
    'Stratégie gouvernementale des marchés publics : part des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, par année financière et région de livraison, et pour l''ensemble du Québec / government procurement strategy: share of the spend with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, by fiscal year and delivery region, and for all of Québec';

-- The columns the purchase views share.
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.quebec_food_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.quebec_food_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.quebec_food_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.quebec_food_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.quebec_food_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.quebec_food_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.quebec_food_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.quebec_amount IS 'Montant des achats à des fournisseurs du Québec / amount spent with Québec suppliers';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.outside_quebec_amount IS 'Montant des achats à des fournisseurs hors Québec / amount spent with suppliers outside Québec';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.unknown_origin_amount IS
    'Montant des achats dont la provenance du fournisseur est inconnue / amount spent with suppliers of unknown origin';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.quebec_share IS
    'quebec_amount / (quebec_amount + outside_quebec_amount), fraction à 4 décimales ; NULL si aucune provenance n''est connue / quebec_amount / (quebec_amount + outside_quebec_amount), fraction with 4 decimals; NULL when no origin is known';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.origin_coverage IS
    'Part du montant total dont la provenance est connue, 4 décimales ; NULL si le total est 0 / share of the total amount whose origin is known, 4 decimals; NULL when the total is 0';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_amount IS
    'Montant des achats à des fournisseurs de la région de livraison / amount spent with suppliers of the delivery region';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.outside_region_amount IS
    'Montant des achats à des fournisseurs d''une autre région ou hors Québec / amount spent with suppliers of another region or outside Québec';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_share IS
    'regional_amount / (regional_amount + outside_region_amount), fraction à 4 décimales ; NULL si aucune région n''est connue / regional_amount / (regional_amount + outside_region_amount), fraction with 4 decimals; NULL when no region is known';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_contract_share IS
    'Même part, en nombre de contrats : achats régionaux / (régionaux + hors région), 4 décimales / the same share by number of contracts: regional purchases / (regional + outside region), 4 decimals';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.region_coverage IS
    'Part du montant total pour laquelle régional ou hors région est connu, 4 décimales / share of the total amount for which regional or outside region is known, 4 decimals';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_amount IS 'Montant des achats écoresponsables / eco-responsible amount';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_share IS
    'eco_amount / total_amount, fraction à 4 décimales ; NULL si le total est 0 / eco_amount / total_amount, fraction with 4 decimals; NULL when the total is 0';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.group_purchase_amount IS 'Montant des achats regroupés / amount of the group purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_amount_in_group_purchases IS
    'Montant des achats regroupés écoresponsables / eco-responsible amount of the group purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_share_in_group_purchases IS
    'eco_amount_in_group_purchases / group_purchase_amount, 4 décimales ; NULL sans achat regroupé / eco_amount_in_group_purchases / group_purchase_amount, 4 decimals; NULL without group purchases';
COMMENT ON COLUMN cag_ovt.quebec_food_share.food_amount IS 'Montant des achats d''aliments / amount spent on food';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_amount IS 'Montant des achats d''aliments québécois / amount spent on Québec food';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_share IS
    'quebec_food_amount / food_amount, fraction à 4 décimales ; NULL sans achat d''aliments / quebec_food_amount / food_amount, fraction with 4 decimals; NULL without food purchases';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.quebec_amount IS
    'Montant des achats à des fournisseurs du Québec / amount spent with Québec suppliers';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.outside_centres_amount IS
    'Montant des achats à des fournisseurs du Québec situés dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / amount spent with Québec suppliers located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.centres_amount IS
    'Montant des achats à des fournisseurs du Québec situés à Montréal ou dans la Capitale-Nationale (régions qui ne comptent pas « en région ») / amount spent with Québec suppliers located in Montréal or Capitale-Nationale (regions that do not count as "in the regions")';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.unknown_location_amount IS
    'Montant des achats à des fournisseurs du Québec dont la région est inconnue (ni supplier_region ni code postal qui la donne) / amount spent with Québec suppliers whose region is unknown (neither supplier_region nor a postal code that gives it)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.outside_centres_share IS
    'outside_centres_amount / (outside_centres_amount + centres_amount), fraction à 4 décimales ; NULL si aucune région de fournisseur n''est connue / outside_centres_amount / (outside_centres_amount + centres_amount), fraction with 4 decimals; NULL when no supplier region is known';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.location_coverage IS
    'Part du montant des achats à des fournisseurs du Québec dont la région du fournisseur est connue, 4 décimales ; NULL si ce montant est 0 / share of the amount spent with Québec suppliers whose supplier region is known, 4 decimals; NULL when that amount is 0';

-- ---------------------------------------------------------------------
-- Every indicator in long form: fiscal year, scope, indicator, value in its
-- unit.  One scan of the purchases.
CREATE VIEW cag_ovt.indicator_values WITH (security_invoker = true) AS
SELECT v.fiscal_year, v.fiscal_year::text || '-' || (v.fiscal_year + 1)::text AS fiscal_year_label,
       v.region_code, v.region_name, v.scope, v.indicator, v.value, i.unit
FROM (
    SELECT s.fiscal_year, s.region_code, s.region_name, s.scope, x.indicator,
           round(x.share * 100, 2) AS value
    FROM cag_ovt.purchase_summaries s
    CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS q
    CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS r
    CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS e
    CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f
    CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                                       s.centres_summary) AS o
    CROSS JOIN LATERAL (VALUES
        ('quebec_share', q.quebec_share),
        ('eco_share', e.eco_share),
        ('eco_share_in_group_purchases', e.eco_share_in_group_purchases),
        ('quebec_food_share', f.quebec_food_share),
        ('regional_share', r.regional_share),
        ('regional_contract_share', r.regional_contract_share),
        ('outside_centres_share', o.outside_centres_share)
    ) AS x(indicator, share)
    WHERE s.scope <> 'unknown_region'
    UNION ALL
    SELECT p.fiscal_year, p.region_code, p.region_name, p.scope, x.indicator, x.value
    FROM cag_ovt.regional_positions p
    CROSS JOIN LATERAL (VALUES
        ('share_in_regions', CASE WHEN p.scope = 'quebec' THEN round(p.share_in_regions * 100, 2) END),
        ('regionalized_positions', p.regionalized_positions::numeric)
    ) AS x(indicator, value)
    WHERE p.scope = 'quebec' OR x.indicator = 'regionalized_positions'
    UNION ALL
    SELECT c.fiscal_year, NULL, 'Ensemble du Québec', 'quebec', x.indicator, x.value
    FROM cag_ovt.partner_committee_status c
    CROSS JOIN LATERAL (VALUES
        ('committees_with_rules', c.committees_with_rules::numeric),
        ('meetings_held', c.meetings_held::numeric),
        ('regions_covered', c.regions_covered::numeric)
    ) AS x(indicator, value)
) AS v
JOIN cag_ovt.indicators i ON i.indicator = v.indicator;
GRANT SELECT ON cag_ovt.indicator_values TO PUBLIC;
COMMENT ON VIEW cag_ovt.indicator_values IS
    'Tous les indicateurs en format long : année financière, portée (ensemble du Québec ou région), clé de l''indicateur, valeur dans son unité (% à 2 décimales ou nombre) / every indicator in long form: fiscal year, scope (all of Québec or region), indicator key, value in its unit (% with 2 decimals or count)';
COMMENT ON COLUMN cag_ovt.indicator_values.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.indicator_values.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.indicator_values.region_code IS 'Code de la région ; NULL pour l''ensemble du Québec / region code; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.indicator_values.region_name IS 'Nom de la région, ou ''Ensemble du Québec'' / region name, or ''Ensemble du Québec''';
COMMENT ON COLUMN cag_ovt.indicator_values.scope IS '''quebec'' (ensemble du Québec) ou ''region'' / ''quebec'' (all of Québec) or ''region''';
COMMENT ON COLUMN cag_ovt.indicator_values.indicator IS 'Clé de l''indicateur (vue indicators) / indicator key (view indicators)';
COMMENT ON COLUMN cag_ovt.indicator_values.value IS
    'Valeur dans l''unité de l''indicateur : pourcentage à 2 décimales (la fraction à 4 décimales fois 100) ou nombre ; NULL si le dénominateur est 0 / value in the unit of the indicator: percent with 2 decimals (the 4-decimal fraction times 100) or count; NULL when the denominator is 0';
COMMENT ON COLUMN cag_ovt.indicator_values.unit IS '''%'' ou ''nombre'' / ''%'' or ''nombre'' (count)';

-- ---------------------------------------------------------------------
-- The regional priorities with the value of their indicator in their
-- region, for every fiscal year that has a value of some indicator.
CREATE VIEW cag_ovt.regional_priority_indicators WITH (security_invoker = true) AS
WITH v AS MATERIALIZED (
    SELECT * FROM cag_ovt.indicator_values
),
years AS (
    SELECT DISTINCT v.fiscal_year FROM v
)
SELECT y.fiscal_year,
       y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text AS fiscal_year_label,
       cag_ovt.region_code(p.region) AS region_code,
       cag_ovt.region_name(p.region) AS region_name,
       p.priority_number,
       p.title,
       p.indicator,
       v.value,
       i.unit
FROM years y
CROSS JOIN cag_ovt.regional_priorities p
JOIN cag_ovt.indicators i ON i.indicator = p.indicator
LEFT JOIN v ON v.fiscal_year = y.fiscal_year AND v.indicator = p.indicator
           AND v.scope = 'region' AND v.region_code = cag_ovt.region_code(p.region);
GRANT SELECT ON cag_ovt.regional_priority_indicators TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_priority_indicators IS
    'Priorités régionales auxquelles répond le plan et valeur de leur indicateur dans leur région, par année financière / regional priorities the plan answers and the value of their indicator in their region, per fiscal year';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.region_code IS 'Code de la région de la priorité / code of the region of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.region_name IS 'Nom de la région de la priorité / name of the region of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.priority_number IS 'Numéro de la priorité dans la région / number of the priority in the region';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.title IS 'Intitulé de la priorité / title of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.indicator IS 'Clé de l''indicateur suivi (vue indicators) / key of the indicator followed (view indicators)';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.value IS
    'Valeur de l''indicateur dans la région, dans son unité ; NULL sans donnée / value of the indicator in the region, in its unit; NULL without data';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.unit IS '''%'' ou ''nombre'' / ''%'' or ''nombre'' (count)';

-- ---------------------------------------------------------------------
-- The annual report: per fiscal year, the plan's actions with their
-- indicators, values, targets and status.
CREATE VIEW cag_ovt.action_plan_report WITH (security_invoker = true) AS
WITH v AS MATERIALIZED (
    SELECT * FROM cag_ovt.indicator_values
),
years AS (
    SELECT DISTINCT v.fiscal_year FROM v
)
SELECT y.fiscal_year,
       y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text AS fiscal_year_label,
       a.item,
       a.code,
       a.action,
       a.indicator,
       a.scope,
       a.region_code,
       a.region_name,
       v.value,
       a.unit,
       t.target,
       CASE WHEN t.target IS NULL THEN 'sans cible'
            WHEN v.value IS NULL THEN 'sans donnée'
            WHEN v.value >= t.target THEN 'atteinte'
            ELSE 'non atteinte' END AS status
FROM years y
CROSS JOIN cag_ovt.plan_actions a
LEFT JOIN v ON v.fiscal_year = y.fiscal_year AND v.indicator = a.indicator AND v.scope = a.scope
           AND coalesce(v.region_code, '') = coalesce(a.region_code, '')
LEFT JOIN cag_ovt.targets t ON t.indicator = a.indicator AND t.fiscal_year = y.fiscal_year
           AND coalesce(cag_ovt.region_code(t.region), '') = coalesce(a.region_code, '')
ORDER BY y.fiscal_year, a.item;
GRANT SELECT ON cag_ovt.action_plan_report TO PUBLIC;
COMMENT ON VIEW cag_ovt.action_plan_report IS
    'Reddition de comptes du plan d''action OVT (rapport annuel de gestion) : par année financière, chaque action du plan et ses indicateurs, valeur, cible et statut / reporting of the OVT action plan (annual management report): per fiscal year, each action of the plan and its indicators, value, target and status';
COMMENT ON COLUMN cag_ovt.action_plan_report.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.action_plan_report.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.action_plan_report.item IS 'Rang de la ligne dans le plan (vue plan_actions) / rank of the row in the plan (view plan_actions)';
COMMENT ON COLUMN cag_ovt.action_plan_report.code IS 'Code de l''action : A1 à A5, SGMP, ou P<région>-<numéro> / action code: A1 to A5, SGMP, or P<region>-<number>';
COMMENT ON COLUMN cag_ovt.action_plan_report.action IS 'Libellé de l''action (en français) / text of the action (in French)';
COMMENT ON COLUMN cag_ovt.action_plan_report.indicator IS 'Clé de l''indicateur (vue indicators) / indicator key (view indicators)';
COMMENT ON COLUMN cag_ovt.action_plan_report.scope IS '''quebec'' (ensemble du Québec) ou ''region'' (région de la priorité) / ''quebec'' (all of Québec) or ''region'' (region of the priority)';
COMMENT ON COLUMN cag_ovt.action_plan_report.region_code IS 'Code de la région mesurée ; NULL pour l''ensemble du Québec / code of the region measured; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.action_plan_report.region_name IS 'Nom de la région mesurée, ou ''Ensemble du Québec'' / name of the region measured, or ''Ensemble du Québec''';
COMMENT ON COLUMN cag_ovt.action_plan_report.value IS
    'Valeur dans l''unité : pourcentage à 2 décimales (43.21) ou nombre ; NULL sans donnée / value in the unit: percent with 2 decimals (43.21) or count; NULL without data';
COMMENT ON COLUMN cag_ovt.action_plan_report.unit IS '''%'' ou ''nombre'' / ''%'' or ''nombre'' (count)';
COMMENT ON COLUMN cag_ovt.action_plan_report.target IS 'Cible (table targets), dans la même unité ; NULL sans cible / target (table targets), in the same unit; NULL without a target';
COMMENT ON COLUMN cag_ovt.action_plan_report.status IS
    '''atteinte'' (valeur >= cible), ''non atteinte'', ''sans cible'' ou ''sans donnée'' (cible sans valeur) / ''atteinte'' (met: value >= target), ''non atteinte'' (not met), ''sans cible'' (no target) or ''sans donnée'' (a target but no value)';

-- ---------------------------------------------------------------------
-- Monthly summaries, stored: month, delivery region, supplier region,
-- UNSPSC segment, group purchase.  Created WITH NO DATA: its rows are not
-- in a dump (it is a member of the extension, which pg_dump does not dump),
-- so a restored database must refresh it; unpopulated, reading it is an
-- error rather than an empty answer.  It belongs to the extension's owner,
-- who refreshes it:
--     REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;               -- first time
--     REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month;  -- then
-- The unique index over every grouping column, NULLS NOT DISTINCT, is what
-- REFRESH ... CONCURRENTLY requires.  Its query runs as the owner: row-level
-- security on purchases applies to the owner unless it bypasses it.
CREATE MATERIALIZED VIEW cag_ovt.spend_by_month AS
SELECT pg_catalog.date_trunc('month', p.purchased_on::timestamp without time zone)::date AS month,
       p.delivery_region,
       coalesce(p.supplier_region,
                cag_ovt.region_of_postal_code(p.supplier_postal_code, p.purchased_on)) AS supplier_region,
       cag_ovt.unspsc_segment(p.category) AS segment,
       p.group_purchase,
       cag_ovt.spend_agg(p.amount, p.class) AS summary
FROM cag_ovt.purchases p
GROUP BY 1, 2, 3, 4, 5
WITH NO DATA;
CREATE UNIQUE INDEX spend_by_month_key ON cag_ovt.spend_by_month
    (month, delivery_region, supplier_region, segment, group_purchase) NULLS NOT DISTINCT;
ALTER MATERIALIZED VIEW cag_ovt.spend_by_month OWNER TO @extowner@;
COMMENT ON MATERIALIZED VIEW cag_ovt.spend_by_month IS
    'Sommaires mensuels des achats par région de livraison, région du fournisseur, segment UNSPSC et achat regroupé ; à rafraîchir (REFRESH MATERIALIZED VIEW [CONCURRENTLY]) après chaque chargement et après une restauration / monthly summaries of the purchases by delivery region, supplier region, UNSPSC segment and group purchase; refresh it (REFRESH MATERIALIZED VIEW [CONCURRENTLY]) after each load and after a restore';
COMMENT ON COLUMN cag_ovt.spend_by_month.month IS 'Premier jour du mois de l''achat / first day of the month of the purchase';
COMMENT ON COLUMN cag_ovt.spend_by_month.delivery_region IS 'Région de livraison (NULL : inconnue) / delivery region (NULL: unknown)';
COMMENT ON COLUMN cag_ovt.spend_by_month.supplier_region IS
    'Région du fournisseur : supplier_region, sinon celle de son code postal à la date de l''achat (NULL : inconnue) / region of the supplier: supplier_region, else that of its postal code on the date of the purchase (NULL: unknown)';
COMMENT ON COLUMN cag_ovt.spend_by_month.segment IS 'Segment UNSPSC de la catégorie (NULL : inconnue) / UNSPSC segment of the category (NULL: unknown)';
COMMENT ON COLUMN cag_ovt.spend_by_month.group_purchase IS 'Vrai pour les achats regroupés / true for group purchases';
COMMENT ON COLUMN cag_ovt.spend_by_month.summary IS 'spend_agg(amount, class) des achats de la ligne / spend_agg(amount, class) of the purchases of the row';

-- The purchase summaries rolled up from spend_by_month: the same rows as
-- purchase_summaries (built the same way: by fiscal year and region, then
-- GROUPING SETS over those), equal as long as spend_by_month is fresh.  With the
-- *_figures functions, the purchase views' figures without reading the
-- purchases.
CREATE VIEW cag_ovt.spend_by_fiscal_year_region WITH (security_invoker = true) AS
SELECT g.fiscal_year,
       g.fiscal_year::text || '-' || (g.fiscal_year + 1)::text AS fiscal_year_label,
       cag_ovt.region_code(g.delivery_region) AS region_code,
       CASE WHEN g.all_of_quebec = 1 THEN 'Ensemble du Québec'
            WHEN g.delivery_region IS NULL THEN 'Région inconnue'
            ELSE cag_ovt.region_name(g.delivery_region) END AS region_name,
       CASE WHEN g.all_of_quebec = 1 THEN 'quebec'
            WHEN g.delivery_region IS NULL THEN 'unknown_region'
            ELSE 'region' END AS scope,
       g.summary,
       g.group_summary,
       g.outside_centres_summary,
       g.centres_summary
FROM (
    SELECT r.fiscal_year,
           r.delivery_region,
           GROUPING(r.delivery_region) AS all_of_quebec,
           cag_ovt.rollup(r.summary) AS summary,
           cag_ovt.rollup(r.group_summary) AS group_summary,
           cag_ovt.rollup(r.outside_centres_summary) AS outside_centres_summary,
           cag_ovt.rollup(r.centres_summary) AS centres_summary
    FROM (
        SELECT cag_ovt.fiscal_year(m.month) AS fiscal_year,
               m.delivery_region,
               cag_ovt.rollup(m.summary) AS summary,
               cag_ovt.rollup(m.summary) FILTER (WHERE m.group_purchase) AS group_summary,
               cag_ovt.rollup(m.summary) FILTER (WHERE l.in_regions) AS outside_centres_summary,
               cag_ovt.rollup(m.summary) FILTER (WHERE NOT l.in_regions) AS centres_summary
        FROM cag_ovt.spend_by_month m
        LEFT JOIN LATERAL (
            SELECT coalesce(g.counts_as_region, false) AS in_regions
            FROM cag_ovt.regions g
            WHERE g.region = m.supplier_region
        ) AS l ON true
        GROUP BY 1, 2
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g;
GRANT SELECT ON cag_ovt.spend_by_fiscal_year_region TO PUBLIC;
COMMENT ON VIEW cag_ovt.spend_by_fiscal_year_region IS
    'Sommaires par année financière et région de livraison, agrégés (rollup) à partir de spend_by_month : mêmes lignes que purchase_summaries, sans relire les achats / summaries by fiscal year and delivery region, rolled up from spend_by_month: the same rows as purchase_summaries, without reading the purchases';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.region_code IS
    'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.region_name IS
    'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.scope IS '''region'', ''unknown_region'' ou ''quebec'' (comme purchase_summaries) / ''region'', ''unknown_region'' or ''quebec'' (as in purchase_summaries)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.summary IS 'rollup(summary) des mois du groupe / rollup(summary) of the months of the group';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.group_summary IS
    'rollup(summary) des mois du groupe, achats regroupés seulement / rollup(summary) of the months of the group, group purchases only';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.outside_centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés hors de Montréal et de la Capitale-Nationale seulement (regions.counts_as_region de supplier_region) / rollup(summary) of the months of the group, suppliers located outside Montréal and Capitale-Nationale only (regions.counts_as_region of supplier_region)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés à Montréal ou dans la Capitale-Nationale seulement / rollup(summary) of the months of the group, suppliers located in Montréal or Capitale-Nationale only';

-- ===== src/seao.sql =====
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
    issue_reasons text[]
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
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer IS 'Organisme acheteur / buying organization';
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer_postal_code IS 'Code postal de l''acheteur / postal code of the buyer';
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer_region IS
    'Région de l''acheteur selon son code postal, à la date de l''achat / region of the buyer from its postal code, on the purchase date';
COMMENT ON COLUMN cag_ovt.parsed_purchase.delivery_region IS
    'Région de livraison, quand l''avis en donne une seule / delivery region, when the notice gives exactly one';
COMMENT ON COLUMN cag_ovt.parsed_purchase.delivery_regions IS
    'Régions de livraison d''un avis livré à plusieurs régions ou hors Québec ({} : hors Québec seulement) / delivery regions of a notice delivered to several regions or outside Québec ({}: outside Québec only)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_name IS 'Nom du fournisseur / supplier name';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_neq IS 'NEQ du fournisseur / supplier NEQ';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_province IS 'Province du fournisseur, telle qu''écrite / supplier province, as written';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_postal_code IS 'Code postal du fournisseur / supplier postal code';
COMMENT ON COLUMN cag_ovt.parsed_purchase.supplier_country IS 'Pays du fournisseur, tel qu''écrit / supplier country, as written';
COMMENT ON COLUMN cag_ovt.parsed_purchase.category IS 'Catégorie UNSPSC / UNSPSC category';
COMMENT ON COLUMN cag_ovt.parsed_purchase.description IS 'Titre de l''avis / title of the notice';
COMMENT ON COLUMN cag_ovt.parsed_purchase.amount IS
    'Montant (arrondi au cent) ; NULL : pas un achat, voir les problèmes / amount (rounded to the cent); NULL: not a purchase, see the issues';
COMMENT ON COLUMN cag_ovt.parsed_purchase.issue_fields IS
    'Colonnes touchées par les problèmes trouvés (NULL : aucun) / columns concerned by the problems found (NULL: none)';
COMMENT ON COLUMN cag_ovt.parsed_purchase.issue_values IS
    'Valeurs brutes en cause, dans l''ordre de issue_fields / raw values at fault, in the order of issue_fields';
COMMENT ON COLUMN cag_ovt.parsed_purchase.issue_reasons IS
    'Raisons, dans l''ordre de issue_fields / reasons, in the order of issue_fields';

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
COMMENT ON COLUMN cag_ovt.load_issues.source IS 'Source, comme purchases.source / source, as purchases.source';
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
COMMENT ON COLUMN cag_ovt.load_notices.source IS 'Source, comme purchases.source / source, as purchases.source';
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
    inserted AS (
        INSERT INTO cag_ovt.purchases
            (purchased_on, buyer, buyer_region, delivery_region, delivery_regions,
             supplier_name, supplier_neq, supplier_province, supplier_postal_code,
             supplier_country, category, description, amount, source, source_ref)
        SELECT r.purchased_on, r.buyer, r.buyer_region, r.delivery_region, r.delivery_regions,
               r.supplier_name, r.supplier_neq, r.supplier_province, r.supplier_postal_code,
               r.supplier_country, r.category, r.description, r.amount, seao_load.source,
               r.source_ref
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
            description = r.description, amount = r.amount
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
RETURN cag_ovt.seao_load(coalesce(source, 'seao-xml'), doc::text, NULL, NULL);
COMMENT ON FUNCTION cag_ovt.load_seao_xml(xml, text) IS
    'Charge un export XML d''avis SEAO dans purchases (un achat par adjudicataire, problèmes dans load_issues) ; rend le nombre d''achats insérés ou modifiés / loads a SEAO XML notices export into purchases (one purchase per winner, problems in load_issues); returns the number of purchases inserted or updated';
CREATE FUNCTION cag_ovt.load_seao_xml(doc text, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-xml'), doc, NULL, NULL);
COMMENT ON FUNCTION cag_ovt.load_seao_xml(text, text) IS
    'Comme load_seao_xml(xml), le document donné comme texte (sa déclaration d''encodage est ignorée) / as load_seao_xml(xml), the document given as text (its encoding declaration is ignored)';
CREATE FUNCTION cag_ovt.load_seao_xml(doc bytea, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-xml'), NULL, doc, NULL);
COMMENT ON FUNCTION cag_ovt.load_seao_xml(bytea, text) IS
    'Comme load_seao_xml(xml), le document donné comme les octets du fichier (encodage selon sa déclaration) / as load_seao_xml(xml), the document given as the bytes of the file (encoding from its declaration)';

CREATE FUNCTION cag_ovt.load_ocds(package jsonb, source text DEFAULT NULL) RETURNS bigint
    LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp
RETURN cag_ovt.seao_load(coalesce(source, 'seao-ocds'), NULL, NULL, package);
COMMENT ON FUNCTION cag_ovt.load_ocds(jsonb, text) IS
    'Charge un paquet de publications OCDS de SEAO dans purchases (un achat par fournisseur d''attribution ; une publication plus récente d''un OCID remplace ses achats) ; rend le nombre d''achats insérés ou modifiés / loads a SEAO OCDS release package into purchases (one purchase per award supplier; a newer release of an OCID replaces its purchases); returns the number of purchases inserted or updated';

-- ===== end of script =====
-- The schema holds only the extension's objects (see src/schema.sql).
SELECT cag_ovt.check_extension_schema();

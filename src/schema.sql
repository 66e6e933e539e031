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

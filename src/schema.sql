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
--   operators, types and schemas in the database, gives the schema to the
--   role that runs the script (a superuser) and takes CREATE on it from
--   every other role (secure_extension_schema), then checks that the
--   schema holds nothing but these two functions and that nobody else may
--   create objects in it or rename it (check_extension_schema).
--   src/assemble.sh ends the script with the same check.  Every update
--   script begins and ends the same way (see doc/DEVELOPING.md);
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
    creators text[];
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
    -- Who may create objects in the schema: its owner only.  (A schema has
    -- two privileges, USAGE and CREATE; USAGE is for everyone.)
    SELECT pg_catalog.array_agg(CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                                     ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END
                                ORDER BY a.grantee)
      INTO creators
      FROM pg_catalog.pg_namespace n
     CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
     WHERE n.oid OPERATOR(pg_catalog.=) nsp
       AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
       AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'::pg_catalog.text;
    IF creators IS NOT NULL THEN
        RAISE EXCEPTION 'schema cag_ovt lets roles other than its owner create objects in it'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = pg_catalog.format('CREATE is granted to %s. Whoever may create objects in the schema can capture the names that the extension''s scripts, functions and triggers use, and so run code as the superuser who updates the extension or edits its tables.',
                                             pg_catalog.array_to_string(creators, ', ')),
                  HINT = pg_catalog.format('A superuser can revoke it: REVOKE CREATE ON SCHEMA cag_ovt FROM %s;',
                                           pg_catalog.array_to_string(creators, ', '));
    END IF;
END
$$;
COMMENT ON FUNCTION cag_ovt.check_extension_schema() IS
    'Erreur si le schéma cag_ovt contient des objets qui n''appartiennent pas à l''extension ou si un autre rôle que son propriétaire peut y créer des objets (les scripts d''installation et de mise à jour l''appellent au début et à la fin ; un DBA peut l''appeler pour vérifier) / error when schema cag_ovt holds objects that do not belong to the extension or when a role other than its owner may create objects in it (the install and update scripts call it first and last; a DBA may call it to check)';

-- The schema as the extension needs it: owned by the role that runs the
-- install or update script (a superuser), CREATE for nobody else, USAGE
-- for everyone.  A schema made beforehand, or one that extension 1.0 left
-- to the database owner, may have granted CREATE to others: it is revoked,
-- with a warning that says from whom.
CREATE FUNCTION cag_ovt.secure_extension_schema() RETURNS void
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    creators text;
BEGIN
    ALTER SCHEMA cag_ovt OWNER TO CURRENT_USER;
    SELECT pg_catalog.string_agg(CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                                      ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END,
                                 ', ' ORDER BY a.grantee)
      INTO creators
      FROM pg_catalog.pg_namespace n
     CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
     WHERE n.nspname OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.name
       AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner
       AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'::pg_catalog.text;
    IF creators IS NOT NULL THEN
        EXECUTE pg_catalog.format('REVOKE CREATE ON SCHEMA cag_ovt FROM %s CASCADE', creators);
        RAISE WARNING 'revoked CREATE on schema cag_ovt from %', creators
            USING DETAIL = 'Only the owner of the extension''s schema, a superuser, may create objects in it: the extension''s scripts and triggers run as a superuser and must not meet objects of other roles there.';
    END IF;
    GRANT USAGE ON SCHEMA cag_ovt TO PUBLIC;
END
$$;
COMMENT ON FUNCTION cag_ovt.secure_extension_schema() IS
    'Interne (scripts d''installation et de mise à jour) : donne le schéma cag_ovt au superutilisateur qui exécute le script, retire CREATE à tout autre rôle (avec un avertissement), accorde USAGE à tous / internal (install and update scripts): gives schema cag_ovt to the superuser that runs the script, revokes CREATE from every other role (with a warning), grants USAGE to everyone';

-- Nobody but a superuser may add objects to the schema, and nothing else
-- may be in it before the script creates its objects.
SELECT cag_ovt.secure_extension_schema();
SELECT cag_ovt.check_extension_schema();

COMMENT ON SCHEMA cag_ovt IS
    'cag_ovt : achats publics québécois, régionaux, écoresponsables et en aliments du Québec / cag_ovt: Québec, regional, eco-responsible and Québec-food public purchases';

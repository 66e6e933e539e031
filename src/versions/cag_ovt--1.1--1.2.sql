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

-- 1.2 also checks who may create objects in the schema: 1.1 kept the
-- privileges of a schema made before CREATE EXTENSION, and 1.0 -> 1.1 those
-- that the database owner granted while 1.0 left it the schema.
CREATE OR REPLACE FUNCTION cag_ovt.check_extension_schema() RETURNS void
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

SELECT cag_ovt.secure_extension_schema();
SELECT cag_ovt.check_extension_schema();

-- ===== Functions bound when created (src/classify.sql) =====

-- 1.1's reclassify_purchases had a string body, parsed at each call: an
-- overload classify_purchase(cag_ovt.purchases) created in the schema
-- would have captured its call.
-- A standard SQL body: the call of classify_purchase is bound to the
-- extension's classify_purchase(record) when the function is created, so
-- that no function created later can capture it.
CREATE OR REPLACE FUNCTION cag_ovt.reclassify_purchases(since date DEFAULT NULL) RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
    WITH changed AS (
        UPDATE cag_ovt.purchases AS p
           SET class = p.class          -- the trigger computes it
         WHERE (since IS NULL OR p.purchased_on OPERATOR(pg_catalog.>=) since)
           AND p.class OPERATOR(cag_ovt.<>) cag_ovt.classify_purchase(p::record)
        RETURNING 1)
    SELECT pg_catalog.count(*) FROM changed;
END;

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

-- ===== Data dictionary and read access (src/data_dictionary.sql) =====

-- New in 1.2, as in a fresh install (the conventions are explained in
-- src/data_dictionary.sql).
CREATE FUNCTION cag_ovt.description_in(comment text, lang text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    parts text[] := pg_catalog.string_to_array(comment, ' / ');
    n integer := pg_catalog.cardinality(parts);
BEGIN
    IF lang NOT IN ('fr', 'en') THEN
        RAISE EXCEPTION 'invalid language "%"', lang
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The comments are written in French (''fr'') and English (''en'').';
    END IF;
    -- n parts: n - 1 separators, the middle one between the languages
    IF n % 2 = 1 THEN
        RETURN NULL;
    END IF;
    IF lang = 'fr' THEN
        RETURN pg_catalog.array_to_string(parts[1:n / 2], ' / ');
    END IF;
    RETURN pg_catalog.array_to_string(parts[n / 2 + 1:n], ' / ');
END
$$;
COMMENT ON FUNCTION cag_ovt.description_in(text, text) IS
    'Partie française (''fr'') ou anglaise (''en'') d''un commentaire bilingue « français / English », coupé au séparateur du milieu ; NULL si le nombre de séparateurs est pair / French (''fr'') or English (''en'') part of a bilingual comment "français / English", cut at the middle separator; NULL when the number of separators is even';

CREATE VIEW cag_ovt.data_dictionary WITH (security_invoker = true) AS
SELECT c.relname::character varying(63) AS relation_name,
       (CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                       ELSE 'table' END)::character varying(17) AS relation_kind,
       cag_ovt.description_in(r.description, 'fr'::text) AS relation_description_fr,
       cag_ovt.description_in(r.description, 'en'::text) AS relation_description_en,
       a.attnum::integer AS column_position,
       a.attname::character varying(63) AS column_name,
       -- format_type names the types of other schemas only when they are
       -- not on the search_path: qualify them always
       CASE WHEN tn.nspname = 'pg_catalog'
                 OR pg_catalog.format_type(a.atttypid, a.atttypmod) LIKE tn.nspname || '.%'
            THEN pg_catalog.format_type(a.atttypid, a.atttypmod)
            ELSE pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.format_type(a.atttypid, a.atttypmod)
       END AS data_type,
       cag_ovt.description_in(cd.description, 'fr'::text) AS description_fr,
       cag_ovt.description_in(cd.description, 'en'::text) AS description_en,
       (a.atttypid = ANY ('{int2,int4,int8,numeric}'::regtype[])
        AND (a.attname = 'amount' OR a.attname LIKE '%\_amount' OR a.attname LIKE '%\_count')) AS is_additive
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cag_ovt'
JOIN pg_catalog.pg_class c ON c.oid = d.objid
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
-- the element type's schema for an array
JOIN pg_catalog.pg_namespace tn
  ON tn.oid = (SELECT et.typnamespace FROM pg_catalog.pg_type et
               WHERE et.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END)
LEFT JOIN pg_catalog.pg_description r
  ON r.objoid = c.oid AND r.classoid = 'pg_catalog.pg_class'::regclass AND r.objsubid = 0
LEFT JOIN pg_catalog.pg_description cd
  ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid = a.attnum
WHERE d.classid = 'pg_catalog.pg_class'::regclass
  AND d.refclassid = 'pg_catalog.pg_extension'::regclass
  AND d.deptype = 'e'
  AND c.relkind IN ('r', 'p', 'v', 'm')
ORDER BY c.relname, a.attnum;
GRANT SELECT ON cag_ovt.data_dictionary TO PUBLIC;
COMMENT ON VIEW cag_ovt.data_dictionary IS
    'Dictionnaire des données : chaque colonne de chaque table, vue et vue matérialisée de l''extension, avec son type et sa description en français et en anglais (tirées des commentaires), pour les outils qui ne lisent pas les commentaires / data dictionary: every column of every table, view and materialized view of the extension, with its type and its French and English descriptions (taken from the comments), for tools that do not read comments';
COMMENT ON COLUMN cag_ovt.data_dictionary.relation_name IS 'Nom de la table ou de la vue (schéma cag_ovt) / name of the table or view (schema cag_ovt)';
COMMENT ON COLUMN cag_ovt.data_dictionary.relation_kind IS
    '''table'', ''view'' (vue) ou ''materialized view'' (vue matérialisée) / ''table'', ''view'' or ''materialized view''';
COMMENT ON COLUMN cag_ovt.data_dictionary.relation_description_fr IS 'Description de la table ou de la vue, en français / description of the table or view, in French';
COMMENT ON COLUMN cag_ovt.data_dictionary.relation_description_en IS 'Description de la table ou de la vue, en anglais / description of the table or view, in English';
COMMENT ON COLUMN cag_ovt.data_dictionary.column_position IS 'Position de la colonne, à partir de 1 / position of the column, from 1';
COMMENT ON COLUMN cag_ovt.data_dictionary.column_name IS 'Nom de la colonne / name of the column';
COMMENT ON COLUMN cag_ovt.data_dictionary.data_type IS
    'Type de la colonne tel qu''un client le voit (format_type), p. ex. numeric(20,2) ; les types de l''extension qualifiés : cag_ovt.qc_region / type of the column as a client sees it (format_type), e.g. numeric(20,2); the extension''s types qualified: cag_ovt.qc_region';
COMMENT ON COLUMN cag_ovt.data_dictionary.description_fr IS 'Description de la colonne, en français / description of the column, in French';
COMMENT ON COLUMN cag_ovt.data_dictionary.description_en IS 'Description de la colonne, en anglais / description of the column, in English';
COMMENT ON COLUMN cag_ovt.data_dictionary.is_additive IS
    'Vrai pour une somme ou un compte (colonne numérique nommée amount, *_amount ou *_count) : sa somme sur des lignes est le chiffre de ces lignes réunies / true for a sum or a count (numeric column named amount, *_amount or *_count): its sum over rows is the figure of those rows together';

-- ---------------------------------------------------------------------
-- Read access for a role: SELECT on the relations of the extension that
-- PUBLIC cannot read (read_relations) (the views are readable by PUBLIC and run with their
-- reader's privileges: reading them takes SELECT on the tables beneath).
-- Run as the extension's owner (it holds these privileges with grant
-- option) or a superuser.  The grants are ordinary ones: pg_dump dumps
-- them (as changes to the extension's initial privileges) and restores
-- them once the role exists.
-- The relations a role needs SELECT on to read every view: those of the
-- extension (data_dictionary) that PUBLIC cannot read.
CREATE FUNCTION cag_ovt.read_relations() RETURNS SETOF regclass
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.rel
    FROM (SELECT DISTINCT pg_catalog.format('cag_ovt.%I', dd.relation_name)::regclass AS rel
          FROM cag_ovt.data_dictionary dd) AS x
    WHERE NOT pg_catalog.has_table_privilege('public'::text, x.rel, 'SELECT'::text)
    ORDER BY x.rel::text;
END;
COMMENT ON FUNCTION cag_ovt.read_relations() IS
    'Relations de l''extension que PUBLIC ne peut pas lire : ce que grant_read donne et revoke_read retire / relations of the extension that PUBLIC cannot read: what grant_read grants and revoke_read revokes';

CREATE FUNCTION cag_ovt.grant_read(grantee regrole) RETURNS SETOF regclass
    LANGUAGE plpgsql STRICT
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rel regclass;
    rels regclass[];
BEGIN
    SELECT pg_catalog.array_agg(r.rel ORDER BY r.rel::text) INTO rels FROM cag_ovt.read_relations() AS r(rel);
    FOREACH rel IN ARRAY coalesce(rels, '{}') LOOP
        IF NOT pg_catalog.has_table_privilege(CURRENT_USER, rel, 'SELECT WITH GRANT OPTION') THEN
            RAISE EXCEPTION 'permission denied to grant SELECT on %', rel
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'Run cag_ovt.grant_read as the owner of extension cag_ovt or as a superuser.';
        END IF;
    END LOOP;
    FOREACH rel IN ARRAY coalesce(rels, '{}') LOOP
        EXECUTE pg_catalog.format('GRANT SELECT ON %s TO %s', rel, grantee);
        RETURN NEXT rel;
    END LOOP;
END
$$;
COMMENT ON FUNCTION cag_ovt.grant_read(regrole) IS
    'Donne au rôle la lecture (SELECT) des tables et de la vue matérialisée de l''extension que PUBLIC ne peut pas lire (les vues sont lisibles par tous) et rend leur liste ; à lancer par le propriétaire de l''extension ou un superutilisateur, et à relancer après une mise à jour / grants the role SELECT on the tables and the materialized view of the extension that PUBLIC cannot read (the views are readable by all) and returns their list; run it as the owner of the extension or a superuser, and again after an update';

CREATE FUNCTION cag_ovt.revoke_read(grantee regrole) RETURNS SETOF regclass
    LANGUAGE plpgsql STRICT
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    rel regclass;
    still text[];
BEGIN
    FOR rel IN SELECT r.rel FROM cag_ovt.read_relations() AS r(rel)
    LOOP
        EXECUTE pg_catalog.format('REVOKE SELECT ON %s FROM %s', rel, grantee);
        IF pg_catalog.has_table_privilege(grantee, rel, 'SELECT') THEN
            still := still || rel::text;
        END IF;
        RETURN NEXT rel;
    END LOOP;
    IF still IS NOT NULL THEN
        RAISE WARNING 'role % can still read %', grantee, pg_catalog.array_to_string(still, ', ')
            USING DETAIL = 'It holds SELECT through a role it is a member of, or from another grantor.';
    END IF;
END
$$;
COMMENT ON FUNCTION cag_ovt.revoke_read(regrole) IS
    'Retire au rôle la lecture donnée par grant_read et rend la liste des relations ; avertit si le rôle peut encore en lire par un autre rôle ou un autre donneur / revokes the read access grant_read gave the role and returns the list of relations; warns when the role can still read some through another role or grantor';

-- ===== SEAO: one notice whatever its source, versions of XML notices, OCDS as bytes (src/seao.sql) =====

-- A notice is one whatever the source it is loaded under: load_notices gets
-- one row per notice, keyed by SEAO's identity (format, notice).  1.1 kept a
-- row per (source, notice): a notice loaded under two sources was there
-- twice, with its purchases and issues under each.  The copy that stays is
-- the one whose version counts as 1.2 compares them: for OCDS the newest
-- release (its date, then its id); otherwise (XML, whose 1.1 bookkeeping
-- says nothing of the version, or the same release twice) the one loaded
-- last (loaded_at), then the source that sorts first.  The others'
-- purchases, issues and bookkeeping are deleted.
WITH ranked AS (
    SELECT ln.source, ln.notice, ln.source_refs,
           pg_catalog.row_number() OVER (
               PARTITION BY ln.ocid IS NULL, ln.notice
               ORDER BY ln.release_date DESC NULLS LAST, ln.release_id DESC NULLS LAST,
                        ln.loaded_at DESC, ln.source) AS rank
    FROM cag_ovt.load_notices ln
),
dropped AS (
    SELECT r.source, r.notice, r.source_refs FROM ranked r
    WHERE r.rank OPERATOR(pg_catalog.>) 1
),
purchases_deleted AS (
    DELETE FROM cag_ovt.purchases p USING dropped d
    WHERE p.source OPERATOR(pg_catalog.=) d.source
      AND p.source_ref OPERATOR(pg_catalog.=) ANY (d.source_refs)
),
issues_deleted AS (
    DELETE FROM cag_ovt.load_issues li USING dropped d
    WHERE li.source OPERATOR(pg_catalog.=) d.source
      AND li.source_ref OPERATOR(pg_catalog.=) ANY (d.source_refs)
)
DELETE FROM cag_ovt.load_notices ln USING dropped d
WHERE ln.source OPERATOR(pg_catalog.=) d.source AND ln.notice OPERATOR(pg_catalog.=) d.notice;

ALTER TABLE cag_ovt.load_notices DROP CONSTRAINT load_notices_pkey;
ALTER TABLE cag_ovt.load_notices
    ADD COLUMN format text NOT NULL
        GENERATED ALWAYS AS (CASE WHEN ocid IS NULL THEN 'xml'::pg_catalog.text ELSE 'ocds'::pg_catalog.text END) STORED,
    ADD COLUMN entered_at timestamp,
    ADD COLUMN export_end date,
    ADD CONSTRAINT load_notices_pkey PRIMARY KEY (notice, format);
COMMENT ON TABLE cag_ovt.load_notices IS
    'Avis SEAO chargés (XML) et OCID chargés (OCDS), une ligne par avis quelle que soit la source : la version qui a produit les achats actuels, la source qu''ils portent et leurs références / SEAO notices (XML) and OCIDs (OCDS) loaded, one row per notice whatever the source: the version that produced the current purchases, the source they carry and their references';
COMMENT ON COLUMN cag_ovt.load_notices.source IS
    'Source du chargement qui a écrit la version actuelle de l''avis, que portent ses achats et ses problèmes / source of the load that wrote the current version of the notice, which its purchases and issues carry';
COMMENT ON COLUMN cag_ovt.load_notices.format IS
    'Format SEAO de l''avis : xml (exports XML) ou ocds (paquets OCDS) ; avec notice, son identité / SEAO format of the notice: xml (XML exports) or ocds (OCDS packages); with notice, its identity';
COMMENT ON COLUMN cag_ovt.load_notices.entered_at IS
    'XML : datesaisieadjudication de la version chargée, heure locale telle qu''écrite (la saisie de l''adjudication, qui date la version) ; NULL : inconnue / XML: datesaisieadjudication of the version loaded, local time as written (the entry of the award, which dates the version); NULL: unknown';
COMMENT ON COLUMN cag_ovt.load_notices.export_end IS
    'XML : fin de la période de l''export chargé (attribut datefin de <export>) ; NULL : inconnue / XML: end of the period of the export loaded (datefin attribute of <export>); NULL: unknown';

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

-- ===== Locating suppliers and buyers (src/locate.sql, src/localities.sql, src/geography.sql, src/purchases.sql, src/classify.sql, src/seao.sql, src/registries.sql) =====

-- New reference tables and functions: src/locate.sql, included when the
-- script is built (src/assemble.sh --update), and their rows,
-- src/localities.sql, generated from data/fsa-regions.csv,
-- data/ldu-communities.csv, data/former-municipalities.csv and
-- data/locality-aliases.csv: the same
-- text as the install script's, so that they cannot drift.  The tables are
-- new, so no DBA edit is met.  region_of_fsa and region_of_postal_code now
-- read fsa_regions (the C functions are the same; a 1.1 database running
-- this library still derives FSAs from the town halls).
--
-- The purchases keep their class, and their regions, until
-- reclassify_purchases() or a reload of their SEAO files: the new columns
-- are NULL, so a region they have counts as given (supplier_located_by,
-- buyer_located_by NULL), and the trigger locates the parties whose region
-- is NULL the next time it runs on them (reclassify_purchases()); the
-- buyer regions that the 1.1 loaders stored stay until the file is loaded
-- again, which fills the cities, the buyer's postal code and identifier.

--@include src/locate.sql

--@include src/localities.sql

COMMENT ON FUNCTION cag_ovt.region_of_fsa(text, date) IS
    'Région d''une RTA (trois premiers caractères d''un code postal) d''après la table fsa_regions, à la date as_of (NULL : aujourd''hui) ; NULL si la RTA est inconnue ou couvre plusieurs régions (voir regions_of_fsa) / region of a forward sortation area (first three characters of a postal code) from table fsa_regions, on date as_of (NULL: today); NULL when the FSA is unknown or spans several regions (see regions_of_fsa)';

-- The raw address of the parties, and how the trigger located them
-- (src/purchases.sql): new columns at the end.
ALTER TABLE cag_ovt.purchases
    ADD COLUMN supplier_city text,
    ADD COLUMN buyer_city text,
    ADD COLUMN buyer_postal_code cag_ovt.postal_code,
    ADD COLUMN buyer_id text,
    ADD COLUMN supplier_located_by text,
    ADD COLUMN buyer_located_by text;
--@column_comments cag_ovt.purchases supplier_city buyer_city buyer_postal_code buyer_id buyer_located_by
COMMENT ON COLUMN cag_ovt.purchases.supplier_located_by IS
    'Comment la région du fournisseur a été trouvée : postal_code, city, fsa_candidates+city, name, fsa_candidates+name, supplier_registry... ; NULL : donnée telle quelle ou inconnue ; le déclencheur la retrouve à chaque mise à jour tant que ce n''est pas NULL / how the supplier''s region was found: postal_code, city, fsa_candidates+city, name, fsa_candidates+name, supplier_registry...; NULL: given as it is, or unknown; the trigger finds it again at each update as long as it is not NULL';
COMMENT ON COLUMN cag_ovt.purchases.buyer_region IS
    'Région de l''acheteur : donnée, ou trouvée par le déclencheur (buyer_located_by dit comment) d''après buyer_municipality, son code postal, sa ville, son nom ou known_parties, à la date de l''achat / region of the buyer: given, or found by the trigger (buyer_located_by says how) from buyer_municipality, its postal code, city, name or known_parties, on the purchase date';
COMMENT ON COLUMN cag_ovt.purchases.supplier_region IS
    'Région du fournisseur : donnée, ou trouvée par le déclencheur (supplier_located_by dit comment) d''après son code postal, sa ville, son nom ou known_parties, à la date de l''achat / region of the supplier: given, or found by the trigger (supplier_located_by says how) from its postal code, city, name or known_parties, on the purchase date';
COMMENT ON FUNCTION cag_ovt.classify_purchase_trigger() IS
    'Déclencheur BEFORE INSERT OR UPDATE FOR EACH ROW : trouve la région de l''acheteur et du fournisseur quand elle n''est pas donnée (code postal, ville, nom, registres), complète delivery_region (municipalité de livraison, puis région de l''acheteur) et calcule class, quelle que soit la valeur fournie ; trouve ses colonnes par leur nom / BEFORE INSERT OR UPDATE FOR EACH ROW trigger: finds the buyer''s and the supplier''s region when not given (postal code, city, name, registries), fills delivery_region (delivery municipality, then the buyer''s region) and computes class, whatever value was supplied; finds its columns by name';

-- The classification reads the supplier's city, name and NEQ
-- (src/classify.sql): the functions of the arguments take three more, at
-- the end; the old signatures are dropped (nothing depends on them).
DROP FUNCTION cag_ovt.classify_purchase(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date);
DROP FUNCTION cag_ovt.explain_classification(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date);
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
    as_of date DEFAULT NULL,
    supplier_city text DEFAULT NULL,
    supplier_name text DEFAULT NULL,
    supplier_neq cag_ovt.neq DEFAULT NULL)
    RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.classify_purchase(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date, text, text, cag_ovt.neq) IS
    'Classe d''un achat (origine du fournisseur, région, écoresponsable, aliments, aliments du Québec, achat regroupé) selon les listes de référence ; le fournisseur est situé d''après sa région donnée, son code postal, sa ville, sa province, son pays, son nom et known_parties ; tout argument peut être NULL (inconnu) ; as_of : date de l''achat (NULL : aujourd''hui) / class of a purchase (supplier origin, region, eco-responsible, food, Québec food, group purchase) from the reference lists; the supplier is located from its region given, postal code, city, province, country, name and known_parties; any argument may be NULL (unknown); as_of: date of the purchase (NULL: today)';

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
    as_of date DEFAULT NULL,
    supplier_city text DEFAULT NULL,
    supplier_name text DEFAULT NULL,
    supplier_neq cag_ovt.neq DEFAULT NULL)
    RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.explain_classification(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date, text, text, cag_ovt.neq) IS
    'Pourquoi classify_purchase donne sa classe : pour chaque dimension, le résultat, la règle et les valeurs qui l''ont décidé, les indices contradictoires et les inconnus / why classify_purchase gives its class: for each dimension, the result, the rule and the values that decided it, conflicting evidence and unknowns';

CREATE FUNCTION cag_ovt.purchase_needs_reclassify(purchase record)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'purchase_needs_reclassify' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.purchase_needs_reclassify(record) IS
    'Vrai quand le déclencheur changerait la ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes) : sa classe, ou une région qu''il a trouvée (supplier_located_by, buyer_located_by) / true when the trigger would change the row of cag_ovt.purchases (or of a table with its columns): its class, or a region it found (supplier_located_by, buyer_located_by)';

-- Reclassing the purchases after the lists changed.

-- A standard SQL body: the call of purchase_needs_reclassify is bound to
-- the extension's function when the function is created, so that no
-- function created later can capture it.
CREATE OR REPLACE FUNCTION cag_ovt.reclassify_purchases(since date DEFAULT NULL) RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
    WITH changed AS (
        UPDATE cag_ovt.purchases AS p
           SET class = p.class          -- the trigger computes it
         WHERE (since IS NULL OR p.purchased_on OPERATOR(pg_catalog.>=) since)
           AND cag_ovt.purchase_needs_reclassify(p::record)
        RETURNING 1)
    SELECT pg_catalog.count(*) FROM changed;
END;
COMMENT ON FUNCTION cag_ovt.reclassify_purchases(date) IS
    'Recalcule la classe des achats (depuis la date since, NULL : tous) et les régions que le déclencheur a trouvées, après une modification des listes de référence ; n''écrit que les lignes qui changent et renvoie leur nombre / recomputes the class of the purchases (from date since on, NULL: all) and the regions the trigger found, after the reference lists changed; writes only the rows that change and returns their number';

-- The parsers and the loader read the cities and the buyer's identifier
-- (src/seao.sql): parsed_purchase gains them at the end (the loader of
-- 1.2, made in section "SEAO: the loader's functions", stores them and
-- lets the trigger locate the buyer).
ALTER TYPE cag_ovt.parsed_purchase
    ADD ATTRIBUTE supplier_city text,
    ADD ATTRIBUTE buyer_city text,
    ADD ATTRIBUTE buyer_id text,
    ADD ATTRIBUTE buyer_located_by text;
--@column_comments cag_ovt.parsed_purchase supplier_city buyer_city buyer_id buyer_located_by
COMMENT ON COLUMN cag_ovt.parsed_purchase.buyer_region IS
    'Région de l''acheteur à la date de l''achat, trouvée comme le déclencheur de purchases la trouve (code postal, ville, nom, known_parties) / region of the buyer on the purchase date, found as the trigger of purchases finds it (postal code, city, name, known_parties)';

-- The registry of parties (src/registries.sql).

--@include src/registries.sql

-- ===== Fiscal years of every date (src/fiscal_year.sql, src/purchase_summaries.sql) =====

-- 1.2's fiscal_year() gives every date PostgreSQL accepts a fiscal year
-- (year 0 is 1 BC; NULL for an infinite date) instead of an error before
-- 0001-04-01, which made every purchase view fail as soon as one purchase
-- had such a date; the C functions are the same.  The views of positions
-- and committees take the first and last day of a fiscal year from the new
-- fiscal_year_start and fiscal_year_end (make_date has no year 0): they are
-- made again in section "Views a BI tool can sum and read".
COMMENT ON FUNCTION cag_ovt.fiscal_year(date) IS
    'Année financière (1er avril au 31 mars), désignée par l''année de début : 2020 pour le 2020-04-01 au 2021-03-31 ; toute date en a une (l''an 0 est l''an 1 av. J.-C.), sauf une date infinie (NULL) / fiscal year (1 April to 31 March), named by its starting year: 2020 for 2020-04-01 to 2021-03-31; every date has one (year 0 is 1 BC), except an infinite date (NULL)';

COMMENT ON FUNCTION cag_ovt.fiscal_year_label(date) IS
    'Libellé de l''année financière, p. ex. ''2020-2021'' (''1 BC-1'' pour l''année 0) ; NULL pour une date infinie / fiscal year label, e.g. ''2020-2021'' (''1 BC-1'' for year 0); NULL for an infinite date';

CREATE FUNCTION cag_ovt.fiscal_year_start(fiscal_year integer) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_start(integer) IS
    'Premier jour d''une année financière : le 1er avril de l''année (ou la première date que PostgreSQL accepte, pour l''année -4713) / first day of a fiscal year: 1 April of the year (or the first date PostgreSQL accepts, for year -4713)';

CREATE FUNCTION cag_ovt.fiscal_year_end(fiscal_year integer) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_end(integer) IS
    'Dernier jour d''une année financière : le 31 mars de l''année suivante (ou la dernière date que PostgreSQL accepte, pour l''année 5874897) / last day of a fiscal year: 31 March of the next year (or the last date PostgreSQL accepts, for year 5874897)';

COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.fiscal_year IS
    'Année financière (année de début) ; NULL pour les achats sans date ou de date infinie / fiscal year (starting year); NULL for purchases without a date or with an infinite date';

-- ===== Unknown is not zero: purchase_class and spend_summary (src/purchase_class.sql, src/spend_summary.sql) =====

-- purchase_class gains eco_unknown, food_unknown, quebec_food_unknown and
-- group_purchase_unknown (bits 8 to 11): a class stored by 1.1 has none of
-- them and keeps its meaning, every dimension but origin and region known.
-- spend_summary's format version 2 keeps, in the same 152 bytes, the
-- amount of each *_unknown flag and the number of purchases of unknown
-- amount (counts become 32 bits); summaries of version 1 stored by 1.1 (in
-- users' tables) are read as they were, and so are their text and binary
-- forms.  A NULL amount is now a purchase of unknown amount, counted
-- without an amount: the transition functions of spend_agg are no longer
-- strict.  The aggregates' initial states are written in version 2 (the
-- empty summary, which version 1 read the same way); ALTER AGGREGATE cannot
-- change them, so pg_aggregate is updated, as PostgreSQL's own contrib
-- update scripts do.
COMMENT ON TYPE cag_ovt.purchase_class IS
    'Classe d''achat : ensemble d''indicateurs (quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase, eco_unknown, food_unknown, quebec_food_unknown, group_purchase_unknown) ; provenance et région : l''absence des deux indicateurs d''une paire signifie « inconnu » ; écoresponsable, aliments, aliments du Québec, achat regroupé : inconnu s''écrit *_unknown, l''absence des deux signifie « non » (comme en 1.1) / purchase class: a set of flags (quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase, eco_unknown, food_unknown, quebec_food_unknown, group_purchase_unknown); origin and region: neither flag of a pair means unknown; eco, food, Québec food, group purchase: unknown is written *_unknown, neither flag means no (as in 1.1)';

COMMENT ON TYPE cag_ovt.spend_summary IS
    'Sommaire exact d''achats (en cents de dollars canadiens) : nombre et montant au total, montant de chaque indicateur de purchase_class (montant inconnu par dimension : indicateurs *_unknown), nombre pour ceux de 1.1, achats de montant inconnu ; forme texte JSON versionnée (version 2 ; la version 1 de 1.1 est lue avec son sens) / exact summary of purchases (in cents of Canadian dollars): number and amount in all, amount for each purchase_class flag (amount unknown per dimension: flags *_unknown), number for those of 1.1, purchases of unknown amount; versioned JSON text form (version 2; version 1 of 1.1 is read with its meaning)';

COMMENT ON FUNCTION cag_ovt.spend_summary_in(cstring) IS
    'Entrée texte de spend_summary : objet JSON de version 2 ou 1 (clés dans n''importe quel ordre), cohérence vérifiée / text input of spend_summary: a JSON object of version 2 or 1 (keys in any order), consistency checked';

COMMENT ON FUNCTION cag_ovt.spend_summary_recv(internal) IS
    'Entrée binaire de spend_summary (version 2 ou 1, puis entiers de 64 bits), validée comme l''entrée texte / binary input of spend_summary (version 2 or 1, then 64-bit integers), validated like text input';

COMMENT ON FUNCTION cag_ovt.spend_summary_send(cag_ovt.spend_summary) IS
    'Sortie binaire de spend_summary : int32 version (2), puis en int8 le nombre, le montant en cents, le nombre d''achats de montant inconnu, le nombre et le montant de chaque indicateur de 1.1, le montant de chaque indicateur *_unknown / binary output of spend_summary: int32 version (2), then as int8 the count, the amount in cents, the number of purchases of unknown amount, the count and amount of each flag of 1.1, the amount of each *_unknown flag';

COMMENT ON FUNCTION cag_ovt.spend_agg_transfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class) IS
    'Transition de spend_agg : ajoute un achat (montant arrondi au cent ; montant NULL : achat de montant inconnu, compté sans montant ; classe NULL : ligne ignorée) / transition function of spend_agg: adds one purchase (amount rounded to the cent; NULL amount: a purchase of unknown amount, counted without an amount; NULL class: row skipped)';


ALTER FUNCTION cag_ovt.spend_agg_transfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class)
    CALLED ON NULL INPUT;
ALTER FUNCTION cag_ovt.spend_agg_invfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class)
    CALLED ON NULL INPUT;
UPDATE pg_catalog.pg_aggregate
   SET agginitval = '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}',
       aggminitval = '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}'
 WHERE aggfnoid OPERATOR(pg_catalog.=) ANY (ARRAY[
           'cag_ovt.spend_agg(numeric, cag_ovt.purchase_class)'::pg_catalog.regprocedure,
           'cag_ovt.rollup(cag_ovt.spend_summary)'::pg_catalog.regprocedure]::pg_catalog.oid[]);
COMMENT ON AGGREGATE cag_ovt.spend_agg(numeric, cag_ovt.purchase_class) IS
    'Sommaire exact des achats (montants arrondis au cent, moitié en s''éloignant de zéro ; un montant NULL est un achat de montant inconnu, compté dans unpriced_count sans montant ; les lignes de classe NULL sont ignorées) ; parallèle, combinable, fenêtres glissantes en O(1) / exact summary of purchases (amounts rounded to the cent, half away from zero; a NULL amount is a purchase of unknown amount, counted in unpriced_count without an amount; rows with a NULL class are skipped); parallel, combinable, O(1) moving window frames';


CREATE FUNCTION cag_ovt.unpriced_count(cag_ovt.spend_summary) RETURNS bigint
    AS 'MODULE_PATHNAME', 'spend_summary_unpriced_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary) IS
    'Nombre d''achats (y compris ceux de montant inconnu) / number of purchases (including those of unknown amount)';

COMMENT ON FUNCTION cag_ovt.unpriced_count(cag_ovt.spend_summary) IS
    'Nombre d''achats dont le montant en dollars canadiens est inconnu (p. ex. sans taux de change), laissés hors des montants / number of purchases whose amount in Canadian dollars is unknown (e.g. no exchange rate), left out of the amounts';

COMMENT ON FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary, text) IS
    'Nombre d''achats portant l''indicateur donné ; NULL pour un indicateur *_unknown, dont le sommaire ne garde que le montant / number of purchases carrying the given flag; NULL for a *_unknown flag, whose amount alone a summary keeps';

COMMENT ON FUNCTION cag_ovt.known_share(cag_ovt.spend_summary, text) IS
    'Montant avec l''indicateur / montant dont le statut est connu sur sa dimension (quebec : quebec + outside_quebec ; regional : regional + outside_region ; eco, food, group_purchase : total - *_unknown ; quebec_food : aliments dont la provenance est connue) ; NULL si 0 / amount with the flag / amount whose status is known on its dimension (quebec: quebec + outside_quebec; regional: regional + outside_region; eco, food, group_purchase: total - *_unknown; quebec_food: food whose origin is known); NULL when 0';

COMMENT ON FUNCTION cag_ovt.coverage(cag_ovt.spend_summary, text) IS
    'Part connue d''une dimension (origin, region, eco, food, quebec_food, group_purchase, ou le nom d''un de ses indicateurs) : montant dont le statut est connu / montant des achats concernés (tous ; pour quebec_food, les aliments et achats peut-être alimentaires) ; amount : part des achats, en nombre, dont le montant en dollars est connu ; NULL si le dénominateur est 0 / known part of a dimension (origin, region, eco, food, quebec_food, group_purchase, or the name of one of its flags): amount whose status is known / amount of the purchases concerned (all; for quebec_food, food and purchases that may be food); amount: share of the purchases, by number, whose amount in dollars is known; NULL when the denominator is 0';

COMMENT ON FUNCTION cag_ovt.eco_share(cag_ovt.spend_summary) IS
    'Part écoresponsable du montant dont le statut écoresponsable est connu (known_share eco) / eco-responsible share of the amount whose eco-responsible status is known (known_share eco)';

COMMENT ON FUNCTION cag_ovt.quebec_food_share(cag_ovt.spend_summary) IS
    'Part des aliments québécois dans les achats alimentaires de provenance connue (known_share quebec_food) / Québec food share of the food purchases of known origin (known_share quebec_food)';

COMMENT ON FUNCTION cag_ovt.group_purchase_share(cag_ovt.spend_summary) IS
    'Part des achats regroupés dans le montant dont le statut d''achat regroupé est connu (known_share group_purchase) / group-purchase share of the amount whose group-purchase status is known (known_share group_purchase)';


-- ===== Money in one currency and dates that can be (src/currency.sql, src/exchange_rates.sql, src/purchases.sql, src/classify.sql, src/purchase_summaries.sql, src/spend_by_month.sql) =====

-- New in 1.2, as in a fresh install: the exchange rates and amount_in_cad
-- (src/currency.sql), the rows seeded from data/usd-cad-annual.csv
-- (src/exchange_rates.sql, generated by src/exchange_rates.awk).

--@include src/currency.sql

--@include src/exchange_rates.sql

-- purchases: the currency of the amount (CAD for every purchase of 1.1),
-- its value in Canadian dollars (filled below), the day the row was
-- recorded (the day of this update for the rows of 1.1), a NULL
-- group_purchase meaning unknown, and the range of a purchase date.
ALTER TABLE cag_ovt.purchases
    ALTER COLUMN group_purchase DROP NOT NULL,
    ALTER COLUMN group_purchase DROP DEFAULT,
    ADD COLUMN currency text NOT NULL DEFAULT 'CAD'
        CONSTRAINT purchases_currency_check CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
    ADD COLUMN amount_cad numeric(16,2),
    ADD COLUMN recorded_on date NOT NULL DEFAULT CURRENT_DATE
        CONSTRAINT purchases_recorded_on_check CHECK (pg_catalog.isfinite(recorded_on)),
    DROP CONSTRAINT purchases_purchased_on_check;

-- The amounts of 1.1 are in Canadian dollars.  The classes stay those of
-- 1.1, whose figures they give, until the DBA runs reclassify_purchases()
-- (see the notice at the end): the trigger is off for this one update,
-- which must not reclassify.
ALTER TABLE cag_ovt.purchases DISABLE TRIGGER cag_classify;
UPDATE cag_ovt.purchases p SET amount_cad = p.amount;
ALTER TABLE cag_ovt.purchases ENABLE TRIGGER cag_classify;

-- A purchase date runs from 1990-01-01 to five years after the row was
-- recorded.  Rows of 1.1 outside that range (SEAO's 0001-01-01 placeholder
-- loaded as a date) are not refused by the update: the constraint is then
-- added NOT VALID, with a warning that says how to mend them and validate it.
DO $upgrade$
DECLARE
    bad bigint;
    check_sql text := 'ALTER TABLE cag_ovt.purchases ADD CONSTRAINT purchased_on_from_1990_to_5_years_after_recorded_on '
        || 'CHECK (purchased_on OPERATOR(pg_catalog.>=) ''1990-01-01''::pg_catalog.date '
        || 'AND purchased_on OPERATOR(pg_catalog.<=) (recorded_on OPERATOR(pg_catalog.+) ''5 years''::pg_catalog.interval))';
BEGIN
    SELECT pg_catalog.count(*) INTO bad FROM cag_ovt.purchases p
     WHERE NOT (p.purchased_on OPERATOR(pg_catalog.>=) '1990-01-01'::pg_catalog.date
                AND p.purchased_on OPERATOR(pg_catalog.<=) (p.recorded_on OPERATOR(pg_catalog.+) '5 years'::pg_catalog.interval));
    IF bad OPERATOR(pg_catalog.=) 0 THEN
        EXECUTE check_sql;
    ELSE
        EXECUTE check_sql || ' NOT VALID';
        RAISE WARNING '% purchases have a date before 1990-01-01 or more than five years ahead', bad
            USING DETAIL = 'A date out of that range is a missing date (SEAO writes 0001-01-01 for none); 1.2 refuses it in new and updated rows.',
                  HINT = 'Correct or delete them (SELECT * FROM cag_ovt.purchases WHERE purchased_on < ''1990-01-01'' OR purchased_on > recorded_on + interval ''5 years''), then: ALTER TABLE cag_ovt.purchases VALIDATE CONSTRAINT purchased_on_from_1990_to_5_years_after_recorded_on;';
    END IF;
END
$upgrade$;
COMMENT ON FUNCTION cag_ovt.classify_purchase_trigger() IS
    'Déclencheur BEFORE INSERT OR UPDATE FOR EACH ROW : trouve la région de l''acheteur et du fournisseur quand elle n''est pas donnée (code postal, ville, nom, registres), complète delivery_region (municipalité de livraison, puis région de l''acheteur) et calcule class et amount_cad (s''il y a cette colonne), quelles que soient les valeurs fournies ; trouve ses colonnes par leur nom / BEFORE INSERT OR UPDATE FOR EACH ROW trigger: finds the buyer''s and the supplier''s region when not given (postal code, city, name, registries), fills delivery_region (delivery municipality, then the buyer''s region) and computes class and amount_cad (when there is such a column), whatever values were supplied; finds its columns by name';

COMMENT ON TABLE cag_ovt.purchases IS
    'Achats publics, chacun classé (et son montant converti en dollars canadiens) à l''insertion et à chaque mise à jour par le déclencheur cag_classify ; sauvegardés par pg_dump / public purchases, each classed (and its amount converted to Canadian dollars) on insert and on every update by the trigger cag_classify; dumped by pg_dump';

COMMENT ON COLUMN cag_ovt.purchases.purchased_on IS
    'Date de l''achat (adjudication ou commande), date des règles territoriales et du taux de change ; du 1990-01-01 à cinq ans après recorded_on / date of the purchase (award or order), date of the territorial rules and of the exchange rate; from 1990-01-01 to five years after recorded_on';

COMMENT ON COLUMN cag_ovt.purchases.amount IS
    'Montant tel que la source le donne, dans la monnaie currency, au cent ; négatif pour une note de crédit / amount as the source states it, in currency currency, to the cent; negative for a credit note';

COMMENT ON COLUMN cag_ovt.purchases.labels IS
    'Étiquettes du bien ou du service (écoétiquettes, Aliments du Québec...) ; NULL : inconnues (écoresponsable et aliment du Québec inconnus), ''{}'' : aucune / labels of the good or service (eco-labels, Aliments du Québec...); NULL: unknown (eco-responsible and Québec food unknown), ''{}'': none';

COMMENT ON COLUMN cag_ovt.purchases.group_purchase IS
    'Vrai pour un achat fait par un regroupement d''achats, faux sinon ; NULL : inconnu (les chargeurs SEAO le laissent NULL) / true for a purchase made through a group purchase, false otherwise; NULL: unknown (the SEAO loaders leave it NULL)';

COMMENT ON COLUMN cag_ovt.purchases.currency IS
    'Monnaie du montant, code ISO 4217 (CAD par défaut) / currency of the amount, ISO 4217 code (CAD by default)';

COMMENT ON COLUMN cag_ovt.purchases.amount_cad IS
    'Montant en dollars canadiens, calculé par le déclencheur (amount_in_cad : taux de exchange_rates de l''année de l''achat, arrondi au cent) ; NULL sans taux utilisable : l''achat est compté sans montant ; les vues et spend_by_month additionnent cette colonne / amount in Canadian dollars, computed by the trigger (amount_in_cad: rate of exchange_rates for the year of the purchase, rounded to the cent); NULL without a usable rate: the purchase is counted without an amount; the views and spend_by_month sum this column';

COMMENT ON COLUMN cag_ovt.purchases.recorded_on IS
    'Date d''enregistrement de la ligne (par défaut, le jour de l''insertion) : purchased_on va au plus jusqu''à cinq ans après / date the row was recorded (by default, the day of the insert): purchased_on goes up to five years after it';

COMMENT ON CONSTRAINT purchased_on_from_1990_to_5_years_after_recorded_on ON cag_ovt.purchases IS
    'Une date d''achat va du 1990-01-01 à cinq ans après l''enregistrement ; plus tôt ou plus tard, c''est une date manquante (SEAO écrit 0001-01-01) / a purchase date runs from 1990-01-01 to five years after the row was recorded; earlier or later is a missing date (SEAO writes 0001-01-01)';


-- reclassify_purchases (its body is the locating section's: the trigger
-- also computes amount_cad, which purchase_needs_reclassify compares)
COMMENT ON FUNCTION cag_ovt.purchase_needs_reclassify(record) IS
    'Vrai quand le déclencheur changerait la ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes) : sa classe, une région qu''il a trouvée (supplier_located_by, buyer_located_by) ou son montant en dollars canadiens (amount_cad) / true when the trigger would change the row of cag_ovt.purchases (or of a table with its columns): its class, a region it found (supplier_located_by, buyer_located_by) or its amount in Canadian dollars (amount_cad)';
COMMENT ON FUNCTION cag_ovt.reclassify_purchases(date) IS
    'Recalcule la classe des achats (depuis la date since, NULL : tous), les régions que le déclencheur a trouvées et le montant en dollars canadiens, après une modification des listes de référence ou des taux de change ; n''écrit que les lignes qui changent et renvoie leur nombre / recomputes the class of the purchases (from date since on, NULL: all), the regions the trigger found and the amount in Canadian dollars, after the reference lists or the exchange rates changed; writes only the rows that change and returns their number';

-- The views of other schemas (a user's report) over the views this update
-- makes again -- spend_by_month and spend_by_fiscal_year_region here, the
-- purchase views and the plan's in section "Views a BI tool can sum and
-- read" -- would forbid the DROPs: they are kept, in dependency order, with
-- their options, owner, rights and comments (in a setting of this
-- transaction, cag_ovt_upgrade.saved_views), dropped, and made again over
-- the new views at the end of that section, with a WARNING that names
-- them: over a purchase view they no longer see the all-of-Québec rows (in
-- <view>_totals now).  Their definitions are saved fully schema-qualified
-- (pg_get_viewdef under a search_path of pg_catalog alone), so that a
-- reference to the view cag_ovt.purchase_summaries or
-- cag_ovt.spend_by_fiscal_year_region is made a call of the function,
-- cag_ovt.purchase_summaries() (the WARNING says so too); the rows are the
-- same.  A materialized view over these views stops the update with an
-- error that says what to drop first; so does any other object over
-- spend_by_month or spend_by_fiscal_year_region (below).
DO $upgrade$
DECLARE
    saved jsonb;
    bad text;
    v record;
    path text := pg_catalog.current_setting('search_path');
BEGIN
    -- definitions with every name qualified
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog', true);
    WITH RECURSIVE targets(oid) AS (
        SELECT c.oid FROM pg_catalog.pg_class c
        WHERE c.relnamespace OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.regnamespace
          AND c.relname OPERATOR(pg_catalog.=) ANY ('{action_plan_report,regional_priority_indicators,indicator_values,quebec_purchase_share,regional_purchase_share,eco_purchase_share,quebec_food_share,outside_centres_purchase_share,purchase_summaries,spend_by_fiscal_year_region,spend_by_month,plan_actions,regional_positions,partner_committee_status}'::pg_catalog.name[])
    ),
    dependents(oid, depth) AS (
        SELECT r.ev_class, 1
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_rewrite r ON r.oid OPERATOR(pg_catalog.=) d.objid
        WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
          AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.refobjid IN (SELECT t.oid FROM targets t)
          AND r.ev_class NOT IN (SELECT t.oid FROM targets t)
        UNION
        SELECT r.ev_class, x.depth OPERATOR(pg_catalog.+) 1
        FROM dependents x
        JOIN pg_catalog.pg_depend d ON d.refobjid OPERATOR(pg_catalog.=) x.oid
        JOIN pg_catalog.pg_rewrite r ON r.oid OPERATOR(pg_catalog.=) d.objid
        WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
          AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
          AND r.ev_class OPERATOR(pg_catalog.<>) x.oid AND x.depth OPERATOR(pg_catalog.<) 100
    ),
    ordered AS (
        SELECT x.oid, pg_catalog.max(x.depth) AS depth FROM dependents x GROUP BY x.oid
    )
    SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
               'name', o.oid::pg_catalog.regclass::text,
               'kind', c.relkind,
               'definition', pg_catalog.pg_get_viewdef(o.oid),
               'options', c.reloptions,
               'owner', pg_catalog.pg_get_userbyid(c.relowner),
               'grants', coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(
                                     a.privilege_type,
                                     CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
                                          ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(a.grantee)) END,
                                     a.is_grantable))
                          FROM pg_catalog.aclexplode(c.relacl) a
                          WHERE a.grantee OPERATOR(pg_catalog.<>) c.relowner), '[]'::jsonb),
               'comment', pg_catalog.obj_description(o.oid, 'pg_class'),
               'column_comments', coalesce((SELECT pg_catalog.jsonb_object_agg(a.attname, pg_catalog.col_description(o.oid, a.attnum))
                                   FROM pg_catalog.pg_attribute a
                                   WHERE a.attrelid OPERATOR(pg_catalog.=) o.oid AND a.attnum OPERATOR(pg_catalog.>) 0
                                     AND pg_catalog.col_description(o.oid, a.attnum) IS NOT NULL), '{}'::jsonb))
           ORDER BY o.depth, o.oid::pg_catalog.regclass::text)
      INTO saved
    FROM ordered o
    JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) o.oid;
    PERFORM pg_catalog.set_config('search_path', path, true);
    SELECT pg_catalog.string_agg(e.value OPERATOR(pg_catalog.->>) 'name', ', ') INTO bad
    FROM pg_catalog.jsonb_array_elements(coalesce(saved, '[]')) e
    WHERE e.value OPERATOR(pg_catalog.->>) 'kind' OPERATOR(pg_catalog.<>) 'v';
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'materialized view % reads views of cag_ovt that version 1.2 makes again', bad
            USING ERRCODE = 'dependent_objects_still_exist',
                  HINT = 'Drop it before ALTER EXTENSION cag_ovt UPDATE and create it again after (the purchase views keep their regions; all of Québec is in <view>_totals).';
    END IF;
    PERFORM pg_catalog.set_config('cag_ovt_upgrade.saved_views', coalesce(saved, '[]')::text, true);
    FOR v IN SELECT e.value OPERATOR(pg_catalog.->>) 'name' AS name
             FROM pg_catalog.jsonb_array_elements(coalesce(saved, '[]')) WITH ORDINALITY AS e(value, n)
             ORDER BY e.n DESC
    LOOP
        EXECUTE pg_catalog.format('DROP VIEW %s', v.name);
    END LOOP;
END
$upgrade$;

-- spend_by_month sums amount_cad: a materialized view cannot change its
-- query, so it is made again, keeping its owner and the privileges granted
-- on it, and refreshed if it was populated: its summaries, stored in format
-- version 1, are then in version 2, with the same figures (the classes are
-- still 1.1's, the amounts the same).  spend_by_fiscal_year_region, the
-- view over it, is dropped here and comes back as a function in section
-- "Views a BI tool can sum and read".  The users' views over them were
-- saved and dropped above; anything else of the DBA over them (a
-- function's body) would be dropped with them: the update stops and says
-- which.
DO $upgrade$
DECLARE
    dependents text;
BEGIN
    -- what depends on them and is not the extension's (a view's rule, a
    -- function's body): their own rules and index are
    SELECT pg_catalog.string_agg(DISTINCT pg_catalog.pg_describe_object(d.classid, d.objid, 0), ', ')
      INTO dependents
      FROM pg_catalog.pg_depend d
      LEFT JOIN pg_catalog.pg_rewrite w ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                                       AND w.oid OPERATOR(pg_catalog.=) d.objid
     WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refobjid OPERATOR(pg_catalog.=) ANY (ARRAY['cag_ovt.spend_by_month'::pg_catalog.regclass,
                                                       'cag_ovt.spend_by_fiscal_year_region'::pg_catalog.regclass]::pg_catalog.oid[])
       AND d.deptype OPERATOR(pg_catalog.=) 'n'::"char"
       AND NOT EXISTS (
           SELECT FROM pg_catalog.pg_depend e
            WHERE e.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass
              AND e.deptype OPERATOR(pg_catalog.=) 'e'::"char"
              AND e.classid OPERATOR(pg_catalog.=) CASE WHEN w.oid IS NULL THEN d.classid
                                                         ELSE 'pg_catalog.pg_class'::pg_catalog.regclass END
              AND e.objid OPERATOR(pg_catalog.=) coalesce(w.ev_class, d.objid));
    IF dependents IS NOT NULL THEN
        RAISE EXCEPTION 'objects of the database depend on cag_ovt.spend_by_month or cag_ovt.spend_by_fiscal_year_region, which the update to 1.2 makes again'
            USING ERRCODE = 'dependent_objects_still_exist',
                  DETAIL = pg_catalog.format('Depending on them: %s.', dependents),
                  HINT = 'Save their definitions, drop them, update the extension, then create them again.';
    END IF;
END
$upgrade$;
CREATE TEMP TABLE cag_ovt_12_saved AS
SELECT c.relname, c.relowner, a.grantee, a.privilege_type, a.is_grantable, c.relispopulated
  FROM pg_catalog.pg_class c
  LEFT JOIN LATERAL pg_catalog.aclexplode(c.relacl) a ON a.grantee OPERATOR(pg_catalog.<>) c.relowner
 WHERE c.oid OPERATOR(pg_catalog.=) ANY (ARRAY['cag_ovt.spend_by_month'::pg_catalog.regclass,
                                              'cag_ovt.spend_by_fiscal_year_region'::pg_catalog.regclass]::pg_catalog.oid[]);
DROP VIEW cag_ovt.spend_by_fiscal_year_region;
DROP MATERIALIZED VIEW cag_ovt.spend_by_month;
--@include src/spend_by_month.sql

DO $upgrade$
DECLARE
    g record;
BEGIN
    -- its owner stays (the extension's owner when it created the extension;
    -- after pg_upgrade, where a superuser owns the extension, still that role)
    EXECUTE pg_catalog.format('ALTER MATERIALIZED VIEW cag_ovt.spend_by_month OWNER TO %I',
                              (SELECT pg_catalog.pg_get_userbyid(s.relowner) FROM pg_temp.cag_ovt_12_saved s
                                WHERE s.relname OPERATOR(pg_catalog.=) 'spend_by_month'::pg_catalog.name LIMIT 1));
    -- (spend_by_fiscal_year_region, a function from 1.2 on, is executable
    -- by PUBLIC as every function of the extension)
    FOR g IN SELECT * FROM pg_temp.cag_ovt_12_saved s
             WHERE s.grantee IS NOT NULL AND s.relname OPERATOR(pg_catalog.=) 'spend_by_month'::pg_catalog.name LOOP
        EXECUTE pg_catalog.format('GRANT %s ON cag_ovt.%I TO %s%s', g.privilege_type, g.relname,
                                  CASE WHEN g.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                                       ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(g.grantee)) END,
                                  CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
    END LOOP;
    IF (SELECT s.relispopulated FROM pg_temp.cag_ovt_12_saved s
         WHERE s.relname OPERATOR(pg_catalog.=) 'spend_by_month'::pg_catalog.name LIMIT 1) THEN
        REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
    END IF;
END
$upgrade$;
DROP TABLE pg_temp.cag_ovt_12_saved;

-- The SEAO loaders of 1.1 wrote group_purchase false by default, while SEAO
-- says nothing of it (those of 1.2 leave it NULL): their purchases' is
-- unknown, from now on (after spend_by_month, whose rows stay those of 1.1
-- until the DBA refreshes it; its figures are the same either way).
ALTER TABLE cag_ovt.purchases DISABLE TRIGGER cag_classify;
UPDATE cag_ovt.purchases p SET group_purchase = NULL
 WHERE p.group_purchase OPERATOR(pg_catalog.=) false
   AND p.source IN (SELECT n.source FROM cag_ovt.load_notices n);
ALTER TABLE cag_ovt.purchases ENABLE TRIGGER cag_classify;

-- The purchases keep the classes of 1.1 until the DBA reclassifies them
-- with 1.2's rules (labels NULL: eco and Québec food unknown; category
-- NULL: food unknown; group_purchase NULL: unknown): it says how many.
DO $upgrade$
DECLARE
    n bigint;
BEGIN
    SELECT pg_catalog.count(*) INTO n FROM cag_ovt.purchases p
     WHERE p.class OPERATOR(cag_ovt.<>) cag_ovt.classify_purchase(p::record);
    IF n OPERATOR(pg_catalog.>) 0 THEN
        RAISE NOTICE '% purchases keep the class that cag_ovt 1.1 gave them', n
            USING DETAIL = '1.2 says unknown where 1.1 said no: labels NULL leave eco and Québec food unknown (''{}'' says none), a NULL category leaves food unknown, a NULL group_purchase (what the SEAO loaders of 1.1 wrote false) leaves it unknown.',
                  HINT = 'To apply the rules of 1.2: SELECT cag_ovt.reclassify_purchases(); REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;  Rows whose NULL labels meant "none" first need labels = ''{}''.';
    END IF;
END
$upgrade$;

-- ===== SEAO: currencies, bid units and dates (src/seao.sql, src/seao_rules_core.c) =====

-- The rows of the parsers and of the loader gain the amount's currency
-- (last column); the loader writes it into purchases (whose trigger
-- converts it), and leaves labels and group_purchase NULL as before
-- (unknown: SEAO states neither).
ALTER TYPE cag_ovt.parsed_purchase ADD ATTRIBUTE currency text;
COMMENT ON COLUMN cag_ovt.parsed_purchase.currency IS
    'Monnaie du montant, code ISO 4217 : value.currency (OCDS) ; USD pour une soumission en $ US, sinon CAD (XML) ; NULL : pas un achat / currency of the amount, ISO 4217 code: value.currency (OCDS); USD for a bid in US dollars, else CAD (XML); NULL: not a purchase';

-- ===== Coverage in the views, thresholds and the report's statuses (src/purchase_figures.sql, src/indicators.sql) =====

-- Every share of the purchase views gets a coverage column, and
-- amount_coverage (the purchases whose amount is in dollars): the *_figures
-- functions return more columns, so they are made again
-- (src/purchase_figures.sql).  The views over them -- the purchase views,
-- indicator_values, regional_priority_indicators, action_plan_report --
-- are dropped here and made as a fresh install makes them in section
-- "Views a BI tool can sum and read" (their column types change there);
-- the users' views over them were saved before spend_by_month was made
-- again and come back at the end of that section.
DROP VIEW cag_ovt.action_plan_report;
DROP VIEW cag_ovt.regional_priority_indicators;
DROP VIEW cag_ovt.indicator_values;
DROP VIEW cag_ovt.quebec_purchase_share;
DROP VIEW cag_ovt.regional_purchase_share;
DROP VIEW cag_ovt.eco_purchase_share;
DROP VIEW cag_ovt.quebec_food_share;
DROP VIEW cag_ovt.outside_centres_purchase_share;
DROP FUNCTION cag_ovt.quebec_purchase_figures(cag_ovt.spend_summary);
DROP FUNCTION cag_ovt.regional_purchase_figures(cag_ovt.spend_summary);
DROP FUNCTION cag_ovt.eco_purchase_figures(cag_ovt.spend_summary, cag_ovt.spend_summary);
DROP FUNCTION cag_ovt.quebec_food_figures(cag_ovt.spend_summary);
DROP FUNCTION cag_ovt.outside_centres_figures(cag_ovt.spend_summary, cag_ovt.spend_summary, cag_ovt.spend_summary);

--@include src/purchase_figures.sql

-- The indicators' names say a share is over the known amount.
CREATE OR REPLACE VIEW cag_ovt.indicators WITH (security_invoker = true) AS
SELECT t.indicator, t.unit, t.scopes, t.source, t.name_fr, t.name_en
FROM (VALUES
    (1, 'quebec_share', '%', 'quebec,region', 'quebec_purchase_share.quebec_share',
     'Part du montant des achats allant à des fournisseurs du Québec, parmi les fournisseurs de provenance connue',
     'Share of the amount spent with Québec suppliers, among suppliers of known origin'),
    (2, 'eco_share', '%', 'quebec,region', 'eco_purchase_share.eco_share',
     'Part écoresponsable du montant des achats, parmi les achats dont le statut écoresponsable est connu',
     'Eco-responsible share of the amount spent, among purchases whose eco-responsible status is known'),
    (3, 'eco_share_in_group_purchases', '%', 'quebec,region', 'eco_purchase_share.eco_share_in_group_purchases',
     'Part écoresponsable du montant des achats faits par regroupement d''achats, parmi ceux dont le statut écoresponsable est connu',
     'Eco-responsible share of the amount spent through group purchases, among those whose eco-responsible status is known'),
    (4, 'quebec_food_share', '%', 'quebec,region', 'quebec_food_share.quebec_food_share',
     'Part des aliments québécois dans le montant des achats d''aliments, parmi ceux de provenance connue',
     'Québec food share of the amount spent on food, among food of known origin'),
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

-- New in 1.2, as in a fresh install: the coverage thresholds.
-- check_indicator checks coverage_thresholds' keys too.
CREATE OR REPLACE FUNCTION cag_ovt.check_indicator() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    spec record;
BEGIN
    IF NEW.indicator IS NULL THEN
        RETURN NEW;             -- the NOT NULL constraint reports it
    END IF;
    SELECT i.unit, i.scopes, i.source INTO spec
      FROM cag_ovt.indicators i WHERE i.indicator = NEW.indicator;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown indicator "%"', NEW.indicator
            USING ERRCODE = 'check_violation',
                  DETAIL = format('Table %I.%I accepts only the keys of view cag_ovt.indicators.',
                                  TG_TABLE_SCHEMA, TG_TABLE_NAME),
                  HINT = 'Valid indicators are '
                         || (SELECT string_agg(i.indicator, ', ' ORDER BY i.indicator) FROM cag_ovt.indicators i) || '.';
    END IF;
    IF TG_TABLE_NAME = 'coverage_thresholds' THEN
        -- (no region: NEW.region is read in the other branch only)
        IF split_part(spec.source, '.', 1) NOT IN ('quebec_purchase_share', 'regional_purchase_share',
                                                   'eco_purchase_share', 'quebec_food_share',
                                                   'outside_centres_purchase_share') THEN
            RAISE EXCEPTION 'indicator "%" has no coverage', NEW.indicator
                USING ERRCODE = 'check_violation',
                      DETAIL = 'Only the shares computed from the purchases have a coverage; this indicator is computed by '
                               || spec.source || '.',
                      HINT = 'Set a threshold for quebec_share, eco_share, eco_share_in_group_purchases, quebec_food_share, regional_share, regional_contract_share or outside_centres_share.';
        END IF;
        RETURN NEW;
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
    'Déclencheur BEFORE INSERT OR UPDATE de targets, regional_priorities et coverage_thresholds : la clé d''indicateur doit figurer dans la vue indicators, la région être permise pour l''indicateur, la cible d''un pourcentage être au plus 100, un seuil de couverture porter sur une part des achats / BEFORE INSERT OR UPDATE trigger of targets, regional_priorities and coverage_thresholds: the indicator key must be in view indicators, the region allowed for the indicator, the target of a percentage at most 100, a coverage threshold be that of a share of the purchases';

--@include src/coverage_thresholds.sql

-- ===== Bids and the competition indicators (src/bids.sql, src/seao_bids.c) =====

-- Every bidder of a notice, and the competition indicators over them: new
-- objects.  The notices loaded under 1.1 have no bids until their file is
-- loaded again: their fingerprint (load_notices.digest) now covers their
-- bids, so that the reload replaces them, bids included.

--@include src/bids.sql

-- ===== Views a BI tool can sum and read (src/summaries_by_fiscal_year.sql, src/purchase_views.sql, src/spend_figures.sql, src/indicator_views.sql) =====

-- The purchase views keep their rows by region and the unknown region; the
-- all-of-Québec rows move to the new views <view>_totals, of the same
-- columns: what read 1.1's "WHERE scope = 'quebec'" reads <view>_totals,
-- and "SELECT * FROM <view> UNION ALL SELECT * FROM <view>_totals" gives
-- 1.1's rows.  Every view of the plan gets declared types (varchar(n) for
-- codes, names and statuses, numeric(p,s) for amounts, shares and
-- percentages), action_plan_report its English columns and in_plan, and
-- spend_by_month its plain companion spend_by_month_figures.  The views
-- purchase_summaries and spend_by_fiscal_year_region, whose summaries are
-- no type for BI tools, become the set-returning functions
-- purchase_summaries() and spend_by_fiscal_year_region() of the same
-- columns (src/summaries_by_fiscal_year.sql).  A view's
-- column types cannot change in place, so the views are made again,
-- dependents first, as a fresh install makes them (report_html, in the
-- next section, reads quebec_purchase_share_totals).  Rights: SELECT to PUBLIC, as
-- before; a role given grant_read gets the new views by calling it again.
-- The views of other schemas over these (a user's report) were saved and
-- dropped before spend_by_month was made again (section "Money in one
-- currency"); they are made again over the new views at the end of this
-- section.
DROP VIEW cag_ovt.purchase_summaries;
DROP VIEW cag_ovt.plan_actions;
DROP VIEW cag_ovt.regional_positions;
DROP VIEW cag_ovt.partner_committee_status;

--@include src/summaries_by_fiscal_year.sql
--@include src/purchase_views.sql
--@include src/spend_figures.sql
--@include src/indicator_views.sql

-- The views of other schemas kept above, made again over the new views.
DO $upgrade$
DECLARE
    v jsonb;
    g jsonb;
    col record;
    definition text;
    calls text;
BEGIN
    FOR v IN SELECT e.value
             FROM pg_catalog.jsonb_array_elements(pg_catalog.current_setting('cag_ovt_upgrade.saved_views')::jsonb)
                  WITH ORDINALITY AS e(value, n)
             ORDER BY e.n
    LOOP
        -- the views of 1.1 that are functions in 1.2: the relation
        -- cag_ovt.purchase_summaries becomes the call
        -- cag_ovt.purchase_summaries() (same columns; its alias, or its
        -- name when it has none, still names its columns)
        definition := pg_catalog.regexp_replace(v OPERATOR(pg_catalog.->>) 'definition',
                                                '\mcag_ovt\.(purchase_summaries|spend_by_fiscal_year_region)\M(?!\s*\()',
                                                'cag_ovt.\1()', 'g');
        SELECT pg_catalog.string_agg(DISTINCT 'cag_ovt.' OPERATOR(pg_catalog.||) m.f[1] OPERATOR(pg_catalog.||) '()', ', ') INTO calls
          FROM pg_catalog.regexp_matches(v OPERATOR(pg_catalog.->>) 'definition',
                                         '\mcag_ovt\.(purchase_summaries|spend_by_fiscal_year_region)\M(?!\s*\()', 'g') AS m(f);
        EXECUTE pg_catalog.format('CREATE VIEW %s%s AS %s', v OPERATOR(pg_catalog.->>) 'name',
                                  CASE WHEN v OPERATOR(pg_catalog.->) 'options' OPERATOR(pg_catalog.=) 'null'::jsonb THEN ''
                                       ELSE ' WITH (' OPERATOR(pg_catalog.||)
                                            (SELECT pg_catalog.string_agg(o.value, ', ')
                                             FROM pg_catalog.jsonb_array_elements_text(v OPERATOR(pg_catalog.->) 'options') o)
                                            OPERATOR(pg_catalog.||) ')' END,
                                  pg_catalog.rtrim(definition, '; '));
        -- made by the extension's script, it would be one of its members
        EXECUTE pg_catalog.format('ALTER EXTENSION cag_ovt DROP VIEW %s', v OPERATOR(pg_catalog.->>) 'name');
        EXECUTE pg_catalog.format('ALTER VIEW %s OWNER TO %I', v OPERATOR(pg_catalog.->>) 'name',
                                  v OPERATOR(pg_catalog.->>) 'owner');
        FOR g IN SELECT x.value FROM pg_catalog.jsonb_array_elements(v OPERATOR(pg_catalog.->) 'grants') x
        LOOP
            EXECUTE pg_catalog.format('GRANT %s ON %s TO %s%s', g OPERATOR(pg_catalog.->>) 0, v OPERATOR(pg_catalog.->>) 'name',
                                      g OPERATOR(pg_catalog.->>) 1,
                                      CASE WHEN (g OPERATOR(pg_catalog.->>) 2)::boolean THEN ' WITH GRANT OPTION' ELSE '' END);
        END LOOP;
        IF v OPERATOR(pg_catalog.->>) 'comment' IS NOT NULL THEN
            EXECUTE pg_catalog.format('COMMENT ON VIEW %s IS %L', v OPERATOR(pg_catalog.->>) 'name',
                                      v OPERATOR(pg_catalog.->>) 'comment');
        END IF;
        FOR col IN SELECT c.key, c.value FROM pg_catalog.jsonb_each_text(v OPERATOR(pg_catalog.->) 'column_comments') c
        LOOP
            EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L', v OPERATOR(pg_catalog.->>) 'name', col.key, col.value);
        END LOOP;
        IF calls IS NULL THEN
            RAISE WARNING 'view % was made again over the views of cag_ovt 1.2', v OPERATOR(pg_catalog.->>) 'name'
                USING DETAIL = 'The purchase views hold the regions and the unknown region; their all-of-Québec rows are in <view>_totals (quebec_purchase_share_totals...).',
                      HINT = 'See the upgrade notes of doc/reference.md, "Purchase views".';
        ELSE
            RAISE WARNING 'view % was made again over the views of cag_ovt 1.2: it reads %', v OPERATOR(pg_catalog.->>) 'name', calls
                USING DETAIL = 'cag_ovt.purchase_summaries and cag_ovt.spend_by_fiscal_year_region, views in 1.1, are set-returning functions of the same columns in 1.2: the view now calls them, with the same rows. (The purchase views hold the regions and the unknown region; their all-of-Québec rows are in <view>_totals.)',
                      HINT = 'Write cag_ovt.purchase_summaries() where 1.1 read cag_ovt.purchase_summaries; see the upgrade notes of doc/reference.md, "purchase_summaries()".';
        END IF;
    END LOOP;
END
$upgrade$;

-- ===== The annual report: report_html (src/report.sql) =====

-- New in 1.2, as in a fresh install (the shape of the rendering is
-- explained in src/report.sql): made once, here, after the views it reads
-- (the purchase views and their totals, action_plan_report with its
-- coverage and competition columns, competition_indicators), rather than
-- again in each section that changed them.

--@include src/report.sql


-- ===== Rights on the reference tables 1.2 adds (every section above) =====

-- manage_reference_table (and registries.sql, for known_parties) gives
-- the rights to edit a new reference table to the extension's owner.
-- After pg_upgrade the extension belongs to the superuser that ran it,
-- while the role that created it (and holds the rights on 1.1's reference
-- tables) still edits them: that role gets the rights on every table where
-- the extension's owner got them and it lacks them, as a fresh install of
-- its own would have given it, and the extension's owner keeps only an
-- owner's.
DO $upgrade$
DECLARE
    holder name;
    ext_owner name;
    t regclass;
BEGIN
    SELECT pg_catalog.pg_get_userbyid(e.extowner) INTO ext_owner
      FROM pg_catalog.pg_extension e WHERE e.extname OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.name;
    SELECT pg_catalog.pg_get_userbyid(a.grantee) INTO holder
      FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
     WHERE c.oid OPERATOR(pg_catalog.=) 'cag_ovt.regions'::pg_catalog.regclass
       AND a.privilege_type OPERATOR(pg_catalog.=) 'INSERT' AND a.is_grantable
       AND a.grantee OPERATOR(pg_catalog.<>) c.relowner
     LIMIT 1;
    IF holder IS NULL OR holder OPERATOR(pg_catalog.=) ext_owner THEN
        RETURN;
    END IF;
    FOR t IN SELECT c.oid::pg_catalog.regclass
               FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
              WHERE c.relnamespace OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.regnamespace
                AND c.relkind OPERATOR(pg_catalog.=) 'r'
                AND a.grantee OPERATOR(pg_catalog.=) pg_catalog.to_regrole(pg_catalog.quote_ident(ext_owner))
                AND a.privilege_type OPERATOR(pg_catalog.=) 'INSERT' AND a.is_grantable
                AND NOT pg_catalog.has_table_privilege(holder, c.oid, 'INSERT WITH GRANT OPTION')
    LOOP
        EXECUTE pg_catalog.format('REVOKE GRANT OPTION FOR SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON %s FROM %I',
                                  t, ext_owner);
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON %s TO %I WITH GRANT OPTION',
                                  t, holder);
    END LOOP;
END
$upgrade$;

-- ===== SEAO: the loader's functions (src/seao_load.sql) =====

-- The loader of 1.2 -- seao_rows and seao_load, which read the version
-- of XML notices, the parties' cities and identifiers, the currency and
-- the bids (sections above), load_ocds(text) and load_ocds(bytea), the
-- view seao_files -- is made here once, as a fresh install makes it, in
-- place of 1.1's.  load_seao_xml and load_ocds take a third argument, bids
-- (default true: the bids are written into tender_bids; false: the
-- purchases alone): 1.1's signatures (doc, source) give way to (doc,
-- source, bids), which every call written for 1.1 still matches (as
-- PostgreSQL's own contrib modules add an argument with a default).  The
-- rights changed on 1.1's loaders (EXECUTE revoked from PUBLIC, or granted
-- to a loading role, by their owner) are kept: saved here and applied to
-- the new signatures below.
CREATE TEMP TABLE cag_ovt_12_loader_acl AS
SELECT CASE WHEN p.proname OPERATOR(pg_catalog.=) ANY ('{load_seao_xml,load_ocds}'::pg_catalog.name[])
            THEN pg_catalog.format('FUNCTION cag_ovt.%I(%s, boolean)', p.proname,
                                   pg_catalog.oidvectortypes(p.proargtypes))
            ELSE pg_catalog.format('FUNCTION cag_ovt.%I(%s)', p.proname,
                                   pg_catalog.oidvectortypes(p.proargtypes)) END AS object,
       p.proacl AS acl, p.proowner AS owner
  FROM pg_catalog.pg_proc p
 WHERE p.pronamespace OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.regnamespace
   AND p.proname OPERATOR(pg_catalog.=) ANY ('{load_seao_xml,load_ocds,seao_files_load}'::pg_catalog.name[])
   AND p.proacl IS NOT NULL;
DROP FUNCTION cag_ovt.load_seao_xml(xml, text);
DROP FUNCTION cag_ovt.load_seao_xml(text, text);
DROP FUNCTION cag_ovt.load_seao_xml(bytea, text);
DROP FUNCTION cag_ovt.load_ocds(jsonb, text);
DROP FUNCTION cag_ovt.seao_load(text, text, bytea, jsonb);
DROP FUNCTION cag_ovt.seao_rows(text, text, bytea, jsonb);
--@include src/seao_load.sql
DO $upgrade$
DECLARE
    o record;
    g record;
BEGIN
    FOR o IN SELECT * FROM pg_temp.cag_ovt_12_loader_acl LOOP
        -- what the object had, in place of what the new one got
        EXECUTE pg_catalog.format('REVOKE EXECUTE ON %s FROM PUBLIC', o.object);
        FOR g IN SELECT a.grantee, a.privilege_type, a.is_grantable
                   FROM pg_catalog.aclexplode(o.acl) a
                  WHERE a.grantee OPERATOR(pg_catalog.<>) o.owner LOOP
            EXECUTE pg_catalog.format('GRANT %s ON %s TO %s%s', g.privilege_type, o.object,
                                      CASE WHEN g.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                                           ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(g.grantee)) END,
                                      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
        END LOOP;
    END LOOP;
END
$upgrade$;
DROP TABLE pg_temp.cag_ovt_12_loader_acl;

-- ===== Issues of the bids (src/seao.sql, src/seao_rows.c, src/seao_bids.c) =====

-- The loaders record the values a bid loads NULL in load_issues, under the
-- bid's reference (in C, and in the load statement of src/seao_load.sql,
-- which the section above makes again): the comments say so.  (A 1.1
-- database has no bids: the first load of a file after the update writes
-- its bids, and their issues.)
COMMENT ON TABLE cag_ovt.load_issues IS
    'Problèmes rencontrés au chargement : champ invalide (chargé NULL) d''un achat ou d''une soumission, adjudicataire qui n''est pas un achat, montant arrondi ou partagé / problems met while loading: invalid field (loaded NULL) of a purchase or of a bid, winner that is not a purchase, amount rounded or shared';
COMMENT ON COLUMN cag_ovt.load_issues.source_ref IS
    'Référence de l''achat (ou de l''adjudicataire écarté), comme purchases.source_ref ; ou de la soumission dont une valeur est chargée NULL : avis/position du soumissionnaire (XML, la référence de son achat), avis/bidder/position (OCDS, tender_bids.bidder) ; un adjudicataire qui est un achat n''a que les problèmes de son achat / reference of the purchase (or of the winner left out), as purchases.source_ref; or of the bid a value of which is loaded NULL: notice/position of the bidder (XML, the reference of its purchase), notice/bidder/position (OCDS, tender_bids.bidder); a winner that is a purchase has only its purchase''s issues';
COMMENT ON COLUMN cag_ovt.load_issues.field IS
    'Colonne en cause de purchases, ou de tender_bids pour une soumission (supplier_postal_code, category, amount...) / column concerned of purchases, or of tender_bids for a bid (supplier_postal_code, category, amount...)';
COMMENT ON COLUMN cag_ovt.load_notices.source_refs IS
    'Références des achats, des adjudicataires écartés et des soumissions ayant des problèmes que l''avis a produits / references of the purchases, of the winners left out and of the bids with issues that the notice produced';

-- ===== Fingerprints of the notices (src/fingerprint_core.c, src/seao_rows.c, src/seao_bids.c) =====

-- load_notices.digest is a fingerprint of fingerprint_core.c now, of the
-- notice's rows and bids (of its rows alone when a load without the bids
-- wrote it): a notice loaded under 1.1 has another, and the first load of
-- its file after the update rewrites it once, with the same content (and
-- its bids).  The rows of load_notices are left as they are.
COMMENT ON COLUMN cag_ovt.load_notices.digest IS
    'Empreinte des lignes et des soumissions que l''avis a produites (des lignes seules quand un chargement sans les soumissions l''a écrit) : un avis rechargé sans changement est laissé tel quel / fingerprint of the rows and bids the notice produced (of the rows alone when a load without the bids wrote it): a notice loaded again unchanged is left as it is';

-- ===== SEAO: load_notices' format written by the loaders, its key compared byte for byte (src/seao.sql, src/load_notices_format.sql) =====

-- format was a column generated from ocid (the first section on SEAO):
-- forming each row a second time cost a load a sixth of what its
-- load_notices rows cost.  It becomes a plain column, which the loaders
-- write (src/seao_load.sql, made again above), with the CHECK and the
-- trigger of a fresh install (its values are already right).  notice and
-- format, the primary key, are identifiers: compared in the "C" collation,
-- byte for byte, whatever the database's locale (the index is rebuilt).
ALTER TABLE cag_ovt.load_notices ALTER COLUMN format DROP EXPRESSION;
ALTER TABLE cag_ovt.load_notices
    ALTER COLUMN notice TYPE text COLLATE pg_catalog."C",
    ALTER COLUMN format TYPE text COLLATE pg_catalog."C";
--@include src/load_notices_format.sql

-- ===== End: the schema holds only the extension's objects =====
SELECT cag_ovt.check_extension_schema();

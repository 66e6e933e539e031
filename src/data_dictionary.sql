-- What a client reads, described for clients that never see comments (BI
-- tools, ODBC: psqlODBC returns no REMARKS), and the privileges to read it.
--
-- Every comment of the extension is written "français / English" (the
-- catalog suite checks it).  A French or English text may itself hold
-- " / " -- a formula such as "eco_amount / total_amount" -- as long as it
-- holds it as often in both languages: the separator of the languages is
-- then the middle one (description_in).  A comment with an even number of
-- separators cannot be split; the data_dictionary suite checks that every
-- column of every table and view splits.
--
-- data_dictionary reads the catalogs at query time, so a view or table
-- added to the extension later appears in it without anything to do here.
-- Additive columns follow a naming convention: a numeric column named
-- amount, *_amount or *_count is a sum or a count of what its row covers,
-- so that summing it over rows gives the figure of those rows together;
-- shares, stocks (positions on 31 March) and the like have other names.

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

-- cag_ovt 1.0 -> 1.1: ALTER EXTENSION cag_ovt UPDATE TO '1.1'.
--
-- 1.1 adds the government-wide indicator of the Stratégie gouvernementale
-- des marchés publics: the share of the purchases from Québec suppliers that
-- goes to suppliers located outside Montréal and Capitale-Nationale
-- (view outside_centres_purchase_share, indicator key outside_centres_share,
-- plan_actions code SGMP).  purchase_summaries and spend_by_fiscal_year_region
-- gain two summaries at the end of their columns, and purchase_summaries
-- reads the purchases through the new aggregate
-- spend_agg_by_fiscal_year_region (the grouping by fiscal year and region
-- done in C: same figures, the views in about 0.65 of the time); indicators,
-- plan_actions and indicator_values gain rows.  No table changes: the data, the DBA's
-- edits of the reference lists and the targets stay as they are.
--
-- The definitions repeat those of src/purchase_summaries.sql,
-- src/purchase_views.sql and src/indicators.sql, where the 1.1 install script is assembled from;
-- test/t/023_upgrade.pl checks that an updated database and a fresh 1.1
-- install have the same catalog.
--
-- 1.1 also closes the ways in which the role that installed the trusted
-- extension could have run its code as a superuser (see src/schema.sql and
-- the Security section of doc/reference.md): the schema goes to the
-- superuser that runs this script, the reference triggers call the
-- extension's functions with exact argument types, deletion records only
-- concern the extension's tables, and the extension's owner loses TRIGGER on
-- purchases and may grant what it holds on the tables.  Like every update
-- script, this one first locks out concurrent DDL and checks that schema
-- cag_ovt holds only the extension's objects, and checks again last.
\echo Use "ALTER EXTENSION cag_ovt UPDATE TO '1.1'" to load this file. \quit

-- ===== Security (src/schema.sql, src/reference.sql, src/classify.sql) =====

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

-- Nothing but the extension's objects in the schema, which goes to the
-- superuser that runs the script (1.0 left it to the role that created the
-- extension).
SELECT cag_ovt.check_extension_schema();
ALTER SCHEMA cag_ovt OWNER TO CURRENT_USER;
-- (granted again so that the initial privileges pg_dump compares with,
-- pg_init_privs, name the new owner as a fresh install does)
GRANT USAGE ON SCHEMA cag_ovt TO PUBLIC;

-- The reference triggers, as in src/reference.sql.
CREATE OR REPLACE FUNCTION cag_ovt.reference_upsert() RETURNS trigger
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

CREATE OR REPLACE FUNCTION cag_ovt.reference_record_deletion() RETURNS trigger
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

CREATE OR REPLACE FUNCTION cag_ovt.reference_record_truncate() RETURNS trigger
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

CREATE OR REPLACE FUNCTION cag_ovt.reference_check_deletion() RETURNS trigger
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

CREATE OR REPLACE FUNCTION cag_ovt.reference_replay_deletion() RETURNS trigger
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

CREATE OR REPLACE FUNCTION cag_ovt.manage_reference_table(tbl regclass) RETURNS void
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

-- The extension's owner may grant what it holds on the reference tables and
-- the purchases; it loses TRIGGER on purchases (src/classify.sql).
DO $upgrade$
DECLARE
    owner_name text := (SELECT pg_catalog.pg_get_userbyid(e.extowner) FROM pg_catalog.pg_extension e
                        WHERE e.extname OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.name);
    tbl pg_catalog.regclass;
BEGIN
    FOR tbl IN
        SELECT c.oid::pg_catalog.regclass
        FROM pg_catalog.pg_class c
        WHERE c.relnamespace OPERATOR(pg_catalog.=) 'cag_ovt'::pg_catalog.regnamespace
          AND EXISTS (SELECT FROM pg_catalog.pg_trigger g
                      WHERE g.tgrelid OPERATOR(pg_catalog.=) c.oid
                        AND g.tgname OPERATOR(pg_catalog.=) 'cag_reference_upsert'::pg_catalog.name)
        ORDER BY c.relname
    LOOP
        EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON %s TO %I WITH GRANT OPTION',
                                  tbl, owner_name);
    END LOOP;
    EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.deleted_reference_keys TO %I WITH GRANT OPTION',
                              owner_name);
    EXECUTE pg_catalog.format('REVOKE TRIGGER ON cag_ovt.purchases FROM %I', owner_name);
    EXECUTE pg_catalog.format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON cag_ovt.purchases TO %I WITH GRANT OPTION',
                              owner_name);
    EXECUTE pg_catalog.format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE cag_ovt.purchases_purchase_id_seq TO %I WITH GRANT OPTION',
                              owner_name);
END
$upgrade$;

-- ===== The indicator of the Stratégie gouvernementale des marchés publics =====

-- The indicator keys: outside_centres_share.
CREATE OR REPLACE VIEW cag_ovt.indicators WITH (security_invoker = true) AS
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

-- The plan's actions: SGMP, after the regional priorities.
CREATE OR REPLACE VIEW cag_ovt.plan_actions WITH (security_invoker = true) AS
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
COMMENT ON VIEW cag_ovt.plan_actions IS
    'Actions du plan d''action OVT 2020-2022 du CAG (A1 à A5, les priorités régionales, puis l''indicateur gouvernemental SGMP) et les indicateurs qui les suivent, une ligne par action et indicateur / actions of the CAG 2020-2022 OVT action plan (A1 to A5, the regional priorities, then the government-wide indicator SGMP) and the indicators that follow them, one row per action and indicator';
COMMENT ON COLUMN cag_ovt.plan_actions.code IS
    'Code de l''action : A1 à A5, SGMP pour l''indicateur de la Stratégie gouvernementale des marchés publics, ou P<région>-<numéro> pour une priorité régionale (P05-4) / action code: A1 to A5, SGMP for the indicator of the government procurement strategy, or P<region>-<number> for a regional priority (P05-4)';

-- The summaries of the purchases from suppliers outside the centres and in
-- them, computed in one pass by spend_agg_by_fiscal_year_region.
-- The aggregate behind purchase_summaries (src/purchase_summaries.sql).
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

CREATE OR REPLACE VIEW cag_ovt.purchase_summaries WITH (security_invoker = true) AS
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
COMMENT ON COLUMN cag_ovt.purchase_summaries.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » (Montréal, Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions" (Montréal, Capitale-Nationale)';

-- The new view and its figures.
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
COMMENT ON VIEW cag_ovt.outside_centres_purchase_share IS
    'Stratégie gouvernementale des marchés publics : part des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, par année financière et région de livraison, et pour l''ensemble du Québec / government procurement strategy: share of the spend with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, by fiscal year and delivery region, and for all of Québec';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
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

-- Every indicator in long form: outside_centres_share.
CREATE OR REPLACE VIEW cag_ovt.indicator_values WITH (security_invoker = true) AS
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

-- The summaries rolled up from spend_by_month, with the same two.
CREATE OR REPLACE VIEW cag_ovt.spend_by_fiscal_year_region WITH (security_invoker = true) AS
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
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.outside_centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés hors de Montréal et de la Capitale-Nationale seulement (regions.counts_as_region de supplier_region) / rollup(summary) of the months of the group, suppliers located outside Montréal and Capitale-Nationale only (regions.counts_as_region of supplier_region)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés à Montréal ou dans la Capitale-Nationale seulement / rollup(summary) of the months of the group, suppliers located in Montréal or Capitale-Nationale only';

COMMENT ON COLUMN cag_ovt.action_plan_report.code IS 'Code de l''action : A1 à A5, SGMP, ou P<région>-<numéro> / action code: A1 to A5, SGMP, or P<region>-<number>';

-- ===== End: the schema holds only the extension's objects =====
SELECT cag_ovt.check_extension_schema();

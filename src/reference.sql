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
-- eco_labels, food_categories, food_labels, former_municipalities,
-- fsa_regions, known_parties, ldu_communities, locality_aliases,
-- mrc_region_changes, municipalities (checked by the classify suite and by
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

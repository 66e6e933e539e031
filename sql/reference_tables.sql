--
-- reference tables: INSERT of an existing key replaces the row, deletions
-- are recorded (and replayed on restore), the cache is invalidated
--
SET search_path = cag_ovt, public;

-- The managed tables: dumped with all their rows, with their triggers.
SELECT c.relname, e.extcondition
FROM pg_extension x
CROSS JOIN LATERAL unnest(x.extconfig, x.extcondition) AS e(relid, extcondition)
JOIN pg_class c ON c.oid = e.relid
WHERE x.extname = 'cag_ovt' ORDER BY 1;
SELECT tgrelid::regclass AS "table", tgname, tgfoid::regproc AS function
FROM pg_trigger
WHERE tgrelid IN ('regions'::regclass, 'municipalities'::regclass,
                  'mrc_region_changes'::regclass, 'deleted_reference_keys'::regclass)
ORDER BY tgrelid::regclass::text, tgname;
SELECT count(*) AS deletions FROM deleted_reference_keys;

BEGIN;
-- INSERT of an existing key replaces the row (and inserts nothing).
INSERT INTO regions (region, name_fr, name_en, cag_branch, counts_as_region)
VALUES ('Montérégie', 'Montérégie', 'Monteregie', false, true);
SELECT region, code, name_en, cag_branch FROM regions WHERE region = '16';
INSERT INTO municipalities (code, name, status, region, fsa, population)
VALUES ('48028', 'Acton Vale', 'Ville', '16', 'J0H', 8000),
       ('24001', 'Nouvelle', 'Ville', '16', 'J0H', 10);
SELECT code, name, postal_code, fsa, population, census_division FROM municipalities
WHERE code IN ('48028', '24001') ORDER BY code;
SELECT count(*) FROM municipalities;
-- a deletion is recorded, with the key as a JSON object
DELETE FROM municipalities WHERE code IN ('46005', '24001');
DELETE FROM mrc_region_changes WHERE prefix = '47';
SELECT table_name, key FROM deleted_reference_keys ORDER BY table_name, key::text;
-- inserting a deleted key again removes its record
INSERT INTO municipalities (code, name, status, region, fsa)
VALUES ('46005', 'Abercorn', 'Village', 'Estrie', 'J0E');
SELECT table_name, key FROM deleted_reference_keys ORDER BY table_name, key::text;
-- changing a key records the old one and forgets the new one
UPDATE mrc_region_changes SET effective_on = '2021-07-09' WHERE prefix = '46';
SELECT table_name, key FROM deleted_reference_keys ORDER BY table_name, key::text;
UPDATE mrc_region_changes SET effective_on = '2021-07-08' WHERE prefix = '46';
SELECT table_name, key FROM deleted_reference_keys ORDER BY table_name, key::text;
-- a recorded deletion deletes the row: this is how a restore replays it
INSERT INTO deleted_reference_keys (table_name, key)
VALUES ('cag_ovt.municipalities', '{"code": "48028"}'),
       ('cag_ovt.regions', '{"region": "Laval"}');
SELECT count(*) AS acton_vale FROM municipalities WHERE code = '48028';
SELECT count(*) AS regions FROM regions;
-- records are written in a canonical form: one record per key
INSERT INTO deleted_reference_keys (table_name, key)
VALUES ('CAG_OVT.Regions', '{"region": "12"}'), ('"cag_ovt".regions', '{"region": "Chaudiere-Appalaches"}')
ON CONFLICT DO NOTHING;
SELECT table_name, key FROM deleted_reference_keys ORDER BY table_name, key::text;
-- a record that exists already deletes its key again, and adds no row
-- (restoring the same data twice converges)
SET session_replication_role = replica;
INSERT INTO municipalities (code, name, status, region) VALUES ('48028', 'Acton Vale', 'Ville', '16');
RESET session_replication_role;
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('cag_ovt.municipalities', '{"code": "48028"}');
SELECT count(*) AS acton_vale FROM municipalities WHERE code = '48028';
SELECT count(*) AS records FROM deleted_reference_keys WHERE key = '{"code": "48028"}';
-- bad records are refused
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('cag_ovt.nothing', '{"code": "48028"}');
ROLLBACK;
BEGIN;
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('pg_catalog.pg_class', '{"oid": 1}');
ROLLBACK;
BEGIN;
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('cag_ovt.municipalities', '{"name": "Abercorn"}');
ROLLBACK;
BEGIN;
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('cag_ovt.municipalities', '"48028"');
ROLLBACK;
BEGIN;
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('cag_ovt.mrc_region_changes', '{"prefix": "46"}');
ROLLBACK;
-- TRUNCATE records every key
BEGIN;
TRUNCATE mrc_region_changes;
SELECT table_name, key FROM deleted_reference_keys ORDER BY table_name, key::text;
SELECT region_of_municipality('46005', '2000-01-01') AS no_change_left;
ROLLBACK;
SELECT count(*) AS deletions FROM deleted_reference_keys;

-- The triggers are immune to a hostile search_path.
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.hijack_text(text, text) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION hostile.hijack_jsonb(jsonb, jsonb) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION hostile.hijack_region(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.hijack_text);
CREATE OPERATOR hostile.= (LEFTARG = jsonb, RIGHTARG = jsonb, FUNCTION = hostile.hijack_jsonb);
CREATE OPERATOR hostile.= (LEFTARG = cag_ovt.qc_region, RIGHTARG = cag_ovt.qc_region,
                           FUNCTION = hostile.hijack_region);
CREATE FUNCTION hostile.to_regclass(text) RETURNS regclass
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION hostile.array_to_string(anyarray, text) RETURNS text
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
-- (the statements below qualify their own operators; the triggers they fire must too)
BEGIN;
SET LOCAL search_path = hostile, cag_ovt, pg_catalog;
INSERT INTO cag_ovt.regions (region, name_fr, name_en, cag_branch, counts_as_region)
VALUES ('Laval', 'Laval', 'Laval', true, true);
DELETE FROM cag_ovt.mrc_region_changes WHERE prefix OPERATOR(pg_catalog.=) '47';
INSERT INTO cag_ovt.deleted_reference_keys (table_name, key)
VALUES ('cag_ovt.regions', '{"region": "13"}');
TRUNCATE cag_ovt.mrc_region_changes;
SELECT table_name, key FROM cag_ovt.deleted_reference_keys ORDER BY table_name, key::text;
ROLLBACK;
DROP SCHEMA hostile CASCADE;

-- Nor by overloads in schema cag_ovt itself, which the role that created
-- the extension may own (trusted install): the triggers call the
-- extension's functions with arguments of the exact types, so an overload
-- taking the oid that TG_RELID is does not capture the call.  The schema
-- check names the intruder.
CREATE FUNCTION cag_ovt.reference_key_sql(tbl oid, rowref text, OUT match_sql text, OUT key_sql text)
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION cag_ovt.reference_key_sql(tbl regclass, rowref varchar, OUT match_sql text, OUT key_sql text)
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
BEGIN;
INSERT INTO cag_ovt.regions (region, name_fr, name_en, cag_branch, counts_as_region)
VALUES ('Laval', 'Laval', 'Laval', true, true);
UPDATE cag_ovt.mrc_region_changes SET effective_on = '2021-07-09' WHERE prefix = '47';
INSERT INTO cag_ovt.deleted_reference_keys (table_name, key)
VALUES ('cag_ovt.regions', '{"region": "13"}');
TRUNCATE cag_ovt.mrc_region_changes;
SELECT table_name, key FROM cag_ovt.deleted_reference_keys ORDER BY table_name, key::text;
ROLLBACK;
\set SHOW_CONTEXT never
SELECT check_extension_schema();
\set SHOW_CONTEXT errors
DROP FUNCTION cag_ovt.reference_key_sql(oid, text), cag_ovt.reference_key_sql(regclass, varchar);
SELECT check_extension_schema();

-- A table that imitates a reference table (a trigger of the same name) is
-- not one: a deletion record cannot make a restore delete from it.
CREATE TABLE public.ref_fake (k text PRIMARY KEY);
CREATE TRIGGER cag_reference_upsert BEFORE INSERT ON public.ref_fake
    FOR EACH ROW EXECUTE FUNCTION reference_upsert();
INSERT INTO public.ref_fake VALUES ('a');
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('public.ref_fake', '{"k": "a"}');
SELECT * FROM public.ref_fake;
DROP TABLE public.ref_fake;

-- Only an extension script can make a table a reference table; the
-- trigger functions refuse to be called otherwise.
CREATE TABLE ref_t (k text PRIMARY KEY, v text);
SELECT manage_reference_table('ref_t');
CREATE TABLE ref_nopk (k text);
SELECT manage_reference_table('ref_nopk');
CREATE TRIGGER bad AFTER INSERT ON ref_t FOR EACH ROW EXECUTE FUNCTION reference_changed();
INSERT INTO ref_t VALUES ('a', 'b');
DROP TRIGGER bad ON ref_t;
CREATE TRIGGER bad BEFORE INSERT ON ref_t FOR EACH STATEMENT EXECUTE FUNCTION reference_changed();
INSERT INTO ref_t VALUES ('a', 'b');
SELECT reference_changed();
DROP TABLE ref_t, ref_nopk;

--
-- geography: regions, municipalities, territory changes, region of a
-- municipality or of a forward sortation area on a date
--
SET search_path = cag_ovt, public;

-- The regions table: names, CAG branches, "en région".
SELECT region, code, name_fr, name_en, cag_branch, counts_as_region FROM regions ORDER BY region;
SELECT count(*) FILTER (WHERE cag_branch) AS cag_branches,
       string_agg(code, ' ' ORDER BY region) FILTER (WHERE NOT counts_as_region) AS not_en_region
FROM regions;
-- its names agree with the type's
SELECT region FROM regions
WHERE name_fr <> region_name(region) OR name_en <> region_name(region, 'en');

-- The municipalities: 1,130, by region.
SELECT count(*) AS municipalities, count(DISTINCT left(code, 2)) AS prefixes,
       count(postal_code) AS with_postal_code, count(fsa) AS with_fsa,
       count(mrc) AS in_an_mrc, sum(population) AS population
FROM municipalities;
SELECT region, count(*) FROM municipalities GROUP BY region ORDER BY region;

-- The table is the CSV file, row for row; and the CSV's region names (such
-- as "Saguenay-Lac-Saint-Jean (02)") are read by qc_region as their code.
CREATE TEMP TABLE mamh (mcode text, munnom text, mdes text, mcodpos text,
    regadm_code text, regadm text, divrec_code text, divrec text,
    mrc_code text, mrc text, mpopul integer);
\copy mamh FROM 'data/mamh-municipalities-2023.csv' (FORMAT csv, HEADER)
SELECT count(*) AS csv_rows,
       count(*) FILTER (WHERE regadm::qc_region <> regadm_code::qc_region) AS region_names_that_disagree
FROM mamh;
SELECT count(*) AS rows_that_differ
FROM mamh c FULL JOIN municipalities m ON m.code = c.mcode
WHERE m.code IS NULL OR c.mcode IS NULL
   OR (m.name, m.status, m.region, m.census_division_code, m.mrc_code, m.population)
      IS DISTINCT FROM (c.munnom, c.mdes, c.regadm_code::qc_region, c.divrec_code,
                        nullif(c.mrc_code, ''), c.mpopul)
   OR m.fsa IS DISTINCT FROM left(c.mcodpos, 3)
   OR m.postal_code IS DISTINCT FROM (CASE WHEN c.mcodpos ~ '^[A-Z][0-9][A-Z][0-9][A-Z][0-9]$'
                                      THEN c.mcodpos::postal_code END)
   OR m.census_division || ' (' || m.census_division_code || ')' IS DISTINCT FROM c.divrec
   OR m.mrc || ' (' || m.mrc_code || ')' IS DISTINCT FROM c.mrc;
-- postal codes the source gives incomplete: postal_code NULL, FSA kept
SELECT c.mcodpos, m.postal_code, m.fsa
FROM mamh c JOIN municipalities m ON m.code = c.mcode
WHERE c.mcode IN ('30055', '46005') ORDER BY c.mcode;
-- names with quotes and accents come through
SELECT code, name, status, postal_code, region, census_division, mrc
FROM municipalities WHERE code IN ('31056', '45035', '66112', '99055') ORDER BY code;

-- region_of_municipality: by the first two digits of the code, text or integer.
SELECT region_of_municipality('46005') AS abercorn, region_of_municipality(46005) AS abercorn_int,
       region_of_municipality('66023') AS montreal, region_of_municipality(66023),
       region_of_municipality(' 05060 ') AS caplan, region_of_municipality(5060) AS caplan_int,
       region_of_municipality('99055') AS chisasibi;
-- every municipality of the table gets its own region
SELECT count(*) AS municipalities,
       count(*) FILTER (WHERE region_of_municipality(code) = region) AS same_region,
       count(*) FILTER (WHERE region_of_municipality(code::integer) = region) AS same_region_int
FROM municipalities;
-- by the prefix, never by the census division (8 municipalities sit in
-- another census division than their prefix)
SELECT code, name, census_division_code, region, region_of_municipality(code)
FROM municipalities WHERE left(code, 2) <> census_division_code ORDER BY code;
-- any code with a known prefix resolves, even one not in the table
SELECT region_of_municipality('46999') AS not_in_table, region_of_municipality('66000');
-- an unknown prefix gives NULL
SELECT region_of_municipality('00000') AS p00, region_of_municipality('24001') AS p24,
       region_of_municipality(0) AS zero;

-- The July 2021 move of Brome-Missisquoi (46) and La Haute-Yamaska (47)
-- from Montérégie to Estrie: the region depends on the date.
SELECT * FROM mrc_region_changes ORDER BY prefix;
SELECT d, region_of_municipality('46005', d) AS brome_missisquoi,
       region_of_municipality(47017, d) AS haute_yamaska,
       region_of_municipality('48028', d) AS acton
FROM (VALUES (date '2020-04-01'), ('2021-07-07'), ('2021-07-08'), ('2023-01-01'),
             ('-infinity'), ('infinity')) AS t(d);
-- NULL as_of (the default) is today
SELECT region_of_municipality('46005') = region_of_municipality('46005', current_date) AS today,
       region_of_municipality('46005', NULL) AS null_as_of;

-- Malformed codes.
SELECT region_of_municipality('4600');
SELECT region_of_municipality('460050');
SELECT region_of_municipality('46-005');
SELECT region_of_municipality('4600é');
SELECT region_of_municipality('');
SELECT region_of_municipality('   ');
SELECT region_of_municipality(-1);
SELECT region_of_municipality(100000);
-- NULL code: NULL
SELECT region_of_municipality(NULL::text), region_of_municipality(NULL::integer),
       region_of_municipality(NULL::text, '2020-01-01');

-- region_of_fsa: 185 FSAs of town halls, of which 23 (all rural: second
-- character 0) span two or more regions and give NULL.
SELECT count(*) AS fsas,
       count(*) FILTER (WHERE region_of_fsa(fsa) IS NULL) AS ambiguous,
       count(*) FILTER (WHERE region_of_fsa(fsa) IS NULL AND substr(fsa, 2, 1) = '0') AS ambiguous_rural
FROM (SELECT DISTINCT fsa FROM municipalities WHERE fsa IS NOT NULL) AS f;
SELECT fsa, string_agg(DISTINCT region_code(region), ' ') AS regions
FROM municipalities
WHERE fsa IN (SELECT DISTINCT fsa FROM municipalities) AND region_of_fsa(fsa) IS NULL
GROUP BY fsa ORDER BY fsa;
-- an FSA whose town halls are all in one region has that region
SELECT count(*) AS fsas_with_one_region, count(*) FILTER (WHERE r = region_of_fsa(fsa)) AS agree
FROM (SELECT fsa, min(region) AS r FROM municipalities WHERE fsa IS NOT NULL
      GROUP BY fsa HAVING min(region) = max(region)) AS f;
SELECT region_of_fsa('J1H') AS sherbrooke, region_of_fsa('h2y') AS montreal,
       region_of_fsa(' G7H ') AS chicoutimi, region_of_fsa('G0Y') AS ambiguous,
       region_of_fsa('J0E') AS ambiguous_too, region_of_fsa('K1A') AS ottawa,
       region_of_fsa('H0H') AS unknown;
-- on a date: before the 2021 move, the FSAs of Brome-Missisquoi and La
-- Haute-Yamaska were in Montérégie; J0J was in Montérégie only, and now spans
-- Montérégie and Estrie
SELECT fsa, region_of_fsa(fsa, '2021-07-07') AS before, region_of_fsa(fsa, '2021-07-08') AS after
FROM (VALUES ('J2K'), ('J2L'), ('J2N'), ('J0J'), ('J1H')) AS t(fsa);
SELECT count(*) FILTER (WHERE region_of_fsa(fsa, '2021-07-07') IS NULL) AS ambiguous_before,
       count(*) FILTER (WHERE region_of_fsa(fsa, '2021-07-08') IS NULL) AS ambiguous_after
FROM (SELECT DISTINCT fsa FROM municipalities WHERE fsa IS NOT NULL) AS f;
-- malformed FSAs, NULL
SELECT region_of_fsa('J0E 1B0');
SELECT region_of_fsa('J0');
SELECT region_of_fsa('0JE');
SELECT region_of_fsa('JJE');
SELECT region_of_fsa('');
SELECT region_of_fsa(NULL), region_of_fsa(NULL, '2020-01-01');

-- Functions are STABLE and PARALLEL SAFE; the type's are IMMUTABLE STRICT.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
WHERE p.pronamespace = 'cag_ovt'::regnamespace
  AND p.proname IN ('region_of_municipality', 'region_of_fsa', 'region_code',
                    'region_name', 'is_valid_qc_region')
ORDER BY p.oid::regprocedure::text;

-- The reference cache sees the session's changes at the next command, and
-- forgets them when they are rolled back.
BEGIN;
UPDATE mrc_region_changes SET effective_on = '2022-01-01' WHERE prefix = '46';
SELECT region_of_municipality('46005', '2021-12-31') AS moved_later,
       region_of_municipality('47017', '2021-12-31') AS not_moved;
UPDATE municipalities SET region = 'Montérégie' WHERE code LIKE '47%';
SELECT region_of_municipality('47017') AS back_in_monteregie,
       region_of_fsa('J2G') AS granby_fsa_from_fsa_regions;
DELETE FROM mrc_region_changes WHERE prefix = '47';
SELECT region_of_municipality('47017', '2000-01-01') AS no_change_recorded;
INSERT INTO municipalities (code, name, status, region, fsa)
VALUES ('24001', 'Test', 'Ville', 'Laval', 'H7X');
SELECT region_of_municipality('24001') AS new_prefix, region_of_fsa('H7X') AS laval_fsa;
UPDATE municipalities SET fsa = 'H7X', postal_code = NULL WHERE code = '46005';
INSERT INTO fsa_regions (fsa, region) VALUES ('H7X', 'Estrie');
SELECT region_of_fsa('H7X') AS now_ambiguous;
TRUNCATE mrc_region_changes;
SELECT region_of_municipality('46005', '2000-01-01') AS no_changes_at_all;
ROLLBACK;
SELECT region_of_municipality('46005', '2021-12-31') AS estrie,
       region_of_municipality('47017') AS estrie_again,
       region_of_municipality('24001') AS unknown_again, region_of_fsa('H7X') AS laval_again;
-- ... and inside a subtransaction that is rolled back
BEGIN;
SAVEPOINT s;
UPDATE municipalities SET region = 'Laval' WHERE code LIKE '46%';
SELECT region_of_municipality('46005') AS laval;
ROLLBACK TO SAVEPOINT s;
SELECT region_of_municipality('46005') AS estrie;
COMMIT;

-- Lookups in a REPEATABLE READ transaction and in a parallel query.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT region_of_municipality('46005', '2021-01-01') AS monteregie;
UPDATE mrc_region_changes SET note = note WHERE prefix = '46';
SELECT region_of_municipality('46005', '2021-01-01') AS still_monteregie;
COMMIT;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM municipalities WHERE region_of_municipality(code) = region;
SELECT count(*) FROM municipalities WHERE region_of_municipality(code) = region;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- A hostile search_path changes nothing: the cache reads its tables by
-- schema and name, and never resolves an operator or function by path.
CREATE SCHEMA hostile;
CREATE TABLE hostile.municipalities (code text, region cag_ovt.qc_region, fsa text);
CREATE FUNCTION hostile.texteq_hijack(text, text) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.texteq_hijack);
SET search_path = hostile, cag_ovt, pg_catalog;
UPDATE cag_ovt.municipalities SET population = population WHERE code OPERATOR(pg_catalog.=) '46005';
SELECT cag_ovt.region_of_municipality('46005') AS estrie, cag_ovt.region_of_fsa('J1H') AS estrie;
SET search_path = cag_ovt, public;
DROP SCHEMA hostile CASCADE;

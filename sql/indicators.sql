--
-- indicators: positions (A5), partners' advisory committees (A4), regional
-- priorities, targets, and the catalogs of indicators and plan actions
--
SET search_path = cag_ovt, public;

-- The catalogs.
SELECT indicator, unit, scopes, source FROM indicators;
SELECT item, code, indicator, unit, scope, region_code, region_name, left(action, 50) AS action
FROM plan_actions;
SELECT region, priority_number, title, indicator, length(excerpt) AS excerpt_length
FROM regional_priorities ORDER BY region, priority_number;

-- Tables and sequences dumped with their rows; views are security_invoker.
SELECT c.relname, c.relkind, e.extcondition
FROM pg_extension x
CROSS JOIN LATERAL unnest(x.extconfig, x.extcondition) AS e(relid, extcondition)
JOIN pg_class c ON c.oid = e.relid
WHERE x.extname = 'cag_ovt'
  AND c.relname IN ('positions', 'positions_position_id_seq', 'partner_committees',
                    'partner_committees_committee_id_seq', 'committee_meetings',
                    'regional_priorities', 'targets')
ORDER BY 1;
SELECT c.relname, c.reloptions FROM pg_class c
WHERE c.relnamespace = 'cag_ovt'::regnamespace AND c.relkind = 'v'
  AND c.relname IN ('indicators', 'plan_actions', 'regional_positions', 'partner_committee_status')
ORDER BY 1;

--
-- Positions: open on 31 March means opened_on <= 31 March < closed_on.
--
INSERT INTO positions (position_id, region, office, opened_on, closed_on, regionalized) VALUES
    (1, 'Estrie', 'Succursale de Sherbrooke', '2020-05-01', NULL, true),
    (2, 'Montréal', 'Bureau de Montréal', '2019-06-01', '2021-03-31', false),   -- closed on 31 March
    (3, 'Capitale-Nationale', 'Siège social', '2019-04-01', NULL, false),
    (4, 'Bas-Saint-Laurent', 'Succursale de Rimouski', '2021-03-31', NULL, true), -- opened on 31 March
    (5, 'Montérégie', NULL, '2021-04-01', '2022-01-15', true),                  -- opened on 1 April
    (6, 'Outaouais', 'Succursale de Gatineau', '2020-01-10', '2021-04-01', false);
-- Worked out by hand:
--   2019-2020, on 2020-03-31: open 2, 3, 6 -> 3 positions, in the regions 6 (Outaouais)
--     -> 1, share 0.3333; no regionalized position yet
--   2020-2021, on 2021-03-31: open 1, 3, 4, 6 (2 closed that day) -> 4, in the regions
--     1, 4, 6 -> 3, share 0.7500; regionalized opened so far 1, 4 -> 2, both this year
--   2021-2022, on 2022-03-31: open 1, 3, 4 (5 closed in January, 6 on 1 April)
--     -> 3, in the regions 1, 4 -> 2, share 0.6667; regionalized 1, 4, 5 -> 3
--     (5 counts though closed since), 1 this year
SELECT fiscal_year, fiscal_year_label, as_of, total_positions, positions_in_regions,
       share_in_regions, share_of_positions, regionalized_positions, regionalized_in_year
FROM regional_positions WHERE scope = 'quebec' AND fiscal_year <= 2021 ORDER BY fiscal_year;
-- by region, 2020-2021: the four regions with a position, a quarter each; every
-- region has a row
SELECT region_code, region_name, total_positions, positions_in_regions, share_in_regions,
       share_of_positions, regionalized_positions, regionalized_in_year
FROM regional_positions
WHERE fiscal_year = 2020 AND scope = 'region' AND (total_positions > 0 OR regionalized_positions > 0)
ORDER BY region_code;
SELECT fiscal_year, count(*) FILTER (WHERE scope = 'region') AS regions,
       count(*) FILTER (WHERE scope = 'quebec') AS quebec
FROM regional_positions WHERE fiscal_year <= 2021 GROUP BY fiscal_year ORDER BY fiscal_year;
-- the region rows add up to the all-Québec row
SELECT fiscal_year, sum(total_positions) FILTER (WHERE scope = 'region') AS sum_regions,
       max(total_positions) FILTER (WHERE scope = 'quebec') AS quebec,
       sum(regionalized_positions) FILTER (WHERE scope = 'region') AS sum_regionalized,
       max(regionalized_positions) FILTER (WHERE scope = 'quebec') AS quebec_regionalized
FROM regional_positions WHERE fiscal_year <= 2021 GROUP BY fiscal_year ORDER BY fiscal_year;
-- the years run from the first opening to the current fiscal year
SELECT min(fiscal_year) AS first_year,
       max(fiscal_year) = fiscal_year(CURRENT_DATE) AS ends_this_year,
       count(DISTINCT fiscal_year) = fiscal_year(CURRENT_DATE) - 2019 + 1 AS every_year
FROM regional_positions;
-- "in the regions" is data: Estrie no longer counting changes the share
BEGIN;
UPDATE regions SET counts_as_region = false WHERE region = 'Estrie';
SELECT fiscal_year, total_positions, positions_in_regions, share_in_regions
FROM regional_positions WHERE scope = 'quebec' AND fiscal_year = 2020;
ROLLBACK;
-- bad rows
INSERT INTO positions (region, opened_on, closed_on) VALUES ('Laval', '2021-01-01', '2021-01-01');
INSERT INTO positions (region, opened_on, closed_on) VALUES ('Laval', '2021-01-01', '2020-01-01');
INSERT INTO positions (region, opened_on) VALUES ('Laval', '-infinity');
INSERT INTO positions (region, opened_on) VALUES (NULL, '2021-01-01');
INSERT INTO positions (region, opened_on) VALUES ('Laval', NULL);
INSERT INTO positions (region, opened_on) VALUES ('Lavall', '2021-01-01');
-- the identity: a row without position_id gets the next number
SELECT setval('positions_position_id_seq', 6);
INSERT INTO positions (region, opened_on) VALUES ('Laval', '2030-06-01') RETURNING position_id, region;
-- a position opened in a future year extends the view to that year
SELECT max(fiscal_year) AS last_year FROM regional_positions;
DELETE FROM positions WHERE position_id = 7;
-- NULLs: an empty table gives no row
BEGIN;
DELETE FROM positions;
SELECT count(*) FROM regional_positions;
ROLLBACK;

--
-- Partners' advisory committees.
--
INSERT INTO partner_committees (committee_id, name, region, created_on, rules_adopted_on) VALUES
    (1, 'Comité national des partenaires', NULL, '2020-09-01', '2021-02-15'),
    (2, 'Comité de l''Estrie', 'Estrie', '2021-03-31', '2021-04-01'),
    (3, 'Comité de l''Outaouais', 'Outaouais', '2021-06-01', NULL),
    (4, 'Comité Estrie-Sud', 'Estrie', NULL, NULL);          -- creation date unknown
INSERT INTO committee_meetings (committee_id, held_on) VALUES
    (1, '2020-10-01'), (1, '2021-03-31'), (1, '2021-04-01'),
    (2, '2021-05-05'),
    (3, '2021-09-09'), (3, '2022-03-31');
-- Worked out by hand:
--   2020-2021, on 2021-03-31: committees 1, 2 (created that day), 4 (unknown date)
--     -> 3, national 1, regional 2; rules adopted: 1 (2 adopts them on 1 April) -> 1;
--     meetings 2021-04-01 .. : 2020-10-01, 2021-03-31 -> 2, by 1 committee;
--     regions: Estrie (2 and 4) -> 1
--   2021-2022, on 2022-03-31: committees 1 to 4 -> 4, national 1, regional 3; rules
--     1, 2 -> 2; meetings 2021-04-01, 2021-05-05, 2021-09-09, 2022-03-31 -> 4, by 3
--     committees; regions Estrie, Outaouais -> 2
SELECT * FROM partner_committee_status WHERE fiscal_year <= 2021 ORDER BY fiscal_year;
SELECT min(fiscal_year) AS first_year,
       max(fiscal_year) = fiscal_year(CURRENT_DATE) AS ends_this_year
FROM partner_committee_status;
-- deleting a committee deletes its meetings
BEGIN;
DELETE FROM partner_committees WHERE committee_id = 3;
SELECT count(*) AS meetings FROM committee_meetings;
SELECT fiscal_year, committees, meetings_held, regions_covered
FROM partner_committee_status WHERE fiscal_year = 2021;
ROLLBACK;
-- only committees without any date: counted from the current year
BEGIN;
DELETE FROM partner_committees WHERE committee_id <> 4;
SELECT fiscal_year = fiscal_year(CURRENT_DATE) AS this_year, committees, regions_covered
FROM partner_committee_status;
DELETE FROM partner_committees;
SELECT count(*) FROM partner_committee_status;
ROLLBACK;
-- bad rows
INSERT INTO partner_committees (name, created_on, rules_adopted_on) VALUES ('X', '2021-01-01', '2020-12-31');
INSERT INTO partner_committees (name) VALUES (NULL);
INSERT INTO partner_committees (name, created_on) VALUES ('X', 'infinity');
INSERT INTO committee_meetings VALUES (99, '2021-01-01');
INSERT INTO committee_meetings VALUES (1, '2020-10-01');
INSERT INTO committee_meetings VALUES (1, NULL);

--
-- Targets: in the unit of the indicator; one per indicator, year and region,
-- NULL region being all of Québec.
--
INSERT INTO targets (indicator, fiscal_year, region, target, note) VALUES
    ('quebec_share', 2021, NULL, 43, 'Stratégie gouvernementale des marchés publics (non vérifié)'),
    ('quebec_share', 2021, 'Estrie', 50, NULL),
    ('regionalized_positions', 2021, NULL, 3, NULL),
    ('committees_with_rules', 2021, NULL, 2, NULL);
SELECT indicator, fiscal_year, region, target FROM targets ORDER BY indicator, fiscal_year, region NULLS FIRST;
-- a second all-of-Québec target for the same year is refused (NULLS NOT DISTINCT)
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('quebec_share', 2021, 44);
INSERT INTO targets (indicator, fiscal_year, region, target) VALUES ('quebec_share', 2021, '05', 44);
-- ... and replaced with ON CONFLICT
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('quebec_share', 2021, 45)
ON CONFLICT (indicator, fiscal_year, region) DO UPDATE SET target = excluded.target;
SELECT indicator, fiscal_year, region, target FROM targets WHERE indicator = 'quebec_share'
ORDER BY region NULLS FIRST;
-- bad rows: each with its reason
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('quebec_shar', 2021, 43);
INSERT INTO targets (indicator, fiscal_year, region, target) VALUES ('share_in_regions', 2021, 'Laval', 40);
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('eco_share', 2021, 100.01);
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('eco_share', 2021, -1);
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('eco_share', 0, 10);
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('eco_share', 2021, NULL);
INSERT INTO targets (indicator, fiscal_year, target) VALUES (NULL, 2021, 10);
UPDATE targets SET indicator = 'nothing' WHERE indicator = 'committees_with_rules';
-- a count may exceed 100, a percentage may be 100
INSERT INTO targets (indicator, fiscal_year, target) VALUES ('regionalized_positions', 2022, 150),
                                                            ('eco_share', 2022, 100);

--
-- Regional priorities: a reference table; the indicator must be computed by region.
--
SELECT tgname FROM pg_trigger WHERE tgrelid = 'regional_priorities'::regclass ORDER BY tgname;
BEGIN;
-- INSERT of an existing key replaces the row
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Lanaudière', 5, 'Soutenir la promotion de la consommation locale et responsable', 'eco_share');
SELECT region, priority_number, indicator, excerpt IS NULL AS no_excerpt
FROM regional_priorities WHERE region = '14';
SELECT code, indicator, region_name FROM plan_actions WHERE code LIKE 'P%' ORDER BY code;
-- a new priority appears in plan_actions
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Laval', 1, 'Priorité de démonstration', 'regionalized_positions');
SELECT code, left(action, 40) AS action, indicator FROM plan_actions WHERE code LIKE 'P%' ORDER BY code;
DELETE FROM regional_priorities WHERE region = '10';
SELECT table_name, key FROM deleted_reference_keys WHERE table_name = 'cag_ovt.regional_priorities';
ROLLBACK;
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Laval', 1, 'X', 'committees_with_rules');
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Laval', 1, 'X', 'unknown');
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Laval', 0, 'X', 'eco_share');
UPDATE regional_priorities SET indicator = 'meetings_held' WHERE region = '05';

-- Every table, view and column of this part has a French and English comment.
SELECT c.relname, a.attname
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'cag_ovt'::regnamespace AND c.relkind IN ('r', 'v', 'm')
  AND (col_description(c.oid, a.attnum) IS NULL
       OR col_description(c.oid, a.attnum) NOT LIKE '% / %')
ORDER BY 1, 2;
SELECT c.relname
FROM pg_class c
WHERE c.relnamespace = 'cag_ovt'::regnamespace AND c.relkind IN ('r', 'v', 'm')
  AND (obj_description(c.oid, 'pg_class') IS NULL
       OR obj_description(c.oid, 'pg_class') NOT LIKE '% / %')
ORDER BY 1;

-- The views' columns are plain types a BI tool knows.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relnamespace = 'cag_ovt'::regnamespace AND c.relkind = 'v'
  AND c.relname IN ('indicators', 'plan_actions', 'regional_positions', 'partner_committee_status')
  AND a.atttypid NOT IN ('text'::regtype, 'character varying'::regtype, 'integer'::regtype, 'bigint'::regtype,
                         'numeric'::regtype, 'date'::regtype)
ORDER BY 1, 2;

DELETE FROM targets;
DELETE FROM committee_meetings;
DELETE FROM partner_committees;
DELETE FROM positions;

-- The plan's fiscal years, written once (action_plan_report.in_plan, the report).
SELECT y, cag_ovt.is_plan_year(y) AS in_plan FROM generate_series(2019, 2023) AS y;
SELECT cag_ovt.is_plan_year(NULL) IS NULL AS strict;
SELECT count(*) FILTER (WHERE in_plan IS DISTINCT FROM cag_ovt.is_plan_year(fiscal_year)) AS disagreeing
FROM cag_ovt.action_plan_report;

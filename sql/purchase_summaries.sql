--
-- spend_agg_by_fiscal_year_region: summaries by fiscal year and delivery
-- region in one pass; the same groups and figures as GROUP BY with
-- spend_agg ... FILTER, serial and parallel.
--
SET search_path = cag_ovt, public;

-- A compact display of the result: one line per group.
CREATE FUNCTION ps_show(groups fiscal_year_region_summary[])
    RETURNS TABLE (fiscal_year integer, region text, n bigint, total numeric,
                   group_n bigint, group_total numeric,
                   outside_centres_n bigint, outside_centres_total numeric,
                   centres_n bigint, centres_total numeric)
    LANGUAGE sql AS $$
    SELECT u.fiscal_year, region_code(u.delivery_region),
           purchase_count(u.summary), total_amount(u.summary),
           purchase_count(u.group_summary), total_amount(u.group_summary),
           purchase_count(u.outside_centres_summary), total_amount(u.outside_centres_summary),
           purchase_count(u.centres_summary), total_amount(u.centres_summary)
    FROM unnest(groups) WITH ORDINALITY AS u
    ORDER BY u.ordinality
$$;

-- No row: NULL, like GROUP BY gives no group.
SELECT spend_agg_by_fiscal_year_region(d, r, a, c, g, sr, pc) IS NULL AS no_rows
FROM (SELECT NULL::date, NULL::qc_region, NULL::numeric, NULL::purchase_class, NULL::boolean,
             NULL::qc_region, NULL::postal_code WHERE false) AS t(d, r, a, c, g, sr, pc);

-- Hand-made purchases.  Worked out by hand:
-- 2020 / 05: rows 1 (31 March 2021, last day of 2020-2021), 2 and 3: 3
--   purchases, 100 + 20 + 3 = 123.00; group purchases rows 2, 3: 23.00;
--   supplier in 03 (row 1: a centre) 100.00; in 05 (row 2, outside the
--   centres) 20.00; row 3's supplier has an Ontario postal code: neither.
-- 2021 / 05: row 4 (1 April 2021, first day of 2021-2022), supplier by
--   postal code J2K 4K4 (prefix 46, Estrie since 8 July 2021, Montérégie
--   before: both outside the centres): 4.00 outside the centres.
-- 2021 / 06: row 5, supplier H1B 2W6 (Montréal): 5.00 in the centres.
-- 2021 / NULL region: rows 6 (no supplier location) and 7 (amount NULL: a
--   purchase of unknown amount, counted without an amount, as spend_agg
--   does): 2 purchases, 1 unpriced, 6.00; group purchases row 7, no amount.
-- NULL fiscal year (no date) / 05: row 8, 8.00, supplier G0A 1A0 located
--   with today's map (Capitale-Nationale, a centre).
-- The array is sorted by fiscal year then region, NULLs last.
CREATE TABLE ps_rows (
    id integer, d date, r qc_region, a numeric, c purchase_class, g boolean,
    sr qc_region, pc postal_code);
INSERT INTO ps_rows VALUES
    (1, '2021-03-31', '05', 100.00, '{quebec}', false, '03', NULL),
    (2, '2020-04-01', '05', 20.00, '{quebec,eco}', true, '05', NULL),
    (3, '2020-07-15', '05', 3.00, '{outside_quebec}', true, NULL, 'K1A 0B1'),
    (4, '2021-04-01', '05', 4.00, '{quebec}', NULL, NULL, 'J2K 4K4'),
    (5, '2021-06-30', '06', 5.00, '{quebec}', false, NULL, 'H1B 2W6'),
    (6, '2022-03-31', NULL, 6.00, '{}', false, NULL, NULL),
    (7, '2021-12-25', NULL, NULL, '{}', true, '05', NULL),
    (8, NULL, '05', 8.00, '{quebec}', false, NULL, 'G0A 1A0');
SELECT s.* FROM (SELECT spend_agg_by_fiscal_year_region(d, r, a, c, g, sr, pc) AS x FROM ps_rows) AS t,
     ps_show(t.x) AS s;

-- The region of a postal code is taken on the date of the purchase: with
-- Estrie counted as a centre, J2K 4K4 is outside the centres on 7 July 2021
-- (Montérégie) and in them from 8 July 2021 (Estrie).  regions is read
-- through the reference cache, which sees the session's own change.
BEGIN;
UPDATE regions SET counts_as_region = false WHERE region = '05';
SELECT s.fiscal_year, s.region, s.outside_centres_total, s.centres_total
FROM (SELECT spend_agg_by_fiscal_year_region(d, '16', 1.00, '{quebec}', false, NULL, 'J2K 4K4') AS x
      FROM (VALUES (date '2021-07-07'), ('2021-07-08')) AS v(d)) AS t,
     ps_show(t.x) AS s;
-- A region missing from regions counts neither way.
DELETE FROM regions WHERE region = '05';
SELECT s.outside_centres_n, s.centres_n
FROM (SELECT spend_agg_by_fiscal_year_region('2022-01-01', '05', 1.00, '{quebec}', false, '05', NULL) AS x) AS t,
     ps_show(t.x) AS s;
ROLLBACK;

-- Many fiscal years, far apart and in any order (the state keeps the first
-- days of 32 fiscal years and recentres on a date outside them).
SELECT count(*) AS groups,
       bool_and(s.fiscal_year = fiscal_year(date '2000-01-01' + (s.fiscal_year - 1999) * 365)) AS years_right,
       sum(s.n) AS purchases
FROM (SELECT spend_agg_by_fiscal_year_region(d, NULL, 1.00, '{}', false, NULL, NULL) AS x
      FROM (SELECT date '2000-01-01' + ((i * 7919) % 400 - 200) * 365 AS d
            FROM generate_series(1, 4000) AS i) AS v) AS t,
     ps_show(t.x) AS s;
-- The last and first day of every fiscal year from 1800 to 2200, shuffled:
-- the same groups and counts as GROUP BY fiscal_year().
SELECT count(*) AS differences
FROM (SELECT s.fiscal_year, s.n
      FROM (SELECT spend_agg_by_fiscal_year_region(d, NULL, 1.00, '{}', false, NULL, NULL) AS x
            FROM (SELECT make_date(y, m, dd) AS d
                  FROM generate_series(1800, 2200) AS y,
                       (VALUES (3, 31), (4, 1)) AS b(m, dd)
                  ORDER BY hashint4(y * 2 + m)) AS v) AS t,
           ps_show(t.x) AS s) AS agg
FULL JOIN (SELECT fiscal_year(make_date(y, m, dd)) AS fiscal_year, count(*) AS n
           FROM generate_series(1800, 2200) AS y, (VALUES (3, 31), (4, 1)) AS b(m, dd)
           GROUP BY 1) AS ref USING (fiscal_year)
WHERE agg.n IS DISTINCT FROM ref.n;
SELECT (ps_show(spend_agg_by_fiscal_year_region(d, NULL, 1.00, '{}', false, NULL, NULL))).fiscal_year
FROM (VALUES (date '0001-04-01'), ('5874897-12-31'), ('2021-03-31')) AS v(d);

-- Against the GROUP BY it replaces (the 1.0 purchase_summaries), on
-- generated purchases: serial, then parallel (partial states serialized,
-- deserialized and combined).
CREATE TABLE ps_gen AS
SELECT date '2018-01-01' + (h % 2000)::integer AS purchased_on,
       CASE WHEN h % 23 = 0 THEN NULL ELSE lpad((1 + h % 17)::text, 2, '0')::qc_region END AS delivery_region,
       CASE WHEN h % 97 = 0 THEN NULL ELSE ((h % 200000) - 5000) / 100.0 END AS amount,
       (ARRAY['{quebec,regional}', '{quebec,outside_region,eco}', '{outside_quebec}', '{}',
              '{quebec,food,quebec_food,group_purchase}'])[1 + (h / 7) % 5]::purchase_class AS class,
       CASE WHEN h % 5 = 0 THEN NULL ELSE h % 3 = 0 END AS group_purchase,
       CASE WHEN h % 4 = 0 THEN lpad((1 + (h / 3) % 17)::text, 2, '0')::qc_region END AS supplier_region,
       (ARRAY['J2K 4K4', 'H1B 2W6', 'G0A 1A0', 'G6B 1H6', 'K1A 0B1', NULL])[1 + (h / 11) % 6]::postal_code
           AS supplier_postal_code
FROM (SELECT (hashint4(i) & 1073741823)::bigint AS h FROM generate_series(1, 30000) AS i) AS t;
ANALYZE ps_gen;
CREATE VIEW ps_group_by AS
SELECT fiscal_year(p.purchased_on) AS fiscal_year, p.delivery_region,
       spend_agg(p.amount, p.class) AS summary,
       spend_agg(p.amount, p.class) FILTER (WHERE p.group_purchase) AS group_summary,
       spend_agg(p.amount, p.class) FILTER (WHERE l.in_regions) AS outside_centres_summary,
       spend_agg(p.amount, p.class) FILTER (WHERE NOT l.in_regions) AS centres_summary
FROM ps_gen p
LEFT JOIN LATERAL (
    SELECT coalesce(g.counts_as_region, false) AS in_regions
    FROM regions g
    WHERE g.region = coalesce(p.supplier_region, region_of_postal_code(p.supplier_postal_code, p.purchased_on))
) AS l ON true
GROUP BY 1, 2;
CREATE VIEW ps_agg AS
SELECT u.* FROM (SELECT spend_agg_by_fiscal_year_region(purchased_on, delivery_region, amount, class,
                                                        group_purchase, supplier_region,
                                                        supplier_postal_code) AS x
                 FROM ps_gen) AS t, unnest(t.x) AS u;
CREATE FUNCTION ps_differences() RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*)
    FROM ps_group_by o
    FULL JOIN ps_agg n ON n.fiscal_year = o.fiscal_year
                      AND n.delivery_region IS NOT DISTINCT FROM o.delivery_region
    WHERE o.fiscal_year IS NULL OR n.fiscal_year IS NULL
       OR o.summary <> n.summary OR o.group_summary <> n.group_summary
       OR o.outside_centres_summary <> n.outside_centres_summary
       OR o.centres_summary <> n.centres_summary
$$;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS groups, ps_differences() AS serial_differences FROM ps_agg;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT * FROM ps_agg;
SELECT count(*) AS groups, ps_differences() AS parallel_differences FROM ps_agg;
SET parallel_leader_participation = off;
SELECT count(*) AS groups, ps_differences() AS parallel_differences_workers_only FROM ps_agg;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
-- In a GROUP BY of its own (a state per group, hashed or sorted).
SELECT s.fiscal_year, sum(s.n) AS n
FROM (SELECT delivery_region IS NULL AS k,
             spend_agg_by_fiscal_year_region(purchased_on, delivery_region, amount, class,
                                             group_purchase, supplier_region, supplier_postal_code) AS x
      FROM ps_gen GROUP BY 1) AS t,
     ps_show(t.x) AS s
GROUP BY 1 ORDER BY 1;

-- As a window aggregate: the state grows row by row, the result is read
-- at each row (the final function leaves the state alone).
SELECT id, (SELECT array_agg(s.fiscal_year || '/' || coalesce(s.region, '-') || ':' || s.n ORDER BY s.fiscal_year, s.region NULLS LAST)
            FROM ps_show(x) AS s) AS groups_so_far
FROM (SELECT id, spend_agg_by_fiscal_year_region(d, r, a, c, g, sr, pc) OVER (ORDER BY id) AS x
      FROM ps_rows WHERE d IS NOT NULL) AS w
ORDER BY id;

-- Every date has its group: an infinite date that of no fiscal year (as
-- fiscal_year gives NULL), a date before 0001-04-01 fiscal year 0 or less.
SELECT u.fiscal_year, u.delivery_region, purchase_count(u.summary)
FROM (SELECT spend_agg_by_fiscal_year_region(d, '05', 1.00, '{}', false, NULL, NULL) AS a
      FROM (VALUES (date 'infinity'), ('0001-03-31'), ('0001-04-01')) AS t(d)) AS s,
     unnest(s.a) AS u;

-- Errors, as spend_agg raises them.
SELECT spend_agg_by_fiscal_year_region('2021-01-01', '05', 'NaN', '{}', false, NULL, NULL);
SELECT spend_agg_by_fiscal_year_region('2021-01-01', '05', a, '{quebec}', true, '05', NULL)
FROM (VALUES (92233720368547758.07), (0.01)) AS v(a);
-- The support functions take an internal state: SQL cannot call them.
SELECT fiscal_year_region_agg_transfn(NULL::internal, '2021-01-01', '05', 1.00, '{}', false, NULL, NULL);

DROP FUNCTION ps_differences();
DROP VIEW ps_agg, ps_group_by;
DROP TABLE ps_gen, ps_rows;
DROP FUNCTION ps_show(fiscal_year_region_summary[]);

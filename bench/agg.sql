-- spend_agg and share_agg against plain SQL, on generated purchases.
--
-- Rows: 10,000,000 by default; BENCH_ROWS=1000000 make bench BENCH=agg
-- for a quicker run while developing.  Amounts are numeric(16,2),
-- log-normal (median about 400 $) with 2 % credit notes and 0.5 % of unknown
-- amount (NULL: no exchange rate); classes are random valid purchase classes
-- (origin, region, eco, food, group purchase), a fifth of the purchases
-- unknown on eco, a tenth on food, a tenth on group purchase.
\getenv rows BENCH_ROWS
\if :{?rows}
\else
\set rows 10000000
\endif

SELECT setseed(0.2022);
CREATE UNLOGGED TABLE bench.purchases AS
SELECT i AS id,
       CASE WHEN a >= 0.005 THEN
       ((CASE WHEN random() < 0.02 THEN -1 ELSE 1 END)
        * round(exp(6 + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, 2))::numeric(16,2)
       END AS amount,
       ('{' || concat_ws(',',
            CASE WHEN o < 0.6 THEN 'quebec' WHEN o < 0.9 THEN 'outside_quebec' END,
            CASE WHEN o < 0.6 AND r < 0.5 THEN 'regional' WHEN r < 0.8 THEN 'outside_region' END,
            CASE WHEN e < 0.1 THEN 'eco' WHEN e < 0.3 THEN 'eco_unknown' END,
            CASE WHEN f < 0.2 THEN 'food' WHEN f < 0.3 THEN 'food_unknown' END,
            CASE WHEN f < 0.1 THEN 'quebec_food' WHEN f < 0.13 OR f BETWEEN 0.2 AND 0.3 THEN 'quebec_food_unknown' END,
            CASE WHEN g < 0.3 THEN 'group_purchase' WHEN g < 0.4 THEN 'group_purchase_unknown' END) || '}')::cag_ovt.purchase_class AS class
FROM (SELECT i, random() AS a, random() AS o, random() AS r, random() AS e, random() AS f, random() AS g
      FROM generate_series(1, :rows) AS i) AS gen;
VACUUM ANALYZE bench.purchases;

-- Same answer as plain SQL before timing anything.
DO $$
DECLARE
    s cag_ovt.spend_summary;
    n bigint;
    total numeric;
    eco numeric;
    eco_unknown numeric;
    unpriced bigint;
BEGIN
    SELECT cag_ovt.spend_agg(amount, class), count(*), sum(amount),
           sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}'),
           sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.?) 'eco_unknown'),
           count(*) FILTER (WHERE amount IS NULL)
      INTO s, n, total, eco, eco_unknown, unpriced FROM bench.purchases;
    IF cag_ovt.purchase_count(s) <> n OR cag_ovt.total_amount(s) <> total
       OR cag_ovt.amount(s, 'eco') <> eco OR cag_ovt.amount(s, 'eco_unknown') <> eco_unknown
       OR cag_ovt.unpriced_count(s) <> unpriced OR unpriced = 0 THEN
        RAISE EXCEPTION 'spend_agg disagrees with sum(): % / % / % / % / %', s, total, eco, eco_unknown, unpriced;
    END IF;
END
$$;

-- The summary stays fixed-size: 152 bytes, whatever it summarizes.
DO $$
BEGIN
    IF (SELECT t.typlen FROM pg_catalog.pg_type t
        WHERE t.oid = 'cag_ovt.spend_summary'::pg_catalog.regtype) <> 152
       OR (SELECT pg_catalog.pg_column_size(cag_ovt.spend_agg(amount, class)) FROM bench.purchases) <> 152 THEN
        RAISE EXCEPTION 'spend_summary is no longer 152 bytes';
    END IF;
END
$$;

-- 1. One summary (every flag) against a single sum, serial plans.
SELECT bench.compare('spend_agg(amount, class) vs sum(amount)',
    $$SELECT sum(amount) FROM bench.purchases$$,
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    '<= 1.0', 3, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

-- 2. Against the plain-SQL formulation of the same summary: count and sum,
-- overall and FILTERed by every flag of 1.1, the sum of the amounts unknown
-- on each dimension, and the count of purchases of unknown amount.
SELECT bench.compare('spend_agg vs count/sum FILTER for every flag',
    $$SELECT count(*), sum(amount),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_quebec}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_quebec}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec,regional}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec,regional}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_region}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_region}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food,quebec_food}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food,quebec_food}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{group_purchase}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{group_purchase}'),
             sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.?) 'eco_unknown'),
             sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.?) 'food_unknown'),
             sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.?) 'quebec_food_unknown'),
             sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.?) 'group_purchase_unknown'),
             count(*) FILTER (WHERE amount IS NULL)
      FROM bench.purchases$$,
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    '<= 0.4', 3, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

-- 3. Parallel speed-up: the same query without and with 2 workers.
SELECT bench.compare('spend_agg with 2 parallel workers vs none',
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    '<= 0.588 (speed-up >= 1.7)', 5, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=2');

-- 4. share_agg against its plain-SQL formulation, serial plans.
SELECT bench.compare('share_agg vs sum FILTER / sum',
    $$SELECT sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}') / sum(amount) FROM bench.purchases$$,
    $$SELECT cag_ovt.share_agg(amount, class OPERATOR(cag_ovt.@>) '{eco}') FROM bench.purchases$$,
    NULL, 3, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

-- 5. Moving windows cost O(1) per row (inverse transition): a 1001-row
-- frame takes as long as a 12-row frame, on the first million rows.
SELECT bench.compare('spend_agg OVER ROWS 1000 PRECEDING vs ROWS 11 PRECEDING',
    $$SELECT count(w) FROM (SELECT cag_ovt.spend_agg(amount, class) OVER (ORDER BY id ROWS 11 PRECEDING) AS w
                            FROM bench.purchases WHERE id <= 1000000) AS s$$,
    $$SELECT count(w) FROM (SELECT cag_ovt.spend_agg(amount, class) OVER (ORDER BY id ROWS 1000 PRECEDING) AS w
                            FROM bench.purchases WHERE id <= 1000000) AS s$$,
    '~ 1 (O(1) per row)', 3, least(:rows, 1000000),
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

DROP TABLE bench.purchases;

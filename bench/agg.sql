-- spend_agg and share_agg against plain SQL, on generated purchases.
--
-- Rows: 10,000,000 by default; BENCH_ROWS=1000000 make bench BENCH=agg
-- for a quicker run while developing.  Amounts are numeric(16,2),
-- log-normal (median about 400 $) with 2 % credit notes; classes are random
-- valid purchase classes (origin, region, eco, food, group purchase).
\getenv rows BENCH_ROWS
\if :{?rows}
\else
\set rows 10000000
\endif

SELECT setseed(0.2022);
CREATE UNLOGGED TABLE bench.purchases AS
SELECT i AS id,
       ((CASE WHEN random() < 0.02 THEN -1 ELSE 1 END)
        * round(exp(6 + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, 2))::numeric(16,2) AS amount,
       ('{' || concat_ws(',',
            CASE WHEN o < 0.6 THEN 'quebec' WHEN o < 0.9 THEN 'outside_quebec' END,
            CASE WHEN o < 0.6 AND r < 0.5 THEN 'regional' WHEN r < 0.8 THEN 'outside_region' END,
            CASE WHEN e < 0.1 THEN 'eco' END,
            CASE WHEN f < 0.2 THEN 'food' END,
            CASE WHEN f < 0.1 THEN 'quebec_food' END,
            CASE WHEN g < 0.3 THEN 'group_purchase' END) || '}')::cag_ovt.purchase_class AS class
FROM (SELECT i, random() AS o, random() AS r, random() AS e, random() AS f, random() AS g
      FROM generate_series(1, :rows) AS i) AS gen;
VACUUM ANALYZE bench.purchases;

-- Same answer as plain SQL before timing anything.
DO $$
DECLARE
    s cag_ovt.spend_summary;
    n bigint;
    total numeric;
    eco numeric;
BEGIN
    SELECT cag_ovt.spend_agg(amount, class), count(*), sum(amount),
           sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}')
      INTO s, n, total, eco FROM bench.purchases;
    IF cag_ovt.purchase_count(s) <> n OR cag_ovt.total_amount(s) <> total
       OR cag_ovt.amount(s, 'eco') <> eco THEN
        RAISE EXCEPTION 'spend_agg disagrees with sum(): % / % / %', s, total, eco;
    END IF;
END
$$;

-- 1. One summary (every flag) against a single sum, serial plans.
SELECT bench.compare('spend_agg(amount, class) vs sum(amount)',
    $$SELECT sum(amount) FROM bench.purchases$$,
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    '<= 1.25', 3, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

-- 2. Against the plain-SQL formulation of the same summary: count and sum,
-- overall and FILTERed by every flag.
SELECT bench.compare('spend_agg vs count/sum FILTER for every flag',
    $$SELECT count(*), sum(amount),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_quebec}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_quebec}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec,regional}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec,regional}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_region}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{outside_region}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{eco}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food,quebec_food}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{food,quebec_food}'),
             count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{group_purchase}'), sum(amount) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{group_purchase}')
      FROM bench.purchases$$,
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    '<= 0.5', 3, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

-- 3. Parallel speed-up: the same query without and with 2 workers.
SELECT bench.compare('spend_agg with 2 parallel workers vs none',
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    $$SELECT cag_ovt.spend_agg(amount, class) FROM bench.purchases$$,
    '<= 0.667 (speed-up >= 1.5)', 5, :rows,
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

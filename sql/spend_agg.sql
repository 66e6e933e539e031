--
-- spend_agg and rollup: exact, parallel, partitionwise, moving windows
--
SET search_path = cag_ovt, public;

-- Exactness: amounts whose float sum is wrong.
SELECT sum(a::float8) AS float_sum, sum(a::float8) = 1 AS float_exact,
       total_amount(spend_agg(a, '{}')) AS exact
FROM (SELECT 0.10 AS a FROM generate_series(1, 10)) AS t;
SELECT sum(a::float8)::numeric AS float_sum, sum(a) AS numeric_sum,
       total_amount(spend_agg(a, '{quebec}')) AS exact
FROM (VALUES (90071992547409.93), (0.01), (0.01), (0.01)) AS t(a);

-- More than two decimals: rounded to the cent, half away from zero, before
-- summing (so two half cents make two cents, not one).
SELECT a, amount_cents(a), total_amount(spend_agg(a, '{}'))
FROM (VALUES (0.005), (-0.005), (0.0049999), (-0.0049999), (1.115), (2.675), (-2.675),
             (0.125), (0.0000000001), (12.344999), (12.345), (99.995)) AS t(a)
GROUP BY a ORDER BY a;
SELECT total_amount(spend_agg(a, '{}')) AS two_half_cents
FROM (VALUES (0.005), (0.005)) AS t(a);

-- Credit notes (negative amounts) are summed as they are, flags included.
SELECT s
FROM (SELECT spend_agg(a, c) AS s
      FROM (VALUES (500.00, '{quebec,eco}'::purchase_class), (-120.25, '{quebec,eco}'),
                   (-30.00, '{outside_quebec}')) AS t(a, c)) AS x;

-- Empty input gives the empty summary, whose shares are NULL.
SELECT spend_agg(a, c) AS empty, purchase_count(spend_agg(a, c)), quebec_share(spend_agg(a, c))
FROM (VALUES (1.00, '{quebec}'::purchase_class)) AS t(a, c) WHERE false;
-- A NULL class skips the row; a NULL amount is a purchase whose amount is
-- unknown (1.2: 1.1 skipped it), counted with its flags but no amount.
SELECT spend_agg(a, c) AS all_null, eco_share(spend_agg(a, c))
FROM (VALUES (NULL::numeric, '{eco}'::purchase_class), (10.00, NULL), (NULL, NULL)) AS t(a, c);
SELECT purchase_count(s), unpriced_count(s), total_amount(s), purchase_count(s, 'eco'),
       amount(s, 'eco'), coverage(s, 'amount')
FROM (SELECT spend_agg(a, c) AS s
      FROM (VALUES (NULL::numeric, '{eco}'::purchase_class), (10.00, NULL), (7.00, '{eco}')) AS t(a, c)) AS x;

-- Overflow is an error, never a wrap: the total, a flag alone, an amount.
SELECT spend_agg(a, '{}') FROM (VALUES (50000000000000000.00), (50000000000000000.00)) AS t(a);
SELECT spend_agg(a, c)
FROM (VALUES (-50000000000000000.00, '{}'::purchase_class), (50000000000000000.00, '{eco}'),
             (50000000000000000.00, '{eco}')) AS t(a, c);
SELECT spend_agg(a, '{}') FROM (VALUES (-50000000000000000.00), (-50000000000000000.00)) AS t(a);
-- (the flags are added two at a time: the second of a pair, downwards)
SELECT spend_agg(a, c)
FROM (VALUES (50000000000000000.00, '{}'::purchase_class), (-50000000000000000.00, '{group_purchase_unknown}'),
             (-50000000000000000.00, '{group_purchase_unknown}')) AS t(a, c);
SELECT spend_agg(92233720368547758.08, '{}');
SELECT spend_agg(-92233720368547758.085, '{}');
SELECT total_amount(spend_agg(92233720368547758.07, '{}')) AS largest,
       total_amount(spend_agg(-92233720368547758.08, '{}')) AS smallest;
SELECT spend_agg('NaN', '{}');
SELECT spend_agg('Infinity', '{}');
SELECT spend_agg('-Infinity', '{}');

-- A realistic set of purchases (agg_purchases: cag_ovt.purchases is the real table) over two fiscal years, five regions.
CREATE TABLE agg_purchases (id integer PRIMARY KEY, bought_on date, region text,
                        amount numeric(16,2), class purchase_class);
INSERT INTO agg_purchases
SELECT i,
       date '2020-04-01' + (i * 7) % 730,
       (ARRAY['Estrie', 'Montréal', 'Lanaudière', 'Nord-du-Québec', 'Capitale-Nationale'])[1 + i % 5],
       CASE WHEN i % 53 = 0 THEN NULL
            WHEN i % 41 = 0 THEN -((i * 7919) % 50000) / 100.0
            ELSE ((i::bigint * 104729) % 10000000) / 100.0 END,
       CASE WHEN i % 59 = 0 THEN NULL
            ELSE (ARRAY['{}', '{quebec}', '{quebec,regional}', '{quebec,outside_region,eco}',
                        '{outside_quebec,outside_region}', '{quebec,regional,food,quebec_food}',
                        '{outside_quebec,food}', '{eco,group_purchase}',
                        '{quebec,regional,eco,group_purchase}', '{food}',
                        '{outside_region}'])[1 + (i * 13) % 11]::purchase_class END
FROM generate_series(1, 6000) AS i;
ANALYZE agg_purchases;
SELECT spend_agg(amount, class) AS whole FROM agg_purchases \gset
SELECT :'whole'::spend_summary;

-- The summary agrees with the plain-SQL formulation, flag by flag.
SELECT f AS flag, purchase_count(:'whole', f) = n AS count_ok, amount(:'whole', f) = coalesce(a, 0) AS amount_ok
FROM (SELECT f, count(*) FILTER (WHERE class @> req) AS n, sum(amount) FILTER (WHERE class @> req) AS a
      FROM (VALUES ('quebec', '{quebec}'::purchase_class), ('outside_quebec', '{outside_quebec}'),
                   ('regional', '{quebec,regional}'), ('outside_region', '{outside_region}'),
                   ('eco', '{eco}'), ('food', '{food}'), ('quebec_food', '{food,quebec_food}'),
                   ('group_purchase', '{group_purchase}')) AS flags(f, req)
      CROSS JOIN agg_purchases
      WHERE class IS NOT NULL
      GROUP BY f) AS x
ORDER BY f;
SELECT purchase_count(:'whole') = count(*) AS count_ok, total_amount(:'whole') = sum(amount) AS total_ok,
       unpriced_count(:'whole') = count(*) FILTER (WHERE amount IS NULL) AS unpriced_ok
FROM agg_purchases WHERE class IS NOT NULL;

-- Per region.
SELECT region, purchase_count(s), total_amount(s), round(quebec_share(s), 4) AS quebec,
       round(regional_share(s), 4) AS regional, round(eco_share(s), 4) AS eco,
       round(quebec_food_share(s), 4) AS quebec_food, round(coverage(s, 'origin'), 4) AS origin_known
FROM (SELECT region, spend_agg(amount, class) AS s FROM agg_purchases GROUP BY region) AS x
ORDER BY region;

-- Two steps: store monthly summaries per region, roll them up.  The rollup
-- equals the aggregate over the union of the purchases, exactly.
CREATE TABLE monthly_spend AS
SELECT region, date_trunc('month', bought_on)::date AS month, spend_agg(amount, class) AS summary
FROM agg_purchases GROUP BY 1, 2;
SELECT count(*) AS months_x_regions FROM monthly_spend;
SELECT fiscal_year_label(m.month) AS fiscal_year, m.region,
       rollup(m.summary) = (SELECT spend_agg(amount, class) FROM agg_purchases p
                            WHERE fiscal_year(p.bought_on) = fiscal_year(min(m.month))
                              AND p.region = m.region) AS same
FROM monthly_spend m GROUP BY 1, 2 ORDER BY 1, 2;
SELECT rollup(summary) = :'whole' AS everything FROM monthly_spend;
SELECT fiscal_year_label(month) AS fiscal_year, purchase_count(rollup(summary)),
       total_amount(rollup(summary)), round(quebec_share(rollup(summary)), 6) AS quebec_share
FROM monthly_spend GROUP BY 1 ORDER BY 1;
-- + gives the same as rollup.
SELECT (SELECT rollup(summary) FROM monthly_spend WHERE region = 'Estrie')
       + (SELECT rollup(summary) FROM monthly_spend WHERE region <> 'Estrie') = :'whole' AS plus;
-- rollup skips NULL summaries; over nothing it is the empty summary.
SELECT purchase_count(rollup(s)) FROM (VALUES (NULL::spend_summary)) AS t(s);
SELECT rollup(s) = (SELECT rollup(summary) FROM monthly_spend) AS with_nulls
FROM (SELECT summary FROM monthly_spend UNION ALL SELECT NULL) AS t(s);
-- Stored summaries travel through COPY in binary and keep their rollup.
SELECT '/tmp/cag_ovt_spend_agg_' || pg_backend_pid() AS f \gset
COPY monthly_spend TO :'f' (FORMAT binary);
CREATE TABLE monthly_spend_copy (LIKE monthly_spend);
COPY monthly_spend_copy FROM :'f' (FORMAT binary);
SELECT rollup(summary) = :'whole' AS binary_copy FROM monthly_spend_copy;
TRUNCATE monthly_spend_copy;
COPY monthly_spend TO :'f';
COPY monthly_spend_copy FROM :'f';
SELECT rollup(summary) = :'whole' AS text_copy FROM monthly_spend_copy;

-- Moving windows use the inverse transition; each frame equals the
-- aggregate recomputed from scratch (NULL rows included in the input).
SELECT count(*) AS rows, count(*) FILTER (WHERE moving IS DISTINCT FROM naive) AS different
FROM (SELECT p.id,
             spend_agg(amount, class) OVER (ORDER BY id ROWS 11 PRECEDING) AS moving,
             (SELECT spend_agg(q.amount, q.class) FROM agg_purchases q
              WHERE q.id BETWEEN p.id - 11 AND p.id) AS naive
      FROM agg_purchases p) AS x;
SELECT count(*) FILTER (WHERE moving IS DISTINCT FROM naive) AS different
FROM (SELECT p.id,
             spend_agg(amount, class) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND 2 FOLLOWING) AS moving,
             (SELECT spend_agg(q.amount, q.class) FROM agg_purchases q
              WHERE q.id BETWEEN p.id - 3 AND p.id + 2) AS naive
      FROM agg_purchases p) AS x;
-- rollup over a 12-month moving window of monthly summaries.
SELECT to_char(month, 'YYYY-MM') AS month, purchase_count(moving),
       round(quebec_share(moving), 6) AS quebec_share_12_months,
       moving = naive AS same
FROM (SELECT month,
             rollup(s) OVER (ORDER BY month ROWS 11 PRECEDING) AS moving,
             (SELECT rollup(summary) FROM monthly_spend m2
              WHERE m2.month BETWEEN m.month - interval '11 months' AND m.month) AS naive
      FROM (SELECT month, rollup(summary) AS s FROM monthly_spend GROUP BY month) AS m) AS x
ORDER BY month;
-- Called directly, the inverse functions refuse to leave an impossible summary.
SELECT purchase_count(spend_agg_invfn(spend_agg_transfn(:'whole', 10.00, '{eco}'), 10.00, '{eco}'))
       = purchase_count(:'whole') AS add_then_remove;
SELECT spend_agg_invfn(spend_agg(1.00, '{}'), 1.00, '{eco}');
SELECT purchase_count(rollup_invfn(:'whole', :'whole')) AS nothing_left;
SELECT rollup_invfn(spend_agg(1.00, '{}'), :'whole');
-- and never change their argument.
SELECT spend_agg_transfn(:'whole', 1.00, '{}') <> :'whole'::spend_summary AS changed_copy,
       :'whole'::spend_summary = (SELECT spend_agg(amount, class) FROM agg_purchases) AS argument_intact;

-- Parallel: partial aggregates in the workers, combined in the leader, with
-- the same result as a serial plan.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT spend_agg(amount, class) FROM agg_purchases;
SELECT spend_agg(amount, class) = :'whole' AS parallel_same FROM agg_purchases;
EXPLAIN (COSTS OFF) SELECT region, spend_agg(amount, class) FROM agg_purchases GROUP BY region;
CREATE TABLE by_region_parallel AS SELECT region, spend_agg(amount, class) AS s FROM agg_purchases GROUP BY region;
EXPLAIN (COSTS OFF) SELECT rollup(summary) FROM monthly_spend;
SELECT rollup(summary) = :'whole' AS rollup_parallel_same FROM monthly_spend;
CREATE TABLE by_region_rollup_parallel AS SELECT region, rollup(summary) AS s FROM monthly_spend GROUP BY region;
RESET parallel_leader_participation;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT region, spend_agg(amount, class) FROM agg_purchases GROUP BY region;
SELECT r.region, r.s = p.s AS parallel_same, r.s = q.s AS rollup_parallel_same
FROM (SELECT region, spend_agg(amount, class) AS s FROM agg_purchases GROUP BY region) AS r
JOIN by_region_parallel p USING (region) JOIN by_region_rollup_parallel q USING (region)
ORDER BY r.region;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- Partitionwise aggregation over a partitioned table.
CREATE TABLE purchases_part (LIKE agg_purchases) PARTITION BY LIST (region);
CREATE TABLE purchases_part_est PARTITION OF purchases_part FOR VALUES IN ('Estrie', 'Lanaudière');
CREATE TABLE purchases_part_mtl PARTITION OF purchases_part FOR VALUES IN ('Montréal', 'Capitale-Nationale');
CREATE TABLE purchases_part_other PARTITION OF purchases_part DEFAULT;
INSERT INTO purchases_part SELECT * FROM agg_purchases;
ANALYZE purchases_part;
SET enable_partitionwise_aggregate = on;
SET max_parallel_workers_per_gather = 0;
-- grouped by the partition key: one complete aggregate per partition
EXPLAIN (COSTS OFF) SELECT region, spend_agg(amount, class) FROM purchases_part GROUP BY region;
SELECT r.region, r.s = p.s AS same
FROM (SELECT region, spend_agg(amount, class) AS s FROM purchases_part GROUP BY region) AS r
JOIN by_region_parallel p USING (region) ORDER BY r.region;
-- grouped by something else: partial aggregates per partition, combined
EXPLAIN (COSTS OFF) SELECT fiscal_year(bought_on), spend_agg(amount, class) FROM purchases_part GROUP BY 1;
SELECT a.fy, a.s = b.s AS same
FROM (SELECT fiscal_year(bought_on) AS fy, spend_agg(amount, class) AS s FROM purchases_part GROUP BY 1) AS a
JOIN (SELECT fiscal_year(bought_on) AS fy, spend_agg(amount, class) AS s FROM agg_purchases GROUP BY 1) AS b USING (fy)
ORDER BY a.fy;
EXPLAIN (COSTS OFF) SELECT spend_agg(amount, class) FROM purchases_part;
SELECT spend_agg(amount, class) = :'whole' AS same FROM purchases_part;
RESET enable_partitionwise_aggregate;
RESET max_parallel_workers_per_gather;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE agg_purchases, monthly_spend, monthly_spend_copy, by_region_parallel,
    by_region_rollup_parallel, purchases_part;

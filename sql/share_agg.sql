--
-- share_agg(amount, condition) and its state type share_state
--
SET search_path = cag_ovt, public;

-- The share of the amount where the condition holds; a NULL condition
-- counts as false, a NULL amount is skipped.
SELECT share_agg(a, c) AS share, sum(a) FILTER (WHERE c) / sum(a) AS plain_sql
FROM (VALUES (10.00, true), (30.00, NULL), (NULL, true), (60.00, false)) AS t(a, c);
-- Empty input, all-NULL amounts, and amounts adding up to zero give NULL.
SELECT share_agg(a, c) FROM (VALUES (10.00, true)) AS t(a, c) WHERE false;
SELECT share_agg(a, c) FROM (VALUES (NULL::numeric, true), (NULL, false)) AS t(a, c);
SELECT share_agg(a, c) FROM (VALUES (10.00, true), (-10.00, false)) AS t(a, c);
-- No matching row: 0; every row: 1.
SELECT share_agg(a, false) AS none, share_agg(a, true) AS all_rows
FROM (VALUES (10.00), (20.00)) AS t(a);
-- Credit notes count as they are.
SELECT share_agg(a, c) FROM (VALUES (100.00, true), (-25.00, true), (25.00, false)) AS t(a, c);
-- Exact: amounts are rounded to the cent, then summed as integers.
SELECT share_agg(a, c), sum(round(a, 2)) FILTER (WHERE c) / sum(round(a, 2)) AS plain_sql
FROM (VALUES (0.005, true), (0.005, false), (0.10, true), (1.115, false)) AS t(a, c);
SELECT share_agg(a, i % 3 = 0) AS exact, (sum(a::float8) FILTER (WHERE i % 3 = 0) / sum(a::float8))::numeric AS float
FROM (SELECT i, 0.10 AS a FROM generate_series(1, 30) AS i) AS t;

-- Errors: what spend_agg rejects.
SELECT share_agg(a, true) FROM (VALUES (50000000000000000.00), (50000000000000000.00)) AS t(a);
SELECT share_agg('NaN', true);
SELECT share_agg(1e20, true);

-- Against the plain-SQL formulation on generated purchases.
CREATE TABLE share_p (id integer PRIMARY KEY, amount numeric(16,2), class purchase_class, region text);
INSERT INTO share_p
SELECT i,
       CASE WHEN i % 47 = 0 THEN NULL
            WHEN i % 31 = 0 THEN -((i * 7919) % 50000) / 100.0
            ELSE ((i::bigint * 104729) % 10000000) / 100.0 END,
       CASE WHEN i % 43 = 0 THEN NULL
            ELSE (ARRAY['{}', '{quebec,eco}', '{eco,food}', '{outside_quebec}', '{quebec,regional}',
                        '{food,quebec_food,eco}', '{group_purchase}'])[1 + (i * 13) % 7]::purchase_class END,
       (ARRAY['Estrie', 'Laval', 'Côte-Nord'])[1 + i % 3]
FROM generate_series(1, 5000) AS i;
ANALYZE share_p;
SELECT share_agg(amount, class @> '{eco}') AS eco, sum(amount) FILTER (WHERE class @> '{eco}') / sum(amount) AS plain_sql,
       share_agg(amount, class @> '{eco}') = sum(amount) FILTER (WHERE class @> '{eco}') / sum(amount) AS same
FROM share_p;
-- A NULL class makes the condition NULL: the purchase counts, not as eco.
SELECT share_agg(amount, class @> '{eco}') = sum(amount) FILTER (WHERE class @> '{eco}')
           / sum(amount) AS same_as_filter,
       share_agg(amount, class @> '{eco}') = eco_share(spend_agg(amount, coalesce(class, '{}'))) AS same_as_spend_agg
FROM share_p;
SELECT region, round(share_agg(amount, class && '{food,eco}'), 8) AS food_or_eco
FROM share_p GROUP BY region ORDER BY region;

-- Moving windows use the inverse transition; each frame equals the
-- aggregate recomputed from scratch.
SELECT count(*) AS rows, count(*) FILTER (WHERE moving IS DISTINCT FROM naive) AS different
FROM (SELECT p.id,
             share_agg(amount, class @> '{eco}') OVER (ORDER BY id ROWS 11 PRECEDING) AS moving,
             (SELECT share_agg(q.amount, q.class @> '{eco}') FROM share_p q
              WHERE q.id BETWEEN p.id - 11 AND p.id) AS naive
      FROM share_p p) AS x;

-- Parallel: partial states combined, same result as a serial plan.
SELECT share_agg(amount, class @> '{quebec}') AS serial FROM share_p \gset
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT share_agg(amount, class @> '{quebec}') FROM share_p;
SELECT share_agg(amount, class @> '{quebec}') = :serial AS parallel_same FROM share_p;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- The state type: JSON text form with a version, exact round trips.
SELECT share_agg_transfn(share_agg_transfn(share_agg_transfn(
           '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
           12.345, true), 7.65, NULL), NULL, true) AS st \gset
SELECT :'st'::share_state, share_agg_final(:'st');
SELECT :'st'::share_state::jsonb;
SELECT s::text::share_state = s AS text, s::jsonb::share_state = s AS jsonb,
       s::json::share_state = s AS json, jsonb_pretty(s::jsonb)::share_state = s AS pretty
FROM (SELECT :'st'::share_state AS s) AS x;
SELECT share_agg_combine(:'st', :'st') AS doubled;
SELECT share_agg_final(share_agg_combine(:'st', :'st')) = share_agg_final(:'st') AS same_share;
SELECT share_agg_final(share_agg_invfn(:'st', 7.65, false)) AS after_removing_a_row;
-- Bad text input names the field.
SELECT '{"version": 1, "count": 1, "amount": 1.00, "matching_count": 0}'::share_state;
SELECT '{"version": 1, "count": 1, "amount": 1.00, "matching_count": 2, "matching_amount": 1.00}'::share_state;
SELECT '{"version": 1, "count": 1, "amount": 1.00, "matching_count": 1, "matching_amount": 0.50}'::share_state;
SELECT '{"version": 1, "count": 2, "amount": 1.00, "matching_count": 0, "matching_amount": 0.50}'::share_state;
SELECT '{"version": 2, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}'::share_state;
SELECT '{"version": 1, "count": 1, "amount": 1.0, "matching_count": 0, "matching_amount": 0.00}'::share_state;
SELECT '{"version": 1, "count": 1, "amount": 1.00, "matching_count": 0, "matching_amount": 0.00, "share": 0}'::share_state;
SELECT '{"version": 1, "count": 1, "amount": 1.00, "matching_count": 0, "matching_amount": 0.00'::share_state;
-- Removing what was never added is refused outside an aggregate.
SELECT share_agg_invfn(:'st', 100.00, true);
-- Binary round trip, and binary input validated like text input.
CREATE TABLE st_t (id integer, s share_state);
INSERT INTO st_t VALUES (1, :'st'), (2, '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}'), (3, NULL);
SELECT '/tmp/cag_ovt_share_agg_' || pg_backend_pid() AS f \gset
COPY st_t TO :'f' (FORMAT binary);
CREATE TABLE st_t2 (LIKE st_t);
COPY st_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM st_t a JOIN st_t2 b ON a.id = b.id AND a.s IS NOT DISTINCT FROM b.s;
CREATE FUNCTION pg_temp.copy_cmd(payload bytea) RETURNS text LANGUAGE sql AS $$
    SELECT 'printf ''' || string_agg('\' || (b >> 6)::text || ((b >> 3) & 7)::text || (b & 7)::text, '' ORDER BY i) || ''''
    FROM (SELECT i, get_byte(stream, i) AS b
          FROM (SELECT decode('5047434f50590aff0d0a00', 'hex') || '\x0000000000000000'::bytea
                       || '\x0001'::bytea || int4send(length(payload)) || payload || '\xffff'::bytea AS stream) AS s,
               generate_series(0, length(stream) - 1) AS i) AS x
$$;
SELECT share_state_send(:'st') AS sb \gset
SELECT length(:'sb'::bytea) AS binary_length;
CREATE TABLE st_b (s share_state);
SELECT pg_temp.copy_cmd(:'sb') AS cmd \gset
COPY st_b FROM PROGRAM :'cmd' (FORMAT binary);
-- version 0
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int4send(0) FROM 1)) AS cmd \gset
COPY st_b FROM PROGRAM :'cmd' (FORMAT binary);
-- matching_count (bytes 21 to 28) above count
SELECT pg_temp.copy_cmd(overlay(:'sb'::bytea PLACING int8send(3) FROM 21)) AS cmd \gset
COPY st_b FROM PROGRAM :'cmd' (FORMAT binary);
-- truncated
SELECT pg_temp.copy_cmd(substr(:'sb'::bytea, 1, 30)) AS cmd \gset
COPY st_b FROM PROGRAM :'cmd' (FORMAT binary);
SELECT s = :'st' AS same FROM st_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE share_p, st_t, st_t2, st_b;

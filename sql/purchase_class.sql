--
-- purchase_class: the set of flags a purchase carries
--
SET search_path = cag_ovt, public;

-- Output lists the flags in bit order; input takes any order, case, white
-- space and repeated names.
SELECT v, v::purchase_class AS class
FROM (VALUES ('{}'), (' { } '), ('{quebec}'), ('{eco,regional,quebec}'),
             ('{ QUEBEC , Regional,eco }'), ('{eco,eco,ECO}'),
             ('{outside_quebec,outside_region,food,quebec_food,group_purchase}'),
             ('{quebec_food,food}'), ('{group_purchase}'), ('{outside_region}'),
             (E'\t{quebec,\n regional}\n')) AS t(v);

-- Every flag, alone or with what it requires.
SELECT v::purchase_class, purchase_class_flags(v::purchase_class)
FROM (VALUES ('{quebec}'), ('{outside_quebec}'), ('{quebec,regional}'), ('{outside_region}'),
             ('{eco}'), ('{food}'), ('{food,quebec_food}'), ('{group_purchase}'),
             ('{quebec,regional,eco,food,quebec_food,group_purchase}'), ('{}'),
             ('{eco_unknown}'), ('{food_unknown,quebec_food_unknown}'), ('{food,quebec_food_unknown}'),
             ('{group_purchase_unknown}'),
             ('{eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}')) AS t(v);

-- Unknown on eco, food, Québec food and group purchase is a flag of its
-- own: a class written by 1.1 (no *_unknown flag) keeps its meaning, every
-- dimension known.  Origin and region say unknown with neither flag.
SELECT v::purchase_class AS class,
       CASE WHEN c ? 'quebec' THEN 'quebec' WHEN c ? 'outside_quebec' THEN 'outside' ELSE 'unknown' END AS origin,
       CASE WHEN c ? 'eco' THEN 'eco' WHEN c ? 'eco_unknown' THEN 'unknown' ELSE 'not eco' END AS eco,
       CASE WHEN c ? 'food' THEN 'food' WHEN c ? 'food_unknown' THEN 'unknown' ELSE 'not food' END AS food,
       CASE WHEN c ? 'quebec_food' THEN 'quebec food' WHEN c ? 'quebec_food_unknown' THEN 'unknown'
            ELSE 'not quebec food' END AS quebec_food,
       CASE WHEN c ? 'group_purchase' THEN 'group' WHEN c ? 'group_purchase_unknown' THEN 'unknown'
            ELSE 'not group' END AS group_purchase
FROM (VALUES ('{quebec,eco}'), ('{}'), ('{eco_unknown,food,quebec_food_unknown,group_purchase_unknown}'),
             ('{outside_quebec,food_unknown,quebec_food_unknown}')) AS t(v)
CROSS JOIN LATERAL (SELECT v::purchase_class AS c) AS x;

-- Bad input: every class, each with its own detail.
SELECT ''::purchase_class;
SELECT '   '::purchase_class;
SELECT 'quebec'::purchase_class;                 -- no braces
SELECT '[quebec]'::purchase_class;
SELECT '{quebec'::purchase_class;                -- not closed
SELECT '{quebec,'::purchase_class;
SELECT '{'::purchase_class;
SELECT '{,quebec}'::purchase_class;              -- empty names
SELECT '{quebec,}'::purchase_class;
SELECT '{quebec,,eco}'::purchase_class;
SELECT '{quebec eco}'::purchase_class;           -- no comma
SELECT '{quebec;eco}'::purchase_class;
SELECT '{"quebec"}'::purchase_class;             -- quotes are not part of the form
SELECT '{québec}'::purchase_class;               -- non-ASCII letter
SELECT '{eco2}'::purchase_class;
SELECT '{ecology}'::purchase_class;              -- unknown name
SELECT '{local}'::purchase_class;
SELECT ('{' || repeat('x', 100) || '}')::purchase_class;  -- long unknown name, cut in the detail
SELECT '{quebec} x'::purchase_class;             -- text after the braces
SELECT '{quebec}}'::purchase_class;
-- The invariants.
SELECT '{quebec,outside_quebec}'::purchase_class;
SELECT '{quebec,regional,outside_region}'::purchase_class;
SELECT '{regional}'::purchase_class;              -- regional implies quebec
SELECT '{outside_quebec,regional}'::purchase_class;
SELECT '{quebec_food}'::purchase_class;           -- quebec_food implies food
SELECT '{eco,eco_unknown}'::purchase_class;       -- a flag and its unknown exclude each other
SELECT '{food,food_unknown,quebec_food_unknown}'::purchase_class;
SELECT '{food,quebec_food,quebec_food_unknown}'::purchase_class;
SELECT '{group_purchase,group_purchase_unknown}'::purchase_class;
SELECT '{food_unknown}'::purchase_class;          -- unknown food, so unknown Québec food
SELECT '{quebec_food_unknown}'::purchase_class;   -- known not food: known not Québec food

-- NULL in, NULL out.
SELECT NULL::purchase_class, purchase_class_flags(NULL), NULL::purchase_class @> '{}';

-- Set operators.
SELECT a, b, a @> b AS contains, a <@ b AS contained, a && b AS overlaps, a & b AS intersection
FROM (VALUES ('{quebec,regional,eco}'::purchase_class, '{quebec}'::purchase_class),
             ('{quebec}', '{quebec,regional,eco}'),
             ('{quebec,eco}', '{eco,food}'),
             ('{quebec}', '{outside_quebec}'),
             ('{}', '{}'),
             ('{eco}', '{}'),
             ('{}', '{eco}'),
             ('{food,quebec_food}', '{food,quebec_food}')) AS t(a, b);
SELECT '{quebec}'::purchase_class | '{regional,quebec}' AS u1,
       '{eco}'::purchase_class | '{food,quebec_food}' AS u2,
       '{}'::purchase_class | '{}' AS u3,
       '{outside_quebec,food}'::purchase_class | '{outside_region,group_purchase}' AS u4;
-- Union re-checks the invariants: only the exclusive pairs can clash.
SELECT '{quebec}'::purchase_class | '{outside_quebec}';
SELECT '{quebec,regional}'::purchase_class | '{outside_region}';

-- Flag tests by name (?, ?|, ?&): a flag alone need not be a valid class.
SELECT c, c ? 'regional' AS regional, c ? 'QUEBEC' AS quebec, c ? 'outside_region' AS outside_region,
       c ?| '{eco,food}' AS eco_or_food, c ?& array['quebec', 'eco'] AS quebec_and_eco,
       c ?| '{}' AS any_of_none, c ?& '{}' AS all_of_none,
       c ?| array['eco', NULL] AS eco_or_null, c ?& array[NULL, 'quebec'] AS null_and_quebec
FROM (VALUES ('{}'::purchase_class), ('{quebec}'), ('{quebec,regional,eco}'),
             ('{outside_quebec,outside_region,food}'), ('{quebec,outside_region,food,quebec_food}')) AS t(c);
-- Every flag, by name and as a class: ? agrees with @>.
SELECT f, count(*) FILTER (WHERE c ? f) AS by_name,
       count(*) FILTER (WHERE CASE WHEN f = 'quebec_food_unknown'
                                   THEN c @> '{food,quebec_food_unknown}' OR c @> '{food_unknown,quebec_food_unknown}'
                                   ELSE c @> ('{' || f || CASE WHEN f = 'regional' THEN ',quebec'
                                                               WHEN f = 'quebec_food' THEN ',food'
                                                               WHEN f = 'food_unknown' THEN ',quebec_food_unknown'
                                                               ELSE '' END || '}')::purchase_class END) AS by_class
FROM unnest(ARRAY['quebec', 'outside_quebec', 'regional', 'outside_region', 'eco', 'food',
                  'quebec_food', 'group_purchase', 'eco_unknown', 'food_unknown', 'quebec_food_unknown',
                  'group_purchase_unknown']) AS f,
     (VALUES ('{}'::purchase_class), ('{quebec,regional,eco,group_purchase}'),
             ('{outside_quebec,outside_region,food}'), ('{quebec,outside_region,food,quebec_food}'),
             ('{quebec,eco}'), ('{eco_unknown,food_unknown,quebec_food_unknown}'),
             ('{food,quebec_food_unknown,group_purchase_unknown}')) AS t(c)
GROUP BY f ORDER BY f;
-- Multidimensional arrays count all their names; the functions behind the operators.
SELECT '{quebec,eco}'::purchase_class ?& '{{quebec,eco},{eco,quebec}}' AS all_2d,
       purchase_class_has_flag('{eco}', 'eco') AS has, purchase_class_has_any_flag('{eco}', '{food}') AS any,
       purchase_class_has_all_flags('{food,quebec_food}', '{food,quebec_food}') AS all;
-- NULL in, NULL out.
SELECT NULL::purchase_class ? 'eco' AS a, '{eco}'::purchase_class ? NULL AS b,
       '{eco}'::purchase_class ?| NULL AS c, NULL::purchase_class ?& '{eco}' AS d;
-- An unknown flag name is an error, even in a longer list (a NULL class gives NULL: strict).
SELECT '{quebec}'::purchase_class ? 'ecology';
SELECT '{quebec}'::purchase_class ? '';
SELECT '{quebec}'::purchase_class ? ' eco';                -- names are not trimmed
SELECT '{quebec}'::purchase_class ? 'écologique';
SELECT '{quebec}'::purchase_class ? repeat('é', 100);      -- cut in the message
SELECT '{quebec}'::purchase_class ?| array['eco', 'local'];
SELECT '{quebec}'::purchase_class ?& array['quebec', 'Regional', 'unknown'];
SELECT NULL::purchase_class ? 'ecology' AS strict_null;

-- Comparison follows the bits (int2); equality is set equality.
SELECT '{eco,quebec}'::purchase_class = '{quebec,eco}' AS eq,
       '{quebec}'::purchase_class < '{outside_quebec}' AS lt,
       '{eco}'::purchase_class <> '{food}' AS ne,
       '{group_purchase}'::purchase_class > '{quebec,regional,eco,food,quebec_food}' AS gt;

-- Storage, btree and hash indexes, selectivity from the statistics.
CREATE TABLE pc_t (id serial, c purchase_class);
INSERT INTO pc_t (c)
SELECT (ARRAY['{}', '{quebec}', '{quebec,regional}', '{outside_quebec,outside_region}',
              '{quebec,regional,eco}', '{food,quebec_food}', '{outside_quebec,food}',
              '{quebec,outside_region,group_purchase}'])[1 + i % 8]::purchase_class
FROM generate_series(0, 799) AS i;
INSERT INTO pc_t (c) VALUES (NULL);
ANALYZE pc_t;
SELECT c, count(*) FROM pc_t GROUP BY c ORDER BY c;
SELECT count(*) FILTER (WHERE c @> '{quebec}') AS quebec,
       count(*) FILTER (WHERE c <@ '{quebec,regional,eco}') AS within,
       count(*) FILTER (WHERE c && '{food,eco}') AS food_or_eco,
       count(DISTINCT c) AS distinct_classes
FROM pc_t;
-- The planner estimates @>, <@ and && from the column's statistics.
CREATE FUNCTION pg_temp.plan_rows(q text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    j json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;
    RETURN (j -> 0 -> 'Plan' ->> 'Plan Rows')::integer;
END
$$;
SELECT pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c @> '{quebec}'$$) AS quebec_est,
       pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c <@ '{quebec,regional,eco}'$$) AS within_est,
       pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c && '{food,eco}'$$) AS food_or_eco_est;
-- ... and ?, ?| and ?& likewise (matchingsel: exact over the common classes).
SELECT pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c ? 'quebec'$$) AS quebec_est,
       count(*) FILTER (WHERE c ? 'quebec') AS quebec,
       pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c ?| '{food,eco}'$$) AS food_or_eco_est,
       count(*) FILTER (WHERE c ?| '{food,eco}') AS food_or_eco,
       pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c ?& '{quebec,regional}'$$) AS quebec_regional_est,
       count(*) FILTER (WHERE c ?& '{quebec,regional}') AS quebec_regional,
       pg_temp.plan_rows($$SELECT * FROM pc_t WHERE c ? 'group_purchase'$$) AS group_est,
       count(*) FILTER (WHERE c ? 'group_purchase') AS group_purchase
FROM pc_t;
-- No index serves the flag tests; a partial index on a rare flag does.
CREATE INDEX pc_t_group ON pc_t (id) WHERE c ? 'group_purchase';
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pc_t WHERE c ? 'group_purchase' AND id < 50;
SELECT id FROM pc_t WHERE c ? 'group_purchase' AND id < 50 ORDER BY id;
RESET enable_seqscan;
DROP INDEX pc_t_group;
CREATE INDEX pc_t_btree ON pc_t (c);
CREATE INDEX pc_t_hash ON pc_t USING hash (c);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pc_t WHERE c = '{quebec,regional,eco}';
SELECT count(*) FROM pc_t WHERE c = '{eco,regional,quebec}';
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT c FROM pc_t WHERE c > '{outside_quebec,food}' ORDER BY c;
SELECT DISTINCT c FROM pc_t WHERE c > '{outside_quebec,food}' ORDER BY c;
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM pc_t a JOIN pc_t b USING (c);
RESET enable_mergejoin;
RESET enable_nestloop;

-- Binary round trip through COPY, text round trip through COPY.
SELECT '/tmp/cag_ovt_purchase_class_' || pg_backend_pid() AS f \gset
COPY pc_t TO :'f' (FORMAT binary);
CREATE TABLE pc_t2 (LIKE pc_t);
COPY pc_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM pc_t a JOIN pc_t2 b ON a.id = b.id AND a.c IS NOT DISTINCT FROM b.c;
COPY pc_t TO :'f';
TRUNCATE pc_t2;
COPY pc_t2 FROM :'f';
SELECT count(*) AS same FROM pc_t a JOIN pc_t2 b ON a.id = b.id AND a.c IS NOT DISTINCT FROM b.c;

-- Binary input validates like text input, and rejects unused bits.
CREATE TABLE pc_b (c purchase_class);
-- 0x1000: an unused bit
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\20\0\377\377"' (FORMAT binary);
-- 0x0110: eco and eco_unknown
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\1\20\377\377"' (FORMAT binary);
-- 0x0200: food_unknown without quebec_food_unknown
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\2\0\377\377"' (FORMAT binary);
-- 0x0400: quebec_food_unknown without food or food_unknown
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\4\0\377\377"' (FORMAT binary);
-- 0x0003: quebec and outside_quebec
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\0\3\377\377"' (FORMAT binary);
-- 0x000C: regional and outside_region
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\0\14\377\377"' (FORMAT binary);
-- 0x0004: regional without quebec
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\0\4\377\377"' (FORMAT binary);
-- 0x0040: quebec_food without food
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\0\100\377\377"' (FORMAT binary);
-- 4 bytes instead of 2
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\0\0\0\25\377\377"' (FORMAT binary);
-- 1 byte instead of 2
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\1\25\377\377"' (FORMAT binary);
-- 0x0015 = {quebec,regional,eco}, 0x00E0 = {food,quebec_food,group_purchase} and
-- 0x0F01 = {quebec,eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown} are accepted
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\0\25\0\1\0\0\0\2\0\340\0\1\0\0\0\2\17\1\377\377"' (FORMAT binary);
SELECT * FROM pc_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE pc_t, pc_t2, pc_b;

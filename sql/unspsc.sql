--
-- unspsc: UNSPSC codes, their hierarchy, "is within" and its index support
--
SET search_path = cag_ovt, public;

-- Accepted spellings; real codes of SEAO (unspscprincipale, OCDS
-- items[].classification.id) at every level.
SELECT v, v::unspsc AS unspsc, unspsc_level(v::unspsc)
FROM (VALUES ('50121500'), ('50-12-15-00'), ('50.12.15.00'), ('50 12 15 00'),
             ('  50121500 '), (E'\t50121500\n'), ('5012-1500'), ('50.121500'),
             ('72000000'), ('72100000'), ('81141830'), ('86000000'), ('24101603'),
             ('76120000'), ('43211908'), ('20068679'), ('10000000'), ('99999999')) AS t(v);

-- Bad input: every class, each with its own detail.
-- empty
SELECT ''::unspsc;
SELECT '   '::unspsc;
-- wrong number of digits
SELECT '5012150'::unspsc;
SELECT '501215000'::unspsc;
SELECT '50'::unspsc;
SELECT '50-12-15'::unspsc;
SELECT '50121500 12'::unspsc;
-- characters that have no place in a code, named with their position
SELECT '5012x500'::unspsc;
SELECT '50121500a'::unspsc;
SELECT '50_12_15_00'::unspsc;
SELECT '50/12/15/00'::unspsc;
SELECT E'50\t12\t15\t00'::unspsc;
SELECT '+50121500'::unspsc;
SELECT '50–12–15–00'::unspsc;        -- en dash
SELECT E'50\u00a012\u00a015\u00a000'::unspsc;
SELECT '５0121500'::unspsc;          -- full-width digit
-- misplaced or doubled separators
SELECT '501-21500'::unspsc;
SELECT '5-0121500'::unspsc;
SELECT '5012150-0'::unspsc;
SELECT '50--121500'::unspsc;
SELECT '50 - 12 - 15 - 00'::unspsc;
SELECT '-50121500'::unspsc;
SELECT '50121500.'::unspsc;
-- no segment below 10
SELECT '05121500'::unspsc;
SELECT '00000000'::unspsc;
SELECT '09-99-99-99'::unspsc;
-- hierarchy gaps: a non-zero pair after a 00 pair
SELECT '50001500'::unspsc;
SELECT '50000015'::unspsc;
SELECT '50120015'::unspsc;
SELECT '50000001'::unspsc;

-- is_valid_unspsc never raises.
SELECT left(v, 20) AS v, is_valid_unspsc(v)
FROM (VALUES ('50121500'), ('50-12-15-00'), ('50001500'), ('05121500'), (''), ('abc'),
             (repeat('5', 1000)), (E'\u00e9\u00e9'), (NULL)) AS t(v);

-- Every valid real value parses: the distinct unspscprincipale values of the
-- SEAO notices of January 2013 are all 8 digits without gaps.
SELECT count(*) AS codes, count(*) FILTER (WHERE is_valid_unspsc(v)) AS valid
FROM (VALUES ('72000000'), ('81141830'), ('81000000'), ('72100000'), ('41100000'),
             ('72130000'), ('72190000'), ('86000000'), ('80000000'), ('81100000'),
             ('30000000'), ('43000000'), ('95000000'), ('25101500'), ('50192100')) AS t(v);

-- NULL in, NULL out.
SELECT NULL::unspsc, unspsc_segment(NULL), unspsc_family(NULL), unspsc_class(NULL),
       unspsc_level(NULL), unspsc_path(NULL), unspsc_range_end(NULL),
       '50000000'::unspsc <@ NULL AS within, NULL @> '50000000'::unspsc AS contains;

-- The hierarchy, at every level.
SELECT c, unspsc_level(c), unspsc_segment(c), unspsc_family(c), unspsc_class(c),
       unspsc_path(c), unspsc_range_end(c)
FROM (VALUES ('50000000'::unspsc), ('50120000'), ('50121500'), ('50121537'),
             ('10000000'), ('99999999')) AS t(c);

-- "Is within" (<@) and "contains" (@>) between every pair of levels: a code
-- is within itself and its ancestors, and nothing else.
CREATE TABLE unspsc_levels (c unspsc);
INSERT INTO unspsc_levels VALUES ('50000000'), ('50120000'), ('50121500'), ('50121537'),
  ('50121600'), ('50130000'), ('51000000'), ('51121500'), ('49999999');
SELECT a.c AS a, string_agg(b.c::text, ' ' ORDER BY b.c) AS "a <@ b for b in"
FROM unspsc_levels a JOIN unspsc_levels b ON a.c <@ b.c
GROUP BY a.c ORDER BY a.c;
SELECT a.c AS a, string_agg(b.c::text, ' ' ORDER BY b.c) AS "a @> b for b in"
FROM unspsc_levels a JOIN unspsc_levels b ON a.c @> b.c
GROUP BY a.c ORDER BY a.c;
-- the operators agree with each other, with the functions and with the
-- ancestors
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (a.c <@ b.c) = (b.c @> a.c)) AS commute,
       count(*) FILTER (WHERE (a.c <@ b.c) = unspsc_within(a.c, b.c)
                          AND (a.c @> b.c) = unspsc_contains(a.c, b.c)) AS functions,
       count(*) FILTER (WHERE (a.c <@ b.c) = (b.c = ANY (unspsc_path(a.c)))) AS paths,
       count(*) FILTER (WHERE (a.c <@ b.c) = (a.c BETWEEN b.c AND unspsc_range_end(b.c))) AS ranges
FROM unspsc_levels a, unspsc_levels b;

-- Comparison follows the number; text cast both ways.
SELECT c FROM unspsc_levels ORDER BY c DESC;
SELECT '50121500'::unspsc < '50121537'::unspsc AS lt,
       '50-12-15-00'::unspsc = '50121500'::unspsc AS eq,
       '50121500'::unspsc::text AS text, '50121500'::text::unspsc AS unspsc;

-- Storage, btree and hash indexes; the index answers <@ and @>.
CREATE TABLE unspsc_t (id serial, c unspsc);
INSERT INTO unspsc_t (c)
SELECT (s * 1000000 + f * 10000 + k * 100 + m)::text::unspsc
FROM generate_series(10, 95, 5) s, generate_series(0, 12) f, generate_series(0, 6) k,
     generate_series(0, 4) m
WHERE (f > 0 OR k = 0) AND (k > 0 OR m = 0);
INSERT INTO unspsc_t (c) VALUES (NULL);
SELECT count(*), count(c), min(c), max(c), pg_column_size(min(c)) FROM unspsc_t;
CREATE INDEX unspsc_t_btree ON unspsc_t (c);
CREATE INDEX unspsc_t_hash ON unspsc_t USING hash (c);
ANALYZE unspsc_t;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM unspsc_t WHERE c = '50121500';
SET enable_bitmapscan = off;
-- col <@ constant: a range (a segment, a family, a class), or = for a commodity
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c <@ '50000000';
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c <@ '50120000';
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c <@ '50120300';
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c <@ '50120304';
-- constant @> col: the same
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE '50120000' @> c;
-- col @> constant and constant <@ col: the codes of the constant's path
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c @> '50120304';
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE '50120300' <@ c;
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c @> '50000000';
-- the functions behind the operators are indexable too
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE unspsc_within(c, '50120000');
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE unspsc_contains(c, '50120304');
-- combined with other conditions
EXPLAIN (COSTS OFF) SELECT c FROM unspsc_t WHERE c <@ '50000000' AND c > '50050000';
-- a parameter (generic plan): the range end and the path are computed at run time
PREPARE within_p(unspsc) AS SELECT count(*) FROM unspsc_t WHERE c <@ $1;
PREPARE contains_p(unspsc) AS SELECT count(*) FROM unspsc_t WHERE c @> $1;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE within_p('50120000');
EXPLAIN (COSTS OFF) EXECUTE contains_p('50120304');
EXECUTE within_p('50000000');
EXECUTE within_p('50120000');
EXECUTE within_p('50120300');
EXECUTE within_p('50120304');
EXECUTE contains_p('50120304');
EXECUTE contains_p('50000000');
RESET plan_cache_mode;
-- a join: an index scan per row of the outer side (the outer side is
-- scanned sequentially: enable_seqscan is on for it)
CREATE TABLE unspsc_cat (name text, c unspsc);
INSERT INTO unspsc_cat VALUES ('food', '50000000'), ('it', '43000000'),
  ('a family', '25120000'), ('a class', '30050300'), ('a commodity', '30050304');
ANALYZE unspsc_cat;
RESET enable_seqscan;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF)
SELECT k.name, t.c FROM unspsc_cat k JOIN unspsc_t t ON t.c <@ k.c;
SELECT k.name, count(*) FROM unspsc_cat k JOIN unspsc_t t ON t.c <@ k.c GROUP BY k.name ORDER BY 1;
EXPLAIN (COSTS OFF)
SELECT k.name, t.c FROM unspsc_cat k JOIN unspsc_t t ON t.c @> k.c;
SELECT k.name, count(*) FROM unspsc_cat k JOIN unspsc_t t ON t.c @> k.c GROUP BY k.name ORDER BY 1;
RESET enable_hashjoin;
RESET enable_mergejoin;
SET enable_seqscan = off;

-- For every code of the table, the rows the index finds within it are the
-- rows that have it on their path, and the rows it finds containing it are
-- the codes of its path (the table holds every ancestor of its codes).
SET jit = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM unspsc_t t WHERE t.c <@ '50000000';
WITH by_path AS (
    SELECT a AS k, count(*) AS n FROM unspsc_t, unnest(unspsc_path(c)) AS a GROUP BY a),
codes AS (SELECT DISTINCT c AS k FROM unspsc_t WHERE c IS NOT NULL),
by_index AS (
    SELECT k, (SELECT count(*) FROM unspsc_t t WHERE t.c <@ codes.k) AS n,
           (SELECT count(*) FROM unspsc_t t WHERE t.c @> codes.k) AS up
    FROM codes)
SELECT count(*) AS codes,
       count(*) FILTER (WHERE p.n = i.n) AS "within: same",
       count(*) FILTER (WHERE i.up = cardinality(unspsc_path(i.k))) AS "contains: same"
FROM by_path p FULL JOIN by_index i USING (k);
RESET jit;
-- The index gives the same rows as a sequential scan, for every code of the
-- table and every form.
CREATE TEMP TABLE via_index AS
SELECT k.c AS k, 'within' AS op, array_agg(t.id ORDER BY t.id) AS ids
FROM unspsc_levels k, unspsc_t t WHERE t.c <@ k.c GROUP BY k.c
UNION ALL
SELECT k.c, 'contains', array_agg(t.id ORDER BY t.id)
FROM unspsc_levels k, unspsc_t t WHERE t.c @> k.c GROUP BY k.c;
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SET enable_indexonlyscan = off;
CREATE TEMP TABLE via_seqscan AS
SELECT k.c AS k, 'within' AS op, array_agg(t.id ORDER BY t.id) AS ids
FROM unspsc_levels k, unspsc_t t WHERE t.c <@ k.c GROUP BY k.c
UNION ALL
SELECT k.c, 'contains', array_agg(t.id ORDER BY t.id)
FROM unspsc_levels k, unspsc_t t WHERE t.c @> k.c GROUP BY k.c;
SELECT (SELECT count(*) FROM via_index) AS via_index,
       (SELECT sum(cardinality(ids)) FROM via_index) AS rows,
       (SELECT count(*) FROM (SELECT * FROM via_index EXCEPT SELECT * FROM via_seqscan) d) AS missing,
       (SELECT count(*) FROM (SELECT * FROM via_seqscan EXCEPT SELECT * FROM via_index) d) AS extra;
RESET enable_indexscan;
RESET enable_bitmapscan;
RESET enable_indexonlyscan;

-- Selectivity estimates (the tables are analyzed in full, so they do not vary).
CREATE FUNCTION pg_temp.estimate(q text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE p json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO p;
    RETURN (p -> 0 -> 'Plan' ->> 'Plan Rows')::integer;
END $$;
CREATE FUNCTION pg_temp.actual(q text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
    EXECUTE q INTO n;
    RETURN n;
END $$;
SELECT q, pg_temp.estimate('SELECT * FROM ' || q) AS estimate,
       pg_temp.actual('SELECT count(*) FROM ' || q) AS actual
FROM (VALUES ('unspsc_t WHERE c <@ ''50000000'''),
             ('unspsc_t WHERE c <@ ''50120000'''),
             ('unspsc_t WHERE c <@ ''50120300'''),
             ('unspsc_t WHERE c <@ ''50120304'''),
             ('unspsc_t WHERE c @> ''50120304'''),
             ('unspsc_t WHERE unspsc_within(c, ''50000000'')'),
             ('unspsc_t WHERE ''50000000'' @> c'),
             -- joins: each side against a sample of the other
             ('unspsc_cat k JOIN unspsc_t t ON t.c <@ k.c'),
             ('unspsc_cat k JOIN unspsc_t t ON k.c @> t.c'),
             ('unspsc_cat k JOIN unspsc_t t ON t.c @> k.c'),
             ('unspsc_t a JOIN unspsc_t b ON a.c <@ b.c WHERE b.c <@ ''50000000'''),
             ('unspsc_t t WHERE EXISTS (SELECT FROM unspsc_cat k WHERE t.c <@ k.c)'),
             ('unspsc_t t WHERE NOT EXISTS (SELECT FROM unspsc_cat k WHERE t.c <@ k.c)'),
             ('unspsc_cat k WHERE EXISTS (SELECT FROM unspsc_t t WHERE t.c <@ k.c)')
     ) AS t(q);

-- Binary round trip through COPY, text round trip through COPY.
SELECT '/tmp/cag_ovt_unspsc_' || pg_backend_pid() AS f \gset
COPY unspsc_t TO :'f' (FORMAT binary);
CREATE TABLE unspsc_t2 (LIKE unspsc_t);
COPY unspsc_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM unspsc_t a JOIN unspsc_t2 b ON a.id = b.id AND a.c IS NOT DISTINCT FROM b.c;
COPY unspsc_t TO :'f';
TRUNCATE unspsc_t2;
COPY unspsc_t2 FROM :'f';
SELECT count(*) AS same FROM unspsc_t a JOIN unspsc_t2 b ON a.id = b.id AND a.c IS NOT DISTINCT FROM b.c;
-- the binary form is the number as an int4
SELECT unspsc_send('50121500'), int4send(50121500);

-- Binary input validates like text input: crafted binary COPY streams.
CREATE TABLE unspsc_b (c unspsc);
-- 50121500 = 0x02FCCB1C is accepted
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\2\374\313\34\377\377"' (FORMAT binary);
-- 50001500 = 0x02FAF65C: hierarchy gap
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\2\372\366\134\377\377"' (FORMAT binary);
-- 5121500 = 0x004E25DC: 7 digits
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\0\116\45\334\377\377"' (FORMAT binary);
-- -1 = 0xFFFFFFFF
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\377\377\377\377\377\377"' (FORMAT binary);
-- 100000000 = 0x05F5E100: 9 digits
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\5\365\341\0\377\377"' (FORMAT binary);
-- 2 bytes instead of 4
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\2\374\377\377"' (FORMAT binary);
-- 8 bytes instead of 4
COPY unspsc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\10\0\0\0\0\2\374\313\34\377\377"' (FORMAT binary);
SELECT * FROM unspsc_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE unspsc_levels, unspsc_t, unspsc_t2, unspsc_b, unspsc_cat;

--
-- neq: Québec enterprise number
--
SET search_path = cag_ovt, public;

-- Real NEQs that pass the check (DOMAIN.md), in the spellings files use.
SELECT v, v::neq AS neq, neq_legal_form(v::neq)
FROM (VALUES ('1149222300'), ('1142177600'), ('1142851337'), ('1148214522'),
             ('  1149222300 '), ('1149-222-300'), ('11 4922 2300'), ('1-1-4-9-2-2-2-3-0-0'),
             ('2260000007'), ('3360000007'), ('8800000000'), ('4400000000')) AS t(v);

-- Bad input: every class, each with its own detail.
SELECT ''::neq;
SELECT '   '::neq;
SELECT '114922230'::neq;          -- 9 digits
SELECT '11492223001'::neq;        -- 11 digits
SELECT '1149222301'::neq;         -- wrong check digit
SELECT '11492223O0'::neq;         -- letter O
SELECT '1149222300x'::neq;        -- trailing garbage
SELECT '1149 – 222300'::neq;      -- non-ASCII dash
SELECT '1149--222300'::neq;       -- doubled separator
SELECT '-1149222300'::neq;        -- leading separator
SELECT '1149222300-'::neq;        -- trailing separator
SELECT E'1149\t222300'::neq;      -- tab inside

-- is_valid_neq never raises.
SELECT left(v, 20) AS v, is_valid_neq(v)
FROM (VALUES ('1149222300'), ('1149222301'), (''), ('abc'), (repeat('1', 1000)),
             (E'\u00e9\u00e9'), ('1149 222 300'), (NULL)) AS t(v);

-- NULL in, NULL out.
SELECT NULL::neq, neq_legal_form(NULL);

-- Comparison follows the number.
SELECT '1142177600'::neq < '1149222300'::neq AS lt,
       '1149222300'::neq = '1149-222-300'::neq AS eq,
       '1149222300'::neq <> '1142177600'::neq AS ne,
       '1149222300'::neq >= '1149222300'::neq AS ge;

-- Storage, btree and hash indexes.
CREATE TABLE neq_t (id serial, n neq);
INSERT INTO neq_t (n) SELECT v::neq FROM (VALUES ('1149222300'), ('1142177600'),
  ('1142851337'), ('1148214522'), (NULL)) AS t(v);
SELECT n FROM neq_t ORDER BY n;
SELECT count(DISTINCT n) FROM neq_t;
CREATE INDEX neq_t_btree ON neq_t (n);
CREATE INDEX neq_t_hash ON neq_t USING hash (n);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM neq_t WHERE n = '1149222300';
SELECT id FROM neq_t WHERE n = '1149222300';
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT n FROM neq_t WHERE n > '1142177600' ORDER BY n;
SELECT n FROM neq_t WHERE n > '1142177600' ORDER BY n;
RESET enable_seqscan;
RESET enable_bitmapscan;
-- hash join and hash aggregate use the hash opclass
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.id FROM neq_t a JOIN neq_t b USING (n);
RESET enable_mergejoin;
RESET enable_nestloop;

-- Binary round trip through COPY, text round trip through COPY.
SELECT '/tmp/cag_ovt_neq_' || pg_backend_pid() AS f \gset
COPY neq_t TO :'f' (FORMAT binary);
CREATE TABLE neq_t2 (LIKE neq_t);
COPY neq_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM neq_t a JOIN neq_t2 b ON a.id = b.id AND a.n IS NOT DISTINCT FROM b.n;
COPY neq_t TO :'f';
TRUNCATE neq_t2;
COPY neq_t2 FROM :'f';
SELECT count(*) AS same FROM neq_t a JOIN neq_t2 b ON a.id = b.id AND a.n IS NOT DISTINCT FROM b.n;

-- Binary input validates like text input: a crafted binary COPY with a bad
-- check digit, an out-of-range value, and a truncated field.
CREATE TABLE neq_b (n neq);
-- 1149222301 = 0x00000000447FBD9D (wrong check digit)
COPY neq_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\10\0\0\0\0\104\177\275\235\377\377"' (FORMAT binary);
-- 10000000000 = 0x00000002540BE400 (11 digits)
COPY neq_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\10\0\0\0\2\124\13\344\0\377\377"' (FORMAT binary);
-- 4 bytes instead of 8
COPY neq_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\104\177\275\234\377\377"' (FORMAT binary);
-- 9 bytes instead of 8
COPY neq_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\11\0\0\0\0\104\177\275\234\0\377\377"' (FORMAT binary);
-- 1149222300 = 0x00000000447FBD9C is accepted
COPY neq_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\10\0\0\0\0\104\177\275\234\377\377"' (FORMAT binary);
SELECT * FROM neq_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE neq_t, neq_t2, neq_b;

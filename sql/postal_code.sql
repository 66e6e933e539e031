--
-- postal_code: Canadian postal code
--
SET search_path = cag_ovt, public;

-- Spellings found in real files (SEAO <codepostal>, OCDS postalCode, the
-- MAMH municipalities file): all normalized to A9A 9A9.
SELECT v, v::postal_code AS postal_code, length(v::postal_code::text) AS len
FROM (VALUES ('H2X 1Y4'), ('h2x1y4'), ('H2X1Y4'), (' H2X  1Y4 '), ('H2X-1Y4'),
             ('H2X - 1Y4'), ('h2x -1y4'), ('G1k 7P4'), ('J0v 1L0'), ('H1M2J9 '),
             (E'\tH2X\t1Y4\n'), (E'H2X\r\n1Y4'), ('G0A1N0'), ('e3b 6z3')) AS t(v);

-- Every first letter that starts a code, and the territory rule for X.
SELECT v::postal_code AS code, fsa(v::postal_code), province(v::postal_code),
       is_quebec(v::postal_code), is_rural(v::postal_code)
FROM (VALUES ('A1A 1A1'), ('B3H 4R2'), ('C1A 4P3'), ('E1C 4M3'), ('G1R 4Y9'),
             ('H2X 1Y4'), ('J0H 1R0'), ('K1A 0B1'), ('L3R 6E8'), ('M6K 3H7'),
             ('N1R 8J6'), ('P3E 2C6'), ('R3C 4T3'), ('S4P 3V7'), ('T2P 2M5'),
             ('V6X 3G5'), ('X0A 0H0'), ('X0B 1B0'), ('X0C 0A1'), ('X0E 0N0'),
             ('X1A 2L9'), ('X0G 0G0'), ('Y1A 2C6'), ('H0H 0H0')) AS t(v);

-- Bad input: every class, each with its own detail.
-- empty
SELECT ''::postal_code;
SELECT ' 	 '::postal_code;
-- wrong number of letters and digits
SELECT 'H2X1Y'::postal_code;
SELECT 'J0H 1E'::postal_code;          -- truncated (MAMH file)
SELECT 'H2X1Y45'::postal_code;
SELECT 'H2X 1Y4 apt 3'::postal_code;
SELECT 'H'::postal_code;
-- a digit where a letter belongs, a letter where a digit belongs
SELECT '90210'::postal_code;           -- US ZIP code: hint
SELECT '20024-2149'::postal_code;
SELECT 'GT1T 1Z3'::postal_code;        -- SEAO
SELECT 'HOX 1Y4'::postal_code;         -- letter O for zero
SELECT 'H2X 1YO'::postal_code;
SELECT 'H2X 11Y'::postal_code;
SELECT 'H21 1Y4'::postal_code;
-- letters never used, anywhere
SELECT 'D1A 1A1'::postal_code;
SELECT 'D-13469'::postal_code;         -- German code (SEAO)
SELECT 'H2F 1Y4'::postal_code;
SELECT 'H2X 1I4'::postal_code;
SELECT 'h2x 1q4'::postal_code;         -- named as written
SELECT 'U2X 1Y4'::postal_code;
-- W and Z never start a code (they may appear elsewhere)
SELECT 'W2X 1Y4'::postal_code;
SELECT 'z2x 1y4'::postal_code;
SELECT 'G6Z 1W8'::postal_code AS "W and Z inside";
-- misplaced separators
SELECT 'H 2X1Y4'::postal_code;
SELECT 'H2X1 Y4'::postal_code;
SELECT 'H2X1Y 4'::postal_code;
SELECT 'H2X--1Y4'::postal_code;
SELECT 'H2X - - 1Y4'::postal_code;
SELECT '-H2X1Y4'::postal_code;
SELECT 'H2X1Y4-'::postal_code;
-- characters that have no place in a postal code, with their position
SELECT 'H2X*1Y4'::postal_code;
SELECT 'H2X_1Y4'::postal_code;
SELECT 'H2X 1Y4.'::postal_code;
SELECT 'H2X/1Y4'::postal_code;
-- non-ASCII: dashes, no-break space, accented and full-width letters
SELECT 'H2X – 1Y4'::postal_code;
SELECT E'H2X\u00a01Y4'::postal_code;
SELECT 'HÉX 1Y4'::postal_code;
SELECT 'Ｈ2X 1Y4'::postal_code;
-- a control character (the message would hold it raw: show the detail only)
DO $$
DECLARE d text;
BEGIN
    PERFORM (E'H2X\u0001' || '1Y4')::cag_ovt.postal_code;
EXCEPTION WHEN invalid_text_representation THEN
    GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
    RAISE NOTICE '%', d;
END $$;
-- the order of the checks: a stray character first, then the characters
-- of the code in order, then their number, then the separators
SELECT 'D2X*1Y4'::postal_code;
SELECT 'D2X1Y'::postal_code;
SELECT 'H 2X1Y'::postal_code;

-- is_valid_postal_code never raises.
SELECT left(v, 20) AS v, is_valid_postal_code(v)
FROM (VALUES ('H2X 1Y4'), ('h2x-1y4'), ('H2X 1Y'), (''), ('90210'), ('W2X 1Y4'),
             (repeat('H2X', 1000)), (E'\u00e9\u00e9'), (E'H2X\u00a01Y4'), (NULL)) AS t(v);

-- Every postal code of the municipalities file (town halls, data/) that has
-- the A9A 9A9 shape parses, and is in Québec; the others are truncated.
\set mamh `cat "$PG_ABS_SRCDIR/data/mamh-municipalities-2023.csv"`
CREATE TEMP TABLE mun AS
SELECT split_part(line, ',', 2) AS name, split_part(line, ',', 4) AS mcodpos
FROM regexp_split_to_table(:'mamh', E'\n') WITH ORDINALITY AS l(line, n)
WHERE n > 1 AND line <> '';
SELECT count(*) AS municipalities,
       count(*) FILTER (WHERE is_valid_postal_code(mcodpos)) AS valid,
       count(*) FILTER (WHERE mcodpos ~ '^[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]$'
                          AND NOT is_valid_postal_code(mcodpos)) AS "well-formed but rejected",
       count(*) FILTER (WHERE NOT is_valid_postal_code(mcodpos)
                          AND mcodpos !~ '^[A-Z][0-9][A-Z] [0-9][A-Z]$') AS "rejected, not truncated"
FROM mun;
SELECT bool_and(is_quebec(mcodpos::postal_code)) AS all_quebec,
       count(DISTINCT fsa(mcodpos::postal_code)) AS fsas,
       count(*) FILTER (WHERE is_rural(mcodpos::postal_code)) AS rural
FROM mun WHERE is_valid_postal_code(mcodpos);
SELECT name, mcodpos FROM mun WHERE NOT is_valid_postal_code(mcodpos) ORDER BY name LIMIT 3;
SELECT 'Abercorn'::text AS name, mcodpos::postal_code FROM mun WHERE name = 'Abercorn';

-- The odd values of the SEAO notices of January 2013 (<codepostal>): the
-- valid ones parse, the others are foreign or broken.
SELECT v, is_valid_postal_code(v) AS valid,
       CASE WHEN is_valid_postal_code(v) THEN v::postal_code END AS postal_code
FROM (VALUES ('G1k 7P4'), ('G6v 6n4'), ('H1K 4e4'), ('H1M2J9 '), ('H2Y 2L6 '),
             ('J2l1S2'), ('g0a4a0'), ('h1m3s3'), ('j2g 8Y9'), ('l6l 5t7'), ('B1B2S6'),
             ('E3N4E8'), ('e3b 6z3'), (' '), ('01742'), ('066000'), ('15051-0780'),
             ('662 11'), ('7666'), ('950 54'), ('D-13469'), ('GT1T 1Z3')) AS t(v);

-- NULL in, NULL out.
SELECT NULL::postal_code, fsa(NULL), province(NULL), is_quebec(NULL), is_rural(NULL);

-- Comparison follows the text order (A9A 9A9, C collation).
SELECT v FROM (VALUES ('H2X 1Y4'), ('A0A 0A0'), ('Y9Z 9Z9'), ('H2X 1Y3'), ('H2W 9Z9'),
                      ('G0A 1N0'), ('H2X 1Z0'), ('X0A 0H0'), ('K1A 0B1')) AS t(v)
ORDER BY v::postal_code;
SELECT array_agg(v ORDER BY v::postal_code) = array_agg(v ORDER BY v COLLATE "C") AS same_order
FROM (SELECT chr(65 + a) || b || chr(65 + c) || ' ' || d || chr(65 + e) || f AS v
      FROM generate_series(0, 25, 5) a, generate_series(0, 9, 4) b, generate_series(0, 25, 7) c,
           generate_series(0, 9, 9) d, generate_series(0, 25, 12) e, generate_series(0, 9, 9) f
      WHERE chr(65 + a) NOT IN ('D', 'F', 'I', 'O', 'Q', 'U', 'W', 'Z')
        AND chr(65 + c) NOT IN ('D', 'F', 'I', 'O', 'Q', 'U')
        AND chr(65 + e) NOT IN ('D', 'F', 'I', 'O', 'Q', 'U')) AS t;
SELECT 'A0A 0A0'::postal_code < 'Y9Z 9Z9'::postal_code AS lt,
       'h2x1y4'::postal_code = 'H2X 1Y4'::postal_code AS eq,
       'H2X 1Y4'::postal_code <> 'H2X 1Y3'::postal_code AS ne,
       'H2X 1Y4'::postal_code >= 'H2X 1Y4'::postal_code AS ge,
       'H2X 1Y4'::postal_code > 'H2W 9Z9'::postal_code AS gt,
       'H2X 1Y4'::postal_code <= 'H2X 1Y3'::postal_code AS le;
SELECT min(v::postal_code), max(v::postal_code)
FROM (VALUES ('H2X 1Y4'), ('A0A 0A0'), ('Y9Z 9Z9'), (NULL)) AS t(v);

-- Storage, btree and hash indexes.
CREATE TABLE pc_t (id serial, p postal_code);
INSERT INTO pc_t (p) SELECT v::postal_code FROM (VALUES ('H2X 1Y4'), ('G1R 4Y9'),
  ('J0H 1R0'), ('M6K 3H7'), ('X0A 0H0'), ('H2X 1Y4'), (NULL)) AS t(v);
SELECT pg_column_size(p) FROM pc_t WHERE id = 1;
SELECT p FROM pc_t ORDER BY p;
SELECT count(DISTINCT p) FROM pc_t;
SELECT p, count(*) FROM pc_t GROUP BY p ORDER BY p;
CREATE INDEX pc_t_btree ON pc_t (p);
CREATE INDEX pc_t_hash ON pc_t USING hash (p);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM pc_t WHERE p = 'h2x 1y4';
SELECT id FROM pc_t WHERE p = 'h2x 1y4' ORDER BY id;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT p FROM pc_t WHERE p >= 'H0A 0A0' AND p < 'J0A 0A0' ORDER BY p;
SELECT p FROM pc_t WHERE p >= 'H0A 0A0' AND p < 'J0A 0A0' ORDER BY p;
-- min and max use the btree index (SORTOP)
\i sql/include/explain.sql
SELECT pg_temp.explain('SELECT min(p), max(p) FROM pc_t');
SELECT min(p), max(p) FROM pc_t;
RESET enable_seqscan;
RESET enable_bitmapscan;
-- hash join uses the hash opclass
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.id FROM pc_t a JOIN pc_t b USING (p);
SELECT count(*) FROM pc_t a JOIN pc_t b USING (p);
RESET enable_mergejoin;
RESET enable_nestloop;

-- Text cast both ways.
SELECT 'h2x1y4'::postal_code::text, 'H2X 1Y4'::text::postal_code;

-- Binary round trip through COPY, text round trip through COPY.
SELECT '/tmp/cag_ovt_postal_code_' || pg_backend_pid() AS f \gset
COPY pc_t TO :'f' (FORMAT binary);
CREATE TABLE pc_t2 (LIKE pc_t);
COPY pc_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM pc_t a JOIN pc_t2 b ON a.id = b.id AND a.p IS NOT DISTINCT FROM b.p;
COPY pc_t TO :'f';
TRUNCATE pc_t2;
COPY pc_t2 FROM :'f';
SELECT count(*) AS same FROM pc_t a JOIN pc_t2 b ON a.id = b.id AND a.p IS NOT DISTINCT FROM b.p;
-- the binary form is the six characters
SELECT postal_code_send('h2x 1y4');

-- Binary input validates like text input: crafted binary COPY streams.
CREATE TABLE pc_b (p postal_code);
-- "H2X1Y4" is accepted
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\6H2X1Y4\377\377"' (FORMAT binary);
-- lower case is not the binary form
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\6h2x1y4\377\377"' (FORMAT binary);
-- a letter never used
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\6H2D1Y4\377\377"' (FORMAT binary);
-- W never starts a code
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\6W2X1Y4\377\377"' (FORMAT binary);
-- a letter where a digit belongs
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\6HOX1Y4\377\377"' (FORMAT binary);
-- the text form with its space (7 bytes)
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\7H2X 1Y4\377\377"' (FORMAT binary);
-- 4 bytes (an int4)
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\4\0\113\141\020\377\377"' (FORMAT binary);
-- control and non-ASCII bytes are shown escaped
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\6H2X\0\3014\377\377"' (FORMAT binary);
-- an empty field
COPY pc_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\0\377\377"' (FORMAT binary);
SELECT * FROM pc_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE pc_t, pc_t2, pc_b;

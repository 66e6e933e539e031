--
-- qc_region: the 17 administrative regions of Québec
--
SET search_path = cag_ovt, public;

-- Every region: code, official name, English name; the output is the
-- official French name, and code and names read back to the same region.
SELECT r AS region, region_code(r), region_name(r) AS fr, region_name(r, 'en') AS en,
       region_code(r)::qc_region = r AS code_reads_back,
       region_name(r)::qc_region = r AS fr_reads_back,
       region_name(r, 'en')::qc_region = r AS en_reads_back
FROM (SELECT lpad(i::text, 2, '0')::qc_region AS r FROM generate_series(1, 17) AS i) AS t;

-- Codes: one or two digits, white space around.
SELECT v, v::qc_region
FROM (VALUES ('1'), ('01'), ('5'), ('05'), (' 05 '), (E'\t9\n'), ('17')) AS t(v);

-- Each accepted name that is not an official name (doc/reference.md lists them).
SELECT v, region_code(v::qc_region) AS code, v::qc_region
FROM (VALUES
    ('Lower St. Lawrence'), ('Lower Saint Lawrence'), ('Lower Saint-Lawrence'),
    ('Saguenay'), ('Lac-Saint-Jean'),
    ('National Capital'), ('Quebec City'), ('Québec City region'),
    ('Eastern Townships'), ('Cantons-de-l''Est'),
    ('Montreal'),
    ('Abitibi'),
    ('North Shore'),
    ('Northern Quebec'),
    ('Gaspésie'), ('Gaspé'), ('Gaspé Peninsula'), ('Îles-de-la-Madeleine'),
    ('Magdalen Islands'), ('Gaspésie–Magdalen Islands'), ('Gaspe-Magdalen Islands'),
    ('Gaspé–Îles-de-la-Madeleine'),
    ('Laurentians'),
    ('Central Quebec')) AS t(v);

-- Case and accents: any case, with or without accents, decomposed accents,
-- Latin Extended-A letters folded too.
SELECT v, v::qc_region
FROM (VALUES ('ESTRIE'), ('montérégie'), ('CÔTE-NORD'), ('Monteregie'), ('Cote-Nord'),
             ('GASPESIE-ILES-DE-LA-MADELEINE'), ('nord-du-quebec'), ('ABITIBI-TÉMISCAMINGUE'),
             (E'Montre\u0301al'), (E'Lanaudie\u0300re'), (E'Lanaudi\u0113re'),
             (E'Chaudi\u011Bre-Appalaches')) AS t(v);

-- Dashes and hyphens: ASCII, doubled, spaced, U+2010 to U+2015, U+2212, a
-- slash, or only spaces.
SELECT v, v::qc_region
FROM (VALUES ('Saguenay–Lac-Saint-Jean'), ('Saguenay-Lac-Saint-Jean'),
             ('Saguenay--Lac-Saint-Jean'), ('Saguenay - Lac-Saint-Jean'),
             ('Saguenay -- Lac-Saint-Jean'), (E'Saguenay\u2010Lac\u2011Saint\u2012Jean'),
             ('Saguenay—Lac-Saint-Jean'), (E'Saguenay\u2015Lac-Saint-Jean'),
             (E'Saguenay\u2212Lac-Saint-Jean'), ('Saguenay/Lac-Saint-Jean'),
             ('Saguenay Lac Saint Jean'), ('Gaspésie – Îles-de-la-Madeleine')) AS t(v);

-- Apostrophes, and St/St./Ste/Ste. for Saint/Sainte.
SELECT v, v::qc_region
FROM (VALUES ('Région de l''Estrie'), ('Région de l’Estrie'), (E'Cantons-de-l\u02BCEst'),
             ('Région de l‘Outaouais'), ('Bas-St-Laurent'), ('Bas-St.-Laurent'),
             ('Bas St. Laurent'), ('Saguenay–Lac-St-Jean'), ('SAGUENAY LAC ST. JEAN'),
             ('Lac-St-Jean'), ('Lower St Lawrence')) AS t(v);

-- A code in parentheses after the name, or before the name; "Région".
SELECT v, v::qc_region
FROM (VALUES ('Estrie (05)'), ('Estrie(5)'), ('Estrie ( 05 )'), ('Saguenay-Lac-Saint-Jean (02)'),
             ('Montréal (06)'), ('05 Estrie'), ('05 - Estrie'), ('05–Estrie'), ('5 Estrie (05)'),
             ('Région 05'), ('Région administrative 16'), ('Québec (03)'), ('03 Québec'),
             ('Région du Bas-Saint-Laurent'), ('Région de la Capitale-Nationale'),
             ('Région de Montréal'), ('Région des Laurentides'),
             ('Région administrative de la Mauricie'), ('région administrative du Nord-du-Québec'),
             ('REGION DE L''ABITIBI-TEMISCAMINGUE'), ('Région de l''Estrie (05)'),
             ('Eastern Townships region'), ('Montreal Region')) AS t(v);

-- White space of every kind around and between words.
SELECT v, v::qc_region
FROM (VALUES (E'\u00A0Estrie\u00A0'), (E'  Laval\t'), (E'Bas\u202FSaint\u2009Laurent'),
             (E'\n Centre-du-Québec \r\n')) AS t(v);

-- UTF-8 decoded once too often as Latin-1 or Windows-1252 ("mojibake").
SELECT v, v::qc_region
FROM (VALUES ('MontrÃ©al'), ('GaspÃ©sieâ€“ÃŽles-de-la-Madeleine'), ('CÃ´te-Nord'),
             ('Saguenayâ€“Lac-Saint-Jean'), ('GASPÉ–ÎLES-DE-LA-MADELEINE')) AS t(v);

-- Rejected with a hint: Québec alone (the province, or region 03 until
-- 2000), Mauricie–Bois-Francs (split in 1997), the National Capital Region.
SELECT 'Québec'::qc_region;
SELECT 'Quebec'::qc_region;
SELECT 'QUÉBEC'::qc_region;
SELECT 'Région de Québec'::qc_region;
SELECT 'Quebec region'::qc_region;
SELECT 'Province de Québec'::qc_region;
SELECT 'Québec (05)'::qc_region;
SELECT 'Mauricie–Bois-Francs'::qc_region;
SELECT 'Mauricie-Bois-Francs'::qc_region;
SELECT 'MAURICIE--BOIS FRANCS'::qc_region;
SELECT 'Mauricie et Bois-Francs'::qc_region;
SELECT 'Mauricie et des Bois-Francs'::qc_region;
SELECT 'Mauricie–Bois-Francs (04)'::qc_region;
SELECT 'Région de la Mauricie–Bois-Francs'::qc_region;
SELECT 'National Capital Region'::qc_region;

-- Codes out of range or malformed.
SELECT '0'::qc_region;
SELECT '00'::qc_region;
SELECT '18'::qc_region;
SELECT '99'::qc_region;
SELECT '005'::qc_region;
SELECT '-5'::qc_region;
SELECT '+5'::qc_region;
SELECT '5.0'::qc_region;
SELECT 'Estrie (18)'::qc_region;

-- Unknown names: a detail, and a hint on how to write a region.
SELECT 'Estri'::qc_region;
SELECT 'Sherbrooke'::qc_region;
SELECT 'Bas-Ste-Laurent'::qc_region;
SELECT 'Mauricie–Centre-du-Québec'::qc_region;
SELECT 'Est rie'::qc_region;
SELECT 'Région'::qc_region;
SELECT 'Région de'::qc_region;
SELECT repeat('Estrie ', 40)::qc_region;

-- Name and code disagree: the detail says both.
SELECT 'Estrie (06)'::qc_region;
SELECT '06 Estrie'::qc_region;
SELECT '06 - Estrie (05)'::qc_region;
SELECT 'Région 05 (06)'::qc_region;

-- Characters and separators out of place.
SELECT ''::qc_region;
SELECT '   '::qc_region;
SELECT 'Estrie!'::qc_region;
SELECT 'Estrie;'::qc_region;
SELECT 'Estrie.'::qc_region;
SELECT 'St Laurent.'::qc_region;
SELECT 'Bas-St..-Laurent'::qc_region;
SELECT 'Bas-St -. Laurent'::qc_region;
SELECT '05Estrie'::qc_region;
SELECT 'Estrie05'::qc_region;
SELECT 'Estrie (05'::qc_region;
SELECT 'Estrie 05)'::qc_region;
SELECT '(05) Estrie'::qc_region;
SELECT 'Estrie (ab)'::qc_region;
SELECT 'Estrie (05) Laval'::qc_region;
SELECT 'Estrie (-05)'::qc_region;
SELECT 'Estrie (05-)'::qc_region;
SELECT '-Estrie'::qc_region;
SELECT 'Estrie-'::qc_region;
SELECT '''Estrie'::qc_region;
SELECT 'Saguenay---Lac-Saint-Jean'::qc_region;
SELECT 'Cantons-de-l''''Est'::qc_region;
SELECT E'\u0301Estrie'::qc_region;
SELECT E'Estrie\u00D7'::qc_region;
SELECT 'Montréal 🍁'::qc_region;
SELECT 'Laval 13'::qc_region;

-- is_valid_qc_region never raises.
SELECT left(v, 20) AS v, is_valid_qc_region(v)
FROM (VALUES ('05'), ('Estrie'), ('Québec'), ('Québec (03)'), ('Mauricie–Bois-Francs'),
             ('18'), (''), ('Estrie (06)'), (repeat('é', 1000)), ('Estrie!'), (NULL)) AS t(v);

-- region_name: 'fr' or 'en' only.
SELECT region_name('02', 'fr'), region_name('11', 'en'), region_name('06');
SELECT region_name('05', 'EN');
SELECT region_name('05', '');
SELECT region_name('05', 'de');

-- NULL in, NULL out.
SELECT NULL::qc_region AS r, region_code(NULL), region_name(NULL), region_name('05', NULL),
       is_valid_qc_region(NULL);

-- Order is the code's; one byte, passed by value.
SELECT typlen, typbyval, typalign, typstorage FROM pg_type WHERE oid = 'qc_region'::regtype;
SELECT '01'::qc_region < '17'::qc_region AS lt, 'Estrie'::qc_region = '05' AS eq,
       'Laval'::qc_region <> 'Montréal' AS ne, '16'::qc_region >= '16' AS ge,
       '09'::qc_region > '10' AS gt, '10'::qc_region <= '09' AS le;

-- Storage, ordering, btree and hash indexes.
CREATE TABLE qc_region_t (id serial, r qc_region);
INSERT INTO qc_region_t (r)
SELECT lpad(((i * 7) % 17 + 1)::text, 2, '0')::qc_region FROM generate_series(1, 17) AS i;
INSERT INTO qc_region_t (r) VALUES (NULL), ('Estrie');
SELECT r, region_code(r) FROM qc_region_t ORDER BY r DESC NULLS FIRST, id;
SELECT r, count(*) FROM qc_region_t GROUP BY r HAVING count(*) > 1;
SELECT count(DISTINCT r), min(r), max(r), min(r) FILTER (WHERE r > 'Laval') FROM qc_region_t;
CREATE INDEX qc_region_t_btree ON qc_region_t (r);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
-- min and max use the btree index (SORTOP)
\i sql/include/explain.sql
SELECT pg_temp.explain('SELECT max(r) FROM qc_region_t');
EXPLAIN (COSTS OFF) SELECT id FROM qc_region_t WHERE r = 'Estrie';
SELECT id FROM qc_region_t WHERE r = 'Estrie' ORDER BY id;
EXPLAIN (COSTS OFF) SELECT r FROM qc_region_t WHERE r > 'Laval' ORDER BY r;
SELECT r FROM qc_region_t WHERE r > 'Laval' ORDER BY r;
CREATE INDEX qc_region_t_hash ON qc_region_t USING hash (r);
DROP INDEX qc_region_t_btree;
EXPLAIN (COSTS OFF) SELECT id FROM qc_region_t WHERE r = '13';
SELECT id FROM qc_region_t WHERE r = '13';
RESET enable_seqscan;
RESET enable_bitmapscan;
-- hash join and hash aggregate use the hash opclass
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.id FROM qc_region_t a JOIN qc_region_t b USING (r);
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT r, count(*) FROM qc_region_t GROUP BY r;
RESET enable_mergejoin;
RESET enable_nestloop;
RESET enable_sort;

-- Binary round trip through COPY, text round trip through COPY.
SELECT '/tmp/cag_ovt_qc_region_' || pg_backend_pid() AS f \gset
COPY qc_region_t TO :'f' (FORMAT binary);
CREATE TABLE qc_region_t2 (LIKE qc_region_t);
COPY qc_region_t2 FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM qc_region_t a JOIN qc_region_t2 b ON a.id = b.id AND a.r IS NOT DISTINCT FROM b.r;
COPY qc_region_t TO :'f';
TRUNCATE qc_region_t2;
COPY qc_region_t2 FROM :'f';
SELECT count(*) AS same FROM qc_region_t a JOIN qc_region_t2 b ON a.id = b.id AND a.r IS NOT DISTINCT FROM b.r;
-- the binary form is the code, one byte
SELECT qc_region_send('Estrie'), qc_region_send('17');

-- Binary input validates like text input: crafted binary COPY streams with
-- the codes 0, 18 and 255, a field of 0 bytes and one of 2 bytes.
CREATE TABLE qc_region_b (r qc_region);
COPY qc_region_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\1\0\377\377"' (FORMAT binary);
COPY qc_region_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\1\22\377\377"' (FORMAT binary);
COPY qc_region_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\1\377\377\377"' (FORMAT binary);
COPY qc_region_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\0\377\377"' (FORMAT binary);
COPY qc_region_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\2\5\5\377\377"' (FORMAT binary);
-- codes 1, 5 and 17 are accepted
COPY qc_region_b FROM PROGRAM 'printf "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0\0\1\0\0\0\1\1\0\1\0\0\0\1\5\0\1\0\0\0\1\21\377\377"' (FORMAT binary);
SELECT r, region_code(r) FROM qc_region_b;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
DROP TABLE qc_region_t, qc_region_t2, qc_region_b;

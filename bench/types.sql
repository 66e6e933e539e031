-- postal_code and unspsc.
--   1. postal_code text input against upper() on the same strings (what a
--      loader does without the type).
--   2. unspsc <@ answered by the btree index against LIKE on the text form
--      answered by a text_pattern_ops index, at family and segment level.
--   3. purchase_class flag tests by name (?, ?|) against the same tests
--      with a class (@>, &&): the name is looked up once per scan.
\set rows 1000000
CREATE UNLOGGED TABLE bench.pc_text AS
SELECT (CASE i % 3 WHEN 0 THEN 'H2X 1Y4' WHEN 1 THEN 'g1k7p4' ELSE 'J0H-1R0' END) AS v
FROM generate_series(1, :rows) AS i;
VACUUM ANALYZE bench.pc_text;
SELECT bench.compare('postal_code text input (1M values)',
    $$SELECT count(upper(v)) FROM bench.pc_text$$,
    $$SELECT count(v::cag_ovt.postal_code) FROM bench.pc_text$$,
    NULL, 3, :rows);
DROP TABLE bench.pc_text;

-- 55 segments, 40 families each, classes and commodities below.
CREATE UNLOGGED TABLE bench.items AS
SELECT c, c::text AS t
FROM (SELECT ((10 + i % 55) * 1000000 + (10 + (i / 55) % 40) * 10000
              + (15 + (i / 2200) % 20) * 100 + (i / 44000) % 30)::text::cag_ovt.unspsc AS c
      FROM generate_series(1, :rows) AS i) AS s;
CREATE INDEX ON bench.items (c);
CREATE INDEX ON bench.items (t text_pattern_ops);
VACUUM ANALYZE bench.items;
SELECT bench.compare('unspsc <@ family, btree (1M rows)',
    $$SELECT count(*) FROM bench.items WHERE t LIKE '5025%'$$,
    $$SELECT count(*) FROM bench.items WHERE c OPERATOR(cag_ovt.<@) '50250000'$$,
    NULL, 5, :rows);
SELECT bench.compare('unspsc <@ segment, btree (1M rows)',
    $$SELECT count(*) FROM bench.items WHERE t LIKE '50%'$$,
    $$SELECT count(*) FROM bench.items WHERE c OPERATOR(cag_ovt.<@) '50000000'$$,
    NULL, 5, :rows);
DROP TABLE bench.items;

CREATE UNLOGGED TABLE bench.classes AS
SELECT (ARRAY['{}', '{quebec}', '{quebec,regional}', '{outside_quebec,outside_region}',
              '{quebec,regional,eco}', '{food,quebec_food}', '{outside_quebec,food}',
              '{quebec,outside_region,group_purchase}'])[1 + i % 8]::cag_ovt.purchase_class AS c
FROM generate_series(1, :rows) AS i;
VACUUM ANALYZE bench.classes;
SELECT bench.compare('purchase_class ? name against @> class (1M rows)',
    $$SELECT count(*) FROM bench.classes WHERE c OPERATOR(cag_ovt.@>) '{eco}'$$,
    $$SELECT count(*) FROM bench.classes WHERE c OPERATOR(cag_ovt.?) 'eco'$$,
    NULL, 5, :rows);
SELECT bench.compare('purchase_class ?| names against && class (1M rows)',
    $$SELECT count(*) FROM bench.classes WHERE c OPERATOR(cag_ovt.&&) '{eco,food}'$$,
    $$SELECT count(*) FROM bench.classes WHERE c OPERATOR(cag_ovt.?|) '{eco,food}'$$,
    NULL, 5, :rows);
DROP TABLE bench.classes;

-- neq text input against bigint text input, on the same strings.
\set rows 1000000
CREATE UNLOGGED TABLE bench.neq_text AS
SELECT (CASE WHEN i % 2 = 0 THEN '1149222300' ELSE '1142-177-600' END) AS v
FROM generate_series(1, :rows) AS i;
VACUUM ANALYZE bench.neq_text;
SELECT bench.compare('neq text input (1M values)',
    $$SELECT count(replace(v, '-', '')::bigint) FROM bench.neq_text$$,
    $$SELECT count(v::cag_ovt.neq) FROM bench.neq_text$$,
    NULL, 3, :rows);
DROP TABLE bench.neq_text;

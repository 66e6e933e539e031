-- Sizing figures for capacity planning (doc/sharding.md, "Sizing"): rows
-- per second per core for the classification and the aggregation, and the
-- memory a summary takes (value, stored row, text and binary forms, state
-- of a HashAggregate group), recorded in bench.sizing and printed by
-- bench/run.sh after the ratios; and what the postgres_fdw shards of
-- doc/sharding.md cost against one table (ratios, in bench.results).
--
-- Rows: 1,000,000 by default; BENCH_ROWS=200000 make bench BENCH=sizing
-- for a quicker run while developing.  The purchases come from the demo
-- generator (data/demo/generate.sql: realistic suppliers, postal codes,
-- labels, categories, three fiscal years).  Every rate is measured in one
-- backend with max_parallel_workers_per_gather = 0: one core.  Rates include
-- reading the rows (shared buffers) and, for COPY, writing the table, its
-- indexes and WAL, as a real load does.
\getenv rows BENCH_ROWS
\if :{?rows}
\else
\set rows 1000000
\endif

TRUNCATE cag_ovt.purchases;
\i :ROOT/data/demo/generate.sql
RESET search_path;
RESET client_min_messages;
VACUUM ANALYZE cag_ovt.purchases;

SELECT count(*) = :rows AS generated FROM cag_ovt.purchases \gset
\if :generated
\else
\echo 'sizing: the generator did not make the expected rows'
\quit
\endif

-- 1. Classification.
-- The raw rows (the class is a placeholder: the trigger computes it).
\set cols '(purchased_on, buyer, buyer_municipality, buyer_region, delivery_municipality, delivery_region, delivery_regions, supplier_name, supplier_neq, supplier_country, supplier_province, supplier_postal_code, supplier_region, category, description, amount, labels, group_purchase, source, source_ref, class)'
SELECT current_setting('data_directory') || '/bench_sizing.copy' AS copyfile \gset
COPY (SELECT purchased_on, buyer, buyer_municipality, buyer_region, delivery_municipality,
             delivery_region, delivery_regions, supplier_name, supplier_neq, supplier_country,
             supplier_province, supplier_postal_code, supplier_region, category, description,
             amount, labels, group_purchase, source, source_ref, '{}'::cag_ovt.purchase_class
      FROM cag_ovt.purchases) TO :'copyfile';
CREATE TABLE bench.sizing_plain (LIKE cag_ovt.purchases INCLUDING ALL);

SELECT bench.rate('load: COPY into cag_ovt.purchases (classification trigger, 3 indexes)',
    'COPY cag_ovt.purchases ' || :'cols' || ' FROM ' || quote_literal(:'copyfile'), :rows,
    prepare => 'TRUNCATE cag_ovt.purchases',
    detail => 'the trigger also turns off COPY''s batched inserts');
SELECT bench.rate('load: COPY into the same table without the trigger (baseline)',
    'COPY bench.sizing_plain ' || :'cols' || ' FROM ' || quote_literal(:'copyfile'), :rows,
    prepare => 'TRUNCATE bench.sizing_plain');

SELECT bench.rate('classify_purchase(...) over stored rows (scan included)',
    $$SELECT count(cag_ovt.classify_purchase(supplier_region, supplier_province, supplier_postal_code,
          delivery_region, category, labels, group_purchase, delivery_regions, supplier_country,
          purchased_on)) FROM cag_ovt.purchases$$, :rows);
SELECT bench.rate('scan of the same columns without classify_purchase (baseline)',
    $$SELECT count(supplier_region), count(supplier_province), count(supplier_postal_code),
             count(delivery_region), count(category), count(labels), count(group_purchase),
             count(delivery_regions), count(supplier_country), count(purchased_on)
      FROM cag_ovt.purchases$$, :rows);
SELECT bench.record('classify_purchase alone, net of the scan',
    round(1e6 / (1e6 / c.value - 1e6 / b.value)), 'rows/s per core', :rows,
    round(1e6 / c.value - 1e6 / b.value, 3) || ' µs per row')
FROM bench.sizing c, bench.sizing b
WHERE c.figure LIKE 'classify_purchase(...)%' AND b.figure LIKE 'scan of the same columns%';

-- 2. Aggregation.
SELECT bench.rate('spend_agg(amount, class), one summary',
    'SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases', :rows);
SELECT bench.rate('spend_agg grouped by (fiscal year, buyer region)',
    $$SELECT cag_ovt.fiscal_year(purchased_on), buyer_region, cag_ovt.spend_agg(amount, class)
      FROM cag_ovt.purchases GROUP BY 1, 2$$, :rows);
SELECT bench.rate('share_agg(amount, class @> ''{eco}''), one share',
    $$SELECT cag_ovt.share_agg(amount, class OPERATOR(cag_ovt.@>) '{eco}') FROM cag_ovt.purchases$$, :rows);
SELECT bench.rate('sum(amount), for comparison',
    'SELECT sum(amount) FROM cag_ovt.purchases', :rows);

-- Summaries: one per (buyer, supplier) pair seen, as a table of stored
-- summaries would hold them.
CREATE TABLE bench.sizing_summaries AS
SELECT row_number() OVER ()::integer AS k, s
FROM (SELECT cag_ovt.spend_agg(amount, class) AS s
      FROM cag_ovt.purchases GROUP BY buyer, supplier_name) AS g;
VACUUM ANALYZE bench.sizing_summaries;
SELECT count(*) AS summaries FROM bench.sizing_summaries \gset
SELECT bench.rate('rollup(summary) over stored summaries',
    'SELECT cag_ovt.rollup(s) FROM bench.sizing_summaries', :summaries, 'summaries/s per core');

-- 3. Memory per summary.
SELECT bench.record('spend_summary value (pg_column_size)',
    (SELECT pg_column_size(s) FROM bench.sizing_summaries LIMIT 1), 'bytes');
SELECT bench.record('stored summary: table (integer, spend_summary), on disk',
    round(pg_relation_size('bench.sizing_summaries')::numeric / :summaries, 1), 'bytes per row', :summaries,
    'heap only: tuple header, alignment, line pointer, page overhead');
SELECT bench.record('text form (what postgres_fdw and Citus move per group)',
    round(avg(octet_length(s::text)), 1), 'bytes (average)', :summaries,
    'max ' || max(octet_length(s::text)))
FROM bench.sizing_summaries;
SELECT bench.record('binary form (spend_summary_send, COPY BINARY)',
    round(avg(octet_length(cag_ovt.spend_summary_send(s))), 1), 'bytes', :summaries)
FROM bench.sizing_summaries;

-- A HashAggregate keeps one state per group: its peak memory over the
-- number of groups, for spend_agg and, as the baseline, count(*).
SELECT least(:rows / 5, 200000) AS groups \gset
SELECT bench.record('HashAggregate memory per group: spend_agg',
    round((p #>> '{0,Plan,Peak Memory Usage}')::numeric * 1024 / :groups, 1), 'bytes per group', :rows,
    :groups || ' groups; peak ' || (p #>> '{0,Plan,Peak Memory Usage}') || ' kB')
FROM bench.explain_analyze(
    'SELECT purchase_id % ' || :groups || ', cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases GROUP BY 1',
    'max_parallel_workers_per_gather=0;work_mem=1GB;enable_sort=off') AS p;
SELECT bench.record('HashAggregate memory per group: count(*) (baseline)',
    round((p #>> '{0,Plan,Peak Memory Usage}')::numeric * 1024 / :groups, 1), 'bytes per group', :rows,
    :groups || ' groups; peak ' || (p #>> '{0,Plan,Peak Memory Usage}') || ' kB')
FROM bench.explain_analyze(
    'SELECT purchase_id % ' || :groups || ', count(*) FROM cag_ovt.purchases GROUP BY 1',
    'max_parallel_workers_per_gather=0;work_mem=1GB;enable_sort=off') AS p;

-- 4. Shards: the same purchases split by fiscal year into three tables
-- reached through postgres_fdw (a loopback server: the "shards" share this
-- machine's cores), as in doc/sharding.md.  Ratios, in bench.results.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
SELECT format('CREATE SERVER bench_loopback FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %L, port %L, dbname %L, extensions %L, async_capable %L, fetch_size %L)',
              split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port'),
              current_database(), 'cag_ovt', 'true', '10000') AS create_server \gset
:create_server;
CREATE USER MAPPING FOR CURRENT_USER SERVER bench_loopback;
CREATE SCHEMA bench_shard;
CREATE TABLE bench.fdw_purchases (LIKE cag_ovt.purchases)
    PARTITION BY RANGE (cag_ovt.fiscal_year(purchased_on));
SELECT format($f$
    CREATE TABLE bench_shard.fy%1$s AS
        SELECT * FROM cag_ovt.purchases WHERE cag_ovt.fiscal_year(purchased_on) = %1$s;
    ANALYZE bench_shard.fy%1$s;
    CREATE FOREIGN TABLE bench.fdw_%1$s PARTITION OF bench.fdw_purchases FOR VALUES FROM (%1$s) TO (%2$s)
        SERVER bench_loopback OPTIONS (schema_name 'bench_shard', table_name 'fy%1$s');$f$, fy, fy + 1)
FROM (SELECT DISTINCT cag_ovt.fiscal_year(purchased_on) AS fy FROM cag_ovt.purchases) AS y ORDER BY fy \gexec
ANALYZE bench.fdw_purchases;

\set by_region_rollup 'SELECT region, cag_ovt.rollup(s) FROM (SELECT cag_ovt.fiscal_year(purchased_on) AS fy, buyer_region AS region, cag_ovt.spend_agg(amount, class) AS s FROM bench.fdw_purchases GROUP BY 1, 2) AS per_year GROUP BY 1'
-- Same answer before timing anything.
SELECT (SELECT string_agg(r::text, ',' ORDER BY r::text) FROM (:by_region_rollup) AS r)
     = (SELECT string_agg(r::text, ',' ORDER BY r::text)
        FROM (SELECT buyer_region, cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases GROUP BY 1) AS r)
       AS same \gset
\if :same
\else
\echo 'sizing: the summaries rolled up from the foreign partitions differ from one table'
\quit
\endif

SELECT bench.compare('spend_agg by region over 3 foreign partitions: (fiscal year, region) pushed down + rollup vs rows fetched',
    'SELECT buyer_region, cag_ovt.spend_agg(amount, class) FROM bench.fdw_purchases GROUP BY 1',
    :'by_region_rollup',
    '< 0.3', 3, :rows,
    'enable_partitionwise_aggregate=on;max_parallel_workers_per_gather=0',
    'enable_partitionwise_aggregate=on;max_parallel_workers_per_gather=0');
SELECT bench.compare('spend_agg by region: 3 foreign partitions (pushed down, async) vs one local table',
    'SELECT buyer_region, cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases GROUP BY 1',
    :'by_region_rollup',
    NULL, 3, :rows,
    'max_parallel_workers_per_gather=0',
    'enable_partitionwise_aggregate=on;max_parallel_workers_per_gather=0');

DROP TABLE bench.fdw_purchases;
SET client_min_messages = warning;
DROP SCHEMA bench_shard CASCADE;
RESET client_min_messages;
DROP USER MAPPING FOR CURRENT_USER SERVER bench_loopback;
DROP SERVER bench_loopback;
DROP TABLE bench.sizing_summaries, bench.sizing_plain;
TRUNCATE cag_ovt.purchases;
\set rm 'cat > /dev/null; rm -f ' :'copyfile'
COPY (SELECT) TO PROGRAM :'rm';

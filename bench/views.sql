-- The purchase views against a bare spend_agg over the same purchases, and
-- the purchase views rolled up from spend_by_month against the views.
--
-- Rows: 10,000,000 by default; BENCH_ROWS=200000 make bench BENCH=views for
-- a quick run while developing.  The purchases go through the table's
-- classification trigger (INSERT ... SELECT), with hash-based pseudo-random
-- values: four fiscal years (2019-2020 to 2022-2023), 17 delivery regions
-- plus 2 % unknown, suppliers known by region (60 %), by postal code only
-- (20 %, town halls' codes), from Ontario (10 %) or unknown (10 %), ten
-- categories in eight UNSPSC segments (food 30 %), labels, 30 % group
-- purchases, amounts from 0.01 to 100,000.00 with 2 % credit notes.
\getenv rows BENCH_ROWS
\if :{?rows}
\else
\set rows 10000000
\endif

CREATE UNLOGGED TABLE bench.postal_codes AS
SELECT row_number() OVER (ORDER BY postal_code) - 1 AS n, postal_code::text::cag_ovt.postal_code AS postal_code
FROM (SELECT DISTINCT postal_code FROM cag_ovt.municipalities WHERE postal_code IS NOT NULL) AS m;

\timing on
INSERT INTO cag_ovt.purchases (purchased_on, buyer, delivery_region, supplier_name,
                               supplier_region, supplier_province, supplier_postal_code,
                               category, description, amount, labels, group_purchase,
                               source, source_ref)
SELECT date '2019-04-01' + (h.d % 1461)::integer,
       'Organisme ' || (h.b % 300),
       CASE WHEN h.r % 50 = 0 THEN NULL
            ELSE pg_catalog.lpad((1 + h.r % 17)::text, 2, '0')::cag_ovt.qc_region END,
       'Fournisseur ' || (h.s % 50000),
       CASE WHEN h.s % 10 < 6 THEN
                pg_catalog.lpad((1 + CASE WHEN h.s % 2 = 0 THEN h.r % 17 ELSE h.s % 17 END)::text,
                                2, '0')::cag_ovt.qc_region END,
       CASE WHEN h.s % 10 = 8 THEN 'ON' END,
       CASE WHEN h.s % 10 IN (6, 7) THEN p.postal_code END,
       (ARRAY['50121500', '50192100', '43211500', '44121600', '72101500', '80111600',
              '25101500', '42131600', '50202300', '78101800']::cag_ovt.unspsc[])[1 + h.c % 10],
       'Achat ' || h.i,
       (CASE WHEN h.a % 50 = 0 THEN -1 ELSE 1 END) * (1 + h.a % 10000000) / 100.0,
       CASE WHEN h.l % 10 = 0 THEN ARRAY['ENERGY STAR']
            WHEN h.l % 10 IN (1, 2) THEN ARRAY['Aliments du Québec']
            WHEN h.l % 10 = 3 THEN ARRAY['Aliments préparés au Québec', 'FSC'] END,
       h.g % 10 < 3,
       'bench', h.i::text
FROM (SELECT i,
             (hashint8extended(i, 1) & 1073741823) AS d,
             (hashint8extended(i, 2) & 1073741823) AS b,
             (hashint8extended(i, 3) & 1073741823) AS r,
             (hashint8extended(i, 4) & 1073741823) AS s,
             (hashint8extended(i, 5) & 1073741823) AS c,
             (hashint8extended(i, 6) & 1073741823) AS a,
             (hashint8extended(i, 7) & 1073741823) AS l,
             (hashint8extended(i, 8) & 1073741823) AS g
      FROM generate_series(1, :rows) AS i) AS h
JOIN bench.postal_codes p ON p.n = h.s % (SELECT count(*) FROM bench.postal_codes);
\timing off
VACUUM (FREEZE, ANALYZE) cag_ovt.purchases;

\timing on
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
\timing off
VACUUM ANALYZE cag_ovt.spend_by_month;

-- The same answers before timing anything: spend_by_month rolled up equals
-- the purchases aggregated, and the views' all-of-Québec rows add up to a
-- bare spend_agg.
DO $$
DECLARE
    n bigint;
    s cag_ovt.spend_summary;
    q cag_ovt.spend_summary;
BEGIN
    SELECT count(*) INTO n
    FROM cag_ovt.purchase_summaries() p
    FULL JOIN cag_ovt.spend_by_fiscal_year_region() m
      ON m.fiscal_year = p.fiscal_year AND m.scope = p.scope
     AND coalesce(m.region_code, '') = coalesce(p.region_code, '')
    WHERE p.summary IS NULL OR m.summary IS NULL
       OR p.summary OPERATOR(cag_ovt.<>) m.summary
       OR p.group_summary OPERATOR(cag_ovt.<>) m.group_summary;
    IF n <> 0 THEN
        RAISE EXCEPTION 'spend_by_fiscal_year_region() differs from purchase_summaries() on % rows', n;
    END IF;
    SELECT cag_ovt.spend_agg(amount, class) INTO s FROM cag_ovt.purchases;
    SELECT cag_ovt.rollup(summary) INTO q FROM cag_ovt.purchase_summaries() WHERE scope = 'quebec';
    IF s OPERATOR(cag_ovt.<>) q THEN
        RAISE EXCEPTION 'the all-of-Québec rows do not add up to spend_agg: % / %', q, s;
    END IF;
END
$$;

-- 1-4. Each purchase view (one scan, a row per fiscal year and region, the
-- unknown region and all of Québec) against one bare summary of the same
-- purchases, same settings on both sides (parallel plans allowed).
SELECT bench.compare(v || ' vs spend_agg(amount, class)',
    $$SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases$$,
    format('SELECT * FROM cag_ovt.%I', v),
    '<= 1.5', 5, :rows)
FROM unnest(ARRAY['quebec_purchase_share', 'regional_purchase_share',
                  'eco_purchase_share', 'quebec_food_share']) AS v;

-- 5. The same, serial plans on both sides.
SELECT bench.compare('quebec_purchase_share vs spend_agg(amount, class), serial',
    $$SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases$$,
    $$SELECT * FROM cag_ovt.quebec_purchase_share$$,
    NULL, 5, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');

-- 5b. The first level of purchase_summaries(): spend_agg_by_fiscal_year_region
-- (1.1) against the GROUP BY with spend_agg ... FILTER it replaced (1.0's
-- purchase_summaries), every summary of both computed, parallel plans
-- allowed on both sides.
SELECT bench.compare('spend_agg_by_fiscal_year_region vs GROUP BY fiscal year, region with spend_agg FILTER (1.0)',
    $$SELECT cag_ovt.fiscal_year(p.purchased_on), p.delivery_region,
             cag_ovt.spend_agg(p.amount, p.class),
             cag_ovt.spend_agg(p.amount, p.class) FILTER (WHERE p.group_purchase),
             cag_ovt.spend_agg(p.amount, p.class) FILTER (WHERE l.in_regions),
             cag_ovt.spend_agg(p.amount, p.class) FILTER (WHERE NOT l.in_regions)
      FROM cag_ovt.purchases p
      LEFT JOIN LATERAL (
          SELECT coalesce(g.counts_as_region, false) AS in_regions
          FROM cag_ovt.regions g
          WHERE g.region OPERATOR(cag_ovt.=) coalesce(p.supplier_region,
                                    cag_ovt.region_of_postal_code(p.supplier_postal_code, p.purchased_on))
      ) AS l ON true
      GROUP BY 1, 2$$,
    $$SELECT cag_ovt.spend_agg_by_fiscal_year_region(purchased_on, delivery_region, amount, class,
                                                    group_purchase, supplier_region, supplier_postal_code)
      FROM cag_ovt.purchases$$,
    '< 1', 5, :rows);

-- 6. The annual report (every indicator, one scan of the purchases).
SELECT bench.compare('action_plan_report vs spend_agg(amount, class)',
    $$SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases$$,
    $$SELECT * FROM cag_ovt.action_plan_report$$,
    NULL, 5, :rows);

-- 7-10. The views' figures rolled up from spend_by_month against the views.
SELECT bench.compare(format('rollup over spend_by_month (%s rows) vs %s',
                            (SELECT count(*) FROM cag_ovt.spend_by_month), v),
    format('SELECT * FROM cag_ovt.%I', v),
    format('SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope, f.* '
           'FROM cag_ovt.spend_by_fiscal_year_region() s, cag_ovt.%s f', fn),
    '<= 0.05', 5, :rows)
FROM (VALUES ('quebec_purchase_share', 'quebec_purchase_figures(s.summary)'),
             ('regional_purchase_share', 'regional_purchase_figures(s.summary)'),
             ('eco_purchase_share', 'eco_purchase_figures(s.summary, s.group_summary)'),
             ('quebec_food_share', 'quebec_food_figures(s.summary)')) AS t(v, fn);

-- 11. Refreshing spend_by_month concurrently (nothing changed) against
-- building it from scratch.
SELECT bench.compare('REFRESH CONCURRENTLY spend_by_month vs REFRESH',
    $$REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month$$,
    $$REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month$$,
    NULL, 1, :rows);

TRUNCATE cag_ovt.purchases;
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
DROP TABLE bench.postal_codes;

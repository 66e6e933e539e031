-- competition_indicators over generated bids against the same figures
-- written in plain SQL, as an analyst would write them (one GROUP BY of the
-- bids, notices counted with count(DISTINCT), the single-bid notices with a
-- window count).
--
-- Rows (bids): 5,000,000 by default; BENCH_ROWS=200000 make bench
-- BENCH=competition while developing.  The bids go through the table's
-- trigger (INSERT ... SELECT), with hash-based pseudo-random values: about
-- 3 bids per notice (1 to 6; sole-source notices have 1), notices over four
-- fiscal years, 17 delivery regions plus 2 % unknown, procedures open 35 %,
-- invitation 25 %, sole source 35 %, other 5 %; bidders given their region
-- (60 %, half of them in the delivery region), a postal code only (20 %),
-- Ontario (10 %) or nothing (10 %); a winner per notice.
\getenv rows BENCH_ROWS
\if :{?rows}
\else
\set rows 5000000
\endif

CREATE UNLOGGED TABLE bench.postal_codes AS
SELECT row_number() OVER (ORDER BY postal_code) - 1 AS n, postal_code::text::cag_ovt.postal_code AS postal_code
FROM (SELECT DISTINCT postal_code FROM cag_ovt.municipalities WHERE postal_code IS NOT NULL) AS m;

-- the notices: their procedure, size, region and date
CREATE UNLOGGED TABLE bench.notices AS
SELECT n, CASE WHEN h.p % 100 < 35 THEN 'open' WHEN h.p % 100 < 60 THEN 'invitation'
               WHEN h.p % 100 < 95 THEN 'sole_source' END AS procedure,
       CASE WHEN h.p % 100 BETWEEN 60 AND 94 THEN 1 ELSE 1 + h.k % 6 END AS size,
       CASE WHEN h.r % 50 = 0 THEN NULL
            ELSE pg_catalog.lpad((1 + h.r % 17)::text, 2, '0')::cag_ovt.qc_region END AS region,
       date '2019-04-01' + (h.d % 1461)::integer AS awarded
FROM (SELECT n, hashint8extended(n, 11) & 1073741823 AS p, hashint8extended(n, 12) & 1073741823 AS k,
             hashint8extended(n, 13) & 1073741823 AS r, hashint8extended(n, 14) & 1073741823 AS d
      FROM generate_series(1, (:rows / 2.6)::bigint) AS n) AS h;
CREATE UNLOGGED TABLE bench.bidders AS
SELECT x.n, x.procedure, x.region, x.awarded, b AS bidder
FROM (SELECT *, sum(size) OVER (ORDER BY n) AS upto FROM bench.notices) AS x
CROSS JOIN LATERAL generate_series(1, x.size) AS b
WHERE x.upto - x.size + b <= :rows;

\timing on
INSERT INTO cag_ovt.tender_bids (notice, format, bidder, source, procedure, supplier_name,
                                 supplier_region, supplier_province, supplier_postal_code,
                                 amount_bid, unit, currency, is_winner, purchased_on, buyer,
                                 delivery_region)
SELECT b.n::text, 'xml', b.bidder, 'bench', b.procedure, 'Soumissionnaire ' || (h.s % 50000),
       CASE WHEN h.s % 10 < 6 THEN
                coalesce(CASE WHEN h.s % 2 = 0 THEN b.region END,
                         pg_catalog.lpad((1 + h.s % 17)::text, 2, '0')::cag_ovt.qc_region) END,
       CASE WHEN h.s % 10 = 8 THEN 'ON' END,
       CASE WHEN h.s % 10 IN (6, 7) THEN p.postal_code END,
       (1 + h.a % 10000000) / 100.0, '$', 'CAD', b.bidder = 1, b.awarded,
       'Organisme ' || (b.n % 300), b.region
FROM bench.bidders b
CROSS JOIN LATERAL (SELECT hashint8extended(b.n * 8 + b.bidder, 15) & 1073741823 AS s,
                           hashint8extended(b.n * 8 + b.bidder, 16) & 1073741823 AS a) AS h
JOIN bench.postal_codes p ON p.n = h.s % (SELECT count(*) FROM bench.postal_codes);
\timing off
VACUUM (FREEZE, ANALYZE) cag_ovt.tender_bids;

-- The same figures in plain SQL.
CREATE VIEW bench.competition_plain AS
SELECT cag_ovt.fiscal_year(coalesce(b.purchased_on, b.closes_on, b.published_on)) AS fiscal_year,
       b.delivery_region, b.procedure,
       count(DISTINCT (b.format, b.notice)) AS notice_count,
       count(*) AS bid_count,
       count(DISTINCT (b.format, b.notice)) FILTER (WHERE b.n = 1) AS single_bid_notice_count,
       count(DISTINCT (b.format, b.notice)) FILTER (WHERE b.n = 1 AND b.procedure IN ('open', 'invitation'))
           AS competitive_single_bid_count,
       count(*) FILTER (WHERE cag_ovt.purchase_class_has_flag(b.class, 'quebec')) AS quebec_bid_count,
       count(*) FILTER (WHERE cag_ovt.purchase_class_has_any_flag(b.class, '{quebec,outside_quebec}'))
           AS located_bid_count,
       count(*) FILTER (WHERE cag_ovt.purchase_class_has_flag(b.class, 'regional')) AS regional_bid_count,
       count(*) FILTER (WHERE cag_ovt.purchase_class_has_any_flag(b.class, '{regional,outside_region}'))
           AS region_known_bid_count,
       count(*) FILTER (WHERE b.is_winner AND cag_ovt.purchase_class_has_flag(b.class, 'regional'))
           AS regional_win_count,
       count(*) FILTER (WHERE b.is_winner AND cag_ovt.purchase_class_has_flag(b.class, 'outside_region'))
           AS other_region_win_count
FROM (SELECT t.*, count(*) OVER (PARTITION BY t.format, t.notice) AS n FROM cag_ovt.tender_bids t) AS b
GROUP BY 1, 2, 3;

-- The same answers before timing anything.
DO $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n
    FROM bench.competition_plain p
    FULL JOIN cag_ovt.competition_indicators c
      ON c.fiscal_year = p.fiscal_year AND c.procedure IS NOT DISTINCT FROM p.procedure
     AND c.region_code IS NOT DISTINCT FROM cag_ovt.region_code(p.delivery_region)
    WHERE (p.notice_count, p.bid_count, p.single_bid_notice_count, p.competitive_single_bid_count,
           p.quebec_bid_count, p.located_bid_count, p.regional_bid_count, p.region_known_bid_count,
           p.regional_win_count, p.other_region_win_count)
          IS DISTINCT FROM
          (c.notice_count, c.bid_count, c.single_bid_notice_count, c.competitive_single_bid_count,
           c.quebec_bid_count, c.located_bid_count, c.regional_bid_count, c.region_known_bid_count,
           c.regional_win_count, c.other_region_win_count);
    IF n <> 0 THEN
        RAISE EXCEPTION 'competition_indicators differs from the plain SQL on % rows', n;
    END IF;
END
$$;

-- 1. The view against the plain SQL, parallel plans allowed on both sides.
SELECT bench.compare('competition_indicators vs the same figures in plain SQL',
    $$SELECT * FROM bench.competition_plain$$,
    $$SELECT * FROM cag_ovt.competition_indicators$$,
    '<= 1', 3, :rows);
-- 2. The same, serial plans.
SELECT bench.compare('competition_indicators vs the same figures in plain SQL, serial',
    $$SELECT * FROM bench.competition_plain$$,
    $$SELECT * FROM cag_ovt.competition_indicators$$,
    '<= 1', 3, :rows,
    'max_parallel_workers_per_gather=0', 'max_parallel_workers_per_gather=0');
-- 3. The view against a bare count of the bids (one scan): its cost over
-- reading the table.
SELECT bench.compare('competition_indicators vs count(*) of the bids',
    $$SELECT count(*) FROM cag_ovt.tender_bids$$,
    $$SELECT * FROM cag_ovt.competition_indicators$$,
    NULL, 3, :rows);

DROP VIEW bench.competition_plain;
TRUNCATE cag_ovt.tender_bids;
DROP TABLE bench.postal_codes, bench.notices, bench.bidders;

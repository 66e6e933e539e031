-- region_of_municipality and region_of_fsa (reference cache, C) against the
-- equivalent SQL joins on cag_ovt.municipalities, over the same codes.
\set rows 1000000
CREATE UNLOGGED TABLE bench.geo_codes AS
WITH c AS (SELECT array_agg(code ORDER BY code) AS codes,
                  array_agg(DISTINCT fsa) FILTER (WHERE fsa IS NOT NULL) AS fsas
           FROM cag_ovt.municipalities)
SELECT c.codes[1 + (i::bigint * 7919) % cardinality(c.codes)] AS code,
       c.fsas[1 + (i::bigint * 7919) % cardinality(c.fsas)] AS fsa
FROM c, generate_series(1, :rows) AS i;
VACUUM ANALYZE bench.geo_codes;

-- today's map: the region of the code's prefix (the SQL side ignores
-- territory changes and prefixes split between regions)
SELECT bench.compare('region_of_municipality (1M codes) vs SQL join on the prefix',
    $$SELECT count(p.region) FROM bench.geo_codes b
      JOIN (SELECT DISTINCT left(code, 2) AS prefix, region FROM cag_ovt.municipalities) p
        ON p.prefix = left(b.code, 2)$$,
    $$SELECT count(cag_ovt.region_of_municipality(code)) FROM bench.geo_codes$$,
    NULL, 3, :rows);

-- on a date before the 2021 change: the SQL side applies mrc_region_changes
SELECT bench.compare('region_of_municipality on 2021-01-01 (1M codes) vs SQL join with mrc_region_changes',
    $$SELECT count(coalesce(t.from_region, p.region)) FROM bench.geo_codes b
      JOIN (SELECT DISTINCT left(code, 2) AS prefix, region FROM cag_ovt.municipalities) p
        ON p.prefix = left(b.code, 2)
      LEFT JOIN cag_ovt.mrc_region_changes t
        ON t.prefix = p.prefix AND t.effective_on > date '2021-01-01'$$,
    $$SELECT count(cag_ovt.region_of_municipality(code, date '2021-01-01')) FROM bench.geo_codes$$,
    NULL, 3, :rows);

-- FSA -> region when all its town halls are in one region
SELECT bench.compare('region_of_fsa (1M FSAs) vs SQL join on municipalities',
    $$SELECT count(f.region) FROM bench.geo_codes b
      LEFT JOIN (SELECT fsa, min(region::text) AS region FROM cag_ovt.municipalities
                 WHERE fsa IS NOT NULL GROUP BY fsa
                 HAVING count(DISTINCT region::text) = 1) f ON f.fsa = b.fsa$$,
    $$SELECT count(cag_ovt.region_of_fsa(fsa)) FROM bench.geo_codes$$,
    NULL, 3, :rows);

-- qc_region text input of messy spellings against a lookup of the exact names
CREATE UNLOGGED TABLE bench.geo_names AS
SELECT (ARRAY['Estrie', 'SAGUENAY - LAC ST-JEAN', 'Montérégie (16)', 'Région de l''Outaouais',
              'Cote-Nord', '05', 'Eastern Townships', 'Gaspésie–Îles-de-la-Madeleine'])[1 + i % 8] AS v
FROM generate_series(1, :rows) AS i;
VACUUM ANALYZE bench.geo_names;
SELECT bench.compare('qc_region text input (1M messy names) vs join on the exact name',
    $$SELECT count(r.region) FROM bench.geo_names n LEFT JOIN cag_ovt.regions r ON r.name_fr = n.v$$,
    $$SELECT count(v::cag_ovt.qc_region) FROM bench.geo_names$$,
    NULL, 3, :rows);

DROP TABLE bench.geo_codes, bench.geo_names;

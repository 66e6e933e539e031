-- make demo: what cag_ovt can do so far.
\pset footer off
SET search_path = cag_ovt, public;

\echo
\echo '== Québec enterprise numbers (NEQ): spellings accepted, legal form'
SELECT v AS "as written", v::neq AS neq, neq_legal_form(v::neq) AS "legal form"
FROM (VALUES ('1149222300'), ('1142-177-600'), ('11 4285 1337')) AS t(v);
SELECT v AS "as written", is_valid_neq(v) AS valid
FROM (VALUES ('1149222301'), ('114922230')) AS t(v);

\echo
\echo '== Fiscal years (1 April to 31 March)'
SELECT d AS date, fiscal_year(d), fiscal_year_label(d)
FROM (VALUES (date '2021-03-31'), (date '2021-04-01')) AS t(d);

\echo
\echo '== Postal codes: spellings of real files, province, Québec, rural FSA'
SELECT v AS "as written", v::postal_code AS postal_code, fsa(v::postal_code),
       province(v::postal_code), is_quebec(v::postal_code) AS "Québec",
       is_rural(v::postal_code) AS rural
FROM (VALUES ('g1k 7p4'), ('J0H1R0'), ('H2X-1Y4'), ('X0A 0H0'), ('M6K 3H7')) AS t(v);
SELECT v AS "as written", is_valid_postal_code(v) AS valid
FROM (VALUES ('J0H 1E'), ('90210'), ('GT1T 1Z3')) AS t(v);

\echo
\echo '== UNSPSC codes: hierarchy, and "is within" answered by a btree index'
SELECT c, unspsc_level(c), unspsc_segment(c), unspsc_family(c), unspsc_class(c)
FROM (VALUES ('50-12-15-37'::unspsc), ('72120000'), ('43211908')) AS t(c);
CREATE TEMP TABLE demo_items AS
SELECT i, ((ARRAY[50, 43, 72, 81, 24])[1 + i % 5] * 1000000 + (10 + i % 40) * 10000
           + (15 + i % 7) * 100 + i % 13)::text::unspsc AS item
FROM generate_series(1, least(:rows, 200000)) AS i;
CREATE INDEX ON demo_items (item);
ANALYZE demo_items;
EXPLAIN (COSTS OFF) SELECT count(*) FROM demo_items WHERE item <@ '50000000';
SELECT count(*) AS "food items (segment 50)" FROM demo_items WHERE item <@ '50000000';

\echo
\echo '== Administrative regions: the spellings real files use'
SELECT v AS "as written", v::qc_region AS region, region_code(v::qc_region) AS code,
       region_name(v::qc_region, 'en') AS english
FROM (VALUES ('SAGUENAY - LAC ST-JEAN'), ('Région de l''Estrie (05)'), ('Cote-Nord'),
             ('Eastern Townships'), ('MontrÃ©al'), ('16')) AS t(v);
SELECT v AS "as written", is_valid_qc_region(v) AS valid
FROM (VALUES ('Québec'), ('Mauricie–Bois-Francs'), ('Estrie (06)')) AS t(v);

\echo
\echo '== Region of a municipality on a date: Brome-Missisquoi and La Haute-Yamaska moved to Estrie on 2021-07-08'
SELECT m.code, m.name, d AS "on",
       region_of_municipality(m.code, d) AS region
FROM municipalities m, (VALUES (date '2021-07-07'), (date '2021-07-08')) AS t(d)
WHERE m.code IN ('46005', '47017') ORDER BY m.code, d;
SELECT fsa, region_of_fsa(fsa, '2021-07-07') AS "before the move", region_of_fsa(fsa) AS today
FROM (VALUES ('J2K'), ('J0E'), ('J1H')) AS t(fsa);
\echo
\echo '== Purchase classes: flags, with unknown as a state of its own'
SELECT v AS "as written", v::purchase_class AS class, purchase_class_flags(v::purchase_class) AS flags
FROM (VALUES ('{eco, Quebec, regional}'), ('{food,quebec_food}'), ('{}')) AS t(v);

\echo
\echo '== Exact spend summaries:' :rows 'generated purchases, two fiscal years, five regions'
\set QUIET on
CREATE TABLE demo_purchases AS
SELECT date '2020-04-01' + (random() * 729)::integer AS bought_on,
       (ARRAY['Estrie', 'Lanaudière', 'Nord-du-Québec', 'Montréal', 'Capitale-Nationale'])[1 + floor(random() * 5)::integer] AS region,
       ((CASE WHEN random() < 0.02 THEN -1 ELSE 1 END)
        * round(exp(6 + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, 2))::numeric(16,2) AS amount,
       ('{' || concat_ws(',',
            CASE WHEN o < 0.6 THEN 'quebec' WHEN o < 0.9 THEN 'outside_quebec' END,
            CASE WHEN o < 0.6 AND r < 0.5 THEN 'regional' WHEN r < 0.8 THEN 'outside_region' END,
            CASE WHEN random() < 0.1 THEN 'eco' END,
            CASE WHEN f < 0.2 THEN 'food' END,
            CASE WHEN f < 0.1 THEN 'quebec_food' END,
            CASE WHEN random() < 0.3 THEN 'group_purchase' END) || '}')::purchase_class AS class
FROM (SELECT random() AS o, random() AS r, random() AS f FROM generate_series(1, :rows)) AS g;
ANALYZE demo_purchases;
-- step 1: one summary per region and month, in one pass (parallel)
CREATE TABLE demo_monthly AS
SELECT region, date_trunc('month', bought_on)::date AS month, spend_agg(amount, class) AS summary
FROM demo_purchases GROUP BY 1, 2;
\set QUIET off
-- step 2: roll the months up to fiscal years, without reading the purchases again
SELECT fiscal_year_label(month) AS "fiscal year", region,
       purchase_count(rollup(summary)) AS purchases, total_amount(rollup(summary)) AS spend,
       round(100 * quebec_share(rollup(summary)), 2) AS "Québec %",
       round(100 * coverage(rollup(summary), 'origin'), 2) AS "origin known %",
       round(100 * regional_share(rollup(summary)), 2) AS "same region %",
       round(100 * eco_share(rollup(summary)), 2) AS "eco %",
       round(100 * quebec_food_share(rollup(summary)), 2) AS "Québec food %"
FROM demo_monthly GROUP BY 1, 2 ORDER BY 1, 2;
\echo '-- the rollup of the stored summaries is exactly the aggregate of every purchase:'
SELECT rollup(summary) = (SELECT spend_agg(amount, class) FROM demo_purchases) AS exact
FROM demo_monthly;
\echo '-- a 12-month moving Québec share (inverse transitions: O(1) per month):'
SELECT to_char(month, 'YYYY-MM') AS month,
       round(100 * quebec_share(rollup(s) OVER (ORDER BY month ROWS 11 PRECEDING)), 2) AS "Québec % (12 months)"
FROM (SELECT month, rollup(summary) AS s FROM demo_monthly GROUP BY month) AS m
ORDER BY month;
\echo '-- share_agg: any condition, exactly'
SELECT round(100 * share_agg(amount, class @> '{eco}' AND class @> '{group_purchase}'), 2) AS "eco group purchases %"
FROM demo_purchases;

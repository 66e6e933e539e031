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
\echo '== Purchases classed on the way in (cag_ovt.purchases): a C trigger applies the rules'
\echo '   (ten hand-made purchases, in a transaction rolled back at the end of this part)'
BEGIN;
INSERT INTO purchases (purchased_on, buyer, buyer_municipality, delivery_regions, supplier_name,
                       supplier_country, supplier_province, supplier_postal_code, supplier_region,
                       category, amount, labels, group_purchase, source, source_ref, class)
VALUES
  -- Sherbrooke buys from a Sherbrooke supplier, eco-labelled, through a group purchase
  ('2022-05-02', 'CIUSSS de l''Estrie', '43027', NULL, 'Papeterie de l''Estrie', 'CAN', 'QC', 'J1H 5N4', NULL,
   '44121600', 1840.00, '{Écologo}', true, 'demo', '1', '{}'),
  -- the file says Ontario, the postal code says Montréal: the postal code decides
  ('2022-06-15', 'Ville de Laval', '65005', NULL, 'Informatique Métropole', 'CAN', 'ON', 'H2Y 1C6', NULL,
   '43211508', 25999.99, '{Energy-Star®,EPEAT}', false, 'demo', '2', '{}'),
  -- a supplier in Ottawa: outside Québec, hence outside the region
  ('2022-07-04', 'Ville de Gatineau', '81017', NULL, 'Ottawa Office Supply', 'Canada', 'Ont.', 'K1A 0B1', NULL,
   '44121600', 530.10, NULL, false, 'demo', '3', '{}'),
  -- Québec food for a Sherbrooke hospital; prepared food for a Laval school board
  ('2022-08-22', 'CIUSSS de l''Estrie', '43027', NULL, 'Fromagerie des Cantons', 'CAN', 'Québec', 'J1H 5N4', NULL,
   '50131700', 3250.00, '{Aliments du Québec}', true, 'demo', '4', '{}'),
  ('2022-08-23', 'CSS de Laval', '65005', NULL, 'Traiteur Québécois', 'CAN', 'QC', NULL, 'Laval',
   '50192100', 975.40, '{ALIMENTS PRÉPARÉS AU QUÉBEC}', false, 'demo', '5', '{}'),
  -- SEAO puts a region number in the province field: nothing is known
  ('2022-09-01', 'Ville de Laval', '65005', NULL, 'Fournisseur inconnu', NULL, '-1', NULL, NULL,
   '72121000', 120000.00, NULL, false, 'demo', '6', '{}'),
  -- a rural FSA that spans two regions: the supplier's region stays unknown
  ('2022-09-12', 'CIUSSS de l''Estrie', '43027', NULL, 'Érablière du Lac', 'CAN', 'QC', 'J0E 1B0', NULL,
   '50171900', 410.00, '{Aliments du Québec Bio}', false, 'demo', '7', '{}'),
  -- a notice delivered to several regions
  ('2022-10-03', 'Centre d''acquisitions gouvernementales', NULL, '{Laval,Montréal}', 'Mobilier Laval', 'CAN', 'QC', 'H7V 3Z4', NULL,
   '56101500', 48200.00, '{FSC}', true, 'demo', '8', '{}'),
  -- a New York supplier; and Brome-Missisquoi before its move to Estrie
  ('2021-03-02', 'Ville de Cowansville', '46080', NULL, 'NY Lab Equipment', 'USA', 'NY', NULL, NULL,
   '41100000', 15300.00, NULL, false, 'demo', '9', '{}'),
  ('2021-03-03', 'Ville de Cowansville', '46080', NULL, 'Quincaillerie Cowansville', 'CAN', 'QC', 'J2K 1A1', NULL,
   '27110000', 640.00, NULL, false, 'demo', '10', '{quebec,regional,eco}');
-- (the last class was supplied by hand: the trigger replaced it)
SELECT source_ref AS "#", supplier_name, buyer_region, delivery_region, delivery_regions, class
FROM purchases WHERE source = 'demo' ORDER BY source_ref::integer;
\echo '-- why: the rule that decided each dimension'
SELECT source_ref AS "#",
       e #>> '{origin,result}' || ' (' || (e #>> '{origin,rule}') || ')' AS origin,
       e #>> '{region,result}' || ' (' || (e #>> '{region,rule}') || ')' AS region,
       e #>> '{eco,result}' AS eco, e #>> '{food,result}' AS food,
       e #>> '{quebec_food,result}' || coalesce(' (' || (e #>> '{quebec_food,kind}') || ')', '') AS "Québec food"
FROM purchases p, explain_classification(p) AS e
WHERE source = 'demo' ORDER BY source_ref::integer;
\echo '-- the whole explanation of #2, whose province and postal code disagree'
SELECT jsonb_pretty(explain_classification(p) - 'food' - 'quebec_food' - 'group_purchase')
FROM purchases p WHERE source = 'demo' AND source_ref = '2';
\echo '-- a label the lists do not know yet: the DBA adds it, then reclassifies'
UPDATE purchases SET labels = '{Produit du Québec}' WHERE source = 'demo' AND source_ref = '5'
RETURNING source_ref AS "#", labels, class;
INSERT INTO food_labels (label, name, kind) VALUES ('Produit du Québec', 'Produit du Québec', 'produced');
SELECT reclassify_purchases() AS "rows reclassified";
SELECT source_ref AS "#", labels, class FROM purchases WHERE source = 'demo' AND source_ref = '5';

ROLLBACK;

\echo
\echo '== Sample data:' :rows 'purchases over three fiscal years, CAG positions, committees, sample targets'
SELECT clock_timestamp() AS t0 \gset
\set QUIET on
\ir generate.sql
\set QUIET off
SELECT count(*) AS purchases, sum(amount) AS "total spend", min(purchased_on) AS "from",
       max(purchased_on) AS "to",
       round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS "seconds to generate and load"
FROM purchases;

\echo
\echo '== Step 1: monthly summaries (materialized view spend_by_month), refreshed from the purchases'
\timing on
REFRESH MATERIALIZED VIEW spend_by_month;
\timing off
SELECT count(*) AS "summary rows", pg_size_pretty(pg_relation_size('spend_by_month')) AS size
FROM spend_by_month;
\echo '-- step 2: roll the months up to fiscal years, without reading the purchases again'
SELECT fiscal_year_label(month) AS "fiscal year",
       purchase_count(rollup(summary)) AS purchases, total_amount(rollup(summary)) AS spend,
       round(100 * quebec_share(rollup(summary)), 2) AS "Québec %",
       round(100 * coverage(rollup(summary), 'origin'), 2) AS "origin known %",
       round(100 * regional_share(rollup(summary)), 2) AS "same region %",
       round(100 * eco_share(rollup(summary)), 2) AS "eco %",
       round(100 * quebec_food_share(rollup(summary)), 2) AS "Québec food %"
FROM spend_by_month GROUP BY 1 ORDER BY 1;
\echo '-- the rollup of the stored summaries is exactly the aggregate of every purchase:'
SELECT (SELECT rollup(summary) FROM spend_by_month)
       = (SELECT spend_agg(amount, class) FROM purchases) AS exact;
\echo '-- a 12-month moving Québec share (inverse transitions: O(1) per month):'
SELECT * FROM (
    SELECT to_char(month, 'YYYY-MM') AS month,
           round(100 * quebec_share(rollup(s) OVER (ORDER BY month ROWS 11 PRECEDING)), 2) AS "Québec % (12 months)"
    FROM (SELECT month, rollup(summary) AS s FROM spend_by_month GROUP BY month) AS m
) AS w
WHERE month >= to_char((SELECT max(month) FROM spend_by_month) - interval '11 months', 'YYYY-MM')
ORDER BY month;
\echo '-- share_agg: any condition, exactly'
SELECT round(100 * share_agg(amount, class @> '{eco}' AND group_purchase), 2) AS "eco group purchases %",
       round(100 * share_agg(amount, supplier_neq IS NOT NULL), 2) AS "spend with an NEQ %"
FROM purchases;

\ir report.sql

-- SEAO=1 make demo: the plan's views on real SEAO open data (the January
-- 2013 XML export and an excerpt of a 2026 OCDS weekly package, loaded by
-- cag_ovt-load into database cag_ovt_seao).
SET search_path = cag_ovt, public;
\pset footer off

\echo
\echo '== SEAO open data loaded: purchases by source, and what could not be taken as is'
SELECT source, count(*) AS purchases, sum(amount) AS amount FROM purchases GROUP BY source ORDER BY source;
SELECT field, count(*) AS issues, min(reason) AS "a reason" FROM load_issues GROUP BY field ORDER BY field;

\echo
\echo '== A notice delivered to several regions, and one delivered outside Québec'
SELECT source_ref, buyer_region, delivery_region, delivery_regions, supplier_postal_code, class
FROM purchases WHERE source_ref IN ('600980/2', '600976/1', '605835/1') ORDER BY source_ref;

\echo
\echo '== Action A1: share of purchases from Québec suppliers, by fiscal year (all of Québec)'
SELECT fiscal_year_label, purchase_count, total_amount, quebec_share, origin_coverage
FROM quebec_purchase_share_totals ORDER BY fiscal_year;

\echo
\echo '== Regional priorities: purchases from suppliers of the delivery region, 2012-2013'
SELECT region_name, purchase_count, total_amount, regional_share, regional_contract_share, region_coverage
FROM (SELECT * FROM regional_purchase_share UNION ALL SELECT * FROM regional_purchase_share_totals) AS r
WHERE fiscal_year = 2012
ORDER BY scope DESC, region_code;

\echo
\echo '== Action A3: Québec food (segment 50) in these notices, by fiscal year'
SELECT fiscal_year_label, food_amount, quebec_food_amount, quebec_food_share
FROM quebec_food_share_totals ORDER BY fiscal_year;

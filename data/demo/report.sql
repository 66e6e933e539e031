-- The plan's indicators for the last fiscal year with purchases (make demo).
SELECT max(fiscal_year(purchased_on)) AS last_year FROM cag_ovt.purchases \gset
\echo
\echo '=================================================================='
\echo ' Plan d''action OVT du CAG : rapport annuel (action_plan_report)'
\echo '=================================================================='
SELECT fiscal_year_label AS "année", code, indicator AS "indicateur",
       value AS valeur, unit AS "unité", target AS cible, status AS statut
FROM cag_ovt.action_plan_report
WHERE fiscal_year = :last_year
ORDER BY item;

\echo
\echo '== Achats auprès de fournisseurs du Québec (quebec_purchase_share), par région de livraison'
SELECT region_code AS code, region_name AS "région", purchase_count AS achats,
       total_amount AS montant, quebec_amount AS "québécois", outside_quebec_amount AS "hors Québec",
       unknown_origin_amount AS "inconnu", round(100 * quebec_share, 2) AS "part QC %",
       round(100 * origin_coverage, 2) AS "couverture %"
FROM (SELECT * FROM cag_ovt.quebec_purchase_share UNION ALL SELECT * FROM cag_ovt.quebec_purchase_share_totals) AS q
WHERE fiscal_year = :last_year
ORDER BY scope = 'quebec', region_code NULLS LAST;

-- The purchase views: the indicators of the plan that the purchases give,
-- over purchase_summaries() (src/purchase_summaries.sql) and the *_figures
-- functions (src/purchase_figures.sql).
--
-- Each indicator has two views of one shape, so that a BI tool summing a
-- column over all the rows of a view, as it does by default, gets the true
-- total (every purchase counted once):
--   - <view>: a row per fiscal year and delivery region, and a row per
--     fiscal year for the purchases whose delivery region is unknown
--     (scope 'unknown_region', region_code NULL, region_name 'Région
--     inconnue': its own row, since its purchases are in no region);
--   - <view>_totals: a row per fiscal year for all of Québec (scope
--     'quebec', region_code NULL, region_name 'Ensemble du Québec').
-- Version 1.1 held both in <view>; the two have the same columns, so
--   SELECT * FROM <view> UNION ALL SELECT * FROM <view>_totals
-- gives back 1.1's rows.  The totals are not the sum of the region rows for
-- the shares (a share of the totals is over all the purchases of the year).
--
-- Declared types, for the clients that read them (JDBC, ODBC, pandas):
-- codes, names and scopes are varchar(n) (cast here: the result columns of
-- purchase_summaries() carry no length), amounts
-- numeric(20,2), shares and coverages fractions numeric(5,4).

CREATE VIEW cag_ovt.quebec_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_quebec_amount::numeric(20,2) AS outside_quebec_amount,
       f.unknown_origin_amount::numeric(20,2) AS unknown_origin_amount,
       f.quebec_share::numeric(5,4) AS quebec_share,
       f.origin_coverage::numeric(5,4) AS origin_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS f
WHERE s.scope <> 'quebec';
GRANT SELECT ON cag_ovt.quebec_purchase_share TO PUBLIC;
COMMENT ON VIEW cag_ovt.quebec_purchase_share IS
    'Action A1 : part des achats allant à des fournisseurs du Québec, par année financière et région de livraison (une ligne pour la région inconnue ; l''ensemble du Québec est dans quebec_purchase_share_totals) / action A1: share of spend going to Québec suppliers, by fiscal year and delivery region (a row for the unknown region; all of Québec is in quebec_purchase_share_totals)';
--@column_comments cag_ovt.quebec_purchase_share fiscal_year fiscal_year_label region_code=region_row_code region_name=region_row_name scope=region_scope
--@column_comments cag_ovt.quebec_purchase_share purchase_count total_amount quebec_amount outside_quebec_amount unknown_origin_amount quebec_share origin_coverage amount_coverage

CREATE VIEW cag_ovt.quebec_purchase_share_totals WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_quebec_amount::numeric(20,2) AS outside_quebec_amount,
       f.unknown_origin_amount::numeric(20,2) AS unknown_origin_amount,
       f.quebec_share::numeric(5,4) AS quebec_share,
       f.origin_coverage::numeric(5,4) AS origin_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS f
WHERE s.scope = 'quebec';
GRANT SELECT ON cag_ovt.quebec_purchase_share_totals TO PUBLIC;
COMMENT ON VIEW cag_ovt.quebec_purchase_share_totals IS
    'Action A1 : part des achats allant à des fournisseurs du Québec, par année financière pour l''ensemble du Québec (régions inconnues comprises) ; les régions sont dans quebec_purchase_share / action A1: share of spend going to Québec suppliers, by fiscal year for all of Québec (unknown regions included); the regions are in quebec_purchase_share';
--@column_comments cag_ovt.quebec_purchase_share_totals fiscal_year fiscal_year_label region_code=totals_region_code region_name=totals_region_name scope=totals_scope
--@column_comments cag_ovt.quebec_purchase_share_totals purchase_count total_amount quebec_amount outside_quebec_amount unknown_origin_amount quebec_share origin_coverage amount_coverage

CREATE VIEW cag_ovt.regional_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.regional_amount::numeric(20,2) AS regional_amount,
       f.outside_region_amount::numeric(20,2) AS outside_region_amount,
       f.regional_share::numeric(5,4) AS regional_share,
       f.regional_contract_share::numeric(5,4) AS regional_contract_share,
       f.region_coverage::numeric(5,4) AS region_coverage,
       f.regional_contract_coverage::numeric(5,4) AS regional_contract_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS f
WHERE s.scope <> 'quebec';
GRANT SELECT ON cag_ovt.regional_purchase_share TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_purchase_share IS
    'Priorités régionales : part des achats allant à des fournisseurs de la région de livraison (montant et nombre de contrats), par année financière et région de livraison (une ligne pour la région inconnue ; l''ensemble du Québec est dans regional_purchase_share_totals) / regional priorities: share of spend going to suppliers of the delivery region (amount and number of contracts), by fiscal year and delivery region (a row for the unknown region; all of Québec is in regional_purchase_share_totals)';
--@column_comments cag_ovt.regional_purchase_share fiscal_year fiscal_year_label region_code=region_row_code region_name=region_row_name scope=region_scope
--@column_comments cag_ovt.regional_purchase_share purchase_count total_amount regional_amount outside_region_amount regional_share regional_contract_share region_coverage regional_contract_coverage amount_coverage

CREATE VIEW cag_ovt.regional_purchase_share_totals WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.regional_amount::numeric(20,2) AS regional_amount,
       f.outside_region_amount::numeric(20,2) AS outside_region_amount,
       f.regional_share::numeric(5,4) AS regional_share,
       f.regional_contract_share::numeric(5,4) AS regional_contract_share,
       f.region_coverage::numeric(5,4) AS region_coverage,
       f.regional_contract_coverage::numeric(5,4) AS regional_contract_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS f
WHERE s.scope = 'quebec';
GRANT SELECT ON cag_ovt.regional_purchase_share_totals TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_purchase_share_totals IS
    'Priorités régionales : part des achats allant à des fournisseurs de la région de livraison (montant et nombre de contrats), par année financière pour l''ensemble du Québec (régions inconnues comprises) ; les régions sont dans regional_purchase_share / regional priorities: share of spend going to suppliers of the delivery region (amount and number of contracts), by fiscal year for all of Québec (unknown regions included); the regions are in regional_purchase_share';
--@column_comments cag_ovt.regional_purchase_share_totals fiscal_year fiscal_year_label region_code=totals_region_code region_name=totals_region_name scope=totals_scope
--@column_comments cag_ovt.regional_purchase_share_totals purchase_count total_amount regional_amount outside_region_amount regional_share regional_contract_share region_coverage regional_contract_coverage amount_coverage

CREATE VIEW cag_ovt.eco_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.eco_amount::numeric(20,2) AS eco_amount,
       f.eco_share::numeric(5,4) AS eco_share,
       f.group_purchase_amount::numeric(20,2) AS group_purchase_amount,
       f.eco_amount_in_group_purchases::numeric(20,2) AS eco_amount_in_group_purchases,
       f.eco_share_in_group_purchases::numeric(5,4) AS eco_share_in_group_purchases,
       f.eco_coverage::numeric(5,4) AS eco_coverage,
       f.eco_coverage_in_group_purchases::numeric(5,4) AS eco_coverage_in_group_purchases,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS f
WHERE s.scope <> 'quebec';
GRANT SELECT ON cag_ovt.eco_purchase_share TO PUBLIC;
COMMENT ON VIEW cag_ovt.eco_purchase_share IS
    'Action A2 : part écoresponsable des achats, au total et dans les achats regroupés, par année financière et région de livraison (une ligne pour la région inconnue ; l''ensemble du Québec est dans eco_purchase_share_totals) / action A2: eco-responsible share of spend, overall and within group purchases, by fiscal year and delivery region (a row for the unknown region; all of Québec is in eco_purchase_share_totals)';
--@column_comments cag_ovt.eco_purchase_share fiscal_year fiscal_year_label region_code=region_row_code region_name=region_row_name scope=region_scope
--@column_comments cag_ovt.eco_purchase_share purchase_count total_amount eco_amount eco_share group_purchase_amount eco_amount_in_group_purchases eco_share_in_group_purchases eco_coverage eco_coverage_in_group_purchases amount_coverage

CREATE VIEW cag_ovt.eco_purchase_share_totals WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.eco_amount::numeric(20,2) AS eco_amount,
       f.eco_share::numeric(5,4) AS eco_share,
       f.group_purchase_amount::numeric(20,2) AS group_purchase_amount,
       f.eco_amount_in_group_purchases::numeric(20,2) AS eco_amount_in_group_purchases,
       f.eco_share_in_group_purchases::numeric(5,4) AS eco_share_in_group_purchases,
       f.eco_coverage::numeric(5,4) AS eco_coverage,
       f.eco_coverage_in_group_purchases::numeric(5,4) AS eco_coverage_in_group_purchases,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS f
WHERE s.scope = 'quebec';
GRANT SELECT ON cag_ovt.eco_purchase_share_totals TO PUBLIC;
COMMENT ON VIEW cag_ovt.eco_purchase_share_totals IS
    'Action A2 : part écoresponsable des achats, au total et dans les achats regroupés, par année financière pour l''ensemble du Québec (régions inconnues comprises) ; les régions sont dans eco_purchase_share / action A2: eco-responsible share of spend, overall and within group purchases, by fiscal year for all of Québec (unknown regions included); the regions are in eco_purchase_share';
--@column_comments cag_ovt.eco_purchase_share_totals fiscal_year fiscal_year_label region_code=totals_region_code region_name=totals_region_name scope=totals_scope
--@column_comments cag_ovt.eco_purchase_share_totals purchase_count total_amount eco_amount eco_share group_purchase_amount eco_amount_in_group_purchases eco_share_in_group_purchases eco_coverage eco_coverage_in_group_purchases amount_coverage

CREATE VIEW cag_ovt.quebec_food_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.food_amount::numeric(20,2) AS food_amount,
       f.quebec_food_amount::numeric(20,2) AS quebec_food_amount,
       f.quebec_food_share::numeric(5,4) AS quebec_food_share,
       f.food_coverage::numeric(5,4) AS food_coverage,
       f.quebec_food_coverage::numeric(5,4) AS quebec_food_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f
WHERE s.scope <> 'quebec';
GRANT SELECT ON cag_ovt.quebec_food_share TO PUBLIC;
COMMENT ON VIEW cag_ovt.quebec_food_share IS
    'Action A3 : part des aliments québécois dans les achats d''aliments, par année financière et région de livraison (une ligne pour la région inconnue ; l''ensemble du Québec est dans quebec_food_share_totals) / action A3: Québec food share of food purchases, by fiscal year and delivery region (a row for the unknown region; all of Québec is in quebec_food_share_totals)';
--@column_comments cag_ovt.quebec_food_share fiscal_year fiscal_year_label region_code=region_row_code region_name=region_row_name scope=region_scope
--@column_comments cag_ovt.quebec_food_share purchase_count total_amount food_amount quebec_food_amount quebec_food_share food_coverage quebec_food_coverage amount_coverage

CREATE VIEW cag_ovt.quebec_food_share_totals WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.food_amount::numeric(20,2) AS food_amount,
       f.quebec_food_amount::numeric(20,2) AS quebec_food_amount,
       f.quebec_food_share::numeric(5,4) AS quebec_food_share,
       f.food_coverage::numeric(5,4) AS food_coverage,
       f.quebec_food_coverage::numeric(5,4) AS quebec_food_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f
WHERE s.scope = 'quebec';
GRANT SELECT ON cag_ovt.quebec_food_share_totals TO PUBLIC;
COMMENT ON VIEW cag_ovt.quebec_food_share_totals IS
    'Action A3 : part des aliments québécois dans les achats d''aliments, par année financière pour l''ensemble du Québec (régions inconnues comprises) ; les régions sont dans quebec_food_share / action A3: Québec food share of food purchases, by fiscal year for all of Québec (unknown regions included); the regions are in quebec_food_share';
--@column_comments cag_ovt.quebec_food_share_totals fiscal_year fiscal_year_label region_code=totals_region_code region_name=totals_region_name scope=totals_scope
--@column_comments cag_ovt.quebec_food_share_totals purchase_count total_amount food_amount quebec_food_amount quebec_food_share food_coverage quebec_food_coverage amount_coverage

CREATE VIEW cag_ovt.outside_centres_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_centres_amount::numeric(20,2) AS outside_centres_amount,
       f.centres_amount::numeric(20,2) AS centres_amount,
       f.unknown_location_amount::numeric(20,2) AS unknown_location_amount,
       f.outside_centres_share::numeric(5,4) AS outside_centres_share,
       f.location_coverage::numeric(5,4) AS location_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                   s.centres_summary) AS f
WHERE s.scope <> 'quebec';
GRANT SELECT ON cag_ovt.outside_centres_purchase_share TO PUBLIC;
COMMENT ON VIEW cag_ovt.outside_centres_purchase_share IS
    'Stratégie gouvernementale des marchés publics : part des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, par année financière et région de livraison (une ligne pour la région inconnue ; l''ensemble du Québec est dans outside_centres_purchase_share_totals) / government procurement strategy: share of the spend with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, by fiscal year and delivery region (a row for the unknown region; all of Québec is in outside_centres_purchase_share_totals)';
--@column_comments cag_ovt.outside_centres_purchase_share fiscal_year fiscal_year_label region_code=region_row_code region_name=region_row_name scope=region_scope
--@column_comments cag_ovt.outside_centres_purchase_share purchase_count total_amount quebec_amount outside_centres_amount centres_amount unknown_location_amount outside_centres_share location_coverage amount_coverage

CREATE VIEW cag_ovt.outside_centres_purchase_share_totals WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label::character varying(15) AS fiscal_year_label,
       s.region_code::character varying(2) AS region_code,
       s.region_name::character varying(40) AS region_name, s.scope::character varying(14) AS scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_centres_amount::numeric(20,2) AS outside_centres_amount,
       f.centres_amount::numeric(20,2) AS centres_amount,
       f.unknown_location_amount::numeric(20,2) AS unknown_location_amount,
       f.outside_centres_share::numeric(5,4) AS outside_centres_share,
       f.location_coverage::numeric(5,4) AS location_coverage,
       f.amount_coverage::numeric(5,4) AS amount_coverage
FROM cag_ovt.purchase_summaries() s
CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                   s.centres_summary) AS f
WHERE s.scope = 'quebec';
GRANT SELECT ON cag_ovt.outside_centres_purchase_share_totals TO PUBLIC;
COMMENT ON VIEW cag_ovt.outside_centres_purchase_share_totals IS
    'Stratégie gouvernementale des marchés publics : part des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, par année financière pour l''ensemble du Québec (régions inconnues comprises) ; les régions sont dans outside_centres_purchase_share / government procurement strategy: share of the spend with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, by fiscal year for all of Québec (unknown regions included); the regions are in outside_centres_purchase_share';
--@column_comments cag_ovt.outside_centres_purchase_share_totals fiscal_year fiscal_year_label region_code=totals_region_code region_name=totals_region_name scope=totals_scope
--@column_comments cag_ovt.outside_centres_purchase_share_totals purchase_count total_amount quebec_amount outside_centres_amount centres_amount unknown_location_amount outside_centres_share location_coverage amount_coverage

-- The plan's purchase indicators as views over cag_ovt.purchases, the
-- indicators in long form, the regional priorities' figures, the annual
-- report (action_plan_report), and the monthly materialized view
-- spend_by_month with its roll-up to fiscal years.
--
-- One scan: purchase_summaries reads the purchases once, through the C
-- aggregate spend_agg_by_fiscal_year_region (src/purchase_summaries.c),
-- which returns, for each fiscal year and delivery region, the
-- spend_agg(amount, class) of its purchases, of its group purchases, and
-- of those whose supplier is located in a region that counts "in the
-- regions" or in one that does not.  Over those few rows, GROUP BY
-- GROUPING SETS ((fiscal year, region), (fiscal year)) with rollup() adds
-- the all-of-Québec row of each year, told apart by GROUPING().  rollup of
-- the regions' summaries is exactly spend_agg over their purchases.  The
-- aggregate runs in parallel (partial states combined group by group); it
-- replaces GROUP BY fiscal_year(purchased_on), delivery_region with
-- spend_agg ... FILTER, which gave the same figures (1.0 does that) but
-- spent as much time in the executor's generic grouping as in the
-- summaries, and grouping the purchases themselves by GROUPING SETS would
-- advance one state per grouping set and would not run in parallel.  The
-- purchase views are purchase_summaries with the accessors on top, through
-- the *_figures functions, which the planner inlines.

-- Rows of a purchase view: one per fiscal year and delivery region (scope
-- 'region'), one per fiscal year for the purchases whose delivery region is
-- unknown -- NULL delivery_region, which includes notices delivered to
-- several regions (scope 'unknown_region', region_code NULL, region_name
-- 'Région inconnue') -- and one per fiscal year for all of Québec, unknown
-- regions included (scope 'quebec', region_code NULL, region_name 'Ensemble
-- du Québec'), told apart by GROUPING().
--
-- Shares are fractions from 0 to 1 rounded to 4 decimals (round(x, 4)),
-- NULL when their denominator is 0; amounts are exact, numeric(20,2).  In
-- indicator_values, regional_priority_indicators and action_plan_report a
-- share is in percent with 2 decimals (the 4-decimal fraction times 100), a
-- count is a number: the unit of the indicator (view indicators).

-- ---------------------------------------------------------------------
-- Statistics on the grouping by fiscal year and delivery region, so that
-- the planner knows there are a few dozen (fiscal year, region) groups
-- rather than (days x regions) in a query that groups the purchases so
-- (the purchase views of 1.0 did; those of 1.1 group in
-- spend_agg_by_fiscal_year_region).  ANALYZE fills it.
CREATE STATISTICS cag_ovt.purchases_fiscal_year_region (ndistinct)
    ON cag_ovt.fiscal_year(purchased_on), delivery_region FROM cag_ovt.purchases;
COMMENT ON STATISTICS cag_ovt.purchases_fiscal_year_region IS
    'Nombre de groupes (année financière, région de livraison) des achats, pour le planificateur des vues d''indicateurs / number of (fiscal year, delivery region) groups of the purchases, for the planner of the indicator views';

-- ---------------------------------------------------------------------
-- The summaries of the purchases by fiscal year and delivery region; since
-- 1.1, also of the purchases whose supplier is located outside Montréal and
-- Capitale-Nationale ("in the regions": regions.counts_as_region of the
-- supplier's region) and of those whose supplier is located in them (the
-- supplier's region is supplier_region, else that of its postal code on the
-- date of the purchase, as in spend_by_month).
CREATE VIEW cag_ovt.purchase_summaries WITH (security_invoker = true) AS
SELECT g.fiscal_year,
       g.fiscal_year::text || '-' || (g.fiscal_year + 1)::text AS fiscal_year_label,
       cag_ovt.region_code(g.delivery_region) AS region_code,
       CASE WHEN g.all_of_quebec = 1 THEN 'Ensemble du Québec'
            WHEN g.delivery_region IS NULL THEN 'Région inconnue'
            ELSE cag_ovt.region_name(g.delivery_region) END AS region_name,
       CASE WHEN g.all_of_quebec = 1 THEN 'quebec'
            WHEN g.delivery_region IS NULL THEN 'unknown_region'
            ELSE 'region' END AS scope,
       g.summary,
       g.group_summary,
       g.outside_centres_summary,
       g.centres_summary
FROM (
    SELECT r.fiscal_year,
           r.delivery_region,
           GROUPING(r.delivery_region) AS all_of_quebec,
           cag_ovt.rollup(r.summary) AS summary,
           cag_ovt.rollup(r.group_summary) AS group_summary,
           cag_ovt.rollup(r.outside_centres_summary) AS outside_centres_summary,
           cag_ovt.rollup(r.centres_summary) AS centres_summary
    FROM (
        SELECT u.fiscal_year, u.delivery_region, u.summary, u.group_summary,
               u.outside_centres_summary, u.centres_summary
        FROM (SELECT cag_ovt.spend_agg_by_fiscal_year_region(
                         p.purchased_on, p.delivery_region, p.amount, p.class, p.group_purchase,
                         p.supplier_region, p.supplier_postal_code) AS groups
              FROM cag_ovt.purchases p) AS a
        CROSS JOIN LATERAL pg_catalog.unnest(a.groups) AS u
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g;
GRANT SELECT ON cag_ovt.purchase_summaries TO PUBLIC;
COMMENT ON VIEW cag_ovt.purchase_summaries IS
    'Sommaires des achats (spend_summary) par année financière et région de livraison, avec une ligne par année pour les régions inconnues et pour l''ensemble du Québec, en une lecture des achats : la base des vues d''indicateurs / summaries of the purchases (spend_summary) by fiscal year and delivery region, with a row per year for unknown regions and for all of Québec, in one scan of the purchases: the base of the indicator views';
COMMENT ON COLUMN cag_ovt.purchase_summaries.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.purchase_summaries.region_code IS
    'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.purchase_summaries.region_name IS
    'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.scope IS
    '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.summary IS 'spend_agg(amount, class) des achats du groupe / spend_agg(amount, class) of the purchases of the group';
COMMENT ON COLUMN cag_ovt.purchase_summaries.group_summary IS
    'spend_agg(amount, class) des achats regroupés (group_purchase) du groupe / spend_agg(amount, class) of the group purchases (group_purchase) of the group';
COMMENT ON COLUMN cag_ovt.purchase_summaries.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » (Montréal, Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions" (Montréal, Capitale-Nationale)';

-- ---------------------------------------------------------------------
-- The figures of each purchase view, from summaries.  SQL functions with a
-- standard body (resolved when created, whatever the caller's search_path),
-- set-returning and not strict so that the planner inlines them.
CREATE FUNCTION cag_ovt.quebec_purchase_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, quebec_amount numeric,
                   outside_quebec_amount numeric, unknown_origin_amount numeric,
                   quebec_share numeric, origin_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'quebec'),
           cag_ovt.amount(summary, 'outside_quebec'),
           cag_ovt.total_amount(summary) - cag_ovt.amount(summary, 'quebec')
               - cag_ovt.amount(summary, 'outside_quebec'),
           round(cag_ovt.quebec_share(summary), 4),
           round(cag_ovt.coverage(summary, 'origin'), 4);
END;
COMMENT ON FUNCTION cag_ovt.quebec_purchase_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue quebec_purchase_share pour un sommaire : nombre, montants total, québécois, hors Québec, de provenance inconnue, part québécoise et couverture (4 décimales) / figures of view quebec_purchase_share for a summary: count, total, Québec, outside-Québec and unknown-origin amounts, Québec share and coverage (4 decimals)';

CREATE FUNCTION cag_ovt.regional_purchase_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, regional_amount numeric,
                   outside_region_amount numeric, regional_share numeric,
                   regional_contract_share numeric, region_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'regional'),
           cag_ovt.amount(summary, 'outside_region'),
           round(cag_ovt.regional_share(summary), 4),
           round(cag_ovt.purchase_count(summary, 'regional')::numeric
                 / nullif(cag_ovt.purchase_count(summary, 'regional')
                          + cag_ovt.purchase_count(summary, 'outside_region'), 0), 4),
           round(cag_ovt.coverage(summary, 'region'), 4);
END;
COMMENT ON FUNCTION cag_ovt.regional_purchase_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue regional_purchase_share pour un sommaire : nombre, montants total, régional, hors région, part régionale (montant), part des contrats (nombre) et couverture (4 décimales) / figures of view regional_purchase_share for a summary: count, total, regional and outside-region amounts, regional share (amount), contract share (count) and coverage (4 decimals)';

CREATE FUNCTION cag_ovt.eco_purchase_figures(summary cag_ovt.spend_summary,
                                             group_summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, eco_amount numeric,
                   eco_share numeric, group_purchase_amount numeric,
                   eco_amount_in_group_purchases numeric, eco_share_in_group_purchases numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'eco'),
           round(cag_ovt.eco_share(summary), 4),
           cag_ovt.amount(summary, 'group_purchase'),
           cag_ovt.amount(group_summary, 'eco'),
           round(cag_ovt.eco_share(group_summary), 4);
END;
COMMENT ON FUNCTION cag_ovt.eco_purchase_figures(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Chiffres de la vue eco_purchase_share pour le sommaire de tous les achats et celui des achats regroupés : nombre, montants, parts écoresponsables (4 décimales) / figures of view eco_purchase_share for the summary of all purchases and that of the group purchases: count, amounts, eco-responsible shares (4 decimals)';

CREATE FUNCTION cag_ovt.quebec_food_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, food_amount numeric,
                   quebec_food_amount numeric, quebec_food_share numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'food'),
           cag_ovt.amount(summary, 'quebec_food'),
           round(cag_ovt.quebec_food_share(summary), 4);
END;
COMMENT ON FUNCTION cag_ovt.quebec_food_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue quebec_food_share pour un sommaire : nombre, montants total, alimentaire, d''aliments québécois, part québécoise des aliments (4 décimales) / figures of view quebec_food_share for a summary: count, total, food and Québec-food amounts, Québec share of food (4 decimals)';

CREATE FUNCTION cag_ovt.outside_centres_figures(summary cag_ovt.spend_summary,
                                                outside_centres_summary cag_ovt.spend_summary,
                                                centres_summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, quebec_amount numeric,
                   outside_centres_amount numeric, centres_amount numeric,
                   unknown_location_amount numeric, outside_centres_share numeric,
                   location_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'quebec'),
           cag_ovt.amount(outside_centres_summary, 'quebec'),
           cag_ovt.amount(centres_summary, 'quebec'),
           cag_ovt.amount(summary, 'quebec') - cag_ovt.amount(outside_centres_summary, 'quebec')
               - cag_ovt.amount(centres_summary, 'quebec'),
           round(cag_ovt.amount(outside_centres_summary, 'quebec')
                 / nullif(cag_ovt.amount(outside_centres_summary, 'quebec')
                          + cag_ovt.amount(centres_summary, 'quebec'), 0), 4),
           round((cag_ovt.amount(outside_centres_summary, 'quebec') + cag_ovt.amount(centres_summary, 'quebec'))
                 / nullif(cag_ovt.amount(summary, 'quebec'), 0), 4);
END;
COMMENT ON FUNCTION cag_ovt.outside_centres_figures(cag_ovt.spend_summary, cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Chiffres de la vue outside_centres_purchase_share pour le sommaire de tous les achats et ceux des achats à des fournisseurs situés hors de Montréal et de la Capitale-Nationale et dans ces régions : nombre, montants total, québécois, hors centres, dans les centres, de région inconnue, part hors centres et couverture (4 décimales) / figures of view outside_centres_purchase_share for the summary of all purchases and those of the purchases from suppliers located outside Montréal and Capitale-Nationale and in them: count, total, Québec, outside-centres, in-centres and unknown-region amounts, outside-centres share and coverage (4 decimals)';

-- ---------------------------------------------------------------------
-- The purchase views.
CREATE VIEW cag_ovt.quebec_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_quebec_amount::numeric(20,2) AS outside_quebec_amount,
       f.unknown_origin_amount::numeric(20,2) AS unknown_origin_amount,
       f.quebec_share,
       f.origin_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.quebec_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.regional_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.regional_amount::numeric(20,2) AS regional_amount,
       f.outside_region_amount::numeric(20,2) AS outside_region_amount,
       f.regional_share,
       f.regional_contract_share,
       f.region_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.regional_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.eco_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.eco_amount::numeric(20,2) AS eco_amount,
       f.eco_share,
       f.group_purchase_amount::numeric(20,2) AS group_purchase_amount,
       f.eco_amount_in_group_purchases::numeric(20,2) AS eco_amount_in_group_purchases,
       f.eco_share_in_group_purchases
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS f;
GRANT SELECT ON cag_ovt.eco_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.quebec_food_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.food_amount::numeric(20,2) AS food_amount,
       f.quebec_food_amount::numeric(20,2) AS quebec_food_amount,
       f.quebec_food_share
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.quebec_food_share TO PUBLIC;

-- Since 1.1: the government-wide indicator of the Stratégie gouvernementale
-- des marchés publics, the share of the purchases from Québec suppliers
-- that goes to suppliers located outside Montréal and Capitale-Nationale.
CREATE VIEW cag_ovt.outside_centres_purchase_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.quebec_amount::numeric(20,2) AS quebec_amount,
       f.outside_centres_amount::numeric(20,2) AS outside_centres_amount,
       f.centres_amount::numeric(20,2) AS centres_amount,
       f.unknown_location_amount::numeric(20,2) AS unknown_location_amount,
       f.outside_centres_share,
       f.location_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                                   s.centres_summary) AS f;
GRANT SELECT ON cag_ovt.outside_centres_purchase_share TO PUBLIC;

COMMENT ON VIEW cag_ovt.quebec_purchase_share IS
    'Action A1 : part des achats allant à des fournisseurs du Québec, par année financière et région de livraison, et pour l''ensemble du Québec / action A1: share of spend going to Québec suppliers, by fiscal year and delivery region, and for all of Québec';
COMMENT ON VIEW cag_ovt.regional_purchase_share IS
    'Priorités régionales : part des achats allant à des fournisseurs de la région de livraison (montant et nombre de contrats), par année financière et région, et pour l''ensemble du Québec / regional priorities: share of spend going to suppliers of the delivery region (amount and number of contracts), by fiscal year and region, and for all of Québec';
COMMENT ON VIEW cag_ovt.eco_purchase_share IS
    'Action A2 : part écoresponsable des achats, au total et dans les achats regroupés, par année financière et région de livraison, et pour l''ensemble du Québec / action A2: eco-responsible share of spend, overall and within group purchases, by fiscal year and delivery region, and for all of Québec';
COMMENT ON VIEW cag_ovt.quebec_food_share IS
    'Action A3 : part des aliments québécois dans les achats d''aliments, par année financière et région de livraison, et pour l''ensemble du Québec / action A3: Québec food share of food purchases, by fiscal year and delivery region, and for all of Québec';

COMMENT ON VIEW cag_ovt.outside_centres_purchase_share IS
    'Stratégie gouvernementale des marchés publics : part des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, par année financière et région de livraison, et pour l''ensemble du Québec / government procurement strategy: share of the spend with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, by fiscal year and delivery region, and for all of Québec';

-- The columns the purchase views share.
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.quebec_food_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.quebec_food_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.quebec_food_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.quebec_food_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.quebec_food_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.quebec_food_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.quebec_food_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.quebec_amount IS 'Montant des achats à des fournisseurs du Québec / amount spent with Québec suppliers';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.outside_quebec_amount IS 'Montant des achats à des fournisseurs hors Québec / amount spent with suppliers outside Québec';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.unknown_origin_amount IS
    'Montant des achats dont la provenance du fournisseur est inconnue / amount spent with suppliers of unknown origin';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.quebec_share IS
    'quebec_amount / (quebec_amount + outside_quebec_amount), fraction à 4 décimales ; NULL si aucune provenance n''est connue / quebec_amount / (quebec_amount + outside_quebec_amount), fraction with 4 decimals; NULL when no origin is known';
COMMENT ON COLUMN cag_ovt.quebec_purchase_share.origin_coverage IS
    'Part du montant total dont la provenance est connue, 4 décimales ; NULL si le total est 0 / share of the total amount whose origin is known, 4 decimals; NULL when the total is 0';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_amount IS
    'Montant des achats à des fournisseurs de la région de livraison / amount spent with suppliers of the delivery region';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.outside_region_amount IS
    'Montant des achats à des fournisseurs d''une autre région ou hors Québec / amount spent with suppliers of another region or outside Québec';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_share IS
    'regional_amount / (regional_amount + outside_region_amount), fraction à 4 décimales ; NULL si aucune région n''est connue / regional_amount / (regional_amount + outside_region_amount), fraction with 4 decimals; NULL when no region is known';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_contract_share IS
    'Même part, en nombre de contrats : achats régionaux / (régionaux + hors région), 4 décimales / the same share by number of contracts: regional purchases / (regional + outside region), 4 decimals';
COMMENT ON COLUMN cag_ovt.regional_purchase_share.region_coverage IS
    'Part du montant total pour laquelle régional ou hors région est connu, 4 décimales / share of the total amount for which regional or outside region is known, 4 decimals';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_amount IS 'Montant des achats écoresponsables / eco-responsible amount';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_share IS
    'eco_amount / total_amount, fraction à 4 décimales ; NULL si le total est 0 / eco_amount / total_amount, fraction with 4 decimals; NULL when the total is 0';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.group_purchase_amount IS 'Montant des achats regroupés / amount of the group purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_amount_in_group_purchases IS
    'Montant des achats regroupés écoresponsables / eco-responsible amount of the group purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_share_in_group_purchases IS
    'eco_amount_in_group_purchases / group_purchase_amount, 4 décimales ; NULL sans achat regroupé / eco_amount_in_group_purchases / group_purchase_amount, 4 decimals; NULL without group purchases';
COMMENT ON COLUMN cag_ovt.quebec_food_share.food_amount IS 'Montant des achats d''aliments / amount spent on food';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_amount IS 'Montant des achats d''aliments québécois / amount spent on Québec food';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_share IS
    'quebec_food_amount / food_amount, fraction à 4 décimales ; NULL sans achat d''aliments / quebec_food_amount / food_amount, fraction with 4 decimals; NULL without food purchases';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.quebec_amount IS
    'Montant des achats à des fournisseurs du Québec / amount spent with Québec suppliers';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.outside_centres_amount IS
    'Montant des achats à des fournisseurs du Québec situés dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / amount spent with Québec suppliers located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.centres_amount IS
    'Montant des achats à des fournisseurs du Québec situés à Montréal ou dans la Capitale-Nationale (régions qui ne comptent pas « en région ») / amount spent with Québec suppliers located in Montréal or Capitale-Nationale (regions that do not count as "in the regions")';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.unknown_location_amount IS
    'Montant des achats à des fournisseurs du Québec dont la région est inconnue (ni supplier_region ni code postal qui la donne) / amount spent with Québec suppliers whose region is unknown (neither supplier_region nor a postal code that gives it)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.outside_centres_share IS
    'outside_centres_amount / (outside_centres_amount + centres_amount), fraction à 4 décimales ; NULL si aucune région de fournisseur n''est connue / outside_centres_amount / (outside_centres_amount + centres_amount), fraction with 4 decimals; NULL when no supplier region is known';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.location_coverage IS
    'Part du montant des achats à des fournisseurs du Québec dont la région du fournisseur est connue, 4 décimales ; NULL si ce montant est 0 / share of the amount spent with Québec suppliers whose supplier region is known, 4 decimals; NULL when that amount is 0';

-- ---------------------------------------------------------------------
-- Every indicator in long form: fiscal year, scope, indicator, value in its
-- unit.  One scan of the purchases.
CREATE VIEW cag_ovt.indicator_values WITH (security_invoker = true) AS
SELECT v.fiscal_year, v.fiscal_year::text || '-' || (v.fiscal_year + 1)::text AS fiscal_year_label,
       v.region_code, v.region_name, v.scope, v.indicator, v.value, i.unit
FROM (
    SELECT s.fiscal_year, s.region_code, s.region_name, s.scope, x.indicator,
           round(x.share * 100, 2) AS value
    FROM cag_ovt.purchase_summaries s
    CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS q
    CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS r
    CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS e
    CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f
    CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                                       s.centres_summary) AS o
    CROSS JOIN LATERAL (VALUES
        ('quebec_share', q.quebec_share),
        ('eco_share', e.eco_share),
        ('eco_share_in_group_purchases', e.eco_share_in_group_purchases),
        ('quebec_food_share', f.quebec_food_share),
        ('regional_share', r.regional_share),
        ('regional_contract_share', r.regional_contract_share),
        ('outside_centres_share', o.outside_centres_share)
    ) AS x(indicator, share)
    WHERE s.scope <> 'unknown_region'
    UNION ALL
    SELECT p.fiscal_year, p.region_code, p.region_name, p.scope, x.indicator, x.value
    FROM cag_ovt.regional_positions p
    CROSS JOIN LATERAL (VALUES
        ('share_in_regions', CASE WHEN p.scope = 'quebec' THEN round(p.share_in_regions * 100, 2) END),
        ('regionalized_positions', p.regionalized_positions::numeric)
    ) AS x(indicator, value)
    WHERE p.scope = 'quebec' OR x.indicator = 'regionalized_positions'
    UNION ALL
    SELECT c.fiscal_year, NULL, 'Ensemble du Québec', 'quebec', x.indicator, x.value
    FROM cag_ovt.partner_committee_status c
    CROSS JOIN LATERAL (VALUES
        ('committees_with_rules', c.committees_with_rules::numeric),
        ('meetings_held', c.meetings_held::numeric),
        ('regions_covered', c.regions_covered::numeric)
    ) AS x(indicator, value)
) AS v
JOIN cag_ovt.indicators i ON i.indicator = v.indicator;
GRANT SELECT ON cag_ovt.indicator_values TO PUBLIC;
COMMENT ON VIEW cag_ovt.indicator_values IS
    'Tous les indicateurs en format long : année financière, portée (ensemble du Québec ou région), clé de l''indicateur, valeur dans son unité (% à 2 décimales ou nombre) / every indicator in long form: fiscal year, scope (all of Québec or region), indicator key, value in its unit (% with 2 decimals or count)';
COMMENT ON COLUMN cag_ovt.indicator_values.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.indicator_values.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.indicator_values.region_code IS 'Code de la région ; NULL pour l''ensemble du Québec / region code; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.indicator_values.region_name IS 'Nom de la région, ou ''Ensemble du Québec'' / region name, or ''Ensemble du Québec''';
COMMENT ON COLUMN cag_ovt.indicator_values.scope IS '''quebec'' (ensemble du Québec) ou ''region'' / ''quebec'' (all of Québec) or ''region''';
COMMENT ON COLUMN cag_ovt.indicator_values.indicator IS 'Clé de l''indicateur (vue indicators) / indicator key (view indicators)';
COMMENT ON COLUMN cag_ovt.indicator_values.value IS
    'Valeur dans l''unité de l''indicateur : pourcentage à 2 décimales (la fraction à 4 décimales fois 100) ou nombre ; NULL si le dénominateur est 0 / value in the unit of the indicator: percent with 2 decimals (the 4-decimal fraction times 100) or count; NULL when the denominator is 0';
COMMENT ON COLUMN cag_ovt.indicator_values.unit IS '''%'' ou ''nombre'' / ''%'' or ''nombre'' (count)';

-- ---------------------------------------------------------------------
-- The regional priorities with the value of their indicator in their
-- region, for every fiscal year that has a value of some indicator.
CREATE VIEW cag_ovt.regional_priority_indicators WITH (security_invoker = true) AS
WITH v AS MATERIALIZED (
    SELECT * FROM cag_ovt.indicator_values
),
years AS (
    SELECT DISTINCT v.fiscal_year FROM v
)
SELECT y.fiscal_year,
       y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text AS fiscal_year_label,
       cag_ovt.region_code(p.region) AS region_code,
       cag_ovt.region_name(p.region) AS region_name,
       p.priority_number,
       p.title,
       p.indicator,
       v.value,
       i.unit
FROM years y
CROSS JOIN cag_ovt.regional_priorities p
JOIN cag_ovt.indicators i ON i.indicator = p.indicator
LEFT JOIN v ON v.fiscal_year = y.fiscal_year AND v.indicator = p.indicator
           AND v.scope = 'region' AND v.region_code = cag_ovt.region_code(p.region);
GRANT SELECT ON cag_ovt.regional_priority_indicators TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_priority_indicators IS
    'Priorités régionales auxquelles répond le plan et valeur de leur indicateur dans leur région, par année financière / regional priorities the plan answers and the value of their indicator in their region, per fiscal year';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.region_code IS 'Code de la région de la priorité / code of the region of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.region_name IS 'Nom de la région de la priorité / name of the region of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.priority_number IS 'Numéro de la priorité dans la région / number of the priority in the region';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.title IS 'Intitulé de la priorité / title of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.indicator IS 'Clé de l''indicateur suivi (vue indicators) / key of the indicator followed (view indicators)';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.value IS
    'Valeur de l''indicateur dans la région, dans son unité ; NULL sans donnée / value of the indicator in the region, in its unit; NULL without data';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.unit IS '''%'' ou ''nombre'' / ''%'' or ''nombre'' (count)';

-- ---------------------------------------------------------------------
-- The annual report: per fiscal year, the plan's actions with their
-- indicators, values, targets and status.
CREATE VIEW cag_ovt.action_plan_report WITH (security_invoker = true) AS
WITH v AS MATERIALIZED (
    SELECT * FROM cag_ovt.indicator_values
),
years AS (
    SELECT DISTINCT v.fiscal_year FROM v
)
SELECT y.fiscal_year,
       y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text AS fiscal_year_label,
       a.item,
       a.code,
       a.action,
       a.indicator,
       a.scope,
       a.region_code,
       a.region_name,
       v.value,
       a.unit,
       t.target,
       CASE WHEN t.target IS NULL THEN 'sans cible'
            WHEN v.value IS NULL THEN 'sans donnée'
            WHEN v.value >= t.target THEN 'atteinte'
            ELSE 'non atteinte' END AS status
FROM years y
CROSS JOIN cag_ovt.plan_actions a
LEFT JOIN v ON v.fiscal_year = y.fiscal_year AND v.indicator = a.indicator AND v.scope = a.scope
           AND coalesce(v.region_code, '') = coalesce(a.region_code, '')
LEFT JOIN cag_ovt.targets t ON t.indicator = a.indicator AND t.fiscal_year = y.fiscal_year
           AND coalesce(cag_ovt.region_code(t.region), '') = coalesce(a.region_code, '')
ORDER BY y.fiscal_year, a.item;
GRANT SELECT ON cag_ovt.action_plan_report TO PUBLIC;
COMMENT ON VIEW cag_ovt.action_plan_report IS
    'Reddition de comptes du plan d''action OVT (rapport annuel de gestion) : par année financière, chaque action du plan et ses indicateurs, valeur, cible et statut / reporting of the OVT action plan (annual management report): per fiscal year, each action of the plan and its indicators, value, target and status';
COMMENT ON COLUMN cag_ovt.action_plan_report.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.action_plan_report.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.action_plan_report.item IS 'Rang de la ligne dans le plan (vue plan_actions) / rank of the row in the plan (view plan_actions)';
COMMENT ON COLUMN cag_ovt.action_plan_report.code IS 'Code de l''action : A1 à A5, SGMP, ou P<région>-<numéro> / action code: A1 to A5, SGMP, or P<region>-<number>';
COMMENT ON COLUMN cag_ovt.action_plan_report.action IS 'Libellé de l''action (en français) / text of the action (in French)';
COMMENT ON COLUMN cag_ovt.action_plan_report.indicator IS 'Clé de l''indicateur (vue indicators) / indicator key (view indicators)';
COMMENT ON COLUMN cag_ovt.action_plan_report.scope IS '''quebec'' (ensemble du Québec) ou ''region'' (région de la priorité) / ''quebec'' (all of Québec) or ''region'' (region of the priority)';
COMMENT ON COLUMN cag_ovt.action_plan_report.region_code IS 'Code de la région mesurée ; NULL pour l''ensemble du Québec / code of the region measured; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.action_plan_report.region_name IS 'Nom de la région mesurée, ou ''Ensemble du Québec'' / name of the region measured, or ''Ensemble du Québec''';
COMMENT ON COLUMN cag_ovt.action_plan_report.value IS
    'Valeur dans l''unité : pourcentage à 2 décimales (43.21) ou nombre ; NULL sans donnée / value in the unit: percent with 2 decimals (43.21) or count; NULL without data';
COMMENT ON COLUMN cag_ovt.action_plan_report.unit IS '''%'' ou ''nombre'' / ''%'' or ''nombre'' (count)';
COMMENT ON COLUMN cag_ovt.action_plan_report.target IS 'Cible (table targets), dans la même unité ; NULL sans cible / target (table targets), in the same unit; NULL without a target';
COMMENT ON COLUMN cag_ovt.action_plan_report.status IS
    '''atteinte'' (valeur >= cible), ''non atteinte'', ''sans cible'' ou ''sans donnée'' (cible sans valeur) / ''atteinte'' (met: value >= target), ''non atteinte'' (not met), ''sans cible'' (no target) or ''sans donnée'' (a target but no value)';

-- ---------------------------------------------------------------------
-- Monthly summaries, stored: month, delivery region, supplier region,
-- UNSPSC segment, group purchase.  Created WITH NO DATA: its rows are not
-- in a dump (it is a member of the extension, which pg_dump does not dump),
-- so a restored database must refresh it; unpopulated, reading it is an
-- error rather than an empty answer.  It belongs to the extension's owner,
-- who refreshes it:
--     REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;               -- first time
--     REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month;  -- then
-- The unique index over every grouping column, NULLS NOT DISTINCT, is what
-- REFRESH ... CONCURRENTLY requires.  Its query runs as the owner: row-level
-- security on purchases applies to the owner unless it bypasses it.
CREATE MATERIALIZED VIEW cag_ovt.spend_by_month AS
SELECT pg_catalog.date_trunc('month', p.purchased_on::timestamp without time zone)::date AS month,
       p.delivery_region,
       coalesce(p.supplier_region,
                cag_ovt.region_of_postal_code(p.supplier_postal_code, p.purchased_on)) AS supplier_region,
       cag_ovt.unspsc_segment(p.category) AS segment,
       p.group_purchase,
       cag_ovt.spend_agg(p.amount, p.class) AS summary
FROM cag_ovt.purchases p
GROUP BY 1, 2, 3, 4, 5
WITH NO DATA;
CREATE UNIQUE INDEX spend_by_month_key ON cag_ovt.spend_by_month
    (month, delivery_region, supplier_region, segment, group_purchase) NULLS NOT DISTINCT;
ALTER MATERIALIZED VIEW cag_ovt.spend_by_month OWNER TO @extowner@;
COMMENT ON MATERIALIZED VIEW cag_ovt.spend_by_month IS
    'Sommaires mensuels des achats par région de livraison, région du fournisseur, segment UNSPSC et achat regroupé ; à rafraîchir (REFRESH MATERIALIZED VIEW [CONCURRENTLY]) après chaque chargement et après une restauration / monthly summaries of the purchases by delivery region, supplier region, UNSPSC segment and group purchase; refresh it (REFRESH MATERIALIZED VIEW [CONCURRENTLY]) after each load and after a restore';
COMMENT ON COLUMN cag_ovt.spend_by_month.month IS 'Premier jour du mois de l''achat / first day of the month of the purchase';
COMMENT ON COLUMN cag_ovt.spend_by_month.delivery_region IS 'Région de livraison (NULL : inconnue) / delivery region (NULL: unknown)';
COMMENT ON COLUMN cag_ovt.spend_by_month.supplier_region IS
    'Région du fournisseur : supplier_region, sinon celle de son code postal à la date de l''achat (NULL : inconnue) / region of the supplier: supplier_region, else that of its postal code on the date of the purchase (NULL: unknown)';
COMMENT ON COLUMN cag_ovt.spend_by_month.segment IS 'Segment UNSPSC de la catégorie (NULL : inconnue) / UNSPSC segment of the category (NULL: unknown)';
COMMENT ON COLUMN cag_ovt.spend_by_month.group_purchase IS 'Vrai pour les achats regroupés / true for group purchases';
COMMENT ON COLUMN cag_ovt.spend_by_month.summary IS 'spend_agg(amount, class) des achats de la ligne / spend_agg(amount, class) of the purchases of the row';

-- The purchase summaries rolled up from spend_by_month: the same rows as
-- purchase_summaries (built the same way: by fiscal year and region, then
-- GROUPING SETS over those), equal as long as spend_by_month is fresh.  With the
-- *_figures functions, the purchase views' figures without reading the
-- purchases.
CREATE VIEW cag_ovt.spend_by_fiscal_year_region WITH (security_invoker = true) AS
SELECT g.fiscal_year,
       g.fiscal_year::text || '-' || (g.fiscal_year + 1)::text AS fiscal_year_label,
       cag_ovt.region_code(g.delivery_region) AS region_code,
       CASE WHEN g.all_of_quebec = 1 THEN 'Ensemble du Québec'
            WHEN g.delivery_region IS NULL THEN 'Région inconnue'
            ELSE cag_ovt.region_name(g.delivery_region) END AS region_name,
       CASE WHEN g.all_of_quebec = 1 THEN 'quebec'
            WHEN g.delivery_region IS NULL THEN 'unknown_region'
            ELSE 'region' END AS scope,
       g.summary,
       g.group_summary,
       g.outside_centres_summary,
       g.centres_summary
FROM (
    SELECT r.fiscal_year,
           r.delivery_region,
           GROUPING(r.delivery_region) AS all_of_quebec,
           cag_ovt.rollup(r.summary) AS summary,
           cag_ovt.rollup(r.group_summary) AS group_summary,
           cag_ovt.rollup(r.outside_centres_summary) AS outside_centres_summary,
           cag_ovt.rollup(r.centres_summary) AS centres_summary
    FROM (
        SELECT cag_ovt.fiscal_year(m.month) AS fiscal_year,
               m.delivery_region,
               cag_ovt.rollup(m.summary) AS summary,
               cag_ovt.rollup(m.summary) FILTER (WHERE m.group_purchase) AS group_summary,
               cag_ovt.rollup(m.summary) FILTER (WHERE l.in_regions) AS outside_centres_summary,
               cag_ovt.rollup(m.summary) FILTER (WHERE NOT l.in_regions) AS centres_summary
        FROM cag_ovt.spend_by_month m
        LEFT JOIN LATERAL (
            SELECT coalesce(g.counts_as_region, false) AS in_regions
            FROM cag_ovt.regions g
            WHERE g.region = m.supplier_region
        ) AS l ON true
        GROUP BY 1, 2
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g;
GRANT SELECT ON cag_ovt.spend_by_fiscal_year_region TO PUBLIC;
COMMENT ON VIEW cag_ovt.spend_by_fiscal_year_region IS
    'Sommaires par année financière et région de livraison, agrégés (rollup) à partir de spend_by_month : mêmes lignes que purchase_summaries, sans relire les achats / summaries by fiscal year and delivery region, rolled up from spend_by_month: the same rows as purchase_summaries, without reading the purchases';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.fiscal_year IS 'Année financière (année de début) / fiscal year (starting year)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.region_code IS
    'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.region_name IS
    'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.scope IS '''region'', ''unknown_region'' ou ''quebec'' (comme purchase_summaries) / ''region'', ''unknown_region'' or ''quebec'' (as in purchase_summaries)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.summary IS 'rollup(summary) des mois du groupe / rollup(summary) of the months of the group';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.group_summary IS
    'rollup(summary) des mois du groupe, achats regroupés seulement / rollup(summary) of the months of the group, group purchases only';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.outside_centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés hors de Montréal et de la Capitale-Nationale seulement (regions.counts_as_region de supplier_region) / rollup(summary) of the months of the group, suppliers located outside Montréal and Capitale-Nationale only (regions.counts_as_region of supplier_region)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés à Montréal ou dans la Capitale-Nationale seulement / rollup(summary) of the months of the group, suppliers located in Montréal or Capitale-Nationale only';

-- The purchase views: the indicators of the plan that the purchases give,
-- by fiscal year and delivery region, over purchase_summaries
-- (src/purchase_summaries.sql), with the accessors of spend_summary on top
-- through the *_figures functions, which the planner inlines.
--
-- Shares are fractions from 0 to 1 rounded to 4 decimals (round(x, 4)),
-- NULL when their denominator is 0; amounts are exact, numeric(20,2), in
-- Canadian dollars.  A share is over the amount of the purchases whose
-- status on its dimension is known (origin, region, eco, food, Québec food,
-- group purchase), and each share has a coverage: the part of the amount it
-- could rest on that it does rest on (0 with a NULL share: no data).
-- amount_coverage is the part of the purchases, by count, whose amount is
-- in the totals (a purchase in a currency with no usable rate is counted
-- without an amount).

-- ---------------------------------------------------------------------
-- The figures of each purchase view, from summaries.  SQL functions with a
-- standard body (resolved when created, whatever the caller's search_path),
-- set-returning and not strict so that the planner inlines them.
CREATE FUNCTION cag_ovt.quebec_purchase_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, quebec_amount numeric,
                   outside_quebec_amount numeric, unknown_origin_amount numeric,
                   quebec_share numeric, origin_coverage numeric, amount_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'quebec'),
           cag_ovt.amount(summary, 'outside_quebec'),
           cag_ovt.total_amount(summary) - cag_ovt.amount(summary, 'quebec')
               - cag_ovt.amount(summary, 'outside_quebec'),
           round(cag_ovt.quebec_share(summary), 4),
           round(cag_ovt.coverage(summary, 'origin'), 4),
           round(cag_ovt.coverage(summary, 'amount'), 4);
END;
COMMENT ON FUNCTION cag_ovt.quebec_purchase_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue quebec_purchase_share pour un sommaire : nombre, montants total, québécois, hors Québec, de provenance inconnue, part québécoise, couverture de la provenance et des montants (4 décimales) / figures of view quebec_purchase_share for a summary: count, total, Québec, outside-Québec and unknown-origin amounts, Québec share, coverage of the origin and of the amounts (4 decimals)';

CREATE FUNCTION cag_ovt.regional_purchase_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, regional_amount numeric,
                   outside_region_amount numeric, regional_share numeric,
                   regional_contract_share numeric, region_coverage numeric,
                   regional_contract_coverage numeric, amount_coverage numeric)
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
           round(cag_ovt.coverage(summary, 'region'), 4),
           round((cag_ovt.purchase_count(summary, 'regional')
                  + cag_ovt.purchase_count(summary, 'outside_region'))::numeric
                 / nullif(cag_ovt.purchase_count(summary), 0), 4),
           round(cag_ovt.coverage(summary, 'amount'), 4);
END;
COMMENT ON FUNCTION cag_ovt.regional_purchase_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue regional_purchase_share pour un sommaire : nombre, montants total, régional, hors région, part régionale (montant), part des contrats (nombre), couvertures de la région (montant, nombre) et des montants (4 décimales) / figures of view regional_purchase_share for a summary: count, total, regional and outside-region amounts, regional share (amount), contract share (count), coverage of the region (amount, count) and of the amounts (4 decimals)';

-- The eco-responsible share within group purchases rests on the group
-- purchases whose eco status is known; what it does not know is the eco
-- status of the group purchases and which of the purchases of unknown
-- group-purchase status are group purchases: its coverage is the known-eco
-- amount of the group purchases over the amount of the group purchases and
-- of the purchases that may be.
CREATE FUNCTION cag_ovt.eco_purchase_figures(summary cag_ovt.spend_summary,
                                             group_summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, eco_amount numeric,
                   eco_share numeric, group_purchase_amount numeric,
                   eco_amount_in_group_purchases numeric, eco_share_in_group_purchases numeric,
                   eco_coverage numeric, eco_coverage_in_group_purchases numeric,
                   amount_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'eco'),
           round(cag_ovt.eco_share(summary), 4),
           cag_ovt.amount(summary, 'group_purchase'),
           cag_ovt.amount(group_summary, 'eco'),
           round(cag_ovt.eco_share(group_summary), 4),
           round(cag_ovt.coverage(summary, 'eco'), 4),
           round((cag_ovt.total_amount(group_summary) - cag_ovt.amount(group_summary, 'eco_unknown'))
                 / nullif(cag_ovt.total_amount(group_summary)
                          + cag_ovt.amount(summary, 'group_purchase_unknown'), 0), 4),
           round(cag_ovt.coverage(summary, 'amount'), 4);
END;
COMMENT ON FUNCTION cag_ovt.eco_purchase_figures(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Chiffres de la vue eco_purchase_share pour le sommaire de tous les achats et celui des achats regroupés : nombre, montants, parts écoresponsables, leurs couvertures et celle des montants (4 décimales) / figures of view eco_purchase_share for the summary of all purchases and that of the group purchases: count, amounts, eco-responsible shares, their coverage and that of the amounts (4 decimals)';

CREATE FUNCTION cag_ovt.quebec_food_figures(summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, food_amount numeric,
                   quebec_food_amount numeric, quebec_food_share numeric,
                   food_coverage numeric, quebec_food_coverage numeric, amount_coverage numeric)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
    SELECT cag_ovt.purchase_count(summary),
           cag_ovt.total_amount(summary),
           cag_ovt.amount(summary, 'food'),
           cag_ovt.amount(summary, 'quebec_food'),
           round(cag_ovt.quebec_food_share(summary), 4),
           round(cag_ovt.coverage(summary, 'food'), 4),
           round(cag_ovt.coverage(summary, 'quebec_food'), 4),
           round(cag_ovt.coverage(summary, 'amount'), 4);
END;
COMMENT ON FUNCTION cag_ovt.quebec_food_figures(cag_ovt.spend_summary) IS
    'Chiffres de la vue quebec_food_share pour un sommaire : nombre, montants total, alimentaire, d''aliments québécois, part québécoise des aliments, couvertures de l''alimentaire, de la provenance des aliments et des montants (4 décimales) / figures of view quebec_food_share for a summary: count, total, food and Québec-food amounts, Québec share of food, coverage of food, of the origin of food and of the amounts (4 decimals)';

CREATE FUNCTION cag_ovt.outside_centres_figures(summary cag_ovt.spend_summary,
                                                outside_centres_summary cag_ovt.spend_summary,
                                                centres_summary cag_ovt.spend_summary)
    RETURNS TABLE (purchase_count bigint, total_amount numeric, quebec_amount numeric,
                   outside_centres_amount numeric, centres_amount numeric,
                   unknown_location_amount numeric, outside_centres_share numeric,
                   location_coverage numeric, amount_coverage numeric)
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
                 / nullif(cag_ovt.amount(summary, 'quebec'), 0), 4),
           round(cag_ovt.coverage(summary, 'amount'), 4);
END;
COMMENT ON FUNCTION cag_ovt.outside_centres_figures(cag_ovt.spend_summary, cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Chiffres de la vue outside_centres_purchase_share pour le sommaire de tous les achats et ceux des achats à des fournisseurs situés hors de Montréal et de la Capitale-Nationale et dans ces régions : nombre, montants total, québécois, hors centres, dans les centres, de région inconnue, part hors centres, couverture de la région et des montants (4 décimales) / figures of view outside_centres_purchase_share for the summary of all purchases and those of the purchases from suppliers located outside Montréal and Capitale-Nationale and in them: count, total, Québec, outside-centres, in-centres and unknown-region amounts, outside-centres share, coverage of the region and of the amounts (4 decimals)';

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
       f.origin_coverage,
       f.amount_coverage
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
       f.region_coverage,
       f.regional_contract_coverage,
       f.amount_coverage
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
       f.eco_share_in_group_purchases,
       f.eco_coverage,
       f.eco_coverage_in_group_purchases,
       f.amount_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS f;
GRANT SELECT ON cag_ovt.eco_purchase_share TO PUBLIC;

CREATE VIEW cag_ovt.quebec_food_share WITH (security_invoker = true) AS
SELECT s.fiscal_year, s.fiscal_year_label, s.region_code, s.region_name, s.scope,
       f.purchase_count,
       f.total_amount::numeric(20,2) AS total_amount,
       f.food_amount::numeric(20,2) AS food_amount,
       f.quebec_food_amount::numeric(20,2) AS quebec_food_amount,
       f.quebec_food_share,
       f.food_coverage,
       f.quebec_food_coverage,
       f.amount_coverage
FROM cag_ovt.purchase_summaries s
CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f;
GRANT SELECT ON cag_ovt.quebec_food_share TO PUBLIC;

-- The government-wide indicator of the Stratégie gouvernementale
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
       f.location_coverage,
       f.amount_coverage
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

-- The columns the purchase views share (src/column_comments.in).
--@column_comments cag_ovt.quebec_purchase_share fiscal_year fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name scope purchase_count total_amount
--@column_comments cag_ovt.regional_purchase_share fiscal_year fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name scope purchase_count total_amount
--@column_comments cag_ovt.eco_purchase_share fiscal_year fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name scope purchase_count total_amount
--@column_comments cag_ovt.quebec_food_share fiscal_year fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name scope purchase_count total_amount
--@column_comments cag_ovt.outside_centres_purchase_share fiscal_year fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name scope purchase_count total_amount
--@column_comments cag_ovt.quebec_purchase_share amount_coverage
--@column_comments cag_ovt.regional_purchase_share amount_coverage
--@column_comments cag_ovt.eco_purchase_share amount_coverage
--@column_comments cag_ovt.quebec_food_share amount_coverage
--@column_comments cag_ovt.outside_centres_purchase_share amount_coverage
--@column_comments cag_ovt.quebec_purchase_share quebec_amount
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
COMMENT ON COLUMN cag_ovt.regional_purchase_share.regional_contract_coverage IS
    'Part des achats, en nombre, pour lesquels régional ou hors région est connu, 4 décimales ; NULL sans achat / share of the purchases, by count, for which regional or outside region is known, 4 decimals; NULL without purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_amount IS 'Montant des achats écoresponsables / eco-responsible amount';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_share IS
    'eco_amount / montant des achats dont le statut écoresponsable est connu (étiquettes connues, même vides), fraction à 4 décimales ; NULL si aucun n''est connu / eco_amount / amount of the purchases whose eco-responsible status is known (labels known, even empty), fraction with 4 decimals; NULL when none is known';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.group_purchase_amount IS 'Montant des achats regroupés / amount of the group purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_amount_in_group_purchases IS
    'Montant des achats regroupés écoresponsables / eco-responsible amount of the group purchases';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_share_in_group_purchases IS
    'eco_amount_in_group_purchases / montant des achats regroupés dont le statut écoresponsable est connu, 4 décimales ; NULL s''il est 0 / eco_amount_in_group_purchases / amount of the group purchases whose eco-responsible status is known, 4 decimals; NULL when that is 0';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_coverage IS
    'Part du montant total dont le statut écoresponsable est connu, 4 décimales (0 : eco_share NULL, aucune donnée) ; NULL si le total est 0 / share of the total amount whose eco-responsible status is known, 4 decimals (0: eco_share NULL, no data); NULL when the total is 0';
COMMENT ON COLUMN cag_ovt.eco_purchase_share.eco_coverage_in_group_purchases IS
    'Montant des achats regroupés dont le statut écoresponsable est connu / (group_purchase_amount + montant des achats dont on ne sait pas s''ils sont regroupés), 4 décimales ; NULL si ce dénominateur est 0 / amount of the group purchases whose eco-responsible status is known / (group_purchase_amount + amount of the purchases not known to be group purchases or not), 4 decimals; NULL when that denominator is 0';
COMMENT ON COLUMN cag_ovt.quebec_food_share.food_amount IS 'Montant des achats d''aliments / amount spent on food';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_amount IS 'Montant des achats d''aliments québécois / amount spent on Québec food';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_share IS
    'quebec_food_amount / montant des achats d''aliments dont la provenance (québécoise ou non) est connue, fraction à 4 décimales ; NULL s''il est 0 / quebec_food_amount / amount of the food purchases whose origin (Québec or not) is known, fraction with 4 decimals; NULL when that is 0';
COMMENT ON COLUMN cag_ovt.quebec_food_share.food_coverage IS
    'Part du montant total dont on sait s''il s''agit d''aliments (catégorie connue), 4 décimales ; NULL si le total est 0 / share of the total amount known to be food or not (category known), 4 decimals; NULL when the total is 0';
COMMENT ON COLUMN cag_ovt.quebec_food_share.quebec_food_coverage IS
    'Part du montant des achats d''aliments et de ceux qui peuvent l''être (catégorie inconnue) dont la provenance québécoise ou non est connue, 4 décimales (0 : quebec_food_share NULL, aucune donnée) ; NULL si ce montant est 0 / share of the amount of the food purchases and of those that may be (category unknown) whose Québec or other origin is known, 4 decimals (0: quebec_food_share NULL, no data); NULL when that amount is 0';
--@column_comments cag_ovt.outside_centres_purchase_share quebec_amount
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

-- The figures of the purchase views (src/purchase_views.sql) from the
-- summaries of purchase_summaries() or spend_by_fiscal_year_region(): the
-- accessors of spend_summary, through functions the planner inlines.
--
-- Shares are fractions from 0 to 1 rounded to 4 decimals (round(x, 4)),
-- NULL when their denominator is 0; amounts are exact, in Canadian
-- dollars.  A share is over the amount of the purchases whose status on its
-- dimension is known (origin, region, eco, food, Québec food, group
-- purchase), and each share has a coverage: the part of the amount it could
-- rest on that it does rest on (0 with a NULL share: no data).
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


-- cag_ovt 1.0 -> 1.1: ALTER EXTENSION cag_ovt UPDATE TO '1.1'.
--
-- 1.1 adds the government-wide indicator of the Stratégie gouvernementale
-- des marchés publics: the share of the purchases from Québec suppliers that
-- goes to suppliers located outside Montréal and Capitale-Nationale
-- (view outside_centres_purchase_share, indicator key outside_centres_share,
-- plan_actions code SGMP).  purchase_summaries and spend_by_fiscal_year_region
-- gain two summaries at the end of their columns; indicators, plan_actions
-- and indicator_values gain rows.  No table changes: the data, the DBA's
-- edits of the reference lists and the targets stay as they are.
--
-- The definitions repeat those of src/purchase_views.sql and
-- src/indicators.sql, where the 1.1 install script is assembled from;
-- test/t/023_upgrade.pl checks that an updated database and a fresh 1.1
-- install have the same catalog.
\echo Use "ALTER EXTENSION cag_ovt UPDATE TO '1.1'" to load this file. \quit

-- The indicator keys: outside_centres_share.
CREATE OR REPLACE VIEW cag_ovt.indicators WITH (security_invoker = true) AS
SELECT t.indicator, t.unit, t.scopes, t.source, t.name_fr, t.name_en
FROM (VALUES
    (1, 'quebec_share', '%', 'quebec,region', 'quebec_purchase_share.quebec_share',
     'Part du montant des achats allant à des fournisseurs du Québec, parmi les fournisseurs de provenance connue',
     'Share of the amount spent with Québec suppliers, among suppliers of known origin'),
    (2, 'eco_share', '%', 'quebec,region', 'eco_purchase_share.eco_share',
     'Part écoresponsable du montant des achats',
     'Eco-responsible share of the amount spent'),
    (3, 'eco_share_in_group_purchases', '%', 'quebec,region', 'eco_purchase_share.eco_share_in_group_purchases',
     'Part écoresponsable du montant des achats faits par regroupement d''achats',
     'Eco-responsible share of the amount spent through group purchases'),
    (4, 'quebec_food_share', '%', 'quebec,region', 'quebec_food_share.quebec_food_share',
     'Part des aliments québécois dans le montant des achats d''aliments',
     'Québec food share of the amount spent on food'),
    (5, 'committees_with_rules', 'nombre', 'quebec', 'partner_committee_status.committees_with_rules',
     'Comités consultatifs des partenaires dont les règles de fonctionnement sont adoptées (au 31 mars)',
     'Partners'' advisory committees whose operating rules are adopted (on 31 March)'),
    (6, 'meetings_held', 'nombre', 'quebec', 'partner_committee_status.meetings_held',
     'Rencontres des comités consultatifs tenues pendant l''année financière',
     'Meetings of the advisory committees held during the fiscal year'),
    (7, 'regions_covered', 'nombre', 'quebec', 'partner_committee_status.regions_covered',
     'Régions ayant un comité consultatif régional (au 31 mars)',
     'Regions that have a regional advisory committee (on 31 March)'),
    (8, 'share_in_regions', '%', 'quebec', 'regional_positions.share_in_regions',
     'Part des postes du CAG situés en région (au 31 mars)',
     'Share of CAG positions located in the regions (on 31 March)'),
    (9, 'regionalized_positions', 'nombre', 'quebec,region', 'regional_positions.regionalized_positions',
     'Postes régionalisés comptés dans l''objectif gouvernemental de 5 000, cumulatif au 31 mars',
     'Regionalized positions counted toward the government''s 5,000, cumulative on 31 March'),
    (10, 'regional_share', '%', 'quebec,region', 'regional_purchase_share.regional_share',
     'Part du montant des achats allant à des fournisseurs de la région de livraison, parmi les achats de région connue',
     'Share of the amount spent with suppliers of the delivery region, among purchases of known region'),
    (11, 'regional_contract_share', '%', 'quebec,region', 'regional_purchase_share.regional_contract_share',
     'Part des contrats (en nombre) attribués à des fournisseurs de la région de livraison, parmi les contrats de région connue',
     'Share of the contracts (by count) awarded to suppliers of the delivery region, among contracts of known region'),
    (12, 'outside_centres_share', '%', 'quebec,region', 'outside_centres_purchase_share.outside_centres_share',
     'Part du montant des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, parmi ceux de région connue',
     'Share of the amount spent with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, among those of known region')
) AS t(ord, indicator, unit, scopes, source, name_fr, name_en)
ORDER BY t.ord;

-- The plan's actions: SGMP, after the regional priorities.
CREATE OR REPLACE VIEW cag_ovt.plan_actions WITH (security_invoker = true) AS
SELECT (pg_catalog.row_number() OVER (ORDER BY a.ord))::integer AS item,
       a.code, a.action, a.indicator, i.unit, a.scope, a.region_code, a.region_name
FROM (
    SELECT t.ord, t.code, t.action, t.indicator, 'quebec'::text AS scope,
           NULL::text AS region_code, 'Ensemble du Québec'::text AS region_name
    FROM (VALUES
        (1, 'A1', 'Prendre en considération l''achat québécois dans le cadre des stratégies d''acquisitions', 'quebec_share'),
        (2, 'A2', 'Suivre, avec le MELCC, la proportion des achats écoresponsables faits par le biais des regroupements d''achats', 'eco_share'),
        (3, 'A2', 'Suivre, avec le MELCC, la proportion des achats écoresponsables faits par le biais des regroupements d''achats', 'eco_share_in_group_purchases'),
        (4, 'A3', 'Participer aux travaux de l''ITHQ dans le cadre de la Stratégie nationale d''achat d''aliments québécois (SNAAQ)', 'quebec_food_share'),
        (5, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires', 'committees_with_rules'),
        (6, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires', 'meetings_held'),
        (7, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires', 'regions_covered'),
        (8, 'A5', 'Collaborer avec le SCT pour la régionalisation de 5 000 postes du secteur public', 'share_in_regions'),
        (9, 'A5', 'Collaborer avec le SCT pour la régionalisation de 5 000 postes du secteur public', 'regionalized_positions'),
        -- since 1.1, after the regional priorities: the rows before it keep their item
        (1000, 'SGMP', 'Stratégie gouvernementale des marchés publics : acquisitions auprès de fournisseurs situés hors de Montréal et de la Capitale-Nationale', 'outside_centres_share')
    ) AS t(ord, code, action, indicator)
    UNION ALL
    SELECT 100 + (pg_catalog.row_number() OVER (ORDER BY cag_ovt.region_code(p.region), p.priority_number))::integer,
           'P' || cag_ovt.region_code(p.region) || '-' || p.priority_number,
           cag_ovt.region_name(p.region) || ', priorité ' || p.priority_number || ' : ' || p.title,
           p.indicator, 'region', cag_ovt.region_code(p.region), cag_ovt.region_name(p.region)
    FROM cag_ovt.regional_priorities p
) AS a
JOIN cag_ovt.indicators i ON i.indicator = a.indicator
ORDER BY a.ord;
COMMENT ON VIEW cag_ovt.plan_actions IS
    'Actions du plan d''action OVT 2020-2022 du CAG (A1 à A5, les priorités régionales, puis l''indicateur gouvernemental SGMP) et les indicateurs qui les suivent, une ligne par action et indicateur / actions of the CAG 2020-2022 OVT action plan (A1 to A5, the regional priorities, then the government-wide indicator SGMP) and the indicators that follow them, one row per action and indicator';
COMMENT ON COLUMN cag_ovt.plan_actions.code IS
    'Code de l''action : A1 à A5, SGMP pour l''indicateur de la Stratégie gouvernementale des marchés publics, ou P<région>-<numéro> pour une priorité régionale (P05-4) / action code: A1 to A5, SGMP for the indicator of the government procurement strategy, or P<region>-<number> for a regional priority (P05-4)';

-- The summaries of the purchases from suppliers outside the centres and in them.
CREATE OR REPLACE VIEW cag_ovt.purchase_summaries WITH (security_invoker = true) AS
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
        SELECT cag_ovt.fiscal_year(p.purchased_on) AS fiscal_year,
               p.delivery_region,
               cag_ovt.spend_agg(p.amount, p.class) AS summary,
               cag_ovt.spend_agg(p.amount, p.class) FILTER (WHERE p.group_purchase) AS group_summary,
               cag_ovt.spend_agg(p.amount, p.class) FILTER (WHERE l.in_regions) AS outside_centres_summary,
               cag_ovt.spend_agg(p.amount, p.class) FILTER (WHERE NOT l.in_regions) AS centres_summary
        FROM cag_ovt.purchases p
        LEFT JOIN LATERAL (
            SELECT coalesce(g.counts_as_region, false) AS in_regions
            FROM cag_ovt.regions g
            WHERE g.region = coalesce(p.supplier_region,
                                      cag_ovt.region_of_postal_code(p.supplier_postal_code, p.purchased_on))
        ) AS l ON true
        GROUP BY 1, 2
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g;
COMMENT ON COLUMN cag_ovt.purchase_summaries.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » (Montréal, Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions" (Montréal, Capitale-Nationale)';

-- The new view and its figures.
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
COMMENT ON VIEW cag_ovt.outside_centres_purchase_share IS
    'Stratégie gouvernementale des marchés publics : part des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, par année financière et région de livraison, et pour l''ensemble du Québec / government procurement strategy: share of the spend with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, by fiscal year and delivery region, and for all of Québec';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year IS 'Année financière (année de début : 2021 pour 2021-2022) / fiscal year (starting year: 2021 for 2021-2022)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.fiscal_year_label IS 'Libellé de l''année financière, p. ex. ''2021-2022'' / fiscal year label, e.g. ''2021-2022''';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_code IS 'Code de la région de livraison ; NULL pour l''ensemble du Québec et pour la région inconnue / code of the delivery region; NULL for all of Québec and for the unknown region';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.region_name IS 'Nom de la région de livraison, ''Région inconnue'' ou ''Ensemble du Québec'' / name of the delivery region, ''Région inconnue'' (unknown) or ''Ensemble du Québec'' (all of Québec)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.scope IS '''region'' (une région), ''unknown_region'' (région de livraison inconnue, y compris les livraisons à plusieurs régions) ou ''quebec'' (ensemble du Québec, régions inconnues comprises) / ''region'' (one region), ''unknown_region'' (delivery region unknown, including deliveries to several regions) or ''quebec'' (all of Québec, unknown regions included)';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.purchase_count IS 'Nombre d''achats / number of purchases';
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.total_amount IS 'Montant total des achats, exact au cent / total amount of the purchases, exact to the cent';
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

-- Every indicator in long form: outside_centres_share.
CREATE OR REPLACE VIEW cag_ovt.indicator_values WITH (security_invoker = true) AS
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

-- The summaries rolled up from spend_by_month, with the same two.
CREATE OR REPLACE VIEW cag_ovt.spend_by_fiscal_year_region WITH (security_invoker = true) AS
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
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.outside_centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés hors de Montréal et de la Capitale-Nationale seulement (regions.counts_as_region de supplier_region) / rollup(summary) of the months of the group, suppliers located outside Montréal and Capitale-Nationale only (regions.counts_as_region of supplier_region)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés à Montréal ou dans la Capitale-Nationale seulement / rollup(summary) of the months of the group, suppliers located in Montréal or Capitale-Nationale only';

COMMENT ON COLUMN cag_ovt.action_plan_report.code IS 'Code de l''action : A1 à A5, SGMP, ou P<région>-<numéro> / action code: A1 to A5, SGMP, or P<region>-<number>';

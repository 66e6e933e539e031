-- The views of the plan: its actions (plan_actions), the indicators that
-- do not come from purchases (regional_positions for A5,
-- partner_committee_status for A4, over the tables of src/indicators.sql),
-- and the views over every indicator: each in long form (indicator_values),
-- the regional priorities with their indicator's value, and the annual
-- report (action_plan_report), over the purchase views' figures
-- (src/purchase_views.sql).
--
-- Views: security_invoker, so that what a role may read in the tables (its
-- privileges, row-level security) is what it gets through the views; SELECT
-- on them is granted to PUBLIC.  Declared column types (varchar(n),
-- numeric(p,s), integer, bigint, date).  A view that has a row for all of
-- Québec and rows per region says which in column scope: 'quebec'
-- (region_code NULL, region_name 'Ensemble du Québec') or 'region'.  The
-- views that count stocks (positions, committees) have a row for every
-- fiscal year from the first one with data to the current one (the year
-- holding CURRENT_DATE) or the last one with data, whichever is later.
--
-- A share is in percent with 2 decimals (the 4-decimal fraction of the
-- purchase views times 100), a count is a number: the unit of the indicator
-- (view indicators).  A share computed from the purchases has a coverage,
-- in percent too: the part of the amount it could rest on that it does rest
-- on (its *_coverage column in its purchase view); the other indicators
-- have none (NULL).

-- ---------------------------------------------------------------------
-- The plan's actions and the indicators that follow them: A1 to A5 (all of
-- Québec), one row per regional priority (its region), then the
-- government-wide indicator of the Stratégie gouvernementale des marchés
-- publics the plan contributes to (SGMP).  An action followed by
-- several indicators has several rows.
CREATE VIEW cag_ovt.plan_actions WITH (security_invoker = true) AS
SELECT (pg_catalog.row_number() OVER (ORDER BY a.ord))::integer AS item,
       a.code::character varying(8) AS code, a.action, a.action_en,
       a.indicator::character varying(40) AS indicator, i.unit::character varying(6) AS unit,
       a.scope::character varying(6) AS scope, a.region_code::character varying(2) AS region_code,
       a.region_name::character varying(40) AS region_name
FROM (
    SELECT t.ord, t.code, t.action, t.action_en, t.indicator, 'quebec'::text AS scope,
           NULL::text AS region_code, 'Ensemble du Québec'::text AS region_name
    FROM (VALUES
        (1, 'A1', 'Prendre en considération l''achat québécois dans le cadre des stratégies d''acquisitions',
         'Take Québec purchasing into account in the acquisition strategies', 'quebec_share'),
        (2, 'A2', 'Suivre, avec le MELCC, la proportion des achats écoresponsables faits par le biais des regroupements d''achats',
         'Follow, with the MELCC, the proportion of eco-responsible purchases made through group purchasing', 'eco_share'),
        (3, 'A2', 'Suivre, avec le MELCC, la proportion des achats écoresponsables faits par le biais des regroupements d''achats',
         'Follow, with the MELCC, the proportion of eco-responsible purchases made through group purchasing', 'eco_share_in_group_purchases'),
        (4, 'A3', 'Participer aux travaux de l''ITHQ dans le cadre de la Stratégie nationale d''achat d''aliments québécois (SNAAQ)',
         'Take part in the work of the ITHQ under the national strategy for the purchase of Québec food (SNAAQ)', 'quebec_food_share'),
        (5, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires',
         'Define how the partners'' advisory committees work', 'committees_with_rules'),
        (6, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires',
         'Define how the partners'' advisory committees work', 'meetings_held'),
        (7, 'A4', 'Définir le fonctionnement des comités consultatifs des partenaires',
         'Define how the partners'' advisory committees work', 'regions_covered'),
        (8, 'A5', 'Collaborer avec le SCT pour la régionalisation de 5 000 postes du secteur public',
         'Work with the SCT on the regionalization of 5,000 public-sector positions', 'share_in_regions'),
        (9, 'A5', 'Collaborer avec le SCT pour la régionalisation de 5 000 postes du secteur public',
         'Work with the SCT on the regionalization of 5,000 public-sector positions', 'regionalized_positions'),
        -- after the regional priorities: the items of the rows before it never change
        (1000, 'SGMP', 'Stratégie gouvernementale des marchés publics : acquisitions auprès de fournisseurs situés hors de Montréal et de la Capitale-Nationale',
         'Government procurement strategy: purchases from suppliers located outside Montréal and Capitale-Nationale', 'outside_centres_share')
    ) AS t(ord, code, action, action_en, indicator)
    UNION ALL
    SELECT 100 + (pg_catalog.row_number() OVER (ORDER BY cag_ovt.region_code(p.region), p.priority_number))::integer,
           'P' || cag_ovt.region_code(p.region) || '-' || p.priority_number,
           cag_ovt.region_name(p.region) || ', priorité ' || p.priority_number || ' : ' || p.title,
           cag_ovt.region_name(p.region, 'en') || ', priority ' || p.priority_number || ': ' || p.title,
           p.indicator, 'region', cag_ovt.region_code(p.region), cag_ovt.region_name(p.region)
    FROM cag_ovt.regional_priorities p
) AS a
JOIN cag_ovt.indicators i ON i.indicator = a.indicator
ORDER BY a.ord;
GRANT SELECT ON cag_ovt.plan_actions TO PUBLIC;
COMMENT ON VIEW cag_ovt.plan_actions IS
    'Actions du plan d''action OVT 2020-2022 du CAG (A1 à A5, les priorités régionales, puis l''indicateur gouvernemental SGMP) et les indicateurs qui les suivent, une ligne par action et indicateur / actions of the CAG 2020-2022 OVT action plan (A1 to A5, the regional priorities, then the government-wide indicator SGMP) and the indicators that follow them, one row per action and indicator';
COMMENT ON COLUMN cag_ovt.plan_actions.item IS 'Rang de la ligne dans le plan (1, 2, ...) / rank of the row in the plan (1, 2, ...)';
COMMENT ON COLUMN cag_ovt.plan_actions.code IS
    'Code de l''action : A1 à A5, SGMP pour l''indicateur de la Stratégie gouvernementale des marchés publics, ou P<région>-<numéro> pour une priorité régionale (P05-4) / action code: A1 to A5, SGMP for the indicator of the government procurement strategy, or P<region>-<number> for a regional priority (P05-4)';
--@column_comments cag_ovt.plan_actions action action_en
COMMENT ON COLUMN cag_ovt.plan_actions.indicator IS 'Clé de l''indicateur qui suit l''action (vue indicators) / key of the indicator that follows the action (view indicators)';
COMMENT ON COLUMN cag_ovt.plan_actions.unit IS 'Unité de l''indicateur : ''%'' ou ''nombre'' / unit of the indicator: ''%'' or ''nombre'' (count)';
COMMENT ON COLUMN cag_ovt.plan_actions.scope IS
    '''quebec'' : l''indicateur est mesuré pour l''ensemble du Québec ; ''region'' : pour la région de la priorité / ''quebec'': the indicator is measured for all of Québec; ''region'': for the region of the priority';
--@column_comments cag_ovt.plan_actions region_code=measured_region_code region_name=measured_region_name

-- ---------------------------------------------------------------------
-- Positions open on 31 March of each fiscal year, for all of Québec and by
-- region (every region, zeros included).  "In the regions" follows
-- regions.counts_as_region (a region missing from regions does not count).
CREATE VIEW cag_ovt.regional_positions WITH (security_invoker = true) AS
WITH years AS (
    SELECT y AS fiscal_year,
           cag_ovt.fiscal_year_start(y) AS starts_on,
           cag_ovt.fiscal_year_end(y) AS as_of
    FROM (SELECT cag_ovt.fiscal_year(min(p.opened_on)) AS first_year,
                 greatest(cag_ovt.fiscal_year(max(p.opened_on)),
                          cag_ovt.fiscal_year(CURRENT_DATE)) AS last_year
          FROM cag_ovt.positions p) AS b
    CROSS JOIN LATERAL pg_catalog.generate_series(b.first_year, b.last_year) AS y
),
all_regions AS (
    SELECT r.region, coalesce(g.counts_as_region, false) AS counts_as_region
    FROM pg_catalog.generate_series(1, 17) AS n
    CROSS JOIN LATERAL (SELECT pg_catalog.lpad(n::text, 2, '0')::cag_ovt.qc_region AS region) AS r
    LEFT JOIN cag_ovt.regions g ON g.region = r.region
),
counts AS (
    SELECT y.fiscal_year, y.as_of, r.region, GROUPING(r.region) AS all_of_quebec,
           count(p.position_id) FILTER (
               WHERE p.opened_on <= y.as_of AND (p.closed_on IS NULL OR p.closed_on > y.as_of)) AS total_positions,
           count(p.position_id) FILTER (
               WHERE p.opened_on <= y.as_of AND (p.closed_on IS NULL OR p.closed_on > y.as_of)
                 AND r.counts_as_region) AS positions_in_regions,
           count(p.position_id) FILTER (
               WHERE p.regionalized AND p.opened_on <= y.as_of) AS regionalized_positions,
           count(p.position_id) FILTER (
               WHERE p.regionalized AND p.opened_on >= y.starts_on AND p.opened_on <= y.as_of) AS regionalized_in_year
    FROM years y
    CROSS JOIN all_regions r
    LEFT JOIN cag_ovt.positions p ON p.region = r.region
    GROUP BY GROUPING SETS ((y.fiscal_year, y.as_of, r.region), (y.fiscal_year, y.as_of))
)
SELECT c.fiscal_year,
       (c.fiscal_year::text || '-' || (c.fiscal_year + 1)::text)::character varying(15) AS fiscal_year_label,
       c.as_of,
       cag_ovt.region_code(c.region)::character varying(2) AS region_code,
       (CASE WHEN c.all_of_quebec = 1 THEN 'Ensemble du Québec' ELSE cag_ovt.region_name(c.region) END)::character varying(40) AS region_name,
       (CASE WHEN c.all_of_quebec = 1 THEN 'quebec' ELSE 'region' END)::character varying(6) AS scope,
       c.total_positions,
       c.positions_in_regions,
       round(c.positions_in_regions::numeric / nullif(c.total_positions, 0), 4)::numeric(5,4) AS share_in_regions,
       round(c.total_positions::numeric
             / nullif(max(c.total_positions) FILTER (WHERE c.all_of_quebec = 1)
                      OVER (PARTITION BY c.fiscal_year), 0), 4)::numeric(5,4) AS share_of_positions,
       c.regionalized_positions,
       c.regionalized_in_year
FROM counts c;
GRANT SELECT ON cag_ovt.regional_positions TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_positions IS
    'Postes du CAG ouverts au 31 mars de chaque année financière, pour l''ensemble du Québec et par région : part en région, postes régionalisés (action A5) / CAG positions open on 31 March of each fiscal year, for all of Québec and by region: share in the regions, regionalized positions (action A5)';
--@column_comments cag_ovt.regional_positions fiscal_year=fiscal_year_start fiscal_year_label
COMMENT ON COLUMN cag_ovt.regional_positions.as_of IS 'Date du décompte : le 31 mars qui termine l''année / date of the count: the 31 March that ends the year';
--@column_comments cag_ovt.regional_positions region_code region_name scope=quebec_or_region
COMMENT ON COLUMN cag_ovt.regional_positions.total_positions IS 'Postes ouverts au 31 mars / positions open on 31 March';
COMMENT ON COLUMN cag_ovt.regional_positions.positions_in_regions IS
    'Postes ouverts situés dans une région qui compte « en région » (regions.counts_as_region) / open positions located in a region that counts as "in the regions" (regions.counts_as_region)';
COMMENT ON COLUMN cag_ovt.regional_positions.share_in_regions IS
    'positions_in_regions / total_positions, fraction de 0 à 1 à 4 décimales ; NULL sans poste / positions_in_regions / total_positions, fraction from 0 to 1 with 4 decimals; NULL without positions';
COMMENT ON COLUMN cag_ovt.regional_positions.share_of_positions IS
    'Part des postes du Québec situés dans la région (1 pour l''ensemble du Québec), 4 décimales / share of Québec''s positions located in the region (1 for all of Québec), 4 decimals';
COMMENT ON COLUMN cag_ovt.regional_positions.regionalized_positions IS
    'Postes régionalisés ouverts jusqu''au 31 mars, cumulatif (y compris ceux fermés depuis) / regionalized positions opened up to 31 March, cumulative (including those closed since)';
COMMENT ON COLUMN cag_ovt.regional_positions.regionalized_in_year IS
    'Postes régionalisés ouverts pendant l''année financière / regionalized positions opened during the fiscal year';

-- ---------------------------------------------------------------------
-- The partners' advisory committees, per fiscal year.
CREATE VIEW cag_ovt.partner_committee_status WITH (security_invoker = true) AS
WITH dates AS (
    SELECT c.created_on AS d FROM cag_ovt.partner_committees c
    UNION ALL
    SELECT c.rules_adopted_on FROM cag_ovt.partner_committees c
    UNION ALL
    SELECT m.held_on FROM cag_ovt.committee_meetings m
),
years AS (
    SELECT y AS fiscal_year,
           cag_ovt.fiscal_year_start(y) AS starts_on,
           cag_ovt.fiscal_year_end(y) AS as_of
    FROM (SELECT coalesce(cag_ovt.fiscal_year(min(d.d)), cag_ovt.fiscal_year(CURRENT_DATE)) AS first_year,
                 greatest(cag_ovt.fiscal_year(max(d.d)), cag_ovt.fiscal_year(CURRENT_DATE)) AS last_year
          FROM dates d) AS b
    CROSS JOIN LATERAL pg_catalog.generate_series(b.first_year, b.last_year) AS y
    WHERE EXISTS (SELECT FROM cag_ovt.partner_committees)
)
SELECT y.fiscal_year,
       y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text AS fiscal_year_label,
       y.as_of,
       c.committees,
       c.national_committees,
       c.regional_committees,
       c.committees_with_rules,
       m.meetings_held,
       m.committees_met,
       c.regions_covered
FROM years y
CROSS JOIN LATERAL (
    SELECT count(*) AS committees,
           count(*) FILTER (WHERE pc.region IS NULL) AS national_committees,
           count(*) FILTER (WHERE pc.region IS NOT NULL) AS regional_committees,
           count(*) FILTER (WHERE pc.rules_adopted_on <= y.as_of) AS committees_with_rules,
           count(DISTINCT pc.region) AS regions_covered
    FROM cag_ovt.partner_committees pc
    WHERE pc.created_on IS NULL OR pc.created_on <= y.as_of
) AS c
CROSS JOIN LATERAL (
    SELECT count(*) AS meetings_held,
           count(DISTINCT cm.committee_id) AS committees_met
    FROM cag_ovt.committee_meetings cm
    WHERE cm.held_on >= y.starts_on AND cm.held_on <= y.as_of
) AS m;
GRANT SELECT ON cag_ovt.partner_committee_status TO PUBLIC;
COMMENT ON VIEW cag_ovt.partner_committee_status IS
    'Comités consultatifs des partenaires par année financière : comités existants et avec règles adoptées au 31 mars, rencontres tenues, régions couvertes (action A4) / partners'' advisory committees per fiscal year: committees existing and with adopted rules on 31 March, meetings held, regions covered (action A4)';
--@column_comments cag_ovt.partner_committee_status fiscal_year=fiscal_year_start fiscal_year_label
COMMENT ON COLUMN cag_ovt.partner_committee_status.as_of IS 'Date des décomptes de comités : le 31 mars qui termine l''année / date of the committee counts: the 31 March that ends the year';
COMMENT ON COLUMN cag_ovt.partner_committee_status.committees IS
    'Comités existants au 31 mars (créés au plus tard ce jour-là, ou de date de création inconnue) / committees existing on 31 March (created on or before that day, or with an unknown creation date)';
COMMENT ON COLUMN cag_ovt.partner_committee_status.national_committees IS 'Comités nationaux (sans région) existants au 31 mars / national committees (no region) existing on 31 March';
COMMENT ON COLUMN cag_ovt.partner_committee_status.regional_committees IS 'Comités régionaux existants au 31 mars / regional committees existing on 31 March';
COMMENT ON COLUMN cag_ovt.partner_committee_status.committees_with_rules IS
    'Comités dont les règles de fonctionnement sont adoptées au 31 mars / committees whose operating rules are adopted on 31 March';
COMMENT ON COLUMN cag_ovt.partner_committee_status.meetings_held IS 'Rencontres tenues pendant l''année financière / meetings held during the fiscal year';
COMMENT ON COLUMN cag_ovt.partner_committee_status.committees_met IS
    'Comités qui se sont réunis au moins une fois pendant l''année financière / committees that met at least once during the fiscal year';
COMMENT ON COLUMN cag_ovt.partner_committee_status.regions_covered IS
    'Régions distinctes ayant un comité régional existant au 31 mars (les comités nationaux n''en ajoutent pas) / distinct regions with a regional committee existing on 31 March (national committees add none)';

-- ---------------------------------------------------------------------
-- Every indicator in long form: fiscal year, scope, indicator, value in its
-- unit.  One scan of the purchases.
CREATE VIEW cag_ovt.indicator_values WITH (security_invoker = true) AS
SELECT v.fiscal_year,
       (v.fiscal_year::text || '-' || (v.fiscal_year + 1)::text)::character varying(15) AS fiscal_year_label,
       v.region_code::character varying(2) AS region_code,
       v.region_name::character varying(40) AS region_name,
       v.scope::character varying(14) AS scope,
       v.indicator::character varying(40) AS indicator,
       v.value::numeric(14,2) AS value,
       i.unit::character varying(6) AS unit,
       v.coverage::numeric(5,2) AS coverage
FROM (
    -- text in every branch: the union's types stay what pg_dump writes back
    SELECT s.fiscal_year, s.region_code::text AS region_code, s.region_name::text AS region_name,
           s.scope::text AS scope, x.indicator,
           round(x.share * 100, 2) AS value, round(x.coverage * 100, 2) AS coverage
    FROM cag_ovt.purchase_summaries() s
    CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS q
    CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS r
    CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS e
    CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f
    CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                                       s.centres_summary) AS o
    CROSS JOIN LATERAL (VALUES
        ('quebec_share', q.quebec_share, q.origin_coverage),
        ('eco_share', e.eco_share, e.eco_coverage),
        ('eco_share_in_group_purchases', e.eco_share_in_group_purchases, e.eco_coverage_in_group_purchases),
        ('quebec_food_share', f.quebec_food_share, f.quebec_food_coverage),
        ('regional_share', r.regional_share, r.region_coverage),
        ('regional_contract_share', r.regional_contract_share, r.regional_contract_coverage),
        ('outside_centres_share', o.outside_centres_share, o.location_coverage)
    ) AS x(indicator, share, coverage)
    WHERE s.scope <> 'unknown_region'
    UNION ALL
    SELECT p.fiscal_year, p.region_code::text, p.region_name::text, p.scope::text, x.indicator, x.value, NULL::numeric
    FROM cag_ovt.regional_positions p
    CROSS JOIN LATERAL (VALUES
        ('share_in_regions', CASE WHEN p.scope = 'quebec' THEN round(p.share_in_regions * 100, 2) END),
        ('regionalized_positions', p.regionalized_positions::numeric)
    ) AS x(indicator, value)
    WHERE p.scope = 'quebec' OR x.indicator = 'regionalized_positions'
    UNION ALL
    SELECT c.fiscal_year, NULL::text, 'Ensemble du Québec'::text, 'quebec'::text, x.indicator, x.value, NULL::numeric
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
--@column_comments cag_ovt.indicator_values fiscal_year=fiscal_year_start fiscal_year_label region_code region_name scope=quebec_or_region indicator
COMMENT ON COLUMN cag_ovt.indicator_values.value IS
    'Valeur dans l''unité de l''indicateur : pourcentage à 2 décimales (la fraction à 4 décimales fois 100) ou nombre ; NULL si le dénominateur est 0 / value in the unit of the indicator: percent with 2 decimals (the 4-decimal fraction times 100) or count; NULL when the denominator is 0';
--@column_comments cag_ovt.indicator_values unit
--@column_comments cag_ovt.indicator_values coverage=indicator_coverage

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
       (y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text)::character varying(15) AS fiscal_year_label,
       cag_ovt.region_code(p.region)::character varying(2) AS region_code,
       cag_ovt.region_name(p.region)::character varying(40) AS region_name,
       p.priority_number,
       p.title,
       p.indicator::character varying(40) AS indicator,
       v.value,
       i.unit::character varying(6) AS unit,
       v.coverage
FROM years y
CROSS JOIN cag_ovt.regional_priorities p
JOIN cag_ovt.indicators i ON i.indicator = p.indicator
LEFT JOIN v ON v.fiscal_year = y.fiscal_year AND v.indicator = p.indicator
           AND v.scope = 'region' AND v.region_code = cag_ovt.region_code(p.region);
GRANT SELECT ON cag_ovt.regional_priority_indicators TO PUBLIC;
COMMENT ON VIEW cag_ovt.regional_priority_indicators IS
    'Priorités régionales auxquelles répond le plan et valeur de leur indicateur dans leur région, par année financière / regional priorities the plan answers and the value of their indicator in their region, per fiscal year';
--@column_comments cag_ovt.regional_priority_indicators fiscal_year=fiscal_year_start fiscal_year_label
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.region_code IS 'Code de la région de la priorité / code of the region of the priority';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.region_name IS 'Nom de la région de la priorité / name of the region of the priority';
--@column_comments cag_ovt.regional_priority_indicators priority_number title=priority_title
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.indicator IS 'Clé de l''indicateur suivi (vue indicators) / key of the indicator followed (view indicators)';
COMMENT ON COLUMN cag_ovt.regional_priority_indicators.value IS
    'Valeur de l''indicateur dans la région, dans son unité ; NULL sans donnée / value of the indicator in the region, in its unit; NULL without data';
--@column_comments cag_ovt.regional_priority_indicators unit
--@column_comments cag_ovt.regional_priority_indicators coverage=indicator_coverage

-- ---------------------------------------------------------------------
-- The competition in the calls for tenders (open, by invitation), by
-- fiscal year and delivery region and for all of Québec (all_regions): the
-- context of the rows of action_plan_report.  Nothing for a reader who may
-- not read tender_bids, so that such a reader (one granted the purchases
-- under 1.1) still reads action_plan_report, without the context.
CREATE FUNCTION cag_ovt.competition_context()
    RETURNS TABLE (fiscal_year integer, region_code text, all_regions boolean,
                   calls numeric, single_bid numeric, regional numeric, region_known numeric,
                   regional_wins numeric, others numeric, other_wins numeric)
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT has_table_privilege('cag_ovt.tender_bids', 'SELECT') THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT c.fiscal_year, c.region_code::text, GROUPING(c.region_code) = 1,
           sum(c.competitive_notice_count), sum(c.competitive_single_bid_count),
           sum(c.regional_bid_count), sum(c.region_known_bid_count), sum(c.regional_win_count),
           sum(c.other_region_bid_count), sum(c.other_region_win_count)
    FROM cag_ovt.competition_indicators c
    WHERE c.procedure IN ('open', 'invitation')
    GROUP BY GROUPING SETS ((c.fiscal_year, c.region_code), (c.fiscal_year));
END
$$;
COMMENT ON FUNCTION cag_ovt.competition_context() IS
    'Concurrence dans les appels d''offres publics et sur invitation (competition_indicators), par année financière et région de livraison et pour l''ensemble du Québec (all_regions) : le contexte des lignes d''action_plan_report ; rien pour qui ne peut lire tender_bids / competition in open and invitation calls for tenders (competition_indicators), by fiscal year and delivery region and for all of Québec (all_regions): the context of the rows of action_plan_report; nothing for a reader who may not read tender_bids';

-- The fiscal years of the plan: 2020-2021 to 2022-2023 (the others are
-- context), for action_plan_report.in_plan and the annual report.
CREATE FUNCTION cag_ovt.is_plan_year(fiscal_year integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT fiscal_year OPERATOR(pg_catalog.>=) 2020 AND fiscal_year OPERATOR(pg_catalog.<=) 2022;
END;
COMMENT ON FUNCTION cag_ovt.is_plan_year(integer) IS
    'Vrai pour les années financières du plan OVT 2020-2022, 2020-2021 à 2022-2023 (désignées par leur année de début) ; action_plan_report.in_plan et report_html / true for the fiscal years of the 2020-2022 OVT plan, 2020-2021 to 2022-2023 (named by their starting year); action_plan_report.in_plan and report_html';

-- ---------------------------------------------------------------------
-- The annual report: per fiscal year, the plan's actions with their
-- indicators, values, targets and status.  The status says first what the
-- value cannot bear: no value ('sans donnée': nothing known, coverage 0 or
-- no purchase), a value resting on less of its evidence than the threshold
-- of table coverage_thresholds ('données partielles', not compared with
-- the target), then no target ('sans cible'), then the comparison.
CREATE VIEW cag_ovt.action_plan_report WITH (security_invoker = true) AS
WITH v AS MATERIALIZED (
    SELECT * FROM cag_ovt.indicator_values
),
years AS (
    SELECT DISTINCT v.fiscal_year FROM v
),
-- competition in the calls for tenders, the context of each row
k AS MATERIALIZED (
    SELECT * FROM cag_ovt.competition_context()
)
SELECT y.fiscal_year,
       (y.fiscal_year::text || '-' || (y.fiscal_year + 1)::text)::character varying(15) AS fiscal_year_label,
       cag_ovt.is_plan_year(y.fiscal_year) AS in_plan,
       a.item,
       a.code,
       a.action,
       a.action_en,
       a.indicator,
       a.scope,
       a.region_code,
       a.region_name,
       v.value,
       a.unit,
       (CASE a.unit WHEN 'nombre' THEN 'count' ELSE a.unit END)::character varying(6) AS unit_en,
       t.target::numeric(14,2) AS target,
       s.status::character varying(18) AS status,
       (CASE s.status WHEN 'sans donnée' THEN 'no data'
                      WHEN 'données partielles' THEN 'partial data'
                      WHEN 'sans cible' THEN 'no target'
                      WHEN 'atteinte' THEN 'met'
                      ELSE 'not met' END)::character varying(18) AS status_en,
       v.coverage,
       c.min_coverage::numeric(5,2) AS min_coverage,
       coalesce(k.calls, 0)::bigint AS calls_for_tenders,
       round(100.0 * k.single_bid / nullif(k.calls, 0), 2)::numeric(5,2) AS single_bid_share,
       round(100.0 * k.regional / nullif(k.region_known, 0), 2)::numeric(5,2) AS regional_bid_share,
       round(100.0 * k.regional_wins / nullif(k.regional, 0), 2)::numeric(5,2) AS regional_win_rate,
       round(100.0 * k.other_wins / nullif(k.others, 0), 2)::numeric(5,2) AS other_region_win_rate
FROM years y
CROSS JOIN cag_ovt.plan_actions a
LEFT JOIN v ON v.fiscal_year = y.fiscal_year AND v.indicator = a.indicator AND v.scope = a.scope
           AND coalesce(v.region_code, '') = coalesce(a.region_code, '')
LEFT JOIN cag_ovt.targets t ON t.indicator = a.indicator AND t.fiscal_year = y.fiscal_year
           AND coalesce(cag_ovt.region_code(t.region), '') = coalesce(a.region_code, '')
LEFT JOIN cag_ovt.coverage_thresholds c ON c.indicator = a.indicator
CROSS JOIN LATERAL (
    SELECT CASE WHEN v.value IS NULL THEN 'sans donnée'
                WHEN v.coverage < c.min_coverage THEN 'données partielles'
                WHEN t.target IS NULL THEN 'sans cible'
                WHEN v.value >= t.target THEN 'atteinte'
                ELSE 'non atteinte' END AS status
) AS s
LEFT JOIN k ON k.fiscal_year = y.fiscal_year
           AND (CASE WHEN a.scope = 'quebec' THEN k.all_regions
                     ELSE NOT k.all_regions AND k.region_code = a.region_code END)
ORDER BY y.fiscal_year, a.item;
GRANT SELECT ON cag_ovt.action_plan_report TO PUBLIC;
COMMENT ON VIEW cag_ovt.action_plan_report IS
    'Reddition de comptes du plan d''action OVT (rapport annuel de gestion) : par année financière, chaque action du plan et ses indicateurs, valeur, cible et statut / reporting of the OVT action plan (annual management report): per fiscal year, each action of the plan and its indicators, value, target and status';
--@column_comments cag_ovt.action_plan_report fiscal_year=fiscal_year_start fiscal_year_label
COMMENT ON COLUMN cag_ovt.action_plan_report.in_plan IS
    'Vrai pour les années financières du plan 2020-2022 (2020-2021 à 2022-2023) ; les autres années sont là pour le contexte / true for the fiscal years of the 2020-2022 plan (2020-2021 to 2022-2023); the other years are there for context';
COMMENT ON COLUMN cag_ovt.action_plan_report.item IS 'Rang de la ligne dans le plan (vue plan_actions) / rank of the row in the plan (view plan_actions)';
COMMENT ON COLUMN cag_ovt.action_plan_report.code IS 'Code de l''action : A1 à A5, SGMP, ou P<région>-<numéro> / action code: A1 to A5, SGMP, or P<region>-<number>';
--@column_comments cag_ovt.action_plan_report action action_en
--@column_comments cag_ovt.action_plan_report indicator
COMMENT ON COLUMN cag_ovt.action_plan_report.scope IS '''quebec'' (ensemble du Québec) ou ''region'' (région de la priorité) / ''quebec'' (all of Québec) or ''region'' (region of the priority)';
--@column_comments cag_ovt.action_plan_report region_code=measured_region_code region_name=measured_region_name
COMMENT ON COLUMN cag_ovt.action_plan_report.value IS
    'Valeur dans l''unité : pourcentage à 2 décimales (43.21) ou nombre ; NULL sans donnée / value in the unit: percent with 2 decimals (43.21) or count; NULL without data';
--@column_comments cag_ovt.action_plan_report unit unit_en
COMMENT ON COLUMN cag_ovt.action_plan_report.target IS 'Cible (table targets), dans la même unité ; NULL sans cible / target (table targets), in the same unit; NULL without a target';
COMMENT ON COLUMN cag_ovt.action_plan_report.status IS
    '''sans donnée'' (pas de valeur : rien n''est connu), ''données partielles'' (couverture sous min_coverage : la valeur n''est pas comparée à la cible), ''sans cible'', ''atteinte'' (valeur >= cible) ou ''non atteinte'', dans cet ordre de priorité / ''sans donnée'' (no data: no value, nothing is known), ''données partielles'' (partial data: coverage below min_coverage, the value is not compared with the target), ''sans cible'' (no target), ''atteinte'' (met: value >= target) or ''non atteinte'' (not met), in that order of precedence';
COMMENT ON COLUMN cag_ovt.action_plan_report.status_en IS
    'Le statut en anglais : ''no data'', ''partial data'', ''no target'', ''met'' ou ''not met'' / the status in English: ''no data'', ''partial data'', ''no target'', ''met'' or ''not met''';
--@column_comments cag_ovt.action_plan_report coverage=indicator_coverage
COMMENT ON COLUMN cag_ovt.action_plan_report.min_coverage IS
    'Couverture minimale de l''indicateur (table coverage_thresholds), en % ; NULL sans seuil / least coverage of the indicator (table coverage_thresholds), in %; NULL without a threshold';
COMMENT ON COLUMN cag_ovt.action_plan_report.calls_for_tenders IS
    'Contexte : appels d''offres publics et sur invitation de l''année dans la région de la ligne (ensemble du Québec pour la portée quebec), competition_indicators ; 0 sans soumissions ou pour qui ne peut lire tender_bids / context: open and invitation calls for tenders of the year in the row''s region (all of Québec for scope quebec), competition_indicators; 0 without bids or for a reader who may not read tender_bids';
COMMENT ON COLUMN cag_ovt.action_plan_report.single_bid_share IS
    'Contexte : part (%) de ces appels d''offres à soumission unique / context: share (%) of those calls for tenders with a single bid';
COMMENT ON COLUMN cag_ovt.action_plan_report.regional_bid_share IS
    'Contexte : part (%) de leurs soumissions venant de la région de livraison / context: share (%) of their bids from the delivery region';
COMMENT ON COLUMN cag_ovt.action_plan_report.regional_win_rate IS
    'Contexte : taux de succès (%) des soumissionnaires de la région de livraison / context: win rate (%) of the bidders of the delivery region';
COMMENT ON COLUMN cag_ovt.action_plan_report.other_region_win_rate IS
    'Contexte : taux de succès (%) des soumissionnaires d''ailleurs / context: win rate (%) of the bidders from elsewhere';

-- The views over every indicator: each in long form (indicator_values), the
-- regional priorities with their indicator's value, and the annual report
-- (action_plan_report), over the purchase views' figures
-- (src/purchase_views.sql) and the indicators of src/indicators.sql.
--
-- A share is in percent with 2 decimals (the 4-decimal fraction of the
-- purchase views times 100), a count is a number: the unit of the indicator
-- (view indicators).  A share computed from the purchases has a coverage,
-- in percent too: the part of the amount it could rest on that it does rest
-- on (its *_coverage column in its purchase view); the other indicators
-- have none (NULL).

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

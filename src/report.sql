-- The annual report of the plan as one self-contained HTML document:
-- report_html(fiscal_year, lang), which cag_ovt-report writes to a file.
--
-- The figures come straight from the views (action_plan_report,
-- the purchase views, regional_positions, partner_committee_status); the
-- document needs nothing from the network (inline CSS and SVG, a Content
-- Security Policy that forbids any load) and no script.  French by default,
-- English with lang 'en'.
--
-- Shape: report_html writes the head and calls the sections in order, each
-- a function report_section_<name>(fiscal_year, lang) returning an HTML
-- fragment: a new section is one function and one line in report_html.
-- The coverage of an indicator (how much of the amount its share rests on)
-- and its status come from action_plan_report, the coverage of each share
-- of the regions' table from the *_figures functions of the purchase
-- views.  Helpers: report_label (every text of
-- the page, in both languages), report_number (figures in the conventions
-- of the language), report_escape, report_chart (the SVG bar chart of an
-- indicator over the fiscal years).
--
-- Every chart and every figure carries data-* attributes with the value as
-- the view gave it, so that a test can check the page against the views
-- (test/t/041_report.pl).  This script holds only LATIN1 characters (see
-- src/geography.sql): the others are written as HTML character references.

CREATE FUNCTION cag_ovt.report_escape(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
               pg_catalog.replace(t, '&'::text, '&amp;'::text), '<'::text, '&lt;'::text),
               '>'::text, '&gt;'::text), '"'::text, '&quot;'::text), ''''::text, '&#39;'::text);
END;
COMMENT ON FUNCTION cag_ovt.report_escape(text) IS
    'Texte échappé pour HTML (& < > " et apostrophe) ; utilisé par report_html / text escaped for HTML (& < > " and apostrophe); used by report_html';

-- Every text of the page.  Keys: the words of the page; status:<status of
-- action_plan_report>; unit:<unit of indicators>.
CREATE FUNCTION cag_ovt.report_label(key text, lang text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    result text;
BEGIN
    IF lang NOT IN ('fr', 'en') THEN
        RAISE EXCEPTION 'invalid language "%"', lang
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'The report is written in French (''fr'') or English (''en'').';
    END IF;
    SELECT CASE lang WHEN 'fr' THEN l.fr ELSE l.en END INTO result
    FROM (VALUES
        ('title', 'Plan d''action OVT 2020-2022 du CAG', 'CAG 2020-2022 OVT action plan'),
        ('subtitle', 'Rapport annuel de l''occupation et de la vitalit&#233; des territoires',
                     'Annual report on land occupancy and vitality'),
        ('fiscal_year', 'Ann&#233;e financi&#232;re', 'Fiscal year'),
        ('plan_years', 'Ann&#233;es du plan : 2020-2021 &#224; 2022-2023 ; les autres ann&#233;es donnent le contexte.',
                       'Plan years: 2020-2021 to 2022-2023; the other years give the context.'),
        ('outside_plan', 'Cette ann&#233;e est hors des ann&#233;es du plan.', 'This year is outside the plan years.'),
        ('purchases_of_year', 'Achats de l''ann&#233;e', 'Purchases of the year'),
        ('purchases', 'achats', 'purchases'),
        ('amount', 'Montant', 'Amount'),
        ('summary', 'Les indicateurs du plan', 'The plan''s indicators'),
        ('summary_intro', 'Chaque indicateur du plan pour l''ensemble du Qu&#233;bec, contre sa cible, avec sa couverture : la part du montant dont d&#233;pend la part calcul&#233;e. Une part qui repose sur moins que le seuil de la table coverage_thresholds n''est pas compar&#233;e &#224; sa cible : donn&#233;es partielles.',
                          'Each indicator of the plan for all of Qu&#233;bec, against its target, with its coverage: the part of the amount the share rests on. A share resting on less than the threshold of table coverage_thresholds is not compared with its target: partial data.'),
        ('action', 'Action', 'Action'),
        ('indicator', 'Indicateur', 'Indicator'),
        ('value', 'Valeur', 'Value'),
        ('target', 'Cible', 'Target'),
        ('status', 'Statut', 'Status'),
        ('coverage', 'Couverture', 'Coverage'),
        ('charts', 'Indicateurs par ann&#233;e financi&#232;re', 'Indicators by fiscal year'),
        ('charts_intro', 'En bleu, les ann&#233;es du plan ; en gris, le contexte ; trait pointill&#233; : la cible.',
                         'Blue: the plan years; grey: the context; dashed line: the target.'),
        ('plan_action', 'Action du plan (libell&#233; du plan)', 'Plan action (the plan''s own French wording)'),
        ('no_data', 's.&#160;o.', 'n/a'),
        ('plan', 'plan', 'plan'),
        ('regions', 'Achats par r&#233;gion de livraison', 'Purchases by delivery region'),
        ('regions_intro', 'Parts des achats de l''ann&#233;e, r&#233;gion par r&#233;gion ; la couverture de chaque part entre parenth&#232;ses.',
                          'Shares of the year''s purchases, region by region; the coverage of each share in brackets.'),
        ('region', 'R&#233;gion', 'Region'),
        ('quebec_share', 'Part Qu&#233;bec', 'Qu&#233;bec share'),
        ('regional_share', 'Part r&#233;gionale', 'Regional share'),
        ('eco_share', 'Part &#233;coresponsable', 'Eco-responsible share'),
        ('quebec_food_share', 'Aliments du Qu&#233;bec', 'Qu&#233;bec food'),
        ('outside_centres_share', 'Hors Montr&#233;al et Capitale-Nationale', 'Outside Montr&#233;al and Capitale-Nationale'),
        ('all_of_quebec', 'Ensemble du Qu&#233;bec', 'All of Qu&#233;bec'),
        ('unknown_region', 'R&#233;gion inconnue', 'Unknown region'),
        ('priorities', 'Priorit&#233;s r&#233;gionales', 'Regional priorities'),
        ('priorities_intro', 'Les priorit&#233;s r&#233;gionales auxquelles r&#233;pond le plan, et la valeur de leur indicateur dans leur r&#233;gion.',
                             'The regional priorities the plan answers, and the value of their indicator in their region.'),
        ('none', 'Aucune.', 'None.'),
        ('positions', 'Postes en r&#233;gion (action A5)', 'Positions in the regions (action A5)'),
        ('positions_intro', 'Postes du CAG ouverts au 31 mars, par r&#233;gion.', 'CAG positions open on 31 March, by region.'),
        ('total_positions', 'Postes', 'Positions'),
        ('share_of_positions', 'Part des postes', 'Share of positions'),
        ('regionalized_positions', 'Postes r&#233;gionalis&#233;s (cumul)', 'Regionalized positions (cumulative)'),
        ('regionalized_in_year', 'R&#233;gionalis&#233;s dans l''ann&#233;e', 'Regionalized in the year'),
        ('committees', 'Comit&#233;s consultatifs des partenaires (action A4)', 'Partners'' advisory committees (action A4)'),
        ('committees_intro', 'Comit&#233;s au 31 mars et rencontres tenues pendant l''ann&#233;e.', 'Committees on 31 March and meetings held during the year.'),
        ('committee_count', 'Comit&#233;s', 'Committees'),
        ('regional_committees', 'Comit&#233;s r&#233;gionaux', 'Regional committees'),
        ('committees_with_rules', 'Avec r&#232;gles adopt&#233;es', 'With adopted rules'),
        ('meetings_held', 'Rencontres tenues', 'Meetings held'),
        ('committees_met', 'Comit&#233;s r&#233;unis', 'Committees that met'),
        ('regions_covered', 'R&#233;gions couvertes', 'Regions covered'),
        ('competition', 'Concurrence dans les appels d''offres', 'Competition in calls for tenders'),
        ('competition_intro', 'Appels d''offres publics et sur invitation de l''ann&#233;e, par r&#233;gion de livraison : soumissions par avis, avis &#224; soumission unique, part des soumissions venant de la r&#233;gion et taux de succ&#232;s des soumissionnaires de la r&#233;gion et des autres (le gr&#233; &#224; gr&#233;, un soumissionnaire par construction, n''est pas compt&#233;) ; la couverture de la localisation des soumissionnaires entre parenth&#232;ses.',
                              'Open and invitation calls for tenders of the year, by delivery region: bids per notice, single-bid notices, share of the bids from the region and win rate of the region''s bidders and of the others (sole-source contracts, one bidder by construction, are not counted); the coverage of the bidders'' location in brackets.'),
        ('calls_for_tenders', 'Appels d''offres', 'Calls for tenders'),
        ('bids_per_notice', 'Soumissions par avis', 'Bids per notice'),
        ('single_bid_share', 'Soumission unique', 'Single bid'),
        ('regional_bid_share', 'Soumissions de la r&#233;gion', 'Bids from the region'),
        ('regional_win_rate', 'Succ&#232;s des soumissionnaires de la r&#233;gion', 'Win rate, bidders of the region'),
        ('other_region_win_rate', 'Succ&#232;s des autres', 'Win rate, others'),
        ('notes', 'Sources et m&#233;thode', 'Sources and method'),
        ('notes_text', 'Chiffres tir&#233;s des vues de l''extension cag_ovt : action_plan_report, quebec_purchase_share(_totals), regional_purchase_share(_totals), eco_purchase_share(_totals), quebec_food_share(_totals), outside_centres_purchase_share(_totals), competition_indicators, regional_positions, partner_committee_status. Une part est calcul&#233;e sur les achats dont l''attribut est connu ; la couverture dit quelle part du montant cela repr&#233;sente (0 : aucune donn&#233;e, la part n''est pas publi&#233;e). Les montants sont en dollars canadiens ; ceux d''une autre devise sans taux de change utilisable sont exclus des totaux. Une ann&#233;e financi&#232;re va du 1er avril au 31 mars.',
                       'Figures taken from the views of the cag_ovt extension: action_plan_report, quebec_purchase_share(_totals), regional_purchase_share(_totals), eco_purchase_share(_totals), quebec_food_share(_totals), outside_centres_purchase_share(_totals), competition_indicators, regional_positions, partner_committee_status. A share is computed over the purchases whose attribute is known; the coverage says what part of the amount that is (0: no data, the share is not published). Amounts are in Canadian dollars; those in another currency with no usable exchange rate are left out of the totals. A fiscal year runs from 1 April to 31 March.'),
        ('generated', 'Produit par cag_ovt', 'Produced by cag_ovt'),
        ('database', 'base de donn&#233;es', 'database'),
        ('colon', '&#160;: ', ': '),
        ('status:atteinte', 'atteinte', 'met'),
        ('status:non atteinte', 'non atteinte', 'not met'),
        ('status:sans cible', 'sans cible', 'no target'),
        ('status:sans donnée', 'sans donn&#233;e', 'no data'),
        ('status:données partielles', 'donn&#233;es partielles', 'partial data'),
        ('unit:%', '%', '%'),
        ('unit:nombre', 'nombre', 'count')
    ) AS l(key, fr, en)
    WHERE l.key = report_label.key;
    IF result IS NULL THEN
        RAISE EXCEPTION 'no label "%" in the report', key USING ERRCODE = 'undefined_object';
    END IF;
    RETURN result;
END
$$;
COMMENT ON FUNCTION cag_ovt.report_label(text, text) IS
    'Texte du rapport HTML pour une clé, en français (''fr'') ou en anglais (''en''), déjà en HTML ; utilisé par report_html / text of the HTML report for a key, in French (''fr'') or English (''en''), already HTML; used by report_html';

-- A figure in the conventions of the language: 1 234,5 (narrow no-break
-- space, decimal comma) in French, 1,234.5 in English; unit '%' appends a
-- per cent sign (after a no-break space in French), '$' a dollar sign
-- (after the figure in French, before it in English); NULL gives the
-- "not applicable" label.
CREATE FUNCTION cag_ovt.report_number(v numeric, decimals integer, unit text, lang text)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    digits text;
    int_part text;
    frac_part text;
    figure text;
BEGIN
    IF v IS NULL THEN
        RETURN cag_ovt.report_label('no_data'::text, lang);
    END IF;
    digits := round(abs(v), decimals)::text;
    int_part := split_part(digits, '.', 1);
    frac_part := split_part(digits, '.', 2);
    int_part := regexp_replace(int_part, '(\d)(?=(\d{3})+$)',
                               CASE lang WHEN 'fr' THEN '\1&#8239;' ELSE '\1,' END, 'g');
    figure := int_part || CASE WHEN frac_part = '' THEN ''
                               WHEN lang = 'fr' THEN ',' || frac_part
                               ELSE '.' || frac_part END;
    IF v < 0 THEN
        figure := '&#8722;' || figure;
    END IF;
    RETURN CASE
        WHEN unit = '%' AND lang = 'fr' THEN figure || '&#160;%'
        WHEN unit = '%' THEN figure || '%'
        WHEN unit = '$' AND lang = 'fr' THEN figure || '&#160;$'
        WHEN unit = '$' THEN '$' || figure
        ELSE figure END;
END
$$;
COMMENT ON FUNCTION cag_ovt.report_number(numeric, integer, text, text) IS
    'Nombre mis en forme pour le rapport HTML selon la langue (1 234,5 ou 1,234.5), avec l''unité ''%'' ou ''$'' ; utilisé par report_html / figure formatted for the HTML report in the conventions of the language (1 234,5 or 1,234.5), with unit ''%'' or ''$''; used by report_html';

-- The start of a section of tables: its heading and introduction (labels
-- <section> and <section>_intro) and the head of its table, whose first
-- column heads the rows and whose columns named with a leading '#' hold
-- figures (right-aligned).
CREATE FUNCTION cag_ovt.report_table_start(section text, lang text, columns text[]) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.format('<section id="%s"><h2>%s</h2><p>%s</p><table class="%s"><thead><tr>',
                             section, cag_ovt.report_label(section, lang),
                             cag_ovt.report_label(section OPERATOR(pg_catalog.||) '_intro'::text, lang), section)
           OPERATOR(pg_catalog.||) pg_catalog.string_agg(
               CASE WHEN pg_catalog.left(c.name, 1) OPERATOR(pg_catalog.=) '#'
                    THEN '<th class="num">' OPERATOR(pg_catalog.||)
                         cag_ovt.report_label(pg_catalog.substr(c.name, 2), lang) OPERATOR(pg_catalog.||) '</th>'
                    ELSE '<th>' OPERATOR(pg_catalog.||) cag_ovt.report_label(c.name, lang)
                         OPERATOR(pg_catalog.||) '</th>' END, '' ORDER BY c.n)
           OPERATOR(pg_catalog.||) '</tr></thead><tbody>'
    FROM pg_catalog.unnest(columns) WITH ORDINALITY AS c(name, n);
END;
COMMENT ON FUNCTION cag_ovt.report_table_start(text, text, text[]) IS
    'Début d''une section à tableau du rapport HTML : titre, introduction et en-tête du tableau ; utilisé par report_html / start of a table section of the HTML report: heading, introduction and table head; used by report_html';

-- The name of the row of a view, by its scope: a region by its code, in
-- the language of the page; all of Québec; the unknown region.  HTML.
CREATE FUNCTION cag_ovt.report_region(scope text, region_code text, lang text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE scope
               WHEN 'quebec' THEN cag_ovt.report_label('all_of_quebec'::text, lang)
               WHEN 'unknown_region' THEN cag_ovt.report_label('unknown_region'::text, lang)
               ELSE cag_ovt.report_escape(cag_ovt.region_name(region_code::cag_ovt.qc_region, lang))
           END;
END;
COMMENT ON FUNCTION cag_ovt.report_region(text, text, text) IS
    'Nom de la ligne d''une vue selon sa portée (région, ensemble du Québec, région inconnue), dans la langue du rapport, en HTML ; utilisé par report_html / name of a row of a view by its scope (region, all of Québec, unknown region), in the language of the report, as HTML; used by report_html';

-- The bar chart of an indicator over fiscal years: one bar per year with a
-- value (the plan's years in blue, the others grey, the chosen year
-- outlined), the target as a dashed line, the value above each bar.  The
-- svg element carries data-item and data-indicator, each bar its year and
-- value as the view gave them, each target line its year and target.
CREATE FUNCTION cag_ovt.report_chart(item integer, indicator text, caption text, unit text,
                                     years integer[], chart_values numeric[], targets numeric[],
                                     chosen integer, lang text)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    width constant integer := 480;
    height constant integer := 210;
    left_m constant integer := 44;
    right_m constant integer := 8;
    top_m constant integer := 22;
    bottom_m constant integer := 36;
    plot_w numeric := width - left_m - right_m;
    plot_h numeric := height - top_m - bottom_m;
    n integer := coalesce(cardinality(years), 0);
    top_value numeric;
    magnitude numeric;
    tick numeric;
    slot numeric;
    bar_w numeric;
    svg text;
    i integer;
    x numeric;
    y numeric;
    h numeric;
    v numeric;
    plan_first integer;
    plan_last integer;
BEGIN
    IF n = 0 THEN
        RETURN '';
    END IF;
    -- the scale: from 0 to a round number above the values and targets
    SELECT greatest(max(t.v), 0) INTO top_value
    FROM unnest(chart_values || targets) AS t(v);
    IF unit = '%' THEN
        top_value := least(100, greatest(top_value * 1.15, 10));
    ELSE
        top_value := greatest(top_value * 1.15, 5);
    END IF;
    magnitude := power(10::numeric, floor(log(top_value / 4)));
    tick := CASE WHEN top_value / 4 <= magnitude THEN magnitude
                 WHEN top_value / 4 <= 2 * magnitude THEN 2 * magnitude
                 WHEN top_value / 4 <= 5 * magnitude THEN 5 * magnitude
                 ELSE 10 * magnitude END;
    top_value := ceil(top_value / tick) * tick;
    slot := plot_w / n;
    bar_w := round(slot * 0.6, 1);

    svg := format('<svg class="chart" data-item="%s" data-indicator="%s" data-unit="%s" '
                  'viewBox="0 0 %s %s" width="100%%" role="img" aria-label="%s" '
                  'xmlns="http://www.w3.org/2000/svg"><title>%s</title>',
                  item, cag_ovt.report_escape(indicator), cag_ovt.report_escape(unit),
                  width, height, caption, caption);
    -- the plan's years, shaded
    SELECT min(k), max(k) INTO plan_first, plan_last
    FROM generate_subscripts(years, 1) AS k WHERE cag_ovt.is_plan_year(years[k]);
    IF plan_first IS NOT NULL THEN
        svg := svg || format('<rect class="plan-years" x="%s" y="%s" width="%s" height="%s"/>'
                             '<text class="plan-label" x="%s" y="%s">%s</text>',
                             round(left_m + (plan_first - 1) * slot, 1), top_m - 14,
                             round((plan_last - plan_first + 1) * slot, 1), plot_h + 14,
                             round(left_m + (plan_first - 1) * slot + 3, 1), top_m - 4,
                             cag_ovt.report_label('plan'::text, lang));
    END IF;
    -- grid and axis
    v := 0;
    WHILE v <= top_value LOOP
        y := round(top_m + plot_h - v / top_value * plot_h, 1);
        svg := svg || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/>'
                             '<text class="axis" x="%s" y="%s">%s</text>',
                             left_m, y, width - right_m, y, left_m - 4, y + 4,
                             cag_ovt.report_number(v, 0, NULL::text, lang));
        v := v + tick;
    END LOOP;
    -- bars, values, targets, years
    FOR i IN 1 .. n LOOP
        x := left_m + (i - 1) * slot + (slot - bar_w) / 2;
        v := chart_values[i];
        IF v IS NOT NULL THEN
            h := round(greatest(v, 0) / top_value * plot_h, 1);
            svg := svg || format('<rect class="bar%s%s" data-fiscal-year="%s" data-value="%s" '
                                 'x="%s" y="%s" width="%s" height="%s"><title>%s-%s%s%s</title></rect>'
                                 '<text class="value%s" x="%s" y="%s">%s</text>',
                                 CASE WHEN cag_ovt.is_plan_year(years[i]) THEN ' plan' ELSE '' END,
                                 CASE WHEN years[i] = chosen THEN ' chosen' ELSE '' END,
                                 years[i], v, round(x, 1), round(top_m + plot_h - h, 1), bar_w, h,
                                 years[i], years[i] + 1, cag_ovt.report_label('colon'::text, lang),
                                 cag_ovt.report_number(v, 2, unit, lang),
                                 CASE WHEN h >= 18 THEN ' inside' ELSE '' END, round(x + bar_w / 2, 1),
                                 CASE WHEN h >= 18 THEN round(top_m + plot_h - h + 13, 1)
                                      ELSE round(top_m + plot_h - h - 4, 1) END,
                                 cag_ovt.report_number(v, CASE WHEN unit = '%' THEN 1 ELSE 0 END, NULL::text, lang));
        ELSE
            svg := svg || format('<text class="value missing" data-fiscal-year="%s" x="%s" y="%s">%s</text>',
                                 years[i], round(x + bar_w / 2, 1), round(top_m + plot_h - 4, 1),
                                 cag_ovt.report_label('no_data'::text, lang));
        END IF;
        IF targets[i] IS NOT NULL THEN
            y := round(top_m + plot_h - least(targets[i], top_value) / top_value * plot_h, 1);
            svg := svg || format('<line class="target" data-fiscal-year="%s" data-target="%s" '
                                 'x1="%s" y1="%s" x2="%s" y2="%s"><title>%s%s%s</title></line>',
                                 years[i], targets[i], round(x - 4, 1), y, round(x + bar_w + 4, 1), y,
                                 cag_ovt.report_label('target'::text, lang), cag_ovt.report_label('colon'::text, lang),
                                 cag_ovt.report_number(targets[i], 2, unit, lang));
        END IF;
        svg := svg || format('<text class="year%s" x="%s" y="%s">%s-%s</text>',
                             CASE WHEN years[i] = chosen THEN ' chosen' ELSE '' END,
                             round(x + bar_w / 2, 1), height - bottom_m + 16,
                             CASE WHEN slot >= 44 THEN years[i]::text
                                  ELSE lpad((years[i] % 100)::text, 2, '0') END,
                             lpad(((years[i] + 1) % 100)::text, 2, '0'));
    END LOOP;
    RETURN svg || '</svg>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_chart(integer, text, text, text, integer[], numeric[], numeric[], integer, text) IS
    'Diagramme à barres SVG d''un indicateur par année financière (valeurs, cibles, années du plan et année choisie en évidence) ; utilisé par report_html / SVG bar chart of an indicator by fiscal year (values, targets, the plan''s years and the chosen year highlighted); used by report_html';

-- ---------------------------------------------------------------------
-- The sections.

-- The plan's indicators for all of Québec in the chosen year: value,
-- target, status, coverage; then one chart per action of the plan (all of
-- Québec), over every fiscal year that has a value.
CREATE FUNCTION cag_ovt.report_section_indicators(fiscal_year integer, lang text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    html text;
    a record;
BEGIN
    html := format('<section id="indicators"><h2>%s</h2><p>%s</p>'
                   '<table class="summary"><thead><tr><th>%s</th><th>%s</th><th class="num">%s</th>'
                   '<th class="num">%s</th><th>%s</th><th class="num">%s</th></tr></thead><tbody>',
                   cag_ovt.report_label('summary'::text, lang), cag_ovt.report_label('summary_intro'::text, lang),
                   cag_ovt.report_label('action'::text, lang), cag_ovt.report_label('indicator'::text, lang),
                   cag_ovt.report_label('value'::text, lang), cag_ovt.report_label('target'::text, lang),
                   cag_ovt.report_label('status'::text, lang), cag_ovt.report_label('coverage'::text, lang));
    FOR a IN
        SELECT r.item, r.code, r.indicator, r.value, r.unit, r.target, r.status, r.coverage,
               CASE lang WHEN 'fr' THEN i.name_fr ELSE i.name_en END AS name
        FROM cag_ovt.action_plan_report r
        JOIN cag_ovt.indicators i ON i.indicator = r.indicator
        WHERE r.fiscal_year = report_section_indicators.fiscal_year AND r.scope = 'quebec'
        ORDER BY r.item
    LOOP
        html := html || format('<tr data-item="%s" data-indicator="%s" data-value="%s" data-target="%s" data-coverage="%s">'
                               '<td>%s</td><td>%s</td><td class="num">%s</td><td class="num">%s</td>'
                               '<td class="status %s">%s</td><td class="num">%s</td></tr>',
                               a.item, a.indicator, coalesce(a.value::text, ''), coalesce(a.target::text, ''),
                               coalesce(a.coverage::text, ''),
                               cag_ovt.report_escape(a.code), cag_ovt.report_escape(a.name),
                               cag_ovt.report_number(a.value, CASE WHEN a.unit = '%' THEN 2 ELSE 0 END, a.unit, lang),
                               cag_ovt.report_number(a.target, CASE WHEN a.unit = '%' THEN 2 ELSE 0 END, a.unit, lang),
                               replace(a.status, ' ', '-'),
                               cag_ovt.report_label('status:' || a.status, lang),
                               CASE WHEN a.coverage IS NULL THEN ''
                                    ELSE cag_ovt.report_number(a.coverage, 2, '%'::text, lang) END);
    END LOOP;
    html := html || format('</tbody></table><h2>%s</h2><p class="legend">%s</p>',
                           cag_ovt.report_label('charts'::text, lang),
                           cag_ovt.report_label('charts_intro'::text, lang));
    html := html || cag_ovt.report_figures(fiscal_year, lang, 'quebec'::text);
    RETURN html || '</section>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_section_indicators(integer, text) IS
    'Section du rapport HTML : les indicateurs du plan (ensemble du Québec) contre leur cible, avec leur couverture, et un diagramme par indicateur ; utilisé par report_html / section of the HTML report: the plan''s indicators (all of Québec) against their target, with their coverage, and a chart per indicator; used by report_html';

-- One figure (chart and caption) per action of the plan of the given scope
-- ('quebec': A1 to A5 and SGMP; 'region': the regional priorities), over
-- every fiscal year that has a value, and the chosen one.
CREATE FUNCTION cag_ovt.report_figures(fiscal_year integer, lang text, scope text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    html text := '';
    a record;
    caption text;
BEGIN
    FOR a IN
        SELECT r.item, r.code, r.indicator, r.unit, min(r.action) AS action, min(r.region_code) AS region_code,
               min(CASE lang WHEN 'fr' THEN i.name_fr ELSE i.name_en END) AS name,
               array_agg(r.fiscal_year ORDER BY r.fiscal_year) AS years,
               array_agg(r.value ORDER BY r.fiscal_year) AS chart_values,
               array_agg(r.target ORDER BY r.fiscal_year) AS targets
        FROM cag_ovt.action_plan_report r
        JOIN cag_ovt.indicators i ON i.indicator = r.indicator
        WHERE r.scope = report_figures.scope
          AND (r.value IS NOT NULL OR r.fiscal_year = report_figures.fiscal_year
               OR cag_ovt.is_plan_year(r.fiscal_year))
        GROUP BY r.item, r.code, r.indicator, r.unit
        ORDER BY r.item
    LOOP
        caption := cag_ovt.report_escape(a.code) || ' &#8212; ' || cag_ovt.report_escape(a.name)
                   || CASE WHEN a.region_code IS NOT NULL
                           THEN ' &#8212; ' || cag_ovt.report_region('region'::text, a.region_code, lang)
                           ELSE '' END
                   || ' (' || cag_ovt.report_label('unit:' || a.unit, lang) || ')';
        html := html || format('<figure><figcaption>%s<span class="action">%s%s%s</span></figcaption>%s</figure>',
                               caption, cag_ovt.report_label('plan_action'::text, lang),
                               cag_ovt.report_label('colon'::text, lang),
                               cag_ovt.report_escape(a.action),
                               cag_ovt.report_chart(a.item, a.indicator, caption, a.unit, a.years,
                                                    a.chart_values, a.targets, fiscal_year, lang));
    END LOOP;
    IF html = '' THEN
        RETURN '';
    END IF;
    RETURN '<div class="figures">' || html || '</div>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_figures(integer, text, text) IS
    'Un diagramme par action du plan de la portée donnée (''quebec'' ou ''region''), par année financière ; utilisé par report_html / a chart per action of the plan of the given scope (''quebec'' or ''region''), by fiscal year; used by report_html';

-- The shares of the year's purchases, region by region.
CREATE FUNCTION cag_ovt.report_section_regions(fiscal_year integer, lang text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    html text;
    r record;
    share_cell constant text :=
        '<td class="num" data-share="%s" data-coverage="%s">%s (%s)<svg class="spark" viewBox="0 0 100 6" width="36" height="6" '
        'role="presentation"><rect class="spark-bg" width="100" height="6"/><rect class="spark-bar" width="%s" height="6"/></svg></td>';
BEGIN
    html := cag_ovt.report_table_start('regions'::text, lang,
                                       '{region,#amount,#quebec_share,#regional_share,#eco_share,#quebec_food_share,#outside_centres_share}'::text[]);
    FOR r IN
        -- the purchase views' figures, computed as they compute them, in one
        -- scan of the purchases
        SELECT s.scope, s.region_code, q.total_amount, q.quebec_share, q.origin_coverage,
               g.regional_share, g.region_coverage, e.eco_share, e.eco_coverage,
               f.quebec_food_share, f.quebec_food_coverage, o.outside_centres_share, o.location_coverage
        FROM cag_ovt.purchase_summaries() s
        CROSS JOIN LATERAL cag_ovt.quebec_purchase_figures(s.summary) AS q
        CROSS JOIN LATERAL cag_ovt.regional_purchase_figures(s.summary) AS g
        CROSS JOIN LATERAL cag_ovt.eco_purchase_figures(s.summary, s.group_summary) AS e
        CROSS JOIN LATERAL cag_ovt.quebec_food_figures(s.summary) AS f
        CROSS JOIN LATERAL cag_ovt.outside_centres_figures(s.summary, s.outside_centres_summary,
                                                           s.centres_summary) AS o
        WHERE s.fiscal_year = report_section_regions.fiscal_year
        ORDER BY s.scope = 'quebec', s.scope = 'unknown_region', s.region_code
    LOOP
        html := html || format('<tr class="%s" data-region-code="%s" data-total-amount="%s"><th>%s</th><td class="num">%s</td>',
                               r.scope, coalesce(r.region_code, ''), r.total_amount,
                               cag_ovt.report_region(r.scope, r.region_code, lang),
                               cag_ovt.report_number(r.total_amount, 0, '$'::text, lang))
                || format(share_cell, coalesce(r.quebec_share::text, ''), coalesce(r.origin_coverage::text, ''),
                          cag_ovt.report_number(100 * r.quebec_share, 1, '%'::text, lang),
                          cag_ovt.report_number(100 * r.origin_coverage, 0, '%'::text, lang),
                          round(coalesce(r.quebec_share, 0) * 100, 1))
                || format(share_cell, coalesce(r.regional_share::text, ''), coalesce(r.region_coverage::text, ''),
                          cag_ovt.report_number(100 * r.regional_share, 1, '%'::text, lang),
                          cag_ovt.report_number(100 * r.region_coverage, 0, '%'::text, lang),
                          round(coalesce(r.regional_share, 0) * 100, 1))
                || format(share_cell, coalesce(r.eco_share::text, ''), coalesce(r.eco_coverage::text, ''),
                          cag_ovt.report_number(100 * r.eco_share, 1, '%'::text, lang),
                          cag_ovt.report_number(100 * r.eco_coverage, 0, '%'::text, lang),
                          round(coalesce(r.eco_share, 0) * 100, 1))
                || format(share_cell, coalesce(r.quebec_food_share::text, ''), coalesce(r.quebec_food_coverage::text, ''),
                          cag_ovt.report_number(100 * r.quebec_food_share, 1, '%'::text, lang),
                          cag_ovt.report_number(100 * r.quebec_food_coverage, 0, '%'::text, lang),
                          round(coalesce(r.quebec_food_share, 0) * 100, 1))
                || format(share_cell, coalesce(r.outside_centres_share::text, ''), coalesce(r.location_coverage::text, ''),
                          cag_ovt.report_number(100 * r.outside_centres_share, 1, '%'::text, lang),
                          cag_ovt.report_number(100 * r.location_coverage, 0, '%'::text, lang),
                          round(coalesce(r.outside_centres_share, 0) * 100, 1))
                || '</tr>';
    END LOOP;
    RETURN html || '</tbody></table></section>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_section_regions(integer, text) IS
    'Section du rapport HTML : les parts des achats de l''année, région par région ; utilisé par report_html / section of the HTML report: the shares of the year''s purchases, region by region; used by report_html';

-- The regional priorities: their indicator in their region, by fiscal year.
CREATE FUNCTION cag_ovt.report_section_priorities(fiscal_year integer, lang text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    figures text := cag_ovt.report_figures(fiscal_year, lang, 'region'::text);
BEGIN
    RETURN format('<section id="priorities"><h2>%s</h2><p>%s</p>%s</section>',
                  cag_ovt.report_label('priorities'::text, lang),
                  cag_ovt.report_label('priorities_intro'::text, lang),
                  CASE WHEN figures = '' THEN '<p>' || cag_ovt.report_label('none'::text, lang) || '</p>'
                       ELSE figures END);
END
$$;
COMMENT ON FUNCTION cag_ovt.report_section_priorities(integer, text) IS
    'Section du rapport HTML : les priorités régionales et leur indicateur dans leur région ; utilisé par report_html / section of the HTML report: the regional priorities and their indicator in their region; used by report_html';

-- Competition: the calls for tenders of the year (open and by invitation),
-- by delivery region, from competition_indicators (its counts summed, the
-- shares made again from them), and all of Québec.
CREATE FUNCTION cag_ovt.report_section_competition(fiscal_year integer, lang text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    html text;
    c record;
    n integer := 0;
BEGIN
    html := cag_ovt.report_table_start('competition'::text, lang,
                                       '{region,#calls_for_tenders,#bids_per_notice,#single_bid_share,#regional_bid_share,#regional_win_rate,#other_region_win_rate}'::text[]);
    -- (a reader who may not read tender_bids gets the section without rows)
    IF has_table_privilege('cag_ovt.tender_bids', 'SELECT') THEN
        FOR c IN
            SELECT CASE WHEN GROUPING(i.region_code) = 1 THEN 'quebec'
                        WHEN i.region_code IS NULL THEN 'unknown_region' ELSE 'region' END AS scope,
                   i.region_code, sum(i.notice_count) AS notices, sum(i.bid_count) AS bids,
                   sum(i.competitive_single_bid_count) AS single_bid,
                   sum(i.regional_bid_count) AS regional, sum(i.region_known_bid_count) AS region_known,
                   sum(i.regional_win_count) AS regional_wins,
                   sum(i.other_region_bid_count) AS others, sum(i.other_region_win_count) AS other_wins,
                   sum(i.located_bid_count) AS located
            FROM cag_ovt.competition_indicators i
            WHERE i.fiscal_year = report_section_competition.fiscal_year
              AND i.procedure IN ('open', 'invitation')
            GROUP BY ROLLUP (i.region_code)
            HAVING sum(i.notice_count) > 0
            ORDER BY GROUPING(i.region_code), i.region_code IS NULL, i.region_code
        LOOP
            n := n + 1;
            html := html || format('<tr class="%s" data-region-code="%s" data-notices="%s" data-single-bid="%s" data-bids="%s">'
                                   '<th>%s</th><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td>'
                                   '<td class="num">%s</td><td class="num">%s</td><td class="num">%s</td></tr>',
                                   c.scope, coalesce(c.region_code, ''), c.notices, c.single_bid, c.bids,
                                   cag_ovt.report_region(c.scope, c.region_code, lang),
                                   cag_ovt.report_number(c.notices, 0, NULL::text, lang),
                                   cag_ovt.report_number(c.bids / c.notices, 2, NULL::text, lang),
                                   cag_ovt.report_number(100.0 * c.single_bid / c.notices, 1, '%'::text, lang),
                                   cag_ovt.report_number(100.0 * c.regional / nullif(c.region_known, 0), 1, '%'::text, lang)
                                       || ' (' || cag_ovt.report_number(100.0 * c.located / c.bids, 0, '%'::text, lang) || ')',
                                   cag_ovt.report_number(100.0 * c.regional_wins / nullif(c.regional, 0), 1, '%'::text, lang),
                                   cag_ovt.report_number(100.0 * c.other_wins / nullif(c.others, 0), 1, '%'::text, lang));
        END LOOP;
    END IF;
    IF n = 0 THEN
        RETURN format('<section id="competition"><h2>%s</h2><p>%s</p><p>%s</p></section>',
                      cag_ovt.report_label('competition'::text, lang),
                      cag_ovt.report_label('competition_intro'::text, lang),
                      cag_ovt.report_label('none'::text, lang));
    END IF;
    RETURN html || '</tbody></table></section>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_section_competition(integer, text) IS
    'Section du rapport HTML : la concurrence dans les appels d''offres publics et sur invitation de l''année, par région de livraison (competition_indicators) ; utilisé par report_html / section of the HTML report: competition in the year''s open and invitation calls for tenders, by delivery region (competition_indicators); used by report_html';

-- Positions in the regions on 31 March of the chosen year.
CREATE FUNCTION cag_ovt.report_section_positions(fiscal_year integer, lang text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    html text;
    p record;
BEGIN
    html := cag_ovt.report_table_start('positions'::text, lang,
                                       '{region,#total_positions,#share_of_positions,#regionalized_positions,#regionalized_in_year}'::text[]);
    FOR p IN
        SELECT r.scope, r.region_code, r.total_positions, r.share_of_positions,
               r.regionalized_positions, r.regionalized_in_year
        FROM cag_ovt.regional_positions r
        WHERE r.fiscal_year = report_section_positions.fiscal_year
          AND (r.total_positions > 0 OR r.regionalized_positions > 0 OR r.scope = 'quebec')
        ORDER BY r.scope = 'quebec', r.region_code
    LOOP
        html := html || format('<tr class="%s" data-region-code="%s" data-positions="%s"><th>%s</th><td class="num">%s</td>'
                               '<td class="num">%s</td><td class="num">%s</td><td class="num">%s</td></tr>',
                               p.scope, coalesce(p.region_code, ''), p.total_positions,
                               cag_ovt.report_region(p.scope, p.region_code, lang),
                               cag_ovt.report_number(p.total_positions, 0, NULL::text, lang),
                               cag_ovt.report_number(100 * p.share_of_positions, 1, '%'::text, lang),
                               cag_ovt.report_number(p.regionalized_positions, 0, NULL::text, lang),
                               cag_ovt.report_number(p.regionalized_in_year, 0, NULL::text, lang));
    END LOOP;
    RETURN html || '</tbody></table></section>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_section_positions(integer, text) IS
    'Section du rapport HTML : les postes du CAG par région au 31 mars (action A5) ; utilisé par report_html / section of the HTML report: CAG positions by region on 31 March (action A5); used by report_html';

-- The partners' advisory committees, for the plan's years and the chosen one.
CREATE FUNCTION cag_ovt.report_section_committees(fiscal_year integer, lang text) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    html text;
    c record;
BEGIN
    html := cag_ovt.report_table_start('committees'::text, lang,
                                       '{fiscal_year,#committee_count,#regional_committees,#committees_with_rules,#meetings_held,#committees_met,#regions_covered}'::text[]);
    FOR c IN
        SELECT s.*
        FROM cag_ovt.partner_committee_status s
        WHERE cag_ovt.is_plan_year(s.fiscal_year) OR s.fiscal_year = report_section_committees.fiscal_year
        ORDER BY s.fiscal_year
    LOOP
        html := html || format('<tr%s data-fiscal-year="%s"><th>%s</th><td class="num">%s</td><td class="num">%s</td>'
                               '<td class="num">%s</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td></tr>',
                               CASE WHEN c.fiscal_year = report_section_committees.fiscal_year THEN ' class="chosen"' ELSE '' END,
                               c.fiscal_year, c.fiscal_year_label, c.committees, c.regional_committees,
                               c.committees_with_rules, c.meetings_held, c.committees_met, c.regions_covered);
    END LOOP;
    RETURN html || '</tbody></table></section>';
END
$$;
COMMENT ON FUNCTION cag_ovt.report_section_committees(integer, text) IS
    'Section du rapport HTML : les comités consultatifs des partenaires par année financière (action A4) ; utilisé par report_html / section of the HTML report: the partners'' advisory committees by fiscal year (action A4); used by report_html';

-- ---------------------------------------------------------------------
-- The document.
CREATE FUNCTION cag_ovt.report_html(fiscal_year integer, lang text DEFAULT 'fr') RETURNS text
    LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    label text := fiscal_year || '-' || (fiscal_year + 1);
    head text;
    body text;
    totals record;
BEGIN
    -- (report_label checks the language)
    PERFORM cag_ovt.report_label('title'::text, lang);
    IF fiscal_year < 1 OR fiscal_year > 9998 THEN
        RAISE EXCEPTION 'fiscal year % is out of range', fiscal_year
            USING ERRCODE = 'numeric_value_out_of_range',
                  HINT = 'A fiscal year is named by the year it starts in: 2022 for 2022-2023.';
    END IF;
    SELECT q.purchase_count, q.total_amount INTO totals
    FROM cag_ovt.quebec_purchase_share_totals q
    WHERE q.fiscal_year = report_html.fiscal_year;

    head := format(
        '<!DOCTYPE html>' || E'\n' || '<html lang="%s"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src ''none''; style-src ''unsafe-inline''; img-src data:">'
        '<meta name="generator" content="cag_ovt %s">'
        '<title>%s &#8212; %s %s</title><style>%s</style></head>' || E'\n',
        lang, (SELECT e.extversion FROM pg_extension e WHERE e.extname = 'cag_ovt'),
        cag_ovt.report_label('title'::text, lang), cag_ovt.report_label('fiscal_year'::text, lang), label,
        'body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#1a202c;margin:0 auto;max-width:980px;padding:0 24px 48px;line-height:1.45}'
        'header{border-bottom:4px solid #2b6cb0;margin-bottom:24px;padding:24px 0 12px}'
        'h1{font-size:1.6em;margin:0}h2{font-size:1.25em;margin:32px 0 8px;color:#2a4365}'
        '.subtitle{font-size:1.1em;color:#4a5568;margin:4px 0}.note{color:#718096;font-size:.9em}'
        'table{border-collapse:collapse;width:100%;font-size:.9em;margin:8px 0 16px}'
        'th,td{padding:5px 8px;border-bottom:1px solid #e2e8f0;text-align:left;vertical-align:middle}'
        'thead th{border-bottom:2px solid #a0aec0;font-weight:600;vertical-align:bottom}.num{text-align:right;white-space:nowrap}thead th.num{white-space:normal}'
        'tr.quebec th,tr.quebec td{font-weight:600;border-top:2px solid #a0aec0}tr.chosen{background:#ebf4ff}'
        '.status{white-space:nowrap}.status.atteinte{color:#22543d;font-weight:600}.status.non-atteinte{color:#9b2c2c;font-weight:600}'
        '.status.sans-cible,.status.sans-donnée{color:#718096}.status.données-partielles{color:#975a16;font-style:italic}'
        '.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:8px 32px}'
        'figure{margin:12px 0 16px;break-inside:avoid}figcaption{font-weight:600;margin-bottom:4px}'
        'figcaption .action{display:block;font-weight:400;font-size:.85em;color:#4a5568}'
        '.legend{color:#4a5568;font-size:.9em}'
        'svg.chart{max-width:100%;height:auto;font-size:11px}svg.chart .bar{fill:#a0aec0}svg.chart .bar.plan{fill:#2b6cb0}'
        'svg.chart .bar.chosen{stroke:#1a202c;stroke-width:2}svg.chart .plan-years{fill:#ebf4ff}'
        'svg.chart .plan-label{fill:#2b6cb0;font-size:10px}svg.chart .grid{stroke:#e2e8f0}'
        'svg.chart .axis{fill:#718096;text-anchor:end;font-size:10px}svg.chart .value{fill:#1a202c;text-anchor:middle;font-size:10px}'
        'svg.chart .value.inside{fill:#fff;font-weight:600}svg.chart .bar:not(.plan)+.value.inside{fill:#1a202c}svg.chart .value.missing{fill:#a0aec0}svg.chart .year{fill:#4a5568;text-anchor:middle;font-size:10px}'
        'svg.chart .year.chosen{font-weight:700;fill:#1a202c}svg.chart .target{stroke:#c05621;stroke-width:2;stroke-dasharray:4 3}'
        'svg.spark{margin-left:6px;vertical-align:middle}svg.spark .spark-bg{fill:#e2e8f0}svg.spark .spark-bar{fill:#2b6cb0}'
        'footer{margin-top:40px;border-top:1px solid #e2e8f0;padding-top:8px;color:#718096;font-size:.85em}'
        '@media print{body{max-width:none}figure,table{break-inside:avoid}}');

    body := format('<body><header><h1>%s</h1><p class="subtitle">%s &#8212; %s <strong data-fiscal-year="%s">%s</strong></p>'
                   '<p class="note">%s%s</p><p data-purchase-count="%s" data-total-amount="%s">%s%s%s %s, %s</p></header><main>',
                   cag_ovt.report_label('title'::text, lang), cag_ovt.report_label('subtitle'::text, lang),
                   cag_ovt.report_label('fiscal_year'::text, lang), fiscal_year, label,
                   cag_ovt.report_label('plan_years'::text, lang),
                   CASE WHEN cag_ovt.is_plan_year(fiscal_year) THEN ''
                        ELSE ' ' || cag_ovt.report_label('outside_plan'::text, lang) END,
                   coalesce(totals.purchase_count, 0), coalesce(totals.total_amount, 0),
                   cag_ovt.report_label('purchases_of_year'::text, lang), cag_ovt.report_label('colon'::text, lang),
                   cag_ovt.report_number(coalesce(totals.purchase_count, 0), 0, NULL::text, lang),
                   cag_ovt.report_label('purchases'::text, lang),
                   cag_ovt.report_number(coalesce(totals.total_amount, 0), 0, '$'::text, lang));

    -- The sections, in order: one line each.
    body := body
        || cag_ovt.report_section_indicators(fiscal_year, lang)
        || cag_ovt.report_section_regions(fiscal_year, lang)
        || cag_ovt.report_section_priorities(fiscal_year, lang)
        || cag_ovt.report_section_competition(fiscal_year, lang)
        || cag_ovt.report_section_positions(fiscal_year, lang)
        || cag_ovt.report_section_committees(fiscal_year, lang);

    body := body || format('<section id="notes"><h2>%s</h2><p class="note">%s</p></section></main>'
                           '<footer>%s %s &#183; %s %s &#183; %s</footer></body></html>',
                           cag_ovt.report_label('notes'::text, lang), cag_ovt.report_label('notes_text'::text, lang),
                           cag_ovt.report_label('generated'::text, lang),
                           (SELECT e.extversion FROM pg_extension e WHERE e.extname = 'cag_ovt'),
                           cag_ovt.report_label('database'::text, lang),
                           cag_ovt.report_escape(current_database()::text),
                           to_char(now(), 'YYYY-MM-DD HH24:MI TZ'));
    RETURN head || body;
END
$$;
COMMENT ON FUNCTION cag_ovt.report_html(integer, text) IS
    'Rapport annuel du plan d''action OVT pour une année financière, en un seul document HTML autonome (SVG en ligne, sans réseau ni script), en français (''fr'', défaut) ou en anglais (''en'') ; cag_ovt-report l''écrit dans un fichier / annual report of the OVT action plan for a fiscal year, as one self-contained HTML document (inline SVG, no network, no script), in French (''fr'', default) or English (''en''); cag_ovt-report writes it to a file';

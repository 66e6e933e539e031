--
-- report_html: the annual report as one HTML document, checked against the
-- views it is drawn from (test/t/041_report.pl renders it in a browser).
--
SET search_path = cag_ovt, public;

-- Figures in the conventions of each language, escaping, labels.
SELECT v, report_number(v, 2, '%', 'fr') AS fr_pct, report_number(v, 2, '%', 'en') AS en_pct,
       report_number(v, 0, '$', 'fr') AS fr_dollars, report_number(v, 0, '$', 'en') AS en_dollars,
       report_number(v, 1, NULL, 'en') AS en_plain
FROM (VALUES (0::numeric), (7.5), (43.215), (1234.5), (-1234567.891), (100), (NULL)) AS t(v);
SELECT report_escape('<b class="x">Tom & Jerry''s</b>');
SELECT report_label('status:sans donnée', 'fr') AS fr, report_label('status:sans donnée', 'en') AS en,
       report_label('status:données partielles', 'en') AS partial,
       report_label('status:atteinte', 'en') AS met, report_label('unit:nombre', 'en') AS unit;
SELECT report_label('no such label', 'fr');
SELECT report_label('title', 'de');

-- The demo data, in a transaction rolled back at the end.
BEGIN;
TRUNCATE purchases, positions, partner_committees, committee_meetings, targets;
\set rows 3000
\set ECHO none
\i data/demo/generate.sql
\set ECHO all
SET search_path = cag_ovt, public;
-- a regional priority whose title needs escaping
INSERT INTO regional_priorities (region, priority_number, title, excerpt, indicator)
VALUES ('Laval', 9, 'Essai <b>gras</b> & « guillemets »', 'Extrait', 'regional_share');
CREATE TEMP TABLE doc AS
SELECT report_html(2021) AS fr, report_html(2021, 'en') AS en, report_html(2010, 'en') AS outside;

-- One self-contained document: no script, nothing loaded from anywhere (the
-- only URL is the SVG namespace), a policy that forbids loading.
SELECT left(fr, 15) AS doctype, fr ~ '<html lang="fr">' AS fr, en ~ '<html lang="en">' AS en,
       fr ~ 'default-src ''none''' AS csp,
       fr ~* '<script|javascript:|\son[a-z]+=|\ssrc=|\shref=|url\(|@import' AS loads_or_runs,
       (SELECT count(*) FROM regexp_matches(fr, 'https?://', 'g')) AS urls,
       (SELECT count(*) FROM regexp_matches(fr, 'xmlns="http://www.w3.org/2000/svg"', 'g')) AS svg_namespaces,
       right(fr, 7) AS ending, length(fr) > 20000 AS long
FROM doc;

-- One chart per action of the plan, its bars the values of
-- action_plan_report and its dashed lines the targets, year by year.
SELECT (SELECT count(*) FROM regexp_matches(fr, '<svg class="chart"', 'g')) AS charts,
       (SELECT count(*) FROM plan_actions) AS actions,
       (SELECT count(DISTINCT m[1]) FROM regexp_matches(fr, '<svg class="chart" data-item="(\d+)"', 'g') AS m) AS distinct_items
FROM doc;
CREATE TEMP VIEW chart_marks AS
SELECT (regexp_match(c, '^ data-item="(\d+)" data-indicator="([a-z_]+)"'))[1]::integer AS item,
       (regexp_match(c, '^ data-item="(\d+)" data-indicator="([a-z_]+)"'))[2] AS indicator,
       c
FROM doc, regexp_split_to_table(split_part(fr, '</html>', 1), '<svg class="chart"') WITH ORDINALITY AS t(c, n)
WHERE n > 1;
-- bars against values: nothing on one side only
(SELECT m.item, m.indicator, b[1]::integer AS fiscal_year, b[2]::numeric AS value
 FROM chart_marks m, regexp_matches(split_part(m.c, '</svg>', 1),
                                    '<rect class="bar[^"]*" data-fiscal-year="(\d+)" data-value="([-0-9.]+)"', 'g') AS b
 EXCEPT
 SELECT item, indicator, fiscal_year, value FROM action_plan_report WHERE value IS NOT NULL)
UNION ALL
(SELECT item, indicator, fiscal_year, value FROM action_plan_report WHERE value IS NOT NULL
 EXCEPT
 SELECT m.item, m.indicator, b[1]::integer, b[2]::numeric
 FROM chart_marks m, regexp_matches(split_part(m.c, '</svg>', 1),
                                    '<rect class="bar[^"]*" data-fiscal-year="(\d+)" data-value="([-0-9.]+)"', 'g') AS b);
-- targets against targets
(SELECT m.item, b[1]::integer AS fiscal_year, b[2]::numeric AS target
 FROM chart_marks m, regexp_matches(split_part(m.c, '</svg>', 1),
                                    '<line class="target" data-fiscal-year="(\d+)" data-target="([-0-9.]+)"', 'g') AS b
 EXCEPT
 SELECT item, fiscal_year, target FROM action_plan_report WHERE target IS NOT NULL)
UNION ALL
(SELECT item, fiscal_year, target FROM action_plan_report WHERE target IS NOT NULL
 EXCEPT
 SELECT m.item, b[1]::integer, b[2]::numeric
 FROM chart_marks m, regexp_matches(split_part(m.c, '</svg>', 1),
                                    '<line class="target" data-fiscal-year="(\d+)" data-target="([-0-9.]+)"', 'g') AS b);
-- ... one bar per value (the years of the stocks run to the current one)
SELECT count(*) = (SELECT count(*) FROM action_plan_report WHERE value IS NOT NULL) AS one_bar_per_value
FROM chart_marks m, regexp_matches(m.c, '<rect class="bar', 'g');

-- The summary table: value, target and coverage of the chosen year.
SELECT r[1]::integer AS item, r[2] AS indicator, nullif(r[3], '')::numeric AS value,
       nullif(r[4], '')::numeric AS target, nullif(r[5], '')::numeric AS coverage
FROM doc, regexp_matches(fr, '<tr data-item="(\d+)" data-indicator="([a-z_]+)" data-value="([-0-9.]*)" data-target="([-0-9.]*)" data-coverage="([-0-9.]*)"', 'g') AS r
EXCEPT
SELECT a.item, a.indicator, a.value, a.target, a.coverage
FROM action_plan_report a
WHERE a.fiscal_year = 2021 AND a.scope = 'quebec';
-- ... the coverage is the view's, in percent
SELECT a.indicator, a.coverage, q.origin_coverage, e.eco_coverage, e.eco_coverage_in_group_purchases,
       f.quebec_food_coverage, o.location_coverage
FROM action_plan_report a
JOIN quebec_purchase_share_totals q ON q.fiscal_year = a.fiscal_year
JOIN eco_purchase_share_totals e ON e.fiscal_year = a.fiscal_year
JOIN quebec_food_share_totals f ON f.fiscal_year = a.fiscal_year
JOIN outside_centres_purchase_share_totals o ON o.fiscal_year = a.fiscal_year
WHERE a.fiscal_year = 2021 AND a.scope = 'quebec' AND a.coverage IS DISTINCT FROM
      100 * CASE a.indicator WHEN 'quebec_share' THEN q.origin_coverage
                             WHEN 'eco_share' THEN e.eco_coverage
                             WHEN 'eco_share_in_group_purchases' THEN e.eco_coverage_in_group_purchases
                             WHEN 'quebec_food_share' THEN f.quebec_food_coverage
                             WHEN 'outside_centres_share' THEN o.location_coverage END;
SELECT count(*) AS summary_rows FROM doc, regexp_matches(fr, '<tr data-item=', 'g');

-- The regions: the total amount of each row is the view's.
SELECT r[1] AS scope, coalesce(nullif(r[2], ''), '-') AS region_code, r[3]::numeric AS total_amount
FROM doc, regexp_matches(fr, '<tr class="([a-z_]+)" data-region-code="(\d*)" data-total-amount="([-0-9.]+)"', 'g') AS r
EXCEPT
SELECT scope, coalesce(region_code, '-'), total_amount FROM (SELECT * FROM quebec_purchase_share UNION ALL SELECT * FROM quebec_purchase_share_totals) AS quebec_purchase_share
WHERE fiscal_year = 2021;
SELECT count(*) AS region_rows FROM doc,
       regexp_matches(fr, '<tr class="[a-z_]+" data-region-code="\d*" data-total-amount=', 'g');
-- ... each share with its coverage
SELECT count(*) AS share_cells FROM doc,
       regexp_matches(fr, '<td class="num" data-share="[0-9.]*" data-coverage="[0-9.]*">', 'g');

-- Escaped text; each language its words; a year outside the plan.
SELECT fr LIKE '%Essai &lt;b&gt;gras&lt;/b&gt; &amp; « guillemets »%' AS escaped,
       fr NOT LIKE '%<b>gras%' AS no_raw_markup,
       en LIKE '%>not met<%' OR en LIKE '%>met<%' AS english_status,
       en LIKE '%Fiscal year%' AND fr LIKE '%Ann&#233;e financi&#232;re%' AS headings,
       en LIKE '%Eastern Townships%' AS english_region_names,
       outside LIKE '%This year is outside the plan years.%' AS outside_noted,
       fr NOT LIKE '%outside the plan%' AS inside
FROM doc;

-- Competition: no bids, no table; with bids, a row per delivery region and
-- one for all of Québec, their counts the view's over the open and
-- invitation calls (a sole-source notice is left out).
SELECT fr ~ '<section id="competition"><h2>[^<]+</h2><p>[^<]+</p><p>Aucune.</p></section>' AS no_bids
FROM doc;
INSERT INTO tender_bids (notice, format, bidder, procedure, is_winner, purchased_on,
                         delivery_region, supplier_region, supplier_postal_code)
VALUES ('1', 'xml', 1, 'open', true, '2021-06-01', '05', '05', NULL),
       ('1', 'xml', 2, 'open', false, '2021-06-01', '05', '06', NULL),
       ('2', 'xml', 1, 'invitation', true, '2021-07-01', '05', NULL, 'H2X 1Y4'),
       ('3', 'xml', 1, 'invitation', true, '2021-07-01', '10', '10', NULL),
       ('4', 'xml', 1, 'sole_source', true, '2021-08-01', '10', NULL, 'J9P 1A1');
SELECT r[1] AS scope, coalesce(nullif(r[2], ''), '-') AS region_code, r[3] AS notices,
       r[4] AS single_bid, r[5] AS bids, r[6] AS cells
FROM regexp_matches(report_section_competition(2021, 'en'),
     '<tr class="([a-z_]+)" data-region-code="(\d*)" data-notices="(\d+)" data-single-bid="(\d+)" data-bids="(\d+)">(<th>[^<]*</th>(?:<td class="num">[^<]*</td>)*)</tr>', 'g') AS r;
SELECT coalesce(region_code, '-') AS region_code, sum(notice_count) AS notices,
       sum(competitive_single_bid_count) AS single_bid, sum(bid_count) AS bids
FROM competition_indicators WHERE fiscal_year = 2021 AND procedure IN ('open', 'invitation')
GROUP BY ROLLUP (region_code) ORDER BY GROUPING(region_code), region_code;

-- A share below its coverage threshold: partial data, not compared with its
-- target; a share with nothing known: no data, whatever its target.
UPDATE coverage_thresholds SET min_coverage = 99.5 WHERE indicator = 'quebec_share';
UPDATE purchases SET labels = NULL;
SELECT code, indicator, value, target, status, coverage, min_coverage
FROM action_plan_report WHERE fiscal_year = 2021 AND code IN ('A1', 'A2') ORDER BY item;
SELECT h ~ '<td class="status données-partielles">donn&#233;es partielles</td>' AS partial,
       h ~ '<td class="status sans-donnée">sans donn&#233;e</td>' AS no_data,
       h ~ 'data-indicator="eco_share" data-value="" data-target="11.5" data-coverage="0.00"' AS eco_no_data
FROM report_html(2021) AS h;
SELECT report_html(2021, 'en') ~ '<td class="status données-partielles">partial data</td>' AS partial_en;
ROLLBACK;

-- Bad arguments.
SELECT report_html(2021, 'de');
SELECT report_html(0);
SELECT report_html(NULL) IS NULL AS strict_null;

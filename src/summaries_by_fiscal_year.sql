-- The SQL-level API of the summaries by fiscal year and delivery region:
-- purchase_summaries(), from the purchases, and spend_by_fiscal_year_region(),
-- the same rows from the monthly summaries of spend_by_month.  What they
-- return are spend_summary values, which rollup() adds up and the *_figures
-- functions (src/purchase_figures.sql) turn into the figures of the
-- purchase views; BI tools read those views and spend_by_month_figures.
--
-- They were views in 1.1 (purchase_summaries, spend_by_fiscal_year_region);
-- set-returning functions since 1.2, so that every view of the extension
-- has columns of PostgreSQL's own types.  A 1.1 query adds () after the
-- name: FROM cag_ovt.purchase_summaries() s.  The update to 1.2 includes
-- this file.
--
-- Why a string body and no SET search_path (doc/DEVELOPING.md, "Security
-- rules"): the planner inlines a SQL function into the query that calls it
-- in FROM (the purchase views keep the plan they had over the view, the
-- aggregate in parallel under a Gather), which SET would prevent; and a
-- standard body (BEGIN ATOMIC), although inlined as well, would make
-- pg_upgrade fail: pg_dump --binary-upgrade creates the extension's
-- functions before its operator classes, and a GROUP BY over a qc_region
-- (here, and in spend_by_month, which the body would depend on) needs
-- qc_region's ("could not identify an equality operator for type
-- cag_ovt.qc_region").  A string body is parsed when the function is
-- inlined or run, so every name in it is schema-qualified, operators and
-- types included, and the extension's functions are called with arguments
-- of their declared types: nothing on a search_path can capture a name
-- (test/t/030_trusted.pl calls them among hostile objects; the catalog
-- suite lists them as the functions without a standard body).
--
-- A function's result columns carry no length: the values are
-- character varying(15), (2), (40) and (14) as in 1.1's views, and the
-- purchase views cast them to declare it.  EXECUTE is PUBLIC's, as for
-- every function of the extension (1.1's views had SELECT for PUBLIC).

-- ---------------------------------------------------------------------
-- One scan: purchase_summaries() reads the purchases once, through the
-- aggregate spend_agg_by_fiscal_year_region (src/purchase_summaries.sql),
-- which returns, for each fiscal year and delivery region,
-- the spend_agg(amount_cad, class) of its purchases (amounts in Canadian
-- dollars; a purchase with no rate counts with no amount), of its group
-- purchases,
-- and of those whose supplier is located outside the centres or in them
-- (the supplier's region is supplier_region, else that of its postal code
-- on the date of the purchase, as in spend_by_month; outside the centres:
-- outside Montréal and Capitale-Nationale, regions.counts_as_region).
-- Over those few rows, GROUP BY GROUPING SETS ((fiscal year, region),
-- (fiscal year)) with rollup() adds the all-of-Québec row of each year,
-- told apart by GROUPING().  rollup of the regions' summaries is exactly
-- spend_agg over their purchases.  The aggregate runs in parallel (partial
-- states combined group by group); grouping the purchases themselves by
-- GROUP BY with spend_agg ... FILTER gives the same figures but spends as
-- much time in the executor's generic grouping as in the summaries, and by
-- GROUPING SETS would advance one state per grouping set and would not run
-- in parallel.
--
-- Its rows, and those of every purchase view: one per fiscal year and
-- delivery region (scope 'region'), one per fiscal year for the purchases
-- whose delivery region is unknown -- NULL delivery_region, which includes
-- notices delivered to several regions (scope 'unknown_region',
-- region_code NULL, region_name 'Région inconnue') -- and one per fiscal
-- year for all of Québec, unknown regions included (scope 'quebec',
-- region_code NULL, region_name 'Ensemble du Québec'), told apart by
-- GROUPING().
CREATE FUNCTION cag_ovt.purchase_summaries()
    RETURNS TABLE (fiscal_year integer,
                   fiscal_year_label character varying,
                   region_code character varying,
                   region_name character varying,
                   scope character varying,
                   summary cag_ovt.spend_summary,
                   group_summary cag_ovt.spend_summary,
                   outside_centres_summary cag_ovt.spend_summary,
                   centres_summary cag_ovt.spend_summary)
    LANGUAGE sql STABLE PARALLEL SAFE
AS $body$
SELECT g.fiscal_year,
       (g.fiscal_year::pg_catalog.text OPERATOR(pg_catalog.||) '-'::pg_catalog.text
        OPERATOR(pg_catalog.||) (g.fiscal_year OPERATOR(pg_catalog.+) 1)::pg_catalog.text)::character varying(15),
       cag_ovt.region_code(g.delivery_region)::character varying(2),
       (CASE WHEN g.all_of_quebec OPERATOR(pg_catalog.=) 1 THEN 'Ensemble du Québec'::pg_catalog.text
             WHEN g.delivery_region IS NULL THEN 'Région inconnue'::pg_catalog.text
             ELSE cag_ovt.region_name(g.delivery_region, 'fr'::pg_catalog.text) END)::character varying(40),
       (CASE WHEN g.all_of_quebec OPERATOR(pg_catalog.=) 1 THEN 'quebec'::pg_catalog.text
             WHEN g.delivery_region IS NULL THEN 'unknown_region'::pg_catalog.text
             ELSE 'region'::pg_catalog.text END)::character varying(14),
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
                         p.purchased_on, p.delivery_region, p.amount_cad, p.class, p.group_purchase,
                         p.supplier_region, p.supplier_postal_code) AS groups
              FROM cag_ovt.purchases p) AS a
        CROSS JOIN LATERAL pg_catalog.unnest(a.groups) AS u
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g
$body$;
COMMENT ON FUNCTION cag_ovt.purchase_summaries() IS
    'Sommaires des achats (spend_summary) par année financière et région de livraison, en une lecture des achats : la base des vues d''achats et d''indicateurs (FROM cag_ovt.purchase_summaries()). Une ligne par année et région (scope ''region''), une par année pour les régions inconnues (''unknown_region'', region_code NULL, region_name ''Région inconnue'') et une pour l''ensemble du Québec, régions inconnues comprises (''quebec'', region_code NULL, region_name ''Ensemble du Québec''). Colonnes : fiscal_year (année de début), fiscal_year_label (''2021-2022''), region_code, region_name, scope ; summary : spend_agg(amount_cad, class) des achats du groupe ; group_summary : des achats regroupés ; outside_centres_summary : des achats dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) ; centres_summary : de ceux dont le fournisseur est situé à Montréal ou dans la Capitale-Nationale. Vue en 1.1 / summaries of the purchases (spend_summary) by fiscal year and delivery region, in one scan of the purchases: the base of the purchase and indicator views (FROM cag_ovt.purchase_summaries()). A row per year and region (scope ''region''), one per year for unknown regions (''unknown_region'', region_code NULL, region_name ''Région inconnue'') and one for all of Québec, unknown regions included (''quebec'', region_code NULL, region_name ''Ensemble du Québec''). Columns: fiscal_year (starting year), fiscal_year_label (''2021-2022''), region_code, region_name, scope; summary: spend_agg(amount_cad, class) of the purchases of the group; group_summary: of its group purchases; outside_centres_summary: of the purchases whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale); centres_summary: of those whose supplier is located in Montréal or Capitale-Nationale. A view in 1.1';

-- The purchase summaries rolled up from spend_by_month: the same rows as
-- purchase_summaries() (built the same way: by fiscal year and region, then
-- GROUPING SETS over those), equal as long as spend_by_month is fresh.  With
-- the *_figures functions, the purchase views' figures without reading the
-- purchases.
CREATE FUNCTION cag_ovt.spend_by_fiscal_year_region()
    RETURNS TABLE (fiscal_year integer,
                   fiscal_year_label character varying,
                   region_code character varying,
                   region_name character varying,
                   scope character varying,
                   summary cag_ovt.spend_summary,
                   group_summary cag_ovt.spend_summary,
                   outside_centres_summary cag_ovt.spend_summary,
                   centres_summary cag_ovt.spend_summary)
    LANGUAGE sql STABLE PARALLEL SAFE
AS $body$
SELECT g.fiscal_year,
       (g.fiscal_year::pg_catalog.text OPERATOR(pg_catalog.||) '-'::pg_catalog.text
        OPERATOR(pg_catalog.||) (g.fiscal_year OPERATOR(pg_catalog.+) 1)::pg_catalog.text)::character varying(15),
       cag_ovt.region_code(g.delivery_region)::character varying(2),
       (CASE WHEN g.all_of_quebec OPERATOR(pg_catalog.=) 1 THEN 'Ensemble du Québec'::pg_catalog.text
             WHEN g.delivery_region IS NULL THEN 'Région inconnue'::pg_catalog.text
             ELSE cag_ovt.region_name(g.delivery_region, 'fr'::pg_catalog.text) END)::character varying(40),
       (CASE WHEN g.all_of_quebec OPERATOR(pg_catalog.=) 1 THEN 'quebec'::pg_catalog.text
             WHEN g.delivery_region IS NULL THEN 'unknown_region'::pg_catalog.text
             ELSE 'region'::pg_catalog.text END)::character varying(14),
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
            WHERE g.region OPERATOR(cag_ovt.=) m.supplier_region
        ) AS l ON true
        GROUP BY 1, 2
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g
$body$;
COMMENT ON FUNCTION cag_ovt.spend_by_fiscal_year_region() IS
    'Les lignes de purchase_summaries() (mêmes colonnes, mêmes portées), agrégées (rollup) à partir de spend_by_month, sans relire les achats ; égales tant que spend_by_month est à jour. Colonnes : fiscal_year (année de début), fiscal_year_label (''2021-2022''), region_code (NULL pour l''ensemble du Québec et pour la région inconnue), region_name, scope (''region'', ''unknown_region'' ou ''quebec'') ; summary : rollup(summary) des mois du groupe ; group_summary : achats regroupés seulement ; outside_centres_summary : fournisseurs situés hors de Montréal et de la Capitale-Nationale seulement (regions.counts_as_region de supplier_region) ; centres_summary : fournisseurs situés à Montréal ou dans la Capitale-Nationale seulement. Vue en 1.1 / the rows of purchase_summaries() (same columns, same scopes), rolled up from spend_by_month without reading the purchases; equal as long as spend_by_month is fresh. Columns: fiscal_year (starting year), fiscal_year_label (''2021-2022''), region_code (NULL for all of Québec and for the unknown region), region_name, scope (''region'', ''unknown_region'' or ''quebec''); summary: rollup(summary) of the months of the group; group_summary: group purchases only; outside_centres_summary: suppliers located outside Montréal and Capitale-Nationale only (regions.counts_as_region of supplier_region); centres_summary: suppliers located in Montréal or Capitale-Nationale only. A view in 1.1';

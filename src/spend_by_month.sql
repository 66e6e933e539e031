-- The purchase summaries stored by month (spend_by_month), and rolled up
-- to fiscal years (spend_by_fiscal_year_region): the figures of the
-- purchase views without reading the purchases.

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
-- The month is the date less its day of the month (date arithmetic, which
-- knows every date PostgreSQL accepts: date_trunc goes through timestamp,
-- which ends in 294276).
CREATE MATERIALIZED VIEW cag_ovt.spend_by_month AS
SELECT coalesce(p.purchased_on OPERATOR(pg_catalog.-) (EXTRACT(day FROM p.purchased_on)::integer OPERATOR(pg_catalog.-) 1),
                p.purchased_on) AS month,
       p.delivery_region,
       coalesce(p.supplier_region,
                cag_ovt.region_of_postal_code(p.supplier_postal_code, p.purchased_on)) AS supplier_region,
       cag_ovt.unspsc_segment(p.category) AS segment,
       p.group_purchase,
       cag_ovt.spend_agg(p.amount_cad, p.class) AS summary
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
COMMENT ON COLUMN cag_ovt.spend_by_month.group_purchase IS 'Vrai pour les achats regroupés, faux pour les autres, NULL si inconnu / true for group purchases, false for the others, NULL when unknown';
COMMENT ON COLUMN cag_ovt.spend_by_month.summary IS 'spend_agg(amount_cad, class) des achats de la ligne (montants en dollars canadiens) / spend_agg(amount_cad, class) of the purchases of the row (amounts in Canadian dollars)';

-- The purchase summaries rolled up from spend_by_month: the same rows as
-- purchase_summaries (built the same way: by fiscal year and region, then
-- GROUPING SETS over those), equal as long as spend_by_month is fresh.  With the
-- *_figures functions, the purchase views' figures without reading the
-- purchases.
CREATE VIEW cag_ovt.spend_by_fiscal_year_region WITH (security_invoker = true) AS
SELECT g.fiscal_year,
       (g.fiscal_year::text || '-' || (g.fiscal_year + 1)::text)::character varying(15) AS fiscal_year_label,
       cag_ovt.region_code(g.delivery_region)::character varying(2) AS region_code,
       (CASE WHEN g.all_of_quebec = 1 THEN 'Ensemble du Québec'
             WHEN g.delivery_region IS NULL THEN 'Région inconnue'
             ELSE cag_ovt.region_name(g.delivery_region) END)::character varying(40) AS region_name,
       (CASE WHEN g.all_of_quebec = 1 THEN 'quebec'
             WHEN g.delivery_region IS NULL THEN 'unknown_region'
             ELSE 'region' END)::character varying(14) AS scope,
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
--@column_comments cag_ovt.spend_by_fiscal_year_region fiscal_year=fiscal_year_start fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.scope IS '''region'', ''unknown_region'' ou ''quebec'' (comme purchase_summaries) / ''region'', ''unknown_region'' or ''quebec'' (as in purchase_summaries)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.summary IS 'rollup(summary) des mois du groupe / rollup(summary) of the months of the group';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.group_summary IS
    'rollup(summary) des mois du groupe, achats regroupés seulement / rollup(summary) of the months of the group, group purchases only';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.outside_centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés hors de Montréal et de la Capitale-Nationale seulement (regions.counts_as_region de supplier_region) / rollup(summary) of the months of the group, suppliers located outside Montréal and Capitale-Nationale only (regions.counts_as_region of supplier_region)';
COMMENT ON COLUMN cag_ovt.spend_by_fiscal_year_region.centres_summary IS
    'rollup(summary) des mois du groupe, fournisseurs situés à Montréal ou dans la Capitale-Nationale seulement / rollup(summary) of the months of the group, suppliers located in Montréal or Capitale-Nationale only';

-- The purchase summaries stored by month: spend_by_month, which
-- spend_by_fiscal_year_region() rolls up to fiscal years
-- (src/summaries_by_fiscal_year.sql) and spend_by_month_figures gives in
-- plain figures (src/spend_figures.sql).

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

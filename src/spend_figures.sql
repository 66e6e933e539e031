-- spend_by_month in plain figures, for BI tools: what the summaries of
-- spend_by_month (src/spend_by_month.sql) hold, as columns of PostgreSQL's
-- own types -- codes and names varchar(n), amounts numeric(20,2), counts
-- bigint -- that a dashboard sums and filters without native SQL and
-- without the extension's types (spend_summary, qc_region, unspsc), which
-- JDBC reports as Types.OTHER and ODBC as JSON text.
--
-- Every figure column is additive: summed over any set of rows it gives the
-- figure of their purchases together (each purchase is in one row), and
-- over all the rows the figure of every purchase.  A share is a ratio of
-- sums: the Québec share is sum(quebec_amount) / sum(quebec_amount +
-- outside_quebec_amount), the eco share sum(eco_amount) / sum(total_amount
-- - eco_unknown_amount), as the summary accessors compute them
-- (doc/reference.md, "Summary accessors").  Read as fresh as spend_by_month.
CREATE VIEW cag_ovt.spend_by_month_figures WITH (security_invoker = true) AS
SELECT m.month,
       cag_ovt.fiscal_year(m.month) AS fiscal_year,
       cag_ovt.fiscal_year_label(m.month)::character varying(15) AS fiscal_year_label,
       cag_ovt.region_code(m.delivery_region)::character varying(2) AS delivery_region_code,
       coalesce(cag_ovt.region_name(m.delivery_region), 'Région inconnue')::character varying(40) AS delivery_region_name,
       cag_ovt.region_code(m.supplier_region)::character varying(2) AS supplier_region_code,
       coalesce(cag_ovt.region_name(m.supplier_region), 'Région inconnue')::character varying(40) AS supplier_region_name,
       m.segment::text::character varying(8) AS segment_code,
       m.group_purchase,
       cag_ovt.purchase_count(m.summary) AS purchase_count,
       cag_ovt.unpriced_count(m.summary) AS unpriced_count,
       cag_ovt.total_amount(m.summary)::numeric(20,2) AS total_amount,
       cag_ovt.amount(m.summary, 'quebec')::numeric(20,2) AS quebec_amount,
       cag_ovt.amount(m.summary, 'outside_quebec')::numeric(20,2) AS outside_quebec_amount,
       (cag_ovt.total_amount(m.summary) - cag_ovt.amount(m.summary, 'quebec')
        - cag_ovt.amount(m.summary, 'outside_quebec'))::numeric(20,2) AS unknown_origin_amount,
       cag_ovt.amount(m.summary, 'regional')::numeric(20,2) AS regional_amount,
       cag_ovt.amount(m.summary, 'outside_region')::numeric(20,2) AS outside_region_amount,
       cag_ovt.amount(m.summary, 'eco')::numeric(20,2) AS eco_amount,
       cag_ovt.amount(m.summary, 'eco_unknown')::numeric(20,2) AS eco_unknown_amount,
       cag_ovt.amount(m.summary, 'food')::numeric(20,2) AS food_amount,
       cag_ovt.amount(m.summary, 'food_unknown')::numeric(20,2) AS food_unknown_amount,
       cag_ovt.amount(m.summary, 'quebec_food')::numeric(20,2) AS quebec_food_amount,
       cag_ovt.amount(m.summary, 'quebec_food_unknown')::numeric(20,2) AS quebec_food_unknown_amount,
       cag_ovt.amount(m.summary, 'group_purchase')::numeric(20,2) AS group_purchase_amount
FROM cag_ovt.spend_by_month m;
GRANT SELECT ON cag_ovt.spend_by_month_figures TO PUBLIC;
COMMENT ON VIEW cag_ovt.spend_by_month_figures IS
    'spend_by_month en chiffres : une ligne par mois, région de livraison, région du fournisseur, segment UNSPSC et achat regroupé, en colonnes de types de PostgreSQL (codes et noms varchar, montants numeric(20,2)) que l''on additionne sur n''importe quelles lignes ; pour les outils de BI ; aussi à jour que spend_by_month / spend_by_month in figures: a row per month, delivery region, supplier region, UNSPSC segment and group purchase, in columns of PostgreSQL types (codes and names varchar, amounts numeric(20,2)) that add up over any rows; for BI tools; as fresh as spend_by_month';
--@column_comments cag_ovt.spend_by_month_figures month=first_of_month fiscal_year fiscal_year_label
COMMENT ON COLUMN cag_ovt.spend_by_month_figures.delivery_region_code IS 'Code de la région de livraison ; NULL si inconnue / code of the delivery region; NULL when unknown';
COMMENT ON COLUMN cag_ovt.spend_by_month_figures.delivery_region_name IS 'Nom de la région de livraison, ou ''Région inconnue'' / name of the delivery region, or ''Région inconnue'' (unknown region)';
COMMENT ON COLUMN cag_ovt.spend_by_month_figures.supplier_region_code IS
    'Code de la région du fournisseur (supplier_region, sinon celle de son code postal à la date de l''achat) ; NULL si inconnue ou hors Québec / code of the supplier''s region (supplier_region, else that of its postal code on the date of the purchase); NULL when unknown or outside Québec';
COMMENT ON COLUMN cag_ovt.spend_by_month_figures.supplier_region_name IS 'Nom de la région du fournisseur, ou ''Région inconnue'' / name of the supplier''s region, or ''Région inconnue'' (unknown region)';
COMMENT ON COLUMN cag_ovt.spend_by_month_figures.segment_code IS 'Segment UNSPSC de la catégorie, 8 chiffres (p. ex. 43000000) ; NULL si inconnue / UNSPSC segment of the category, 8 digits (e.g. 43000000); NULL when unknown';
COMMENT ON COLUMN cag_ovt.spend_by_month_figures.group_purchase IS 'Vrai pour les achats regroupés, faux pour les autres, NULL si inconnu / true for group purchases, false for the others, NULL when unknown';
--@column_comments cag_ovt.spend_by_month_figures purchase_count unpriced_count total_amount quebec_amount outside_quebec_amount unknown_origin_amount regional_amount outside_region_amount
--@column_comments cag_ovt.spend_by_month_figures eco_amount eco_unknown_amount food_amount food_unknown_amount quebec_food_amount quebec_food_unknown_amount group_purchase_amount

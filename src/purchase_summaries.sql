-- The summaries of the purchases by fiscal year and delivery region: the
-- aggregate spend_agg_by_fiscal_year_region, which computes them in one
-- pass (see src/purchase_summaries.c), and the view purchase_summaries over
-- it, the base of the purchase views (src/purchase_views.sql) and of the
-- views over every indicator (src/indicator_views.sql).

CREATE TYPE cag_ovt.fiscal_year_region_summary AS (
    fiscal_year integer,
    delivery_region cag_ovt.qc_region,
    summary cag_ovt.spend_summary,
    group_summary cag_ovt.spend_summary,
    outside_centres_summary cag_ovt.spend_summary,
    centres_summary cag_ovt.spend_summary
);
COMMENT ON TYPE cag_ovt.fiscal_year_region_summary IS
    'Sommaires des achats d''une année financière et d''une région de livraison, élément du résultat de spend_agg_by_fiscal_year_region / summaries of the purchases of one fiscal year and delivery region, element of the result of spend_agg_by_fiscal_year_region';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.fiscal_year IS
    'Année financière (année de début) ; NULL pour les achats sans date ou de date infinie / fiscal year (starting year); NULL for purchases without a date or with an infinite date';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.delivery_region IS
    'Région de livraison ; NULL si inconnue / delivery region; NULL when unknown';
--@column_comments cag_ovt.fiscal_year_region_summary summary
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.group_summary IS
    'spend_agg(amount, class) des achats regroupés (group_purchase vrai) du groupe / spend_agg(amount, class) of the group purchases (group_purchase true) of the group';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region)';
COMMENT ON COLUMN cag_ovt.fiscal_year_region_summary.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions"';

CREATE FUNCTION cag_ovt.fiscal_year_region_agg_transfn(internal, date, cag_ovt.qc_region, numeric,
                                                       cag_ovt.purchase_class, boolean,
                                                       cag_ovt.qc_region, cag_ovt.postal_code)
    RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_combinefn(internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_serialfn(internal) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_deserialfn(bytea, internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.fiscal_year_region_agg_finalfn(internal) RETURNS cag_ovt.fiscal_year_region_summary[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_transfn(internal, date, cag_ovt.qc_region, numeric, cag_ovt.purchase_class, boolean, cag_ovt.qc_region, cag_ovt.postal_code) IS
    'Fonction de transition de spend_agg_by_fiscal_year_region / transition function of spend_agg_by_fiscal_year_region';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_combinefn(internal, internal) IS
    'Combinaison de deux états de spend_agg_by_fiscal_year_region (parallèle) / combines two states of spend_agg_by_fiscal_year_region (parallel)';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_serialfn(internal) IS
    'Sérialisation de l''état de spend_agg_by_fiscal_year_region entre processus parallèles / serializes the state of spend_agg_by_fiscal_year_region between parallel processes';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_deserialfn(bytea, internal) IS
    'Désérialisation de l''état de spend_agg_by_fiscal_year_region / deserializes the state of spend_agg_by_fiscal_year_region';
COMMENT ON FUNCTION cag_ovt.fiscal_year_region_agg_finalfn(internal) IS
    'Résultat de spend_agg_by_fiscal_year_region : les groupes triés par année financière puis région (NULL en dernier) / result of spend_agg_by_fiscal_year_region: the groups sorted by fiscal year then region (NULLs last)';

CREATE AGGREGATE cag_ovt.spend_agg_by_fiscal_year_region(
        purchased_on date, delivery_region cag_ovt.qc_region, amount numeric,
        class cag_ovt.purchase_class, group_purchase boolean,
        supplier_region cag_ovt.qc_region, supplier_postal_code cag_ovt.postal_code) (
    SFUNC = cag_ovt.fiscal_year_region_agg_transfn,
    STYPE = internal,
    SSPACE = 20000,
    FINALFUNC = cag_ovt.fiscal_year_region_agg_finalfn,
    COMBINEFUNC = cag_ovt.fiscal_year_region_agg_combinefn,
    SERIALFUNC = cag_ovt.fiscal_year_region_agg_serialfn,
    DESERIALFUNC = cag_ovt.fiscal_year_region_agg_deserialfn,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.spend_agg_by_fiscal_year_region(date, cag_ovt.qc_region, numeric, cag_ovt.purchase_class, boolean, cag_ovt.qc_region, cag_ovt.postal_code) IS
    'Sommaires des achats par année financière et région de livraison en une passe : tous les achats, les achats regroupés, et ceux dont le fournisseur est situé « en région » ou non (région du fournisseur, sinon de son code postal à la date d''achat) ; tableau trié, parallèle / summaries of the purchases by fiscal year and delivery region in one pass: all purchases, group purchases, and those whose supplier is located "in the regions" or not (supplier''s region, else that of its postal code on the purchase date); sorted array, parallel';

-- ---------------------------------------------------------------------
-- One scan: purchase_summaries reads the purchases once, through the
-- aggregate above, which returns, for each fiscal year and delivery region,
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
CREATE VIEW cag_ovt.purchase_summaries WITH (security_invoker = true) AS
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
        SELECT u.fiscal_year, u.delivery_region, u.summary, u.group_summary,
               u.outside_centres_summary, u.centres_summary
        FROM (SELECT cag_ovt.spend_agg_by_fiscal_year_region(
                         p.purchased_on, p.delivery_region, p.amount_cad, p.class, p.group_purchase,
                         p.supplier_region, p.supplier_postal_code) AS groups
              FROM cag_ovt.purchases p) AS a
        CROSS JOIN LATERAL pg_catalog.unnest(a.groups) AS u
    ) AS r
    GROUP BY GROUPING SETS ((r.fiscal_year, r.delivery_region), (r.fiscal_year))
) AS g;
GRANT SELECT ON cag_ovt.purchase_summaries TO PUBLIC;
COMMENT ON VIEW cag_ovt.purchase_summaries IS
    'Sommaires des achats (spend_summary) par année financière et région de livraison, avec une ligne par année pour les régions inconnues et pour l''ensemble du Québec, en une lecture des achats : la base des vues d''indicateurs / summaries of the purchases (spend_summary) by fiscal year and delivery region, with a row per year for unknown regions and for all of Québec, in one scan of the purchases: the base of the indicator views';
--@column_comments cag_ovt.purchase_summaries fiscal_year fiscal_year_label region_code=delivery_region_code region_name=delivery_region_name scope summary
COMMENT ON COLUMN cag_ovt.purchase_summaries.group_summary IS
    'spend_agg(amount, class) des achats regroupés (group_purchase) du groupe / spend_agg(amount, class) of the group purchases (group_purchase) of the group';
COMMENT ON COLUMN cag_ovt.purchase_summaries.outside_centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui compte « en région » (regions.counts_as_region : hors Montréal et Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that counts as "in the regions" (regions.counts_as_region: outside Montréal and Capitale-Nationale)';
COMMENT ON COLUMN cag_ovt.purchase_summaries.centres_summary IS
    'spend_agg(amount, class) des achats du groupe dont le fournisseur est situé dans une région qui ne compte pas « en région » (Montréal, Capitale-Nationale) / spend_agg(amount, class) of the purchases of the group whose supplier is located in a region that does not count as "in the regions" (Montréal, Capitale-Nationale)';

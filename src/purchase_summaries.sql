-- The summaries of the purchases by fiscal year and delivery region: the
-- aggregate spend_agg_by_fiscal_year_region, which computes them in one
-- pass (see src/purchase_summaries.c); the function purchase_summaries()
-- over it (src/summaries_by_fiscal_year.sql) is the base of the purchase
-- views (src/purchase_views.sql) and of the views over every indicator
-- (src/indicator_views.sql).

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

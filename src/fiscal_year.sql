-- Fiscal year of the Québec government: 1 April to 31 March.

CREATE FUNCTION cag_ovt.fiscal_year(date) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year(date) IS
    'Année financière (1er avril au 31 mars), désignée par l''année de début : 2020 pour le 2020-04-01 au 2021-03-31 / fiscal year (1 April to 31 March), named by its starting year';

CREATE FUNCTION cag_ovt.fiscal_year_label(date) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_label(date) IS
    'Libellé de l''année financière, p. ex. ''2020-2021'' / fiscal year label, e.g. ''2020-2021''';

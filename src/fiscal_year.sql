-- Fiscal year of the Québec government: 1 April to 31 March.

CREATE FUNCTION cag_ovt.fiscal_year(date) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year(date) IS
    'Année financière (1er avril au 31 mars), désignée par l''année de début : 2020 pour le 2020-04-01 au 2021-03-31 ; toute date en a une (l''an 0 est l''an 1 av. J.-C.), sauf une date infinie (NULL) / fiscal year (1 April to 31 March), named by its starting year: 2020 for 2020-04-01 to 2021-03-31; every date has one (year 0 is 1 BC), except an infinite date (NULL)';

CREATE FUNCTION cag_ovt.fiscal_year_label(date) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_label(date) IS
    'Libellé de l''année financière, p. ex. ''2020-2021'' (''1 BC-1'' pour l''année 0) ; NULL pour une date infinie / fiscal year label, e.g. ''2020-2021'' (''1 BC-1'' for year 0); NULL for an infinite date';

CREATE FUNCTION cag_ovt.fiscal_year_start(fiscal_year integer) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_start(integer) IS
    'Premier jour d''une année financière : le 1er avril de l''année (ou la première date que PostgreSQL accepte, pour l''année -4713) / first day of a fiscal year: 1 April of the year (or the first date PostgreSQL accepts, for year -4713)';

CREATE FUNCTION cag_ovt.fiscal_year_end(fiscal_year integer) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fiscal_year_end(integer) IS
    'Dernier jour d''une année financière : le 31 mars de l''année suivante (ou la dernière date que PostgreSQL accepte, pour l''année 5874897) / last day of a fiscal year: 31 March of the next year (or the last date PostgreSQL accepts, for year 5874897)';

-- Money in one currency: purchases keep their amount as the source states
-- it, in its currency (ISO 4217); the totals are in Canadian dollars, other
-- currencies converted with the annual average rate of the calendar year
-- of the purchase, from the reference table exchange_rates (C, see
-- src/currency.c).  The seed rows are in src/exchange_rates.sql, generated
-- from data/usd-cad-annual.csv.
--
-- The conversion is exact: amount times rate, both numeric, rounded to the
-- cent half away from zero (as round(numeric, 2)), no floating point.  A
-- rate marked 'uncertain' is not used; an amount with no usable rate has
-- no amount in dollars: the purchase stays in the counts and is left out of
-- the amounts (spend_summary's unpriced_count, coverage 'amount'), and the
-- loaders record why in load_issues.

CREATE TABLE cag_ovt.exchange_rates (
    currency text NOT NULL
        CONSTRAINT exchange_rates_currency_check
        CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$' AND currency OPERATOR(pg_catalog.<>) 'CAD'),
    year integer NOT NULL
        CONSTRAINT exchange_rates_year_check
        CHECK (year OPERATOR(pg_catalog.>=) 1 AND year OPERATOR(pg_catalog.<=) 9999),
    cad_per_unit numeric NOT NULL
        CONSTRAINT exchange_rates_cad_per_unit_check
        CHECK (cad_per_unit OPERATOR(pg_catalog.>) 0 AND cad_per_unit OPERATOR(pg_catalog.<) 1000000),
    confidence text NOT NULL
        CONSTRAINT exchange_rates_confidence_check
        CHECK (confidence OPERATOR(pg_catalog.=) ANY (ARRAY['official', 'secondary', 'checked', 'uncertain'])),
    source text NOT NULL,
    PRIMARY KEY (currency, year)
);
COMMENT ON TABLE cag_ovt.exchange_rates IS
    'Taux de change annuels moyens en dollars canadiens, pour convertir les montants des achats dans une autre monnaie (l''année civile de la date d''achat) ; modifiable par le DBA, qui exécute ensuite reclassify_purchases() ; un taux ''uncertain'' n''est pas utilisé / annual average exchange rates in Canadian dollars, to convert the amounts of purchases in another currency (the calendar year of the purchase date); editable by the DBA, who then runs reclassify_purchases(); an ''uncertain'' rate is not used';
COMMENT ON COLUMN cag_ovt.exchange_rates.currency IS
    'Code ISO 4217 de la monnaie (USD, EUR...), autre que CAD / ISO 4217 code of the currency (USD, EUR...), other than CAD';
COMMENT ON COLUMN cag_ovt.exchange_rates.year IS 'Année civile du taux moyen / calendar year of the average rate';
COMMENT ON COLUMN cag_ovt.exchange_rates.cad_per_unit IS
    'Dollars canadiens pour une unité de la monnaie, moyenne de l''année (exact, numeric) / Canadian dollars per unit of the currency, average of the year (exact, numeric)';
COMMENT ON COLUMN cag_ovt.exchange_rates.confidence IS
    'official (source officielle), secondary (tableaux qui la citent), checked (vérifié par le DBA) : utilisé ; uncertain (sources en désaccord) : non utilisé, les montants restent sans équivalent en dollars canadiens / official (official source), secondary (tables citing it), checked (checked by the DBA): used; uncertain (sources disagree): not used, the amounts stay without a value in Canadian dollars';
COMMENT ON COLUMN cag_ovt.exchange_rates.source IS 'D''où vient le taux / where the rate comes from';

CREATE FUNCTION cag_ovt.amount_in_cad(amount numeric, currency text, on_date date) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.amount_in_cad(numeric, text, date) IS
    'Montant en dollars canadiens : tel quel en CAD, sinon multiplié par le taux de exchange_rates de l''année civile de la date et arrondi au cent (moitié en s''éloignant de zéro) ; NULL sans taux utilisable / amount in Canadian dollars: as it is in CAD, else times the rate of exchange_rates for the calendar year of the date, rounded to the cent (half away from zero); NULL without a usable rate';

--
-- currency: amounts in Canadian dollars (exchange_rates, amount_in_cad, the
-- purchases' amount_cad), and what an amount without a usable rate does
--
SET search_path = cag_ovt, public;

-- The seed rates: US dollars, 2009 to 2025, with their confidence; those
-- marked uncertain (the sources disagree) are not used.
SELECT currency, year, cad_per_unit, confidence FROM exchange_rates ORDER BY currency, year;

-- Exact: amount times rate, rounded to the cent half away from zero
-- (numeric, no floating point); CAD is rounded to the cent too.
SELECT a, c, d, amount_in_cad(a, c, d) AS cad,
       round(a * CASE WHEN upper(c) = 'USD' THEN 1.0299 ELSE 1 END, 2) AS by_hand
FROM (VALUES (100.00, 'USD', date '2013-06-30'), (0.50, 'USD', '2013-01-01'),
             (1234567.89, 'USD', '2013-12-31'), (-40.25, 'USD', '2013-03-01'),
             (0.005, 'CAD', '2020-01-01'), (12.345, 'cad', '2020-01-01')) AS t(a, c, d);
-- the rate of the calendar year of the date
SELECT d, amount_in_cad(1000.00, 'USD', d) FROM generate_series(date '2012-12-31', '2016-12-31', interval '1 year') AS g(x)
CROSS JOIN LATERAL (SELECT x::date AS d) AS y;
-- no usable rate: NULL (no rate for the currency, the year, or an uncertain one)
SELECT amount_in_cad(100, 'EUR', '2020-01-01') AS eur, amount_in_cad(100, 'USD', '2008-12-31') AS usd_2008,
       amount_in_cad(100, 'USD', '2024-06-01') AS usd_2024_uncertain,
       amount_in_cad(100, 'USD', 'infinity') AS usd_infinity,
       amount_in_cad(100, 'USD', '0100-01-01 BC') AS usd_bc;
-- a currency is an ISO 4217 code
SELECT amount_in_cad(100, 'US', '2020-01-01');
SELECT amount_in_cad(100, 'US$', '2020-01-01');
SELECT amount_in_cad(100, '', '2020-01-01');
-- beyond numeric(16,2) in dollars: an error, never a wrong value
SELECT amount_in_cad(99999999999999.99, 'USD', '2016-01-01');

-- The table: one rate per currency and year; what it refuses.
INSERT INTO exchange_rates VALUES ('CAD', 2020, 1, 'official', 'x');
INSERT INTO exchange_rates VALUES ('usd', 2030, 1.3, 'checked', 'x');
INSERT INTO exchange_rates VALUES ('EUR', 2020, 0, 'checked', 'x');
INSERT INTO exchange_rates VALUES ('EUR', 2020, 1.5, 'sure', 'x');
INSERT INTO exchange_rates VALUES ('EUR', 2020, 1.5, 'checked', NULL);

-- The purchases keep the amount as the source states it and its currency;
-- the trigger fills amount_cad, which the views sum.
INSERT INTO purchases (purchase_id, purchased_on, buyer_region, supplier_province, amount, currency, labels,
                       group_purchase)
VALUES (1, '2013-06-30', 'Estrie', 'QC', 100.00, 'USD', '{}', false),
       (2, '2013-06-30', 'Estrie', 'QC', 100.00, 'CAD', '{}', false),
       (3, '2013-06-30', 'Estrie', 'ON', 100.00, 'EUR', '{}', false),      -- no rate
       (4, '2024-06-01', 'Estrie', 'QC', 200.00, 'USD', '{}', false),      -- uncertain rate
       (5, '2024-06-01', 'Estrie', 'QC', 300.00, DEFAULT, '{}', false)     -- CAD by default
RETURNING purchase_id, amount, currency, amount_cad;
-- an amount with no rate is counted, left out of the amounts
SELECT fiscal_year, region_name, purchase_count, total_amount, quebec_amount, outside_quebec_amount,
       quebec_share
FROM (SELECT * FROM quebec_purchase_share UNION ALL SELECT * FROM quebec_purchase_share_totals) AS quebec_purchase_share ORDER BY fiscal_year, scope DESC;
SELECT fiscal_year, scope, purchase_count(summary), unpriced_count(summary), total_amount(summary),
       round(coverage(summary, 'amount'), 4) AS amount_coverage
FROM purchase_summaries() ORDER BY fiscal_year, scope DESC;

-- The DBA checks the 2024 rate and adds a rate for the euro; the purchases
-- are converted again by reclassify_purchases (only those that change).
-- (In a transaction rolled back below: the seed rows stay as they were.)
BEGIN;
UPDATE exchange_rates SET confidence = 'checked', source = 'Bank of Canada, checked'
WHERE currency = 'USD' AND year = 2024;
INSERT INTO exchange_rates VALUES ('EUR', 2013, 1.3681, 'checked', 'Bank of Canada annual average');
SELECT reclassify_purchases() AS converted_again;
SELECT purchase_id, amount, currency, amount_cad FROM purchases ORDER BY purchase_id;
SELECT reclassify_purchases() AS nothing_left;
-- an update of the amount or the currency converts again
UPDATE purchases SET currency = 'CAD' WHERE purchase_id = 3 RETURNING amount_cad;
UPDATE purchases SET amount = 50.00 WHERE purchase_id = 1 RETURNING amount_cad;
-- a supplied amount_cad is replaced
UPDATE purchases SET amount_cad = 1.00 WHERE purchase_id = 1 RETURNING amount_cad;

-- Any table with the purchases' columns gets amount_cad from its trigger;
-- one without a currency column is in CAD; one with amount_cad but no
-- amount is refused.
CREATE TABLE public.staging (LIKE purchases INCLUDING DEFAULTS);
CREATE TRIGGER cag_classify BEFORE INSERT OR UPDATE ON public.staging
    FOR EACH ROW EXECUTE FUNCTION classify_purchase_trigger();
INSERT INTO public.staging (purchase_id, purchased_on, amount, currency, class)
VALUES (1, '2015-05-05', 10.00, 'USD', '{}') RETURNING amount_cad;
ALTER TABLE public.staging DROP COLUMN currency;
INSERT INTO public.staging (purchase_id, purchased_on, amount, class)
VALUES (2, '2015-05-05', 10.00, '{}') RETURNING amount_cad;
ALTER TABLE public.staging DROP COLUMN amount;
INSERT INTO public.staging (purchase_id, purchased_on, class) VALUES (3, '2015-05-05', '{}');
ROLLBACK;
-- the conversion follows the table again: no euro, 2024 uncertain
SELECT amount_in_cad(100, 'EUR', '2013-06-30') AS eur, amount_in_cad(100, 'USD', '2024-06-01') AS usd_2024,
       (SELECT count(*) FROM deleted_reference_keys WHERE table_name = 'exchange_rates') AS deleted_keys;
TRUNCATE purchases;

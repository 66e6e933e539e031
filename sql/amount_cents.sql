--
-- amount_cents: numeric to cents, as the aggregates convert amounts.  The
-- conversion reads numeric's storage format directly; it must agree with
-- (round(x, 2) * 100)::bigint on every value.
--
SET search_path = cag_ovt, public;

-- Edge cases: half cents both ways, digits far below the cent, the limits
-- of the range, zero, both numeric header formats.
SELECT x, amount_cents(x), amount_cents(x) = (round(x, 2) * 100)::bigint AS same
FROM (VALUES (0), (-0.0), (0.01), (-0.01), (0.005), (-0.005), (0.00499999999), (0.0050000001),
             (0.994999), (0.995), (-0.995), (9999.995), (10000.005), (123456789.125),
             (1e-30), (-1e-30), (5e-3), (4.9999999999999999999e-3), (1e4), (1e8), (1e12),
             (100000000.00000000000000000001), (12.3400000000000000000000000000000000000000000000000000000000000000000),
             (92233720368547758.07), (-92233720368547758.08), (92233720368547758.074999),
             (-92233720368547758.084999)) AS t(x)
ORDER BY x;

-- Out of range, NaN and infinities.
SELECT amount_cents(92233720368547758.075);
SELECT amount_cents(-92233720368547758.085);
SELECT amount_cents(1e30);
SELECT amount_cents('NaN');
SELECT amount_cents('Infinity');
SELECT amount_cents('-Infinity');
SELECT amount_cents(NULL);

-- A random sample of numerics of every shape, stored in a table (short
-- varlena headers) and computed (4-byte headers).
SELECT setseed(0.4242);
CREATE TABLE cents_sample AS
SELECT x FROM (
    -- any magnitude up to 10^16, any scale up to 10
    SELECT round(((random() - 0.5) * 10 ^ (random() * 16))::numeric, (random() * 10)::integer) AS x
    FROM generate_series(1, 60000)
    UNION ALL
    -- exact half cents and their neighbours, at every scale
    SELECT (sign(random() - 0.5) * (floor(random() * 1e9) * 10 + (ARRAY[5, 4, 6])[1 + i % 3]))::numeric
           / 10::numeric ^ (3 + i % 6)
    FROM generate_series(1, 60000) AS i
    UNION ALL
    -- near the ends of the range
    SELECT (92233720368547758.07 - floor(random() * 1e6)::numeric / 100 - floor(random() * 1000)::numeric / 1e5)
           * (CASE WHEN i % 2 = 0 THEN -1 ELSE 1 END)
    FROM generate_series(1, 10000) AS i
    UNION ALL
    -- tiny values, long headers (weights below -64, scales above 63)
    SELECT (random() * 10 ^ (-1 - floor(random() * 300)))::numeric
    FROM generate_series(1, 10000)
    UNION ALL
    SELECT round(((random() - 0.5) * 1e6)::numeric, 64 + (random() * 30)::integer)
    FROM generate_series(1, 10000)
) AS s;
SELECT count(*) AS values,
       count(*) FILTER (WHERE amount_cents(x) <> (round(x, 2) * 100)::bigint) AS stored_differ,
       count(*) FILTER (WHERE amount_cents(x + 0) <> (round(x, 2) * 100)::bigint) AS computed_differ,
       count(*) FILTER (WHERE round(x, 2) <> trunc(x, 2)) > 0 AS rounding_up_seen,
       count(*) FILTER (WHERE x <> 0 AND abs(x) < 1e-64) > 0 AS long_weights_seen,
       count(*) FILTER (WHERE scale(x) > 63) > 0 AS long_scales_seen
FROM cents_sample;
-- The aggregates convert the same way.
SELECT total_amount(spend_agg(x, '{}')) = sum(round(x, 2)) AS spend_agg_same,
       share_agg(x, x > 0) = sum(round(x, 2)) FILTER (WHERE x > 0) / sum(round(x, 2)) AS share_agg_same
FROM cents_sample WHERE abs(x) < 1e12;

-- A numeric stored compressed (TOAST) is read too.
CREATE TABLE cents_toast (x numeric);
INSERT INTO cents_toast VALUES (('0.01' || repeat('6', 8000))::numeric);
SELECT pg_column_size(x) < 1000 AS compressed, amount_cents(x), (round(x, 2) * 100)::bigint AS expected
FROM cents_toast;
DROP TABLE cents_sample, cents_toast;

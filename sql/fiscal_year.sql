--
-- fiscal_year: 1 April to 31 March
--
SET search_path = cag_ovt, public;

SELECT d, fiscal_year(d), fiscal_year_label(d)
FROM (VALUES (date '2020-03-31'), ('2020-04-01'), ('2020-12-31'), ('2021-01-01'),
             ('2021-03-31'), ('2021-04-01'), ('2000-02-29'), ('1999-04-01'),
             ('0001-06-01'), ('5874897-12-31')) AS t(d);

SELECT fiscal_year(NULL), fiscal_year_label(NULL);

-- Every date PostgreSQL accepts has a fiscal year (year 0 is 1 BC, as
-- PostgreSQL counts years inside), so that no row can make a view built on
-- fiscal years fail; an infinite date has none.
SELECT d, fiscal_year(d), fiscal_year_label(d)
FROM (VALUES (date '0001-04-01'), ('0001-03-31'), ('0001-01-01'), ('0001-12-31 BC'),
             ('0001-04-01 BC'), ('0001-03-31 BC'), ('0002-06-01 BC'), ('4713-01-01 BC'),
             ('4713-12-31 BC'), ('infinity'), ('-infinity')) AS t(d);
-- consecutive: the fiscal year of a date one year later is one more
SELECT count(*) AS dates,
       count(*) FILTER (WHERE fiscal_year((d + interval '1 year')::date) <> fiscal_year(d) + 1) AS breaks
FROM generate_series(timestamp '4713-01-01 BC', timestamp '0050-12-31', interval '29 days') AS g(t)
CROSS JOIN LATERAL (SELECT t::date AS d) AS x;

-- The first and last day of a fiscal year, within the dates PostgreSQL
-- accepts (the first and last fiscal years are cut short).
SELECT y, fiscal_year_start(y), fiscal_year_end(y),
       fiscal_year(fiscal_year_start(y)) = y AND fiscal_year(fiscal_year_end(y)) = y AS same_year
FROM (VALUES (2020), (0), (-1), (1), (-4713), (5874897)) AS t(y);
SELECT fiscal_year_start(-4714);
SELECT fiscal_year_end(5874898);

-- Immutable, so usable in an index and a generated column.
CREATE TABLE fy_t (d date, fy integer GENERATED ALWAYS AS (fiscal_year(d)) STORED);
INSERT INTO fy_t (d) VALUES ('2021-03-31'), ('2021-04-01');
SELECT * FROM fy_t ORDER BY d;
CREATE INDEX ON fy_t (fiscal_year_label(d));
DROP TABLE fy_t;

-- The aggregate by fiscal year takes every date too: a purchase dated in
-- 4713 BC, in 1 BC, at the end of time or at infinity has its group.
SELECT u.fiscal_year, u.delivery_region, cag_ovt.purchase_count(u.summary)
FROM (SELECT spend_agg_by_fiscal_year_region(d, r::qc_region, 1.00, '{}', false, NULL, NULL) AS a
      FROM (VALUES (date '4713-01-01 BC', '06'), ('0001-01-01', '06'), ('0001-01-01', NULL),
                   ('0001-06-01 BC', '06'), ('2020-06-01', '03'), ('5874897-12-31', '06'),
                   ('infinity', '06'), ('-infinity', '06'), (NULL, '06')) AS t(d, r)) AS s
CROSS JOIN LATERAL unnest(s.a) AS u;

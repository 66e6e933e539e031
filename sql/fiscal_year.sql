--
-- fiscal_year: 1 April to 31 March
--
SET search_path = cag_ovt, public;

SELECT d, fiscal_year(d), fiscal_year_label(d)
FROM (VALUES (date '2020-03-31'), ('2020-04-01'), ('2020-12-31'), ('2021-01-01'),
             ('2021-03-31'), ('2021-04-01'), ('2000-02-29'), ('1999-04-01'),
             ('0001-06-01'), ('5874897-12-31')) AS t(d);

SELECT fiscal_year(NULL), fiscal_year_label(NULL);
SELECT fiscal_year('infinity');
SELECT fiscal_year_label('-infinity');
SELECT fiscal_year('0001-03-31');
SELECT fiscal_year('4713-01-01 BC');

-- Immutable, so usable in an index and a generated column.
CREATE TABLE fy_t (d date, fy integer GENERATED ALWAYS AS (fiscal_year(d)) STORED);
INSERT INTO fy_t (d) VALUES ('2021-03-31'), ('2021-04-01');
SELECT * FROM fy_t ORDER BY d;
CREATE INDEX ON fy_t (fiscal_year_label(d));
DROP TABLE fy_t;

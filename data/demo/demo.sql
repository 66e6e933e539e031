-- make demo: what cag_ovt can do so far.
\pset footer off
SET search_path = cag_ovt, public;

\echo
\echo '== Québec enterprise numbers (NEQ): spellings accepted, legal form'
SELECT v AS "as written", v::neq AS neq, neq_legal_form(v::neq) AS "legal form"
FROM (VALUES ('1149222300'), ('1142-177-600'), ('11 4285 1337')) AS t(v);
SELECT v AS "as written", is_valid_neq(v) AS valid
FROM (VALUES ('1149222301'), ('114922230')) AS t(v);

\echo
\echo '== Fiscal years (1 April to 31 March)'
SELECT d AS date, fiscal_year(d), fiscal_year_label(d)
FROM (VALUES (date '2021-03-31'), (date '2021-04-01')) AS t(d);

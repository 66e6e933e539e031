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

\echo
\echo '== Administrative regions: the spellings real files use'
SELECT v AS "as written", v::qc_region AS region, region_code(v::qc_region) AS code,
       region_name(v::qc_region, 'en') AS english
FROM (VALUES ('SAGUENAY - LAC ST-JEAN'), ('Région de l''Estrie (05)'), ('Cote-Nord'),
             ('Eastern Townships'), ('MontrÃ©al'), ('16')) AS t(v);
SELECT v AS "as written", is_valid_qc_region(v) AS valid
FROM (VALUES ('Québec'), ('Mauricie–Bois-Francs'), ('Estrie (06)')) AS t(v);

\echo
\echo '== Region of a municipality on a date: Brome-Missisquoi and La Haute-Yamaska moved to Estrie on 2021-07-08'
SELECT m.code, m.name, d AS "on",
       region_of_municipality(m.code, d) AS region
FROM municipalities m, (VALUES (date '2021-07-07'), (date '2021-07-08')) AS t(d)
WHERE m.code IN ('46005', '47017') ORDER BY m.code, d;
SELECT fsa, region_of_fsa(fsa, '2021-07-07') AS "before the move", region_of_fsa(fsa) AS today
FROM (VALUES ('J2K'), ('J0E'), ('J1H')) AS t(fsa);

--
-- SEAO open data into cag_ovt.purchases: load_seao_xml and load_ocds, the
-- issues, reloading, newer versions of a notice, OCDS releases in any
-- order.  Figures of the January 2013 export: test/seao/expected_figures.py.
--
SET search_path = cag_ovt, public;

\getenv abs_srcdir PG_ABS_SRCDIR
\set xmlfile :abs_srcdir '/test/data/seao/seao_avis_2013-01.xml'
\set jsonfile :abs_srcdir '/test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json'
\lo_import :xmlfile
\set xmloid :LASTOID
\lo_import :jsonfile
\set jsonoid :LASTOID
CREATE TABLE seao_files AS
SELECT 'xml' AS kind, lo_get(:xmloid) AS bytes UNION ALL SELECT 'json', lo_get(:jsonoid);
SELECT lo_unlink(:xmloid) + lo_unlink(:jsonoid) AS unlinked;

-- What the tables hold, in a few figures.
CREATE FUNCTION seao_state(src text, OUT purchases bigint, OUT total numeric,
                           OUT issues bigint, OUT notices bigint, OUT max_purchase_id bigint,
                           OUT max_issue_id bigint)
    LANGUAGE sql
RETURN (SELECT ROW((SELECT count(*) FROM purchases WHERE source = src),
                   (SELECT sum(amount) FROM purchases WHERE source = src),
                   (SELECT count(*) FROM load_issues WHERE source = src),
                   (SELECT count(*) FROM load_notices WHERE source = src),
                   (SELECT max(purchase_id) FROM purchases WHERE source = src),
                   (SELECT max(issue_id) FROM load_issues WHERE source = src)));

-- The January 2013 export, as cag_ovt-load sends it (the file's bytes):
-- 1,958 purchases inserted, 644,147,036.24 $; 1,939 notices recorded;
-- 216 issues (138 winners with a zero amount, 5 contract amounts that are
-- their bid in a unit price or points, 9 amounts rounded, 6 contract
-- amounts beside a bid in a unit price or points, 56 postal codes, 1
-- delivery list, 1 province).
SELECT load_seao_xml(bytes) FROM seao_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT field, count(*) FROM load_issues GROUP BY field ORDER BY field;
SELECT source_ref, field, value, reason FROM load_issues
WHERE field IN ('supplier_province', 'delivery_region') OR source_ref = '608158/1'
ORDER BY source_ref, field;

-- Classification, against the script's own reading of origin: Québec
-- 1,764 purchases, 603,634,021.54 $; outside Québec 196, 40,315,001.63 $;
-- unknown 3, 198,197.50 $.
SELECT CASE WHEN class @> '{quebec}' THEN 'quebec'
            WHEN class @> '{outside_quebec}' THEN 'outside_quebec'
            ELSE 'unknown' END AS origin,
       count(*), sum(amount)
FROM purchases WHERE source = 'seao-xml' GROUP BY 1 ORDER BY 1;
-- ... and the plan's views fill in, here over every fiscal year.
SELECT sum(purchase_count) AS purchases, sum(total_amount) AS total,
       sum(quebec_amount) AS quebec, sum(outside_quebec_amount) AS outside_quebec,
       sum(unknown_origin_amount) AS unknown_origin
FROM quebec_purchase_share WHERE scope = 'quebec';
SELECT fiscal_year_label, region_name, purchase_count, total_amount, quebec_share, origin_coverage
FROM quebec_purchase_share WHERE fiscal_year = 2012 AND scope <> 'region';

-- A notice delivered to several regions keeps them all, delivery_region
-- NULL; it is regional when the supplier's region is among them.
-- Delivered outside Québec (SEAO's 19): no delivery region at all, not the
-- buyer's.  An unreadable list ("1416"): unknown, so the buyer's region.
SELECT source_ref, buyer_region, delivery_region, delivery_regions,
       region_of_postal_code(supplier_postal_code, purchased_on) AS supplier_region, class
FROM purchases
WHERE source_ref IN ('600976/1', '600980/2', '582879/2', '605835/1', '599321/1', '607429/1')
ORDER BY source_ref;
SELECT count(*) FILTER (WHERE delivery_regions = '{}') AS outside_quebec,
       count(*) FILTER (WHERE delivery_regions = '{}' AND delivery_region IS NOT NULL) AS defaulted
FROM purchases WHERE source = 'seao-xml';

-- Loading the file again changes nothing: no purchase, issue or notice
-- written (the identity keys did not move), whatever form the document
-- takes.
SELECT max_purchase_id AS purchase_id_before, max_issue_id AS issue_id_before
FROM seao_state('seao-xml') \gset
SELECT load_seao_xml(bytes) FROM seao_files WHERE kind = 'xml';
SELECT load_seao_xml(convert_from(bytes, 'UTF8')) FROM seao_files WHERE kind = 'xml';
SELECT load_seao_xml(convert_from(bytes, 'UTF8')::xml) FROM seao_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices, max_purchase_id = :purchase_id_before AS same_purchases,
       max_issue_id = :issue_id_before AS same_issues
FROM seao_state('seao-xml');
SET cag_ovt.load_progress = 1000;
SELECT load_seao_xml(bytes) FROM seao_files WHERE kind = 'xml';
RESET cag_ovt.load_progress;

-- A newer version of notices replaces theirs: in 546669 the winner is
-- now bidder 2 (was 8), 608158 now has an amount (was zero: not a
-- purchase).
SELECT source_ref, amount FROM purchases
WHERE source_ref LIKE '546669/%' OR source_ref LIKE '608158/%'
ORDER BY source_ref;
SELECT load_seao_xml('<export>
<Avis><numeroseao>546669</numeroseao><organisme>Centres Jeunesse de Lanaudière.</organisme>
 <codepostal>J6E 5X7</codepostal><dateadjudication>2013-01-23</dateadjudication><regionlivraison>16</regionlivraison>
 <fournisseurs>
  <fournisseur><nomorganisation>LEVEILLE TOYOTA INC</nomorganisation><province>QC</province><pays>CAN</pays>
   <codepostal>J6Z 1X4</codepostal><adjudicataire>0</adjudicataire><montantcontrat>0</montantcontrat></fournisseur>
  <fournisseur><nomorganisation>Joliette Toyota</nomorganisation><province>QC</province><pays>CAN</pays>
   <codepostal>J6E 3Z3</codepostal><adjudicataire>1</adjudicataire><montantcontrat>191966.40</montantcontrat></fournisseur>
 </fournisseurs></Avis>
<Avis><numeroseao>608158</numeroseao><dateadjudication>2013-01-10</dateadjudication>
 <fournisseurs><fournisseur><nomorganisation>CNIM CANADA INC.</nomorganisation><province>QC</province>
  <pays>CA</pays><codepostal>H3C 1R4</codepostal><adjudicataire>1</adjudicataire><montantcontrat>1500</montantcontrat>
 </fournisseur></fournisseurs></Avis>
</export>'::text);
SELECT source_ref, amount, supplier_name, class FROM purchases
WHERE source_ref LIKE '546669/%' OR source_ref LIKE '608158/%'
ORDER BY source_ref;
SELECT source_ref, field, value FROM load_issues WHERE source_ref LIKE '608158/%';
SELECT notice, source_refs FROM load_notices WHERE notice IN ('546669', '608158') ORDER BY notice;
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
-- the same notice twice in one file: the last one counts
SELECT load_seao_xml('<export>
<Avis><numeroseao>608158</numeroseao><dateadjudication>2013-01-10</dateadjudication><fournisseurs><fournisseur>
 <adjudicataire>1</adjudicataire><montantcontrat>1</montantcontrat></fournisseur></fournisseurs></Avis>
<Avis><numeroseao>608158</numeroseao><dateadjudication>2013-01-10</dateadjudication><fournisseurs><fournisseur>
 <nomorganisation>CNIM CANADA INC.</nomorganisation><province>QC</province><pays>CA</pays><codepostal>H3C 1R4</codepostal>
 <adjudicataire>1</adjudicataire><montantcontrat>1500</montantcontrat></fournisseur></fournisseurs></Avis>
</export>'::text);
SELECT source_ref, amount FROM purchases WHERE source_ref LIKE '608158/%';
-- and the January file again puts everything back as it was
SELECT load_seao_xml(bytes) FROM seao_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT source_ref, field, value FROM load_issues WHERE source_ref LIKE '608158/%';

-- Another source keeps its own purchases.
SELECT load_seao_xml(bytes, 'seao-xml-copy') FROM seao_files WHERE kind = 'xml';
SELECT source, count(*), sum(amount) FROM purchases GROUP BY source ORDER BY source;
DELETE FROM purchases WHERE source = 'seao-xml-copy';
DELETE FROM load_issues WHERE source = 'seao-xml-copy';
DELETE FROM load_notices WHERE source = 'seao-xml-copy';

-- A malformed file loads nothing.
SELECT load_seao_xml('<export><Avis><numeroseao>546669</numeroseao><dateadjudication>2013-01-23</dateadjudication>
<fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>12 500</montantcontrat></fournisseur></fournisseurs></Avis></export>'::text);
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-1", "id": "1"}]}');
SELECT load_seao_xml(bytes, '') FROM seao_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT load_seao_xml(NULL::bytea), load_ocds(NULL);

-- The OCDS weekly package: 3 purchases; again: nothing.
SELECT load_ocds(convert_from(bytes, 'UTF8')::jsonb) FROM seao_files WHERE kind = 'json';
SELECT load_ocds(convert_from(bytes, 'UTF8')::jsonb) FROM seao_files WHERE kind = 'json';
SELECT source_ref, purchased_on, supplier_name, supplier_neq, amount, class
FROM purchases WHERE source = 'seao-ocds' ORDER BY source_ref;
SELECT notice, ocid, release_id, release_date, source_refs FROM load_notices
WHERE source = 'seao-ocds' ORDER BY notice;

-- Releases of one OCID, loaded in both orders (sources a and b): an older
-- release (two awards) and the package's newer one (one award, its final
-- amount).  Both orders end the same: the newer release's purchases.
CREATE TABLE releases (name text PRIMARY KEY, release jsonb);
INSERT INTO releases
SELECT 'newer', r FROM seao_files, jsonb_array_elements(convert_from(bytes, 'UTF8')::jsonb -> 'releases') AS r
WHERE kind = 'json' AND r ->> 'ocid' = 'ocds-ec9k95-20071760';
INSERT INTO releases VALUES ('older', '{"ocid": "ocds-ec9k95-20071760", "id": "20260720100000",
  "date": "2026-07-20T10:00:00-04:00", "tag": ["award"],
  "parties": [{"id": "OP-70289", "name": "Régie régionale de gestion des matières résiduelles de Portneuf", "roles": ["buyer"]},
              {"id": "FO-1177604668", "name": "9166-6156 QUÉBEC INC. - Techlift", "roles": ["supplier"],
               "address": {"region": "QC", "postalCode": "J2B6V4", "countryName": "CAN"}, "details": {"neq": "1177604668"}},
              {"id": "FO-1164346505", "name": "SOLUTIONS INFORMATIQUES INSO INC.", "roles": ["supplier"],
               "address": {"region": "QC", "postalCode": "H2V4J1", "countryName": "CAN"}, "details": {"neq": "1164346505"}}],
  "buyer": {"id": "OP-70289", "name": "Régie régionale de gestion des matières résiduelles de Portneuf"},
  "awards": [{"id": "20068679", "status": "active", "date": "2025-01-10T00:00:00-05:00",
              "value": {"amount": 30000.00, "currency": "CAD"}, "suppliers": [{"id": "FO-1177604668"}]},
             {"id": "20068680", "status": "active", "date": "2025-01-10T00:00:00-05:00",
              "value": {"amount": 5000.00, "currency": "CAD"}, "suppliers": [{"id": "FO-1164346505"}]}]}');
CREATE FUNCTION package(VARIADIC names text[]) RETURNS jsonb LANGUAGE sql
RETURN jsonb_build_object('releases', (SELECT jsonb_agg(r.release ORDER BY n.ord)
                                       FROM unnest(names) WITH ORDINALITY AS n(name, ord)
                                       JOIN releases r ON r.name = n.name));
SELECT load_ocds(package('older'), 'a') AS a_older, load_ocds(package('newer'), 'b') AS b_newer;
SELECT source, source_ref, purchased_on, amount FROM purchases WHERE source IN ('a', 'b')
ORDER BY source, source_ref;
SELECT load_ocds(package('newer'), 'a') AS a_newer, load_ocds(package('older'), 'b') AS b_older;
SELECT source, source_ref, purchased_on, amount, supplier_name FROM purchases
WHERE source IN ('a', 'b') ORDER BY source, source_ref;
SELECT source, release_id, release_date, source_refs FROM load_notices
WHERE source IN ('a', 'b') ORDER BY source;
-- the two releases in one package, in either order: the newer counts
SELECT load_ocds(package('newer', 'older'), 'c') AS c, load_ocds(package('older', 'newer'), 'd') AS d;
SELECT source, source_ref, amount FROM purchases WHERE source IN ('c', 'd') ORDER BY source, source_ref;
-- a newer release without awards (a tender amendment) says nothing about
-- purchases; a newer one whose awards are empty leaves the OCID without any
INSERT INTO releases
SELECT 'tender only', (release - 'awards' - 'contracts') || '{"id": "20260801000000", "date": "2026-08-01T00:00:00-04:00"}'
FROM releases WHERE name = 'newer';
INSERT INTO releases
SELECT 'no award', jsonb_set(release - 'contracts', '{awards}', '[]') || '{"id": "20260802000000", "date": "2026-08-02T00:00:00-04:00"}'
FROM releases WHERE name = 'newer';
SELECT load_ocds(package('tender only'), 'a');
SELECT source_ref, amount FROM purchases WHERE source = 'a';
SET cag_ovt.load_progress = 100;
SELECT load_ocds(package('no award'), 'a');
RESET cag_ovt.load_progress;
SELECT count(*) AS purchases_left FROM purchases WHERE source = 'a';
SELECT release_id, source_refs FROM load_notices WHERE source = 'a';
-- ... and the newer release, loaded again, is older than that now
SELECT load_ocds(package('newer'), 'a');
SELECT count(*) AS purchases_left FROM purchases WHERE source = 'a';

-- Issues of OCDS purchases: an award shared by two suppliers, an invalid
-- NEQ, a cancelled award.
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-99", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "parties": [{"id": "S1", "name": "Un", "details": {"neq": "1149222301"}, "address": {"postalCode": "J1H 5N4"}},
              {"id": "S2", "name": "Deux", "address": {"postalCode": "H2X 1Y4"}}],
  "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 100.01}, "suppliers": [{"id": "S1"}, {"id": "S2"}]},
             {"id": "B", "status": "cancelled", "value": {"amount": 9}, "suppliers": [{"id": "S2"}]}]}]}', 'e');
SELECT source_ref, amount, supplier_neq, class FROM purchases WHERE source = 'e' ORDER BY source_ref;
SELECT source_ref, field, value, reason FROM load_issues WHERE source = 'e' ORDER BY source_ref, field, reason;

-- Absurd dates, in both loaders: a date before 1990 (SEAO's 0001-01-01
-- placeholder) or more than five years after the load is a missing date:
-- the winner or award is no purchase, its issue says why; a purchase in US
-- dollars is loaded in its currency, converted by the purchases' trigger,
-- and one without a usable rate counts with no amount in dollars, with an
-- issue.
SELECT load_seao_xml(replace('<export>
<Avis><numeroseao>71</numeroseao><dateadjudication>0001-01-01</dateadjudication><fournisseurs>
 <fournisseur><nomorganisation>Placeholder</nomorganisation><adjudicataire>1</adjudicataire><montantcontrat>500</montantcontrat></fournisseur>
</fournisseurs></Avis>
<Avis><numeroseao>72</numeroseao><dateadjudication>__FUTURE__</dateadjudication><fournisseurs>
 <fournisseur><nomorganisation>Futur</nomorganisation><adjudicataire>1</adjudicataire><montantcontrat>500</montantcontrat></fournisseur>
</fournisseurs></Avis>
<Avis><numeroseao>73</numeroseao><dateadjudication>2013-01-02</dateadjudication><fournisseurs>
 <fournisseur><nomorganisation>US Inc.</nomorganisation><adjudicataire>1</adjudicataire><montantsoumis>500</montantsoumis><montantssoumisunite>07</montantssoumisunite><montantcontrat>500</montantcontrat></fournisseur>
</fournisseurs></Avis>
</export>', '__FUTURE__', to_char(current_date + interval '6 years', 'YYYY-MM-DD')), 'f');
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-97", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "awards": [{"id": "A", "date": "0001-01-01", "value": {"amount": 10, "currency": "CAD"}, "suppliers": [{"id": "S"}]},
             {"id": "B", "date": "2025-06-01", "value": {"amount": 10, "currency": "EUR"}, "suppliers": [{"id": "S"}]}]}]}', 'f');
SELECT source_ref, purchased_on, amount, currency, amount_cad FROM purchases WHERE source = 'f' ORDER BY source_ref;
SELECT source_ref, field, replace(value, d.six, '<today + 6 years>') AS value,
       replace(replace(reason, d.six, '<today + 6 years>'), d.five, '<today + 5 years>') AS reason
FROM load_issues,
     LATERAL (SELECT to_char(current_date + interval '6 years', 'YYYY-MM-DD') AS six,
                     to_char(current_date + interval '5 years', 'YYYY-MM-DD') AS five) AS d
WHERE source = 'f' ORDER BY source_ref, field, reason;

-- The loaders run as their caller, whatever its search_path: operators of
-- a hostile schema are never used.
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.texteq(text, text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hostile operator called'; END $$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.texteq);
SET search_path = hostile, cag_ovt, pg_catalog, public;
SELECT 'a'::text = 'a'::text;
SELECT load_seao_xml(bytes) FROM seao_files WHERE kind ~ '^x';
SELECT load_ocds(convert_from(bytes, 'UTF8')::jsonb) FROM seao_files WHERE kind ~ '^j';
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-98", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "buyer": {"id": "B"}, "parties": [{"id": "B", "address": {"postalCode": "J1H 5N4"}}],
  "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}]}', 'hostile');
SET search_path = cag_ovt, public;
DROP SCHEMA hostile CASCADE;

DELETE FROM purchases WHERE source IN ('seao-xml', 'seao-ocds', 'a', 'b', 'c', 'd', 'e', 'f', 'hostile');
DELETE FROM load_issues;
DELETE FROM load_notices;
DROP FUNCTION seao_state(text), package(text[]);
DROP TABLE seao_files, releases;

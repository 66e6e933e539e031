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
CREATE TABLE test_files AS
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
-- 260 issues: 216 of the winners' rows (138 winners with a zero amount,
-- 5 contract amounts that are their bid in a unit price or points, 9
-- amounts rounded, 6 contract amounts beside a bid in a unit price or
-- points, 56 postal codes of purchases, 1 delivery list, 1 province), and
-- 44 values that a bid which is no purchase loads NULL, each under its
-- bidder's reference: 25 of winners left out (1 postal code, 24 provinces
-- "-1") and 19 of losing bidders (5 postal codes, 14 provinces "-1").
-- Every bidder's invalid value once: test/seao/expected_figures.py counts
-- 62 invalid postal codes and 39 provinces among all the bidders.
SELECT load_seao_xml(bytes) FROM test_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT li.field, count(*) FILTER (WHERE p.purchase_id IS NOT NULL) AS of_purchases,
       count(*) FILTER (WHERE p.purchase_id IS NULL AND b.bidder IS NULL) AS of_winners_left_out,
       count(*) FILTER (WHERE b.bidder IS NOT NULL) AS of_other_bids
FROM load_issues li
LEFT JOIN purchases p ON p.source = li.source AND p.source_ref = li.source_ref
LEFT JOIN tender_bids b ON p.purchase_id IS NULL AND b.format = 'xml'
     AND b.notice || '/' || b.bidder = li.source_ref AND NOT b.is_winner
GROUP BY li.field ORDER BY li.field;
SELECT source_ref, field, value, reason FROM load_issues
WHERE (field IN ('supplier_province', 'delivery_region') AND value <> '-1') OR source_ref = '608158/1'
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
FROM quebec_purchase_share_totals;
SELECT fiscal_year_label, region_name, purchase_count, total_amount, quebec_share, origin_coverage
FROM (SELECT * FROM quebec_purchase_share UNION ALL SELECT * FROM quebec_purchase_share_totals) AS quebec_purchase_share WHERE fiscal_year = 2012 AND scope <> 'region';

-- A notice delivered to several regions keeps them all, delivery_region
-- NULL; it is regional when the supplier's region is among them.
-- Delivered outside Québec (SEAO's 19): no delivery region at all, not the
-- buyer's.  "1416" is SEAO's 14 and 16 run together: both regions.
SELECT source_ref, buyer_region, delivery_region, delivery_regions, supplier_region, class
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
SELECT load_seao_xml(bytes) FROM test_files WHERE kind = 'xml';
SELECT load_seao_xml(convert_from(bytes, 'UTF8')) FROM test_files WHERE kind = 'xml';
SELECT load_seao_xml(convert_from(bytes, 'UTF8')::xml) FROM test_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices, max_purchase_id = :purchase_id_before AS same_purchases,
       max_issue_id = :issue_id_before AS same_issues
FROM seao_state('seao-xml');
SET cag_ovt.load_progress = 1000;
SELECT load_seao_xml(bytes) FROM test_files WHERE kind = 'xml';
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
SELECT load_seao_xml(bytes) FROM test_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT source_ref, field, value FROM load_issues WHERE source_ref LIKE '608158/%';

-- A notice is one whatever the source it is loaded under (SEAO's identity:
-- the notice number and the bidder's position): the same file under
-- another source changes nothing, and its purchases keep their source.
SELECT load_seao_xml(bytes, 'seao-xml-copy') FROM test_files WHERE kind = 'xml';
SELECT source, count(*), sum(amount) FROM purchases GROUP BY source ORDER BY source;
SELECT source, count(*) FROM load_notices GROUP BY source ORDER BY source;
-- A new version under another source takes the notice's rows there:
-- purchases, issues and bookkeeping, identity keys kept (608481: its
-- province "3" corrected, its amount given to the tenth of a cent).
SELECT purchase_id AS id_608481 FROM purchases WHERE source_ref = '608481/1' \gset
SELECT load_seao_xml('<export>
<Avis><numeroseao>608481</numeroseao><organisme>Université Laval</organisme><codepostal>G1k 7P4</codepostal>
 <dateadjudication>2013-01-21</dateadjudication><regionlivraison>3</regionlivraison><unspscprincipale>80000000</unspscprincipale>
 <fournisseurs><fournisseur><nomorganisation>Alithis</nomorganisation><province>QC</province><pays>CAN</pays>
  <codepostal>G1V 2M2</codepostal><adjudicataire>1</adjudicataire><montantcontrat>86450.0004</montantcontrat></fournisseur>
 </fournisseurs></Avis>
</export>'::text, 'seao-xml-copy');
SELECT source, source_ref, supplier_province, amount, purchase_id = :id_608481 AS same_id
FROM purchases WHERE source_ref LIKE '608481/%';
SELECT source, source_ref, field FROM load_issues WHERE source_ref LIKE '608481/%';
SELECT source, notice, source_refs FROM load_notices WHERE notice = '608481';
SELECT source, count(*) FROM purchases GROUP BY source ORDER BY source;
-- ... and the January file (that version does not say when it was
-- recorded: the later load counts) puts it back under its source
SELECT load_seao_xml(bytes) FROM test_files WHERE kind = 'xml';
SELECT source, source_ref, supplier_province, amount, purchase_id = :id_608481 AS same_id
FROM purchases WHERE source_ref LIKE '608481/%';
SELECT source, source_ref, field FROM load_issues WHERE source_ref LIKE '608481/%';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT count(*) AS left_elsewhere FROM purchases WHERE source = 'seao-xml-copy';

-- A purchase that the loaders did not write, under a source of its own, is
-- never theirs: neither updated nor counted ('mine', 546669/8 below).  One
-- that holds the very source and reference a load writes is taken as the
-- load's (the bookkeeping of its notice was deleted: the load adopts it);
-- one that holds those a changed notice would move to stops the load.
INSERT INTO purchases (purchased_on, amount, source, source_ref)
VALUES ('2013-01-23', 1, 'seao-xml', '900009/1'), ('2013-01-23', 2, 'mine', '546669/8'),
       ('2013-01-23', 3, 'elsewhere', '900009/1');
SELECT load_seao_xml('<export><Avis><numeroseao>900009</numeroseao><dateadjudication>2013-01-23</dateadjudication>
 <fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>5</montantcontrat></fournisseur></fournisseurs></Avis>
</export>'::text);
SELECT load_seao_xml('<export><Avis><numeroseao>900009</numeroseao><dateadjudication>2013-01-23</dateadjudication>
 <fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>6</montantcontrat></fournisseur></fournisseurs></Avis>
</export>'::text, 'elsewhere');
SELECT load_seao_xml(bytes, 'mine') FROM test_files WHERE kind = 'xml';
SELECT source, source_ref, amount FROM purchases WHERE source_ref IN ('900009/1', '546669/8')
ORDER BY source, source_ref;
SELECT source, source_refs FROM load_notices WHERE notice = '900009';
DELETE FROM purchases WHERE source IN ('mine', 'elsewhere') OR source_ref = '900009/1';
DELETE FROM load_issues WHERE source_ref LIKE '900009/%';
DELETE FROM load_notices WHERE notice = '900009';

-- load_notices.format: xml exactly when ocid is NULL.  A row inserted
-- without it gets it from ocid; a wrong one, inserted or updated, is
-- refused (check_violation); notice and format compare byte for byte.
INSERT INTO load_notices (source, notice, ocid, digest, source_refs, loaded_at)
VALUES ('by-hand', '900020', NULL, 1, '{}', '2026-01-01'), ('by-hand', '900020', 'ocds-ec9k95-900020', 2, '{}', '2026-01-01');
SELECT notice, ocid, format FROM load_notices WHERE source = 'by-hand' ORDER BY format;
INSERT INTO load_notices (source, notice, ocid, digest, source_refs, loaded_at, format)
VALUES ('by-hand', '900021', NULL, 1, '{}', '2026-01-01', 'ocds');
INSERT INTO load_notices (source, notice, ocid, digest, source_refs, loaded_at, format)
VALUES ('by-hand', '900021', 'ocds-ec9k95-900021', 1, '{}', '2026-01-01', 'XML');
UPDATE load_notices SET ocid = 'ocds-ec9k95-900020' WHERE source = 'by-hand' AND format = 'xml';
UPDATE load_notices SET ocid = 'ocds-ec9k95-900022' WHERE source = 'by-hand' AND format = 'ocds'
RETURNING notice, ocid, format;
SELECT attname, collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
WHERE attrelid = 'load_notices'::regclass AND attname IN ('notice', 'format') ORDER BY attnum;
DELETE FROM load_notices WHERE source = 'by-hand';

-- The version of an XML notice: when SEAO recorded its award
-- (datesaisieadjudication; an export holds the notices recorded in its
-- period), then the end of the export's period (datefin).  A February and a
-- March version, loaded in both orders (notices 900001 and 900002): the
-- March one counts; the older one changes nothing.
CREATE FUNCTION xml_version(notice text, entered text, amount text, datefin text DEFAULT '2013-03-31')
RETURNS text LANGUAGE sql
RETURN format('<export datedebut="2013-01-01" datefin="%s"><Avis><numeroseao>%s</numeroseao>
 <datesaisieadjudication>%s</datesaisieadjudication><dateadjudication>2013-01-23</dateadjudication>
 <fournisseurs><fournisseur><nomorganisation>Fournisseur</nomorganisation><adjudicataire>1</adjudicataire>
  <montantcontrat>%s</montantcontrat></fournisseur></fournisseurs></Avis></export>', datefin, notice, entered, amount);
SELECT load_seao_xml(xml_version('900001', '2013-02-10 09:12', '100'), 'feb') AS feb,
       load_seao_xml(xml_version('900001', '2013-03-05 14:40', '300'), 'mar') AS mar;
SELECT load_seao_xml(xml_version('900002', '2013-03-05 14:40', '300'), 'mar') AS mar,
       load_seao_xml(xml_version('900002', '2013-02-10 09:12', '100'), 'feb') AS feb;
SELECT source, source_ref, amount FROM purchases WHERE source_ref IN ('900001/1', '900002/1')
ORDER BY source_ref;
SELECT notice, source, entered_at, export_end FROM load_notices
WHERE notice IN ('900001', '900002') ORDER BY notice;
SET cag_ovt.load_progress = 100;
SELECT load_seao_xml(xml_version('900002', '2013-02-10 09:12', '100'), 'feb') AS feb_again;
RESET cag_ovt.load_progress;
-- the same version in two exports: the one whose period ends later counts
SELECT load_seao_xml(xml_version('900002', '2013-03-05 14:40', '301', '2013-12-31'), 'year') AS year,
       load_seao_xml(xml_version('900002', '2013-03-05 14:40', '302', '2013-03-31'), 'mar') AS mar;
SELECT source, amount FROM purchases WHERE source_ref = '900002/1';
-- both versions in one file, in either order: the March one
SELECT load_seao_xml(replace(xml_version('900003', '2013-03-05 14:40', '300'), '</export>', '')
                     || substring(xml_version('900003', '2013-02-10 09:12', '100') from '<Avis>.*'),
                     'one file') AS mar_then_feb;
SELECT load_seao_xml(replace(xml_version('900004', '2013-02-10 09:12', '100'), '</export>', '')
                     || substring(xml_version('900004', '2013-03-05 14:40', '300') from '<Avis>.*'),
                     'one file') AS feb_then_mar;
SELECT source_ref, amount FROM purchases WHERE source_ref IN ('900003/1', '900004/1') ORDER BY 1;
-- a version that does not say when (older exports, or none recorded under
-- 1.1): the load counts, as a reload does; an unchanged one records what
-- the load says
SELECT load_seao_xml(replace(xml_version('900001', '', '150'), '<datesaisieadjudication></datesaisieadjudication>', ''), 'undated') AS undated;
SELECT source, amount FROM purchases WHERE source_ref = '900001/1';
SELECT load_seao_xml(xml_version('900001', '2013-02-10 09:12', '150'), 'feb') AS same_rows_dated;
SELECT source, entered_at, export_end FROM load_notices WHERE notice = '900001';
-- a date that cannot be read makes the export malformed
SELECT load_seao_xml(xml_version('900005', '2013-02-30 09:12', '1'));
SELECT load_seao_xml(xml_version('900005', '2013-02-10 25:00', '1'));
SELECT load_seao_xml(xml_version('900005', '2013-02-10T09:12-05:00', '1'));
SELECT load_seao_xml(xml_version('900005', '2013-02-10', '1', 'fin janvier'));
DELETE FROM purchases WHERE source_ref ~ '^90000[1-5]/';
DELETE FROM load_issues WHERE source_ref ~ '^90000[1-5]/';
DELETE FROM load_notices WHERE notice ~ '^90000[1-5]$';
DROP FUNCTION xml_version(text, text, text, text);

-- A malformed file loads nothing.
SELECT load_seao_xml('<export><Avis><numeroseao>546669</numeroseao><dateadjudication>2013-01-23</dateadjudication>
<fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>12 500</montantcontrat></fournisseur></fournisseurs></Avis></export>'::text);
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-1", "id": "1"}]}');
SELECT load_seao_xml(bytes, '') FROM test_files WHERE kind = 'xml';
SELECT purchases, total, issues, notices FROM seao_state('seao-xml');
SELECT load_seao_xml(NULL::bytea), load_ocds(NULL);

-- The OCDS weekly package: 3 purchases; again: nothing.
SELECT load_ocds(convert_from(bytes, 'UTF8')::jsonb) FROM test_files WHERE kind = 'json';
SELECT load_ocds(convert_from(bytes, 'UTF8')::jsonb) FROM test_files WHERE kind = 'json';
SELECT source_ref, purchased_on, supplier_name, supplier_neq, amount, class
FROM purchases WHERE source = 'seao-ocds' ORDER BY source_ref;
SELECT notice, ocid, release_id, release_date, source_refs FROM load_notices
WHERE source = 'seao-ocds' ORDER BY notice;

-- The package as the file's bytes (what cag_ovt-load sends) or as text:
-- the same rows, read one release at a time; loaded again, nothing changes.
SELECT (SELECT array_agg(p ORDER BY p.ordinal, p.source_ref)
        FROM parse_ocds(convert_from(bytes, 'UTF8')::jsonb) p)
       = (SELECT array_agg(p ORDER BY p.ordinal, p.source_ref) FROM parse_ocds(bytes) p) AS from_bytes,
       (SELECT array_agg(p ORDER BY p.ordinal, p.source_ref)
        FROM parse_ocds(convert_from(bytes, 'UTF8')::jsonb) p)
       = (SELECT array_agg(p ORDER BY p.ordinal, p.source_ref)
          FROM parse_ocds(convert_from(bytes, 'UTF8')) p) AS from_text
FROM test_files WHERE kind = 'json';
SELECT load_ocds(bytes) AS from_bytes, load_ocds(convert_from(bytes, 'UTF8')) AS from_text
FROM test_files WHERE kind = 'json';
-- a byte order mark is skipped; escapes are decoded (\\u00e9 is no escape)
SELECT count(*) FROM parse_ocds('\xefbbbf7b2272656c6561736573223a205b5d7d'::bytea);
SELECT supplier_name, issue_fields FROM parse_ocds('{"releases": [{"ocid": "ocds-ec9k95-97", "id": "1",
  "date": "2026-01-05T00:00:00-05:00", "parties": [{"id": "S", "name": "\u00c9cole \ud83c\udf41 \\u00e9"}],
  "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}]}'::text);
-- what is not a release package, as bytes: not UTF-8, not JSON, not an
-- object with a "releases" array of objects
SELECT load_ocds('\x7b22ff227d'::bytea);
SELECT load_ocds('{"releases": [}');
-- (read as it streams: the first release is read before the syntax error)
SELECT load_ocds('{"releases": [{"ocid": "x"} {}]}');
SELECT load_ocds('[{"releases": []}]');
SELECT load_ocds('"releases"');
SELECT load_ocds('{"uri": "x", "records": []}');
SELECT load_ocds('{"releases": null}');
SELECT load_ocds('{"releases": {"ocid": "x"}}');
SELECT load_ocds('{"releases": [], "releases": []}');
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-96", "id": "1", "date": "2026-01-05T00:00:00-05:00"}, 7]}');
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-96", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "awards": [{"id": "A", "value": {"amount": "10"}}]}]}');
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-96", "id": "1", "date": "2026-01-05T00:00:00-05:00", "x": "\ud83c"}]}');
SELECT purchases, issues, notices FROM seao_state('seao-ocds');

-- Files as rows of seao_files (COPY ... FROM STDIN (FORMAT binary) into it
-- is what cag_ovt-load does; INSERT fires the same trigger): each is loaded
-- as its first character says, and a NOTICE says what changed; nothing is
-- stored in the view.
INSERT INTO cag_ovt.seao_files (doc, source) SELECT bytes, 'files' FROM test_files WHERE kind = 'json';
INSERT INTO cag_ovt.seao_files (doc, source)
VALUES (convert_to('  <export><Avis><numeroseao>900010</numeroseao><dateadjudication>2013-01-23</dateadjudication>
 <fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>5.001</montantcontrat></fournisseur></fournisseurs></Avis></export>', 'UTF8'), 'files');
SELECT source, source_ref, amount FROM purchases WHERE source = 'files';
SELECT count(*) AS stored FROM cag_ovt.seao_files;
-- what is no SEAO file
INSERT INTO cag_ovt.seao_files (doc) VALUES ('\xefbbbf20200a');
INSERT INTO cag_ovt.seao_files (doc) VALUES ('just text');
INSERT INTO cag_ovt.seao_files (doc) VALUES ('\x0102');
INSERT INTO cag_ovt.seao_files (doc) VALUES (NULL);
DELETE FROM purchases WHERE source = 'files';
DELETE FROM load_issues WHERE source = 'files';
DELETE FROM load_notices WHERE notice = '900010';

-- Releases of one OCID, loaded in both orders, under sources a and b: an
-- older release (two awards) and the package's newer one (one award, its
-- final amount).  Both orders end the same: the newer release's purchases,
-- under the source that loaded them.
CREATE TABLE releases (name text PRIMARY KEY, release jsonb);
INSERT INTO releases
SELECT 'newer', r FROM test_files, jsonb_array_elements(convert_from(bytes, 'UTF8')::jsonb -> 'releases') AS r
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
-- (forget the OCID between the scenarios)
CREATE FUNCTION forget_ocid() RETURNS void LANGUAGE sql BEGIN ATOMIC
DELETE FROM purchases WHERE source_ref LIKE '20071760/%';
DELETE FROM load_issues WHERE source_ref LIKE '20071760/%';
DELETE FROM load_notices WHERE notice = '20071760';
END;
SELECT forget_ocid();
SELECT load_ocds(package('older'), 'a') AS a_older;
SELECT source, source_ref, purchased_on, amount FROM purchases WHERE source_ref LIKE '20071760/%'
ORDER BY source, source_ref;
SELECT load_ocds(package('newer'), 'b') AS b_newer;
SELECT source, source_ref, purchased_on, amount, supplier_name FROM purchases
WHERE source_ref LIKE '20071760/%' ORDER BY source, source_ref;
SELECT source, release_id, release_date, source_refs FROM load_notices WHERE notice = '20071760';
SELECT forget_ocid();
SELECT load_ocds(package('newer'), 'a') AS a_newer, load_ocds(package('older'), 'b') AS b_older;
SELECT source, source_ref, purchased_on, amount, supplier_name FROM purchases
WHERE source_ref LIKE '20071760/%' ORDER BY source, source_ref;
SELECT source, release_id, release_date, source_refs FROM load_notices WHERE notice = '20071760';
-- the two releases in one package, in either order: the newer counts
SELECT forget_ocid();
SELECT load_ocds(package('newer', 'older'), 'c') AS c;
SELECT source, source_ref, amount FROM purchases WHERE source_ref LIKE '20071760/%';
SELECT forget_ocid();
SELECT load_ocds(package('older', 'newer'), 'd') AS d;
SELECT source, source_ref, amount FROM purchases WHERE source_ref LIKE '20071760/%';
SELECT forget_ocid();
SELECT load_ocds(package('newer'), 'a') AS a;
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

-- Where the parties are: the loaders store the cities, the buyer's postal
-- code and identifier; the trigger locates both parties (src/locate.h).
-- January 2013: every buyer (its postal code; a municipality named after
-- itself, or the community of a rural postal code, where the FSA spans
-- regions); the suppliers with an address, and 20 more whose name the same
-- file locates elsewhere (known_parties, learned during the load).
SELECT buyer_located_by, count(*) FROM purchases WHERE source = 'seao-xml' GROUP BY 1 ORDER BY 1;
SELECT supplier_located_by, count(*), sum(amount) FROM purchases
WHERE source = 'seao-xml' AND class @> '{quebec}' GROUP BY 1 ORDER BY 3 DESC;
SELECT party, count(*) AS learned, count(*) FILTER (WHERE region IS NULL AND municipality IS NULL) AS ambiguous
FROM known_parties WHERE learned GROUP BY party ORDER BY party;
-- the OCDS package (what the scenarios above left of it): its buyer in
-- Laval has an address; the purchase of a régie without any stays
-- unlocated, with an issue
SELECT source, source_ref, buyer, buyer_id, buyer_city, buyer_region, buyer_located_by,
       supplier_city, supplier_region, supplier_located_by
FROM purchases WHERE source_ref ~ '^20[0-9]+/[0-9]+/' ORDER BY source_ref;
SELECT source, source_ref, field, value FROM load_issues
WHERE source_ref ~ '^20[0-9]+/[0-9]+/' AND field = 'buyer_region' ORDER BY source_ref;
-- another release gives the régie (by its identifier) an address: the
-- registry learns it, and reclassify_purchases locates its earlier
-- purchases through it
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-97", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "buyer": {"id": "OP-70289", "name": "Régie de Portneuf"},
  "parties": [{"id": "OP-70289", "name": "Régie de Portneuf", "roles": ["buyer"],
               "address": {"locality": "Portneuf", "postalCode": "G0A 2Y0"}},
              {"id": "S", "name": "Fournisseur", "address": {"postalCode": "G3A 1A1", "locality": "Saint-Augustin-de-Desmaures"}}],
  "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}]}', 'f');
SELECT party, name, identifier, municipality, region, postal_code, city, learned, source
FROM known_parties WHERE identifier = 'OP-70289';
SELECT reclassify_purchases() > 0 AS reclassified;
SELECT source_ref, buyer_region, buyer_located_by, delivery_region, class
FROM purchases WHERE source_ref ~ '^20[0-9]+/[0-9]+/' ORDER BY source_ref;
SELECT explain_classification(p) #>> '{derived,buyer_region,buyer_location,registry}'
FROM purchases p WHERE source_ref = '20080015/20076903/FO-1167510800';
-- what a load learns: a name located in two regions is ambiguous (it
-- locates nothing); a row of the DBA is never changed (a row that locates
-- nothing keeps a name from being learned)
INSERT INTO known_parties (party, name, region, source) VALUES ('supplier', 'Fournisseur du DBA', 'Outaouais', 'DBA');
SELECT load_seao_xml('<export>
<Avis><numeroseao>91</numeroseao><organisme>Ville de Laval</organisme><codepostal>H7V 3Z4</codepostal><dateadjudication>2013-01-02</dateadjudication>
<fournisseurs><fournisseur><nomorganisation>Fournisseur Ambigu</nomorganisation><ville>Laval</ville><codepostal>H7T 1A1</codepostal><adjudicataire>1</adjudicataire><montantcontrat>5</montantcontrat></fournisseur>
<fournisseur><nomorganisation>Fournisseur du DBA</nomorganisation><ville>Laval</ville><codepostal>H7T 1A1</codepostal><adjudicataire>1</adjudicataire><montantcontrat>6</montantcontrat></fournisseur>
<fournisseur><nomorganisation>Fournisseur Effacé</nomorganisation><ville>Laval</ville><codepostal>H7T 1A1</codepostal><adjudicataire>1</adjudicataire><montantcontrat>7</montantcontrat></fournisseur></fournisseurs></Avis>
<Avis><numeroseao>92</numeroseao><organisme>Ville de Laval</organisme><codepostal>H7V 3Z4</codepostal><dateadjudication>2013-01-02</dateadjudication>
<fournisseurs><fournisseur><nomorganisation>FOURNISSEUR AMBIGU</nomorganisation><ville>Sherbrooke</ville><codepostal>J1H 5N4</codepostal><adjudicataire>1</adjudicataire><montantcontrat>8</montantcontrat></fournisseur></fournisseurs></Avis>
</export>'::text, 'g');
UPDATE known_parties SET region = NULL, municipality = NULL, learned = false, source = 'DBA'
WHERE name = 'Fournisseur Effacé';
SELECT load_seao_xml('<export>
<Avis><numeroseao>93</numeroseao><organisme>Ville de Laval</organisme><codepostal>H7V 3Z4</codepostal><dateadjudication>2013-01-02</dateadjudication>
<fournisseurs><fournisseur><nomorganisation>Fournisseur effacé</nomorganisation><ville>Laval</ville><codepostal>H7T 1A1</codepostal><adjudicataire>1</adjudicataire><montantcontrat>9</montantcontrat></fournisseur></fournisseurs></Avis>
</export>'::text, 'g');
SELECT name, municipality, region, learned, source FROM known_parties
WHERE name ILIKE 'fournisseur%' ORDER BY name;
DELETE FROM known_parties WHERE source = 'DBA' OR identifier = 'OP-70289' OR source ~ '^g ';
-- a role granted what the loaders needed in 1.1, but not the registry nor
-- the bids: its loads go on, the parties located by their address not
-- learned, the bids not written (WARNING)
CREATE ROLE regress_loader_11;
GRANT USAGE ON SCHEMA cag_ovt TO regress_loader_11;
GRANT SELECT, INSERT, UPDATE, DELETE ON purchases, load_issues, load_notices TO regress_loader_11;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA cag_ovt TO regress_loader_11;
SET ROLE regress_loader_11;
SELECT load_seao_xml('<export>
<Avis><numeroseao>94</numeroseao><organisme>Ville de Laval</organisme><codepostal>H7V 3Z4</codepostal><dateadjudication>2013-01-02</dateadjudication>
<fournisseurs><fournisseur><nomorganisation>Fournisseur nouveau</nomorganisation><ville>Laval</ville><codepostal>H7T 1A1</codepostal><adjudicataire>1</adjudicataire><montantcontrat>9</montantcontrat></fournisseur></fournisseurs></Avis>
</export>'::text, 'g');
RESET ROLE;
SELECT count(*) AS learned FROM known_parties WHERE name = 'Fournisseur nouveau';
SELECT supplier_region, supplier_located_by FROM purchases WHERE source = 'g' AND source_ref = '94/1';
REVOKE ALL ON purchases, load_issues, load_notices FROM regress_loader_11;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA cag_ovt FROM regress_loader_11;
REVOKE USAGE ON SCHEMA cag_ovt FROM regress_loader_11;
DROP ROLE regress_loader_11;

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
</export>', '__FUTURE__', to_char(current_date + interval '6 years', 'YYYY-MM-DD')), 'h');
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-95", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "awards": [{"id": "A", "date": "0001-01-01", "value": {"amount": 10, "currency": "CAD"}, "suppliers": [{"id": "S"}]},
             {"id": "B", "date": "2025-06-01", "value": {"amount": 10, "currency": "EUR"}, "suppliers": [{"id": "S"}]}]}]}', 'h');
SELECT source_ref, purchased_on, amount, currency, amount_cad FROM purchases WHERE source = 'h' ORDER BY source_ref;
SELECT source_ref, field, replace(value, d.six, '<today + 6 years>') AS value,
       replace(replace(reason, d.six, '<today + 6 years>'), d.five, '<today + 5 years>') AS reason
FROM load_issues,
     LATERAL (SELECT to_char(current_date + interval '6 years', 'YYYY-MM-DD') AS six,
                     to_char(current_date + interval '5 years', 'YYYY-MM-DD') AS five) AS d
WHERE source = 'h' ORDER BY source_ref, field, reason;

-- The loaders run as their caller, whatever its search_path: operators of
-- a hostile schema are never used.
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.texteq(text, text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'hostile operator called'; END $$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.texteq);
SET search_path = hostile, cag_ovt, pg_catalog, public;
SELECT 'a'::text = 'a'::text;
SELECT load_seao_xml(bytes) FROM test_files WHERE kind ~ '^x';
SELECT load_ocds(convert_from(bytes, 'UTF8')::jsonb) FROM test_files WHERE kind ~ '^j';
SELECT load_ocds(bytes) FROM test_files WHERE kind ~ '^j';
SELECT load_ocds('{"releases": [{"ocid": "ocds-ec9k95-98", "id": "1", "date": "2026-01-05T00:00:00-05:00",
  "buyer": {"id": "B"}, "parties": [{"id": "B", "address": {"postalCode": "J1H 5N4"}}],
  "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}]}', 'hostile');
SET search_path = cag_ovt, public;
DROP SCHEMA hostile CASCADE;

DELETE FROM purchases WHERE source IN ('seao-xml', 'seao-ocds', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'hostile');
DELETE FROM known_parties WHERE learned;
SELECT count(*) AS left_over FROM purchases;
DELETE FROM load_issues;
DELETE FROM load_notices;
DELETE FROM tender_bids;
DROP FUNCTION seao_state(text), package(text[]), forget_ocid();
DROP TABLE test_files, releases;

--
-- SEAO open data: SEAO's region numbering and the parsers of the XML
-- exports and OCDS release packages (loading into purchases: seao_load).
--
-- The figures on the shipped samples were worked out independently by
-- test/seao/expected_figures.py (Python's own XML and JSON parsers).
--
SET search_path = cag_ovt, public;
-- The last day a purchase can be dated, five years after today, and the
-- next, which the tests write <today + 5 years> and <today + 5 years + 1 day>.
SELECT to_char(current_date + interval '5 years', 'YYYY-MM-DD') AS last_day,
       to_char(current_date + interval '5 years' + interval '1 day', 'YYYY-MM-DD') AS too_late \gset

-- SEAO's numbering: 1 to 9 as the official codes, then its own order;
-- 19 is outside Québec (NULL); there is no 10.
SELECT n AS seao, seao_region(n::text) AS region, region_code(seao_region(n::text)) AS code
FROM generate_series(1, 19) AS n
WHERE n <> 10
ORDER BY n;
SELECT seao_region(' 16 '), seao_region('06'), seao_region(NULL);
SELECT seao_region('10');
SELECT seao_region('0');
SELECT seao_region('20');
SELECT seao_region('1416');
SELECT seao_region('16,14');
SELECT seao_region('');
SELECT seao_region('Laval');

-- The January 2013 export (1,939 notices, 4,651 bidders), read the way
-- cag_ovt-load sends files: a large object, then its bytes.
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
SELECT kind, length(bytes) FROM test_files ORDER BY kind;

CREATE TABLE jan AS
SELECT p.* FROM test_files f, parse_seao_xml(f.bytes) p WHERE f.kind = 'xml';

-- Winners, purchases (positive amount), and the total, as the script
-- computed them: 2,101 winners (every notice has one), 1,958 purchases in
-- 1,841 notices, 644,147,036.24 $; 138 winners with a zero amount and 5
-- whose contract amount is their bid in a unit price or in points are not
-- purchases.
SELECT count(*) AS winners, count(DISTINCT notice) AS notices,
       count(amount) AS purchases, count(DISTINCT notice) FILTER (WHERE amount IS NOT NULL) AS in_notices,
       sum(amount) AS total, count(*) FILTER (WHERE amount IS NULL) AS not_purchases
FROM jan;
-- checksum: sum of cents times the bidder's position (153668567468)
SELECT sum(amount * 100 * split_part(source_ref, '/', 2)::integer)::bigint AS checksum FROM jan;
SELECT count(supplier_postal_code) AS with_postal_code, count(category) AS with_category,
       count(*) FILTER (WHERE ocid IS NOT NULL OR release_id IS NOT NULL) AS with_ocds_columns
FROM jan WHERE amount IS NOT NULL;

-- Every issue, by field: 56 postal codes that are not Canadian ones (ZIP
-- codes, GT1T 1Z3...), 1 delivery list "1416", 1 province "3", 9 amounts with digits
-- below the cent, 6 contract amounts beside a bid in a unit price or in
-- points, 143 winners that are not purchases.
SELECT i.field, count(*) FILTER (WHERE j.amount IS NOT NULL) AS on_purchases,
       count(*) FILTER (WHERE j.amount IS NULL) AS on_not_purchases
FROM jan j, unnest(j.issue_fields) AS i(field)
GROUP BY i.field ORDER BY i.field;
-- one of each kind, with its value and reason
SELECT DISTINCT ON (i.field, j.amount IS NULL) j.source_ref, j.amount, i.field, i.value, i.reason
FROM jan j, unnest(j.issue_fields, j.issue_values, j.issue_reasons) AS i(field, value, reason)
ORDER BY i.field, j.amount IS NULL, j.source_ref;
-- half a cent is rounded up; 0.888700 $/L, the bid itself, is no purchase
SELECT source_ref, amount, issue_values[1], issue_reasons[1] FROM jan
WHERE source_ref IN ('602330/1', '593022/1', '607202/1') ORDER BY source_ref;
-- a zero amount is reported, and only that
SELECT source_ref, amount, issue_fields, issue_values FROM jan WHERE source_ref = '608158/1';

-- Delivery regions through SEAO's numbering (16 is Lanaudière, 14
-- Laurentides...), per purchase: the script's table.
SELECT CASE WHEN delivery_regions = '{}' THEN 'outside Québec'
            WHEN delivery_regions IS NOT NULL THEN 'several'
            WHEN delivery_region IS NULL THEN 'none given'
            ELSE region_code(delivery_region) END AS delivery,
       count(*) AS purchases, sum(amount) AS amount
FROM jan WHERE amount IS NOT NULL
GROUP BY 1 ORDER BY 1;
-- several regions: kept in delivery_regions, delivery_region NULL
SELECT delivery_regions::text AS regions, count(*) AS purchases
FROM jan WHERE amount IS NOT NULL AND cardinality(delivery_regions) > 0
GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5;
SELECT count(DISTINCT delivery_regions) AS lists, count(*) AS purchases
FROM jan WHERE amount IS NOT NULL AND cardinality(delivery_regions) > 0;
SELECT source_ref, delivery_region, delivery_regions FROM jan WHERE source_ref = '582879/2';

-- A winner's columns, and the buyer's region from its postal code.
SELECT notice, source_ref, purchased_on, buyer, buyer_postal_code, buyer_region,
       delivery_region, supplier_name, supplier_province, supplier_postal_code,
       supplier_country, category, amount
FROM jan WHERE source_ref IN ('546669/8', '608481/1', '605749/1') ORDER BY source_ref;

-- The same file as text (the XML declaration is ignored) and as xml.
SELECT (SELECT count(*) FROM test_files f, parse_seao_xml(convert_from(f.bytes, 'UTF8')) p
        WHERE f.kind = 'xml' AND p.amount IS NOT NULL) AS as_text,
       (SELECT count(*) FROM test_files f, parse_seao_xml(convert_from(f.bytes, 'UTF8')::xml) p
        WHERE f.kind = 'xml' AND p.amount IS NOT NULL) AS as_xml,
       (SELECT count(*) FROM (SELECT p.* FROM test_files f, parse_seao_xml(convert_from(f.bytes, 'UTF8')) p
                              WHERE f.kind = 'xml'
                              EXCEPT ALL SELECT * FROM jan) AS d) AS differences;

-- The unit of a winner's bid (montantssoumisunite) says what its contract
-- amount (montantcontrat, in no stated unit) is: 00, 01, 02 dollars; 07 US
-- dollars (the amount is taken in USD); a unit price (03 $/KM, 04 $/L, 05
-- $EA, 06 $L, 09 $/TM, 10 $/h, 12 $/m³), a percentage (08) or points (11):
-- equal to the bid, the contract amount is that figure, not a purchase;
-- another figure is taken as a total, with an issue; an unknown code gives
-- an issue.  The award date must be from 1990 to five years after the load.
SELECT source_ref, purchased_on, amount, currency, amount_in_cad(amount, currency, purchased_on) AS cad,
       issue_fields,
       replace(replace(issue_values::text, :'too_late', '<today + 5 years + 1 day>'), :'last_day', '<today + 5 years>') AS issue_values,
       replace(replace(issue_reasons::text, :'too_late', '<today + 5 years + 1 day>'), :'last_day', '<today + 5 years>') AS issue_reasons
FROM parse_seao_xml(replace('<export>
<Avis><numeroseao>10</numeroseao><dateadjudication>2013-01-02</dateadjudication><fournisseurs>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>900</montantsoumis><montantssoumisunite>1</montantssoumisunite><montantcontrat>1000</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>0</montantsoumis><montantssoumisunite>0</montantssoumisunite><montantcontrat>1000</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>1000</montantsoumis><montantssoumisunite>07</montantssoumisunite><montantcontrat>1000</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>0.8887</montantsoumis><montantssoumisunite>4</montantssoumisunite><montantcontrat>0.888700</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>11.70</montantsoumis><montantssoumisunite>12</montantssoumisunite><montantcontrat>274960.41</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>74.75</montantsoumis><montantssoumisunite>8</montantssoumisunite><montantcontrat>74.75</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>2.5</montantsoumis><montantssoumisunite>08</montantssoumisunite><montantcontrat>50000</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>17.12</montantsoumis><montantssoumisunite>11</montantssoumisunite><montantcontrat>17.12</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>5</montantsoumis><montantssoumisunite>13</montantssoumisunite><montantcontrat>1000</montantcontrat></fournisseur>
 <fournisseur><adjudicataire>1</adjudicataire><montantssoumisunite>10</montantssoumisunite><montantcontrat>80</montantcontrat></fournisseur>
</fournisseurs></Avis>
<Avis><numeroseao>11</numeroseao><dateadjudication>2024-05-01</dateadjudication><fournisseurs>
 <fournisseur><adjudicataire>1</adjudicataire><montantsoumis>1000</montantsoumis><montantssoumisunite>7</montantssoumisunite><montantcontrat>1000</montantcontrat></fournisseur>
</fournisseurs></Avis>
<Avis><numeroseao>12</numeroseao><dateadjudication>0001-01-01</dateadjudication><fournisseurs>
 <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>1000</montantcontrat></fournisseur>
</fournisseurs></Avis>
<Avis><numeroseao>13</numeroseao><dateadjudication>1989-12-31</dateadjudication><fournisseurs>
 <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>1000</montantcontrat></fournisseur>
</fournisseurs></Avis>
<Avis><numeroseao>14</numeroseao><dateadjudication>__FUTURE__</dateadjudication><fournisseurs>
 <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>1000</montantcontrat></fournisseur>
</fournisseurs></Avis>
</export>', '__FUTURE__', :'too_late'))
ORDER BY notice::integer, source_ref;

-- Encodings: the bytes of a file follow its declaration; text is already
-- decoded, so its declaration is ignored.
SELECT buyer, supplier_name FROM parse_seao_xml(convert_to(
'<?xml version="1.0" encoding="iso-8859-1"?>
<export><Avis><numeroseao>1</numeroseao><organisme>Ville de Québec</organisme>
<dateadjudication>2013-01-02</dateadjudication><fournisseurs><fournisseur>
<nomorganisation>Entreprises Côté</nomorganisation><adjudicataire>1</adjudicataire>
<montantcontrat>10</montantcontrat></fournisseur></fournisseurs></Avis></export>', 'LATIN1'));
SELECT buyer FROM parse_seao_xml(
'<?xml version="1.0" encoding="iso-8859-1"?>
<export><Avis><numeroseao>1</numeroseao><organisme>Ville de Québec</organisme>
<dateadjudication>2013-01-02</dateadjudication><fournisseurs><fournisseur>
<adjudicataire>1</adjudicataire><montantcontrat>10</montantcontrat></fournisseur>
</fournisseurs></Avis></export>'::text);
-- a byte order mark, CDATA, character references, comments and elements
-- the reader does not know (skipped, whatever they hold)
SELECT notice, buyer, supplier_name, supplier_country, amount FROM parse_seao_xml(
'\xefbbbf'::bytea || convert_to(
'<export datedebut="2013-01-01"><!-- c --><Avis><numeroseao> 7 </numeroseao>
<organisme><![CDATA[A & B]]> &amp; C&#233;</organisme><autre><x>1</x><y/></autre>
<dateadjudication>2013-01-02</dateadjudication><fournisseurs><inconnu/><fournisseur>
<nomorganisation>X<!-- y -->Z</nomorganisation><pays xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
<adjudicataire>1</adjudicataire><montantcontrat>+1.5</montantcontrat></fournisseur></fournisseurs>
</Avis></export>', 'UTF8'));

-- Rules decided on small exports: several winners, a winner without an
-- amount or a date (not purchases), a negative amount, an amount beyond
-- numeric(16,2), 19 (outside Québec) alone or with regions, an empty list,
-- duplicates in a list, blank fields, a bad UNSPSC and NEQ.
SELECT source_ref, purchased_on, delivery_region, delivery_regions, supplier_neq, category,
       amount, issue_fields, issue_values
FROM parse_seao_xml(
'<export>
<Avis><numeroseao>10</numeroseao><dateadjudication>2013-01-02</dateadjudication>
 <regionlivraison>19</regionlivraison><unspscprincipale>72000001</unspscprincipale>
 <fournisseurs>
  <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>5</montantcontrat><neq>1149222300</neq></fournisseur>
  <fournisseur><adjudicataire>0</adjudicataire><montantcontrat>7</montantcontrat></fournisseur>
  <fournisseur><adjudicataire> 1 </adjudicataire><montantcontrat> </montantcontrat></fournisseur>
  <fournisseur><adjudicataire>1</adjudicataire></fournisseur>
  <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>-5</montantcontrat></fournisseur>
  <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>100000000000000</montantcontrat></fournisseur>
  <fournisseur><adjudicataire>1</adjudicataire><montantcontrat>99999999999999.99</montantcontrat><neq>1149222301</neq></fournisseur>
 </fournisseurs></Avis>
<Avis><numeroseao>11</numeroseao><dateadjudication> </dateadjudication><regionlivraison>6,19, 6</regionlivraison>
 <fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>5</montantcontrat></fournisseur></fournisseurs></Avis>
<Avis><numeroseao>12</numeroseao><dateadjudication>2013-01-02 10:30</dateadjudication><regionlivraison>6,,3</regionlivraison>
 <unspscprincipale> </unspscprincipale>
 <fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>5</montantcontrat>
 <codepostal> </codepostal><province/><pays>  </pays><nomorganisation> </nomorganisation></fournisseur></fournisseurs></Avis>
<Avis><numeroseao>13</numeroseao><dateadjudication>2013-01-02</dateadjudication><regionlivraison>6, 6</regionlivraison>
 <fournisseurs/></Avis>
</export>'::text)
ORDER BY notice, source_ref;

-- A malformed file fails as a whole, saying what and where.
SELECT * FROM parse_seao_xml('not xml at all'::text);
SELECT * FROM parse_seao_xml(''::text);
SELECT * FROM parse_seao_xml(E' \n '::bytea);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>1</numeroseao></Avis>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>1</numeroseao></Avis></export><export/>'::text);
SELECT * FROM parse_seao_xml('<contrats><contrat/></contrats>'::text);
SELECT * FROM parse_seao_xml('<export><Contrat><numeroseao>1</numeroseao></Contrat></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><organisme>A</organisme></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>1</numeroseao><numeroseao>2</numeroseao></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>1</numeroseao><fournisseurs/><fournisseurs/></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>A-1</numeroseao></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>1</numeroseao><organisme><b>Ville</b></organisme></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export>
<Avis><numeroseao>5</numeroseao><dateadjudication>2013-01-02</dateadjudication><fournisseurs>
<fournisseur><adjudicataire>1</adjudicataire><montantcontrat>1</montantcontrat></fournisseur>
<fournisseur><adjudicataire>1</adjudicataire><montantcontrat>12,5</montantcontrat></fournisseur>
</fournisseurs></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>5</numeroseao><dateadjudication>2013-02-30</dateadjudication>
<fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>1</montantcontrat></fournisseur></fournisseurs></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>5</numeroseao><fournisseurs>
<fournisseur><nomorganisation>A</nomorganisation></fournisseur></fournisseurs></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>5</numeroseao><fournisseurs>
<fournisseur><adjudicataire>oui</adjudicataire></fournisseur></fournisseurs></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export><Avis><numeroseao>5</numeroseao><fournisseurs>
<fournisseur><adjudicataire>1</adjudicataire><adjudicataire>1</adjudicataire></fournisseur></fournisseurs></Avis></export>'::text);
-- no entity of a DOCTYPE is expanded, no external one fetched
SELECT * FROM parse_seao_xml('<!DOCTYPE export [<!ENTITY e "x">]><export><Avis><numeroseao>&e;</numeroseao></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<!DOCTYPE export SYSTEM "/etc/passwd"><export><Avis><numeroseao>1</numeroseao><organisme>&x;</organisme></Avis></export>'::text);
-- bytes that are not in the declared encoding
SELECT * FROM parse_seao_xml('\x3c6578706f72743ec33c2f6578706f72743e'::bytea);
-- The reader's own scanner reads plain XML; from the first thing it does
-- not (a name that is not ASCII, a carriage return alone, an entity of a
-- DOCTYPE, an error), libxml2 reads the whole document again: each notice
-- comes out once, and an error is libxml2's, at the same line.
SELECT notice, source_ref, buyer, supplier_name, amount FROM parse_seao_xml(
'<export><Avis><numeroseao>1</numeroseao><organisme>A &#x26; B</organisme>
<dateadjudication>2013-01-02</dateadjudication><fournisseurs><fournisseur>
<nomorganisation>X</nomorganisation><adjudicataire>1</adjudicataire><montantcontrat>1</montantcontrat>
</fournisseur></fournisseurs></Avis>
<Avis><numeroseao>2</numeroseao><organisme>C' || chr(13) || 'D</organisme><résumé>é</résumé>
<dateadjudication>2013-01-02</dateadjudication><fournisseurs><fournisseur>
<nomorganisation>Y</nomorganisation><adjudicataire>1</adjudicataire><montantcontrat>2</montantcontrat>
</fournisseur></fournisseurs></Avis>
<Avis><numeroseao>3</numeroseao><dateadjudication>2013-01-02</dateadjudication><fournisseurs><fournisseur>
<nomorganisation>Z</nomorganisation><adjudicataire>1</adjudicataire><montantcontrat>3</montantcontrat>
</fournisseur></fournisseurs></Avis></export>'::text)
ORDER BY notice;
SELECT * FROM parse_seao_xml('<export>
<Avis><numeroseao>1</numeroseao></Avis>
<Avis><numeroseao>2</numeroseao>
<organisme>A</organismes></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export>
<Avis><numeroseao>1</numeroseao></Avis>
<Avis><numeroseao>2</numeroseao><organisme>A &eacute;</organisme></Avis></export>'::text);
SELECT * FROM parse_seao_xml('<export>
<Avis><numeroseao>1</numeroseao></Avis>

<Avis><numeroseao>2</numeroseao><numeroseao>3</numeroseao></Avis></export>'::text);
-- NULL in, nothing out
SELECT count(*) FROM parse_seao_xml(NULL::text);

-- The OCDS weekly package (4 releases): 3 awards, 3 purchases; the release
-- with only a tender (no awards) says nothing about purchases.
CREATE TABLE week AS
SELECT p.* FROM test_files f, parse_ocds(convert_from(f.bytes, 'UTF8')::jsonb) p WHERE f.kind = 'json';
SELECT notice, ocid, release_id, release_date, ordinal, source_ref, purchased_on, buyer,
       buyer_postal_code, supplier_name, supplier_neq, supplier_province,
       supplier_postal_code, supplier_country, category, amount, issue_fields
FROM week ORDER BY ordinal;
SELECT description FROM week WHERE ordinal = 4;

-- Award rules on hand-made releases: the contract's amount (a terminated
-- contract's final one) and signature date, several contracts, a cancelled
-- contract or award, an award shared by two suppliers, another currency,
-- an award without amount, date or supplier, a supplier missing from the
-- parties, invalid NEQ, postal code and UNSPSC, numbers as ids.
SELECT source_ref, purchased_on, buyer, supplier_name, supplier_neq, supplier_postal_code,
       category, amount, issue_fields, issue_values, issue_reasons
FROM parse_ocds('{"releases": [
 {"ocid": "ocds-ec9k95-1", "id": "r1", "date": "2025-01-02T10:00:00-05:00",
  "buyer": {"id": "B", "name": "Ville"},
  "parties": [{"id": "B", "name": "Ville", "address": {"postalCode": "J1H 5N4"}},
              {"id": "S1", "name": "Un", "details": {"neq": 1149222300}, "address": {"postalCode": "H2X1Y4", "region": "QC", "countryName": "Canada"}},
              {"id": "S2", "name": "Deux", "details": {"neq": "1149222301"}, "address": {"postalCode": "12345"}}],
  "tender": {"title": "Travaux", "items": [{"classification": {"scheme": "CPV", "id": "1"}},
                                          {"classification": {"scheme": "unspsc", "id": "72000000"}}]},
  "awards": [
   {"id": "A1", "status": "active", "date": "2025-01-01T00:00:00-05:00", "value": {"amount": 100, "currency": "CAD"},
    "suppliers": [{"id": "S1"}]},
   {"id": 2, "date": "2025-01-01", "value": {"amount": 100.01},
    "suppliers": [{"id": "S1"}, {"id": "S2", "name": "Deux (attribution)"}],
    "items": [{"classification": {"scheme": "UNSPSC", "id": "5010"}}]},
   {"id": "A3", "status": "cancelled", "value": {"amount": 5}, "suppliers": [{"id": "S1"}]},
   {"id": "A4", "value": {"amount": 5, "currency": "USD"}, "date": "2025-01-01", "suppliers": [{"id": "S1"}]},
   {"id": "A5", "date": "2025-01-01", "suppliers": [{"id": "S1"}]},
   {"id": "A6", "value": {"amount": 5}, "suppliers": [{"id": "S1"}]},
   {"id": "A7", "value": {"amount": 5}, "date": "2025-01-01", "suppliers": []},
   {"id": "A8", "value": {"amount": 5}, "date": "2025-01-01", "suppliers": [{"id": "S9", "name": "Absent"}, {"name": "Sans id"}]},
   {"id": "A9", "value": {"amount": 5}, "date": "2025-01-01", "suppliers": [{"id": "S1"}]},
   {"id": "A10", "value": {"amount": 5}, "date": "2025-01-01", "suppliers": [{"id": "S1"}]}],
  "contracts": [
   {"awardID": "A1", "status": "terminated", "value": {"amount": 80.555}, "dateSigned": "2025-01-10T00:00:00-05:00"},
   {"awardID": "A9", "status": "active", "value": {"amount": 3}, "dateSigned": "2025-03-01T00:00:00-05:00"},
   {"awardID": "A9", "status": "active", "value": {"amount": 4}, "dateSigned": "2025-02-01T00:00:00-05:00"},
   {"awardID": "A10", "status": "cancelled", "value": {"amount": 4}}]}]}'::jsonb)
ORDER BY source_ref;

-- Amounts in a currency and dates: the currency of value.currency (USD
-- converted with exchange_rates by the purchases' trigger; no rate, or an
-- uncertain one: an issue, and the purchase counts with no amount in
-- dollars), contracts in two currencies (not added), a currency that is no
-- ISO code; an amount beyond the largest stays so whatever the next
-- contract says (1.1 loaded 1e15 then 100 as 100.00); a date before 1990
-- (the 0001-01-01 placeholder) or more than five years after the load is
-- left out: another contract's date serves, else no purchase.
SELECT source_ref, purchased_on, amount, currency, amount_in_cad(amount, currency, purchased_on) AS cad,
       issue_fields,
       replace(replace(issue_values::text, :'too_late', '<today + 5 years + 1 day>'), :'last_day', '<today + 5 years>') AS issue_values,
       replace(replace(issue_reasons::text, :'too_late', '<today + 5 years + 1 day>'), :'last_day', '<today + 5 years>') AS issue_reasons
FROM parse_ocds(replace('{"releases": [
 {"ocid": "ocds-ec9k95-2", "id": "r1", "date": "2025-01-02T10:00:00-05:00",
  "parties": [{"id": "S1", "name": "Un"}],
  "awards": [
   {"id": "U1", "value": {"amount": 1000, "currency": "USD"}, "date": "2016-03-01", "suppliers": [{"id": "S1"}]},
   {"id": "U2", "value": {"amount": 1000, "currency": "usd"}, "date": "2024-03-01", "suppliers": [{"id": "S1"}]},
   {"id": "U3", "value": {"amount": 1000, "currency": "EUR"}, "date": "2016-03-01", "suppliers": [{"id": "S1"}]},
   {"id": "U4", "date": "2016-03-01", "suppliers": [{"id": "S1"}]},
   {"id": "U5", "value": {"amount": 1000, "currency": "CAD$"}, "date": "2016-03-01", "suppliers": [{"id": "S1"}]},
   {"id": "Q1", "date": "2016-03-01", "suppliers": [{"id": "S1"}]},
   {"id": "D1", "value": {"amount": 10, "currency": "CAD"}, "date": "0001-01-01", "suppliers": [{"id": "S1"}]},
   {"id": "D2", "value": {"amount": 10, "currency": "CAD"}, "date": "0001-01-01", "suppliers": [{"id": "S1"}]},
   {"id": "D3", "value": {"amount": 10, "currency": "CAD"}, "date": "1989-12-31", "suppliers": [{"id": "S1"}]},
   {"id": "D4", "value": {"amount": 10, "currency": "CAD"}, "date": "__FUTURE__", "suppliers": [{"id": "S1"}]},
   {"id": "D5", "value": {"amount": 10, "currency": "CAD"}, "date": "1990-01-01", "suppliers": [{"id": "S1"}]}],
  "contracts": [
   {"awardID": "U4", "value": {"amount": 100, "currency": "CAD"}},
   {"awardID": "U4", "value": {"amount": 100, "currency": "USD"}},
   {"awardID": "Q1", "value": {"amount": 1e15, "currency": "CAD"}},
   {"awardID": "Q1", "value": {"amount": 100, "currency": "CAD"}},
   {"awardID": "D2", "value": {"amount": 10, "currency": "CAD"}, "dateSigned": "0001-01-01T00:00:00-05:00"},
   {"awardID": "D2", "value": {"amount": 5, "currency": "CAD"}, "dateSigned": "2016-02-01T00:00:00-05:00"}]}]}',
   '__FUTURE__', :'too_late')::jsonb)
ORDER BY source_ref;
-- the last day a date can be: five years after today
SELECT count(*) AS purchases
FROM parse_ocds(replace('{"releases": [{"ocid": "ocds-ec9k95-3", "id": "r1", "date": "2025-01-02T10:00:00-05:00",
  "awards": [{"id": "A", "value": {"amount": 1, "currency": "CAD"}, "date": "__LAST__", "suppliers": [{"id": "S"}]}]}]}',
  '__LAST__', :'last_day')::jsonb)
WHERE amount IS NOT NULL;

-- Another publisher's OCID stays whole in the references.
SELECT notice, source_ref FROM parse_ocds('{"releases": [{"ocid": "ocds-abc123-5", "id": "1",
  "date": "2025-01-01T00:00:00Z", "awards": [{"id": "a", "value": {"amount": 1}, "date": "2025-01-01",
  "suppliers": [{"id": "s"}]}]}]}');

-- A malformed package fails as a whole.
SELECT * FROM parse_ocds('[]');
SELECT * FROM parse_ocds('"releases"');
SELECT * FROM parse_ocds('{"uri": "x"}');
SELECT * FROM parse_ocds('{"records": []}');
SELECT * FROM parse_ocds('{"releases": {}}');
SELECT * FROM parse_ocds('{"releases": [1]}');
SELECT * FROM parse_ocds('{"releases": [{"id": "1", "date": "2025-01-01T00:00:00Z"}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "date": "2025-01-01T00:00:00Z"}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1"}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01"}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-13-01T00:00:00Z"}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z", "awards": {}}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z",
  "awards": [{"id": "a", "value": {"amount": "12.50"}, "date": "2025-01-01", "suppliers": [{"id": "s"}]}]}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z",
  "awards": [{"value": {"amount": 1}}]}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z",
  "awards": [{"id": "a", "value": {"amount": 1}, "date": "le 1er janvier", "suppliers": [{"id": "s"}]}]}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z",
  "awards": [{"id": "a", "value": {"amount": 1}, "date": "2025-01-01", "suppliers": [{"id": "s"}, {"id": "s"}]}]}]}');
SELECT * FROM parse_ocds('{"releases": [{"ocid": "o", "id": "1", "date": "2025-01-01T00:00:00Z",
  "parties": [{"id": "s", "roles": "supplier"}], "awards": []}]}');
SELECT count(*) FROM parse_ocds(NULL);

DROP TABLE test_files, jan, week;

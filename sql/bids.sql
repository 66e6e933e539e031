--
-- cag_ovt.tender_bids: every bidder of a SEAO notice, its procedure, bid, unit,
-- conformity and whether it won, located and classed by the purchases'
-- trigger; competition_indicators over them; every bad input of the bids'
-- own fields.  The January 2013 export's figures are checked against an
-- independent reading of the XML by test/t/009_bids.pl.
--
SET search_path = cag_ovt, public;

-- tender_bids.notice keeps one most common value in its statistics (the
-- loaders' "notice = ANY" of a file's notices plans without comparing each
-- with a list: src/bids.sql); the other columns the default.  The notice's
-- identity compares byte for byte.
-- (the default: -1 before PostgreSQL 17, NULL since)
SELECT attname, CASE WHEN attstattarget >= 0 THEN attstattarget::text ELSE 'default' END AS statistics,
       attcollation::regcollation AS collation FROM pg_attribute
WHERE attrelid = 'cag_ovt.tender_bids'::regclass AND attname IN ('notice', 'format', 'bidder')
ORDER BY attnum;

-- A notice of an export: its type, dates and bidders (each given as the
-- XML of its fields besides the name and winner flag).
CREATE FUNCTION test_export(notice text, type text, bidders text[],
                            published text DEFAULT '2013-01-02 10:00',
                            closing text DEFAULT '2013-01-10 11:00',
                            regions text DEFAULT '4')
    RETURNS text LANGUAGE sql
RETURN '<export datedebut="2013-01-01" datefin="2013-01-31"><Avis><numeroseao>' || notice
    || '</numeroseao><organisme>Ville de Trois-Rivières</organisme><codepostal>G9A 5H3</codepostal>'
    || coalesce('<type>' || type || '</type>', '')
    || coalesce('<datepublication>' || published || '</datepublication>', '')
    || coalesce('<datefermeture>' || closing || '</datefermeture>', '')
    || '<dateadjudication>2013-01-20</dateadjudication><regionlivraison>' || regions
    || '</regionlivraison><fournisseurs>'
    || (SELECT string_agg('<fournisseur><nomorganisation>Soumissionnaire ' || o
                          || '</nomorganisation><adjudicataire>' || CASE WHEN o = 1 THEN 1 ELSE 0 END
                          || '</adjudicataire><montantcontrat>' || CASE WHEN o = 1 THEN '1000.00' ELSE '0' END
                          || '</montantcontrat>' || b || '</fournisseur>', '' ORDER BY o)
        FROM unnest(bidders) WITH ORDINALITY AS x(b, o))
    || '</fournisseurs></Avis></export>';

-- An open call for tenders with three bidders: one of the region
-- (Trois-Rivières, Mauricie), one of Montréal, one of Ontario; a unit
-- price, US dollars, conformity known or not.
SELECT load_seao_xml(test_export('900001', '3', ARRAY[
    '<ville>Trois-Rivières</ville><province>QC</province><pays>CAN</pays><codepostal>G9A 1A1</codepostal><montantsoumis>1000.000000</montantsoumis><montantssoumisunite>1</montantssoumisunite><conforme>1</conforme><admissible>1</admissible>',
    '<ville>Montréal</ville><province>QC</province><codepostal>H2X 1Y4</codepostal><montantsoumis>2.125000</montantsoumis><montantssoumisunite>03</montantssoumisunite><conforme>0</conforme><admissible>1</admissible>',
    '<ville>Ottawa</ville><province>ON</province><pays>CAN</pays><codepostal>K1A 0B1</codepostal><montantsoumis> 1500 </montantsoumis><montantssoumisunite>07</montantssoumisunite><conforme /><admissible></admissible>']), 'regress-bids');
SELECT notice, format, bidder, source, procedure, notice_type, supplier_name, supplier_city,
       supplier_postal_code, supplier_region, supplier_located_by, amount_bid, unit, currency,
       conforming, admissible, is_winner, published_on, closes_on, purchased_on,
       buyer_region, delivery_region, class
FROM tender_bids ORDER BY notice, bidder;

-- The other procedures: by invitation (10, 14), sole source (9), and a
-- type that is no contract's procedure (NULL, its type kept); no type, no
-- dates, no unit: NULL, and dollars.
SELECT load_seao_xml(test_export('900002', '10', ARRAY['<codepostal>G9A 1A1</codepostal>']), 'regress-bids');
SELECT load_seao_xml(test_export('900003', '14', ARRAY['<codepostal>G9A 1A1</codepostal>', '<codepostal>H2X 1Y4</codepostal>']), 'regress-bids');
SELECT load_seao_xml(test_export('900004', ' 9 ', ARRAY['<codepostal>H2X 1Y4</codepostal>']), 'regress-bids');
SELECT load_seao_xml(test_export('900005', '16', ARRAY['<montantsoumis>10</montantsoumis><montantssoumisunite>99</montantssoumisunite>']), 'regress-bids');
SELECT load_seao_xml(test_export('900006', NULL, ARRAY['<montantsoumis>5</montantsoumis><montantssoumisunite>00</montantssoumisunite>'], NULL, NULL), 'regress-bids');
SELECT load_seao_xml(test_export('900007', '3', ARRAY['<montantsoumis>7</montantsoumis><montantssoumisunite />'], '', '  ', '4,6'), 'regress-bids');
-- a figure with more decimals than the column keeps: rounded to 6, as an
-- INSERT rounds it
SELECT load_seao_xml(test_export('900008', '3', ARRAY['<montantsoumis>0.1234567</montantsoumis><montantssoumisunite>04</montantssoumisunite>']), 'regress-bids');
SELECT notice, bidder, procedure, notice_type, amount_bid, unit, currency, published_on, closes_on,
       delivery_region, delivery_regions, class
FROM tender_bids WHERE notice > '900001' ORDER BY notice, bidder;

-- The indicators of these notices: Mauricie's open calls are one of 3 bids
-- (1 of the region, which won; 1 of elsewhere in Québec; 1 outside Québec)
-- and one of a single bidder not located; the invitations have 1 and 2
-- bids, the sole source 1 (not a call for tenders).
SELECT fiscal_year_label, region_code, region_name, procedure, notice_count, bid_count, bids_per_notice,
       single_bid_notice_count, competitive_notice_count, competitive_single_bid_count, single_bid_share,
       quebec_bid_count, located_bid_count, quebec_bid_share, regional_bid_count, region_known_bid_count,
       regional_bid_share, regional_win_count, regional_win_rate, other_region_bid_count,
       other_region_win_count, other_region_win_rate, unlocated_bid_count, location_coverage
FROM competition_indicators ORDER BY region_code, procedure;

-- A reload changes nothing; a notice whose bidders changed in the file
-- gets the bids of the file, never twice.
SELECT load_seao_xml(test_export('900001', '3', ARRAY['<codepostal>G9A 1A1</codepostal>']), 'regress-bids');
SELECT notice, count(*), max(bidder) FROM tender_bids GROUP BY notice ORDER BY notice;
SELECT load_seao_xml(test_export('900001', '3', ARRAY['<codepostal>G9A 1A1</codepostal>']), 'regress-bids');
SELECT count(*) FROM tender_bids WHERE notice = '900001';

-- Bad input: the export is malformed (22P02 or, for XML syntax, 2200M),
-- nothing of it is loaded.
SELECT load_seao_xml(test_export('900010', 'trois', ARRAY['<codepostal>G9A 1A1</codepostal>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '-3', ARRAY['<codepostal>G9A 1A1</codepostal>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<montantsoumis>12,50</montantsoumis>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<montantsoumis>1e6</montantsoumis>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<montantsoumis>100000000000000000</montantsoumis>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<conforme>oui</conforme>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<admissible>2</admissible>']), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<codepostal>G9A 1A1</codepostal>'], '2013-02-30'), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<codepostal>G9A 1A1</codepostal>'], '2013-01-02', 'demain'), 'regress-bids');
SELECT load_seao_xml(test_export('900010', '3', ARRAY['<conforme><b>1</b></conforme>']), 'regress-bids');
SELECT count(*) FROM tender_bids WHERE notice = '900010';
-- A bidder's field that is not one (postal code, NEQ): NULL in the bid,
-- as in the purchase, whose load_issues says why.
SELECT load_seao_xml(test_export('900011', '3', ARRAY['<codepostal>ZZZ</codepostal><neq>123</neq><montantsoumis>1</montantsoumis>']), 'regress-bids');
SELECT supplier_postal_code, supplier_neq, amount_bid FROM tender_bids WHERE notice = '900011';
SELECT field, value FROM load_issues WHERE source_ref = '900011/1' ORDER BY field;

-- Every value a bid loads NULL is an issue, under the bid's reference
-- (XML: the notice and the bidder's position, a purchase's reference):
-- losing bidders' invalid postal code, NEQ and province; the winner's
-- (a purchase) once, as its purchase's; a winner left out (its contract
-- amount is its unit-price bid) has why, and its values.
SELECT load_seao_xml(test_export('900012', '3', ARRAY[
    '<codepostal>ZZZ</codepostal>',
    '<codepostal>G9A 1A</codepostal><neq>1149222300</neq>',
    '<codepostal>G9A 1A1</codepostal><neq>12345</neq>',
    '<province>-1</province><codepostal>G9A 1A1</codepostal>',
    '<codepostal>H2X 1Y4</codepostal>']), 'regress-bids')
     + load_seao_xml(test_export('900013', '3', ARRAY[
    '<codepostal>K1A</codepostal><montantsoumis>1000.00</montantsoumis><montantssoumisunite>03</montantssoumisunite>']), 'regress-bids');
SELECT source_ref, field, value, reason FROM load_issues
WHERE source_ref LIKE '90001_/%' ORDER BY source_ref, field;
SELECT notice, bidder, is_winner, supplier_postal_code, supplier_neq, supplier_province
FROM tender_bids WHERE notice IN ('900012', '900013') ORDER BY notice, bidder;
SELECT notice, source_refs FROM load_notices WHERE notice IN ('900012', '900013') ORDER BY notice;
-- loaded again, under the same source or another: nothing added
SELECT count(*) AS issues_before, max(issue_id) AS max_issue_before FROM load_issues \gset
SELECT load_seao_xml(test_export('900012', '3', ARRAY[
    '<codepostal>ZZZ</codepostal>',
    '<codepostal>G9A 1A</codepostal><neq>1149222300</neq>',
    '<codepostal>G9A 1A1</codepostal><neq>12345</neq>',
    '<province>-1</province><codepostal>G9A 1A1</codepostal>',
    '<codepostal>H2X 1Y4</codepostal>']), source)
FROM unnest(ARRAY['regress-bids', 'regress-bids-other']) AS source;
SELECT count(*) = :issues_before AS same_count, max(issue_id) = :max_issue_before AS same_ids,
       count(*) FILTER (WHERE source = 'regress-bids-other') AS other_source
FROM load_issues;
-- a new version of the notice replaces them, bids' and purchase's alike
-- (under the source of the load that wrote it): bidder 2's postal code
-- corrected, bidder 3 gone (4 and 5 move up)
SELECT load_seao_xml(test_export('900012', '3', ARRAY[
    '<codepostal>ZZZ</codepostal>',
    '<codepostal>G9A 1A1</codepostal><neq>1149222300</neq>',
    '<province>-1</province><codepostal>G9A 1A1</codepostal>',
    '<codepostal>H2X 1Y4</codepostal>']), 'regress-bids-other');
SELECT source, source_ref, field, value FROM load_issues
WHERE source_ref LIKE '900012/%' ORDER BY source_ref, field;
SELECT notice, source, source_refs FROM load_notices WHERE notice = '900012';
-- loaded without the bids, the same notice is unchanged, keeps its bids
-- and their issues and references (from an export whose period ends
-- later: its version is recorded), so that a new version with the bids
-- still replaces them: bidder 3's province corrected
SELECT load_seao_xml(replace(test_export('900012', '3', ARRAY[
    '<codepostal>ZZZ</codepostal>',
    '<codepostal>G9A 1A1</codepostal><neq>1149222300</neq>',
    '<province>-1</province><codepostal>G9A 1A1</codepostal>',
    '<codepostal>H2X 1Y4</codepostal>']), '2013-01-31', '2013-02-28'), 'regress-bids-other', bids => false);
SELECT notice, source, source_refs, export_end FROM load_notices WHERE notice = '900012';
SELECT count(*) AS bids, (SELECT count(*) FROM load_issues WHERE source_ref LIKE '900012/%') AS issues
FROM tender_bids WHERE notice = '900012';
SELECT load_seao_xml(replace(test_export('900012', '3', ARRAY[
    '<codepostal>ZZZ</codepostal>',
    '<codepostal>G9A 1A1</codepostal><neq>1149222300</neq>',
    '<province>QC</province><codepostal>G9A 1A1</codepostal>',
    '<codepostal>H2X 1Y4</codepostal>']), '2013-01-31', '2013-03-31'), 'regress-bids-other');
SELECT source, source_ref, field, value FROM load_issues
WHERE source_ref LIKE '900012/%' ORDER BY source_ref, field;

-- What makes a notice changed (load_notices.digest): any field of any of
-- its bids, a bidder's place, its notice's texts and dates; the same
-- content, loaded again under another source, is unchanged (0 purchases
-- written), and a load without the bids finds unchanged a notice loaded
-- with them.
CREATE TEMPORARY TABLE digest_bidders AS
SELECT ARRAY['<codepostal>G9A 1A1</codepostal><montantsoumis>1000</montantsoumis>',
             '<ville>Montréal</ville><codepostal>H2X 1Y4</codepostal><montantsoumis>1100</montantsoumis><conforme>1</conforme>',
             '<codepostal>K1A 0B1</codepostal><montantsoumis>1200</montantsoumis>'] AS b;
CREATE TEMPORARY VIEW digest_notice AS
SELECT digest, (SELECT string_agg(bidder || ':' || coalesce(amount_bid::text, '-') || ':' || coalesce(conforming::text, '-'),
                                  ' ' ORDER BY bidder) FROM tender_bids WHERE notice = '900040') AS bids
FROM load_notices WHERE notice = '900040';
CREATE TEMPORARY TABLE digest_seen (ord serial, variant text, loaded bigint, digest bigint, bids text);
CREATE FUNCTION pg_temp.digest_load(variant text, doc text, with_bids boolean DEFAULT true)
    RETURNS void LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO digest_seen (variant, loaded)
    VALUES (variant, cag_ovt.load_seao_xml(doc, 'regress-digest-' || variant, with_bids));
    UPDATE digest_seen s SET digest = d.digest, bids = d.bids FROM digest_notice d
    WHERE s.ord = (SELECT max(ord) FROM digest_seen);
END;
SELECT pg_temp.digest_load('base', test_export('900040', '3', b)) FROM digest_bidders;
SELECT pg_temp.digest_load('again', test_export('900040', '3', b)) FROM digest_bidders;
SELECT pg_temp.digest_load('again without the bids', test_export('900040', '3', b), false) FROM digest_bidders;
SELECT pg_temp.digest_load('bid 3 amount', test_export('900040', '3', ARRAY[b[1], b[2], replace(b[3], '1200', '1250')])) FROM digest_bidders;
SELECT pg_temp.digest_load('bid 2 conforming', test_export('900040', '3', ARRAY[b[1], replace(b[2], '<conforme>1', '<conforme>0'), replace(b[3], '1200', '1250')])) FROM digest_bidders;
SELECT pg_temp.digest_load('bids 2 and 3 swapped', test_export('900040', '3', ARRAY[b[1], replace(b[3], '1200', '1250'), replace(b[2], '<conforme>1', '<conforme>0')])) FROM digest_bidders;
SELECT pg_temp.digest_load('bid 3 city', test_export('900040', '3', ARRAY[b[1], replace(b[3], '1200', '1250'), replace(replace(b[2], '<conforme>1', '<conforme>0'), 'Montréal', 'Laval')])) FROM digest_bidders;
SELECT pg_temp.digest_load('closing date', test_export('900040', '3', ARRAY[b[1], replace(b[3], '1200', '1250'), replace(replace(b[2], '<conforme>1', '<conforme>0'), 'Montréal', 'Laval')], closing => '2013-01-11 11:00')) FROM digest_bidders;
SELECT pg_temp.digest_load('type', test_export('900040', '14', ARRAY[b[1], replace(b[3], '1200', '1250'), replace(replace(b[2], '<conforme>1', '<conforme>0'), 'Montréal', 'Laval')], closing => '2013-01-11 11:00')) FROM digest_bidders;
SELECT pg_temp.digest_load('the first again', test_export('900040', '3', b)) FROM digest_bidders;
SELECT pg_temp.digest_load('without the bids', test_export('900040', '3', b), false) FROM digest_bidders;
SELECT pg_temp.digest_load('winner amount, without the bids', replace(test_export('900040', '3', b), '1000.00', '1001.00'), false) FROM digest_bidders;
SELECT variant, loaded, digest = first_value(digest) OVER (ORDER BY ord) AS digest_as_first,
       digest = lag(digest) OVER (ORDER BY ord) AS digest_as_before,
       count(*) OVER (PARTITION BY digest) AS variants_with_digest, bids
FROM digest_seen ORDER BY ord;

-- The table's own checks, for rows inserted by hand; the trigger classes
-- them as it classes purchases.
INSERT INTO tender_bids (notice, format, bidder, is_winner, procedure) VALUES ('1', 'xml', 1, false, 'negotiated');
INSERT INTO tender_bids (notice, format, bidder, is_winner) VALUES ('1', 'csv', 1, false);
INSERT INTO tender_bids (notice, format, bidder, is_winner) VALUES ('1', 'xml', 0, false);
INSERT INTO tender_bids (notice, format, bidder, is_winner, currency) VALUES ('1', 'xml', 1, false, 'cad');
INSERT INTO tender_bids (notice, format, bidder, is_winner, amount_bid) VALUES ('1', 'xml', 1, false, 'NaN');
INSERT INTO tender_bids (notice, format, bidder) VALUES ('1', 'xml', 1);
INSERT INTO tender_bids (notice, format, bidder, is_winner, supplier_postal_code, delivery_region, purchased_on)
VALUES ('1', 'xml', 1, true, 'J1H 2R3', '05', '2022-01-01') RETURNING supplier_region, supplier_located_by, class;
INSERT INTO tender_bids (notice, format, bidder, is_winner) VALUES ('1', 'xml', 1, true);
-- a region given (set by an UPDATE) is kept, as for purchases; NULL has
-- it found again
UPDATE tender_bids SET supplier_region = '06' WHERE notice = '1' RETURNING supplier_region, supplier_located_by, class;
UPDATE tender_bids SET supplier_name = 'X' WHERE notice = '1' RETURNING supplier_region, supplier_located_by, class;
UPDATE tender_bids SET supplier_region = NULL WHERE notice = '1' RETURNING supplier_region, supplier_located_by, class;

-- A role that may load purchases but not write bids (as under 1.1): the
-- purchases load, the bids do not, with a WARNING.
CREATE ROLE bids_loader;
GRANT USAGE ON SCHEMA cag_ovt TO bids_loader;
GRANT SELECT, INSERT, UPDATE, DELETE ON purchases, load_issues, load_notices, known_parties TO bids_loader;
GRANT SELECT ON tender_bids TO bids_loader;
SET ROLE bids_loader;
SELECT load_seao_xml(test_export('900020', '3', ARRAY['<codepostal>G9A 1A1</codepostal>']), 'regress-bids');
RESET ROLE;
SELECT (SELECT count(*) FROM purchases WHERE source_ref = '900020/1') AS purchases,
       (SELECT count(*) FROM tender_bids WHERE notice = '900020') AS bids;
DROP OWNED BY bids_loader;
DROP ROLE bids_loader;

-- Loading without the bids (bids => false): no bid is written and the
-- purchases are those of a load with the bids, to the last column; a load
-- with the bids then finds the notice changed (its bids were never
-- written) and writes them; a load without them finds it unchanged and
-- keeps them; a new version loaded without them loses the old version's.
CREATE TEMPORARY TABLE nobids_export AS
SELECT test_export('900030', '3', ARRAY[
    '<ville>Trois-Rivières</ville><codepostal>G9A 1A1</codepostal><montantsoumis>900</montantsoumis>',
    '<ville>Montréal</ville><codepostal>H2X 1Y4</codepostal><montantsoumis>950</montantsoumis>']) AS v1,
       test_export('900030', '3', ARRAY['<codepostal>G9A 1A1</codepostal>'], '2013-01-03 10:00') AS v2;
CREATE TEMPORARY VIEW nobids_purchases AS
SELECT to_jsonb(p) - 'purchase_id' AS purchase FROM purchases p WHERE source = 'regress-nobids';
SELECT load_seao_xml(v1, 'regress-nobids', bids => false) AS without_bids FROM nobids_export;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
CREATE TEMPORARY TABLE nobids_loaded AS SELECT * FROM nobids_purchases;
SELECT load_seao_xml(v1, 'regress-nobids') AS with_bids FROM nobids_export;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
SELECT (SELECT count(*) FROM nobids_loaded) AS purchases,
       (SELECT count(*) FROM (SELECT * FROM nobids_loaded EXCEPT SELECT * FROM nobids_purchases) d) AS only_without,
       (SELECT count(*) FROM (SELECT * FROM nobids_purchases EXCEPT SELECT * FROM nobids_loaded) d) AS only_with;
SELECT load_seao_xml(v1::bytea, 'regress-nobids', false) AS unchanged FROM nobids_export;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
SELECT load_seao_xml(v2::xml, 'regress-nobids', bids => false) AS new_version FROM nobids_export;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
-- a bid's own fields are not read without the bids: a figure that is no
-- number stops a load with them only
SELECT load_seao_xml(test_export('900031', '3', ARRAY['<montantsoumis>12,50</montantsoumis>']), 'regress-nobids', bids => false) AS without_bids;
SELECT load_seao_xml(test_export('900031', '3', ARRAY['<montantsoumis>12,50</montantsoumis>']), 'regress-nobids') AS with_bids;
-- seao_files (what cag_ovt-load --no-bids sends): its column bids
INSERT INTO seao_files (doc, source, bids)
SELECT convert_to(v1, 'UTF8'), 'regress-nobids', false FROM nobids_export;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
INSERT INTO seao_files (doc, source) SELECT convert_to(v1, 'UTF8'), 'regress-nobids' FROM nobids_export;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
-- a role that may delete bids but not insert them loads without them
CREATE ROLE bids_loader;
GRANT USAGE ON SCHEMA cag_ovt TO bids_loader;
GRANT SELECT, INSERT, UPDATE, DELETE ON purchases, load_issues, load_notices, known_parties TO bids_loader;
GRANT SELECT, DELETE ON tender_bids TO bids_loader;
GRANT SELECT ON nobids_export TO bids_loader;
SET ROLE bids_loader;
SELECT load_seao_xml(v2, 'regress-nobids', bids => false) AS new_version FROM nobids_export;
RESET ROLE;
SELECT count(*) AS bids FROM tender_bids WHERE notice = '900030';
DROP OWNED BY bids_loader;
DROP ROLE bids_loader;
DROP VIEW nobids_purchases;
DROP TABLE nobids_loaded, nobids_export;

-- OCDS: the tenderers of a release (tender.tenderers, else the ids of
-- SEAO's bids[]), their parties' addresses, their bids[] entry's value and
-- unit, the procedure of tender.procurementMethod (SEAO: "limited" is an
-- invitation, "direct" a sole source), the winners those of its active
-- awards; the tender period's dates.
CREATE FUNCTION test_release(method text, bids text) RETURNS text LANGUAGE sql
RETURN '{"releases": [{"ocid": "ocds-ec9k95-990001", "id": "1", "date": "2026-07-28T10:00:00-04:00",
  "parties": [{"id": "OP-1", "name": "Ville de Sherbrooke", "roles": ["buyer"], "address": {"postalCode": "J1H 4A1"}},
              {"id": "FO-1", "name": "Estrie Inc.", "roles": ["supplier"], "details": {"neq": "1149222300"}, "address": {"postalCode": "J1H 2R3", "region": "QC", "countryName": "Canada"}},
              {"id": "FO-2", "name": "Ailleurs Inc.", "roles": ["tenderer"], "address": {"postalCode": "H2X 1Y4"}}],
  "buyer": {"id": "OP-1", "name": "Ville de Sherbrooke"},
  "tender": {"title": "Déneigement", "procurementMethod": "' || method || '",
             "tenderPeriod": {"startDate": "2026-06-01T08:00:00-04:00", "endDate": "2026-06-20T14:00:00-04:00"},
             "tenderers": [{"id": "FO-1", "name": "Estrie Inc."}, {"id": "FO-2", "name": "Ailleurs Inc."}]},
  "bids": ' || bids || ',
  "awards": [{"id": "A1", "status": "active", "date": "2026-07-02T00:00:00-04:00",
              "value": {"amount": 1000, "currency": "CAD"}, "suppliers": [{"id": "FO-1"}]}]}]}';
SELECT load_ocds(test_release('limited', '[{"id": "FO-1", "value": 1000.0, "valueUnit": "1"}, {"id": "FO-2", "value": 12.5, "valueUnit": "10"}]'), 'regress-bids');
SELECT notice, format, ocid, bidder, procedure, supplier_name, supplier_neq, supplier_region, amount_bid, unit,
       currency, is_winner, published_on, closes_on, purchased_on, buyer_region, delivery_region, class
FROM tender_bids WHERE format = 'ocds' ORDER BY bidder;
-- the bids carry the buyer's city and identifier, as the notice's purchase
-- does: the trigger locates the buyer from them (here the city alone)
SELECT load_ocds(replace(replace(test_release('limited', '[]'), '"id": "1"', '"id": "1b"'),
                         '"postalCode": "J1H 4A1"', '"locality": "Sherbrooke"'), 'regress-bids');
SELECT b.bidder, b.buyer_city, b.buyer_id, b.buyer_region, b.buyer_located_by,
       p.buyer_city AS purchase_buyer_city, p.buyer_id AS purchase_buyer_id
FROM tender_bids b
LEFT JOIN purchases p ON p.source = 'regress-bids' AND p.source_ref LIKE b.notice || '/%'
WHERE b.format = 'ocds' ORDER BY b.bidder;
-- a newer release of the same OCID replaces its bids
SELECT load_ocds(replace(test_release('open', '[]'), '"id": "1"', '"id": "2"'), 'regress-bids');
SELECT bidder, procedure, supplier_name, amount_bid, unit FROM tender_bids WHERE format = 'ocds' ORDER BY bidder;
-- without the bids, a newer release loses the older one's and gets none
SELECT load_ocds(replace(test_release('limited', '[]'), '"id": "1"', '"id": "4"'), 'regress-bids', bids => false);
SELECT count(*) AS ocds_bids FROM tender_bids WHERE format = 'ocds';
-- bad input: a bid's value that is not a number, a figure that cannot be
-- one, a tender period that is no date (the package is malformed)
SELECT load_ocds(replace(test_release('open', '[{"id": "FO-1", "value": "mille"}]'), '"id": "1"', '"id": "3"'), 'regress-bids');
SELECT load_ocds(replace(test_release('open', '[{"id": "FO-1", "value": 1e20}]'), '"id": "1"', '"id": "3"'), 'regress-bids');
SELECT load_ocds(replace(test_release('open', '[]'), '2026-06-01T08:00:00-04:00', 'juin'), 'regress-bids');
SELECT load_ocds(replace(test_release('open', '[]'), '"tenderers": [', '"tenderers": [3, '), 'regress-bids');
-- the values a tenderer's bid loads NULL: issues under the bid's reference
-- (OCDS: the notice, "bidder" and its position, as tender_bids.bidder);
-- the winner's are its purchase's (notice/award/supplier), once
SELECT load_ocds(replace(replace(replace(test_release('limited', '[]'), '"id": "1"', '"id": "5"'),
                                 '"postalCode": "H2X 1Y4"', '"postalCode": "H2X"'),
                         '"neq": "1149222300"', '"neq": "123"'), 'regress-bids');
SELECT source_ref, field, value FROM load_issues WHERE source_ref LIKE '990001/%' ORDER BY source_ref, field;
SELECT load_notices.source_refs FROM load_notices WHERE notice = '990001' AND format = 'ocds';
-- the same release again: nothing; a newer one that corrects the postal
-- code: the bid's issue is gone
SELECT count(*) AS issues_before, max(issue_id) AS max_issue_before FROM load_issues \gset
SELECT load_ocds(replace(replace(replace(test_release('limited', '[]'), '"id": "1"', '"id": "5"'),
                                 '"postalCode": "H2X 1Y4"', '"postalCode": "H2X"'),
                         '"neq": "1149222300"', '"neq": "123"'), 'regress-bids');
SELECT count(*) = :issues_before AS same_count, max(issue_id) = :max_issue_before AS same_ids FROM load_issues;
SELECT load_ocds(replace(replace(test_release('limited', '[]'), '"id": "1"', '"id": "6"'),
                         '"neq": "1149222300"', '"neq": "123"'), 'regress-bids');
SELECT source_ref, field, value FROM load_issues WHERE source_ref LIKE '990001/%' ORDER BY source_ref, field;
DROP FUNCTION test_release(text, text);

-- The view: plain types, security_invoker.
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
WHERE attrelid = 'competition_indicators'::regclass AND attnum > 0 ORDER BY attnum;
SELECT reloptions FROM pg_class WHERE oid = 'competition_indicators'::regclass;

DELETE FROM purchases;
DELETE FROM load_issues;
DELETE FROM load_notices;
DELETE FROM tender_bids;
DELETE FROM known_parties WHERE source = 'regress-bids';
DROP FUNCTION test_export(text, text, text[], text, text, text);

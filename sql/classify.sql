--
-- classify: reference lists, classify_purchase, explain_classification, the
-- purchases table and its trigger, reclassify_purchases
--
SET search_path = cag_ovt, public;

--
-- The reference lists: seeded, managed like the other reference tables.
--
SELECT label, name, category FROM eco_labels ORDER BY category, label;
SELECT label, name, kind FROM food_labels ORDER BY label;
SELECT category, unspsc_level(category) FROM food_categories;
SELECT tgrelid::regclass AS "table", tgname
FROM pg_trigger
WHERE tgrelid IN ('eco_labels'::regclass, 'food_labels'::regclass, 'food_categories'::regclass)
ORDER BY 1, 2;
-- a label must have a letter or a digit; a food label is produced or prepared
INSERT INTO eco_labels (label) VALUES ('--- ®');
INSERT INTO food_labels (label, kind) VALUES ('Produit du Québec', 'grown');
INSERT INTO food_labels (label) VALUES ('Produit du Québec');

--
-- Label normalization: case, accents, spaces, hyphens and punctuation do
-- not count.
--
SELECT v, normalize_label(v)
FROM (VALUES ('ENERGY STAR'), ('Energy-Star'), ('energy star®'), ('EnergyStar™'),
             ('Écocert'), ('ECOCERT'), ('ecocert'), ('F.S.C.'), ('ＦＳＣ'),
             ('Aliments préparés au Québec'), ('ALIMENTS PREPARES AU QUEBEC'),
             ('Aliments du QuÃ©bec'), ('Œko–Tex'), ('  '), ('日本 エコ'), (NULL)) AS t(v);
SELECT v, classify_purchase(labels => ARRAY[v]) AS class
FROM (VALUES ('Energy-Star'), ('energy star'), ('ENERGYSTAR'), ('Energy Star®'), ('ÉCOCERT'),
             ('EcoCert'), ('f.s.c.'), ('ＦＳＣ'), ('Fair Trade'), ('commerce equitable'),
             ('Energy Stars'), ('Green'), (''), ('   ')) AS t(v);
-- food labels: any spelling, Bio variants are labels of their own
SELECT v, classify_purchase(category => '50121537', labels => ARRAY[v]) AS class
FROM (VALUES ('Aliments du Québec'), ('ALIMENTS DU QUEBEC'), ('aliments-du-quebec'),
             ('Aliments du QuÃ©bec'), ('Aliments préparés au Québec BIO'),
             ('Aliments du Québec Biologique'), ('Produit du Québec')) AS t(v);
-- several labels, NULL elements, empty arrays, NULL
SELECT v, classify_purchase(category => '50000000', labels => v) AS class
FROM (VALUES (ARRAY['ISO 14001', NULL, 'EPEAT']), (ARRAY[NULL, 'Aliments du Québec']::text[]),
             (ARRAY['Energy Star', 'Aliments préparés au Québec']), (ARRAY[NULL]::text[]),
             ('{}'), (NULL)) AS t(v);

--
-- Origin.  The postal code decides, then the supplier's region, then the
-- province, then the country.
--
-- The province field: the 13 provinces and territories by code and French
-- and English name, any case and accents; US states; anything else is
-- unknown (SEAO files hold region numbers there).
SELECT v, classify_purchase(supplier_province => v) AS class,
       explain_classification(supplier_province => v) #>> '{origin,evidence,province,reads_as}' AS reads_as
FROM (VALUES ('QC'), ('Qc'), ('qc'), ('PQ'), ('P.Q.'), ('Québec'), ('Quebec'), ('QUÉBEC'),
             ('Province de Québec'), ('province of Quebec'), ('Qué.'), ('Québec, Canada'),
             ('ON'), ('On'), ('Ont.'), ('Ontario'), ('Province de l''Ontario'),
             ('NL'), ('Terre-Neuve-et-Labrador'), ('Newfoundland and Labrador'),
             ('NS'), ('N.-É.'), ('Nova Scotia'), ('Nouvelle-Écosse'),
             ('PE'), ('PEI'), ('Î.-P.-É.'), ('Île-du-Prince-Édouard'), ('Prince Edward Island'),
             ('NB'), ('N.-B.'), ('Nouveau-Brunswick'), ('New Brunswick'),
             ('MB'), ('Manitoba'), ('SK'), ('Sask.'), ('AB'), ('Alta.'), ('Alberta'),
             ('BC'), ('B.C.'), ('C.-B.'), ('Colombie-Britannique'), ('British Columbia'),
             ('YT'), ('Yukon'), ('NT'), ('T.N.-O.'), ('Territoires du Nord-Ouest'),
             ('Northwest Territories'), ('NU'), ('Nunavut'),
             ('NY'), ('New York'), ('California'), ('Californie'), ('WI'), ('DC'), ('NE'),
             ('-1'), ('15'), ('3'), ('Estrie'), ('Europe'), (''), ('  ')) AS t(v);
-- a US state says another country unless the country is Canada; "CA"
-- without a country could be California or Canada
SELECT p, c, classify_purchase(supplier_province => p, supplier_country => c) AS class,
       explain_classification(supplier_province => p, supplier_country => c) #>> '{origin,evidence,province,note}' AS note
FROM (VALUES ('NY', NULL), ('NY', 'USA'), ('NY', 'CAN'), ('CA', NULL), ('CA', 'USA'), ('CA', 'UM'),
             ('CA', 'CA'), ('CA', '-1'), ('WA', 'Canada')) AS t(p, c);
-- the country field: Canada in any spelling says nothing on its own; any
-- other country says outside Québec; no letters, or a marker, is unknown
SELECT v, classify_purchase(supplier_country => v) AS class,
       explain_classification(supplier_country => v) #>> '{origin,evidence,country}' AS evidence
FROM (VALUES ('CAN'), ('CA'), ('Canada'), ('canada'), ('C.A.'), ('Québec'), ('Ontario'),
             ('USA'), ('US'), ('États-Unis'), ('FR'), ('UM'), ('Россия'), ('-1'), ('124'),
             ('N/A'), ('inconnu'), (''), (NULL)) AS t(v);
-- postal codes: Québec or another province; a Canadian code always places
-- the supplier
SELECT v, classify_purchase(supplier_postal_code => v) AS class
FROM (VALUES ('J1H 5N4'::postal_code), ('H2X 1Y4'), ('G1K 7P4'), ('K1A 0B1'), ('X0A 0H0'),
             ('T2P 1J9'), (NULL)) AS t(v);
-- a known supplier region is Québec
SELECT classify_purchase(supplier_region => 'Estrie') AS region_alone,
       classify_purchase(supplier_region => 'Estrie', supplier_province => 'ON') AS region_and_ontario,
       classify_purchase(supplier_region => 'Estrie', supplier_postal_code => 'K1A 0B1') AS region_and_ottawa_code;
-- conflicting evidence: the postal code decides, and the explanation says so
SELECT explain_classification(supplier_province => 'ON', supplier_postal_code => 'H2X 1Y4') -> 'origin';
SELECT explain_classification(supplier_region => 'Outaouais', supplier_province => 'QC',
                              supplier_postal_code => 'K1A 0B1', supplier_country => 'CAN') -> 'origin';
SELECT explain_classification(supplier_province => 'Québec', supplier_country => 'USA') -> 'origin';
SELECT explain_classification(supplier_province => 'NY', supplier_country => 'USA',
                              supplier_postal_code => 'J1H 5N4') #> '{origin,conflicts}';
-- unknown: nothing is known, or nothing recognized
SELECT explain_classification(supplier_province => '-1', supplier_country => 'CA') -> 'origin';
SELECT explain_classification() - 'as_of';

--
-- Region.  The supplier's region is the given one, else the region of its
-- postal code on the date; regional when it is a delivery region.
--
SELECT s, pc, d, ds, classify_purchase(supplier_region => s, supplier_postal_code => pc,
                                       delivery_region => d, delivery_regions => ds,
                                       as_of => '2023-01-01') AS class,
       explain_classification(supplier_region => s, supplier_postal_code => pc,
                              delivery_region => d, delivery_regions => ds,
                              as_of => '2023-01-01') #>> '{region,rule}' AS rule
FROM (VALUES ('Estrie'::qc_region, NULL::postal_code, 'Estrie'::qc_region, NULL::qc_region[]),
             ('Estrie', NULL, 'Laval', NULL),
             (NULL, 'J1H 5N4', 'Estrie', NULL),      -- Sherbrooke: Estrie
             (NULL, 'J1H 5N4', 'Montérégie', NULL),
             (NULL, 'J0E 9Z9', 'Estrie', NULL),      -- J0E spans Estrie and Montérégie
             (NULL, 'J0E 1B0', 'Estrie', NULL),      -- ... its LDU 1B0 is Abercorn (Estrie since 2021)
             (NULL, 'H0H 0H0', 'Montréal', NULL),    -- no town hall in H0H
             (NULL, 'K1A 0B1', NULL, NULL),          -- outside Québec: outside the region
             ('Estrie', NULL, NULL, NULL),           -- delivery unknown
             (NULL, NULL, NULL, NULL),
             ('Laval', NULL, NULL, '{Montréal,Laval}'),
             ('Laval', NULL, NULL, '{Montréal,Estrie}'),
             ('Laval', NULL, 'Laval', '{Montréal}'), -- delivery_region counts too
             ('Laval', NULL, NULL, '{}'),
             ('Laval', NULL, NULL, ARRAY[NULL]::qc_region[])) AS t(s, pc, d, ds);
-- the region of a postal code depends on the date: J2K (Cowansville) moved
-- from Montérégie to Estrie on 2021-07-08
SELECT d, region_of_postal_code('J2K 1A1', d) AS region,
       classify_purchase(supplier_postal_code => 'J2K 1A1', delivery_region => 'Estrie', as_of => d) AS class
FROM (VALUES (date '2021-07-07'), ('2021-07-08')) AS t(d);
SELECT region_of_postal_code('J1H 5N4') AS sherbrooke, region_of_postal_code('j0e9z9') AS j0e, region_of_postal_code('j0e1b0') AS j0e_abercorn,
       region_of_postal_code('K1A 0B1') AS ottawa, region_of_postal_code(NULL) AS none;
-- supplier_region against the region of the postal code: supplier_region decides
SELECT explain_classification(supplier_region => 'Laval', supplier_postal_code => 'J1H 5N4',
                              delivery_region => 'Laval', as_of => '2023-01-01') -> 'region';
SELECT explain_classification(supplier_postal_code => 'J0E 9Z9', delivery_region => 'Estrie',
                              as_of => '2023-01-01') -> 'region';

-- Where the supplier is, from all the evidence (src/locate_core.h): the
-- postal code, then the city among the FSA's candidates, then a public
-- body's name, then known_parties; the province counts only when the
-- country is Canada or absent: NL, PE, SK in a country field are the
-- Netherlands, Peru and Slovakia, not provinces.
SELECT d, classify_purchase(supplier_postal_code => pc::postal_code, supplier_city => city,
                            supplier_province => prov, supplier_country => ctry,
                            supplier_name => nm, delivery_region => 'Laval', as_of => day) AS class,
       e #>> '{region,value}' AS region, e #>> '{region,supplier_region_from}' AS located_by
FROM (VALUES
    ('postal code', 'H7T 1A1', NULL, 'QC', 'CAN', NULL, date '2013-01-15'),
    ('a borough as city', NULL, 'Chomedey', 'QC', 'CAN', NULL, '2013-01-15'),
    ('a former municipality', NULL, 'Ste-Rose', 'QC', 'CAN', NULL, '2013-01-15'),
    ('FSA candidates and the city', 'J0E 9Z9', 'Cowansville', 'QC', 'CAN', NULL, '2013-01-15'),
    ('Granby in 2013', NULL, 'Granby', 'QC', 'CAN', NULL, '2013-01-15'),
    ('Granby in 2022', NULL, 'Granby', 'QC', 'CAN', NULL, '2022-01-15'),
    ('ambiguous city', NULL, 'Saint-Siméon', 'QC', 'CAN', NULL, '2013-01-15'),
    ('a town as supplier', NULL, NULL, 'QC', 'CAN', 'Ville de Laval', '2013-01-15'),
    ('NL, the Netherlands', NULL, 'Woerden', 'NL', 'NL', NULL, '2013-01-15'),
    ('PE, Peru', NULL, 'Lima', 'PE', 'PE', NULL, '2013-01-15'),
    ('SK, Slovakia', NULL, 'Bratislava', 'SK', 'SK', NULL, '2013-01-15'),
    ('NL in Canada', NULL, 'St. John''s', 'NL', 'CAN', NULL, '2013-01-15'),
    ('QC, but another country', NULL, NULL, 'QC', 'USA', NULL, '2013-01-15'),
    ('nothing but QC', NULL, NULL, 'QC', 'CAN', 'Rogers Communications', '2013-01-15'))
    AS t(d, pc, city, prov, ctry, nm, day)
CROSS JOIN LATERAL explain_classification(
    supplier_postal_code => pc::postal_code, supplier_city => city, supplier_province => prov,
    supplier_country => ctry, supplier_name => nm, delivery_region => 'Laval', as_of => day) AS e;
-- a city and an unambiguous postal code that disagree: the postal code
-- decides, the explanation records the conflict
SELECT explain_classification(supplier_postal_code => 'H7T 1A1', supplier_city => 'Saint-Jérôme',
                              delivery_region => 'Laval', as_of => '2013-01-15') #> '{region,conflicts}';
-- the registry of parties: a DBA's row locates a supplier without address,
-- by its name or, first, by its NEQ
BEGIN;
INSERT INTO known_parties (party, name, identifier, region, source) VALUES
    ('supplier', 'Cité de la culture et du sport de Laval', NULL, 'Laval', 'DBA'),
    ('supplier', 'Fournisseur Test', '1149222300', 'Outaouais', 'DBA');
SELECT nm, neq, classify_purchase(supplier_province => 'QC', supplier_name => nm, supplier_neq => neq::neq,
                                  delivery_region => 'Laval') AS class,
       explain_classification(supplier_province => 'QC', supplier_name => nm, supplier_neq => neq::neq,
                              delivery_region => 'Laval') #> '{region,supplier_location,registry}' AS registry
FROM (VALUES ('CITE DE LA CULTURE ET DU SPORT DE LAVAL', NULL),
             ('Un autre nom', '1149222300'),
             ('Cité de la culture et du sport de Laval', '1149222300')) AS t(nm, neq);
ROLLBACK;

--
-- Eco, food, Québec food, group purchase.
--
SELECT cat, lab, classify_purchase(category => cat, labels => lab) AS class,
       explain_classification(category => cat, labels => lab) #>> '{food,rule}' AS food,
       explain_classification(category => cat, labels => lab) #>> '{quebec_food,rule}' AS quebec_food
FROM (VALUES ('50121537'::unspsc, '{"Aliments du Québec"}'::text[]),
             ('50000000', '{"Aliments préparés au Québec"}'),
             ('50121537', '{Fairtrade}'),
             ('50121537', NULL),
             ('43211508', '{"Aliments du Québec"}'),   -- a food label on a computer
             (NULL, '{"Aliments du Québec"}'),         -- food unknown
             (NULL, '{EPEAT}'),
             (NULL, NULL)) AS t(cat, lab);
SELECT g, classify_purchase(group_purchase => g) AS class,
       explain_classification(group_purchase => g) -> 'group_purchase' AS explanation
FROM (VALUES (true), (false), (NULL)) AS t(g);
-- Each of these dimensions has three states: known to be, known not to be,
-- unknown.  Labels NULL leave eco and Québec food unknown ('{}' is known to
-- carry none); a NULL category leaves food, hence Québec food, unknown; a
-- NULL group_purchase leaves it unknown.
SELECT lab, cat, g, c AS class,
       CASE WHEN c ? 'eco' THEN 'yes' WHEN c ? 'eco_unknown' THEN 'unknown' ELSE 'no' END AS eco,
       CASE WHEN c ? 'food' THEN 'yes' WHEN c ? 'food_unknown' THEN 'unknown' ELSE 'no' END AS food,
       CASE WHEN c ? 'quebec_food' THEN 'yes' WHEN c ? 'quebec_food_unknown' THEN 'unknown' ELSE 'no' END AS quebec_food,
       CASE WHEN c ? 'group_purchase' THEN 'yes' WHEN c ? 'group_purchase_unknown' THEN 'unknown' ELSE 'no' END AS group_purchase,
       e #>> '{eco,result}' AS eco_says, e #>> '{quebec_food,result}' AS quebec_food_says
FROM (VALUES (NULL::text[], NULL::unspsc, NULL::boolean), ('{}', '50121537', false),
             ('{ENERGY STAR}', '50121537', true), ('{"Aliments du Québec"}', '50121537', NULL),
             (NULL, '50121537', true), ('{}', NULL, false), (NULL, '43211508', false),
             ('{"Aliments du Québec"}', NULL, NULL)) AS t(lab, cat, g)
CROSS JOIN LATERAL (SELECT classify_purchase(labels => lab, category => cat, group_purchase => g) AS c,
                           explain_classification(labels => lab, category => cat, group_purchase => g) AS e) AS x;
-- the explanation names the label that matched and its reference row
SELECT explain_classification(category => '50131700', labels => '{ISO 14001,Energy Star®,"aliments-prepares-au-quebec"}')
       - 'as_of' - 'origin' - 'region';

--
-- Calls: positionally with the issue's 7 arguments or all 10, by name,
-- every argument NULL.
--
SELECT classify_purchase('Estrie', 'QC', 'J1H 5N4', 'Estrie', '50121537',
                         ARRAY['Energy-Star', 'Aliments du Québec'], true);
SELECT classify_purchase('Estrie', 'QC', 'J1H 5N4', NULL, '50121537', NULL, false,
                         '{Laval,Estrie}', 'CAN', '2021-01-01');
SELECT classify_purchase(category => '50121537', supplier_country => 'FR', group_purchase => true);
SELECT classify_purchase(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
SELECT classify_purchase();
-- a single untyped NULL could be a row or a region
SELECT classify_purchase(NULL);
SELECT classify_purchase(NULL::qc_region);

-- A complete explanation.
SELECT jsonb_pretty(explain_classification(
    supplier_region => NULL, supplier_province => 'ON', supplier_postal_code => 'J1H 5N4',
    delivery_region => 'Estrie', category => '50121537',
    labels => ARRAY['Aliments du Québec', 'FSC'], group_purchase => true,
    supplier_country => 'Canada', as_of => '2022-05-01'));

-- explain_classification agrees with classify_purchase on every input:
-- 40,000 generated combinations of the arguments.
CREATE TEMP TABLE combos AS
SELECT (ARRAY[NULL, 'Estrie', 'Laval', 'Montréal'])[1 + i % 4]::qc_region AS sr,
       (ARRAY[NULL, 'QC', 'ON', 'Québec', '-1', 'NY', 'CA', ''])[1 + (i / 4) % 8] AS sp,
       (ARRAY[NULL, 'J1H 5N4', 'H2X 1Y4', 'J0E 1B0', 'K1A 0B1', 'J2K 1A1', 'H7N 1A1'])[1 + (i / 32) % 7]::postal_code AS pc,
       (ARRAY[NULL, 'Estrie', 'Laval', 'Montréal'])[1 + (i / 224) % 4]::qc_region AS dr,
       (ARRAY[NULL, '50121537', '43211508', '50000000'])[1 + (i / 896) % 4]::unspsc AS cat,
       (ARRAY[NULL, '{}', '{Energy-Star}', '{"Aliments du Québec"}', '{x,"aliments prepares au quebec",fsc}'])[1 + (i / 3584) % 5]::text[] AS lab,
       (ARRAY[NULL, true, false])[1 + i % 3] AS gp,
       (ARRAY[NULL, '{Laval}', '{Estrie,Montréal}'])[1 + i % 5 % 3]::qc_region[] AS drs,
       (ARRAY[NULL, 'CAN', 'USA', 'CA'])[1 + i % 7 % 4] AS co,
       date '2020-01-01' + i % 1000 AS d
FROM generate_series(0, 39999) AS i;
CREATE TEMP TABLE explained AS
SELECT classify_purchase(sr, sp, pc, dr, cat, lab, gp, drs, co, d) AS c,
       explain_classification(sr, sp, pc, dr, cat, lab, gp, drs, co, d) AS e
FROM combos;
SELECT count(*) AS combinations,
       count(*) FILTER (WHERE (e ->> 'class')::purchase_class <> c) AS class_differs,
       count(*) FILTER (WHERE (e #>> '{origin,result}' = 'quebec') <> (c @> '{quebec}')
                           OR (e #>> '{origin,result}' = 'outside_quebec') <> (c @> '{outside_quebec}')
                           OR (e #>> '{region,result}' = 'regional') <> (c @> '{quebec,regional}')
                           OR (e #>> '{region,result}' = 'outside_region') <> (c @> '{outside_region}')
                           OR (e #>> '{eco,result}' = 'eco') <> (c @> '{eco}')
                           OR (e #>> '{food,result}' = 'food') <> (c @> '{food}')
                           OR (e #>> '{quebec_food,result}' = 'quebec_food') <> (c @> '{food,quebec_food}')
                           OR (e #>> '{group_purchase,result}' = 'group_purchase') <> (c @> '{group_purchase}')
                      ) AS dimension_differs,
       count(DISTINCT c) AS distinct_classes
FROM explained;
-- every result and rule that occurs
SELECT k AS dimension, e -> k ->> 'result' AS result, e -> k ->> 'rule' AS rule, count(*)
FROM explained,
     unnest(ARRAY['origin', 'region', 'eco', 'food', 'quebec_food', 'group_purchase']) AS k
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

--
-- The purchases table.
--
SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
       pg_get_expr(d.adbin, d.adrelid) AS "default", a.attidentity AS identity
FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = 'purchases'::regclass AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum;
SELECT indexrelid::regclass AS index, pg_get_indexdef(indexrelid) FROM pg_index
WHERE indrelid = 'purchases'::regclass ORDER BY 1;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid = 'purchases'::regclass AND contype = 'c' ORDER BY 1;
SELECT tgname, tgfoid::regproc, tgtype FROM pg_trigger WHERE tgrelid = 'purchases'::regclass;

-- The class is computed on insert; a supplied class is replaced.
INSERT INTO purchases (purchased_on, buyer_region, supplier_province, supplier_postal_code,
                       category, amount, labels, class, source, source_ref)
VALUES ('2022-05-01', 'Estrie', 'QC', 'J1H 5N4', '50121537', 1250.00,
        '{Aliments du Québec}', '{outside_quebec,outside_region}', 'test', '1')
RETURNING purchase_id, delivery_region, class;
-- ... and on every update, even one that tries to set it
UPDATE purchases SET class = '{}' WHERE source_ref = '1' RETURNING class;
UPDATE purchases SET supplier_postal_code = 'K1A 0B1' WHERE source_ref = '1' RETURNING class;
UPDATE purchases SET labels = NULL, category = '43211508', group_purchase = true
WHERE source_ref = '1' RETURNING class;
-- loaders upsert on (source, source_ref); the update is classed too
INSERT INTO purchases (purchased_on, buyer_region, supplier_province, amount, source, source_ref)
VALUES ('2022-05-01', 'Estrie', 'Québec', 99.99, 'test', '1')
ON CONFLICT (source, source_ref) WHERE source IS NOT NULL AND source_ref IS NOT NULL
DO UPDATE SET supplier_province = excluded.supplier_province,
              supplier_postal_code = excluded.supplier_postal_code, amount = excluded.amount
RETURNING purchase_id, supplier_postal_code, amount, class;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM purchases WHERE source = 'test' AND source_ref = '1';
EXPLAIN (COSTS OFF) SELECT count(*) FROM purchases WHERE purchased_on >= '2022-01-01';
RESET enable_seqscan;

-- Regions from the municipalities, on the date of the purchase; the
-- delivery region defaults to the buyer's, unless there are delivery_regions.
INSERT INTO purchases (purchased_on, buyer_municipality, buyer_region, delivery_municipality,
                       delivery_region, delivery_regions, supplier_region, amount, source, source_ref)
VALUES ('2021-07-07', '46005', NULL, NULL, NULL, NULL, 'Estrie', 1, 'test', 'm1'),  -- Abercorn: Montérégie then
       ('2021-07-08', '46005', NULL, NULL, NULL, NULL, 'Estrie', 1, 'test', 'm2'),  -- ... Estrie from then on
       ('2021-07-08', '66023', NULL, '46005', NULL, NULL, 'Estrie', 1, 'test', 'm3'), -- delivered in Abercorn
       ('2021-07-08', '66023', 'Laval', NULL, NULL, NULL, 'Estrie', 1, 'test', 'm4'), -- the given region stays
       ('2021-07-08', '66023', NULL, NULL, NULL, '{Estrie,Laval}', 'Estrie', 1, 'test', 'm5'),
       ('2021-07-08', '66023', NULL, NULL, NULL, '{}', 'Estrie', 1, 'test', 'm6'),  -- delivered outside Québec: no default
       ('2021-07-08', '00000', NULL, NULL, NULL, NULL, 'Estrie', 1, 'test', 'm7'),  -- unknown prefix
       ('2021-07-08', NULL, NULL, NULL, 'Outaouais', NULL, 'Estrie', 1, 'test', 'm8')
RETURNING source_ref, buyer_region, delivery_region, delivery_regions, class;

-- Where the parties are: the trigger locates the buyer and the supplier
-- whose region is not given, and stores the region and how it found it;
-- it finds them again at each update while *_located_by is not NULL.
TRUNCATE purchases;
INSERT INTO purchases (purchased_on, buyer, buyer_postal_code, buyer_city, supplier_name,
                       supplier_postal_code, supplier_city, supplier_province, supplier_country,
                       amount, source, source_ref)
VALUES ('2013-01-15', 'Ville de Laval', 'H7V 3Z4', NULL, 'Un', 'H2X 1Y4', 'Montréal', 'QC', 'CAN', 1, 'test', 'p1'),
       ('2013-01-15', 'Municipalité de Lambton', 'G0M 9Z9', NULL, 'Deux', 'J0E 9Z9', 'Cowansville', 'QC', 'CAN', 1, 'test', 'p2'),
       ('2013-01-15', 'Organisme sans adresse', NULL, 'Sherbrooke', 'Trois', NULL, NULL, 'QC', 'CAN', 1, 'test', 'p3'),
       ('2013-01-15', 'Organisme inconnu', NULL, NULL, 'Quatre', 'M5V 2T6', 'Toronto', 'ON', 'CAN', 1, 'test', 'p4')
RETURNING source_ref, buyer_region, buyer_located_by, delivery_region, supplier_region,
          supplier_located_by, class;
-- a new address is located again; a region set by hand is given: the
-- trigger keeps it and forgets how it was found
UPDATE purchases SET supplier_postal_code = 'J1H 5N4', supplier_city = 'Sherbrooke' WHERE source_ref = 'p1'
RETURNING supplier_region, supplier_located_by, class;
UPDATE purchases SET supplier_region = 'Outaouais' WHERE source_ref = 'p1'
RETURNING supplier_region, supplier_located_by, class;
UPDATE purchases SET supplier_postal_code = 'H2X 1Y4' WHERE source_ref = 'p1'
RETURNING supplier_region, supplier_located_by, class;
UPDATE purchases SET supplier_region = NULL WHERE source_ref = 'p1'
RETURNING supplier_region, supplier_located_by, class;
-- a row inserted with a region and how it was found (a restored dump) is
-- located anew
INSERT INTO purchases (purchased_on, supplier_postal_code, supplier_region, supplier_located_by,
                       amount, source, source_ref)
VALUES ('2013-01-15', 'J1H 5N4', 'Laval', 'postal_code', 1, 'test', 'p5')
RETURNING supplier_region, supplier_located_by;
-- the registry: an edit is followed by reclassify_purchases, which
-- rewrites only the rows whose class or found regions change
SELECT count(*) FILTER (WHERE purchase_needs_reclassify(p)) AS to_reclassify FROM purchases p;
BEGIN;
INSERT INTO known_parties (party, name, identifier, municipality, source)
VALUES ('buyer', 'ORGANISME INCONNU', NULL, '65005', 'DBA');
SELECT source_ref, purchase_needs_reclassify(p) FROM purchases p ORDER BY 1;
SELECT reclassify_purchases() AS relocated;
SELECT source_ref, buyer_region, buyer_located_by, delivery_region FROM purchases WHERE source_ref = 'p4';
SELECT explain_classification(p) #> '{derived,buyer_region}' FROM purchases p WHERE source_ref = 'p4';
ROLLBACK;
-- what the classification reads of a row without the 1.2 columns: the
-- regions are given or not, as 1.1 read them
CREATE TEMP TABLE old_layout AS
SELECT purchased_on, buyer_municipality, buyer_region, delivery_municipality, delivery_region,
       delivery_regions, supplier_country, supplier_province, supplier_postal_code,
       supplier_region, category, labels, group_purchase, class
FROM purchases WHERE source_ref IN ('p1', 'p2');
SELECT supplier_postal_code, classify_purchase(o) AS class, purchase_needs_reclassify(o)
FROM old_layout o ORDER BY 1;
DROP TABLE old_layout;

-- Invariant violations and bad rows: each refused, with the value named
-- (recorded_on given, so that the rows shown do not hold today's date).
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES (NULL, 1, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('2022-01-01', NULL, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('infinity', 1, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('2022-01-01', 'NaN', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('2022-01-01', 'Infinity', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('2022-01-01', 1e14, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, buyer_municipality, recorded_on) VALUES ('2022-01-01', 1, '4600x', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, buyer_municipality, buyer_region, recorded_on) VALUES ('2022-01-01', 1, '460', 'Laval', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, delivery_municipality, recorded_on) VALUES ('2022-01-01', 1, '', '2022-06-30');
-- no date before 1990 (SEAO writes 0001-01-01 for none), nor more than
-- five years after the row is recorded (recorded_on, today by default)
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('0001-01-01', 1, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('1989-12-31', 1, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('4713-01-01 BC', 1, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('2027-01-01', 1, '2021-12-31');
INSERT INTO purchases (purchased_on, amount, recorded_on) VALUES ('2022-01-01', 1, 'infinity');
INSERT INTO purchases (purchased_on, amount, currency, recorded_on) VALUES ('2022-01-01', 1, 'usd', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, currency, recorded_on) VALUES ('2022-01-01', 1, 'US', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, currency, recorded_on) VALUES ('2022-01-01', 1, NULL, '2022-06-30');
INSERT INTO purchases (purchased_on, amount, source, source_ref, recorded_on) VALUES ('2022-01-01', 1, 'test', 'm1', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, supplier_postal_code, recorded_on) VALUES ('2022-01-01', 1, '90210', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, supplier_region, recorded_on) VALUES ('2022-01-01', 1, 'Québec', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, category, recorded_on) VALUES ('2022-01-01', 1, '5012153', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, supplier_neq, recorded_on) VALUES ('2022-01-01', 1, '1149222301', '2022-06-30');
INSERT INTO purchases (purchased_on, amount, class, recorded_on) VALUES ('2022-01-01', 1, '{quebec,outside_quebec}', '2022-06-30');

-- COPY: a bad row fails the whole load, naming the value; nothing is kept.
TRUNCATE purchases;
COPY purchases (purchased_on, buyer_region, supplier_province, supplier_postal_code, category, amount, labels) FROM stdin;
2022-04-01	Estrie	QC	J1H 5N4	50121537	10.00	{"Aliments du Québec"}
2022-04-02	Laval	ON	H7N 1A1	43211508	20.00	{Energy-Star}
2022-04-03	Montréal	QC	H2X 1Y	72121000	30.00	\N
\.
COPY purchases (purchased_on, buyer_region, supplier_province, supplier_postal_code, category, amount, labels) FROM stdin;
2022-04-01	Estrie	QC	J1H 5N4	50121537	10.00	{"Aliments du Québec"}
2022-04-02	Lavall	ON	H7N 1A1	43211508	20.00	{Energy-Star}
\.
COPY purchases (purchased_on, buyer_municipality, supplier_province, amount) FROM stdin;
2022-04-01	46005	QC	10.00
2022-04-02	46O05	QC	20.00
\.
COPY purchases (purchased_on, buyer_region, amount, recorded_on) FROM stdin;
2022-04-01	Estrie	10.00	2022-06-30
2022-04-02	Estrie	NaN	2022-06-30
\.
SELECT count(*) AS after_bad_copies FROM purchases;
COPY purchases (purchased_on, buyer_region, supplier_province, supplier_postal_code, category, amount, labels, group_purchase, class) FROM stdin;
2022-04-01	Estrie	QC	J1H 5N4	50121537	10.00	{"Aliments du Québec"}	f	{}
2022-04-02	Laval	ON	H7N 1A1	43211508	20.00	{Energy-Star}	t	{outside_quebec}
2022-04-03	Montréal	-1	\N	72121000	30.00	\N	f	\N
\.
SELECT purchased_on, buyer_region, delivery_region, supplier_province, supplier_postal_code, class
FROM purchases ORDER BY purchased_on;

-- Binary COPY round trip of every column.
SELECT '/tmp/cag_ovt_classify_' || pg_backend_pid() AS f \gset
COPY purchases TO :'f' (FORMAT binary);
CREATE TEMP TABLE purchases_copy (LIKE purchases);
COPY purchases_copy FROM :'f' (FORMAT binary);
SELECT count(*) AS same FROM purchases p JOIN purchases_copy c
    ON (p.*)::text = (c.*)::text;

-- Why a row got its class; on a row that lacks the trigger's defaults, the
-- explanation shows them.
SELECT purchased_on, explain_classification(p) #>> '{origin,rule}' AS origin,
       explain_classification(p) #>> '{region,rule}' AS region,
       classify_purchase(p) = class AS same_class
FROM purchases p ORDER BY purchased_on;
CREATE TEMP TABLE staging (LIKE purchases INCLUDING DEFAULTS);
INSERT INTO staging (purchase_id, purchased_on, buyer_municipality, supplier_province,
                     supplier_postal_code, amount, class)
VALUES (1, '2021-07-01', '46005', 'QC', 'J2K 1A1', 10, '{}'),
       (2, '2021-07-01', '66023', 'QC', 'J2K 1A1', 10, '{}'),
       (3, '2021-07-01', NULL, 'QC', 'J2K 1A1', 10, '{}');
UPDATE staging SET delivery_municipality = '47017' WHERE purchase_id = 2;
SELECT purchase_id, class AS stored, classify_purchase(s) AS trigger_would_store,
       explain_classification(s) -> 'derived' AS derived
FROM staging s ORDER BY purchase_id;

--
-- Editing a reference list, then reclassifying.
--
TRUNCATE purchases;
INSERT INTO purchases (purchased_on, buyer_region, supplier_postal_code, category, amount, labels)
SELECT date '2021-01-01' + i * 30, 'Estrie', 'J1H 5N4',
       (ARRAY['50121537', '43211508'])[1 + i % 2]::unspsc, i,
       (ARRAY['{Local}', '{"Energy Star"}', '{"Produit du Québec"}', '{}'])[1 + i % 4]::text[]
FROM generate_series(1, 24) AS i;
SELECT class, count(*) FROM purchases GROUP BY 1 ORDER BY 1;
SELECT reclassify_purchases() AS nothing_changed;
BEGIN;
-- the session sees its own edits from its next statement
INSERT INTO food_labels (label, name, kind) VALUES ('Produit du Québec', 'Produit du Québec', 'produced');
SELECT classify_purchase(category => '50121537', labels => '{produit du quebec}') AS new_label_seen;
DELETE FROM eco_labels WHERE label = 'ENERGY STAR';
SELECT reclassify_purchases('2022-01-01') AS changed_since_2022;
SELECT reclassify_purchases() AS changed_before;
SELECT reclassify_purchases() AS nothing_left;
SELECT class, count(*) FROM purchases GROUP BY 1 ORDER BY 1;
-- food categories
INSERT INTO food_categories VALUES ('43211500');
SELECT reclassify_purchases() AS computers_are_food_now;
SELECT class, count(*) FROM purchases GROUP BY 1 ORDER BY 1;
ROLLBACK;
-- rolled back: the lists and the classes are as before
SELECT classify_purchase(category => '50121537', labels => '{produit du quebec}') AS label_forgotten;
SELECT class, count(*) FROM purchases GROUP BY 1 ORDER BY 1;
SELECT reclassify_purchases() AS nothing_changed;
-- an edit of the geography is followed too
BEGIN;
UPDATE fsa_regions SET region = 'Laval' WHERE fsa = 'J1H';
SELECT region_of_postal_code('J1H 5N4') AS sherbrooke_moved;
SELECT reclassify_purchases() AS changed;
SELECT DISTINCT class FROM purchases WHERE labels = '{}';
ROLLBACK;

-- Restore order: pg_dump restores the rows of the extension's tables in
-- the order of their names, and the trigger classes each restored purchase
-- with the lists of that moment.  The tables the classification reads
-- (eco_labels, food_labels, food_categories, municipalities,
-- mrc_region_changes, fsa_regions, ldu_communities, former_municipalities,
-- locality_aliases, known_parties) and the deletion log must sort before
-- "purchases";
-- these are the dumped tables that sort after it, none of them read by the
-- classification (test/t/020_dump_restore_all.pl restores them all).
SELECT c.relname AS restored_after_purchases
FROM pg_extension e
CROSS JOIN LATERAL unnest(e.extconfig) AS x(oid)
JOIN pg_class c ON c.oid = x.oid
WHERE e.extname = 'cag_ovt' AND c.relkind = 'r'
  AND c.relname::text OPERATOR(pg_catalog.>) 'purchases' COLLATE "C"
ORDER BY c.relname::text COLLATE "C";

--
-- The trigger on a user's own table: by column name, partitions included.
--
CREATE TABLE my_purchases (LIKE purchases INCLUDING DEFAULTS)
    PARTITION BY RANGE (purchased_on);
CREATE TABLE my_purchases_2021 PARTITION OF my_purchases FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
-- a partition whose columns are in another order
CREATE TABLE my_purchases_2022 (LIKE purchases INCLUDING DEFAULTS);
ALTER TABLE my_purchases_2022 DROP COLUMN class, DROP COLUMN labels;
ALTER TABLE my_purchases_2022 ADD COLUMN class purchase_class NOT NULL, ADD COLUMN labels text[];
ALTER TABLE my_purchases ATTACH PARTITION my_purchases_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
CREATE TRIGGER classify BEFORE INSERT OR UPDATE ON my_purchases
    FOR EACH ROW EXECUTE FUNCTION classify_purchase_trigger();
INSERT INTO my_purchases (purchase_id, purchased_on, buyer_region, supplier_postal_code, amount, labels, class)
VALUES (1, '2021-05-01', 'Estrie', 'J1H 5N4', 1, '{FSC}', '{}'),
       (2, '2022-05-01', 'Laval', 'J1H 5N4', 1, '{FSC}', '{}');
SELECT tableoid::regclass, purchase_id, class FROM my_purchases ORDER BY purchase_id;
-- a row moved to another partition is classed again
UPDATE my_purchases SET purchased_on = '2022-06-01', supplier_postal_code = 'H2Y 1C6'
WHERE purchase_id = 1;
SELECT tableoid::regclass, purchase_id, class FROM my_purchases ORDER BY purchase_id;
SELECT count(*) FILTER (WHERE classify_purchase(m) = class) AS agree FROM my_purchases m;
-- a missing column, a column of the wrong type: clear errors
CREATE TABLE bad_purchases (LIKE purchases INCLUDING DEFAULTS);
ALTER TABLE bad_purchases DROP COLUMN supplier_country;
CREATE TRIGGER classify BEFORE INSERT OR UPDATE OR DELETE ON bad_purchases
    FOR EACH ROW EXECUTE FUNCTION classify_purchase_trigger();
INSERT INTO bad_purchases (purchase_id, purchased_on, amount, class) VALUES (1, '2022-01-01', 1, '{}');
SELECT classify_purchase(ROW(1, 2));
ALTER TABLE bad_purchases ADD COLUMN supplier_country varchar(3);
INSERT INTO bad_purchases (purchase_id, purchased_on, amount, class) VALUES (1, '2022-01-01', 1, '{}');
ALTER TABLE bad_purchases DISABLE TRIGGER classify;
INSERT INTO bad_purchases (purchase_id, purchased_on, amount, class) VALUES (1, '2022-01-01', 1, '{}');
SELECT classify_purchase(b) FROM bad_purchases b;
-- fired the wrong way, or called directly
ALTER TABLE bad_purchases ENABLE TRIGGER classify;
DELETE FROM bad_purchases;
ALTER TABLE bad_purchases DROP COLUMN supplier_country, ADD COLUMN supplier_country text;
CREATE TRIGGER classify_after AFTER INSERT ON bad_purchases
    FOR EACH ROW EXECUTE FUNCTION classify_purchase_trigger();
INSERT INTO bad_purchases (purchase_id, purchased_on, amount, class) VALUES (2, '2022-01-01', 1, '{}');
DROP TRIGGER classify_after ON bad_purchases;
CREATE TRIGGER classify_statement BEFORE INSERT ON bad_purchases
    FOR EACH STATEMENT EXECUTE FUNCTION classify_purchase_trigger();
INSERT INTO bad_purchases (purchase_id, purchased_on, amount, class) VALUES (2, '2022-01-01', 1, '{}');
SELECT classify_purchase_trigger();
DROP TABLE my_purchases, bad_purchases;

--
-- Nothing resolves through search_path: hostile operators and functions
-- change nothing (the cache is reloaded under them).
--
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.hijack_text(text, text) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION hostile.hijack_class(cag_ovt.purchase_class, cag_ovt.purchase_class) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION hostile.hijack_date(date, date) RETURNS boolean
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.hijack_text);
CREATE OPERATOR hostile.<> (LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
                            FUNCTION = hostile.hijack_class);
CREATE OPERATOR hostile.>= (LEFTARG = date, RIGHTARG = date, FUNCTION = hostile.hijack_date);
CREATE FUNCTION hostile.count(anyelement) RETURNS bigint
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION hostile.classify_purchase(record) RETURNS cag_ovt.purchase_class
    LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
BEGIN;
UPDATE cag_ovt.eco_labels SET name = 'ENERGY STAR®' WHERE label OPERATOR(pg_catalog.=) 'ENERGY STAR';
SET LOCAL search_path = hostile, cag_ovt, pg_catalog;
SELECT cag_ovt.classify_purchase(labels => '{energy star}') AS reloaded_under_hostile_path;
SELECT cag_ovt.explain_classification(labels => '{energy star}') #>> '{eco,name}' AS name;
INSERT INTO cag_ovt.purchases (purchased_on, buyer_region, supplier_postal_code, amount, labels)
VALUES ('2022-02-01', 'Estrie', 'J1H 5N4', 5, '{Energy Star}') RETURNING class;
SELECT cag_ovt.reclassify_purchases('2022-01-01');
ROLLBACK;
DROP SCHEMA hostile CASCADE;

\set rm 'cat > /dev/null; rm -f ' :'f'
COPY (SELECT) TO PROGRAM :'rm';
TRUNCATE purchases;

-- Localities, FSAs and addresses: locality_keys, municipality_of_locality,
-- region_of_locality, regions_of_fsa, region_of_fsa, locate, and the
-- reference tables fsa_regions, former_municipalities, locality_aliases.
SET search_path = cag_ovt, public;

-- Keys: accents, case, St/Ste, hyphens, apostrophes, designations,
-- trailing province or postal code, qualifier in parentheses
SELECT n, locality_keys(n) FROM (VALUES
    ('Montréal'), ('MONTREAL'), ('montreal'), ('St-Hubert'), ('St. Hubert'),
    ('Ste-Foy'), ('Sainte Foy'), ('L''Assomption'), ('L’Assomption'),
    ('L`Assomption'), ('Lassomption'), ('Ville de Québec'), ('Municipalité de Val-David'),
    ('Cité de Dorval'), ('City of Montreal'), ('Ville Mont-Royal'), ('Ville-Marie'),
    ('Québec (Québec)'), ('Lévis, QC'), ('Lévis, Québec'), ('Lévis P.Q.'),
    ('Laval H7T 1A1'), ('Laval, QC H7T1A1'), ('Montréal, Qc, Canada'),
    ('N.-D.-des-Prairies'), ('Mt-Tremblant'), ('Pte-Claire'),
    ('Saint-Lambert. (Montérégie)'), ('Québec'), ('QC'), ('MontrÃ©al')) v(n);

-- Bad input: no letter, too long
SELECT locality_keys('');
SELECT locality_keys('   -- ');
SELECT locality_keys('123');
SELECT locality_keys(repeat('Saint-Jean-sur-Richelieu ', 20));
SELECT locality_keys(repeat('a', 200));
-- ... and the lookups say "unknown" instead
SELECT region_of_locality(''), municipality_of_locality('123'),
       region_of_locality(repeat('a', 500)), region_of_locality(NULL),
       municipality_of_locality(NULL, '2013-01-01');

-- Real spellings of the supplier cities (ville) of the January 2013 SEAO
-- export, with the municipality and the region on 2013-01-15 worked out
-- from the MAMH directory and the sources (data/geo): every row where the
-- functions say otherwise is listed.
CREATE TEMP TABLE spellings (spelling text, municipality text, region text);
INSERT INTO spellings VALUES
    ('Montréal', '66023', '06'),
    ('Québec', '23027', '03'),
    ('Laval', '65005', '13'),
    ('Longueuil', '58227', '16'),
    ('Lévis', '25213', '12'),
    ('Gatineau', '81017', '07'),
    ('Montreal', '66023', '06'),
    ('Chicoutimi', '94068', '02'),
    ('Rouyn-Noranda', '86042', '08'),
    ('Trois-Rivières', '37067', '04'),
    ('Joliette', '61025', '14'),
    ('Terrebonne', '64008', '14'),
    ('Saint-Jérôme', '75017', '15'),
    ('Saint-Hyacinthe', '54048', '16'),
    ('Boucherville', '58033', '16'),
    ('Brossard', '58007', '16'),
    ('Sherbrooke', '43027', '05'),
    ('Saint-Eustache', '72005', '15'),
    ('Thetford Mines', '31084', '12'),
    ('Mirabel', '74005', '15'),
    ('Saint-Jean-sur-Richelieu', '56083', '16'),
    ('Victoriaville', '39062', '17'),
    ('Pointe-Claire', '66097', '06'),
    ('Repentigny', '60013', '14'),
    ('Saint-Hubert', '58227', '16'),
    ('Jonquière', '94068', '02'),
    ('Drummondville', '49058', '17'),
    ('Châteauguay', '67050', '16'),
    ('Baie-Comeau', '96020', '09'),
    ('Dolbeau-Mistassini', '92022', '02'),
    ('Saguenay', '94068', '02'),
    ('Rimouski', '10043', '01'),
    ('Granby', '47017', '16'),
    ('Varennes', '59020', '16'),
    ('Boisbriand', '73005', '15'),
    ('Shawinigan', '36033', '04'),
    ('Dorval', '66087', '06'),
    ('Vaudreuil-Dorion', '71083', '16'),
    ('Saint-Augustin-de-Desmaures', '23072', '03'),
    ('Chambly', '57005', '16'),
    ('Blainville', '73015', '15'),
    ('Sorel-Tracy', '53052', '16'),
    ('Candiac', '67020', '16'),
    ('Saint-Henri', '19068', '12'),
    ('Sainte-Foy', '23027', '03'),
    ('Sainte-Julie', '59010', '16'),
    ('Salaberry-de-Valleyfield', '70052', '16'),
    ('Val-d''Or', '89008', '08'),
    ('Amos', '88055', '08'),
    ('Alma', '93042', '02'),
    ('Saint-Rémi', '68055', '16'),
    ('Rawdon', '62037', '14'),
    ('Chibougamau', '99025', '10'),
    ('Lac-Beauport', '22040', '03'),
    ('Saint-Georges', '29073', '12'),
    ('Mont-Tremblant', '78102', '15'),
    ('Le Gardeur', '60013', '14'),
    ('St-Hubert', '58227', '16'),
    ('St-Laurent', '66023', '06'),
    ('Rivière-du-Loup', '12072', '01'),
    ('Saint-Félicien', '91042', '02'),
    ('Saint-Bruno-de-Montarville', '58037', '16'),
    ('Sainte-Marie', '26030', '12'),
    ('Saint-Marc-des-Carrières', '34065', '03'),
    ('Mascouche', '64015', '14'),
    ('Saint-Germain-de-Grantham', '49048', '17'),
    ('Nicolet', '50072', '17'),
    ('Sainte-Béatrix', '62020', '14'),
    ('LAVAL', '65005', '13'),
    ('L''Ancienne-Lorette', '23057', '03'),
    ('Saint-André-Avellin', '80027', '07'),
    ('Chelsea', '82025', '07'),
    ('Mont-Saint-Hilaire', '57035', '16'),
    ('Coaticook', '44037', '05'),
    ('Saint-François-du-Lac', '50128', '17'),
    ('Montréal-Est', '66007', '06'),
    ('Saint-Raymond', '34128', '03'),
    ('Gaspé', '03005', '11'),
    ('Matane', '08053', '01'),
    ('Pointe Claire', '66097', '06'),
    ('Westmount', '66032', '06'),
    ('Saint-Paul', '61005', '14'),
    ('Notre-Dame-du-Bon-Conseil', NULL, '17'),
    ('Sainte-Agathe-des-Monts', '78032', '15'),
    ('Marieville', '55048', '16'),
    ('Delson', '67025', '16'),
    ('La Prairie', '67015', '16'),
    ('Saint-Alexandre', '56055', '16'),
    ('Saint-Bruno', '93030', '02'),
    ('Saint-Constant', '67035', '16'),
    ('La Malbaie', '15013', '03'),
    ('Sainte-Martine', '70012', '16'),
    ('L''Assomption', '60028', '14'),
    ('Lachine', '66023', '06'),
    ('Lasalle', '66023', '06'),
    ('St Laurent', '66023', '06'),
    ('Chertsey', '62047', '14'),
    ('Notre-Dame-des-Prairies', '61030', '14'),
    ('Mont-Laurier', '79088', '15'),
    ('L''Épiphanie', '60037', '14'),
    ('Saint-Christophe-d''Arthabaska', '39060', '17'),
    ('Bois-des-Filion', '73030', '15'),
    ('Saint-Étienne-des-Grès', '51090', '04'),
    ('Saint-Romuald', '25213', '12'),
    ('Montréal-Ouest', '66047', '06'),
    ('Morin-Heights', '77050', '15'),
    ('Prévost', '75040', '15'),
    ('Sainte-Marie-Madeleine', '54030', '16'),
    ('Magog', '45072', '05'),
    ('Saint-Rédempteur', '25213', '12'),
    ('Saint-Tite', '35027', '04'),
    ('Saint-Augustin', NULL, NULL),
    ('Bécancour', '38010', '17'),
    ('Lavaltrie', '52007', '14'),
    ('Saint-Césaire', '55023', '16'),
    ('Plessisville', NULL, '17'),
    ('Saint-Basile-le-Grand', '57020', '16'),
    ('Sainte-Thérèse', '73010', '15'),
    ('Papineauville', '80037', '07'),
    ('Sainte-Anne-des-Plaines', '73035', '15'),
    ('Saint-Roch-de-l''Achigan', '63035', '14'),
    ('ROUYN-NORANDA', '86042', '08'),
    ('Laterrière', '94068', '02'),
    ('Laval Des Rapides', '65005', '13'),
    ('MONTRÉAL', '66023', '06'),
    ('Saint-Lazare', '71105', '16'),
    ('Saint-Édouard-de-Lotbinière', '33080', '12'),
    ('Saint-Benoît-Labre', '29100', '12'),
    ('Sainte-Anne-des-Lacs', '77035', '15'),
    ('Saint-Honoré', '94240', '02'),
    ('Sainte-Catherine', '67030', '16'),
    ('Beauharnois', '70022', '16'),
    ('Sainte-Adèle', '77022', '15'),
    ('SHERBROOKE', '43027', '05'),
    ('La Présentation', '54035', '16'),
    ('Cowansville', '46080', '16'),
    ('Scott', '26048', '12'),
    ('Chandler', '02028', '11'),
    ('Charlesbourg', '23027', '03'),
    ('Pierreville', '50113', '17');
SELECT count(*) AS spellings FROM spellings;
SELECT spelling, municipality AS expected_municipality,
       municipality_of_locality(spelling, '2013-01-15') AS municipality,
       region AS expected_region,
       region_code(region_of_locality(spelling, '2013-01-15')) AS region
FROM spellings
WHERE municipality IS DISTINCT FROM municipality_of_locality(spelling, '2013-01-15')
   OR region IS DISTINCT FROM region_code(region_of_locality(spelling, '2013-01-15'))
ORDER BY spelling;

-- Former municipalities: 2002 mergers (the successor at any date), 2006
-- demergers (the city it was part of only from 2002 to 2005), Laval 1965,
-- a renaming
SELECT n, d, municipality_of_locality(n, d), region_of_locality(n, d) FROM (VALUES
    ('Sainte-Foy', date '1999-06-01'), ('Sainte-Foy', '2013-01-15'),
    ('Charlesbourg', '2013-01-15'), ('Chicoutimi', '2013-01-15'), ('Jonquière', '2001-01-01'),
    ('Hull', '2013-01-15'), ('Aylmer', '2013-01-15'), ('Saint-Hubert', '2013-01-15'),
    ('Lachine', '2013-01-15'), ('Saint-Romuald', '2013-01-15'), ('Cap-de-la-Madeleine', '2013-01-15'),
    ('Chomedey', '1960-01-01'), ('Chomedey', '2013-01-15'), ('Évain', '2013-01-15'),
    ('Westmount', '2001-12-31'), ('Westmount', '2002-01-01'), ('Westmount', '2005-12-31'),
    ('Westmount', '2006-01-01'), ('Dorval', '2004-06-01'), ('Boucherville', '2004-06-01'),
    ('Boucherville', '2013-01-15'), ('L''Ancienne-Lorette', '2003-01-01'),
    ('L''Ancienne-Lorette', '2013-01-15'), ('Grosse-Île', '2003-01-01'),
    ('Asbestos', '2013-01-15'), ('Val-des-Sources', '2022-01-01')) v(n, d);

-- The 2021 move of Brome-Missisquoi and La Haute-Yamaska to Estrie
SELECT n, region_of_locality(n, '2013-01-15') AS in_2013, region_of_locality(n, '2022-01-01') AS in_2022
FROM (VALUES ('Granby'), ('Cowansville'), ('Bromont'), ('Sherbrooke'), ('Longueuil')) v(n);
SELECT f, region_of_fsa(f, '2013-01-15') AS in_2013, region_of_fsa(f, '2022-01-01') AS in_2022,
       regions_of_fsa(f, '2013-01-15') AS candidates_2013, regions_of_fsa(f, '2022-01-01') AS candidates_2022
FROM (VALUES ('J2G'), ('J2K'), ('J2L'), ('J0E'), ('J0J')) v(f);

-- Ambiguous names: homonyms of different regions are NULL, of one region
-- give the region; current names win over former ones and aliases; a
-- region in parentheses chooses
SELECT n, municipality_of_locality(n, '2013-01-15'), region_of_locality(n, '2013-01-15') FROM (VALUES
    ('Saint-Lambert'), ('Saint-Lambert (Montérégie)'), ('Saint-Lambert (Abitibi-Témiscamingue)'),
    ('Saint-Lambert (Laval)'), ('Clermont'), ('L''Ange-Gardien'), ('Saint-Augustin'),
    ('Plessisville'), ('Notre-Dame-du-Bon-Conseil'), ('Saint-Martin'), ('Saint-Sauveur'),
    ('Ville-Marie'), ('Mercier'), ('Toronto'), ('Paris')) v(n);

-- FSAs: every Québec FSA in use, the rural ones with their candidates
SELECT count(DISTINCT fsa) AS fsas, count(*) AS rows FROM fsa_regions;
SELECT count(*) AS several_regions FROM (
    SELECT fsa FROM fsa_regions WHERE valid_until = 'infinity' GROUP BY fsa HAVING count(*) > 1) s;
SELECT f, region_of_fsa(f, '2013-01-15'), regions_of_fsa(f, '2013-01-15') FROM (VALUES
    ('H7T'), ('h2x'), (' G1V '), ('G0A'), ('J0T'), ('G0Y'), ('K1A'), ('H0H')) v(f);
SELECT region_of_postal_code('H7T 1A1', '2013-01-15'), region_of_postal_code('G0A 1E0'),
       region_of_postal_code('J2G 1A1', '2013-01-15'), region_of_postal_code('J2G 1A1', '2022-01-01'),
       region_of_postal_code('K1A 0B1');
SELECT regions_of_fsa('J2G', NULL) = regions_of_fsa('J2G') AS null_is_today, regions_of_fsa(NULL);
SELECT regions_of_fsa('J2');
SELECT regions_of_fsa('123');

-- locate: the decision and its evidence
SELECT d, locate(pc::postal_code, city, prov, country, '2013-01-15') FROM (VALUES
    ('unambiguous FSA, city agrees', 'J2G 1A1', 'Granby', 'QC', 'CAN'),
    ('unambiguous FSA, city disagrees', 'H7T 1A1', 'Saint-Martin', 'QC', 'CAN'),
    ('FSA candidates and the city', 'J0E 9Z9', 'Cowansville', 'QC', 'CAN'),
    ('FSA candidates, city elsewhere', 'J0E 9Z9', 'L''Ange-Gardien', 'QC', 'CAN'),
    ('FSA candidates, no city', 'J0T 9Z9', NULL, 'QC', 'CAN'),
    ('rural postal code: its community', 'J0T 1T0', NULL, 'QC', 'CAN'),
    ('rural postal code, city elsewhere', 'J0B 2C0', 'Laval', 'QC', 'CAN'),
    ('city alone', NULL, 'Ste-Foy', NULL, NULL),
    ('postal code in the city field', NULL, 'Montréal (Québec) H3B 2Y5', 'QC', 'CAN'),
    ('another province', 'M6K 3H7', 'Québec', 'ON', 'CAN'),
    ('NL in pays is the Netherlands', NULL, 'Woerden', 'NL', 'NL'),
    ('NL in province, Canada', NULL, 'St. John''s', 'NL', 'CAN'),
    ('a US state', NULL, 'Boston', 'MA', 'USA'),
    ('province QC only', NULL, NULL, 'QC', 'CAN'),
    ('nothing', NULL, NULL, NULL, NULL),
    ('unknown city', NULL, 'Xyzville', NULL, NULL)) v(d, pc, city, prov, country);
SELECT locate('G0A 1E0', 'Beaupré', 'QC', 'CAN', NULL) = locate('G0A 1E0', 'Beaupré', 'QC', 'CAN') AS null_is_today;
-- the full postal codes of rural FSAs (ldu_communities): the community's
-- municipality decides, on the date (Estrie move of 2021); region_of_postal_code too
SELECT pc, d, region_of_postal_code(pc::postal_code, d) FROM (VALUES
    ('J0E 1B0', date '2013-01-15'), ('J0E 1B0', '2022-01-01'), ('J0E 1A0', '2022-01-01'),
    ('J0T 1T0', '2013-01-15'),
    ('J0T 9Z9', '2013-01-15'), ('G0A 1E0', '2013-01-15'),
    -- a village of Lac-Brome, and Bedford (a Ville and a Canton): dated too
    ('J0E 1V0', '2013-01-15'), ('J0E 1V0', '2022-01-01'), ('J0J 1A0', '2013-01-15'),
    ('J0J 1A0', '2022-01-01'),
    -- a community written short: St-Valérien is Saint-Valérien-de-Milton
    -- (J0H), not Saint-Valérien of Bas-Saint-Laurent
    ('J0H 2B0', '2013-01-15')) v(pc, d);
SELECT postal_code, community, municipality, region FROM ldu_communities
WHERE postal_code IN ('J0E 1A0', 'J0E 1B0', 'J0T 1T0', 'G0X 2P0', 'J0E 1V0', 'J0J 1A0', 'J0H 2B0')
ORDER BY 1;
-- villages written for their municipality (locality_aliases), dated
SELECT n, municipality_of_locality(n, '2013-01-15'), region_of_locality(n, '2013-01-15') AS in_2013,
       region_of_locality(n, '2022-01-01') AS in_2022
FROM (VALUES ('Knowlton'), ('Philipsburg'), ('Mansonville')) v(n);
-- a public body named after its municipality, when nothing else places it
SELECT d, locate(pc::postal_code, NULL, 'QC', 'CAN', '2013-01-15', name, party)
       - ARRAY['registry', 'city'] FROM (VALUES
    ('a town as supplier', NULL, 'Ville de Mont-Saint-Hilaire', 'supplier'),
    ('a municipality in a rural FSA', 'G0M 9Z9', 'Municipalité de Lambton.', 'buyer'),
    ('homonyms, the FSA chooses', 'G0T 9Z9', 'Municipalité de Saint-Siméon .', 'buyer'),
    ('a service of a town', NULL, 'Ville de Montréal - Arrondissement Saint-Laurent', 'buyer'),
    ('a designation, no municipality', NULL, 'Cité de la culture et du sport de Laval', 'supplier'),
    ('not a public body', NULL, 'Rogers Communications', 'supplier'),
    ('the postal code decides', 'H7T 1A1', 'Ville de Québec', 'buyer')) v(d, pc, name, party);
SELECT locate(NULL, NULL, NULL, NULL, NULL, 'Ville de Laval', 'seller');

-- The reference tables are editable, and the lookups follow
BEGIN;
INSERT INTO locality_aliases (alias, municipalities, kind, source)
    VALUES ('Le Plateau', '{66023}', 'neighbourhood', 'test');
SELECT municipality_of_locality('Le Plateau'), region_of_locality('le plateau');
INSERT INTO locality_aliases (alias, region, kind, source) VALUES ('Hameau-Test', '09', 'community', 'test');
SELECT municipality_of_locality('Hameau Test'), region_of_locality('Hameau Test');
UPDATE fsa_regions SET region = '16' WHERE fsa = 'H7T';
SELECT region_of_fsa('H7T'), region_of_postal_code('H7T 1A1');
INSERT INTO former_municipalities (name, ended_on, successor, event, source)
    VALUES ('Vieux-Village-Test', '1990-01-01', '66023', 'merged', 'test');
SELECT municipality_of_locality('Vieux Village Test', '1980-01-01');
ROLLBACK;
SELECT region_of_fsa('H7T'), region_of_locality('Le Plateau');
-- constraints
INSERT INTO locality_aliases (alias, municipalities, region) VALUES ('X', '{66023}', '06');
INSERT INTO locality_aliases (alias, municipalities) VALUES ('X', '{6602}');
INSERT INTO locality_aliases (alias) VALUES ('X');
INSERT INTO fsa_regions (fsa, region) VALUES ('h7t', '13');
INSERT INTO fsa_regions (fsa, region, valid_from, valid_until) VALUES ('H7T', '13', '2020-01-01', '2019-01-01');
INSERT INTO former_municipalities (name, ended_on, successor, restored_on, source)
    VALUES ('X', '2002-01-01', '66023', '2001-01-01', 'test');
-- a name that cannot be read breaks the cache with a clear error
BEGIN;
INSERT INTO locality_aliases (alias, municipalities, kind, source) VALUES ('---', '{66023}', 'spelling', 'test');
SELECT region_of_locality('Montréal');
ROLLBACK;
SELECT region_of_locality('Montréal');

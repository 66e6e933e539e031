-- Deterministic generator of realistic sample purchases for cag_ovt.
--
--   psql -v rows=1000000 -f data/demo/generate.sql
--
-- Every pseudo-random choice is a hash of (row number, stream number, seed), so the
-- same rows come out on every run, in any plan (parallel or not).  What it makes:
--   * suppliers: Québec suppliers spread like the population, with valid NEQs and
--     real town-hall postal codes (data/mamh-municipalities-2023.csv); some from other
--     provinces (real-looking postal codes) and the United States; a few with no
--     known location; province spelled the many ways real files do;
--   * purchases over three fiscal years (2020-2021 to 2022-2023), buyers spread over
--     the 17 regions in proportion to population, most suppliers local or from the
--     big centres, UNSPSC codes including food (segment 50), eco labels on the
--     categories that carry them, Québec food labels on food, group purchases,
--     log-normal amounts and a few credit notes.
\if :{?rows}
\else
\set rows 1000000
\endif
\if :{?seed}
\else
\set seed 2020
\endif

SET search_path = cag_ovt, public;
SET client_min_messages = warning;

-- u(i, k): uniform in [0, 1) for row i and stream k.
CREATE TEMP TABLE demo_seed AS SELECT :seed::bigint AS seed;
CREATE FUNCTION pg_temp.u(i bigint, k integer) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ((hashint8extended(i, k::bigint * 7919 + 20202022) >> 11) & 9007199254740991)::float8
             / 9007199254740992.0 $$;
-- n(i, k): standard normal (Box-Muller).
CREATE FUNCTION pg_temp.n(i bigint, k integer) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT sqrt(-2 * ln(1 - pg_temp.u(i, k))) * cos(2 * pi() * pg_temp.u(i, k + 1)) $$;
-- A valid NEQ: prefix, seven digits from the hash, Luhn check digit over digits 3-9.
CREATE FUNCTION pg_temp.make_neq(prefix integer, body bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    WITH d AS (SELECT lpad(prefix::text, 2, '0') || lpad((body % 10000000)::text, 7, '0') AS s),
    l AS (
        SELECT s, sum(CASE WHEN (9 - p) % 2 = 0
                           THEN (substr(s, p, 1)::int * 2) - CASE WHEN substr(s, p, 1)::int >= 5 THEN 9 ELSE 0 END
                           ELSE substr(s, p, 1)::int END) AS total
        FROM d, generate_series(3, 9) AS p GROUP BY s)
    SELECT s || ((10 - total % 10) % 10)::text FROM l
$$;

-- Regions weighted by population: 10,000 buckets.
CREATE TEMP TABLE demo_region_bucket AS
WITH w AS (
    SELECT region, sum(population)::float8 AS pop FROM municipalities GROUP BY region),
c AS (
    SELECT region,
           floor(10000 * (sum(pop) OVER (ORDER BY region) - pop) / sum(pop) OVER ())::int AS lo,
           floor(10000 * sum(pop) OVER (ORDER BY region) / sum(pop) OVER ())::int AS hi
    FROM w)
SELECT generate_series(lo, hi - 1) AS b, region FROM c;
CREATE UNIQUE INDEX ON demo_region_bucket (b);

-- Municipalities weighted by population: 20,000 buckets (supplier home towns).
CREATE TEMP TABLE demo_town_bucket AS
WITH c AS (
    SELECT code, name, postal_code, region,
           floor(20000 * (sum(population::float8 + 300) OVER (ORDER BY code) - (population::float8 + 300))
                 / sum(population::float8 + 300) OVER ())::int AS lo,
           floor(20000 * sum(population::float8 + 300) OVER (ORDER BY code)
                 / sum(population::float8 + 300) OVER ())::int AS hi
    FROM municipalities WHERE postal_code IS NOT NULL)
SELECT generate_series(lo, hi - 1) AS b, code, name, postal_code, region FROM c;
CREATE UNIQUE INDEX ON demo_town_bucket (b);

-- Montréal and Capitale-Nationale, where more suppliers are than buyers.
CREATE TEMP TABLE demo_centre_bucket AS
SELECT (row_number() OVER (ORDER BY b) - 1)::int AS k, b
FROM demo_town_bucket WHERE region_code(region) IN ('03', '06');
CREATE UNIQUE INDEX ON demo_centre_bucket (k);

-- Suppliers outside Québec: real-looking addresses.
CREATE TEMP TABLE demo_outside (k int, province text, country text, postal_code text, city text);
INSERT INTO demo_outside VALUES
    (0, 'ON', 'CAN', 'K1P 5J9', 'Ottawa'), (1, 'ON', 'CAN', 'M5H 2N2', 'Toronto'),
    (2, 'Ontario', 'Canada', 'L4W 5K7', 'Mississauga'), (3, 'ON', 'CAN', 'K2P 0A4', 'Ottawa'),
    (4, 'NB', 'CAN', 'E1C 4M3', 'Moncton'), (5, 'AB', 'CAN', 'T2P 2M5', 'Calgary'),
    (6, 'BC', 'CAN', 'V6B 4Y8', 'Vancouver'), (7, 'NS', 'CAN', 'B3J 3K5', 'Halifax'),
    (8, 'MB', 'CAN', 'R3C 4T3', 'Winnipeg'), (9, 'On', 'CAN', 'L3R 6E8', 'Markham'),
    (10, 'NY', 'USA', NULL, 'New York'), (11, 'IL', 'USA', NULL, 'Chicago'),
    (12, 'VT', 'USA', NULL, 'Burlington'), (13, 'CA', 'USA', NULL, 'San Jose');

-- 6,000 suppliers.
CREATE TEMP TABLE demo_suppliers AS
WITH s AS (
    SELECT s, pg_temp.u(s, 101) AS kind_u FROM generate_series(1, 6000) AS s),
k AS (
    SELECT s.s,
           CASE WHEN kind_u < 0.86 THEN 'quebec'
                WHEN kind_u < 0.93 THEN 'canada'
                WHEN kind_u < 0.955 THEN 'usa'
                ELSE 'unknown' END AS kind,
           -- big centres weigh more for suppliers than for buyers
           CASE WHEN pg_temp.u(s.s, 102) < 0.25
                THEN (SELECT b FROM demo_centre_bucket
                      WHERE k = floor(pg_temp.u(s.s, 104) * (SELECT count(*) FROM demo_centre_bucket))::int)
                ELSE floor(pg_temp.u(s.s, 105) * 20000)::int END AS town_b
    FROM s)
SELECT k.s AS supplier,
       k.kind,
       (ARRAY['Groupe', 'Distribution', 'Services', 'Équipements', 'Alimentation', 'Informatique',
              'Construction', 'Fournitures', 'Laboratoires', 'Transport'])[1 + floor(pg_temp.u(k.s, 106) * 10)::int]
           || ' ' || CASE WHEN k.kind = 'quebec' THEN t.name ELSE coalesce(o.city, 'Nord') END
           || ' ' || (ARRAY['inc.', 'ltée', 'S.E.N.C.', 'coop'])[1 + floor(pg_temp.u(k.s, 107) * 4)::int] AS name,
       CASE WHEN pg_temp.u(k.s, 108) < CASE WHEN k.kind = 'quebec' THEN 0.95 ELSE 0.4 END
            THEN pg_temp.make_neq((ARRAY[11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 22, 22, 33, 88]
                                  )[1 + floor(pg_temp.u(k.s, 109) * 20)::int],
                                  hashint8extended(k.s, 110) & 1073741823) END AS neq,
       CASE k.kind
           WHEN 'quebec' THEN (ARRAY['QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC', 'QC',
                                       'Qc', 'Qc', 'Québec', 'Québec', 'PQ', 'Quebec', NULL, NULL, NULL, NULL, '-1']
                            )[1 + floor(pg_temp.u(k.s, 111) * 25)::int]
           WHEN 'unknown' THEN NULL
           ELSE o.province END AS province,
       CASE k.kind WHEN 'quebec' THEN (CASE WHEN pg_temp.u(k.s, 112) < 0.8 THEN 'CAN' END)
                   WHEN 'unknown' THEN NULL ELSE o.country END AS country,
       CASE k.kind WHEN 'quebec' THEN t.postal_code::text WHEN 'canada' THEN o.postal_code END AS postal_code,
       CASE WHEN k.kind = 'quebec' THEN t.region END AS home_region,
       -- the region is written down for some suppliers, else the postal code tells
       CASE WHEN k.kind = 'quebec' AND pg_temp.u(k.s, 113) < 0.35 THEN t.region END AS region
FROM k
JOIN demo_town_bucket AS t ON t.b = k.town_b
LEFT JOIN demo_outside AS o
       ON o.k = CASE k.kind WHEN 'canada' THEN floor(pg_temp.u(k.s, 114) * 10)::int
                            WHEN 'usa' THEN 10 + floor(pg_temp.u(k.s, 114) * 4)::int END;

-- Per region, the suppliers based there (local purchases), numbered 0..n-1.
CREATE TEMP TABLE demo_local AS
SELECT home_region AS region, (row_number() OVER (PARTITION BY home_region ORDER BY supplier) - 1)::int AS k, supplier
FROM demo_suppliers WHERE home_region IS NOT NULL;
CREATE TEMP TABLE demo_local_count AS SELECT region, count(*)::int AS n FROM demo_local GROUP BY region;
CREATE UNIQUE INDEX ON demo_local (region, k);

-- Categories: UNSPSC code, description, weight, eco labels that apply, food.
CREATE TEMP TABLE demo_category (code text, description text, weight int, eco text[], eco_rate float8);
INSERT INTO demo_category VALUES
    ('43211503', 'Ordinateurs portables', 40, '{ENERGY STAR,EPEAT,Energy-Star,epeat}', 0.45),
    ('43211507', 'Ordinateurs de bureau', 25, '{ENERGY STAR,EPEAT,TCO Certified}', 0.40),
    ('43212100', 'Imprimantes', 15, '{ENERGY STAR,UL ECOLOGO}', 0.35),
    ('44121600', 'Fournitures de bureau', 40, '{UL ECOLOGO,EcoLogo,FSC}', 0.20),
    ('14111500', 'Papier d''impression', 30, '{FSC,UL ECOLOGO,fsc,Ecologo}', 0.55),
    ('47131800', 'Produits d''entretien', 30, '{UL ECOLOGO,Green Seal,ÉcoLogo,ECOCERT}', 0.35),
    ('56101500', 'Mobilier', 20, '{FSC,Cradle to Cradle,Greenguard}', 0.15),
    ('39111500', 'Éclairage intérieur', 10, '{ENERGY STAR}', 0.50),
    ('53102700', 'Uniformes', 10, '{Fairtrade,OEKO-TEX}', 0.10),
    ('42131600', 'Gants médicaux', 35, NULL, 0),
    ('42142500', 'Aiguilles et seringues', 25, NULL, 0),
    ('51101500', 'Antibiotiques', 25, NULL, 0),
    ('25101500', 'Véhicules automobiles', 15, '{ENERGY STAR}', 0.05),
    ('15101500', 'Carburants', 25, NULL, 0),
    ('72101500', 'Entretien de bâtiments', 40, NULL, 0),
    ('72121100', 'Construction de bâtiments commerciaux', 25, NULL, 0),
    ('76111500', 'Services de nettoyage', 25, '{Green Seal,UL ECOLOGO}', 0.15),
    ('78101800', 'Transport de marchandises', 20, NULL, 0),
    ('80101500', 'Services-conseils en gestion', 30, NULL, 0),
    ('81111500', 'Génie logiciel', 35, NULL, 0),
    ('81112200', 'Maintenance de logiciels', 25, NULL, 0),
    ('83111600', 'Téléphonie mobile', 15, NULL, 0),
    ('50112000', 'Viandes transformées', 20, NULL, 0),
    ('50131700', 'Produits laitiers', 20, NULL, 0),
    ('50181900', 'Pain et pâtisseries', 15, NULL, 0),
    ('50192100', 'Collations', 10, NULL, 0),
    ('50202300', 'Boissons non alcoolisées', 10, NULL, 0),
    ('50221000', 'Céréales transformées', 8, NULL, 0),
    ('50380000', 'Fruits frais', 12, '{Fairtrade,Écocert}', 0.08),
    ('50400000', 'Légumes frais', 12, '{Écocert}', 0.05);
CREATE TEMP TABLE demo_category_bucket AS
WITH c AS (
    SELECT *,
           floor(10000 * (sum(weight) OVER (ORDER BY code) - weight) / sum(weight) OVER ())::int AS lo,
           floor(10000 * sum(weight) OVER (ORDER BY code) / sum(weight) OVER ())::int AS hi
    FROM demo_category)
SELECT generate_series(lo, hi - 1) AS b, code, description, eco, eco_rate, code LIKE '50%' AS food FROM c;
CREATE UNIQUE INDEX ON demo_category_bucket (b);

CREATE TEMP TABLE demo_buyer (k int, pattern text);
INSERT INTO demo_buyer VALUES
    (0, 'CISSS de la région %s'), (1, 'Centre de services scolaire de %s'),
    (2, 'Ministère des Transports, direction %s'), (3, 'Cégep de %s'),
    (4, 'Société québécoise des infrastructures, %s'), (5, 'CIUSSS de %s'),
    (6, 'Ville de %s'), (7, 'Sûreté du Québec, district %s');

ANALYZE demo_region_bucket, demo_town_bucket, demo_suppliers, demo_local, demo_local_count,
        demo_category_bucket, demo_buyer;

-- The purchases.
INSERT INTO purchases (purchased_on, buyer, buyer_region, delivery_region, supplier_name,
                       supplier_neq, supplier_province, supplier_country, supplier_postal_code,
                       supplier_region, category, description, amount, labels,
                       group_purchase, source, source_ref)
SELECT p.purchased_on,
       format(b.pattern, region_name(br.buyer_region)),
       CASE WHEN p.unknown_buyer THEN NULL ELSE br.buyer_region END,
       CASE WHEN p.u_delivery < 0.03 THEN rb2.region END,
       s.name, s.neq::neq, s.province, s.country, s.postal_code::postal_code, s.region,
       c.code::unspsc, c.description,
       p.amount,
       CASE WHEN c.food AND p.u_label < CASE WHEN s.kind = 'quebec' THEN 0.55 ELSE 0.05 END
                THEN ARRAY[(ARRAY['Aliments du Québec', 'Aliments du Québec', 'Aliments préparés au Québec',
                                  'aliments du quebec', 'Aliments du Québec Bio'])[1 + floor(p.u_label2 * 5)::int]]
            WHEN c.eco IS NOT NULL AND p.u_label < c.eco_rate
                THEN ARRAY[c.eco[1 + floor(p.u_label2 * array_length(c.eco, 1))::int]]
            ELSE '{}'                   -- known to carry no label
       END,
       p.u_group < CASE WHEN c.code LIKE '4321%' OR c.code LIKE '4412%' OR c.code LIKE '1411%' THEN 0.6 ELSE 0.2 END,
       'demo', p.i::text
FROM (
    SELECT i,
           date '2020-04-01' + floor(pg_temp.u(i, 1) * 1095)::int AS purchased_on,
           floor(pg_temp.u(i, 2) * 10000)::int AS region_b,
           floor(pg_temp.u(i, 3) * 10000)::int AS region_b2,
           pg_temp.u(i, 4) AS u_delivery,
           pg_temp.u(i, 5) < 0.01 AS unknown_buyer,
           pg_temp.u(i, 6) AS u_local,
           pg_temp.u(i, 7) AS u_supplier,
           floor(pg_temp.u(i, 8) * 10000)::int AS category_b,
           pg_temp.u(i, 9) AS u_label,
           pg_temp.u(i, 10) AS u_label2,
           pg_temp.u(i, 11) AS u_group,
           floor(pg_temp.u(i, 12) * 8)::int AS buyer_k,
           -- log-normal amounts (median about 2,500 $), a few credit notes
           round((CASE WHEN pg_temp.u(i, 13) < 0.007 THEN -0.1 ELSE 1 END)
                 * least(exp(ln(2500) + 1.6 * pg_temp.n(i, 14)), 5000000)::numeric, 2) AS amount
    FROM generate_series(1, :rows) AS i
) AS p
JOIN demo_region_bucket AS rb ON rb.b = p.region_b
JOIN demo_region_bucket AS rb2 ON rb2.b = p.region_b2
CROSS JOIN LATERAL (SELECT rb.region AS buyer_region) AS br
JOIN demo_local_count AS lc ON lc.region = br.buyer_region
JOIN demo_local AS l ON l.region = br.buyer_region AND l.k = floor(p.u_supplier * lc.n)::int
JOIN demo_suppliers AS s
  ON s.supplier = CASE WHEN p.u_local < 0.55 THEN l.supplier ELSE 1 + floor(p.u_supplier * 6000)::int END
JOIN demo_category_bucket AS c ON c.b = p.category_b
JOIN demo_buyer AS b ON b.k = p.buyer_k;

ANALYZE purchases;

-- CAG positions: about 300, in the nine branch regions, about 35 % outside
-- Capitale-Nationale and Montréal; some opened since October 2018 in the regions
-- count toward the government's 5,000 regionalized positions.
INSERT INTO positions (region, office, opened_on, closed_on, regionalized)
SELECT region, office,
       CASE WHEN regionalized AND opened_on < date '2018-10-01'
            THEN date '2018-10-01' + (i * 37 % 1400) ELSE opened_on END,
       CASE WHEN closed_on > greatest(opened_on, date '2022-09-01') THEN closed_on END,
       regionalized
FROM (
    SELECT i, o.region::qc_region AS region, o.office,
           date '2015-04-01' + floor(pg_temp.u(i, 201) * 2900)::int AS opened_on,
           CASE WHEN pg_temp.u(i, 202) < 0.12
                THEN date '2020-06-01' + floor(pg_temp.u(i, 203) * 1000)::int END AS closed_on,
           o.region NOT IN ('03', '06') AND pg_temp.u(i, 204) < 0.45 AS regionalized
    FROM generate_series(1, 310) AS i
    JOIN (VALUES (0, 113, '03', 'Siège social, Québec'), (113, 195, '06', 'Succursale de Montréal'),
                 (195, 215, '16', 'Succursale de la Montérégie, Longueuil'),
                 (215, 232, '05', 'Succursale de l''Estrie, Sherbrooke'),
                 (232, 248, '04', 'Succursale de la Mauricie, Trois-Rivières'),
                 (248, 264, '02', 'Succursale du Saguenay–Lac-Saint-Jean, Saguenay'),
                 (264, 280, '01', 'Succursale du Bas-Saint-Laurent, Rimouski'),
                 (280, 296, '07', 'Succursale de l''Outaouais, Gatineau'),
                 (296, 311, '15', 'Succursale des Laurentides, Saint-Jérôme')) AS o(lo, hi, region, office)
      ON i - 1 >= o.lo AND i - 1 < o.hi
) AS p;

-- Partners' advisory committees: a national one and one per branch region.
INSERT INTO partner_committees (name, region, created_on, rules_adopted_on)
VALUES ('Comité national des partenaires', NULL, '2020-09-15', '2021-01-20'),
       ('Comité régional du Bas-Saint-Laurent', '01', '2020-11-10', '2021-03-15'),
       ('Comité régional du Saguenay–Lac-Saint-Jean', '02', '2020-11-24', '2021-06-08'),
       ('Comité régional de la Capitale-Nationale', '03', '2020-10-06', '2021-02-09'),
       ('Comité régional de la Mauricie', '04', '2021-01-19', '2021-09-14'),
       ('Comité régional de l''Estrie', '05', '2020-12-01', '2021-03-30'),
       ('Comité régional de Montréal', '06', '2020-10-13', '2021-02-23'),
       ('Comité régional de l''Outaouais', '07', '2021-04-20', '2022-01-18'),
       ('Comité régional des Laurentides', '15', '2021-09-07', NULL),
       ('Comité régional de la Montérégie', '16', '2021-05-11', '2021-11-23');
INSERT INTO committee_meetings (committee_id, held_on)
SELECT DISTINCT c.committee_id, c.created_on + m * 91 + (c.committee_id * 7 % 20)::int
FROM partner_committees c, generate_series(0, 11) AS m
WHERE c.created_on + m * 91 < date '2023-03-31';

-- Sample targets (the government-wide figures of DOMAIN.md, unverified), in the
-- unit of each indicator ('%' or 'nombre').
INSERT INTO targets (indicator, fiscal_year, region, target, note)
SELECT t.indicator, y, t.region::qc_region, t.target + t.step * (y - 2020), 'cible d''exemple (démo)'
FROM (VALUES ('quebec_share', NULL, 94.0, 0.5), ('eco_share', NULL, 8.0, 3.5),
             ('eco_share_in_group_purchases', NULL, 15.0, 0),
             ('quebec_food_share', NULL, 50.0, 2.5), ('committees_with_rules', NULL, 6.0, 2),
             ('regions_covered', NULL, 7.0, 1), ('share_in_regions', NULL, 35.0, 1),
             ('regionalized_positions', NULL, 20.0, 10),
             ('quebec_food_share', '05', 55.0, 0), ('regional_share', '14', 60.0, 0),
             ('regional_contract_share', '10', 50.0, 0),
             ('outside_centres_share', NULL, 54.0, 2.0)) AS t(indicator, region, target, step),
     generate_series(2020, 2022) AS y
-- outside_centres_share is since 1.1: the generator also serves a 1.0 database
WHERE t.indicator IN (SELECT i.indicator FROM indicators i);
ANALYZE positions, partner_committees, committee_meetings, targets;

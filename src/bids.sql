-- Who competed, not only who won: every bidder of a SEAO notice (the XML
-- exports list them all), located and classed by the purchases' own trigger
-- (src/classify_trigger.c: the same rules as suppliers), and the competition
-- indicators over them.  The loaders fill the table (src/seao_bids.c); a
-- notice loaded again replaces its bids.  New in 1.2.
--
-- Its name sorts after those of the tables the classification reads
-- (municipalities, known_parties...), as purchases does: pg_dump writes the
-- data of the extension's tables in the order of their names, and the
-- trigger classes each restored row with the lists of that moment
-- (test/t/020_dump_restore_all.pl).

-- notice and format, the notice's identity as in load_notices, are
-- identifiers: compared byte for byte (the "C" collation), whatever the
-- database's locale, by the primary key and the loaders' lookups.
CREATE TABLE cag_ovt.tender_bids (
    notice text COLLATE pg_catalog."C" NOT NULL,
    format text COLLATE pg_catalog."C" NOT NULL
        CONSTRAINT tender_bids_format_check CHECK (format OPERATOR(pg_catalog.=) ANY ('{xml,ocds}'::pg_catalog.text[])),
    bidder integer NOT NULL
        CONSTRAINT tender_bids_bidder_check CHECK (bidder OPERATOR(pg_catalog.>) 0),
    source text,
    ocid text,
    procedure text
        CONSTRAINT tender_bids_procedure_check CHECK (procedure OPERATOR(pg_catalog.=) ANY ('{open,invitation,sole_source}'::pg_catalog.text[])),
    notice_type text,
    supplier_name text,
    supplier_neq cag_ovt.neq,
    supplier_city text,
    supplier_postal_code cag_ovt.postal_code,
    supplier_province text,
    supplier_country text,
    supplier_region cag_ovt.qc_region,
    supplier_located_by text,
    amount_bid numeric(22,6)
        CONSTRAINT tender_bids_amount_bid_check CHECK (amount_bid OPERATOR(pg_catalog.<>) 'NaN'::pg_catalog.numeric),
    unit text,
    currency text
        CONSTRAINT tender_bids_currency_check CHECK (currency OPERATOR(pg_catalog.~) '^[A-Z]{3}$'),
    conforming boolean,
    admissible boolean,
    is_winner boolean NOT NULL,
    published_on date,
    closes_on date,
    purchased_on date,
    buyer text,
    buyer_municipality text
        CONSTRAINT tender_bids_buyer_municipality_check CHECK (buyer_municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    buyer_region cag_ovt.qc_region,
    buyer_postal_code cag_ovt.postal_code,
    buyer_city text,
    buyer_id text,
    buyer_located_by text,
    delivery_municipality text
        CONSTRAINT tender_bids_delivery_municipality_check CHECK (delivery_municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    delivery_region cag_ovt.qc_region,
    delivery_regions cag_ovt.qc_region[],
    category cag_ovt.unspsc,
    description text,
    labels text[],
    group_purchase boolean,
    class cag_ovt.purchase_class NOT NULL,
    CONSTRAINT tender_bids_pkey PRIMARY KEY (notice, format, bidder)
);
-- A notice number is an identifier: which notices have the most bids tells
-- the planner nothing, and such a list made the loaders' DELETE of the
-- bids of a file's notices ("notice = ANY" of their numbers) costly to
-- plan: each of the array's constants compared with the list, decompressed
-- each time (3.5 ms for the 1,939 notices of January 2013 over 46,510
-- bids; a fifth of the instructions of a load without the bids).  One
-- value kept (0.5 ms); ANALYZE still counts the distinct notices, which
-- estimate "=".
ALTER TABLE cag_ovt.tender_bids ALTER COLUMN notice SET STATISTICS 1;
CREATE TRIGGER cag_classify BEFORE INSERT OR UPDATE ON cag_ovt.tender_bids
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.classify_purchase_trigger();
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.tender_bids', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.tender_bids TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE cag_ovt.tender_bids IS
    'Soumissions : une ligne par soumissionnaire d''un avis SEAO (gagnant ou non), chargée par load_seao_xml ; un avis chargé de nouveau remplace ses soumissions ; le soumissionnaire est situé et classé par le déclencheur cag_classify, avec les règles des fournisseurs des achats ; sauvegardée par pg_dump / bids: one row per bidder of a SEAO notice (winner or not), loaded by load_seao_xml; a notice loaded again replaces its bids; the bidder is located and classed by the trigger cag_classify, with the rules of the purchases'' suppliers; dumped by pg_dump';
COMMENT ON TRIGGER cag_classify ON cag_ovt.tender_bids IS
    'Situe le soumissionnaire et l''acheteur et classe chaque ligne insérée ou modifiée, comme pour les achats (classify_purchase_trigger) / locates the bidder and the buyer and classes every row inserted or updated, as for the purchases (classify_purchase_trigger)';
COMMENT ON INDEX cag_ovt.tender_bids_pkey IS
    'Une ligne par soumissionnaire d''un avis : l''identité SEAO de l''avis (numéro, format) et la position du soumissionnaire / one row per bidder of a notice: SEAO''s identity of the notice (number, format) and the bidder''s position';
COMMENT ON COLUMN cag_ovt.tender_bids.notice IS 'Numéro d''avis SEAO / SEAO notice number';
COMMENT ON COLUMN cag_ovt.tender_bids.format IS
    '''xml'' (exports XML) ou ''ocds'' : avec notice, l''identité de l''avis, comme load_notices / ''xml'' (XML exports) or ''ocds'': with notice, the identity of the notice, as in load_notices';
COMMENT ON COLUMN cag_ovt.tender_bids.bidder IS
    'Position du soumissionnaire parmi ceux de l''avis (1, 2...) / position of the bidder among those of the notice (1, 2...)';
--@column_comments cag_ovt.tender_bids source=load_source
COMMENT ON COLUMN cag_ovt.tender_bids.ocid IS 'OCID (OCDS ; NULL pour le XML) / OCID (OCDS; NULL for XML)';
COMMENT ON COLUMN cag_ovt.tender_bids.procedure IS
    'Mode d''adjudication d''après le type de l''avis : ''open'' (3, appel d''offres public), ''invitation'' (10, 14, sur invitation), ''sole_source'' (9, gré à gré, un soumissionnaire par construction) ; NULL pour les autres types / procedure from the notice type: ''open'' (3, public call for tenders), ''invitation'' (10, 14, by invitation), ''sole_source'' (9, by mutual agreement, one bidder by construction); NULL for the other types';
COMMENT ON COLUMN cag_ovt.tender_bids.notice_type IS
    'Type de l''avis SEAO tel qu''écrit (XML type) / SEAO notice type as written (XML type)';
--@column_comments cag_ovt.tender_bids supplier_name supplier_city
COMMENT ON COLUMN cag_ovt.tender_bids.supplier_neq IS 'NEQ du soumissionnaire / NEQ of the bidder';
COMMENT ON COLUMN cag_ovt.tender_bids.supplier_postal_code IS 'Code postal du soumissionnaire / postal code of the bidder';
COMMENT ON COLUMN cag_ovt.tender_bids.supplier_province IS 'Province du soumissionnaire, telle qu''écrite / province of the bidder, as written';
COMMENT ON COLUMN cag_ovt.tender_bids.supplier_country IS 'Pays du soumissionnaire, tel qu''écrit / country of the bidder, as written';
COMMENT ON COLUMN cag_ovt.tender_bids.supplier_region IS
    'Région du soumissionnaire, trouvée par le déclencheur comme pour un fournisseur (supplier_located_by dit comment) / region of the bidder, found by the trigger as for a supplier (supplier_located_by says how)';
COMMENT ON COLUMN cag_ovt.tender_bids.supplier_located_by IS
    'Comment la région du soumissionnaire a été trouvée (postal_code, city, name, supplier_registry...) ; NULL : donnée ou inconnue / how the bidder''s region was found (postal_code, city, name, supplier_registry...); NULL: given or unknown';
COMMENT ON COLUMN cag_ovt.tender_bids.amount_bid IS
    'Montant soumis tel qu''écrit (montantsoumis), dans son unité (unit), pas additif : les prix unitaires, pourcentages et points ne sont pas des montants comparables / amount bid as written (montantsoumis), in its unit (unit), not additive: unit prices, percentages and points are not comparable amounts';
COMMENT ON COLUMN cag_ovt.tender_bids.unit IS
    'Unité du montant soumis selon SEAO : $, $U.S., $/KM, $/L, $EA, $L, %, $/TM, $/h, points, $/m³ ; NULL pour un code inconnu / unit of the amount bid per SEAO: $, $U.S., $/KM, $/L, $EA, $L, %, $/TM, $/h, points, $/m³; NULL for an unknown code';
COMMENT ON COLUMN cag_ovt.tender_bids.currency IS
    'Devise ISO 4217 d''un montant en argent (CAD pour $, USD pour $U.S.) ; NULL pour un prix unitaire, un pourcentage, des points / ISO 4217 currency of an amount of money (CAD for $, USD for $U.S.); NULL for a unit price, a percentage, points';
COMMENT ON COLUMN cag_ovt.tender_bids.conforming IS 'Soumission conforme (conforme) ; NULL : non dit / conforming bid (conforme); NULL: not said';
COMMENT ON COLUMN cag_ovt.tender_bids.admissible IS 'Soumissionnaire admissible (admissible) ; NULL : non dit / admissible bidder (admissible); NULL: not said';
COMMENT ON COLUMN cag_ovt.tender_bids.is_winner IS 'Le soumissionnaire a obtenu le contrat (adjudicataire) / the bidder won the contract (adjudicataire)';
COMMENT ON COLUMN cag_ovt.tender_bids.published_on IS 'Date de publication de l''avis / publication date of the notice';
COMMENT ON COLUMN cag_ovt.tender_bids.closes_on IS 'Date de fermeture de l''avis / closing date of the notice';
COMMENT ON COLUMN cag_ovt.tender_bids.purchased_on IS
    'Date d''adjudication de l''avis, date des règles territoriales ; NULL : pas d''adjudication / award date of the notice, date of the territorial rules; NULL: no award';
--@column_comments cag_ovt.tender_bids buyer
COMMENT ON COLUMN cag_ovt.tender_bids.buyer_municipality IS
    'Code géographique MAMH (5 chiffres) de l''acheteur / MAMH geographic code (5 digits) of the buyer';
COMMENT ON COLUMN cag_ovt.tender_bids.buyer_region IS
    'Région de l''acheteur, trouvée par le déclencheur comme pour les achats / region of the buyer, found by the trigger as for the purchases';
--@column_comments cag_ovt.tender_bids buyer_postal_code buyer_city buyer_id buyer_located_by
COMMENT ON COLUMN cag_ovt.tender_bids.delivery_municipality IS
    'Code géographique MAMH (5 chiffres) du lieu de livraison / MAMH geographic code (5 digits) of the place of delivery';
COMMENT ON COLUMN cag_ovt.tender_bids.delivery_region IS
    'Région de livraison de l''avis (comme purchases.delivery_region) / delivery region of the notice (as purchases.delivery_region)';
COMMENT ON COLUMN cag_ovt.tender_bids.delivery_regions IS
    'Régions de livraison d''un avis livré dans plusieurs régions / delivery regions of a notice delivered to several regions';
--@column_comments cag_ovt.tender_bids category
COMMENT ON COLUMN cag_ovt.tender_bids.description IS 'Titre de l''avis / title of the notice';
COMMENT ON COLUMN cag_ovt.tender_bids.labels IS
    'Étiquettes (lues par le déclencheur des achats ; NULL pour SEAO) / labels (read by the purchases'' trigger; NULL for SEAO)';
COMMENT ON COLUMN cag_ovt.tender_bids.group_purchase IS
    'Regroupement d''achats (lu par le déclencheur des achats ; NULL pour SEAO) / group purchase (read by the purchases'' trigger; NULL for SEAO)';
COMMENT ON COLUMN cag_ovt.tender_bids.class IS
    'Classe du soumissionnaire calculée par le déclencheur : quebec / outside_quebec (origine), regional / outside_region (même région que la livraison), aucun des deux : inconnu / class of the bidder computed by the trigger: quebec / outside_quebec (origin), regional / outside_region (same region as the delivery), neither: unknown';

-- ---------------------------------------------------------------------
-- Competition: per fiscal year, delivery region and procedure, the notices
-- and their bids.  Additive: counts, with the numerator and denominator of
-- every share, so that a BI tool can sum the rows.  One row per group: a
-- first aggregation per notice, then per group (no DISTINCT).
CREATE VIEW cag_ovt.competition_indicators WITH (security_invoker = true) AS
SELECT n.fiscal_year,
       (n.fiscal_year::text || '-' || (n.fiscal_year + 1)::text)::character varying(15) AS fiscal_year_label,
       cag_ovt.region_code(n.delivery_region)::character varying(2) AS region_code,
       coalesce(cag_ovt.region_name(n.delivery_region), 'Région inconnue')::character varying(40) AS region_name,
       n.procedure::character varying(11) AS procedure,
       count(*) AS notice_count,
       sum(n.bids)::bigint AS bid_count,
       round(sum(n.bids)::numeric / count(*), 2)::numeric(12,2) AS bids_per_notice,
       count(*) FILTER (WHERE n.bids = 1) AS single_bid_notice_count,
       count(*) FILTER (WHERE n.procedure IN ('open', 'invitation')) AS competitive_notice_count,
       count(*) FILTER (WHERE n.bids = 1 AND n.procedure IN ('open', 'invitation'))
           AS competitive_single_bid_count,
       round(100.0 * count(*) FILTER (WHERE n.bids = 1 AND n.procedure IN ('open', 'invitation'))
             / nullif(count(*) FILTER (WHERE n.procedure IN ('open', 'invitation')), 0),
             2)::numeric(5,2) AS single_bid_share,
       sum(n.quebec_bid_count)::bigint AS quebec_bid_count,
       sum(n.located_bid_count)::bigint AS located_bid_count,
       round(100.0 * sum(n.quebec_bid_count) / nullif(sum(n.located_bid_count), 0), 2)::numeric(5,2)
           AS quebec_bid_share,
       sum(n.regional_bid_count)::bigint AS regional_bid_count,
       sum(n.region_known_bid_count)::bigint AS region_known_bid_count,
       round(100.0 * sum(n.regional_bid_count) / nullif(sum(n.region_known_bid_count), 0), 2)::numeric(5,2)
           AS regional_bid_share,
       sum(n.regional_win_count)::bigint AS regional_win_count,
       round(100.0 * sum(n.regional_win_count) / nullif(sum(n.regional_bid_count), 0), 2)::numeric(5,2)
           AS regional_win_rate,
       sum(n.region_known_bid_count - n.regional_bid_count)::bigint AS other_region_bid_count,
       sum(n.other_wins)::bigint AS other_region_win_count,
       round(100.0 * sum(n.other_wins) / nullif(sum(n.region_known_bid_count - n.regional_bid_count), 0),
             2)::numeric(5,2) AS other_region_win_rate,
       sum(n.bids - n.located_bid_count)::bigint AS unlocated_bid_count,
       round(100.0 * sum(n.located_bid_count) / sum(n.bids), 2)::numeric(5,2) AS location_coverage
FROM (
    SELECT cag_ovt.fiscal_year(coalesce(b.purchased_on, b.closes_on, b.published_on)) AS fiscal_year,
           b.delivery_region, b.procedure,
           count(*) AS bids,
           count(*) FILTER (WHERE b.class OPERATOR(cag_ovt.?) 'quebec') AS quebec_bid_count,
           count(*) FILTER (WHERE b.class OPERATOR(cag_ovt.?|) '{quebec,outside_quebec}'::text[])
               AS located_bid_count,
           count(*) FILTER (WHERE b.class OPERATOR(cag_ovt.?) 'regional') AS regional_bid_count,
           count(*) FILTER (WHERE b.class OPERATOR(cag_ovt.?|) '{regional,outside_region}'::text[])
               AS region_known_bid_count,
           count(*) FILTER (WHERE b.is_winner AND b.class OPERATOR(cag_ovt.?) 'regional')
               AS regional_win_count,
           count(*) FILTER (WHERE b.is_winner AND b.class OPERATOR(cag_ovt.?) 'outside_region')
               AS other_wins
    FROM cag_ovt.tender_bids b
    GROUP BY b.format, b.notice, 1, b.delivery_region, b.procedure
) AS n
GROUP BY n.fiscal_year, n.delivery_region, n.procedure;
GRANT SELECT ON cag_ovt.competition_indicators TO PUBLIC;
COMMENT ON VIEW cag_ovt.competition_indicators IS
    'Concurrence par année financière (date d''adjudication, sinon de fermeture, sinon de publication), région de livraison et mode d''adjudication : avis, soumissions, avis à soumission unique parmi les appels d''offres (public, sur invitation), part des soumissions de soumissionnaires du Québec et de la région de livraison, taux de succès des soumissionnaires régionaux et des autres, couverture de la localisation ; additive : des comptes avec numérateurs et dénominateurs / competition per fiscal year (award date, else closing, else publication), delivery region and procedure: notices, bids, single-bid notices among calls for tenders (open, by invitation), share of the bids from Québec bidders and from bidders of the delivery region, win rate of regional bidders and of the others, coverage of the location; additive: counts with numerators and denominators';
--@column_comments cag_ovt.competition_indicators fiscal_year=fiscal_year_start fiscal_year_label region_code=delivery_region_code
COMMENT ON COLUMN cag_ovt.competition_indicators.region_name IS
    'Nom de la région de livraison, ou ''Région inconnue'' (inconnue, plusieurs régions ou hors Québec) / name of the delivery region, or ''Région inconnue'' (unknown, several regions or outside Québec)';
COMMENT ON COLUMN cag_ovt.competition_indicators.procedure IS
    '''open'', ''invitation'', ''sole_source'' (un soumissionnaire par construction), NULL : autre type d''avis / ''open'', ''invitation'', ''sole_source'' (one bidder by construction), NULL: other notice type';
COMMENT ON COLUMN cag_ovt.competition_indicators.notice_count IS 'Nombre d''avis / number of notices';
COMMENT ON COLUMN cag_ovt.competition_indicators.bid_count IS 'Nombre de soumissions / number of bids';
COMMENT ON COLUMN cag_ovt.competition_indicators.bids_per_notice IS 'Soumissions par avis (bid_count / notice_count) / bids per notice (bid_count / notice_count)';
COMMENT ON COLUMN cag_ovt.competition_indicators.single_bid_notice_count IS 'Avis à une seule soumission / notices with a single bid';
COMMENT ON COLUMN cag_ovt.competition_indicators.competitive_notice_count IS
    'Avis d''appel d''offres public ou sur invitation (dénominateur de single_bid_share) / notices of open or invitation calls for tenders (denominator of single_bid_share)';
COMMENT ON COLUMN cag_ovt.competition_indicators.competitive_single_bid_count IS
    'Avis d''appel d''offres public ou sur invitation à une seule soumission (numérateur de single_bid_share) / open or invitation notices with a single bid (numerator of single_bid_share)';
COMMENT ON COLUMN cag_ovt.competition_indicators.single_bid_share IS
    'Part (%) des appels d''offres public ou sur invitation à soumission unique ; NULL pour le gré à gré / share (%) of open or invitation calls for tenders with a single bid; NULL for sole source';
COMMENT ON COLUMN cag_ovt.competition_indicators.quebec_bid_count IS 'Soumissions de soumissionnaires du Québec / bids from Québec bidders';
COMMENT ON COLUMN cag_ovt.competition_indicators.located_bid_count IS
    'Soumissions dont l''origine (Québec ou non) est connue (dénominateur de quebec_bid_share) / bids whose origin (Québec or not) is known (denominator of quebec_bid_share)';
COMMENT ON COLUMN cag_ovt.competition_indicators.quebec_bid_share IS
    'Part (%) des soumissions d''origine connue venant du Québec / share (%) of the bids of known origin that come from Québec';
COMMENT ON COLUMN cag_ovt.competition_indicators.regional_bid_count IS
    'Soumissions de soumissionnaires de la région de livraison / bids from bidders of the delivery region';
COMMENT ON COLUMN cag_ovt.competition_indicators.region_known_bid_count IS
    'Soumissions dont on sait si le soumissionnaire est de la région de livraison (dénominateur de regional_bid_share) / bids for which whether the bidder is of the delivery region is known (denominator of regional_bid_share)';
COMMENT ON COLUMN cag_ovt.competition_indicators.regional_bid_share IS
    'Part (%) des soumissions venant de la région de livraison / share (%) of the bids that come from the delivery region';
COMMENT ON COLUMN cag_ovt.competition_indicators.regional_win_count IS 'Soumissions régionales gagnantes / regional bids that won';
COMMENT ON COLUMN cag_ovt.competition_indicators.regional_win_rate IS
    'Taux de succès (%) des soumissions régionales (regional_win_count / regional_bid_count) / win rate (%) of the regional bids (regional_win_count / regional_bid_count)';
COMMENT ON COLUMN cag_ovt.competition_indicators.other_region_bid_count IS
    'Soumissions de soumissionnaires d''ailleurs (hors de la région de livraison, connus) / bids from bidders elsewhere (outside the delivery region, known)';
COMMENT ON COLUMN cag_ovt.competition_indicators.other_region_win_count IS 'Soumissions d''ailleurs gagnantes / bids from elsewhere that won';
COMMENT ON COLUMN cag_ovt.competition_indicators.other_region_win_rate IS
    'Taux de succès (%) des soumissions d''ailleurs / win rate (%) of the bids from elsewhere';
COMMENT ON COLUMN cag_ovt.competition_indicators.unlocated_bid_count IS
    'Soumissions dont le soumissionnaire n''est pas situé (ni Québec ni hors Québec) / bids whose bidder is not located (neither Québec nor outside)';
COMMENT ON COLUMN cag_ovt.competition_indicators.location_coverage IS
    'Couverture (%) : soumissions d''origine connue sur toutes les soumissions / coverage (%): bids of known origin among all bids';

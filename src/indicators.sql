-- Indicators of the CAG 2020-2022 OVT action plan that do not come from
-- purchases, and the data they need: CAG positions (action A5), the
-- partners' advisory committees (A4), the regional priorities the plan
-- answers, targets, and the catalog of indicators.  The views over these
-- tables (plan_actions, regional_positions, partner_committee_status) are
-- in src/indicator_views.sql with the views that gather every indicator;
-- the purchase indicators are in src/purchase_views.sql.
--
-- Tables: editable, dumped with their rows by pg_dump (extension
-- configuration tables); regional_priorities is seeded, so it is a reference
-- table (src/reference.sql).  The extension's owner may read and write them
-- and grant that right on (the tables belong to the bootstrap superuser when
-- the extension is created by a database owner).
--
-- The view indicators: security_invoker, SELECT granted to PUBLIC.
--
-- A fiscal year y runs from y-04-01 to (y+1)-03-31; "on 31 March" is its
-- last day.

-- ---------------------------------------------------------------------
-- Catalog of the indicators.  The list is code (each key is computed by a
-- view), so it is a view, not a table; targets and regional_priorities
-- accept only its keys.
CREATE VIEW cag_ovt.indicators WITH (security_invoker = true) AS
SELECT t.indicator, t.unit, t.scopes, t.source, t.name_fr, t.name_en
FROM (VALUES
    (1, 'quebec_share', '%', 'quebec,region', 'quebec_purchase_share.quebec_share',
     'Part du montant des achats allant à des fournisseurs du Québec, parmi les fournisseurs de provenance connue',
     'Share of the amount spent with Québec suppliers, among suppliers of known origin'),
    (2, 'eco_share', '%', 'quebec,region', 'eco_purchase_share.eco_share',
     'Part écoresponsable du montant des achats, parmi les achats dont le statut écoresponsable est connu',
     'Eco-responsible share of the amount spent, among purchases whose eco-responsible status is known'),
    (3, 'eco_share_in_group_purchases', '%', 'quebec,region', 'eco_purchase_share.eco_share_in_group_purchases',
     'Part écoresponsable du montant des achats faits par regroupement d''achats, parmi ceux dont le statut écoresponsable est connu',
     'Eco-responsible share of the amount spent through group purchases, among those whose eco-responsible status is known'),
    (4, 'quebec_food_share', '%', 'quebec,region', 'quebec_food_share.quebec_food_share',
     'Part des aliments québécois dans le montant des achats d''aliments, parmi ceux de provenance connue',
     'Québec food share of the amount spent on food, among food of known origin'),
    (5, 'committees_with_rules', 'nombre', 'quebec', 'partner_committee_status.committees_with_rules',
     'Comités consultatifs des partenaires dont les règles de fonctionnement sont adoptées (au 31 mars)',
     'Partners'' advisory committees whose operating rules are adopted (on 31 March)'),
    (6, 'meetings_held', 'nombre', 'quebec', 'partner_committee_status.meetings_held',
     'Rencontres des comités consultatifs tenues pendant l''année financière',
     'Meetings of the advisory committees held during the fiscal year'),
    (7, 'regions_covered', 'nombre', 'quebec', 'partner_committee_status.regions_covered',
     'Régions ayant un comité consultatif régional (au 31 mars)',
     'Regions that have a regional advisory committee (on 31 March)'),
    (8, 'share_in_regions', '%', 'quebec', 'regional_positions.share_in_regions',
     'Part des postes du CAG situés en région (au 31 mars)',
     'Share of CAG positions located in the regions (on 31 March)'),
    (9, 'regionalized_positions', 'nombre', 'quebec,region', 'regional_positions.regionalized_positions',
     'Postes régionalisés comptés dans l''objectif gouvernemental de 5 000, cumulatif au 31 mars',
     'Regionalized positions counted toward the government''s 5,000, cumulative on 31 March'),
    (10, 'regional_share', '%', 'quebec,region', 'regional_purchase_share.regional_share',
     'Part du montant des achats allant à des fournisseurs de la région de livraison, parmi les achats de région connue',
     'Share of the amount spent with suppliers of the delivery region, among purchases of known region'),
    (11, 'regional_contract_share', '%', 'quebec,region', 'regional_purchase_share.regional_contract_share',
     'Part des contrats (en nombre) attribués à des fournisseurs de la région de livraison, parmi les contrats de région connue',
     'Share of the contracts (by count) awarded to suppliers of the delivery region, among contracts of known region'),
    (12, 'outside_centres_share', '%', 'quebec,region', 'outside_centres_purchase_share.outside_centres_share',
     'Part du montant des achats à des fournisseurs du Québec allant à des fournisseurs situés hors de Montréal et de la Capitale-Nationale, parmi ceux de région connue',
     'Share of the amount spent with Québec suppliers going to suppliers located outside Montréal and Capitale-Nationale, among those of known region')
) AS t(ord, indicator, unit, scopes, source, name_fr, name_en)
ORDER BY t.ord;
GRANT SELECT ON cag_ovt.indicators TO PUBLIC;
COMMENT ON VIEW cag_ovt.indicators IS
    'Indicateurs calculés par les vues du plan d''action OVT : clé (utilisée par targets et regional_priorities), unité, portée, source / indicators computed by the OVT action plan views: key (used by targets and regional_priorities), unit, scope, source';
COMMENT ON COLUMN cag_ovt.indicators.indicator IS 'Clé de l''indicateur, p. ex. quebec_share / indicator key, e.g. quebec_share';
COMMENT ON COLUMN cag_ovt.indicators.unit IS
    'Unité de value et de target dans action_plan_report : ''%'' (pourcentage, 2 décimales) ou ''nombre'' / unit of value and target in action_plan_report: ''%'' (percent, 2 decimals) or ''nombre'' (count)';
COMMENT ON COLUMN cag_ovt.indicators.scopes IS
    'Portées calculées : ''quebec'' (ensemble du Québec) et, avec ''region'', par région / scopes computed: ''quebec'' (all of Québec) and, with ''region'', by region';
COMMENT ON COLUMN cag_ovt.indicators.source IS 'Vue et colonne qui calculent l''indicateur / view and column that compute the indicator';
COMMENT ON COLUMN cag_ovt.indicators.name_fr IS 'Description en français / French description';
COMMENT ON COLUMN cag_ovt.indicators.name_en IS 'Description en anglais / English description';

-- Checks the indicator key of a row of targets, regional_priorities or
-- coverage_thresholds against cag_ovt.indicators: known key, region allowed
-- for it, (for targets) a target within the range of its unit, (for
-- coverage_thresholds) a share of the purchases, which has a coverage.
CREATE FUNCTION cag_ovt.check_indicator() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    spec record;
BEGIN
    IF NEW.indicator IS NULL THEN
        RETURN NEW;             -- the NOT NULL constraint reports it
    END IF;
    SELECT i.unit, i.scopes, i.source INTO spec
      FROM cag_ovt.indicators i WHERE i.indicator = NEW.indicator;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown indicator "%"', NEW.indicator
            USING ERRCODE = 'check_violation',
                  DETAIL = format('Table %I.%I accepts only the keys of view cag_ovt.indicators.',
                                  TG_TABLE_SCHEMA, TG_TABLE_NAME),
                  HINT = 'Valid indicators are '
                         || (SELECT string_agg(i.indicator, ', ' ORDER BY i.indicator) FROM cag_ovt.indicators i) || '.';
    END IF;
    IF TG_TABLE_NAME = 'coverage_thresholds' THEN
        -- (no region: NEW.region is read in the other branch only)
        IF split_part(spec.source, '.', 1) NOT IN ('quebec_purchase_share', 'regional_purchase_share',
                                                   'eco_purchase_share', 'quebec_food_share',
                                                   'outside_centres_purchase_share') THEN
            RAISE EXCEPTION 'indicator "%" has no coverage', NEW.indicator
                USING ERRCODE = 'check_violation',
                      DETAIL = 'Only the shares computed from the purchases have a coverage; this indicator is computed by '
                               || spec.source || '.',
                      HINT = 'Set a threshold for quebec_share, eco_share, eco_share_in_group_purchases, quebec_food_share, regional_share, regional_contract_share or outside_centres_share.';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.region IS NOT NULL AND strpos(spec.scopes, 'region') = 0 THEN
        RAISE EXCEPTION 'indicator "%" has no value by region', NEW.indicator
            USING ERRCODE = 'check_violation',
                  DETAIL = 'It is computed for all of Québec only.',
                  HINT = CASE WHEN TG_TABLE_NAME = 'targets'
                              THEN 'Leave region NULL: a target with no region is a target for all of Québec.'
                              ELSE 'A regional priority follows an indicator computed by region.' END;
    END IF;
    IF TG_TABLE_NAME = 'targets' THEN
        IF spec.unit = '%' AND NEW.target > 100 THEN
            RAISE EXCEPTION 'target % out of range for indicator "%"', NEW.target, NEW.indicator
                USING ERRCODE = 'check_violation',
                      DETAIL = 'The indicator is a percentage: its target is between 0 and 100.',
                      HINT = 'Write 43 for 43 %, not 0.43.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cag_ovt.check_indicator() IS
    'Déclencheur BEFORE INSERT OR UPDATE de targets, regional_priorities et coverage_thresholds : la clé d''indicateur doit figurer dans la vue indicators, la région être permise pour l''indicateur, la cible d''un pourcentage être au plus 100, un seuil de couverture porter sur une part des achats / BEFORE INSERT OR UPDATE trigger of targets, regional_priorities and coverage_thresholds: the indicator key must be in view indicators, the region allowed for the indicator, the target of a percentage at most 100, a coverage threshold be that of a share of the purchases';

-- ---------------------------------------------------------------------
-- CAG positions (action A5).
CREATE TABLE cag_ovt.positions (
    position_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    region cag_ovt.qc_region NOT NULL,
    office text,
    opened_on date NOT NULL CHECK (pg_catalog.isfinite(opened_on)),
    closed_on date,
    regionalized boolean NOT NULL DEFAULT false,
    CONSTRAINT positions_closed_after_opened CHECK (closed_on OPERATOR(pg_catalog.>) opened_on)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.positions', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.positions_position_id_seq', '');
COMMENT ON SEQUENCE cag_ovt.positions_position_id_seq IS
    'Numéros des postes (identité de positions.position_id), sauvegardés par pg_dump / position numbers (identity of positions.position_id), saved by pg_dump';
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.positions TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, UPDATE, USAGE ON SEQUENCE cag_ovt.positions_position_id_seq TO @extowner@ WITH GRANT OPTION;
CREATE INDEX positions_region_idx ON cag_ovt.positions (region);
COMMENT ON TABLE cag_ovt.positions IS
    'Postes du CAG, avec leur région et leurs dates d''ouverture et de fermeture (action A5) / CAG positions, with their region and the dates they were opened and closed (action A5)';
COMMENT ON COLUMN cag_ovt.positions.position_id IS 'Identifiant du poste / position identifier';
COMMENT ON COLUMN cag_ovt.positions.region IS 'Région où le poste est situé / region where the position is located';
COMMENT ON COLUMN cag_ovt.positions.office IS 'Bureau ou succursale, p. ex. ''Succursale de Sherbrooke'' / office or branch, e.g. ''Succursale de Sherbrooke''';
COMMENT ON COLUMN cag_ovt.positions.opened_on IS 'Premier jour où le poste existe / first day the position exists';
COMMENT ON COLUMN cag_ovt.positions.closed_on IS
    'Premier jour où le poste n''existe plus (NULL : toujours ouvert) ; un poste fermé le 31 mars n''est pas compté ce jour-là / first day the position no longer exists (NULL: still open); a position closed on 31 March is not counted that day';
COMMENT ON COLUMN cag_ovt.positions.regionalized IS
    'Vrai si le poste est compté dans la régionalisation de 5 000 postes du secteur public / true when the position counts toward the regionalization of 5,000 public-sector positions';

-- ---------------------------------------------------------------------
-- Partners' advisory committees (action A4).
CREATE TABLE cag_ovt.partner_committees (
    committee_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    region cag_ovt.qc_region,
    created_on date CHECK (pg_catalog.isfinite(created_on)),
    rules_adopted_on date CHECK (pg_catalog.isfinite(rules_adopted_on)),
    CONSTRAINT partner_committees_rules_after_creation
        CHECK (rules_adopted_on OPERATOR(pg_catalog.>=) created_on)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.partner_committees', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.partner_committees_committee_id_seq', '');
COMMENT ON SEQUENCE cag_ovt.partner_committees_committee_id_seq IS
    'Numéros des comités (identité de partner_committees.committee_id), sauvegardés par pg_dump / committee numbers (identity of partner_committees.committee_id), saved by pg_dump';
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.partner_committees TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, UPDATE, USAGE ON SEQUENCE cag_ovt.partner_committees_committee_id_seq TO @extowner@ WITH GRANT OPTION;
COMMENT ON TABLE cag_ovt.partner_committees IS
    'Comités consultatifs des partenaires du CAG (action A4) / CAG partners'' advisory committees (action A4)';
COMMENT ON COLUMN cag_ovt.partner_committees.committee_id IS 'Identifiant du comité / committee identifier';
COMMENT ON COLUMN cag_ovt.partner_committees.name IS 'Nom du comité / name of the committee';
COMMENT ON COLUMN cag_ovt.partner_committees.region IS 'Région du comité ; NULL pour un comité national / region of the committee; NULL for a national committee';
COMMENT ON COLUMN cag_ovt.partner_committees.created_on IS
    'Date de création (NULL : inconnue, le comité est compté chaque année) / creation date (NULL: unknown, the committee is counted every year)';
COMMENT ON COLUMN cag_ovt.partner_committees.rules_adopted_on IS
    'Date d''adoption des règles de fonctionnement (NULL : pas encore adoptées) / date the operating rules were adopted (NULL: not adopted yet)';

CREATE TABLE cag_ovt.committee_meetings (
    committee_id bigint NOT NULL
        REFERENCES cag_ovt.partner_committees ON UPDATE CASCADE ON DELETE CASCADE,
    held_on date NOT NULL CHECK (pg_catalog.isfinite(held_on)),
    PRIMARY KEY (committee_id, held_on)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.committee_meetings', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.committee_meetings TO @extowner@ WITH GRANT OPTION;
CREATE INDEX committee_meetings_held_on_idx ON cag_ovt.committee_meetings (held_on);
COMMENT ON TABLE cag_ovt.committee_meetings IS
    'Rencontres des comités consultatifs des partenaires / meetings of the partners'' advisory committees';
COMMENT ON COLUMN cag_ovt.committee_meetings.committee_id IS 'Comité (partner_committees) / committee (partner_committees)';
COMMENT ON COLUMN cag_ovt.committee_meetings.held_on IS 'Date de la rencontre / date of the meeting';

-- ---------------------------------------------------------------------
-- Regional priorities of the SGAOVT that the plan answers, each followed by
-- an indicator of the region.  Seeded from the plan's text (apostrophes
-- written as ' so that the script holds only LATIN1 characters); a
-- reference table: the DBA may edit it.
CREATE TABLE cag_ovt.regional_priorities (
    region cag_ovt.qc_region NOT NULL,
    priority_number integer NOT NULL CHECK (priority_number OPERATOR(pg_catalog.>) 0),
    title text NOT NULL,
    excerpt text,
    indicator text NOT NULL,
    PRIMARY KEY (region, priority_number)
);
COMMENT ON TABLE cag_ovt.regional_priorities IS
    'Priorités régionales de la SGAOVT auxquelles répond le plan d''action du CAG, et l''indicateur qui suit chacune (modifiable par le DBA) / regional priorities of the SGAOVT that the CAG action plan answers, and the indicator that follows each (editable by the DBA)';
--@column_comments cag_ovt.regional_priorities region priority_number title=priority_title
COMMENT ON COLUMN cag_ovt.regional_priorities.excerpt IS 'Extrait de la priorité cité par le plan / excerpt of the priority quoted by the plan';
COMMENT ON COLUMN cag_ovt.regional_priorities.indicator IS
    'Indicateur suivi, calculé pour la région (clé de la vue indicators, de portée region) / indicator followed, computed for the region (key of view indicators, with scope region)';

CREATE TRIGGER cag_indicator_check BEFORE INSERT OR UPDATE ON cag_ovt.regional_priorities
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.check_indicator();
COMMENT ON TRIGGER cag_indicator_check ON cag_ovt.regional_priorities IS
    'Vérifie la clé d''indicateur / checks the indicator key';

INSERT INTO cag_ovt.regional_priorities (region, priority_number, title, excerpt, indicator) VALUES
    ('05', 4,
     'Soutenir la mise en valeur et la transformation des ressources à partir des forces endogènes propres à l''Estrie',
     'Compte tenu de ces caractéristiques, la région entend entre autres favoriser le développement bioalimentaire, notamment par la promotion de l''achat local et le développement de produits distinctifs.',
     'quebec_food_share'),
    ('14', 5,
     'Soutenir la promotion de la consommation locale et responsable',
     'Des efforts devront se poursuivre afin de conscientiser la population, les institutions et les entreprises lanaudoises en ce qui concerne l''achat local et la consommation responsable.',
     'regional_share'),
    ('10', 2,
     'Soutenir le développement et la diversification économique',
     'L''attribution de contrats à des entreprises régionales et l''embauche de travailleurs régionaux doivent être favorisées pour maintenir les emplois en région',
     'regional_contract_share');
SELECT cag_ovt.manage_reference_table('cag_ovt.regional_priorities');

-- ---------------------------------------------------------------------
-- Targets, in the unit of their indicator ('%': 43 for 43 %).  Shipped
-- empty.  One target per indicator, fiscal year and region, NULL region
-- meaning all of Québec (NULLS NOT DISTINCT: one NULL per pair).
CREATE TABLE cag_ovt.targets (
    indicator text NOT NULL,
    fiscal_year integer NOT NULL CHECK (fiscal_year OPERATOR(pg_catalog.>=) 1),
    region cag_ovt.qc_region,
    target numeric NOT NULL CHECK (target OPERATOR(pg_catalog.>=) 0),
    note text,
    CONSTRAINT targets_key UNIQUE NULLS NOT DISTINCT (indicator, fiscal_year, region)
);
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.targets', '');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.targets TO @extowner@ WITH GRANT OPTION;
CREATE TRIGGER cag_indicator_check BEFORE INSERT OR UPDATE ON cag_ovt.targets
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.check_indicator();
COMMENT ON TRIGGER cag_indicator_check ON cag_ovt.targets IS
    'Vérifie la clé d''indicateur, la région et la cible / checks the indicator key, the region and the target';
COMMENT ON TABLE cag_ovt.targets IS
    'Cibles des indicateurs, par année financière et par région (NULL : ensemble du Québec), dans l''unité de l''indicateur / targets of the indicators, by fiscal year and region (NULL: all of Québec), in the unit of the indicator';
--@column_comments cag_ovt.targets indicator
COMMENT ON COLUMN cag_ovt.targets.fiscal_year IS 'Année financière, désignée par son année de début (2021 : 2021-2022) / fiscal year, named by its starting year (2021: 2021-2022)';
COMMENT ON COLUMN cag_ovt.targets.region IS 'Région ; NULL pour l''ensemble du Québec / region; NULL for all of Québec';
COMMENT ON COLUMN cag_ovt.targets.target IS
    'Cible, dans l''unité de l''indicateur : pourcentage (43 pour 43 %) ou nombre ; atteinte quand la valeur est au moins la cible / target, in the unit of the indicator: percent (43 for 43 %) or count; met when the value is at least the target';
COMMENT ON COLUMN cag_ovt.targets.note IS 'Source ou remarque / source or remark';

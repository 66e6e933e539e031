-- Geography: the regions, the municipalities (MAMH), the changes of region
-- of an MRC (or equivalent territory), and the region of a municipality or
-- of a forward sortation area on a date.  The three tables are reference
-- tables (see src/reference.sql): the DBA may edit them, and the edits
-- survive pg_dump.
--
-- The classification of purchases reads municipalities and
-- mrc_region_changes: their names sort before "purchases", because pg_dump
-- restores the rows of an extension's tables in the order of their names
-- (see src/reference.sql), and the trigger of purchases classes each
-- restored row with the lists of that moment.
-- The municipalities' rows are in src/municipalities.sql, generated from
-- data/mamh-municipalities-2023.csv.

CREATE TABLE cag_ovt.regions (
    region cag_ovt.qc_region PRIMARY KEY,
    code text NOT NULL GENERATED ALWAYS AS (cag_ovt.region_code(region)) STORED,
    name_fr text NOT NULL,
    name_en text NOT NULL,
    cag_branch boolean NOT NULL,
    counts_as_region boolean NOT NULL
);
COMMENT ON TABLE cag_ovt.regions IS
    'Les 17 régions administratives du Québec et leurs attributs (modifiable par le DBA) / the 17 administrative regions of Québec and their attributes (editable by the DBA)';
--@column_comments cag_ovt.regions region
COMMENT ON COLUMN cag_ovt.regions.code IS 'Code sur deux chiffres (calculé) / two-digit code (computed)';
COMMENT ON COLUMN cag_ovt.regions.name_fr IS 'Nom officiel en français / official French name';
COMMENT ON COLUMN cag_ovt.regions.name_en IS 'Nom usuel en anglais / usual English name';
COMMENT ON COLUMN cag_ovt.regions.cag_branch IS
    'Vrai si le CAG a une succursale dans la région / true when CAG has a regional branch in the region';
COMMENT ON COLUMN cag_ovt.regions.counts_as_region IS
    'Vrai si un poste situé dans la région compte « en région » pour la régionalisation des emplois (hors Capitale-Nationale et Montréal) / true when a position located in the region counts as "in the regions" for the regionalization of jobs (outside Capitale-Nationale and Montréal)';

-- The names are those of the type (region_name), in the server encoding:
-- this script holds no character that a LATIN1 database cannot store.
INSERT INTO cag_ovt.regions (region, name_fr, name_en, cag_branch, counts_as_region)
SELECT r, cag_ovt.region_name(r, 'fr'), cag_ovt.region_name(r, 'en'), cag_branch, counts_as_region
FROM (VALUES
    --  code, CAG branch, counts as "en région"
    ('01'::cag_ovt.qc_region, true, true),      -- Bas-Saint-Laurent
    ('02', true, true),         -- Saguenay-Lac-Saint-Jean
    ('03', true, false),        -- Capitale-Nationale
    ('04', true, true),         -- Mauricie
    ('05', true, true),         -- Estrie
    ('06', true, false),        -- Montréal
    ('07', true, true),         -- Outaouais
    ('08', false, true),        -- Abitibi-Témiscamingue
    ('09', false, true),        -- Côte-Nord
    ('10', false, true),        -- Nord-du-Québec
    ('11', false, true),        -- Gaspésie-Îles-de-la-Madeleine
    ('12', false, true),        -- Chaudière-Appalaches
    ('13', false, true),        -- Laval
    ('14', false, true),        -- Lanaudière
    ('15', true, true),         -- Laurentides
    ('16', true, true),         -- Montérégie
    ('17', false, true)         -- Centre-du-Québec
) AS t(r, cag_branch, counts_as_region);
SELECT cag_ovt.manage_reference_table('cag_ovt.regions');

CREATE TABLE cag_ovt.mrc_region_changes (
    prefix text NOT NULL CHECK (prefix OPERATOR(pg_catalog.~) '^[0-9]{2}$'),
    from_region cag_ovt.qc_region NOT NULL,
    to_region cag_ovt.qc_region NOT NULL,
    effective_on date NOT NULL CHECK (pg_catalog.isfinite(effective_on)),
    note text,
    PRIMARY KEY (prefix, effective_on),
    CHECK (from_region OPERATOR(cag_ovt.<>) to_region)
);
COMMENT ON TABLE cag_ovt.mrc_region_changes IS
    'Changements de région d''une MRC ou d''un territoire équivalent (préfixe du code géographique MAMH) à une date : avant effective_on, le préfixe était dans from_region (modifiable par le DBA) / region changes of an MRC or equivalent territory (prefix of the MAMH geographic code) on a date: before effective_on the prefix was in from_region (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.prefix IS
    'Deux premiers chiffres du code géographique MAMH (MRC ou territoire équivalent) / first two digits of the MAMH geographic code (MRC or equivalent territory)';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.from_region IS 'Région avant le changement / region before the change';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.to_region IS 'Région à partir du changement / region from the change on';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.effective_on IS 'Date d''effet (premier jour dans to_region) / effective date (first day in to_region)';
COMMENT ON COLUMN cag_ovt.mrc_region_changes.note IS 'Source, remarque / source, remark';

INSERT INTO cag_ovt.mrc_region_changes (prefix, from_region, to_region, effective_on, note) VALUES
    ('46', '16', '05', '2021-07-08', 'MRC Brome-Missisquoi : de la Montérégie à l''Estrie (communiqué du MAMH) / from Montérégie to Estrie (MAMH press release)'),
    ('47', '16', '05', '2021-07-08', 'MRC La Haute-Yamaska : de la Montérégie à l''Estrie (communiqué du MAMH) / from Montérégie to Estrie (MAMH press release)');
SELECT cag_ovt.manage_reference_table('cag_ovt.mrc_region_changes');

CREATE TABLE cag_ovt.municipalities (
    code text PRIMARY KEY CHECK (code OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    name text NOT NULL,
    status text NOT NULL,
    postal_code cag_ovt.postal_code,
    fsa text CHECK (fsa OPERATOR(pg_catalog.~) '^[A-Z][0-9][A-Z]$'),
    region cag_ovt.qc_region NOT NULL,
    census_division_code text CHECK (census_division_code OPERATOR(pg_catalog.~) '^[0-9]{2}$'),
    census_division text,
    mrc_code text CHECK (mrc_code OPERATOR(pg_catalog.~) '^[0-9]{3}$'),
    mrc text,
    population integer CHECK (population OPERATOR(pg_catalog.>=) 0),
    CHECK (postal_code IS NULL
           OR fsa OPERATOR(pg_catalog.=) cag_ovt.fsa(postal_code))
);
COMMENT ON TABLE cag_ovt.municipalities IS
    'Municipalités locales du Québec (Répertoire des municipalités du MAMH, 2023), modifiable par le DBA / local municipalities of Québec (MAMH Répertoire des municipalités, 2023), editable by the DBA';
COMMENT ON COLUMN cag_ovt.municipalities.code IS
    'Code géographique MAMH à 5 chiffres ; les deux premiers désignent la MRC ou le territoire équivalent / 5-digit MAMH geographic code; the first two identify the MRC or equivalent territory';
COMMENT ON COLUMN cag_ovt.municipalities.name IS 'Nom / name';
COMMENT ON COLUMN cag_ovt.municipalities.status IS 'Désignation (Ville, Municipalité, Paroisse...) / designation (city, municipality, parish...)';
COMMENT ON COLUMN cag_ovt.municipalities.postal_code IS
    'Code postal de l''hôtel de ville, « A9A 9A9 » ; NULL quand la source le donne incomplet / postal code of the town hall, ''A9A 9A9''; NULL when the source gives it incomplete';
COMMENT ON COLUMN cag_ovt.municipalities.fsa IS
    'Région de tri d''acheminement (RTA : trois premiers caractères du code postal de l''hôtel de ville), connue même quand le code est incomplet / forward sortation area (FSA: first three characters of the town hall''s postal code), known even when the code is incomplete';
COMMENT ON COLUMN cag_ovt.municipalities.region IS 'Région administrative / administrative region';
COMMENT ON COLUMN cag_ovt.municipalities.census_division_code IS 'Code de la division de recensement / census division code';
COMMENT ON COLUMN cag_ovt.municipalities.census_division IS 'Division de recensement / census division';
COMMENT ON COLUMN cag_ovt.municipalities.mrc_code IS 'Code de la MRC (NULL hors MRC) / MRC code (NULL outside an MRC)';
COMMENT ON COLUMN cag_ovt.municipalities.mrc IS 'MRC (NULL hors MRC) / MRC (NULL outside an MRC)';
COMMENT ON COLUMN cag_ovt.municipalities.population IS 'Population (décret de population) / population (population decree)';

CREATE FUNCTION cag_ovt.region_of_municipality(code text, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_municipality_text'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_municipality(text, date) IS
    'Région d''un code géographique MAMH (par ses deux premiers chiffres) à la date as_of (NULL : aujourd''hui) ; NULL si le préfixe est inconnu / region of a MAMH geographic code (by its first two digits) on date as_of (NULL: today); NULL when the prefix is unknown';

CREATE FUNCTION cag_ovt.region_of_municipality(code integer, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_municipality_int'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_municipality(integer, date) IS
    'Région d''un code géographique MAMH donné comme entier (0 à 99999) à la date as_of (NULL : aujourd''hui) / region of a MAMH geographic code given as an integer (0 to 99999) on date as_of (NULL: today)';

CREATE FUNCTION cag_ovt.region_of_fsa(fsa text, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_fsa'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_fsa(text, date) IS
    'Région d''une RTA (trois premiers caractères d''un code postal) d''après la table fsa_regions, à la date as_of (NULL : aujourd''hui) ; NULL si la RTA est inconnue ou couvre plusieurs régions (voir regions_of_fsa) / region of a forward sortation area (first three characters of a postal code) from table fsa_regions, on date as_of (NULL: today); NULL when the FSA is unknown or spans several regions (see regions_of_fsa)';

CREATE FUNCTION cag_ovt.region_of_postal_code(postal_code cag_ovt.postal_code, as_of date DEFAULT NULL)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_postal_code'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_postal_code(cag_ovt.postal_code, date) IS
    'Région d''un code postal : celle de sa RTA à la date as_of (NULL : aujourd''hui), comme region_of_fsa ; NULL hors Québec, pour une RTA inconnue ou qui couvre plusieurs régions / region of a postal code: that of its FSA on date as_of (NULL: today), as region_of_fsa gives it; NULL outside Québec and for an FSA that is unknown or spans several regions';

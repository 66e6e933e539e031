-- Locating suppliers and buyers: the forward sortation areas (FSA) of Québec
-- with their regions, the former municipalities, the other names people
-- write for a municipality, and the functions that read a locality, an FSA
-- or a whole address: src/geography.c (the FSAs' cache), src/locality.c
-- and src/locality_core.c (localities), src/locate.c and src/locate_core.c
-- (the rules that combine the evidence).  The registries of parties are in
-- src/registries.sql.
--
-- The four tables are reference tables (src/reference.sql): the DBA edits
-- them and the edits survive pg_dump.  Their names sort before "purchases"
-- because the classification reads them (see src/reference.sql, restore
-- order).  Their rows are in src/localities.sql, generated from
-- data/fsa-regions.csv, data/ldu-communities.csv,
-- data/former-municipalities.csv and data/locality-aliases.csv (derived
-- from the sources in data/geo/; see data/README.md).

CREATE TABLE cag_ovt.fsa_regions (
    fsa text NOT NULL CHECK (fsa OPERATOR(pg_catalog.~) '^[A-Z][0-9][A-Z]$'),
    region cag_ovt.qc_region NOT NULL,
    valid_from date NOT NULL DEFAULT '-infinity',
    valid_until date NOT NULL DEFAULT 'infinity',
    localities text,
    source text,
    PRIMARY KEY (fsa, region, valid_from),
    CHECK (valid_from OPERATOR(pg_catalog.<) valid_until)
);
COMMENT ON TABLE cag_ovt.fsa_regions IS
    'Régions desservies par chaque région de tri d''acheminement (RTA) du Québec, par période : une RTA rurale peut en desservir plusieurs (modifiable par le DBA) / regions served by each forward sortation area (FSA) of Québec, by period: a rural FSA may serve several (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.fsa_regions.fsa IS
    'RTA : trois premiers caractères du code postal, en majuscules (G0A) / FSA: first three characters of the postal code, upper case (G0A)';
COMMENT ON COLUMN cag_ovt.fsa_regions.region IS 'Région desservie / region served';
COMMENT ON COLUMN cag_ovt.fsa_regions.valid_from IS
    'Premier jour où la RTA dessert la région (-infinity : depuis toujours) / first day the FSA serves the region (-infinity: always)';
COMMENT ON COLUMN cag_ovt.fsa_regions.valid_until IS
    'Premier jour où elle ne la dessert plus (infinity : encore) ; p. ex. les RTA de Brome-Missisquoi et de La Haute-Yamaska passent de la Montérégie à l''Estrie le 2021-07-08 / first day it no longer serves it (infinity: still does); e.g. the FSAs of Brome-Missisquoi and La Haute-Yamaska move from Montérégie to Estrie on 2021-07-08';
COMMENT ON COLUMN cag_ovt.fsa_regions.localities IS 'Localités desservies selon la source / localities served according to the source';
COMMENT ON COLUMN cag_ovt.fsa_regions.source IS 'Source / source';

CREATE TABLE cag_ovt.ldu_communities (
    postal_code cag_ovt.postal_code PRIMARY KEY,
    community text NOT NULL,
    municipality text CHECK (municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    region cag_ovt.qc_region,
    source text,
    CHECK ((municipality IS NULL) OPERATOR(pg_catalog.<>) (region IS NULL))
);
COMMENT ON TABLE cag_ovt.ldu_communities IS
    'Codes postaux complets des RTA rurales (G0A 1E0) : chaque unité de distribution locale dessert une localité, ce qui situe une adresse dans une RTA rurale qui couvre plusieurs régions (modifiable par le DBA) / full postal codes of rural FSAs (G0A 1E0): each local delivery unit serves one community, which places an address in a rural FSA that spans several regions (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.ldu_communities.postal_code IS
    'Code postal complet d''une RTA rurale (deuxième caractère 0) / full postal code of a rural FSA (second character 0)';
COMMENT ON COLUMN cag_ovt.ldu_communities.community IS 'Localité desservie / community served';
COMMENT ON COLUMN cag_ovt.ldu_communities.municipality IS
    'Code géographique MAMH de la municipalité de la localité ; sa région à la date de l''achat / MAMH geographic code of the community''s municipality; its region on the purchase date';
COMMENT ON COLUMN cag_ovt.ldu_communities.region IS
    'Région, quand la municipalité n''est pas connue ; NULL sinon / region, when the municipality is not known; else NULL';
COMMENT ON COLUMN cag_ovt.ldu_communities.source IS 'Source / source';

CREATE TABLE cag_ovt.former_municipalities (
    name text NOT NULL,
    status text,
    ended_on date NOT NULL CHECK (pg_catalog.isfinite(ended_on)),
    successor text NOT NULL CHECK (successor OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    restored_on date CHECK (pg_catalog.isfinite(restored_on)),
    event text,
    source text NOT NULL,
    PRIMARY KEY (name, ended_on),
    CHECK (restored_on OPERATOR(pg_catalog.>) ended_on)
);
COMMENT ON TABLE cag_ovt.former_municipalities IS
    'Anciennes municipalités (fusions, annexions, changements de nom) et la municipalité actuelle qui couvre leur territoire (modifiable par le DBA) / former municipalities (mergers, annexations, renamings) and the current municipality that covers their territory (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.former_municipalities.name IS
    'Nom de l''ancienne municipalité ; une précision entre parenthèses à la fin n''entre pas dans la comparaison / name of the former municipality; a trailing remark in parentheses is not compared';
COMMENT ON COLUMN cag_ovt.former_municipalities.status IS 'Désignation (City, Parish...) / designation (city, parish...)';
COMMENT ON COLUMN cag_ovt.former_municipalities.ended_on IS
    'Premier jour où elle n''existe plus / first day it no longer exists';
COMMENT ON COLUMN cag_ovt.former_municipalities.successor IS
    'Code géographique MAMH de la municipalité qui la remplace (celle de municipalities qui couvre son territoire) / MAMH geographic code of the municipality that replaced it (the one of municipalities that covers its territory)';
COMMENT ON COLUMN cag_ovt.former_municipalities.restored_on IS
    'Jour où elle a été reconstituée (défusions du 2006-01-01), NULL sinon : entre ended_on et restored_on son nom désigne successor, sinon elle-même / day it was reconstituted (demergers of 2006-01-01), else NULL: between ended_on and restored_on its name means successor, otherwise itself';
COMMENT ON COLUMN cag_ovt.former_municipalities.event IS 'merged, annexed, renamed, demerged 2006 / merged, annexed, renamed, demerged 2006';
COMMENT ON COLUMN cag_ovt.former_municipalities.source IS 'Source (page consultée) / source (page read)';

CREATE TABLE cag_ovt.locality_aliases (
    alias text PRIMARY KEY,
    municipalities text[] CHECK (pg_catalog.array_to_string(municipalities, ',')
                                 OPERATOR(pg_catalog.~) '^[0-9]{5}(,[0-9]{5})*$'),
    region cag_ovt.qc_region,
    kind text,
    source text,
    CHECK ((municipalities IS NULL) OPERATOR(pg_catalog.<>) (region IS NULL))
);
COMMENT ON TABLE cag_ovt.locality_aliases IS
    'Autres noms écrits pour une municipalité : arrondissements, secteurs, quartiers, formes anglaises, graphies relevées dans SEAO, localités rurales (modifiable par le DBA) / other names written for a municipality: boroughs, sectors, neighbourhoods, English forms, spellings found in SEAO, rural communities (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.locality_aliases.alias IS 'Nom tel qu''on l''écrit / name as written';
COMMENT ON COLUMN cag_ovt.locality_aliases.municipalities IS
    'Codes géographiques MAMH des municipalités qu''il peut désigner (plusieurs : homonymes) ; NULL quand seule la région est connue / MAMH geographic codes of the municipalities it may mean (several: homonyms); NULL when only the region is known';
COMMENT ON COLUMN cag_ovt.locality_aliases.region IS
    'Région, quand la municipalité n''est pas connue (localité rurale) ; NULL sinon / region, when the municipality is not known (rural community); else NULL';
COMMENT ON COLUMN cag_ovt.locality_aliases.kind IS 'english, borough, sector, neighbourhood, spelling, former name, community / english, borough, sector, neighbourhood, spelling, former name, community';
COMMENT ON COLUMN cag_ovt.locality_aliases.source IS 'Source / source';

CREATE FUNCTION cag_ovt.locality_keys(name text)
    RETURNS text[]
    AS 'MODULE_PATHNAME', 'locality_keys'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.locality_keys(text) IS
    'Clés de comparaison d''une localité telle qu''écrite, de la plus littérale à la plus dépouillée (sans province ni code postal final, sans « Ville de ») ; erreur 22P02 pour un texte sans lettre ou trop long / comparison keys of a locality as written, from the most literal to the most stripped (no trailing province or postal code, no leading "Ville de"); error 22P02 for text without a letter or too long';

CREATE FUNCTION cag_ovt.municipality_of_locality(name text, as_of date DEFAULT CURRENT_DATE)
    RETURNS text
    AS 'MODULE_PATHNAME', 'municipality_of_locality'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.municipality_of_locality(text, date) IS
    'Code géographique MAMH de la municipalité désignée par un nom de localité à la date as_of (NULL : aujourd''hui) : nom officiel, ancienne municipalité (sa remplaçante après sa disparition), autre nom ; NULL si inconnu ou ambigu / MAMH geographic code of the municipality a locality name means on date as_of (NULL: today): official name, former municipality (its successor after it ended), other name; NULL when unknown or ambiguous';

CREATE FUNCTION cag_ovt.region_of_locality(name text, as_of date DEFAULT CURRENT_DATE)
    RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME', 'region_of_locality'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_of_locality(text, date) IS
    'Région d''une localité à la date as_of (NULL : aujourd''hui) : celle de toutes les municipalités que le nom peut désigner ; NULL si inconnue ou si elles sont de régions différentes / region of a locality on date as_of (NULL: today): that of every municipality the name may mean; NULL when unknown or when they are in different regions';

CREATE FUNCTION cag_ovt.regions_of_fsa(fsa text, as_of date DEFAULT CURRENT_DATE)
    RETURNS cag_ovt.qc_region[]
    AS 'MODULE_PATHNAME', 'regions_of_fsa'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.regions_of_fsa(text, date) IS
    'Régions candidates d''une RTA à la date as_of (NULL : aujourd''hui), en ordre de code, d''après fsa_regions ; NULL pour une RTA absente de la table / candidate regions of an FSA on date as_of (NULL: today), in code order, from fsa_regions; NULL for an FSA that is not in the table';

CREATE FUNCTION cag_ovt.locate(postal_code cag_ovt.postal_code, city text, province text,
                               country text, as_of date DEFAULT CURRENT_DATE,
                               name text DEFAULT NULL, party text DEFAULT 'supplier')
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'locate'
    LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.locate(cag_ovt.postal_code, text, text, text, date, text, text) IS
    'Situe un fournisseur (party ''supplier'') ou un acheteur (''buyer'') à la date as_of (NULL : aujourd''hui) d''après son code postal, sa ville, sa province, son pays, son nom (organisme public nommé d''après sa municipalité) et le registre known_parties, comme le fait la classification : région, preuve qui a décidé (postal_code, fsa_candidates+city, city, name, supplier_registry...), au Québec ou non, preuve écartée en conflit ; voir doc/reference.md / locates a supplier (party ''supplier'') or a buyer (''buyer'') on date as_of (NULL: today) from its postal code, city, province, country, name (a public body named after its municipality) and the registry known_parties, as the classification does: region, the evidence that decided (postal_code, fsa_candidates+city, city, name, supplier_registry...), in Québec or not, evidence left out in conflict; see doc/reference.md';

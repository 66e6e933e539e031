-- qc_region: one of the 17 administrative regions of Québec.

CREATE TYPE cag_ovt.qc_region;

CREATE FUNCTION cag_ovt.qc_region_in(cstring) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.qc_region_out(cag_ovt.qc_region) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.qc_region_recv(internal) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.qc_region_send(cag_ovt.qc_region) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.qc_region (
    INPUT = cag_ovt.qc_region_in,
    OUTPUT = cag_ovt.qc_region_out,
    RECEIVE = cag_ovt.qc_region_recv,
    SEND = cag_ovt.qc_region_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.qc_region IS
    'Région administrative du Québec (01 à 17), un octet, ordonnée par code ; s''écrit par son code ou son nom / administrative region of Québec (01 to 17), one byte, ordered by code; written as its code or its name';
COMMENT ON FUNCTION cag_ovt.qc_region_in(cstring) IS
    'Entrée texte de qc_region : code, nom officiel, variantes d''écriture courantes, noms anglais / text input of qc_region: code, official name, common spellings, English names';
COMMENT ON FUNCTION cag_ovt.qc_region_out(cag_ovt.qc_region) IS
    'Sortie texte de qc_region : le nom officiel en français / text output of qc_region: the official French name';
COMMENT ON FUNCTION cag_ovt.qc_region_recv(internal) IS
    'Entrée binaire de qc_region (un octet, code 1 à 17 validé) / binary input of qc_region (one byte, code 1 to 17 checked)';
COMMENT ON FUNCTION cag_ovt.qc_region_send(cag_ovt.qc_region) IS
    'Sortie binaire de qc_region (un octet : le code) / binary output of qc_region (one byte: the code)';

--@scalar_ops qc_region char "code" "code"

CREATE FUNCTION cag_ovt.region_code(cag_ovt.qc_region) RETURNS text
    AS 'MODULE_PATHNAME', 'qc_region_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_code(cag_ovt.qc_region) IS
    'Code de la région sur deux chiffres, p. ex. ''05'' / two-digit code of the region, e.g. ''05''';

CREATE FUNCTION cag_ovt.region_name(cag_ovt.qc_region, lang text DEFAULT 'fr') RETURNS text
    AS 'MODULE_PATHNAME', 'qc_region_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.region_name(cag_ovt.qc_region, text) IS
    'Nom de la région : officiel en français (''fr'', par défaut) ou usuel en anglais (''en'') / name of the region: official French name (''fr'', the default) or usual English name (''en'')';

CREATE FUNCTION cag_ovt.is_valid_qc_region(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_qc_region(text) IS
    'Vrai si le texte désigne une région administrative (ne lève jamais d''erreur) / true when the text names an administrative region (never raises)';

CREATE FUNCTION cag_ovt.qc_region_smaller(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.qc_region_smaller(cag_ovt.qc_region, cag_ovt.qc_region) IS
    'La plus petite de deux régions (ordre de code) / the smaller of two regions (code order)';
CREATE FUNCTION cag_ovt.qc_region_larger(cag_ovt.qc_region, cag_ovt.qc_region) RETURNS cag_ovt.qc_region
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.qc_region_larger(cag_ovt.qc_region, cag_ovt.qc_region) IS
    'La plus grande de deux régions (ordre de code) / the larger of two regions (code order)';

CREATE AGGREGATE cag_ovt.min(cag_ovt.qc_region) (
    SFUNC = cag_ovt.qc_region_smaller,
    STYPE = cag_ovt.qc_region,
    COMBINEFUNC = cag_ovt.qc_region_smaller,
    SORTOP = OPERATOR(cag_ovt.<),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.min(cag_ovt.qc_region) IS
    'Plus petite région (ordre de code) / smallest region (code order)';
CREATE AGGREGATE cag_ovt.max(cag_ovt.qc_region) (
    SFUNC = cag_ovt.qc_region_larger,
    STYPE = cag_ovt.qc_region,
    COMBINEFUNC = cag_ovt.qc_region_larger,
    SORTOP = OPERATOR(cag_ovt.>),
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.max(cag_ovt.qc_region) IS
    'Plus grande région (ordre de code) / largest region (code order)';

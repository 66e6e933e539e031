-- unspsc: UNSPSC product and service codes (codes UNSPSC de produits et services).

CREATE TYPE cag_ovt.unspsc;

CREATE FUNCTION cag_ovt.unspsc_in(cstring) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unspsc_out(cag_ovt.unspsc) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unspsc_recv(internal) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unspsc_send(cag_ovt.unspsc) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.unspsc (
    INPUT = cag_ovt.unspsc_in,
    OUTPUT = cag_ovt.unspsc_out,
    RECEIVE = cag_ovt.unspsc_recv,
    SEND = cag_ovt.unspsc_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.unspsc IS
    'Code UNSPSC à 8 chiffres : segment XX000000, famille XXXX0000, classe XXXXXX00, marchandise XXXXXXXX / 8-digit UNSPSC code: segment XX000000, family XXXX0000, class XXXXXX00, commodity XXXXXXXX';
COMMENT ON FUNCTION cag_ovt.unspsc_in(cstring) IS 'Entrée texte de unspsc (8 chiffres ; trait d''union, espace ou point tolérés entre les paires) / text input of unspsc (8 digits; hyphen, space or dot tolerated between the pairs)';
COMMENT ON FUNCTION cag_ovt.unspsc_out(cag_ovt.unspsc) IS 'Sortie texte de unspsc (8 chiffres) / text output of unspsc (8 digits)';
COMMENT ON FUNCTION cag_ovt.unspsc_recv(internal) IS 'Entrée binaire de unspsc (int4 validé comme le texte) / binary input of unspsc (int4 validated like text)';
COMMENT ON FUNCTION cag_ovt.unspsc_send(cag_ovt.unspsc) IS 'Sortie binaire de unspsc (int4, le nombre à 8 chiffres) / binary output of unspsc (int4, the 8-digit number)';

--@scalar_ops unspsc int4 "code" "code"

-- min and max, which an index on the column answers (SORTOP).
CREATE FUNCTION cag_ovt.unspsc_smaller(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4smaller';
CREATE FUNCTION cag_ovt.unspsc_larger(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4larger';
COMMENT ON FUNCTION cag_ovt.unspsc_smaller(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Le plus petit de deux codes UNSPSC / the smaller of two UNSPSC codes';
COMMENT ON FUNCTION cag_ovt.unspsc_larger(cag_ovt.unspsc, cag_ovt.unspsc) IS 'Le plus grand de deux codes UNSPSC / the larger of two UNSPSC codes';
CREATE AGGREGATE cag_ovt.min(cag_ovt.unspsc) (
    SFUNC = cag_ovt.unspsc_smaller, STYPE = cag_ovt.unspsc,
    COMBINEFUNC = cag_ovt.unspsc_smaller, SORTOP = OPERATOR(cag_ovt.<), PARALLEL = SAFE);
CREATE AGGREGATE cag_ovt.max(cag_ovt.unspsc) (
    SFUNC = cag_ovt.unspsc_larger, STYPE = cag_ovt.unspsc,
    COMBINEFUNC = cag_ovt.unspsc_larger, SORTOP = OPERATOR(cag_ovt.>), PARALLEL = SAFE);
COMMENT ON AGGREGATE cag_ovt.min(cag_ovt.unspsc) IS 'Le plus petit code UNSPSC / the smallest UNSPSC code';
COMMENT ON AGGREGATE cag_ovt.max(cag_ovt.unspsc) IS 'Le plus grand code UNSPSC / the largest UNSPSC code';

-- Hierarchy.
CREATE FUNCTION cag_ovt.unspsc_segment(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_segment(cag_ovt.unspsc) IS
    'Segment du code (XX000000) / segment of the code (XX000000)';
CREATE FUNCTION cag_ovt.unspsc_family(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_family(cag_ovt.unspsc) IS
    'Famille du code (XXXX0000), NULL pour un segment / family of the code (XXXX0000), NULL for a segment';
CREATE FUNCTION cag_ovt.unspsc_class(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_class(cag_ovt.unspsc) IS
    'Classe du code (XXXXXX00), NULL pour un segment ou une famille / class of the code (XXXXXX00), NULL for a segment or a family';
CREATE FUNCTION cag_ovt.unspsc_level(cag_ovt.unspsc) RETURNS text
    AS 'MODULE_PATHNAME', 'unspsc_level_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_level(cag_ovt.unspsc) IS
    'Niveau du code : segment, family, class ou commodity / level of the code: segment, family, class or commodity';
CREATE FUNCTION cag_ovt.unspsc_path(cag_ovt.unspsc) RETURNS cag_ovt.unspsc[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_path(cag_ovt.unspsc) IS
    'Le segment, la famille et la classe au-dessus du code, puis le code lui-même / the segment, family and class above the code, then the code itself';
CREATE FUNCTION cag_ovt.unspsc_range_end(cag_ovt.unspsc) RETURNS cag_ovt.unspsc
    AS 'MODULE_PATHNAME', 'unspsc_range_end_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_range_end(cag_ovt.unspsc) IS
    'Le plus grand code contenu dans le code (x <@ c équivaut à x BETWEEN c AND unspsc_range_end(c)) / the greatest code within the code (x <@ c is x BETWEEN c AND unspsc_range_end(c))';

CREATE FUNCTION cag_ovt.is_valid_unspsc(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_unspsc(text) IS
    'Vrai si le texte est un code UNSPSC valide (ne lève jamais d''erreur) / true when the text is a valid UNSPSC code (never raises)';

-- "Is within" and "contains": planner support turns them into btree
-- conditions (a range, or a list of codes), estimators reuse the rewriting.
CREATE FUNCTION cag_ovt.unspsc_within_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_within_support(internal) IS
    'Support du planificateur pour <@ (condition d''index btree, sélectivité) / planner support for <@ (btree index condition, selectivity)';
CREATE FUNCTION cag_ovt.unspsc_contains_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_contains_support(internal) IS
    'Support du planificateur pour @> (condition d''index btree, sélectivité) / planner support for @> (btree index condition, selectivity)';

CREATE FUNCTION cag_ovt.unspsc_within(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'unspsc_within_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    SUPPORT cag_ovt.unspsc_within_support;
COMMENT ON FUNCTION cag_ovt.unspsc_within(cag_ovt.unspsc, cag_ovt.unspsc) IS
    'Vrai si le premier code est le second ou l''un de ses descendants / true when the first code is the second or one of its descendants';
CREATE FUNCTION cag_ovt.unspsc_contains(cag_ovt.unspsc, cag_ovt.unspsc) RETURNS boolean
    AS 'MODULE_PATHNAME', 'unspsc_contains_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    SUPPORT cag_ovt.unspsc_contains_support;
COMMENT ON FUNCTION cag_ovt.unspsc_contains(cag_ovt.unspsc, cag_ovt.unspsc) IS
    'Vrai si le second code est le premier ou l''un de ses descendants / true when the second code is the first or one of its descendants';

CREATE FUNCTION cag_ovt.unspsc_within_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_within_sel(internal, oid, internal, integer) IS
    'Estimation de sélectivité de <@ (plage btree ou liste de codes) / selectivity estimator of <@ (btree range or list of codes)';
CREATE FUNCTION cag_ovt.unspsc_contains_sel(internal, oid, internal, integer) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_contains_sel(internal, oid, internal, integer) IS
    'Estimation de sélectivité de @> (plage btree ou liste de codes) / selectivity estimator of @> (btree range or list of codes)';
CREATE FUNCTION cag_ovt.unspsc_within_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_within_joinsel(internal, oid, internal, smallint, internal) IS
    'Estimation de sélectivité de jointure de <@ (1 / nombre de codes distincts du côté contenant) / join selectivity estimator of <@ (1 / distinct codes of the containing side)';
CREATE FUNCTION cag_ovt.unspsc_contains_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.unspsc_contains_joinsel(internal, oid, internal, smallint, internal) IS
    'Estimation de sélectivité de jointure de @> (1 / nombre de codes distincts du côté contenant) / join selectivity estimator of @> (1 / distinct codes of the containing side)';

CREATE OPERATOR cag_ovt.<@ (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_within,
    COMMUTATOR = OPERATOR(cag_ovt.@>),
    RESTRICT = cag_ovt.unspsc_within_sel, JOIN = cag_ovt.unspsc_within_joinsel);
CREATE OPERATOR cag_ovt.@> (
    LEFTARG = cag_ovt.unspsc, RIGHTARG = cag_ovt.unspsc, FUNCTION = cag_ovt.unspsc_contains,
    COMMUTATOR = OPERATOR(cag_ovt.<@),
    RESTRICT = cag_ovt.unspsc_contains_sel, JOIN = cag_ovt.unspsc_contains_joinsel);
COMMENT ON OPERATOR cag_ovt.<@ (cag_ovt.unspsc, cag_ovt.unspsc) IS
    'est dans (le code de gauche est celui de droite ou l''un de ses descendants) / is within (the left code is the right one or one of its descendants)';
COMMENT ON OPERATOR cag_ovt.@> (cag_ovt.unspsc, cag_ovt.unspsc) IS
    'contient (le code de droite est celui de gauche ou l''un de ses descendants) / contains (the right code is the left one or one of its descendants)';

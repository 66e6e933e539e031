-- postal_code: Canadian postal code (code postal canadien).

CREATE TYPE cag_ovt.postal_code;

CREATE FUNCTION cag_ovt.postal_code_in(cstring) RETURNS cag_ovt.postal_code
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.postal_code_out(cag_ovt.postal_code) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.postal_code_recv(internal) RETURNS cag_ovt.postal_code
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.postal_code_send(cag_ovt.postal_code) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.postal_code (
    INPUT = cag_ovt.postal_code_in,
    OUTPUT = cag_ovt.postal_code_out,
    RECEIVE = cag_ovt.postal_code_recv,
    SEND = cag_ovt.postal_code_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.postal_code IS
    'Code postal canadien A9A 9A9 (RTA de 3 caractères, puis UDL), stocké sur 4 octets dans l''ordre du texte / Canadian postal code A9A 9A9 (3-character FSA, then LDU), stored in 4 bytes in text order';
COMMENT ON FUNCTION cag_ovt.postal_code_in(cstring) IS 'Entrée texte de postal_code (minuscules, espaces et un trait d''union entre les moitiés tolérés) / text input of postal_code (lower case, white space and one hyphen between the halves tolerated)';
COMMENT ON FUNCTION cag_ovt.postal_code_out(cag_ovt.postal_code) IS 'Sortie texte de postal_code (A9A 9A9) / text output of postal_code (A9A 9A9)';
COMMENT ON FUNCTION cag_ovt.postal_code_recv(internal) IS 'Entrée binaire de postal_code (6 caractères majuscules, validés comme le texte) / binary input of postal_code (6 upper-case characters, validated like text)';
COMMENT ON FUNCTION cag_ovt.postal_code_send(cag_ovt.postal_code) IS 'Sortie binaire de postal_code (6 caractères majuscules, sans espace) / binary output of postal_code (6 upper-case characters, no space)';

--@scalar_ops postal_code int4 "code postal" "postal code"

-- min and max, which an index on the column answers (SORTOP).
CREATE FUNCTION cag_ovt.postal_code_smaller(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS cag_ovt.postal_code
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4smaller';
CREATE FUNCTION cag_ovt.postal_code_larger(cag_ovt.postal_code, cag_ovt.postal_code) RETURNS cag_ovt.postal_code
    LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF AS 'int4larger';
COMMENT ON FUNCTION cag_ovt.postal_code_smaller(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Le plus petit de deux codes postaux / the smaller of two postal codes';
COMMENT ON FUNCTION cag_ovt.postal_code_larger(cag_ovt.postal_code, cag_ovt.postal_code) IS 'Le plus grand de deux codes postaux / the larger of two postal codes';
CREATE AGGREGATE cag_ovt.min(cag_ovt.postal_code) (
    SFUNC = cag_ovt.postal_code_smaller, STYPE = cag_ovt.postal_code,
    COMBINEFUNC = cag_ovt.postal_code_smaller, SORTOP = OPERATOR(cag_ovt.<), PARALLEL = SAFE);
CREATE AGGREGATE cag_ovt.max(cag_ovt.postal_code) (
    SFUNC = cag_ovt.postal_code_larger, STYPE = cag_ovt.postal_code,
    COMBINEFUNC = cag_ovt.postal_code_larger, SORTOP = OPERATOR(cag_ovt.>), PARALLEL = SAFE);
COMMENT ON AGGREGATE cag_ovt.min(cag_ovt.postal_code) IS 'Le plus petit code postal / the smallest postal code';
COMMENT ON AGGREGATE cag_ovt.max(cag_ovt.postal_code) IS 'Le plus grand code postal / the largest postal code';

CREATE FUNCTION cag_ovt.fsa(cag_ovt.postal_code) RETURNS text
    AS 'MODULE_PATHNAME', 'postal_code_fsa' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.fsa(cag_ovt.postal_code) IS
    'Région de tri d''acheminement (RTA) : les 3 premiers caractères / forward sortation area (FSA): the first 3 characters';

CREATE FUNCTION cag_ovt.province(cag_ovt.postal_code) RETURNS text
    AS 'MODULE_PATHNAME', 'postal_code_province_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.province(cag_ovt.postal_code) IS
    'Province ou territoire (code à 2 lettres) selon la première lettre ; X0A, X0B, X0C : NU, autres X : NT / province or territory (2-letter code) from the first letter; X0A, X0B, X0C: NU, other X: NT';

CREATE FUNCTION cag_ovt.is_quebec(cag_ovt.postal_code) RETURNS boolean
    AS 'MODULE_PATHNAME', 'postal_code_is_quebec_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_quebec(cag_ovt.postal_code) IS
    'Vrai pour un code postal du Québec (première lettre G, H ou J) / true for a Québec postal code (first letter G, H or J)';

CREATE FUNCTION cag_ovt.is_rural(cag_ovt.postal_code) RETURNS boolean
    AS 'MODULE_PATHNAME', 'postal_code_is_rural_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_rural(cag_ovt.postal_code) IS
    'Vrai pour une RTA rurale (deuxième caractère 0) / true for a rural FSA (second character 0)';

CREATE FUNCTION cag_ovt.is_valid_postal_code(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_postal_code(text) IS
    'Vrai si le texte est un code postal canadien valide (ne lève jamais d''erreur) / true when the text is a valid Canadian postal code (never raises)';

-- neq: Québec enterprise number (numéro d'entreprise du Québec).

CREATE TYPE cag_ovt.neq;

CREATE FUNCTION cag_ovt.neq_in(cstring) RETURNS cag_ovt.neq
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.neq_out(cag_ovt.neq) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.neq_recv(internal) RETURNS cag_ovt.neq
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.neq_send(cag_ovt.neq) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.neq (
    INPUT = cag_ovt.neq_in,
    OUTPUT = cag_ovt.neq_out,
    RECEIVE = cag_ovt.neq_recv,
    SEND = cag_ovt.neq_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.neq IS
    'Numéro d''entreprise du Québec (NEQ) : 10 chiffres, chiffre de contrôle de Luhn sur les chiffres 3 à 10 / Québec enterprise number (NEQ): 10 digits, Luhn check digit over digits 3 to 10';
COMMENT ON FUNCTION cag_ovt.neq_in(cstring) IS 'Entrée texte de neq (espaces et traits d''union tolérés) / text input of neq (spaces and hyphens tolerated)';
COMMENT ON FUNCTION cag_ovt.neq_out(cag_ovt.neq) IS 'Sortie texte de neq (10 chiffres) / text output of neq (10 digits)';
COMMENT ON FUNCTION cag_ovt.neq_recv(internal) IS 'Entrée binaire de neq (int8 validé) / binary input of neq (validated int8)';
COMMENT ON FUNCTION cag_ovt.neq_send(cag_ovt.neq) IS 'Sortie binaire de neq (int8) / binary output of neq (int8)';

--@scalar_ops neq int8 "numéro" "number"

CREATE FUNCTION cag_ovt.neq_legal_form(cag_ovt.neq) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.neq_legal_form(cag_ovt.neq) IS
    'Forme juridique selon les deux premiers chiffres (11 personne morale, 22 entreprise individuelle, 33 société de personnes, 88 autorité publique), NULL sinon / legal form from the first two digits, NULL for other prefixes';

CREATE FUNCTION cag_ovt.is_valid_neq(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.is_valid_neq(text) IS
    'Vrai si le texte est un NEQ valide (ne lève jamais d''erreur) / true when the text is a valid NEQ (never raises)';

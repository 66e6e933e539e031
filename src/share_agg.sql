-- share_agg(amount, condition): exact share of the amount where a condition
-- holds; its state type share_state.

CREATE TYPE cag_ovt.share_state;

CREATE FUNCTION cag_ovt.share_state_in(cstring) RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_state_out(cag_ovt.share_state) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_state_recv(internal) RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_state_send(cag_ovt.share_state) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.share_state (
    INPUT = cag_ovt.share_state_in,
    OUTPUT = cag_ovt.share_state_out,
    RECEIVE = cag_ovt.share_state_recv,
    SEND = cag_ovt.share_state_send,
    INTERNALLENGTH = 40,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.share_state IS
    'État exact de share_agg (en cents) : nombre et montant des achats, et de ceux qui remplissent la condition ; forme texte JSON versionnée / exact state of share_agg (in cents): number and amount of the purchases, and of those meeting the condition; versioned JSON text form';
COMMENT ON FUNCTION cag_ovt.share_state_in(cstring) IS
    'Entrée texte de share_state : objet JSON (clés dans n''importe quel ordre), cohérence vérifiée / text input of share_state: a JSON object (keys in any order), consistency checked';
COMMENT ON FUNCTION cag_ovt.share_state_out(cag_ovt.share_state) IS
    'Sortie texte de share_state : objet JSON avec version / text output of share_state: JSON object with a version';
COMMENT ON FUNCTION cag_ovt.share_state_recv(internal) IS
    'Entrée binaire de share_state, validée comme l''entrée texte / binary input of share_state, validated like text input';
COMMENT ON FUNCTION cag_ovt.share_state_send(cag_ovt.share_state) IS
    'Sortie binaire de share_state : int32 version, puis quatre int8 (nombre, montant en cents, nombre et montant où la condition est vraie) / binary output of share_state: int32 version, then four int8 (count, amount in cents, count and amount where the condition holds)';

CREATE CAST (cag_ovt.share_state AS jsonb) WITH INOUT;
CREATE CAST (jsonb AS cag_ovt.share_state) WITH INOUT;
CREATE CAST (cag_ovt.share_state AS json) WITH INOUT;
CREATE CAST (json AS cag_ovt.share_state) WITH INOUT;
COMMENT ON CAST (cag_ovt.share_state AS jsonb) IS 'L''état en jsonb / the state as jsonb';
COMMENT ON CAST (jsonb AS cag_ovt.share_state) IS 'Un état lu d''un jsonb (toutes les clés requises) / a state read from jsonb (every key required)';
COMMENT ON CAST (cag_ovt.share_state AS json) IS 'L''état en json / the state as json';
COMMENT ON CAST (json AS cag_ovt.share_state) IS 'Un état lu d''un json (toutes les clés requises) / a state read from json (every key required)';

CREATE FUNCTION cag_ovt.share_state_eq(cag_ovt.share_state, cag_ovt.share_state) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.share_state_ne(cag_ovt.share_state, cag_ovt.share_state) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION cag_ovt.share_state_eq(cag_ovt.share_state, cag_ovt.share_state) IS
    'Égalité de deux états de share_agg / equality of two share_agg states';
COMMENT ON FUNCTION cag_ovt.share_state_ne(cag_ovt.share_state, cag_ovt.share_state) IS
    'Différence de deux états de share_agg / inequality of two share_agg states';
CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.share_state, RIGHTARG = cag_ovt.share_state,
    FUNCTION = cag_ovt.share_state_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.share_state, RIGHTARG = cag_ovt.share_state,
    FUNCTION = cag_ovt.share_state_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR cag_ovt.= (cag_ovt.share_state, cag_ovt.share_state) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.share_state, cag_ovt.share_state) IS 'différent / not equal';

CREATE FUNCTION cag_ovt.share_agg_transfn(cag_ovt.share_state, numeric, boolean)
    RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_agg_invfn(cag_ovt.share_state, numeric, boolean)
    RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_agg_combine(cag_ovt.share_state, cag_ovt.share_state)
    RETURNS cag_ovt.share_state
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share_agg_final(cag_ovt.share_state) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.share_agg_transfn(cag_ovt.share_state, numeric, boolean) IS
    'Transition de share_agg : ajoute un achat (montant NULL ignoré, condition NULL = fausse) / transition function of share_agg: adds one purchase (NULL amount skipped, NULL condition = false)';
COMMENT ON FUNCTION cag_ovt.share_agg_invfn(cag_ovt.share_state, numeric, boolean) IS
    'Transition inverse de share_agg (fenêtres glissantes) / inverse transition of share_agg (moving window frames)';
COMMENT ON FUNCTION cag_ovt.share_agg_combine(cag_ovt.share_state, cag_ovt.share_state) IS
    'Combinaison de deux états de share_agg (somme) / combines two share_agg states (sum)';
COMMENT ON FUNCTION cag_ovt.share_agg_final(cag_ovt.share_state) IS
    'Part d''un état : montant où la condition est vraie / montant ; NULL si le montant est 0 / share of a state: amount where the condition holds / amount; NULL when the amount is 0';

CREATE AGGREGATE cag_ovt.share_agg(numeric, boolean) (
    SFUNC = cag_ovt.share_agg_transfn,
    STYPE = cag_ovt.share_state,
    INITCOND = '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
    FINALFUNC = cag_ovt.share_agg_final,
    COMBINEFUNC = cag_ovt.share_agg_combine,
    MSFUNC = cag_ovt.share_agg_transfn,
    MINVFUNC = cag_ovt.share_agg_invfn,
    MSTYPE = cag_ovt.share_state,
    MINITCOND = '{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
    MFINALFUNC = cag_ovt.share_agg_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.share_agg(numeric, boolean) IS
    'Part exacte du montant où la condition est vraie (condition NULL = fausse, montant NULL ignoré) ; NULL si le montant total est 0 ; parallèle, combinable / exact share of the amount where the condition holds (NULL condition = false, NULL amount skipped); NULL when the total amount is 0; parallel, combinable';

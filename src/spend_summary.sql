-- spend_summary: exact summary of purchases (number and amount, overall and
-- per purchase_class flag, the amount unknown per dimension, the purchases
-- of unknown amount); aggregates spend_agg and rollup; accessors.

CREATE TYPE cag_ovt.spend_summary;

CREATE FUNCTION cag_ovt.spend_summary_in(cstring) RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.spend_summary_out(cag_ovt.spend_summary) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.spend_summary_recv(internal) RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.spend_summary_send(cag_ovt.spend_summary) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.spend_summary (
    INPUT = cag_ovt.spend_summary_in,
    OUTPUT = cag_ovt.spend_summary_out,
    RECEIVE = cag_ovt.spend_summary_recv,
    SEND = cag_ovt.spend_summary_send,
    INTERNALLENGTH = 152,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.spend_summary IS
    'Sommaire exact d''achats (en cents de dollars canadiens) : nombre et montant au total, montant de chaque indicateur de purchase_class (montant inconnu par dimension : indicateurs *_unknown), nombre pour ceux de 1.1, achats de montant inconnu ; forme texte JSON versionnée (version 2 ; la version 1 de 1.1 est lue avec son sens) / exact summary of purchases (in cents of Canadian dollars): number and amount in all, amount for each purchase_class flag (amount unknown per dimension: flags *_unknown), number for those of 1.1, purchases of unknown amount; versioned JSON text form (version 2; version 1 of 1.1 is read with its meaning)';
COMMENT ON FUNCTION cag_ovt.spend_summary_in(cstring) IS
    'Entrée texte de spend_summary : objet JSON de version 2 ou 1 (clés dans n''importe quel ordre), cohérence vérifiée / text input of spend_summary: a JSON object of version 2 or 1 (keys in any order), consistency checked';
COMMENT ON FUNCTION cag_ovt.spend_summary_out(cag_ovt.spend_summary) IS
    'Sortie texte de spend_summary : objet JSON avec version, nombres entiers et montants à deux décimales / text output of spend_summary: JSON object with version, integer counts and amounts with two decimals';
COMMENT ON FUNCTION cag_ovt.spend_summary_recv(internal) IS
    'Entrée binaire de spend_summary (version 2 ou 1, puis entiers de 64 bits), validée comme l''entrée texte / binary input of spend_summary (version 2 or 1, then 64-bit integers), validated like text input';
COMMENT ON FUNCTION cag_ovt.spend_summary_send(cag_ovt.spend_summary) IS
    'Sortie binaire de spend_summary : int32 version (2), puis en int8 le nombre, le montant en cents, le nombre d''achats de montant inconnu, le nombre et le montant de chaque indicateur de 1.1, le montant de chaque indicateur *_unknown / binary output of spend_summary: int32 version (2), then as int8 the count, the amount in cents, the number of purchases of unknown amount, the count and amount of each flag of 1.1, the amount of each *_unknown flag';

-- JSON: the text form is a JSON object.
CREATE CAST (cag_ovt.spend_summary AS jsonb) WITH INOUT;
CREATE CAST (jsonb AS cag_ovt.spend_summary) WITH INOUT;
CREATE CAST (cag_ovt.spend_summary AS json) WITH INOUT;
CREATE CAST (json AS cag_ovt.spend_summary) WITH INOUT;
COMMENT ON CAST (cag_ovt.spend_summary AS jsonb) IS 'Le sommaire en jsonb / the summary as jsonb';
COMMENT ON CAST (jsonb AS cag_ovt.spend_summary) IS 'Un sommaire lu d''un jsonb (toutes les clés requises) / a summary read from jsonb (every key required)';
COMMENT ON CAST (cag_ovt.spend_summary AS json) IS 'Le sommaire en json / the summary as json';
COMMENT ON CAST (json AS cag_ovt.spend_summary) IS 'Un sommaire lu d''un json (toutes les clés requises) / a summary read from json (every key required)';

-- Equality.
CREATE FUNCTION cag_ovt.spend_summary_eq(cag_ovt.spend_summary, cag_ovt.spend_summary) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.spend_summary_ne(cag_ovt.spend_summary, cag_ovt.spend_summary) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION cag_ovt.spend_summary_eq(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Égalité de deux sommaires (tous les nombres et montants) / equality of two summaries (every count and amount)';
COMMENT ON FUNCTION cag_ovt.spend_summary_ne(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Différence de deux sommaires / inequality of two summaries';
CREATE OPERATOR cag_ovt.= (
    LEFTARG = cag_ovt.spend_summary, RIGHTARG = cag_ovt.spend_summary,
    FUNCTION = cag_ovt.spend_summary_eq,
    COMMUTATOR = OPERATOR(cag_ovt.=), NEGATOR = OPERATOR(cag_ovt.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR cag_ovt.<> (
    LEFTARG = cag_ovt.spend_summary, RIGHTARG = cag_ovt.spend_summary,
    FUNCTION = cag_ovt.spend_summary_ne,
    COMMUTATOR = OPERATOR(cag_ovt.<>), NEGATOR = OPERATOR(cag_ovt.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR cag_ovt.= (cag_ovt.spend_summary, cag_ovt.spend_summary) IS 'égal / equal';
COMMENT ON OPERATOR cag_ovt.<> (cag_ovt.spend_summary, cag_ovt.spend_summary) IS 'différent / not equal';

-- Amount conversion used by the aggregates.
CREATE FUNCTION cag_ovt.amount_cents(numeric) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.amount_cents(numeric) IS
    'Montant en cents, arrondi au cent le plus proche (moitié en s''éloignant de zéro), comme le font les agrégats / amount in cents, rounded to the nearest cent (half away from zero), as the aggregates do';

-- Combination: operator +, and the transition functions.
CREATE FUNCTION cag_ovt.spend_summary_plus(cag_ovt.spend_summary, cag_ovt.spend_summary)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.spend_summary_plus(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Somme de deux sommaires (opérateur +, transition et combinaison de rollup, combinaison de spend_agg) ; erreur 22003 en cas de dépassement / sum of two summaries (operator +, transition and combine function of rollup, combine function of spend_agg); error 22003 on overflow';
CREATE OPERATOR cag_ovt.+ (
    LEFTARG = cag_ovt.spend_summary, RIGHTARG = cag_ovt.spend_summary,
    FUNCTION = cag_ovt.spend_summary_plus,
    COMMUTATOR = OPERATOR(cag_ovt.+));
COMMENT ON OPERATOR cag_ovt.+ (cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'somme de deux sommaires / sum of two summaries';

CREATE FUNCTION cag_ovt.rollup_invfn(cag_ovt.spend_summary, cag_ovt.spend_summary)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.rollup_invfn(cag_ovt.spend_summary, cag_ovt.spend_summary) IS
    'Transition inverse de rollup (retire un sommaire, pour les fenêtres glissantes) / inverse transition of rollup (removes a summary, for moving window frames)';

CREATE FUNCTION cag_ovt.spend_agg_transfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.spend_agg_transfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class) IS
    'Transition de spend_agg : ajoute un achat (montant arrondi au cent ; montant NULL : achat de montant inconnu, compté sans montant ; classe NULL : ligne ignorée) / transition function of spend_agg: adds one purchase (amount rounded to the cent; NULL amount: a purchase of unknown amount, counted without an amount; NULL class: row skipped)';
CREATE FUNCTION cag_ovt.spend_agg_invfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class)
    RETURNS cag_ovt.spend_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.spend_agg_invfn(cag_ovt.spend_summary, numeric, cag_ovt.purchase_class) IS
    'Transition inverse de spend_agg : retire un achat (fenêtres glissantes) / inverse transition of spend_agg: removes one purchase (moving window frames)';

CREATE AGGREGATE cag_ovt.spend_agg(numeric, cag_ovt.purchase_class) (
    SFUNC = cag_ovt.spend_agg_transfn,
    STYPE = cag_ovt.spend_summary,
    INITCOND = '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}',
    COMBINEFUNC = cag_ovt.spend_summary_plus,
    MSFUNC = cag_ovt.spend_agg_transfn,
    MINVFUNC = cag_ovt.spend_agg_invfn,
    MSTYPE = cag_ovt.spend_summary,
    MINITCOND = '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.spend_agg(numeric, cag_ovt.purchase_class) IS
    'Sommaire exact des achats (montants arrondis au cent, moitié en s''éloignant de zéro ; un montant NULL est un achat de montant inconnu, compté dans unpriced_count sans montant ; les lignes de classe NULL sont ignorées) ; parallèle, combinable, fenêtres glissantes en O(1) / exact summary of purchases (amounts rounded to the cent, half away from zero; a NULL amount is a purchase of unknown amount, counted in unpriced_count without an amount; rows with a NULL class are skipped); parallel, combinable, O(1) moving window frames';

CREATE AGGREGATE cag_ovt.rollup(cag_ovt.spend_summary) (
    SFUNC = cag_ovt.spend_summary_plus,
    STYPE = cag_ovt.spend_summary,
    INITCOND = '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}',
    COMBINEFUNC = cag_ovt.spend_summary_plus,
    MSFUNC = cag_ovt.spend_summary_plus,
    MINVFUNC = cag_ovt.rollup_invfn,
    MSTYPE = cag_ovt.spend_summary,
    MINITCOND = '{"version": 2, "count": 0, "amount": 0.00, "unpriced_count": 0, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 0.00}}}',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE cag_ovt.rollup(cag_ovt.spend_summary) IS
    'Combine des sommaires (p. ex. mensuels en annuels) ; égal à spend_agg sur l''union des achats ; parallèle, fenêtres glissantes en O(1) / combines summaries (e.g. monthly into yearly); equal to spend_agg over the union of the purchases; parallel, O(1) moving window frames';

-- Accessors.
CREATE FUNCTION cag_ovt.total_amount(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_total_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary) RETURNS bigint
    AS 'MODULE_PATHNAME', 'spend_summary_purchase_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.unpriced_count(cag_ovt.spend_summary) RETURNS bigint
    AS 'MODULE_PATHNAME', 'spend_summary_unpriced_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.amount(cag_ovt.spend_summary, flag text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_flag_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary, flag text) RETURNS bigint
    AS 'MODULE_PATHNAME', 'spend_summary_flag_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.share(cag_ovt.spend_summary, flag text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.known_share(cag_ovt.spend_summary, flag text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_known_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.coverage(cag_ovt.spend_summary, dimension text) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_coverage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.quebec_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_quebec_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.regional_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_regional_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.eco_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_eco_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.quebec_food_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_quebec_food_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.group_purchase_share(cag_ovt.spend_summary) RETURNS numeric
    AS 'MODULE_PATHNAME', 'spend_summary_group_purchase_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION cag_ovt.total_amount(cag_ovt.spend_summary) IS
    'Montant total des achats (0.00 pour un sommaire vide) / total amount of the purchases (0.00 for an empty summary)';
COMMENT ON FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary) IS
    'Nombre d''achats (y compris ceux de montant inconnu) / number of purchases (including those of unknown amount)';
COMMENT ON FUNCTION cag_ovt.unpriced_count(cag_ovt.spend_summary) IS
    'Nombre d''achats dont le montant en dollars canadiens est inconnu (p. ex. sans taux de change), laissés hors des montants / number of purchases whose amount in Canadian dollars is unknown (e.g. no exchange rate), left out of the amounts';
COMMENT ON FUNCTION cag_ovt.amount(cag_ovt.spend_summary, text) IS
    'Montant des achats portant l''indicateur donné / amount of the purchases carrying the given flag';
COMMENT ON FUNCTION cag_ovt.purchase_count(cag_ovt.spend_summary, text) IS
    'Nombre d''achats portant l''indicateur donné ; NULL pour un indicateur *_unknown, dont le sommaire ne garde que le montant / number of purchases carrying the given flag; NULL for a *_unknown flag, whose amount alone a summary keeps';
COMMENT ON FUNCTION cag_ovt.share(cag_ovt.spend_summary, text) IS
    'Montant avec l''indicateur / montant total ; NULL si le total est 0 / amount with the flag / total amount; NULL when the total is 0';
COMMENT ON FUNCTION cag_ovt.known_share(cag_ovt.spend_summary, text) IS
    'Montant avec l''indicateur / montant dont le statut est connu sur sa dimension (quebec : quebec + outside_quebec ; regional : regional + outside_region ; eco, food, group_purchase : total - *_unknown ; quebec_food : aliments dont la provenance est connue) ; NULL si 0 / amount with the flag / amount whose status is known on its dimension (quebec: quebec + outside_quebec; regional: regional + outside_region; eco, food, group_purchase: total - *_unknown; quebec_food: food whose origin is known); NULL when 0';
COMMENT ON FUNCTION cag_ovt.coverage(cag_ovt.spend_summary, text) IS
    'Part connue d''une dimension (origin, region, eco, food, quebec_food, group_purchase, ou le nom d''un de ses indicateurs) : montant dont le statut est connu / montant des achats concernés (tous ; pour quebec_food, les aliments et achats peut-être alimentaires) ; amount : part des achats, en nombre, dont le montant en dollars est connu ; NULL si le dénominateur est 0 / known part of a dimension (origin, region, eco, food, quebec_food, group_purchase, or the name of one of its flags): amount whose status is known / amount of the purchases concerned (all; for quebec_food, food and purchases that may be food); amount: share of the purchases, by number, whose amount in dollars is known; NULL when the denominator is 0';
COMMENT ON FUNCTION cag_ovt.quebec_share(cag_ovt.spend_summary) IS
    'Part québécoise parmi les fournisseurs de provenance connue (known_share quebec) / Québec share among suppliers of known origin (known_share quebec)';
COMMENT ON FUNCTION cag_ovt.regional_share(cag_ovt.spend_summary) IS
    'Part régionale parmi les achats de région connue (known_share regional) / regional share among purchases of known region (known_share regional)';
COMMENT ON FUNCTION cag_ovt.eco_share(cag_ovt.spend_summary) IS
    'Part écoresponsable du montant dont le statut écoresponsable est connu (known_share eco) / eco-responsible share of the amount whose eco-responsible status is known (known_share eco)';
COMMENT ON FUNCTION cag_ovt.quebec_food_share(cag_ovt.spend_summary) IS
    'Part des aliments québécois dans les achats alimentaires de provenance connue (known_share quebec_food) / Québec food share of the food purchases of known origin (known_share quebec_food)';
COMMENT ON FUNCTION cag_ovt.group_purchase_share(cag_ovt.spend_summary) IS
    'Part des achats regroupés dans le montant dont le statut d''achat regroupé est connu (known_share group_purchase) / group-purchase share of the amount whose group-purchase status is known (known_share group_purchase)';

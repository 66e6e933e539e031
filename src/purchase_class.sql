-- purchase_class: the set of flags a purchase carries (classe d'achat).

CREATE TYPE cag_ovt.purchase_class;

CREATE FUNCTION cag_ovt.purchase_class_in(cstring) RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_out(cag_ovt.purchase_class) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_recv(internal) RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_send(cag_ovt.purchase_class) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cag_ovt.purchase_class (
    INPUT = cag_ovt.purchase_class_in,
    OUTPUT = cag_ovt.purchase_class_out,
    RECEIVE = cag_ovt.purchase_class_recv,
    SEND = cag_ovt.purchase_class_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);

COMMENT ON TYPE cag_ovt.purchase_class IS
    'Classe d''achat : ensemble d''indicateurs (quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase, eco_unknown, food_unknown, quebec_food_unknown, group_purchase_unknown) ; provenance et région : l''absence des deux indicateurs d''une paire signifie « inconnu » ; écoresponsable, aliments, aliments du Québec, achat regroupé : inconnu s''écrit *_unknown, l''absence des deux signifie « non » (comme en 1.1) / purchase class: a set of flags (quebec, outside_quebec, regional, outside_region, eco, food, quebec_food, group_purchase, eco_unknown, food_unknown, quebec_food_unknown, group_purchase_unknown); origin and region: neither flag of a pair means unknown; eco, food, Québec food, group purchase: unknown is written *_unknown, neither flag means no (as in 1.1)';
COMMENT ON FUNCTION cag_ovt.purchase_class_in(cstring) IS
    'Entrée texte de purchase_class : {quebec,eco}, ordre, casse et doublons libres, invariants vérifiés / text input of purchase_class: {quebec,eco}, any order, case and duplicates, invariants checked';
COMMENT ON FUNCTION cag_ovt.purchase_class_out(cag_ovt.purchase_class) IS
    'Sortie texte de purchase_class (indicateurs dans l''ordre des bits) / text output of purchase_class (flags in bit order)';
COMMENT ON FUNCTION cag_ovt.purchase_class_recv(internal) IS
    'Entrée binaire de purchase_class (int2 validé : bits inutilisés et invariants) / binary input of purchase_class (validated int2: unused bits and invariants)';
COMMENT ON FUNCTION cag_ovt.purchase_class_send(cag_ovt.purchase_class) IS
    'Sortie binaire de purchase_class (int2) / binary output of purchase_class (int2)';

--@scalar_ops purchase_class int2 "bits" "bit pattern"

CREATE FUNCTION cag_ovt.purchase_class_contains(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_contained(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_overlaps(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_union(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS cag_ovt.purchase_class AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_intersect(cag_ovt.purchase_class, cag_ovt.purchase_class)
    RETURNS cag_ovt.purchase_class AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cag_ovt.purchase_class_flags(cag_ovt.purchase_class) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION cag_ovt.purchase_class_contains(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Vrai si la première classe a tous les indicateurs de la seconde (opérateur @>) / true when the first class has every flag of the second (operator @>)';
COMMENT ON FUNCTION cag_ovt.purchase_class_contained(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Vrai si tous les indicateurs de la première classe sont dans la seconde (opérateur <@) / true when every flag of the first class is in the second (operator <@)';
COMMENT ON FUNCTION cag_ovt.purchase_class_overlaps(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Vrai si les deux classes ont un indicateur en commun (opérateur &&) / true when the classes have a flag in common (operator &&)';
COMMENT ON FUNCTION cag_ovt.purchase_class_union(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Union des indicateurs (opérateur |) ; erreur si le résultat viole un invariant, p. ex. quebec et outside_quebec / union of the flags (operator |); an error when the result breaks an invariant, e.g. quebec and outside_quebec';
COMMENT ON FUNCTION cag_ovt.purchase_class_intersect(cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'Indicateurs communs (opérateur &) / flags in common (operator &)';
COMMENT ON FUNCTION cag_ovt.purchase_class_flags(cag_ovt.purchase_class) IS
    'Noms des indicateurs, dans l''ordre des bits / names of the flags, in bit order';

CREATE OPERATOR cag_ovt.@> (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_contains,
    COMMUTATOR = OPERATOR(cag_ovt.<@),
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.<@ (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_contained,
    COMMUTATOR = OPERATOR(cag_ovt.@>),
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.&& (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_overlaps,
    COMMUTATOR = OPERATOR(cag_ovt.&&),
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.| (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_union,
    COMMUTATOR = OPERATOR(cag_ovt.|));
CREATE OPERATOR cag_ovt.& (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = cag_ovt.purchase_class,
    FUNCTION = cag_ovt.purchase_class_intersect,
    COMMUTATOR = OPERATOR(cag_ovt.&));

COMMENT ON OPERATOR cag_ovt.@> (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'contient tous les indicateurs de / has every flag of';
COMMENT ON OPERATOR cag_ovt.<@ (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'est contenue dans / is contained in';
COMMENT ON OPERATOR cag_ovt.&& (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'a un indicateur en commun avec / has a flag in common with';
COMMENT ON OPERATOR cag_ovt.| (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'union (invariants vérifiés) / union (invariants checked)';
COMMENT ON OPERATOR cag_ovt.& (cag_ovt.purchase_class, cag_ovt.purchase_class) IS
    'intersection / intersection';

-- Flag tests by name, as jsonb and hstore test keys: class ? 'regional',
-- class ?| array['eco', 'food'], class ?& array['quebec', 'eco'].  A flag
-- alone need not be a valid class ({regional} is not: regional implies
-- quebec), so they take names, not classes.  An unknown name is an error
-- (22P02); NULL elements of an array are skipped (as jsonb's); an empty
-- array gives false for ?| and true for ?&.  Estimated like @> from the
-- column's statistics (matchingsel evaluates the operator over the most
-- common classes).  No index operator class serves them, nor @>, <@, &&: a
-- column holds a few dozen distinct classes and a flag selects a large part
-- of the rows, which a sequential scan reads best; a rare flag can have a
-- partial index (... WHERE class ? 'group_purchase'), since the operators
-- are immutable.
CREATE FUNCTION cag_ovt.purchase_class_has_flag(cag_ovt.purchase_class, text)
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_has_any_flag(cag_ovt.purchase_class, text[])
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cag_ovt.purchase_class_has_all_flags(cag_ovt.purchase_class, text[])
    RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION cag_ovt.purchase_class_has_flag(cag_ovt.purchase_class, text) IS
    'Vrai si la classe porte l''indicateur nommé (opérateur ?) ; nom inconnu : erreur / true when the class carries the named flag (operator ?); an unknown name is an error';
COMMENT ON FUNCTION cag_ovt.purchase_class_has_any_flag(cag_ovt.purchase_class, text[]) IS
    'Vrai si la classe porte au moins un des indicateurs nommés (opérateur ?|) ; nom inconnu : erreur / true when the class carries at least one of the named flags (operator ?|); an unknown name is an error';
COMMENT ON FUNCTION cag_ovt.purchase_class_has_all_flags(cag_ovt.purchase_class, text[]) IS
    'Vrai si la classe porte tous les indicateurs nommés (opérateur ?&) ; nom inconnu : erreur / true when the class carries every one of the named flags (operator ?&); an unknown name is an error';

CREATE OPERATOR cag_ovt.? (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = text,
    FUNCTION = cag_ovt.purchase_class_has_flag,
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.?| (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = text[],
    FUNCTION = cag_ovt.purchase_class_has_any_flag,
    RESTRICT = matchingsel, JOIN = matchingjoinsel);
CREATE OPERATOR cag_ovt.?& (
    LEFTARG = cag_ovt.purchase_class, RIGHTARG = text[],
    FUNCTION = cag_ovt.purchase_class_has_all_flags,
    RESTRICT = matchingsel, JOIN = matchingjoinsel);

COMMENT ON OPERATOR cag_ovt.? (cag_ovt.purchase_class, text) IS
    'porte l''indicateur / carries the flag';
COMMENT ON OPERATOR cag_ovt.?| (cag_ovt.purchase_class, text[]) IS
    'porte au moins un des indicateurs / carries at least one of the flags';
COMMENT ON OPERATOR cag_ovt.?& (cag_ovt.purchase_class, text[]) IS
    'porte tous les indicateurs / carries every one of the flags';

-- The registry of parties: where a supplier or a buyer is, by its name or
-- its identifier, for the purchases that say nothing else of it (most OCDS
-- buyers carry no address; some SEAO winners carry neither city nor postal
-- code).  The loaders fill it from every purchase whose party they located
-- by its address (learn_locations); the DBA edits it.  The trigger of
-- purchases reads it through the reference cache (src/registry.c), after
-- the postal code, the city and the name (src/locate_core.h).  The table
-- is a reference table (src/reference.sql); its name sorts before
-- "purchases" (restore order, see src/reference.sql).

CREATE TABLE cag_ovt.known_parties (
    party text NOT NULL CHECK (party OPERATOR(pg_catalog.=) ANY (ARRAY['supplier', 'buyer'])),
    name text NOT NULL CHECK (cag_ovt.normalize_label(name) OPERATOR(pg_catalog.<>) ''),
    identifier text,
    municipality text CHECK (municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    region cag_ovt.qc_region,
    postal_code cag_ovt.postal_code,
    city text,
    learned boolean NOT NULL DEFAULT false,
    source text,
    PRIMARY KEY (party, name)
);
CREATE INDEX known_parties_name_key ON cag_ovt.known_parties (party, cag_ovt.normalize_label(name));
CREATE INDEX known_parties_identifier ON cag_ovt.known_parties (party, identifier)
    WHERE identifier IS NOT NULL;
COMMENT ON TABLE cag_ovt.known_parties IS
    'Registre des fournisseurs et des acheteurs situés : la municipalité ou la région d''un nom ou d''un identifiant, pour les achats qui n''en disent rien d''autre ; rempli par les chargeurs (learn_locations), modifiable par le DBA / registry of located suppliers and buyers: the municipality or the region of a name or an identifier, for the purchases that say nothing else of it; filled by the loaders (learn_locations), editable by the DBA';
COMMENT ON COLUMN cag_ovt.known_parties.party IS '''supplier'' (fournisseur) ou ''buyer'' (acheteur) / ''supplier'' or ''buyer''';
COMMENT ON COLUMN cag_ovt.known_parties.name IS
    'Nom, comparé sans égard à la casse, aux accents, aux espaces et à la ponctuation (normalize_label) / name, compared ignoring case, accents, spaces and punctuation (normalize_label)';
COMMENT ON COLUMN cag_ovt.known_parties.identifier IS
    'Identifiant, comparé avant le nom : NEQ d''un fournisseur (10 chiffres), identifiant d''un acheteur dans la source (OCDS buyer.id) / identifier, compared before the name: NEQ of a supplier (10 digits), identifier of a buyer in the source (OCDS buyer.id)';
COMMENT ON COLUMN cag_ovt.known_parties.municipality IS
    'Code géographique MAMH de sa municipalité ; sa région à la date de l''achat l''emporte sur region / MAMH geographic code of its municipality; its region on the purchase date prevails over region';
COMMENT ON COLUMN cag_ovt.known_parties.region IS
    'Sa région, quand la municipalité n''est pas connue ; municipality et region NULL : vu dans plusieurs régions, ne situe rien / its region, when the municipality is not known; municipality and region NULL: seen in several regions, locates nothing';
COMMENT ON COLUMN cag_ovt.known_parties.postal_code IS 'Code postal vu (information) / postal code seen (information)';
COMMENT ON COLUMN cag_ovt.known_parties.city IS 'Ville vue, telle qu''écrite (information) / city seen, as written (information)';
COMMENT ON COLUMN cag_ovt.known_parties.learned IS
    'Vrai : écrite par un chargement, qui peut la rendre ambiguë plus tard ; faux : écrite par le DBA, qu''un chargement ne touche pas / true: written by a load, which may make it ambiguous later; false: written by the DBA, which no load touches';
COMMENT ON COLUMN cag_ovt.known_parties.source IS
    'D''où vient la ligne (source et référence de l''achat, ou une note du DBA) / where the row comes from (source and reference of the purchase, or a note of the DBA)';
SELECT cag_ovt.manage_reference_table('cag_ovt.known_parties');

-- What the loaders learn: the parties of the given purchases that the
-- trigger located by their address (not by a region given, nor by the
-- registry itself), by party and label key of the name.  A name located in
-- one region gives a row (its municipality when its city names one in that
-- region); in several, a row that locates nothing.  A name already known
-- is not added again: a row a load wrote (learned) that another region
-- contradicts is made ambiguous, a row of the DBA is left alone; a name
-- whose row the DBA deleted (deleted_reference_keys) is not learned again.
-- Then the purchases given whose party is still unlocated are classified
-- again (their party may be known now, from this very load), and those
-- whose buyer stays unlocated get an issue in load_issues.  Returns the
-- number of purchases that the registry located.
CREATE FUNCTION cag_ovt.learn_locations(purchase_ids bigint[]) RETURNS bigint
    LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    n_learned bigint;
    n_relocated bigint := 0;
BEGIN
    WITH located AS (
        SELECT 'supplier'::pg_catalog.text AS party, p.purchase_id, p.purchased_on,
               p.supplier_name AS name, p.supplier_neq::pg_catalog.text AS identifier,
               p.supplier_region AS region, p.supplier_postal_code AS postal_code,
               p.supplier_city AS city, p.source, p.source_ref
        FROM cag_ovt.purchases p
        WHERE p.purchase_id OPERATOR(pg_catalog.=) ANY (purchase_ids)
          AND p.supplier_located_by OPERATOR(pg_catalog.=) ANY
              (ARRAY['postal_code', 'city', 'fsa_candidates+city', 'name', 'fsa_candidates+name'])
          AND p.supplier_name IS NOT NULL
        UNION ALL
        SELECT 'buyer'::pg_catalog.text, p.purchase_id, p.purchased_on, p.buyer, p.buyer_id,
               p.buyer_region, p.buyer_postal_code, p.buyer_city, p.source, p.source_ref
        FROM cag_ovt.purchases p
        WHERE p.purchase_id OPERATOR(pg_catalog.=) ANY (purchase_ids)
          AND p.buyer_located_by OPERATOR(pg_catalog.=) ANY
              (ARRAY['postal_code', 'city', 'fsa_candidates+city', 'name', 'fsa_candidates+name'])
          AND p.buyer IS NOT NULL),
    with_municipality AS (
        SELECT l.*, m.code AS municipality
        FROM located l
        LEFT JOIN LATERAL (
            SELECT cag_ovt.municipality_of_locality(l.city, l.purchased_on) AS code) AS m
            ON cag_ovt.region_of_municipality(m.code, l.purchased_on) OPERATOR(cag_ovt.=) l.region),
    seen AS (
        SELECT w.party, cag_ovt.normalize_label(w.name) AS key,
               (pg_catalog.array_agg(w.name ORDER BY w.purchase_id))[1] AS name,
               (pg_catalog.array_agg(w.identifier ORDER BY w.purchase_id)
                    FILTER (WHERE w.identifier IS NOT NULL))[1] AS identifier,
               pg_catalog.count(DISTINCT w.region) AS nregions,
               cag_ovt.min(w.region) AS region,
               pg_catalog.count(DISTINCT w.municipality) AS nmunicipalities,
               pg_catalog.min(w.municipality) AS municipality,
               (pg_catalog.array_agg(w.postal_code ORDER BY w.purchase_id))[1] AS postal_code,
               (pg_catalog.array_agg(w.city ORDER BY w.purchase_id))[1] AS city,
               (pg_catalog.array_agg(pg_catalog.concat_ws(' ', w.source, w.source_ref)
                    ORDER BY w.purchase_id))[1] AS source
        FROM with_municipality w
        GROUP BY w.party, cag_ovt.normalize_label(w.name)),
    added AS (
        INSERT INTO cag_ovt.known_parties
            (party, name, identifier, municipality, region, postal_code, city, learned, source)
        SELECT s.party, s.name, s.identifier,
               CASE WHEN s.nregions OPERATOR(pg_catalog.=) 1 AND s.nmunicipalities OPERATOR(pg_catalog.=) 1
                    THEN s.municipality END,
               CASE WHEN s.nregions OPERATOR(pg_catalog.=) 1 THEN s.region END,
               s.postal_code, s.city, true, s.source
        FROM seen s
        WHERE NOT EXISTS (
                SELECT FROM cag_ovt.known_parties k
                WHERE k.party OPERATOR(pg_catalog.=) s.party
                  AND cag_ovt.normalize_label(k.name) OPERATOR(pg_catalog.=) s.key)
          AND NOT EXISTS (
                SELECT FROM cag_ovt.deleted_reference_keys d
                WHERE d.table_name OPERATOR(pg_catalog.=) 'cag_ovt.known_parties'
                  AND d.key OPERATOR(pg_catalog.->>) 'party' OPERATOR(pg_catalog.=) s.party
                  AND cag_ovt.normalize_label(d.key OPERATOR(pg_catalog.->>) 'name')
                      OPERATOR(pg_catalog.=) s.key)
        RETURNING 1),
    made_ambiguous AS (
        UPDATE cag_ovt.known_parties k
           SET municipality = NULL, region = NULL,
               source = pg_catalog.concat_ws('; ', k.source, s.source)
          FROM seen s
         WHERE k.learned
           AND k.party OPERATOR(pg_catalog.=) s.party
           AND cag_ovt.normalize_label(k.name) OPERATOR(pg_catalog.=) s.key
           AND (k.region IS NOT NULL OR k.municipality IS NOT NULL)
           AND (s.nregions OPERATOR(pg_catalog.>) 1
                OR coalesce(cag_ovt.region_of_municipality(k.municipality, NULL::pg_catalog.date), k.region)
                   OPERATOR(cag_ovt.<>) s.region)
        RETURNING 1)
    SELECT (SELECT pg_catalog.count(*) FROM added) OPERATOR(pg_catalog.+)
           (SELECT pg_catalog.count(*) FROM made_ambiguous)
      INTO n_learned;
    -- the parties the registry now places: their purchases located again
    IF n_learned OPERATOR(pg_catalog.>) 0 THEN
    WITH relocated AS (
    UPDATE cag_ovt.purchases p SET class = p.class
     WHERE p.purchase_id OPERATOR(pg_catalog.=) ANY (purchase_ids)
       AND ((p.supplier_region IS NULL AND p.supplier_located_by IS NULL
             AND EXISTS (SELECT FROM cag_ovt.known_parties k
                         WHERE k.party OPERATOR(pg_catalog.=) 'supplier'
                           AND cag_ovt.normalize_label(k.name)
                               OPERATOR(pg_catalog.=) cag_ovt.normalize_label(p.supplier_name)
                           AND (k.region IS NOT NULL OR k.municipality IS NOT NULL)))
            OR (p.buyer_region IS NULL AND p.buyer_located_by IS NULL
                AND EXISTS (SELECT FROM cag_ovt.known_parties k
                            WHERE k.party OPERATOR(pg_catalog.=) 'buyer'
                              AND (cag_ovt.normalize_label(k.name)
                                       OPERATOR(pg_catalog.=) cag_ovt.normalize_label(p.buyer)
                                   OR k.identifier OPERATOR(pg_catalog.=) p.buyer_id)
                              AND (k.region IS NOT NULL OR k.municipality IS NOT NULL))))
    RETURNING 1)
    SELECT pg_catalog.count(*) INTO n_relocated FROM relocated;
    END IF;
    -- a buyer that stays unlocated: an issue of its purchase (once)
    INSERT INTO cag_ovt.load_issues (source, source_ref, field, value, reason)
    SELECT p.source, p.source_ref, 'buyer_region', p.buyer,
           'The buyer could not be located: neither its municipality, postal code, city or name nor known_parties gives a single region; its region, and the delivery region it would give, stay unknown.'
    FROM cag_ovt.purchases p
    WHERE p.purchase_id OPERATOR(pg_catalog.=) ANY (purchase_ids)
      AND p.buyer_region IS NULL AND p.source IS NOT NULL AND p.source_ref IS NOT NULL
      AND NOT EXISTS (
            SELECT FROM cag_ovt.load_issues li
            WHERE li.source OPERATOR(pg_catalog.=) p.source
              AND li.source_ref OPERATOR(pg_catalog.=) p.source_ref
              AND li.field OPERATOR(pg_catalog.=) 'buyer_region');
    RETURN n_relocated;
END
$fn$;
COMMENT ON FUNCTION cag_ovt.learn_locations(bigint[]) IS
    'Apprend dans known_parties où sont les fournisseurs et les acheteurs des achats donnés que leur adresse situe, puis situe de nouveau ceux de ces achats qui ne l''étaient pas et note un problème (load_issues) pour un acheteur qui reste inconnu ; appelée par les chargeurs SEAO / learns in known_parties where the suppliers and buyers of the given purchases that their address locates are, then locates again those of these purchases that were not, and records an issue (load_issues) for a buyer that stays unknown; called by the SEAO loaders';

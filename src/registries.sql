-- The registry of parties: where a supplier or a buyer is, by its name or
-- its identifier, for the purchases that say nothing else of it (most OCDS
-- buyers carry no address; some SEAO winners carry neither city nor postal
-- code).  The SEAO loaders fill it from every purchase whose party they
-- located by its address, before they insert the purchases (src/registry.c,
-- cag_registry_learner_finish); the DBA edits it.  The trigger of
-- purchases reads it through the reference cache (src/registry.c), after
-- the postal code, the city and the name (src/locate_core.h).
--
-- Unlike the reference tables the extension seeds (src/reference.sql), it
-- starts empty: pg_dump dumps its rows, and its statement trigger
-- invalidates the cache, but an INSERT is an insert (there is no seed row
-- for a restore to converge to, and a load adds hundreds of rows, which the
-- row triggers of the seeded tables would slow down a hundredfold) and a
-- deleted row is not remembered: a load that locates the party again
-- learns it again.  To keep a name from being learned, the DBA gives it a
-- row of its own that locates nothing (municipality and region NULL,
-- learned false).  Its name sorts before "purchases" (restore order, see
-- src/reference.sql).

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
COMMENT ON TABLE cag_ovt.known_parties IS
    'Registre des fournisseurs et des acheteurs situés : la municipalité ou la région d''un nom ou d''un identifiant, pour les achats qui n''en disent rien d''autre ; rempli par les chargeurs SEAO, modifiable par le DBA / registry of located suppliers and buyers: the municipality or the region of a name or an identifier, for the purchases that say nothing else of it; filled by the SEAO loaders, editable by the DBA';
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
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.known_parties', '');
CREATE TRIGGER cag_reference_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON cag_ovt.known_parties FOR EACH STATEMENT EXECUTE FUNCTION cag_ovt.reference_changed();
GRANT SELECT ON cag_ovt.known_parties TO PUBLIC;
-- the DBA who created the extension edits it (pg_extension.extowner: the
-- update of an extension may run as another role)
DO $grant$
BEGIN
    EXECUTE pg_catalog.format(
        'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cag_ovt.known_parties TO %I WITH GRANT OPTION',
        (SELECT pg_catalog.pg_get_userbyid(e.extowner) FROM pg_catalog.pg_extension e
         WHERE e.extname OPERATOR(pg_catalog.=) 'cag_ovt'));
END
$grant$;

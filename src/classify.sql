-- Classification of purchases: the reference lists (eco labels, food labels,
-- food categories), classify_purchase and explain_classification (C, see
-- src/classify.c and src/classify_core.c), the purchases table, its
-- trigger, and reclassify_purchases.

CREATE FUNCTION cag_ovt.normalize_label(label text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.normalize_label(text) IS
    'Clé de comparaison d''une étiquette : lettres sans accents en minuscules et chiffres, sans espaces, traits d''union ni ponctuation (''Energy-Star'' et ''ENERGY STAR'' donnent ''energystar'') / comparison key of a label: letters without accents in lower case and digits, without spaces, hyphens or punctuation (''Energy-Star'' and ''ENERGY STAR'' both give ''energystar'')';

-- The reference lists.  The seed rows are the common labels of the
-- government's guide (the official list is unverified: DBAs edit it).

CREATE TABLE cag_ovt.eco_labels (
    label text PRIMARY KEY
        CONSTRAINT eco_labels_label_check CHECK (cag_ovt.normalize_label(label) OPERATOR(pg_catalog.<>) ''),
    name text,
    category text
);
COMMENT ON TABLE cag_ovt.eco_labels IS
    'Écoétiquettes : un achat qui porte l''une d''elles est écoresponsable (modifiable par le DBA ; une ligne par graphie au besoin) / eco-labels: a purchase that carries one of them is eco-responsible (editable by the DBA; one row per spelling if needed)';
COMMENT ON COLUMN cag_ovt.eco_labels.label IS
    'L''étiquette, comparée sans égard à la casse, aux accents, aux espaces, aux traits d''union et à la ponctuation / the label, compared ignoring case, accents, spaces, hyphens and punctuation';
COMMENT ON COLUMN cag_ovt.eco_labels.name IS 'Nom complet / full name';
COMMENT ON COLUMN cag_ovt.eco_labels.category IS
    'Famille du guide des écoétiquettes : general, it_energy, forestry, textile, social / family of the eco-label guide: general, it_energy, forestry, textile, social';

INSERT INTO cag_ovt.eco_labels (label, name, category) VALUES
    ('UL ECOLOGO', 'UL ECOLOGO', 'general'),
    ('ECOLOGO', 'UL ECOLOGO', 'general'),
    ('Green Seal', 'Green Seal', 'general'),
    ('Écocert', 'Ecocert', 'general'),
    ('Cradle to Cradle', 'Cradle to Cradle Certified', 'general'),
    ('Cradle to Cradle Certified', 'Cradle to Cradle Certified', 'general'),
    ('EU Ecolabel', 'Écolabel européen / EU Ecolabel', 'general'),
    ('ENERGY STAR', 'ENERGY STAR', 'it_energy'),
    ('EPEAT', 'EPEAT (Global Electronics Council)', 'it_energy'),
    ('TCO Certified', 'TCO Certified', 'it_energy'),
    ('FSC', 'Forest Stewardship Council', 'forestry'),
    ('Forest Stewardship Council', 'Forest Stewardship Council', 'forestry'),
    ('PEFC', 'Programme for the Endorsement of Forest Certification', 'forestry'),
    ('SFI', 'Sustainable Forestry Initiative', 'forestry'),
    ('OEKO-TEX', 'OEKO-TEX Standard 100', 'textile'),
    ('GOTS', 'Global Organic Textile Standard', 'textile'),
    ('bluesign', 'bluesign', 'textile'),
    ('Fairtrade', 'Fairtrade', 'social'),
    ('Commerce équitable', 'Fairtrade', 'social'),
    ('Rainforest Alliance', 'Rainforest Alliance Certified', 'social');
SELECT cag_ovt.manage_reference_table('cag_ovt.eco_labels');

CREATE TABLE cag_ovt.food_labels (
    label text PRIMARY KEY
        CONSTRAINT food_labels_label_check CHECK (cag_ovt.normalize_label(label) OPERATOR(pg_catalog.<>) ''),
    name text,
    kind text NOT NULL
        CONSTRAINT food_labels_kind_check CHECK (kind OPERATOR(pg_catalog.=) ANY (ARRAY['produced', 'prepared']))
);
COMMENT ON TABLE cag_ovt.food_labels IS
    'Étiquettes des aliments du Québec : un achat d''aliments qui porte l''une d''elles est un achat d''aliments québécois (modifiable par le DBA) / Québec food labels: a food purchase that carries one of them is a Québec food purchase (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.food_labels.label IS
    'L''étiquette, comparée sans égard à la casse, aux accents, aux espaces, aux traits d''union et à la ponctuation / the label, compared ignoring case, accents, spaces, hyphens and punctuation';
COMMENT ON COLUMN cag_ovt.food_labels.name IS 'Nom complet / full name';
COMMENT ON COLUMN cag_ovt.food_labels.kind IS
    'produced : produit au Québec (100 %, ou au moins 85 % d''ingrédients québécois transformés et emballés au Québec) ; prepared : transformé et emballé au Québec, ingrédients possiblement importés / produced: produced in Québec (100 %, or at least 85 % Québec ingredients processed and packaged in Québec); prepared: processed and packaged in Québec, ingredients possibly imported';

INSERT INTO cag_ovt.food_labels (label, name, kind) VALUES
    ('Aliments du Québec', 'Aliments du Québec', 'produced'),
    ('Aliments du Québec Bio', 'Aliments du Québec Bio', 'produced'),
    ('Aliments préparés au Québec', 'Aliments préparés au Québec', 'prepared'),
    ('Aliments préparés au Québec Bio', 'Aliments préparés au Québec Bio', 'prepared');
SELECT cag_ovt.manage_reference_table('cag_ovt.food_labels');

CREATE TABLE cag_ovt.food_categories (
    category cag_ovt.unspsc PRIMARY KEY
);
COMMENT ON TABLE cag_ovt.food_categories IS
    'Catégories UNSPSC d''aliments : un achat dont la catégorie est l''une d''elles ou en descend est un achat d''aliments (modifiable par le DBA) / UNSPSC food categories: a purchase whose category is one of them or below one is a food purchase (editable by the DBA)';
COMMENT ON COLUMN cag_ovt.food_categories.category IS
    'Segment, famille, classe ou marchandise UNSPSC / UNSPSC segment, family, class or commodity';

INSERT INTO cag_ovt.food_categories (category) VALUES ('50000000');
SELECT cag_ovt.manage_reference_table('cag_ovt.food_categories');

-- Classification.

CREATE FUNCTION cag_ovt.classify_purchase(
    supplier_region cag_ovt.qc_region DEFAULT NULL,
    supplier_province text DEFAULT NULL,
    supplier_postal_code cag_ovt.postal_code DEFAULT NULL,
    delivery_region cag_ovt.qc_region DEFAULT NULL,
    category cag_ovt.unspsc DEFAULT NULL,
    labels text[] DEFAULT NULL,
    group_purchase boolean DEFAULT NULL,
    delivery_regions cag_ovt.qc_region[] DEFAULT NULL,
    supplier_country text DEFAULT NULL,
    as_of date DEFAULT NULL)
    RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.classify_purchase(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date) IS
    'Classe d''un achat (origine du fournisseur, région, écoresponsable, aliments, aliments du Québec, achat regroupé) selon les listes de référence ; tout argument peut être NULL (inconnu) ; as_of : date de l''achat (NULL : aujourd''hui) / class of a purchase (supplier origin, region, eco-responsible, food, Québec food, group purchase) from the reference lists; any argument may be NULL (unknown); as_of: date of the purchase (NULL: today)';

CREATE FUNCTION cag_ovt.explain_classification(
    supplier_region cag_ovt.qc_region DEFAULT NULL,
    supplier_province text DEFAULT NULL,
    supplier_postal_code cag_ovt.postal_code DEFAULT NULL,
    delivery_region cag_ovt.qc_region DEFAULT NULL,
    category cag_ovt.unspsc DEFAULT NULL,
    labels text[] DEFAULT NULL,
    group_purchase boolean DEFAULT NULL,
    delivery_regions cag_ovt.qc_region[] DEFAULT NULL,
    supplier_country text DEFAULT NULL,
    as_of date DEFAULT NULL)
    RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.explain_classification(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date) IS
    'Pourquoi classify_purchase donne sa classe : pour chaque dimension, le résultat, la règle et les valeurs qui l''ont décidé, les indices contradictoires et les inconnus / why classify_purchase gives its class: for each dimension, the result, the rule and the values that decided it, conflicting evidence and unknowns';

CREATE FUNCTION cag_ovt.classify_purchase(purchase record)
    RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME', 'classify_purchase_row' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.classify_purchase(record) IS
    'Classe d''une ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes), valeurs par défaut du déclencheur appliquées : la classe que le déclencheur stockerait / class of a row of cag_ovt.purchases (or of a table with its columns), with the trigger''s defaults applied: the class the trigger would store';

CREATE FUNCTION cag_ovt.explain_classification(purchase record)
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'explain_classification_row' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.explain_classification(record) IS
    'Explication de la classe d''une ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes), avec les valeurs par défaut appliquées par le déclencheur / explanation of the class of a row of cag_ovt.purchases (or of a table with its columns), with the defaults the trigger applies';

-- The purchases.

CREATE FUNCTION cag_ovt.classify_purchase_trigger() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION cag_ovt.classify_purchase_trigger() IS
    'Déclencheur BEFORE INSERT OR UPDATE FOR EACH ROW : complète buyer_region et delivery_region (municipalités, puis région de l''acheteur) et calcule class, quelle que soit la valeur fournie ; trouve ses colonnes par leur nom / BEFORE INSERT OR UPDATE FOR EACH ROW trigger: fills buyer_region and delivery_region (municipalities, then the buyer''s region) and computes class, whatever value was supplied; finds its columns by name';

CREATE TABLE cag_ovt.purchases (
    purchase_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    purchased_on date NOT NULL
        CONSTRAINT purchases_purchased_on_check CHECK (pg_catalog.isfinite(purchased_on)),
    buyer text,
    buyer_municipality text
        CONSTRAINT purchases_buyer_municipality_check CHECK (buyer_municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    buyer_region cag_ovt.qc_region,
    delivery_municipality text
        CONSTRAINT purchases_delivery_municipality_check CHECK (delivery_municipality OPERATOR(pg_catalog.~) '^[0-9]{5}$'),
    delivery_region cag_ovt.qc_region,
    delivery_regions cag_ovt.qc_region[],
    supplier_name text,
    supplier_neq cag_ovt.neq,
    supplier_country text,
    supplier_province text,
    supplier_postal_code cag_ovt.postal_code,
    supplier_region cag_ovt.qc_region,
    category cag_ovt.unspsc,
    description text,
    amount numeric(16,2) NOT NULL
        CONSTRAINT purchases_amount_check CHECK (amount OPERATOR(pg_catalog.<>) 'NaN'::pg_catalog.numeric),
    labels text[],
    group_purchase boolean NOT NULL DEFAULT false,
    source text,
    source_ref text,
    class cag_ovt.purchase_class NOT NULL
);
CREATE UNIQUE INDEX purchases_source_ref_key ON cag_ovt.purchases (source, source_ref)
    WHERE source IS NOT NULL AND source_ref IS NOT NULL;
CREATE INDEX purchases_purchased_on_idx ON cag_ovt.purchases (purchased_on);
CREATE TRIGGER cag_classify BEFORE INSERT OR UPDATE ON cag_ovt.purchases
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.classify_purchase_trigger();
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.purchases', '');
SELECT pg_catalog.pg_extension_config_dump('cag_ovt.purchases_purchase_id_seq', '');
-- The DBA who created the extension loads and edits the purchases and may let
-- other roles do so; not TRIGGER: a trigger of that role on this table would
-- run its function as whoever inserts, a superuser too.
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON cag_ovt.purchases TO @extowner@ WITH GRANT OPTION;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE cag_ovt.purchases_purchase_id_seq TO @extowner@ WITH GRANT OPTION;

COMMENT ON TABLE cag_ovt.purchases IS
    'Achats publics, chacun classé à l''insertion et à chaque mise à jour par le déclencheur cag_classify ; sauvegardés par pg_dump / public purchases, each classed on insert and on every update by the trigger cag_classify; dumped by pg_dump';
COMMENT ON SEQUENCE cag_ovt.purchases_purchase_id_seq IS
    'Séquence d''identité de purchases.purchase_id, sauvegardée par pg_dump / identity sequence of purchases.purchase_id, dumped by pg_dump';
COMMENT ON TRIGGER cag_classify ON cag_ovt.purchases IS
    'Classe chaque ligne insérée ou modifiée (classify_purchase_trigger) / classes every row inserted or updated (classify_purchase_trigger)';
COMMENT ON INDEX cag_ovt.purchases_source_ref_key IS
    'Une ligne par référence de source : les chargeurs font un upsert sur (source, source_ref) / one row per source reference: loaders upsert on (source, source_ref)';
COMMENT ON INDEX cag_ovt.purchases_purchased_on_idx IS
    'Achats par date (rapports par année financière, reclassify_purchases(since)) / purchases by date (fiscal-year reports, reclassify_purchases(since))';
COMMENT ON COLUMN cag_ovt.purchases.purchase_id IS 'Identifiant (identité) / identifier (identity)';
COMMENT ON COLUMN cag_ovt.purchases.purchased_on IS
    'Date de l''achat (adjudication ou commande), date des règles territoriales / date of the purchase (award or order), date of the territorial rules';
COMMENT ON COLUMN cag_ovt.purchases.buyer IS 'Organisme acheteur / buying organization';
COMMENT ON COLUMN cag_ovt.purchases.buyer_municipality IS
    'Code géographique MAMH (5 chiffres) de l''acheteur / MAMH geographic code (5 digits) of the buyer';
COMMENT ON COLUMN cag_ovt.purchases.buyer_region IS
    'Région de l''acheteur ; NULL : region_of_municipality(buyer_municipality, purchased_on) / region of the buyer; NULL: region_of_municipality(buyer_municipality, purchased_on)';
COMMENT ON COLUMN cag_ovt.purchases.delivery_municipality IS
    'Code géographique MAMH (5 chiffres) du lieu de livraison / MAMH geographic code (5 digits) of the place of delivery';
COMMENT ON COLUMN cag_ovt.purchases.delivery_region IS
    'Région de livraison ; NULL : celle de delivery_municipality, sinon buyer_region si delivery_regions est vide / delivery region; NULL: that of delivery_municipality, else buyer_region when delivery_regions is empty';
COMMENT ON COLUMN cag_ovt.purchases.delivery_regions IS
    'Régions de livraison d''un avis livré dans plusieurs régions (s''ajoutent à delivery_region) / delivery regions of a notice delivered to several regions (added to delivery_region)';
COMMENT ON COLUMN cag_ovt.purchases.supplier_name IS 'Nom du fournisseur / supplier name';
COMMENT ON COLUMN cag_ovt.purchases.supplier_neq IS 'NEQ du fournisseur / NEQ of the supplier';
COMMENT ON COLUMN cag_ovt.purchases.supplier_country IS
    'Pays du fournisseur tel qu''écrit (CAN, CA, Canada... ; vide : inconnu) / country of the supplier as written (CAN, CA, Canada...; empty: unknown)';
COMMENT ON COLUMN cag_ovt.purchases.supplier_province IS
    'Province ou État du fournisseur tel qu''écrit (QC, PQ, Québec, ON, Ont.... ; un numéro de région n''est pas une province) / province or state of the supplier as written (QC, PQ, Québec, ON, Ont....; a region number is no province)';
COMMENT ON COLUMN cag_ovt.purchases.supplier_postal_code IS
    'Code postal du fournisseur ; il l''emporte sur la province et le pays / postal code of the supplier; it prevails over the province and the country';
COMMENT ON COLUMN cag_ovt.purchases.supplier_region IS
    'Région du fournisseur ; NULL : celle de son code postal / region of the supplier; NULL: that of its postal code';
COMMENT ON COLUMN cag_ovt.purchases.category IS 'Catégorie UNSPSC / UNSPSC category';
COMMENT ON COLUMN cag_ovt.purchases.description IS 'Description / description';
COMMENT ON COLUMN cag_ovt.purchases.amount IS
    'Montant en dollars, au cent ; négatif pour une note de crédit / amount in dollars, to the cent; negative for a credit note';
COMMENT ON COLUMN cag_ovt.purchases.labels IS
    'Étiquettes du bien ou du service (écoétiquettes, Aliments du Québec...) / labels of the good or service (eco-labels, Aliments du Québec...)';
COMMENT ON COLUMN cag_ovt.purchases.group_purchase IS
    'Vrai pour un achat fait par un regroupement d''achats / true for a purchase made through a group purchase';
COMMENT ON COLUMN cag_ovt.purchases.source IS 'Source des données (p. ex. seao) / data source (e.g. seao)';
COMMENT ON COLUMN cag_ovt.purchases.source_ref IS
    'Référence dans la source, unique par source / reference in the source, unique per source';
COMMENT ON COLUMN cag_ovt.purchases.class IS
    'Classe calculée par le déclencheur (une valeur fournie est remplacée) / class computed by the trigger (a supplied value is replaced)';

-- A standard SQL body: the call of classify_purchase is bound to the
-- extension's classify_purchase(record) when the function is created, so
-- that no function created later can capture it.
CREATE FUNCTION cag_ovt.reclassify_purchases(since date DEFAULT NULL) RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
    WITH changed AS (
        UPDATE cag_ovt.purchases AS p
           SET class = p.class          -- the trigger computes it
         WHERE (since IS NULL OR p.purchased_on OPERATOR(pg_catalog.>=) since)
           AND p.class OPERATOR(cag_ovt.<>) cag_ovt.classify_purchase(p::record)
        RETURNING 1)
    SELECT pg_catalog.count(*) FROM changed;
END;
COMMENT ON FUNCTION cag_ovt.reclassify_purchases(date) IS
    'Recalcule la classe des achats (depuis la date since, NULL : tous) après une modification des listes de référence ; n''écrit que les lignes dont la classe change et renvoie leur nombre / recomputes the class of the purchases (from date since on, NULL: all) after the reference lists changed; writes only the rows whose class changes and returns their number';

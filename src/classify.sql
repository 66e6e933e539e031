-- Classification of purchases: the reference lists (eco labels, food labels,
-- food categories), classify_purchase and explain_classification (C, see
-- src/classify.c, src/classify_core.c and src/classify_explain.c), and
-- reclassify_purchases.  The purchases table and its trigger are in
-- src/purchases.sql.

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
--@column_comments cag_ovt.eco_labels label name=full_name
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
--@column_comments cag_ovt.food_labels label name=full_name
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
    as_of date DEFAULT NULL,
    supplier_city text DEFAULT NULL,
    supplier_name text DEFAULT NULL,
    supplier_neq cag_ovt.neq DEFAULT NULL)
    RETURNS cag_ovt.purchase_class
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.classify_purchase(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date, text, text, cag_ovt.neq) IS
    'Classe d''un achat (origine du fournisseur, région, écoresponsable, aliments, aliments du Québec, achat regroupé) selon les listes de référence ; le fournisseur est situé d''après sa région donnée, son code postal, sa ville, sa province, son pays, son nom et known_parties ; tout argument peut être NULL (inconnu) ; as_of : date de l''achat (NULL : aujourd''hui) / class of a purchase (supplier origin, region, eco-responsible, food, Québec food, group purchase) from the reference lists; the supplier is located from its region given, postal code, city, province, country, name and known_parties; any argument may be NULL (unknown); as_of: date of the purchase (NULL: today)';

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
    as_of date DEFAULT NULL,
    supplier_city text DEFAULT NULL,
    supplier_name text DEFAULT NULL,
    supplier_neq cag_ovt.neq DEFAULT NULL)
    RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.explain_classification(cag_ovt.qc_region, text, cag_ovt.postal_code, cag_ovt.qc_region, cag_ovt.unspsc, text[], boolean, cag_ovt.qc_region[], text, date, text, text, cag_ovt.neq) IS
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

CREATE FUNCTION cag_ovt.purchase_needs_reclassify(purchase record)
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'purchase_needs_reclassify' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cag_ovt.purchase_needs_reclassify(record) IS
    'Vrai quand le déclencheur changerait la ligne de cag_ovt.purchases (ou d''une table qui a ses colonnes) : sa classe, une région qu''il a trouvée (supplier_located_by, buyer_located_by) ou son montant en dollars canadiens (amount_cad) / true when the trigger would change the row of cag_ovt.purchases (or of a table with its columns): its class, a region it found (supplier_located_by, buyer_located_by) or its amount in Canadian dollars (amount_cad)';

-- Reclassing the purchases after the lists or the exchange rates changed.

-- A standard SQL body: the call of purchase_needs_reclassify is bound to
-- the extension's function when the function is created, so that no
-- function created later can capture it.
CREATE FUNCTION cag_ovt.reclassify_purchases(since date DEFAULT NULL) RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
    WITH changed AS (
        UPDATE cag_ovt.purchases AS p
           SET class = p.class          -- the trigger computes it, and amount_cad
         WHERE (since IS NULL OR p.purchased_on OPERATOR(pg_catalog.>=) since)
           AND cag_ovt.purchase_needs_reclassify(p::record)
        RETURNING 1)
    SELECT pg_catalog.count(*) FROM changed;
END;
COMMENT ON FUNCTION cag_ovt.reclassify_purchases(date) IS
    'Recalcule la classe des achats (depuis la date since, NULL : tous), les régions que le déclencheur a trouvées et le montant en dollars canadiens, après une modification des listes de référence ou des taux de change ; n''écrit que les lignes qui changent et renvoie leur nombre / recomputes the class of the purchases (from date since on, NULL: all), the regions the trigger found and the amount in Canadian dollars, after the reference lists or the exchange rates changed; writes only the rows that change and returns their number';

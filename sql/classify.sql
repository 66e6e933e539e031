--
-- classify: reference lists, classify_purchase, explain_classification, the
-- purchases table and its trigger, reclassify_purchases
--
SET search_path = cag_ovt, public;

-- The issue's 7-argument call, positionally.
SELECT classify_purchase('Estrie', 'QC', 'J1H 5N4', 'Estrie', '50121537',
                         ARRAY['Energy-Star', 'Aliments du Québec'], true);

-- The purchases table: the trigger fills the regions and sets the class.
INSERT INTO purchases (purchased_on, buyer_municipality, supplier_province,
                       supplier_postal_code, category, amount, labels, class)
VALUES ('2021-01-01', '46005', 'QC', 'J1H 5N4', '50121537', 100,
        '{Aliments du Québec}', '{outside_quebec}')
RETURNING buyer_region, delivery_region, class;
TRUNCATE purchases;

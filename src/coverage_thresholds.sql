-- The coverage below which a share rests on partial evidence (new in 1.2):
-- a reference table of src/indicators.sql's indicators, read by
-- action_plan_report (src/indicator_views.sql).  Its own file, so that the
-- install script and the update from 1.1 make it from the same text.

-- For each share computed from the purchases, the least coverage (percent,
-- as action_plan_report.coverage) at which action_plan_report compares the
-- value with its target; below it the status is 'données partielles'.
-- Seeded at 80 for every such share (a figure missing a fifth of its
-- evidence or more is not compared); a reference table: the DBA may change
-- a threshold, delete its row (the figure is then always compared) or add
-- it back.
CREATE TABLE cag_ovt.coverage_thresholds (
    indicator text PRIMARY KEY,
    min_coverage numeric NOT NULL
        CONSTRAINT coverage_thresholds_min_coverage_check
        CHECK (min_coverage OPERATOR(pg_catalog.>=) 0 AND min_coverage OPERATOR(pg_catalog.<=) 100),
    note text
);
COMMENT ON TABLE cag_ovt.coverage_thresholds IS
    'Couverture minimale (en %) à laquelle action_plan_report compare une part à sa cible ; en dessous, statut « données partielles » ; 80 par défaut, modifiable par le DBA (sans ligne : toujours comparée) / least coverage (in %) at which action_plan_report compares a share with its target; below it, status ''données partielles'' (partial data); 80 by default, editable by the DBA (no row: always compared)';
--@column_comments cag_ovt.coverage_thresholds indicator
COMMENT ON COLUMN cag_ovt.coverage_thresholds.min_coverage IS
    'Couverture minimale en pourcentage, de 0 à 100 (80 pour 80 %) / least coverage in percent, from 0 to 100 (80 for 80 %)';
COMMENT ON COLUMN cag_ovt.coverage_thresholds.note IS 'Source ou remarque / source or remark';
CREATE TRIGGER cag_indicator_check BEFORE INSERT OR UPDATE ON cag_ovt.coverage_thresholds
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.check_indicator();
COMMENT ON TRIGGER cag_indicator_check ON cag_ovt.coverage_thresholds IS
    'Vérifie que l''indicateur est une part calculée à partir des achats / checks that the indicator is a share computed from the purchases';
INSERT INTO cag_ovt.coverage_thresholds (indicator, min_coverage, note) VALUES
    ('quebec_share', 80, 'Défaut de l''extension / default of the extension'),
    ('eco_share', 80, 'Défaut de l''extension / default of the extension'),
    ('eco_share_in_group_purchases', 80, 'Défaut de l''extension / default of the extension'),
    ('quebec_food_share', 80, 'Défaut de l''extension / default of the extension'),
    ('regional_share', 80, 'Défaut de l''extension / default of the extension'),
    ('regional_contract_share', 80, 'Défaut de l''extension / default of the extension'),
    ('outside_centres_share', 80, 'Défaut de l''extension / default of the extension');
SELECT cag_ovt.manage_reference_table('cag_ovt.coverage_thresholds');

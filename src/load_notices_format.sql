-- SEAO open data: the format of a notice in load_notices (src/seao.sql),
-- xml exactly when ocid is NULL (an XML export's notice), else ocds.  The
-- loaders write it (src/seao_load.sql); a row inserted without it (by a
-- user, or restored from a dump of 1.1, which had no format) gets it from
-- ocid; the CHECK keeps it right whoever writes the row.  (A generated
-- column formed each row a second time: a sixth of what a load's
-- load_notices rows cost.)  The install script and the update from 1.1
-- (src/versions/cag_ovt--1.1--1.2.sql) both run this file.
ALTER TABLE cag_ovt.load_notices
    ADD CONSTRAINT load_notices_format_check
        CHECK (CASE WHEN ocid IS NULL THEN format OPERATOR(pg_catalog.=) 'xml'::pg_catalog.text
                    ELSE format OPERATOR(pg_catalog.=) 'ocds'::pg_catalog.text END);
COMMENT ON COLUMN cag_ovt.load_notices.format IS
    'Format SEAO de l''avis : xml (exports XML, ocid NULL) ou ocds (paquets OCDS, ocid renseigné), ce que vérifie une contrainte ; tiré de ocid pour une ligne insérée sans lui ; avec notice, son identité / SEAO format of the notice: xml (XML exports, ocid NULL) or ocds (OCDS packages, ocid set), which a constraint checks; taken from ocid for a row inserted without it; with notice, its identity';

CREATE FUNCTION cag_ovt.load_notices_format() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    NEW.format := CASE WHEN NEW.ocid IS NULL THEN 'xml' ELSE 'ocds' END;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cag_ovt.load_notices_format() IS
    'Déclencheur BEFORE INSERT de load_notices : une ligne sans format le reçoit de ocid (xml quand ocid est NULL, sinon ocds) / BEFORE INSERT trigger of load_notices: a row without a format gets it from ocid (xml when ocid is NULL, else ocds)';
CREATE TRIGGER load_notices_format BEFORE INSERT ON cag_ovt.load_notices
    FOR EACH ROW WHEN (NEW.format IS NULL) EXECUTE FUNCTION cag_ovt.load_notices_format();
COMMENT ON TRIGGER load_notices_format ON cag_ovt.load_notices IS
    'Donne à une ligne insérée sans format celui que dit ocid / gives a row inserted without a format the one ocid says';

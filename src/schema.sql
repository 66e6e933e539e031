-- The extension's schema: created by CREATE EXTENSION (control file: schema =
-- cag_ovt).  Types and functions are for everyone; what a role may read or
-- write in the tables is granted table by table.
COMMENT ON SCHEMA cag_ovt IS
    'cag_ovt : achats publics québécois, régionaux, écoresponsables et en aliments du Québec / cag_ovt: Québec, regional, eco-responsible and Québec-food public purchases';
GRANT USAGE ON SCHEMA cag_ovt TO PUBLIC;

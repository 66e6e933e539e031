--
-- catalog: the extension's objects, as a DBA or a BI tool sees them.
-- Every member is commented in French and English ('français / English'),
-- but the implicit types (the row type of a relation, the array type of a
-- type: internal dependencies, members from PostgreSQL 17 on), and every
-- column of every table and view too; the functions that are not
-- PARALLEL SAFE are listed (each writes or is a trigger), so that a change
-- of marking shows up here.
--
SET search_path = cag_ovt, public;

CREATE TEMP VIEW ext_members AS
SELECT d.classid, d.objid, d.objsubid,
       pg_describe_object(d.classid, d.objid, d.objsubid) AS object,
       obj_description(d.objid, c.relname) AS comment
FROM pg_depend d
JOIN pg_class c ON c.oid = d.classid
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'cag_ovt')
  AND d.deptype = 'e'
  AND NOT EXISTS (SELECT FROM pg_depend i
                  WHERE i.classid = d.classid AND i.objid = d.objid AND i.deptype = 'i');

-- members without a comment, or whose comment is not bilingual: none
SELECT object, comment FROM ext_members
WHERE comment IS NULL OR comment NOT LIKE '% / %'
ORDER BY object;

-- columns of tables and views without a bilingual comment: none
SELECT c.relname, a.attname, col_description(c.oid, a.attnum) AS comment
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'cag_ovt'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p')
  AND coalesce(col_description(c.oid, a.attnum), '') NOT LIKE '% / %'
ORDER BY 1, 2;

-- views readable by BI tools: plain column types only (no cag_ovt type);
-- the spend_summary values for SQL users come from the functions
-- purchase_summaries() and spend_by_fiscal_year_region() (views in 1.1)
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relnamespace = 'cag_ovt'::regnamespace AND c.relkind = 'v'
  AND t.typnamespace = 'cag_ovt'::regnamespace
ORDER BY 1, 2;

-- views run with the privileges (and row-level security) of the caller
SELECT relname FROM pg_class
WHERE relnamespace = 'cag_ovt'::regnamespace AND relkind = 'v'
  AND NOT coalesce('security_invoker=true' = ANY (reloptions), false)
ORDER BY 1;

-- functions not PARALLEL SAFE: writers and triggers only
SELECT p.oid::regprocedure::text AS function, p.provolatile AS volatility, p.proparallel AS parallel
FROM pg_proc p
WHERE p.pronamespace = 'cag_ovt'::regnamespace AND p.proparallel <> 's'
ORDER BY 1;

-- functions whose body resolves names: SQL functions have a standard body
-- (BEGIN ATOMIC or RETURN: bound when created, so that no object created
-- later can capture a call); PL/pgSQL functions, parsed at run time, pin
-- search_path to pg_catalog, pg_temp (and call the extension's functions
-- schema-qualified with exact types).  Lists the exceptions: the two
-- set-returning functions of summaries, purchase_summaries() and
-- spend_by_fiscal_year_region(), whose string body names everything with
-- its schema, operators included, so that the planner inlines them (SET
-- would prevent it) and pg_upgrade can create them before the operator
-- classes of their GROUP BY (a standard body could not be):
-- src/summaries_by_fiscal_year.sql.
SELECT p.oid::regprocedure::text AS function, l.lanname, p.proconfig
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'cag_ovt'::regnamespace
  AND ((l.lanname = 'sql' AND p.prosqlbody IS NULL)
       OR (l.lanname = 'plpgsql'
           AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false))
       OR l.lanname NOT IN ('sql', 'plpgsql', 'c', 'internal'))
ORDER BY 1;

-- no SECURITY DEFINER function
SELECT p.oid::regprocedure FROM pg_proc p
WHERE p.pronamespace = 'cag_ovt'::regnamespace AND p.prosecdef;

-- aggregates: all combinable and parallel safe
SELECT a.aggfnoid::regprocedure::text AS aggregate, a.aggcombinefn <> 0 AS combine,
       p.proparallel AS parallel, a.aggminvtransfn <> 0 AS moving
FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
WHERE p.pronamespace = 'cag_ovt'::regnamespace
ORDER BY 1;

# cag_ovt is a trusted extension: a database owner who is not superuser can
# create it exactly when the control file says "trusted = true", and such a
# user cannot gain superuser through the extension's objects.
#
# The database owner ("dba") plays the attacker.  Being the database owner,
# it owns schema public (PostgreSQL 15), so it can put functions and
# operators there; PostgreSQL creates the extension's schema as the role
# that runs CREATE EXTENSION, but the install script gives it to the
# superuser that runs the script, so that dba cannot add objects to cag_ovt
# or rename it (a schema of its own under the name would capture every
# schema-qualified call of the extension's triggers).  dba plants:
#
# - in public, a copy of every pg_catalog operator and of every pg_catalog
#   function the extension's scripts name, same signature, that runs a
#   payload: a session whose search_path puts public before pg_catalog
#   would run them;
# - in public, variants of those functions taking varchar instead of text,
#   and overloads of every function and operator of the extension that take
#   text (what an untyped literal prefers) or oid (what TG_RELID is) where
#   the extension's take another type;
# - before CREATE EXTENSION, in a schema cag_ovt it created itself, and in
#   its temporary schema, overloads that the install script would call.
#
# The payload (public.pwn) records every run by another role in
# public.hijack_log and, when that role is superuser, makes dba superuser.
# A superuser then uses every function that reads tables, edits the
# reference tables (firing their triggers), aggregates, and restores a dump
# of the database, with search_path = public, pg_catalog and with
# search_path = cag_ovt, public: nothing may run the payload.  A positive
# control shows that the plants are live.
#
# The other half, "trusted = false", runs on a second installation: a copy
# of this PostgreSQL whose share directory holds a copy of cag_ovt.control
# that says trusted = false (the binaries find their share directory
# relative to themselves).
use strict;
use warnings;
use File::Basename;
use File::Copy;
use File::Path qw(make_path);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('trusted');
$node->init;
$node->start;

# Run SQL as a role; returns (exit code, stdout, stderr).
sub psql_as
{
	my ($n, $role, $db, $sql) = @_;
	my ($out, $err);
	my $ret = $n->psql(
		$db, $sql,
		stdout => \$out,
		stderr => \$err,
		extra_params => [ '-U', $role, '-v', 'ON_ERROR_STOP=1' ]);
	return ($ret, $out, $err);
}

sub safe_as
{
	my ($n, $role, $db, $sql) = @_;
	my ($ret, $out, $err) = psql_as($n, $role, $db, $sql);
	die "psql as $role on $db failed:\n$err\nwhile running:\n$sql" if $ret != 0;
	return $out;
}

sub is_superuser
{
	my ($n, $role) = @_;
	return $n->safe_psql('postgres',
		"SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = '$role'");
}

$node->safe_psql(
	'postgres', q{
CREATE ROLE dba LOGIN;
CREATE ROLE analyst LOGIN;
CREATE ROLE outsider LOGIN;
CREATE DATABASE app OWNER dba;
CREATE DATABASE app_preplanted OWNER dba;
CREATE DATABASE app_temp OWNER dba;
});

# ---------------------------------------------------------------------
# Who may create the trusted extension
# ---------------------------------------------------------------------
is( $node->safe_psql(
		'postgres',
		"SELECT trusted FROM pg_available_extension_versions v JOIN pg_available_extensions e USING (name) "
		  . "WHERE name = 'cag_ovt' AND v.version = e.default_version"),
	't',
	'the installed control file says trusted');

# (PostgreSQL creates the extension's schema first, as the calling role,
# which needs CREATE on the database for that already.)
my ($ret, $out, $err) = psql_as($node, 'outsider', 'app', 'CREATE EXTENSION cag_ovt');
isnt($ret, 0, 'a role without CREATE on the database cannot create the extension');
like($err, qr/permission denied for database app/, '... permission denied');

safe_as($node, 'dba', 'app', 'CREATE EXTENSION cag_ovt');
is( $node->safe_psql(
		'app', q{
SELECT concat_ws(' ', pg_get_userbyid(e.extowner), n.nspname, pg_get_userbyid(n.nspowner))
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'cag_ovt'}),
	'dba cag_ovt postgres',
	'the database owner created it: it owns the extension; the script gave the schema to the superuser');
is( $node->safe_psql(
		'app', q{
SELECT string_agg(DISTINCT pg_get_userbyid(coalesce(c.relowner, p.proowner, t.typowner)), ',')
FROM pg_depend d
LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
LEFT JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'cag_ovt')
  AND d.classid IN ('pg_class'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass)
  AND NOT EXISTS (SELECT FROM pg_depend i WHERE i.objid = d.objid AND i.classid = d.classid AND i.deptype = 'i')
  AND coalesce(c.relname, '') <> 'spend_by_month'}),
	'postgres',
	'its tables, functions and types belong to the bootstrap superuser');
is( $node->safe_psql('app',
		"SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'cag_ovt.spend_by_month'::regclass"),
	'dba',
	'except spend_by_month, given to the extension owner so that it can refresh it');

foreach my $attempt (
	[ 'CREATE FUNCTION cag_ovt.f() RETURNS int LANGUAGE sql AS $$SELECT 1$$',
		qr/permission denied for schema cag_ovt/, 'create a function in schema cag_ovt' ],
	[ 'CREATE OPERATOR cag_ovt.= (LEFTARG = cag_ovt.qc_region, RIGHTARG = text, FUNCTION = pg_catalog.texteq)',
		qr/permission denied for schema cag_ovt/, 'create an operator in schema cag_ovt' ],
	[ 'ALTER SCHEMA cag_ovt RENAME TO cag_old', qr/must be owner of schema cag_ovt/, 'rename the schema' ],
	[ 'ALTER SCHEMA cag_ovt OWNER TO dba', qr/must be owner of schema cag_ovt/, 'take the schema back' ],
	[ 'GRANT CREATE ON SCHEMA cag_ovt TO dba', qr/permission denied for schema cag_ovt|no privileges were granted/,
		'grant itself CREATE on it' ],
	[ 'ALTER FUNCTION cag_ovt.region_name(cag_ovt.qc_region, text) RENAME TO region_label',
		qr/must be owner of function/, 'rename a function of the extension' ],
	[ 'ALTER EXTENSION cag_ovt DROP FUNCTION cag_ovt.region_name(cag_ovt.qc_region, text)',
		qr/must be owner of function/, 'detach a function from the extension' ],
	[ 'CREATE FUNCTION public.t() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$; '
		  . 'CREATE TRIGGER t BEFORE INSERT ON cag_ovt.purchases FOR EACH ROW EXECUTE FUNCTION public.t()',
		qr/permission denied for table purchases/, 'put a trigger of its own on the purchases' ],
	[ 'CREATE RULE r AS ON INSERT TO cag_ovt.purchases DO ALSO NOTIFY x',
		qr/must be owner of table purchases/, 'put a rule on the purchases' ],
	[ 'ALTER TABLE cag_ovt.purchases ENABLE ROW LEVEL SECURITY',
		qr/must be owner of table purchases/, 'turn on row-level security of the purchases' ],
	[ 'CREATE TRIGGER t BEFORE INSERT ON cag_ovt.targets FOR EACH ROW EXECUTE FUNCTION public.t()',
		qr/permission denied for table targets/, 'put a trigger of its own on the targets' ],
	# it owns spend_by_month (to refresh it), whose query runs as its owner
	[ 'CREATE INDEX ON cag_ovt.spend_by_month ((pg_catalog.length(spend_by_month::text)))',
		qr/permission denied for schema cag_ovt/, 'index the materialized view it owns' ])
{
	my ($sql, $expected, $what) = @{$attempt};
	($ret, $out, $err) = psql_as($node, 'dba', 'app', $sql);
	like($err, $expected, "dba cannot $what");
}
is( $node->safe_psql('app',
		q{SELECT has_schema_privilege('dba', 'cag_ovt', 'CREATE')::text || ' ' || has_schema_privilege('dba', 'cag_ovt', 'USAGE')::text}),
	'false true',
	'dba only uses schema cag_ovt');

# ---------------------------------------------------------------------
# What the extension owner can do: use, load, edit, delegate
# ---------------------------------------------------------------------
safe_as(
	$node, 'dba', 'app', q{
SET search_path = cag_ovt, public;
BEGIN;
UPDATE regions SET cag_branch = true WHERE code = '13';
INSERT INTO municipalities (code, name, status, region) VALUES ('24999', 'Nouvelle', 'Ville', 'Laval');
DELETE FROM mrc_region_changes WHERE prefix = '47';
INSERT INTO deleted_reference_keys (table_name, key) VALUES ('cag_ovt.municipalities', '{"code": "48028"}');
TRUNCATE mrc_region_changes;
INSERT INTO locality_aliases (alias, municipalities, kind, source) VALUES ('Plateau', '{66023}', 'neighbourhood', 'dba');
UPDATE fsa_regions SET source = 'dba' WHERE fsa = 'G0A';
DELETE FROM former_municipalities WHERE name = 'Hull';
SELECT region_of_locality('Plateau'), municipality_of_locality('Ste-Foy'), regions_of_fsa('J0E'),
       locate('J0E 1A0', 'Cowansville', 'QC', 'CAN', '2013-01-01');
ROLLBACK;
COPY (SELECT * FROM municipalities LIMIT 3) TO STDOUT;
CREATE TEMP TABLE m AS SELECT * FROM municipalities WHERE code LIKE '46%';
BEGIN;
DELETE FROM municipalities WHERE code LIKE '46%';
INSERT INTO municipalities SELECT * FROM m;
COMMIT;
GRANT SELECT, INSERT, UPDATE, DELETE ON municipalities TO analyst;
});
pass('the extension owner edits, deletes, truncates and reloads the reference tables');
is( safe_as(
		$node, 'dba', 'app', q{
SET search_path = cag_ovt, public;
INSERT INTO purchases (purchased_on, buyer_region, supplier_postal_code, category, amount, labels, source, source_ref)
VALUES ('2022-05-01', 'Estrie', 'J1H 5N4', '50121537', 1250.00, '{Aliments du Québec}', 'dba', '1');
COPY purchases (purchased_on, buyer_region, supplier_province, amount, source, source_ref) FROM STDIN;
2022-06-01	Laval	ON	10.50	dba	2
2022-06-02	Laval	QC	20.25	dba	3
\.
UPDATE purchases SET labels = '{ENERGY STAR}' WHERE source_ref = '3';
INSERT INTO eco_labels (label, name, category) VALUES ('Ecolabel maison', 'Ecolabel maison', 'general');
UPDATE purchases SET labels = '{Ecolabel maison}' WHERE source_ref = '2';
SELECT reclassify_purchases();
DELETE FROM purchases WHERE source_ref = '2';
GRANT SELECT, INSERT ON purchases TO analyst;
GRANT USAGE ON SEQUENCE purchases_purchase_id_seq TO analyst;
SELECT string_agg(source_ref || ' ' || class::text, '; ' ORDER BY source_ref) FROM purchases;}),
	"0\n1 {quebec,regional,food,quebec_food,group_purchase_unknown}; "
	  . "3 {quebec,eco,food_unknown,quebec_food_unknown,group_purchase_unknown}",
	'the extension owner loads, classes, edits and reclassifies the purchases');
my $seao_doc = q{<export><Avis><numeroseao>608158</numeroseao><dateadjudication>2013-01-10</dateadjudication>
<fournisseurs><fournisseur><nomorganisation>CNIM CANADA INC.</nomorganisation><province>QC</province>
<pays>CA</pays><codepostal>H3C 1R4</codepostal><adjudicataire>1</adjudicataire><montantcontrat>1500</montantcontrat>
</fournisseur></fournisseurs></Avis></export>};
is( safe_as(
		$node, 'dba', 'app',
		"SELECT cag_ovt.load_seao_xml('$seao_doc'::text, 'dba-seao'); "
		  . "SELECT cag_ovt.load_ocds('{\"releases\": []}'::jsonb, 'dba-ocds'); "
		  . "SELECT count(*) FROM cag_ovt.load_notices WHERE source = 'dba-seao'"),
	"1\n0\n1",
	'the extension owner loads SEAO files');
# A document that names a server file in an external entity reads nothing.
my $datadir = $node->data_dir;
foreach my $form ('::text', '::xml', '::bytea')
{
	my $doc = qq{<!DOCTYPE export [<!ENTITY e SYSTEM "file://$datadir/postgresql.conf">]>}
	  . q{<export><Avis><numeroseao>1</numeroseao><organisme>&e;</organisme></Avis></export>};
	my $call = $form eq '::bytea'
	  ? "convert_to('$doc', 'UTF8')"
	  : "'$doc'$form";
	($ret, $out, $err) = psql_as($node, 'dba', 'app',
		"SELECT organisme FROM cag_ovt.parse_seao_xml($call); SELECT cag_ovt.load_seao_xml($call, 'xxe')");
	unlike($out . $err, qr/listen_addresses|port =/, "an external entity reads no server file ($form)");
}

is( safe_as(
		$node, 'dba', 'app', q{
SET search_path = cag_ovt, public;
INSERT INTO positions (region, office, opened_on, regionalized) VALUES ('Estrie', 'Sherbrooke', '2021-05-01', true);
INSERT INTO partner_committees (committee_id, name, region, created_on, rules_adopted_on)
VALUES (1, 'Comité de l''Estrie', 'Estrie', '2021-03-01', '2021-04-01');
INSERT INTO committee_meetings (committee_id, held_on) VALUES (1, '2021-05-05');
INSERT INTO targets (indicator, fiscal_year, region, target) VALUES ('quebec_share', 2022, NULL, 43);
REFRESH MATERIALIZED VIEW spend_by_month;
REFRESH MATERIALIZED VIEW CONCURRENTLY spend_by_month;
GRANT SELECT, INSERT ON positions TO analyst;
SELECT count(*) > 0 FROM action_plan_report WHERE fiscal_year = 2022;}),
	't',
	'the extension owner records positions, committees and targets, refreshes spend_by_month, reads the report');
is( safe_as(
		$node, 'analyst', 'app',
		"INSERT INTO cag_ovt.positions (region, opened_on) VALUES ('Laval', '2022-01-01') RETURNING region"),
	'Laval',
	'the extension owner can let another role record positions');
is( safe_as(
		$node, 'analyst', 'app',
		"INSERT INTO cag_ovt.purchases (purchased_on, buyer_region, supplier_province, amount, source, source_ref) "
		  . "VALUES ('2022-07-01', 'Laval', 'QC', 5, 'analyst', '1') RETURNING class"),
	'{quebec,eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}',
	'the extension owner can let another role load purchases');
is( safe_as(
		$node, 'dba', 'app', q{
SELECT concat_ws(' ', cag_ovt.region_of_municipality('46005', '2021-01-01'),
       cag_ovt.region_of_fsa('J2K'), '1149222300'::cag_ovt.neq,
       cag_ovt.spend_agg(a, c) IS NOT NULL)
FROM (VALUES (10.00, '{quebec}'::cag_ovt.purchase_class)) AS t(a, c)}),
	'Montérégie Estrie 1149222300 t',
	'the extension owner uses the functions that read the reference tables');
is( safe_as(
		$node, 'analyst', 'app',
		"UPDATE cag_ovt.municipalities SET population = population WHERE code = '46005' RETURNING code"),
	'46005',
	'the extension owner can let another role edit a reference table');
# The triggers record deletions as the role that edits: it needs the right
# to write deleted_reference_keys too, which the extension owner can grant.
($ret, $out, $err) = psql_as($node, 'analyst', 'app',
	"DELETE FROM cag_ovt.municipalities WHERE code = '46005'");
like($err, qr/permission denied for table deleted_reference_keys/,
	'deleting a row also writes deleted_reference_keys');
safe_as($node, 'dba', 'app',
	'GRANT SELECT, INSERT, DELETE ON cag_ovt.deleted_reference_keys TO analyst');
is( safe_as(
		$node, 'analyst', 'app', q{
BEGIN;
DELETE FROM cag_ovt.municipalities WHERE code = '46005';
INSERT INTO cag_ovt.municipalities (code, name, status, region) VALUES ('46005', 'Abercorn', 'Village', 'Estrie');
SELECT count(*) FROM cag_ovt.deleted_reference_keys;
ROLLBACK;}),
	'0',
	'with it, the other role deletes and inserts rows (the deletion record comes and goes)');
($ret, $out, $err) = psql_as($node, 'analyst', 'app',
	"UPDATE cag_ovt.regions SET cag_branch = false WHERE code = '13'");
like($err, qr/permission denied for table regions/, 'other roles may only read the others');
is( safe_as($node, 'outsider', 'app', 'SELECT count(*) FROM cag_ovt.regions'),
	'17', 'every role reads the reference tables');
($ret, $out, $err) = psql_as($node, 'dba', 'app',
	"SELECT cag_ovt.manage_reference_table('cag_ovt.regions')");
like($err, qr/permission denied for function manage_reference_table/,
	'manage_reference_table is for the extension scripts only');
is(safe_as($node, 'dba', 'app', 'SELECT cag_ovt.check_extension_schema()'),
	'', 'the schema holds only the extension\'s objects');

# ---------------------------------------------------------------------
# The attacker's plants
# ---------------------------------------------------------------------

# The payload, and the log of its runs by other roles.
my $payload = q{
CREATE TABLE public.hijack_log (who text, what text);
GRANT INSERT, SELECT ON public.hijack_log TO PUBLIC;
CREATE FUNCTION public.pwn(what text) RETURNS boolean
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF current_user OPERATOR(pg_catalog.<>) 'dba'::pg_catalog.name THEN
        INSERT INTO public.hijack_log VALUES (current_user, what);
        IF (SELECT r.rolsuper FROM pg_catalog.pg_roles r
             WHERE r.rolname OPERATOR(pg_catalog.=) current_user) THEN
            EXECUTE 'ALTER ROLE dba SUPERUSER';
        END IF;
    END IF;
    RETURN true;
END
$$;
GRANT EXECUTE ON FUNCTION public.pwn(text) TO PUBLIC;
};

# The names of the functions the extension's scripts call.
my $sharedir = `pg_config --sharedir`;
chomp $sharedir;
my %names;
foreach my $script (glob("$sharedir/extension/cag_ovt--*.sql"))
{
	open(my $fh, '<', $script) or die "$script: $!";
	while (my $line = <$fh>)
	{
		$names{$1} = 1 while $line =~ /\b([a-z_][a-z0-9_]*)\s*\(/g;
	}
	close $fh;
}
my $namelist = join(',', sort keys %names);
ok(scalar(keys %names) > 30, 'names of the functions the scripts call');

# Copies of pg_catalog operators and functions in public, and varchar
# variants of the functions.
my $shadows = qq{
DO \$gen\$
DECLARE
    o record;
    args text;
    calls text;
BEGIN
    FOR o IN
        SELECT op.oid, op.oprname, op.oprleft::regtype AS l, op.oprright::regtype AS r,
               op.oprresult::regtype AS res
        FROM pg_catalog.pg_operator op
        JOIN pg_catalog.pg_type lt ON lt.oid = op.oprleft AND lt.typtype <> 'p'
        JOIN pg_catalog.pg_type rt ON rt.oid = op.oprright AND rt.typtype <> 'p'
        JOIN pg_catalog.pg_type ot ON ot.oid = op.oprresult AND ot.typtype <> 'p'
        WHERE op.oprnamespace = 'pg_catalog'::regnamespace
    LOOP
        BEGIN
            EXECUTE format('CREATE FUNCTION public.shadow_op_%s(%s, %s) RETURNS %s LANGUAGE sql AS %L',
                o.oid, o.l, o.r, o.res,
                format('SELECT CASE WHEN public.pwn(%L) THEN \$1 OPERATOR(pg_catalog.%s) \$2 END',
                       format('operator public.%s(%s, %s)', o.oprname, o.l, o.r), o.oprname));
            EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.shadow_op_%s)',
                o.oprname, o.l, o.r, o.oid);
        EXCEPTION WHEN others THEN NULL;
        END;
    END LOOP;
    FOR o IN
        SELECT p.oid, p.proname, p.prorettype::regtype AS res,
               array(SELECT t::regtype::text FROM unnest(p.proargtypes) AS t) AS types
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_type rt ON rt.oid = p.prorettype
        WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind = 'f'
          AND NOT p.proretset AND p.provariadic = 0 AND p.proallargtypes IS NULL
          AND rt.typtype <> 'p' AND p.pronargs > 0
          AND p.proname = ANY ('{$namelist}'::text[])
          AND NOT EXISTS (SELECT FROM unnest(p.proargtypes) AS a JOIN pg_catalog.pg_type at ON at.oid = a
                          WHERE at.typtype = 'p')
    LOOP
        SELECT string_agg(format('\$%s', i), ', ' ORDER BY i) INTO calls
          FROM generate_series(1, cardinality(o.types)) AS i;
        BEGIN
            EXECUTE format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE sql AS %L',
                o.proname, array_to_string(o.types, ', '), o.res,
                format('SELECT CASE WHEN public.pwn(%L) THEN pg_catalog.%I(%s) END',
                       format('function public.%s(%s)', o.proname, array_to_string(o.types, ', ')),
                       o.proname, calls));
        EXCEPTION WHEN others THEN NULL;
        END;
        IF 'text' = ANY (o.types) THEN
            args := array_to_string(array_replace(o.types, 'text', 'character varying'), ', ');
            BEGIN
                EXECUTE format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE sql AS %L',
                    o.proname, args, o.res,
                    format('SELECT CASE WHEN public.pwn(%L) THEN NULL END',
                           format('function public.%s(%s)', o.proname, args)));
            EXCEPTION WHEN others THEN NULL;
            END;
        END IF;
    END LOOP;
END
\$gen\$;
};

# Overloads of the extension's functions and operators, in public.
my $plants = q{
DO $gen$
DECLARE
    f record;
    variant text[];
    variants text[][];
    outs text;
    ret text;
    body text;
    n int := 0;
    o record;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.proretset, p.prorettype::regtype::text AS res,
               array(SELECT t::regtype::text FROM unnest(p.proargtypes) AS t) AS types,
               (SELECT string_agg(format('OUT %I %s', p.proargnames[i], p.proallargtypes[i]::regtype), ', ')
                  FROM generate_subscripts(p.proallargtypes, 1) AS i
                 WHERE p.proargmodes[i] IN ('o', 't')) AS outs
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_type rt ON rt.oid = p.prorettype
        WHERE p.pronamespace = 'cag_ovt'::regnamespace AND p.prokind = 'f' AND p.pronargs > 0
          AND (rt.typtype <> 'p' OR rt.typname IN ('void', 'record'))
          AND NOT EXISTS (SELECT FROM unnest(p.proargtypes) AS a JOIN pg_catalog.pg_type at ON at.oid = a
                          WHERE at.typtype = 'p')
    LOOP
        variants := ARRAY[
            -- every argument as text: what an untyped literal prefers
            array(SELECT 'text' FROM unnest(f.types)),
            -- oid for regclass: what TG_RELID is
            array_replace(f.types, 'regclass', 'oid'),
            -- text for the extension's own types
            array(SELECT CASE WHEN t LIKE 'cag_ovt.%' OR t IN ('neq', 'qc_region', 'postal_code', 'unspsc',
                                      'purchase_class', 'spend_summary', 'share_state')
                              THEN 'text' ELSE t END FROM unnest(f.types) AS t)];
        FOREACH variant SLICE 1 IN ARRAY variants
        LOOP
            -- (the unchanged signature too: public may come first)
            IF f.outs IS NOT NULL THEN
                ret := '';
                body := format('BEGIN PERFORM public.pwn(%L); END',
                               format('function public.%s(%s)', f.proname, array_to_string(variant, ', ')));
            ELSIF f.proretset THEN
                ret := format('RETURNS SETOF %s', f.res);
                body := format('BEGIN PERFORM public.pwn(%L); RETURN; END',
                               format('function public.%s(%s)', f.proname, array_to_string(variant, ', ')));
            ELSIF f.res = 'void' THEN
                ret := 'RETURNS void';
                body := format('BEGIN PERFORM public.pwn(%L); END',
                               format('function public.%s(%s)', f.proname, array_to_string(variant, ', ')));
            ELSE
                ret := format('RETURNS %s', f.res);
                body := format('BEGIN PERFORM public.pwn(%L); RETURN NULL; END',
                               format('function public.%s(%s)', f.proname, array_to_string(variant, ', ')));
            END IF;
            BEGIN
                EXECUTE format('CREATE FUNCTION public.%I(%s) %s LANGUAGE plpgsql AS %L',
                               f.proname,
                               concat_ws(', ', nullif(array_to_string(variant, ', '), ''), f.outs),
                               ret, body);
                n := n + 1;
            EXCEPTION WHEN duplicate_function THEN NULL;
            END;
        END LOOP;
    END LOOP;
    -- operators: an overload taking text on either side
    FOR o IN
        SELECT op.oid, op.oprname, op.oprleft::regtype::text AS l, op.oprright::regtype::text AS r,
               op.oprresult::regtype::text AS res
        FROM pg_catalog.pg_operator op
        WHERE op.oprnamespace = 'cag_ovt'::regnamespace AND op.oprleft <> 0 AND op.oprright <> 0
    LOOP
        FOREACH variant SLICE 1 IN ARRAY ARRAY[ARRAY[o.l, o.r], ARRAY[o.l, 'text'], ARRAY['text', o.r]]
        LOOP
            BEGIN
                EXECUTE format('CREATE FUNCTION public.plant_op_%s_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
                               o.oid, n, variant[1], variant[2], o.res,
                               format('BEGIN PERFORM public.pwn(%L); RETURN NULL; END',
                                      format('operator public.%s(%s, %s)', o.oprname, variant[1], variant[2])));
                EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.plant_op_%s_%s)',
                               o.oprname, variant[1], variant[2], o.oid, n);
                n := n + 1;
            EXCEPTION WHEN duplicate_function OR duplicate_object THEN NULL;
            END;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'planted % overloads in public', n;
END
$gen$;
};

safe_as($node, 'dba', 'app', $payload . $shadows . $plants);
my $counts = safe_as(
	$node, 'dba', 'app', q{
SELECT (SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace) || ' '
    || (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace) || ' '
    || (SELECT count(*) FROM pg_proc p WHERE pronamespace = 'public'::regnamespace
          AND proname IN (SELECT proname FROM pg_proc WHERE pronamespace = 'cag_ovt'::regnamespace)) || ' '
    || (SELECT count(*) FROM pg_operator o JOIN pg_type l ON l.oid = o.oprleft JOIN pg_type r ON r.oid = o.oprright
        WHERE oprnamespace = 'public'::regnamespace
          AND 'cag_ovt'::regnamespace IN (l.typnamespace, r.typnamespace))});
my ($pub_ops, $pub_funcs, $ext_funcs, $ext_ops) = split / /, $counts;
note("planted in public: $pub_ops operators and $pub_funcs functions, "
	  . "$ext_funcs of them named like the extension's and $ext_ops on its types");
ok($pub_ops > 500, "copies of the pg_catalog operators ($pub_ops)");
ok($pub_funcs > 300, "copies of the pg_catalog functions ($pub_funcs)");
ok($ext_funcs > 50, "overloads of the extension's functions ($ext_funcs)");
ok($ext_ops > 20, "overloads of the extension's operators ($ext_ops)");
is( safe_as(
		$node, 'dba', 'app',
		q{SELECT to_regprocedure('public.reference_key_sql(oid, text)') IS NOT NULL}),
	't',
	'among them reference_key_sql(oid, text)');
is(safe_as($node, 'dba', 'app', 'SELECT cag_ovt.check_extension_schema()'),
	'', 'schema cag_ovt still holds only the extension\'s objects');

# Positive control: the plants are live.  A role that is not superuser
# calls them the way a careless session would: the extension's functions
# unqualified with untyped literals or an oid, public in the search_path;
# operators with public before pg_catalog.
safe_as(
	$node, 'analyst', 'app', q{
SET search_path = cag_ovt, public;
SELECT region_name('06', 'fr');
SELECT reference_key_sql(1259::oid, 't');
SET search_path = public, pg_catalog;
SELECT 1 = 1;
});
is( safe_as(
		$node, 'analyst', 'app',
		q{SELECT string_agg(what, '; ' ORDER BY what) FROM public.hijack_log WHERE who = 'analyst'}),
	'function public.reference_key_sql(oid, text); function public.region_name(text, text); '
	  . 'operator public.=(integer, integer)',
	'positive control: careless calls run the plants');
safe_as($node, 'dba', 'app', 'TRUNCATE public.hijack_log');

# ---------------------------------------------------------------------
# A superuser at work in the attacker's database
# ---------------------------------------------------------------------
my $victim = q{
SET search_path = public, pg_catalog;
-- functions that read the reference tables, through a fresh cache, called
-- with untyped literals (schema cag_ovt holds nothing else to match) ...
SELECT cag_ovt.region_of_municipality('46005', '2021-01-01'),
       cag_ovt.region_of_fsa('J2K'), cag_ovt.region_name('06', 'fr'),
       cag_ovt.region_code('Laval'), cag_ovt.neq_legal_form('1149222300'),
       cag_ovt.unspsc_path('50121500');
-- ... and with typed ones
SELECT cag_ovt.region_of_municipality('46005'::text, '2021-01-01'::date),
       cag_ovt.region_of_municipality(46005::integer, '2022-01-01'::date),
       cag_ovt.region_of_fsa('H7X'::text, NULL::date),
       cag_ovt.region_name('06'::cag_ovt.qc_region, 'fr'::text),
       cag_ovt.region_code('Laval'::cag_ovt.qc_region);
-- the types' input and output
SELECT '1149222300'::cag_ovt.neq, 'h2x 1y4'::cag_ovt.postal_code, '50121500'::cag_ovt.unspsc,
       'Gaspesie'::cag_ovt.qc_region, '{eco, quebec}'::cag_ovt.purchase_class;
-- the aggregates
SELECT cag_ovt.spend_agg(t.a, t.c)::text, cag_ovt.share_agg(t.a, t.m)
FROM (VALUES (10.00::numeric, '{quebec,regional}'::cag_ovt.purchase_class, true),
             (-2.50::numeric, '{outside_quebec}'::cag_ovt.purchase_class, false)) AS t(a, c, m);
-- edits of every kind fire the reference triggers as the superuser
BEGIN;
INSERT INTO cag_ovt.regions (region, name_fr, name_en, cag_branch, counts_as_region)
VALUES ('13'::cag_ovt.qc_region, 'Laval'::text, 'Laval'::text, true, true);
INSERT INTO cag_ovt.municipalities (code, name, status, region)
VALUES ('24998'::text, 'Ville neuve'::text, 'Ville'::text, '13'::cag_ovt.qc_region);
UPDATE cag_ovt.municipalities SET code = '24997'::text
 WHERE code OPERATOR(pg_catalog.=) '24998'::text;
DELETE FROM cag_ovt.mrc_region_changes WHERE prefix OPERATOR(pg_catalog.=) '47'::text;
INSERT INTO cag_ovt.deleted_reference_keys (table_name, key)
VALUES ('cag_ovt.regions'::text, '{"region": "13"}'::jsonb);
INSERT INTO cag_ovt.regions (region, name_fr, name_en, cag_branch, counts_as_region)
VALUES ('13'::cag_ovt.qc_region, 'Laval'::text, 'Laval'::text, true, true);
SELECT cag_ovt.region_of_municipality('47017'::text, '2022-01-01'::date);
TRUNCATE cag_ovt.mrc_region_changes;
SELECT cag_ovt.region_of_municipality('47017'::text, '2022-01-01'::date);
ROLLBACK;
UPDATE cag_ovt.regions SET cag_branch = true WHERE region OPERATOR(cag_ovt.=) '13'::cag_ovt.qc_region;
SELECT cag_ovt.region_of_municipality('46005'::text, '2021-01-01'::date);
-- the classification: functions, the trigger of the purchases, the lists
SELECT cag_ovt.classify_purchase(supplier_postal_code => 'J1H 5N4', delivery_region => 'Estrie',
                                 category => '50121537', labels => '{Aliments du Québec}'),
       cag_ovt.classify_purchase('Estrie'::cag_ovt.qc_region, 'QC'::text),
       cag_ovt.explain_classification(supplier_province => 'Ont.', delivery_region => '06') IS NOT NULL,
       cag_ovt.normalize_label('Énergie Star'), cag_ovt.region_of_postal_code('H2X 1Y4'),
       cag_ovt.region_of_postal_code('J0E 1A0'::cag_ovt.postal_code, '2021-01-01'::date);
INSERT INTO cag_ovt.purchases (purchased_on, buyer_municipality, supplier_postal_code, category, amount,
                               labels, source, source_ref)
VALUES ('2022-05-01', '46005', 'J1H 5N4', '50121537', 99.99, '{Aliments du Québec}', 'victim', '1'),
       ('2021-05-01'::date, '24005'::text, 'H7T 2K6'::cag_ovt.postal_code, NULL, 1.00::numeric,
        '{ENERGY STAR}'::text[], 'victim'::text, '2'::text);
COPY cag_ovt.purchases (purchased_on, buyer_region, supplier_province, amount, source, source_ref) FROM STDIN;
2022-06-01	Laval	ON	10.50	victim	3
\.
UPDATE cag_ovt.purchases SET supplier_province = 'QC'::text
 WHERE source OPERATOR(pg_catalog.=) 'victim'::text;
BEGIN;
INSERT INTO cag_ovt.food_categories (category) VALUES ('43000000'::cag_ovt.unspsc);
DELETE FROM cag_ovt.eco_labels WHERE label OPERATOR(pg_catalog.=) 'ENERGY STAR'::text;
UPDATE cag_ovt.food_labels SET kind = 'prepared'::text WHERE label OPERATOR(pg_catalog.=) 'Aliments du Québec'::text;
SELECT cag_ovt.reclassify_purchases(), cag_ovt.reclassify_purchases('2022-01-01'::date);
TRUNCATE cag_ovt.eco_labels;
SELECT cag_ovt.reclassify_purchases(NULL::date);
ROLLBACK;
SELECT cag_ovt.reclassify_purchases();
SELECT cag_ovt.spend_agg(p.amount, p.class)::text FROM cag_ovt.purchases p;
-- the SEAO loaders and readers
SELECT cag_ovt.load_seao_xml('<export><Avis><numeroseao>1</numeroseao><dateadjudication>2013-01-10</dateadjudication><fournisseurs><fournisseur><nomorganisation>A</nomorganisation><province>QC</province><pays>CA</pays><codepostal>H3C 1R4</codepostal><adjudicataire>1</adjudicataire><montantcontrat>1500</montantcontrat></fournisseur></fournisseurs></Avis></export>'::text, 'victim-seao'::text);
SELECT cag_ovt.load_seao_xml(pg_catalog.convert_to('<export><Avis><numeroseao>2</numeroseao><dateadjudication>2013-01-11</dateadjudication><regionlivraison>16</regionlivraison><fournisseurs><fournisseur><nomorganisation>B</nomorganisation><province>ON</province><adjudicataire>1</adjudicataire><montantcontrat>10</montantcontrat></fournisseur></fournisseurs></Avis></export>', 'UTF8'), 'victim-seao');
SELECT cag_ovt.load_seao_xml(pg_catalog.convert_to('<export datefin="2013-02-28"><Avis><numeroseao>2</numeroseao><datesaisieadjudication>2013-02-01 10:00</datesaisieadjudication><dateadjudication>2013-01-11</dateadjudication><fournisseurs><fournisseur><nomorganisation>B</nomorganisation><adjudicataire>1</adjudicataire><montantcontrat>11</montantcontrat></fournisseur></fournisseurs></Avis></export>', 'UTF8'), 'victim-seao-2');
SELECT cag_ovt.load_ocds('{"releases": []}', 'victim-ocds');
SELECT cag_ovt.load_ocds('{"releases": []}'::jsonb, 'victim-ocds'::text);
SELECT cag_ovt.load_ocds(pg_catalog.convert_to('{"releases": [{"ocid": "ocds-ec9k95-4", "id": "1", "date": "2026-01-05T00:00:00-05:00", "parties": [{"id": "S", "name": "Fournisseur’s"}], "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}]}', 'UTF8'), 'victim-ocds'::text);
SELECT cag_ovt.load_ocds('{"releases": [{"ocid": "ocds-ec9k95-4", "id": "2", "date": "2026-01-06T00:00:00-05:00", "parties": [{"id": "S", "name": "Fournisseur"}], "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 12}, "suppliers": [{"id": "S"}]}]}]}'::text, 'victim-ocds-2'::text);
SELECT cag_ovt.load_seao_xml('<export><Avis><numeroseao>6</numeroseao><dateadjudication>2013-01-10</dateadjudication><fournisseurs><fournisseur><nomorganisation>A</nomorganisation><codepostal>H3C 1R4</codepostal><adjudicataire>1</adjudicataire><montantcontrat>9</montantcontrat></fournisseur></fournisseurs></Avis></export>'::text, 'victim-nobids'::text, false);
INSERT INTO cag_ovt.seao_files (doc, source, bids) VALUES (pg_catalog.convert_to('<export><Avis><numeroseao>7</numeroseao><dateadjudication>2013-01-11</dateadjudication><fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>10</montantcontrat></fournisseur></fournisseurs></Avis></export>', 'UTF8'), 'victim-files'::text, false);
INSERT INTO cag_ovt.seao_files (doc, source) VALUES (pg_catalog.convert_to('<export><Avis><numeroseao>5</numeroseao><dateadjudication>2013-01-11</dateadjudication><fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>10</montantcontrat></fournisseur></fournisseurs></Avis></export>', 'UTF8'), 'victim-files'::text);
COPY cag_ovt.seao_files (doc, source) FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\002\000\000\000\020{"releases": []}\377\377\377\377\377\377''' (FORMAT binary);
-- ... which locate the parties and fill the registry of parties
SELECT cag_ovt.load_seao_xml('<export><Avis><numeroseao>4</numeroseao><organisme>Municipalité de Lambton</organisme><codepostal>G0M 9Z9</codepostal><dateadjudication>2013-01-10</dateadjudication><fournisseurs><fournisseur><nomorganisation>C</nomorganisation><ville>Ste-Foy</ville><province>QC</province><adjudicataire>1</adjudicataire><montantcontrat>15</montantcontrat></fournisseur><fournisseur><nomorganisation>C</nomorganisation><province>QC</province><adjudicataire>1</adjudicataire><montantcontrat>16</montantcontrat></fournisseur></fournisseurs></Avis></export>'::text, 'victim-seao'::text);
SELECT cag_ovt.load_ocds('{"releases": [{"ocid": "ocds-ec9k95-5", "id": "1", "date": "2026-01-05T00:00:00-05:00", "buyer": {"id": "B", "name": "Buyer"}, "parties": [{"id": "B", "address": {"locality": "Laval"}}], "awards": [{"id": "A", "date": "2026-01-02", "value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}]}'::jsonb, 'victim-ocds'::text);
SELECT count(*) FROM cag_ovt.known_parties;
SELECT count(*) FROM cag_ovt.purchases p WHERE cag_ovt.purchase_needs_reclassify(p);
SELECT cag_ovt.locate('J0E 1A0'::cag_ovt.postal_code, 'Cowansville'::text, 'QC'::text, 'CAN'::text,
                      '2013-01-01'::date, 'Ville de Granby'::text, 'buyer'::text) IS NOT NULL,
       cag_ovt.locate(NULL, 'Ste-Foy', NULL, NULL) IS NOT NULL,
       cag_ovt.region_of_locality('Chicoutimi'::text, '2013-01-01'::date),
       cag_ovt.municipality_of_locality('Hull'), cag_ovt.locality_keys('St-Hubert'::text),
       cag_ovt.classify_purchase(supplier_city => 'Chomedey', supplier_name => 'C', supplier_neq => '1149222300'),
       cag_ovt.explain_classification(supplier_name => 'Ville de Laval'::text) IS NOT NULL;
BEGIN;
INSERT INTO cag_ovt.known_parties (party, name, region) VALUES ('supplier'::text, 'D'::text, '07'::cag_ovt.qc_region);
INSERT INTO cag_ovt.ldu_communities (postal_code, community, region)
VALUES ('J0T 9Z9'::cag_ovt.postal_code, 'Test'::text, '15'::cag_ovt.qc_region);
DELETE FROM cag_ovt.known_parties WHERE name OPERATOR(pg_catalog.=) 'C'::text;
SELECT cag_ovt.reclassify_purchases();
ROLLBACK;
SELECT count(*) FROM cag_ovt.parse_seao_xml('<export><Avis><numeroseao>3</numeroseao></Avis></export>');
SELECT count(*) FROM cag_ovt.parse_ocds('{"releases": []}'::text) AS t, cag_ovt.parse_ocds('{"releases": []}'::jsonb) AS j,
       cag_ovt.parse_ocds('\x7b2272656c6561736573223a205b5d7d'::bytea) AS b;
SELECT cag_ovt.seao_region('16'), cag_ovt.seao_region('19'::text);
DELETE FROM cag_ovt.purchases WHERE source OPERATOR(pg_catalog.~~) 'victim-%'::text;
DELETE FROM cag_ovt.load_notices WHERE source OPERATOR(pg_catalog.~~) 'victim-%'::text;
DELETE FROM cag_ovt.load_issues WHERE source OPERATOR(pg_catalog.~~) 'victim-%'::text;
-- the indicator tables (their check trigger), the views, the materialized view
INSERT INTO cag_ovt.targets (indicator, fiscal_year, region, target)
VALUES ('eco_share', 2022, 'Estrie', 10), ('meetings_held'::text, 2022::integer, NULL::cag_ovt.qc_region, 4::numeric)
ON CONFLICT ON CONSTRAINT targets_key DO UPDATE SET target = excluded.target;
UPDATE cag_ovt.targets SET target = 44 WHERE indicator OPERATOR(pg_catalog.=) 'quebec_share'::text;
INSERT INTO cag_ovt.positions (region, opened_on, regionalized) VALUES ('Outaouais', '2022-02-01', true);
INSERT INTO cag_ovt.partner_committees (committee_id, name, created_on) VALUES (2, 'National', '2021-01-01');
INSERT INTO cag_ovt.committee_meetings (committee_id, held_on) VALUES (2, '2021-06-01');
UPDATE cag_ovt.partner_committees SET committee_id = 3 WHERE committee_id OPERATOR(pg_catalog.=) 2::bigint;
DELETE FROM cag_ovt.partner_committees WHERE committee_id OPERATOR(pg_catalog.=) 3::bigint;
SELECT count(*) FROM cag_ovt.indicators;
SELECT count(*) FROM cag_ovt.plan_actions;
SELECT count(*) FROM cag_ovt.regional_positions;
SELECT count(*) FROM cag_ovt.partner_committee_status;
SELECT count(*) FROM cag_ovt.purchase_summaries();
SELECT count(*) FROM cag_ovt.quebec_purchase_share;
SELECT count(*) FROM cag_ovt.regional_purchase_share;
SELECT count(*) FROM cag_ovt.eco_purchase_share;
SELECT count(*) FROM cag_ovt.quebec_food_share;
SELECT count(*) FROM cag_ovt.indicator_values;
SELECT count(*) FROM cag_ovt.regional_priority_indicators;
SELECT count(*) FROM cag_ovt.action_plan_report;
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month;
SELECT count(*) FROM cag_ovt.spend_by_month;
SELECT count(*) FROM cag_ovt.spend_by_fiscal_year_region();
-- flag tests by name, the data dictionary, read access
SELECT count(*) FROM cag_ovt.purchases
 WHERE class OPERATOR(cag_ovt.?) 'eco'::text OR class OPERATOR(cag_ovt.?|) '{food}'::text[]
    OR class OPERATOR(cag_ovt.?&) '{quebec,regional}'::text[];
SELECT count(*) FROM cag_ovt.data_dictionary;
SELECT cag_ovt.description_in('a / b'::text, 'en'::text);
CREATE ROLE victim_reader;
SELECT count(*) FROM cag_ovt.grant_read('victim_reader'::regrole);
SELECT count(*) FROM cag_ovt.revoke_read('victim_reader'::regrole);
DROP ROLE victim_reader;
-- the annual report reads every view
SELECT pg_catalog.length(cag_ovt.report_html(2022::integer, 'fr'::text)) OPERATOR(pg_catalog.>) 0,
       pg_catalog.length(cag_ovt.report_html(2021::integer, 'en'::text)) OPERATOR(pg_catalog.>) 0;
DELETE FROM cag_ovt.purchases WHERE source OPERATOR(pg_catalog.=) 'victim'::text;
SELECT cag_ovt.check_extension_schema();
SELECT 'the victim is done';
};
($ret, $out, $err) = psql_as($node, 'postgres', 'app', $victim);
is($ret, 0, 'the superuser ran everything') or diag($err);
like($out, qr/the victim is done/, '... to the end');
is(is_superuser($node, 'dba'), 'f', 'dba did not become superuser');
is($node->safe_psql('app', 'SELECT count(*) FROM public.hijack_log'),
	'0', 'no plant ran for the superuser');
note(safe_as($node, 'postgres', 'app', 'SELECT who, what FROM public.hijack_log'));

# Same with the default search_path, the extension's schema first.
$victim =~ s/SET search_path = public, pg_catalog;/SET search_path = cag_ovt, "\$user", public;/;
($ret, $out, $err) = psql_as($node, 'postgres', 'app', $victim);
is($ret, 0, 'the superuser ran everything again') or diag($err);
is(is_superuser($node, 'dba'), 'f', 'dba did not become superuser (search_path cag_ovt, public)');
is($node->safe_psql('app', 'SELECT count(*) FROM public.hijack_log'),
	'0', 'no plant ran for the superuser (search_path cag_ovt, public)');

# A superuser restores a dump of the attacker's database: the data of the
# reference tables, of deleted_reference_keys and of the purchases fire the
# triggers.  (The superuser who restores runs CREATE EXTENSION, so becomes
# the extension's owner: the privileges dba granted on the extension's
# tables would fail to restore, dba no longer holding them; dba takes them
# back first.)
safe_as($node, 'dba', 'app', q{
REVOKE ALL ON cag_ovt.municipalities, cag_ovt.deleted_reference_keys, cag_ovt.purchases,
    cag_ovt.positions FROM analyst;
REVOKE ALL ON SEQUENCE cag_ovt.purchases_purchase_id_seq FROM analyst;
});
my $tmp = PostgreSQL::Test::Utils::tempdir;
$node->command_ok([ 'pg_dump', '-Fc', '-f', "$tmp/app.dump", '-d', $node->connstr('app') ],
	'the superuser dumps the attacker\'s database');
$node->safe_psql('postgres', 'CREATE DATABASE restored OWNER dba');
$node->command_ok(
	[ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), "$tmp/app.dump" ],
	'and restores it');
is(is_superuser($node, 'dba'), 'f', 'dba did not become superuser through the restore');
is($node->safe_psql('restored', 'SELECT count(*) FROM public.hijack_log'),
	'0', 'no plant ran during the restore');
is( $node->safe_psql('restored', "SELECT cag_ovt.region_of_municipality('46005', '2021-01-01')"),
	'Montérégie', 'the restored database works');

# ---------------------------------------------------------------------
# Plants before CREATE EXTENSION
# ---------------------------------------------------------------------

# In a schema cag_ovt that the attacker created: the install script would
# call manage_reference_table('cag_ovt.regions'), which an overload taking
# text captures.  The script refuses to run.
safe_as($node, 'dba', 'app_preplanted',
	$payload . q{
CREATE SCHEMA cag_ovt;
CREATE FUNCTION cag_ovt.manage_reference_table(tbl text) RETURNS void
    LANGUAGE plpgsql AS $$BEGIN PERFORM public.pwn('manage_reference_table(text)'); END$$;
CREATE FUNCTION cag_ovt.region_name(r anyelement, lang text) RETURNS text
    LANGUAGE plpgsql AS $$BEGIN PERFORM public.pwn('region_name(anyelement, text)'); RETURN NULL; END$$;
});
($ret, $out, $err) = psql_as($node, 'dba', 'app_preplanted', 'CREATE EXTENSION cag_ovt');
isnt($ret, 0, 'CREATE EXTENSION refuses a schema with objects in it');
like($err, qr/schema cag_ovt holds objects that do not belong to extension cag_ovt/,
	'... and says why');
like($err, qr/function cag_ovt\.manage_reference_table\(text\)/, '... naming them');
is(is_superuser($node, 'dba'), 'f', 'dba did not become superuser');
is($node->safe_psql('app_preplanted', 'SELECT count(*) FROM public.hijack_log'),
	'0', 'no plant ran');
# Once the schema is empty, the extension installs into it.
safe_as($node, 'dba', 'app_preplanted',
	'DROP FUNCTION cag_ovt.manage_reference_table(text), cag_ovt.region_name(anyelement, text); '
	  . 'CREATE EXTENSION cag_ovt; SELECT cag_ovt.check_extension_schema()');
is( $node->safe_psql('app_preplanted',
		"SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'cag_ovt'"),
	'postgres',
	'an empty schema of the database owner is used, and given to the superuser');
# The extension owner drops and creates the extension again: the empty
# schema stays (it is not a member of the extension), and is reused.
safe_as($node, 'dba', 'app_preplanted',
	'DROP EXTENSION cag_ovt; CREATE EXTENSION cag_ovt; SELECT cag_ovt.check_extension_schema()');
pass('the extension owner drops and creates the extension again');

# In public and in the attacker's temporary schema, in the session that runs
# CREATE EXTENSION with public first in its search_path: PostgreSQL sets the
# script's search_path to cag_ovt, pg_temp (pg_catalog first, implicitly),
# and never looks in pg_temp for functions and operators.  Besides the
# copies of pg_catalog, public gets overloads, taking text or oid, of every
# name the install script calls that pg_catalog does not have.
my $preinstall = qq{
DO \$gen\$
DECLARE
    name text;
    args text;
BEGIN
    FOREACH name IN ARRAY '{$namelist}'::text[]
    LOOP
        CONTINUE WHEN EXISTS (SELECT FROM pg_catalog.pg_proc p
                              WHERE p.proname = name AND p.pronamespace = 'pg_catalog'::regnamespace);
        FOREACH args IN ARRAY ARRAY['text', 'text, text', 'text, text, text', 'oid, text', 'oid']
        LOOP
            EXECUTE format('CREATE FUNCTION public.%I(%s) RETURNS text LANGUAGE plpgsql AS %L',
                           name, args,
                           format('BEGIN PERFORM public.pwn(%L); RETURN NULL; END',
                                  format('function public.%s(%s)', name, args)));
        END LOOP;
    END LOOP;
END
\$gen\$;
};
safe_as($node, 'dba', 'app_temp',
	$payload . $shadows . $preinstall . q{
SET search_path = public, pg_catalog;
CREATE FUNCTION pg_temp.manage_reference_table(tbl text) RETURNS void
    LANGUAGE plpgsql AS $$BEGIN PERFORM public.pwn('pg_temp.manage_reference_table(text)'); END$$;
CREATE FUNCTION pg_temp.jsonb_build_object(text, text) RETURNS jsonb
    LANGUAGE plpgsql AS $$BEGIN PERFORM public.pwn('pg_temp.jsonb_build_object'); RETURN NULL; END$$;
CREATE DOMAIN pg_temp.text AS pg_catalog.text CHECK (public.pwn('domain pg_temp.text'));
CREATE DOMAIN pg_temp.regclass AS pg_catalog.regclass CHECK (public.pwn('domain pg_temp.regclass'));
CREATE TABLE pg_temp.regions (region text);
CREATE EXTENSION cag_ovt;
SELECT cag_ovt.check_extension_schema();
});
is(is_superuser($node, 'dba'), 'f', 'plants before CREATE EXTENSION: dba did not become superuser');
is($node->safe_psql('app_temp', 'SELECT count(*) FROM public.hijack_log'),
	'0', 'plants before CREATE EXTENSION: none ran');
ok( $node->safe_psql('app_temp',
		"SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname = 'manage_reference_table'") > 0,
	'... among them public.manage_reference_table(text)');
is( $node->safe_psql(
		'app_temp',
		q{SELECT count(*) FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
		  WHERE a.attrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'cag_ovt'::regnamespace)
		    AND t.typnamespace NOT IN ('pg_catalog'::regnamespace, 'cag_ovt'::regnamespace)}),
	'0',
	'no column of the extension took a temporary type');

# ---------------------------------------------------------------------
# Updating from 1.0, which left the schema to the role that created the
# extension: the update refuses to run while that role's objects are in
# it, or while it is renamed, and takes it back otherwise.
# ---------------------------------------------------------------------
$node->safe_psql('postgres',
	'CREATE DATABASE app_v10 OWNER dba; CREATE DATABASE app_v10_renamed OWNER dba');
safe_as($node, 'dba', 'app_v10', $payload . q{
CREATE EXTENSION cag_ovt VERSION '1.0';
CREATE FUNCTION cag_ovt.fiscal_year(d text) RETURNS integer
    LANGUAGE plpgsql AS $$BEGIN PERFORM public.pwn('fiscal_year(text)'); RETURN 0; END$$;
CREATE FUNCTION cag_ovt.reference_key_sql(tbl oid, rowref text, OUT match_sql text, OUT key_sql text)
    LANGUAGE plpgsql AS $$BEGIN PERFORM public.pwn('reference_key_sql(oid, text)'); END$$;
});
is( $node->safe_psql('app_v10',
		"SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'cag_ovt'"),
	'dba', '1.0 left the schema to the database owner');
($ret, $out, $err) = psql_as($node, 'dba', 'app_v10', 'ALTER EXTENSION cag_ovt UPDATE');
like($err, qr/schema cag_ovt holds objects that do not belong to extension cag_ovt/,
	'the update refuses a schema with objects of the database owner');
like($err, qr/function cag_ovt\.fiscal_year\(text\)/, '... naming them');
safe_as($node, 'dba', 'app_v10',
	'DROP FUNCTION cag_ovt.fiscal_year(text), cag_ovt.reference_key_sql(oid, text); ALTER EXTENSION cag_ovt UPDATE');
is( $node->safe_psql('app_v10',
		"SELECT extversion || ' ' || pg_get_userbyid(n.nspowner) FROM pg_extension e "
		  . "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE extname = 'cag_ovt'"),
	'1.2 postgres', 'once they are gone, the update (1.0 -> 1.1 -> 1.2) runs and gives the schema to the superuser');
($ret, $out, $err) = psql_as($node, 'dba', 'app_v10',
	'CREATE FUNCTION cag_ovt.f() RETURNS int LANGUAGE sql AS $$SELECT 1$$');
like($err, qr/permission denied for schema cag_ovt/, 'after the update dba cannot add objects to it');

safe_as($node, 'dba', 'app_v10_renamed', $payload . q{
CREATE EXTENSION cag_ovt VERSION '1.0';
ALTER SCHEMA cag_ovt RENAME TO cag_old;
CREATE SCHEMA cag_ovt;
});
($ret, $out, $err) = psql_as($node, 'dba', 'app_v10_renamed', 'ALTER EXTENSION cag_ovt UPDATE');
like($err, qr/the schema of extension cag_ovt is named cag_old, not cag_ovt/,
	'the update refuses an extension whose schema was renamed');
is($node->safe_psql('app_v10_renamed', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.0', '... and changes nothing');
is(is_superuser($node, 'dba'), 'f', 'updates: dba did not become superuser');
is( $node->safe_psql('app_v10', 'SELECT count(*) FROM public.hijack_log') . ' '
	  . $node->safe_psql('app_v10_renamed', 'SELECT count(*) FROM public.hijack_log'),
	'0 0', 'updates: no plant ran');

# ---------------------------------------------------------------------
# Privileges on the schema.  A database owner who makes schema cag_ovt
# before CREATE EXTENSION, or who owned it under 1.0, may grant CREATE on
# it to everyone; 1.1 kept that grant, and anyone could then plant an
# overload that a function of the extension called as the superuser who ran
# it: the escalation reported against 1.1 was an overload
# classify_purchase(cag_ovt.purchases), which reclassify_purchases (a string
# body, parsed at each call) preferred to the extension's
# classify_purchase(record).  Install and update now take CREATE back, and
# reclassify_purchases is bound to its callee when created.
# ---------------------------------------------------------------------
$node->safe_psql('postgres',
	'CREATE DATABASE app_granted OWNER dba; CREATE DATABASE app_v10_granted OWNER dba; '
	  . 'CREATE DATABASE app_v11_granted OWNER dba');
# the plant of the report, run as dba (or as any role, CREATE being PUBLIC's)
my $plant_classify = q{
CREATE FUNCTION cag_ovt.classify_purchase(p cag_ovt.purchases) RETURNS cag_ovt.purchase_class
LANGUAGE plpgsql AS $$ BEGIN
  IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
  THEN EXECUTE 'ALTER ROLE dba SUPERUSER'; END IF; RETURN '{}'; END $$;
};
my $insert_purchase =
  q{INSERT INTO cag_ovt.purchases (purchased_on, amount) VALUES ('2021-05-01', 10);};
my $schema_acl = q{SELECT nspacl::text FROM pg_namespace WHERE nspname = 'cag_ovt'};

# A fresh install into a schema prepared with CREATE for everyone.
safe_as($node, 'dba', 'app_granted',
	'CREATE SCHEMA cag_ovt; GRANT CREATE ON SCHEMA cag_ovt TO PUBLIC;');
($ret, $out, $err) = psql_as($node, 'dba', 'app_granted', 'CREATE EXTENSION cag_ovt');
is($ret, 0, 'the extension installs into a schema prepared with CREATE for PUBLIC');
like($err, qr/WARNING:  revoked CREATE on schema cag_ovt from PUBLIC/, '... saying it revokes CREATE from PUBLIC');
is($node->safe_psql('app_granted', $schema_acl),
	'{postgres=UC/postgres,=U/postgres}', '... and leaves the schema with USAGE for PUBLIC only');
foreach my $role ('dba', 'outsider')
{
	($ret, $out, $err) = psql_as($node, $role, 'app_granted', $plant_classify);
	like($err, qr/permission denied for schema cag_ovt/, "$role cannot plant classify_purchase(purchases)");
}
safe_as($node, 'dba', 'app_granted', $insert_purchase);
$node->safe_psql('app_granted', 'SELECT cag_ovt.reclassify_purchases()');
is(is_superuser($node, 'dba'), 'f', 'fresh install into a granted schema: dba stays a plain role');
# were the plant there (only a superuser can put it there now),
# reclassify_purchases would still not call it: it is bound when created.
$node->safe_psql('app_granted', q{
CREATE TABLE public.plant_calls (n int);
GRANT INSERT ON public.plant_calls TO PUBLIC;
CREATE FUNCTION cag_ovt.classify_purchase(p cag_ovt.purchases) RETURNS cag_ovt.purchase_class
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.plant_calls VALUES (1); RETURN '{}'; END $$;
});
is( $node->safe_psql(
		'app_granted',
		'SELECT cag_ovt.reclassify_purchases(); SELECT count(*) FROM public.plant_calls; '
		  . 'SELECT cag_ovt.classify_purchase(p) IS NOT NULL FROM cag_ovt.purchases p'),
	"0\n0\nt",
	'reclassify_purchases does not call an overload created after it (a direct call would)');
is($node->safe_psql('app_granted', 'SELECT count(*) FROM public.plant_calls'),
	'1', '... the positive control: the direct call ran the overload');
($ret, $out, $err) = psql_as($node, 'dba', 'app_granted', 'SELECT cag_ovt.check_extension_schema()');
like($err, qr/function cag_ovt\.classify_purchase\(cag_ovt\.purchases\)/,
	'check_extension_schema names the foreign function');
$node->safe_psql('app_granted',
	'DROP FUNCTION cag_ovt.classify_purchase(cag_ovt.purchases); GRANT CREATE ON SCHEMA cag_ovt TO outsider');
($ret, $out, $err) = psql_as($node, 'dba', 'app_granted', 'SELECT cag_ovt.check_extension_schema()');
like($err, qr/schema cag_ovt lets roles other than its owner create objects in it/,
	'check_extension_schema refuses a schema where another role may create objects');
like($err, qr/REVOKE CREATE ON SCHEMA cag_ovt FROM outsider;/, '... and says what to revoke');
$node->safe_psql('app_granted', 'REVOKE CREATE ON SCHEMA cag_ovt FROM outsider');

# An update from 1.0 after the database owner, which 1.0 left the schema
# to, granted CREATE on it to everyone.
safe_as($node, 'dba', 'app_v10_granted',
	"CREATE EXTENSION cag_ovt VERSION '1.0'; GRANT CREATE ON SCHEMA cag_ovt TO PUBLIC; $insert_purchase");
($ret, $out, $err) = psql_as($node, 'dba', 'app_v10_granted', 'ALTER EXTENSION cag_ovt UPDATE');
is($ret, 0, 'the update from 1.0 runs after a GRANT CREATE to PUBLIC');
like($err, qr/WARNING:  revoked CREATE on schema cag_ovt from PUBLIC/, '... saying it revokes CREATE from PUBLIC');
is( $node->safe_psql('app_v10_granted', $schema_acl),
	'{postgres=UC/postgres,=U/postgres}',
	'... and leaves the schema to the superuser with USAGE for PUBLIC only');
($ret, $out, $err) = psql_as($node, 'outsider', 'app_v10_granted', $plant_classify);
like($err, qr/permission denied for schema cag_ovt/, 'after the update nobody else can plant');
$node->safe_psql('app_v10_granted', 'SELECT cag_ovt.reclassify_purchases()');
is(is_superuser($node, 'dba'), 'f', 'update from 1.0 after a grant: dba stays a plain role');

# A 1.1 database installed into a schema prepared with CREATE for everyone,
# and planted: the update refuses the plant, then takes CREATE back.
safe_as($node, 'dba', 'app_v11_granted',
	"CREATE SCHEMA cag_ovt; GRANT CREATE ON SCHEMA cag_ovt TO PUBLIC; CREATE EXTENSION cag_ovt VERSION '1.1'; "
	  . $insert_purchase);
is($node->safe_psql('app_v11_granted', $schema_acl),
	'{postgres=UC/postgres,=UC/postgres}', '1.1 kept CREATE for PUBLIC on a prepared schema');
safe_as($node, 'outsider', 'app_v11_granted', $plant_classify);
($ret, $out, $err) = psql_as($node, 'dba', 'app_v11_granted', 'ALTER EXTENSION cag_ovt UPDATE');
like($err, qr/schema cag_ovt holds objects that do not belong to extension cag_ovt/,
	'the update from 1.1 refuses a planted schema');
safe_as($node, 'outsider', 'app_v11_granted', 'DROP FUNCTION cag_ovt.classify_purchase(cag_ovt.purchases)');
($ret, $out, $err) = psql_as($node, 'dba', 'app_v11_granted', 'ALTER EXTENSION cag_ovt UPDATE');
like($err, qr/WARNING:  revoked CREATE on schema cag_ovt from PUBLIC/,
	'once the plant is gone, the update runs and revokes CREATE from PUBLIC');
is($node->safe_psql('app_v11_granted', $schema_acl),
	'{postgres=UC/postgres,=U/postgres}', '... leaving USAGE for PUBLIC only');
$node->safe_psql('app_v11_granted', 'SELECT cag_ovt.reclassify_purchases()');
is(is_superuser($node, 'dba'), 'f', 'update from 1.1: dba stays a plain role');

$node->stop;

# ---------------------------------------------------------------------
# trusted = false: a second installation
# ---------------------------------------------------------------------

# A copy of this PostgreSQL that differs by its cag_ovt.control.  The server
# and initdb find the share and library directories relative to their own
# location, so the copy mirrors the directory layout under a new root: the
# binaries that look for them are copied, everything else is linked.
sub untrusted_installation
{
	my ($root) = @_;
	my %dir;
	foreach my $what (qw(bindir sharedir pkglibdir))
	{
		$dir{$what} = `pg_config --$what`;
		chomp $dir{$what};
	}
	make_path("$root$dir{bindir}", "$root$dir{sharedir}/extension", dirname("$root$dir{pkglibdir}"));
	symlink($dir{pkglibdir}, "$root$dir{pkglibdir}") or die "symlink: $!";

	opendir(my $dh, $dir{bindir}) or die $!;
	foreach my $f (grep { !/^\.\.?$/ } readdir $dh)
	{
		if ($f =~ /^(postgres|initdb|pg_ctl)$/)
		{
			copy("$dir{bindir}/$f", "$root$dir{bindir}/$f") or die "copy $f: $!";
			chmod 0755, "$root$dir{bindir}/$f";
		}
		else
		{
			symlink("$dir{bindir}/$f", "$root$dir{bindir}/$f") or die "symlink $f: $!";
		}
	}
	closedir $dh;

	opendir($dh, $dir{sharedir}) or die $!;
	foreach my $f (grep { !/^\.\.?$/ && $_ ne 'extension' } readdir $dh)
	{
		symlink("$dir{sharedir}/$f", "$root$dir{sharedir}/$f") or die "symlink $f: $!";
	}
	closedir $dh;

	opendir($dh, "$dir{sharedir}/extension") or die $!;
	foreach my $f (grep { !/^\.\.?$/ && $_ ne 'cag_ovt.control' } readdir $dh)
	{
		symlink("$dir{sharedir}/extension/$f", "$root$dir{sharedir}/extension/$f")
		  or die "symlink $f: $!";
	}
	closedir $dh;

	open(my $in, '<', "$dir{sharedir}/extension/cag_ovt.control") or die $!;
	my $control = do { local $/; <$in> };
	close $in;
	$control =~ s/^trusted\s*=.*$/trusted = false/m
	  or die "no trusted line in cag_ovt.control";
	open(my $out, '>', "$root$dir{sharedir}/extension/cag_ovt.control") or die $!;
	print $out $control;
	close $out;

	return dirname("$root$dir{bindir}");
}

my $install = untrusted_installation(PostgreSQL::Test::Utils::tempdir);
my $untrusted = PostgreSQL::Test::Cluster->new('untrusted', install_path => $install);
$untrusted->init;
$untrusted->start;
$untrusted->safe_psql('postgres', 'CREATE ROLE dba LOGIN; CREATE DATABASE app OWNER dba');
is( $untrusted->safe_psql(
		'postgres',
		"SELECT trusted FROM pg_available_extension_versions v JOIN pg_available_extensions e USING (name) "
		  . "WHERE name = 'cag_ovt' AND v.version = e.default_version"),
	'f',
	'the second installation says trusted = false');
($ret, $out, $err) = psql_as($untrusted, 'dba', 'app', 'CREATE EXTENSION cag_ovt');
isnt($ret, 0, 'trusted = false: the database owner cannot create the extension');
like($err, qr/permission denied to create extension "cag_ovt"/, '... permission denied');
like($err, qr/Must be superuser to create this extension/, '... only a superuser may');
$untrusted->safe_psql('app', 'CREATE EXTENSION cag_ovt');
is( $untrusted->safe_psql(
		'app',
		"SELECT pg_get_userbyid(extowner) || ' ' || cag_ovt.region_of_municipality('46005', '2021-01-01') FROM pg_extension WHERE extname = 'cag_ovt'"),
	'postgres Montérégie',
	'trusted = false: a superuser creates it');
$untrusted->stop;

done_testing();

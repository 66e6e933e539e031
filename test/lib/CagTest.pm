# Helpers shared by the TAP tests of cag_ovt (test/t/*.pl): what the
# extension holds in a database, as digests that two databases can be
# compared with.
#
#   use lib 'test/lib';            # prove -I test/lib does it
#   use CagTest;
#   my %before = CagTest::snapshot($node, 'src', @as_dba);
#   my %after = CagTest::snapshot($node, 'dst', @as_dba);
#   CagTest::compare_snapshots(\%before, \%after, 'after the restore');
package CagTest;

use strict;
use warnings;
use Test::More;
use PostgreSQL::Test::Cluster;

# A cluster, initialized but not started, that also listens on 127.0.0.1
# and asks for a password there (scram-sha-256), as a server does for BI
# tools; the socket trusts, for the test's own connections.
sub tcp_node
{
	my ($name) = @_;
	my $node = PostgreSQL::Test::Cluster->new($name);
	$node->init;
	$node->append_conf('postgresql.conf', "listen_addresses = '127.0.0.1'\n");
	open(my $hba, '>', $node->data_dir . '/pg_hba.conf') or die "pg_hba.conf: $!";
	print $hba "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n";
	close($hba);
	return $node;
}

# count and md5 of the rows of a relation (or of any FROM item), in the
# order of their text form.
sub relation_digest
{
	my ($node, $db, $relation, @opts) = @_;
	return $node->safe_psql($db,
		"SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
		  . "FROM $relation AS t",
		@opts);
}

# The relations of the extension: name => relkind (r table, S sequence,
# v view, m materialized view), names qualified.
sub extension_relations
{
	my ($node, $db, @opts) = @_;
	my $list = $node->safe_psql(
		$db, q{
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname), c.relkind
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
JOIN pg_catalog.pg_class c ON c.oid = d.objid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  AND d.deptype = 'e' AND e.extname = 'cag_ovt'
  AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
ORDER BY 1}, @opts);
	return map { split /\|/ } split /\n/, $list;
}

# Digest of every relation of the extension -- tables, sequences (their
# position: last_value and is_called), views, materialized views -- and of
# the extra relations named.  With matviews => 0, the materialized views
# and every view that reads one are left out (they cannot be read while
# unpopulated).  With timestamps => 0, the timestamptz columns of the
# extension's tables (when a row was deleted or loaded) are left out, to
# compare two databases loaded with the same data at different times.
sub snapshot
{
	my ($node, $db, %args) = @_;
	my @opts = @{ $args{opts} // [] };
	my %rels = extension_relations($node, $db, @opts);
	my %skip;
	if (defined $args{matviews} && !$args{matviews})
	{
		my $readers = $node->safe_psql(
			$db, q{
WITH RECURSIVE r(oid) AS (
    SELECT c.oid FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'm' AND n.nspname = 'cag_ovt'
    UNION
    SELECT w.ev_class FROM pg_catalog.pg_rewrite w
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                               AND d.objid = w.oid
                               AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
    JOIN r ON r.oid = d.refobjid
    WHERE w.ev_class <> d.refobjid)
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname)
FROM r JOIN pg_catalog.pg_class c ON c.oid = r.oid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace}, @opts);
		%skip = map { $_ => 1 } split /\n/, $readers;
	}
	my %digest;
	foreach my $rel (sort keys %rels)
	{
		next if $skip{$rel};
		if ($rels{$rel} eq 'S')
		{
			$digest{$rel} = $node->safe_psql($db,
				"SELECT last_value || ' ' || is_called FROM $rel", @opts);
		}
		elsif ($rels{$rel} eq 'r' && defined $args{timestamps} && !$args{timestamps})
		{
			my $columns = $node->safe_psql(
				$db, qq{
SELECT pg_catalog.string_agg(pg_catalog.quote_ident(attname), ', ' ORDER BY attnum)
FROM pg_catalog.pg_attribute
WHERE attrelid = '$rel'::pg_catalog.regclass AND attnum > 0 AND NOT attisdropped
  AND atttypid <> 'pg_catalog.timestamptz'::pg_catalog.regtype}, @opts);
			$digest{$rel} = relation_digest($node, $db, "(SELECT $columns FROM $rel)", @opts);
		}
		else
		{
			$digest{$rel} = relation_digest($node, $db, $rel, @opts);
		}
	}
	foreach my $rel (@{ $args{extra} // [] })
	{
		$digest{$rel} = relation_digest($node, $db, $rel, @opts);
	}
	return %digest;
}

# One test per relation of the expected snapshot, and one for the list.
sub compare_snapshots
{
	my ($expected, $got, $how) = @_;
	is_deeply([ sort keys %$got ], [ sort keys %$expected ], "same relations $how");
	foreach my $rel (sort keys %$expected)
	{
		is($got->{$rel}, $expected->{$rel}, "$rel identical $how");
	}
	return;
}

# count and md5 of the rows a query returns, in the order it returns them
# (a view's ORDER BY is compared too).
sub rows_digest
{
	my ($node, $db, $query, @opts) = @_;
	return $node->safe_psql($db,
		"SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|'), '')) FROM ($query) AS t",
		@opts);
}

# The names of the relations whose rows differ.
sub differing
{
	my ($expected, $got) = @_;
	return grep { ($got->{$_} // '') ne $expected->{$_} } sort keys %$expected;
}

# The catalog of the extension, one line per fact, sorted: every member
# (pg_describe_object), the definition of every function (volatility,
# parallel safety, strictness, SET options, body or C symbol), aggregate,
# type, operator, operator class and family (with their members), cast;
# the columns (types, defaults, NOT NULL, identity, generated), constraints,
# indexes, triggers, options, owners and privileges of the relations; view
# definitions; sequences; the statistics objects on them (not members in
# PostgreSQL 15); the schema; the comments of all of them
# and of their columns; initial privileges; the configuration tables and
# their filters.  Two databases with the same extension and version give
# the same lines whatever their history (OIDs and the order of creation do
# not appear).
my $catalog_sql = q{
WITH ext AS (SELECT e.oid, e.extconfig, e.extcondition FROM pg_catalog.pg_extension e
             WHERE e.extname = 'cag_ovt'),
m AS (SELECT d.classid, d.objid FROM pg_catalog.pg_depend d, ext
      WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
        AND d.refobjid = ext.oid AND d.deptype = 'e'),
rel AS (SELECT c.* FROM pg_catalog.pg_class c JOIN m ON m.objid = c.oid
        WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass),
fn AS (SELECT p.* FROM pg_catalog.pg_proc p JOIN m ON m.objid = p.oid
       WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass),
-- objects that belong to members: indexes, constraints, triggers, rules
sub AS (
    SELECT classid, objid FROM m
    UNION SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, i.indexrelid
          FROM pg_catalog.pg_index i JOIN rel ON rel.oid = i.indrelid
    UNION SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid
          FROM pg_catalog.pg_constraint k
          WHERE k.conrelid IN (SELECT oid FROM rel)
             OR k.contypid IN (SELECT objid FROM m WHERE classid = 'pg_catalog.pg_type'::pg_catalog.regclass)
    UNION SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid
          FROM pg_catalog.pg_trigger t JOIN rel ON rel.oid = t.tgrelid WHERE NOT t.tgisinternal
    UNION SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, w.oid
          FROM pg_catalog.pg_rewrite w JOIN rel ON rel.oid = w.ev_class
    UNION SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, x.oid
          FROM pg_catalog.pg_statistic_ext x JOIN rel ON rel.oid = x.stxrelid
    UNION SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass, n.oid
          FROM pg_catalog.pg_namespace n WHERE n.nspname = 'cag_ovt')
SELECT line FROM (
    SELECT 'member ' || pg_catalog.pg_describe_object(m.classid, m.objid, 0) AS line FROM m
    UNION ALL
    SELECT 'function ' || f.oid::pg_catalog.regprocedure || ' kind=' || f.prokind::text
           || ' volatile=' || f.provolatile::text || ' parallel=' || f.proparallel::text
           || ' strict=' || f.proisstrict || ' secdef=' || f.prosecdef
           || ' leakproof=' || f.proleakproof || ' cost=' || f.procost || ' rows=' || f.prorows
           || ' owner=' || pg_catalog.pg_get_userbyid(f.proowner)
           || ' acl=' || coalesce(f.proacl::text, '-')
           || CASE WHEN f.prokind <> 'a' THEN E'\n' || pg_catalog.pg_get_functiondef(f.oid) ELSE '' END
    FROM fn f
    UNION ALL
    SELECT 'aggregate ' || a.aggfnoid::pg_catalog.regprocedure
           || pg_catalog.concat_ws(' ', a.aggkind, a.aggnumdirectargs, a.aggtransfn, a.aggfinalfn,
                                   a.aggcombinefn, a.aggserialfn, a.aggdeserialfn, a.aggmtransfn,
                                   a.aggminvtransfn, a.aggmfinalfn, a.aggfinalextra, a.aggmfinalextra,
                                   a.aggfinalmodify, a.aggmfinalmodify,
                                   a.aggsortop::pg_catalog.regoperator,
                                   a.aggtranstype::pg_catalog.regtype, a.aggtransspace,
                                   a.aggmtranstype::pg_catalog.regtype, a.aggmtransspace,
                                   coalesce(a.agginitval, '-'), coalesce(a.aggminitval, '-'))
    FROM pg_catalog.pg_aggregate a JOIN fn f ON f.oid = a.aggfnoid
    UNION ALL
    SELECT 'type ' || pg_catalog.format_type(t.oid, NULL) || ' '
           || pg_catalog.concat_ws(' ', t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage,
                                   t.typcategory, t.typispreferred, t.typdelim, t.typinput, t.typoutput,
                                   t.typreceive, t.typsend, t.typmodin, t.typmodout, t.typanalyze,
                                   t.typsubscript, t.typelem::pg_catalog.regtype,
                                   t.typbasetype::pg_catalog.regtype, t.typnotnull, t.typcollation,
                                   coalesce(t.typdefault, '-'), pg_catalog.pg_get_userbyid(t.typowner),
                                   coalesce(t.typacl::text, '-'))
    FROM pg_catalog.pg_type t JOIN m ON m.objid = t.oid
    WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
    UNION ALL
    SELECT 'operator ' || o.oid::pg_catalog.regoperator || ' '
           || pg_catalog.concat_ws(' ', o.oprkind, o.oprcanmerge, o.oprcanhash,
                                   o.oprresult::pg_catalog.regtype, o.oprcode, o.oprrest, o.oprjoin,
                                   o.oprcom::pg_catalog.regoperator, o.oprnegate::pg_catalog.regoperator)
    FROM pg_catalog.pg_operator o JOIN m ON m.objid = o.oid
    WHERE m.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
    UNION ALL
    SELECT 'opclass ' || pg_catalog.pg_describe_object('pg_catalog.pg_opclass'::pg_catalog.regclass, c.oid, 0)
           || ' ' || pg_catalog.concat_ws(' ', c.opcintype::pg_catalog.regtype, c.opcdefault,
                                          c.opckeytype::pg_catalog.regtype,
                                          pg_catalog.pg_describe_object('pg_catalog.pg_opfamily'::pg_catalog.regclass, c.opcfamily, 0))
    FROM pg_catalog.pg_opclass c JOIN m ON m.objid = c.oid
    WHERE m.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
    UNION ALL
    SELECT 'amop ' || pg_catalog.pg_describe_object('pg_catalog.pg_amop'::pg_catalog.regclass, a.oid, 0)
           || ' ' || a.amoppurpose::text || ' ' || a.amopsortfamily
    FROM pg_catalog.pg_amop a JOIN m ON m.objid = a.amopfamily
    WHERE m.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
    UNION ALL
    SELECT 'amproc ' || pg_catalog.pg_describe_object('pg_catalog.pg_amproc'::pg_catalog.regclass, a.oid, 0)
    FROM pg_catalog.pg_amproc a JOIN m ON m.objid = a.amprocfamily
    WHERE m.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
    UNION ALL
    SELECT 'cast ' || pg_catalog.concat_ws(' ', c.castsource::pg_catalog.regtype, c.casttarget::pg_catalog.regtype,
                                           c.castfunc::pg_catalog.regprocedure, c.castcontext, c.castmethod)
    FROM pg_catalog.pg_cast c JOIN m ON m.objid = c.oid
    WHERE m.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass
    UNION ALL
    SELECT 'relation ' || c.oid::pg_catalog.regclass || ' '
           || pg_catalog.concat_ws(' ', c.relkind, c.relpersistence, c.relreplident,
                                   coalesce(c.reloptions::text, '-'), pg_catalog.pg_get_userbyid(c.relowner),
                                   coalesce(c.relacl::text, '-'), c.relrowsecurity, c.relforcerowsecurity)
    FROM rel c
    UNION ALL
    SELECT 'column ' || c.oid::pg_catalog.regclass || '.' || a.attname || ' '
           || pg_catalog.concat_ws(' ', a.attnum, pg_catalog.format_type(a.atttypid, a.atttypmod),
                                   a.attnotnull, a.attidentity, a.attgenerated, a.attcollation,
                                   coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '-'),
                                   coalesce(a.attacl::text, '-'))
    FROM rel c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    UNION ALL
    SELECT 'constraint ' || coalesce(k.conrelid::pg_catalog.regclass::text, pg_catalog.format_type(k.contypid, NULL))
           || ' ' || k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid)
    FROM pg_catalog.pg_constraint k
    JOIN sub ON sub.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND sub.objid = k.oid
    UNION ALL
    SELECT 'index ' || pg_catalog.pg_get_indexdef(i.indexrelid)
    FROM pg_catalog.pg_index i JOIN rel ON rel.oid = i.indrelid
    UNION ALL
    SELECT 'trigger ' || pg_catalog.pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
    FROM pg_catalog.pg_trigger t JOIN rel ON rel.oid = t.tgrelid WHERE NOT t.tgisinternal
    UNION ALL
    SELECT 'view ' || c.oid::pg_catalog.regclass || E'\n' || pg_catalog.pg_get_viewdef(c.oid, true)
    FROM rel c WHERE c.relkind IN ('v', 'm')
    UNION ALL
    SELECT 'sequence ' || s.seqrelid::pg_catalog.regclass || ' '
           || pg_catalog.concat_ws(' ', s.seqtypid::pg_catalog.regtype, s.seqstart, s.seqincrement,
                                   s.seqmax, s.seqmin, s.seqcache, s.seqcycle)
    FROM pg_catalog.pg_sequence s JOIN rel ON rel.oid = s.seqrelid
    UNION ALL
    SELECT 'statistics ' || pg_catalog.pg_get_statisticsobjdef(x.oid)
    FROM pg_catalog.pg_statistic_ext x JOIN rel ON rel.oid = x.stxrelid
    UNION ALL
    SELECT 'schema ' || n.nspname || ' ' || pg_catalog.pg_get_userbyid(n.nspowner) || ' '
           || coalesce(n.nspacl::text, '-')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = 'cag_ovt'
    UNION ALL
    SELECT 'comment ' || pg_catalog.pg_describe_object(d.classoid, d.objoid, d.objsubid) || ': ' || d.description
    FROM pg_catalog.pg_description d JOIN sub ON sub.classid = d.classoid AND sub.objid = d.objoid
    UNION ALL
    SELECT 'initprivs ' || pg_catalog.pg_describe_object(i.classoid, i.objoid, i.objsubid) || ' '
           || i.privtype::text || ' ' || i.initprivs::text
    FROM pg_catalog.pg_init_privs i JOIN sub ON sub.classid = i.classoid AND sub.objid = i.objoid
    UNION ALL
    SELECT 'config ' || x.tbl::pg_catalog.regclass || ' ' || coalesce(ext.extcondition[x.n], '-')
    FROM ext CROSS JOIN LATERAL pg_catalog.unnest(ext.extconfig) WITH ORDINALITY AS x(tbl, n)
) AS lines
ORDER BY line COLLATE "C"};

sub catalog
{
	my ($node, $db, @opts) = @_;
	my $out = $node->safe_psql($db, "SELECT pg_catalog.string_agg(line, E'\\n\\x1e\\n') FROM ($catalog_sql) AS c",
		@opts);
	return sort { $a cmp $b } split /\n\x1e\n/, $out;
}

# One test: the catalogs of two databases are the same; the lines that
# differ are shown.
sub compare_catalogs
{
	my ($expected, $got, $how) = @_;
	my %e = map { $_ => 1 } @$expected;
	my %g = map { $_ => 1 } @$got;
	my @missing = grep { !$g{$_} } @$expected;
	my @extra = grep { !$e{$_} } @$got;
	my $ok = ok(!@missing && !@extra && @$expected == @$got, "same catalog $how");
	diag("missing: $_") foreach @missing;
	diag("extra: $_") foreach @extra;
	return $ok;
}

# ---------------------------------------------------------------------
# Dump and restore, as the dump/restore tests do it.

# pg_dump of database $db into $file, one test named after the way.
#   format => 'p' (plain; default custom), data_only => 1, user => role
#   (the dump as the database owner; its test says so).
sub dump_ok
{
	my ($node, $db, $file, %o) = @_;
	my $format = $o{format} // 'c';
	my @args = ('pg_dump', "-F$format");
	push @args, '--data-only' if $o{data_only};
	push @args, '-U', $o{user} if $o{user};
	my $name = $o{user} ? 'pg_dump as the database owner'
	  : $o{data_only} ? 'pg_dump --data-only'
	  : "pg_dump -F$format";
	$node->command_ok([ @args, '-f', $file, '-d', $node->connstr($db) ], $name);
	return;
}

# Restore $file into database $db (which exists), one test: pg_restore, or
# psql for a plain dump (format => 'p').
#   user => role: as the database owner, with --no-owner (the dump gives
#   schema cag_ovt to the superuser, src/schema.sql, which the database
#   owner may not do); single => 1: in one transaction; name => the test's.
sub restore_ok
{
	my ($node, $file, $db, %o) = @_;
	my ($args, $name);
	if (($o{format} // 'c') eq 'p')
	{
		$args = [ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', $file ];
		$name = 'psql restores the plain dump';
	}
	else
	{
		$args = ['pg_restore', '--exit-on-error'];
		push @$args, '--no-owner', '-U', $o{user} if $o{user};
		push @$args, '--single-transaction' if $o{single};
		$name = $o{user} ? 'pg_restore --no-owner as the database owner'
		  : $o{single} ? 'pg_restore --single-transaction'
		  : 'pg_restore';
	}
	$node->command_ok([ @$args, '-d', $node->connstr($db), ($o{format} // 'c') eq 'p' ? () : $file ],
		$o{name} // $name);
	return;
}

# A database owner who is not superuser, for the tests of the trusted
# extension: role $user and the databases @dbs it owns.  Returns the
# options that run a query as that role.
sub owner_databases
{
	my ($node, $user, @dbs) = @_;
	$node->safe_psql('postgres',
		join('; ', "CREATE ROLE $user LOGIN", map { "CREATE DATABASE $_ OWNER $user" } @dbs));
	return (extra_params => [ '-U', $user ]);
}

# The database owner $user dumps $src and restores it into $dst (which
# exists): two tests.
sub dump_restore_as_owner
{
	my ($node, $tmp, $src, $dst, $user) = @_;
	dump_ok($node, $src, "$tmp/$src.owner.dump", user => $user);
	restore_ok($node, "$tmp/$src.owner.dump", $dst, user => $user);
	return;
}

# Database $src dumped and restored every way a DBA does, each into a new
# database, then $check->($db, $how): the custom format through pg_restore
# (also in a single transaction with single => 1), the plain format through
# psql, and the data only into a database where the extension was created
# beforehand (restored twice with twice => 1: the second restore finds
# every key of the reference tables; before_again => SQL, run before it,
# empties the tables that are not reference tables).
sub dump_restore_every_way
{
	my ($node, $tmp, $src, $check, %o) = @_;

	dump_ok($node, $src, "$tmp/$src.dump");
	$node->safe_psql('postgres', 'CREATE DATABASE custom');
	restore_ok($node, "$tmp/$src.dump", 'custom');
	$check->('custom', 'pg_restore');
	if ($o{single})
	{
		$node->safe_psql('postgres', 'CREATE DATABASE single');
		restore_ok($node, "$tmp/$src.dump", 'single', single => 1);
		$check->('single', 'pg_restore --single-transaction');
	}

	dump_ok($node, $src, "$tmp/$src.sql", format => 'p');
	$node->safe_psql('postgres', 'CREATE DATABASE plain');
	restore_ok($node, "$tmp/$src.sql", 'plain', format => 'p');
	$check->('plain', 'a plain dump');

	dump_ok($node, $src, "$tmp/$src.data.dump", data_only => 1);
	$node->safe_psql('postgres', 'CREATE DATABASE dataonly');
	$node->safe_psql('dataonly', 'CREATE EXTENSION cag_ovt');
	restore_ok($node, "$tmp/$src.data.dump", 'dataonly', name => 'pg_restore --data-only');
	$check->('dataonly', 'a data-only restore');
	if ($o{twice})
	{
		$node->safe_psql('dataonly', $o{before_again}) if $o{before_again};
		restore_ok($node, "$tmp/$src.data.dump", 'dataonly',
			name => 'pg_restore --data-only a second time');
		$check->('dataonly', 'a second data-only restore');
	}
	return;
}

# ---------------------------------------------------------------------
# Consistency of the purchases and of what is derived from them.

# How many purchases have another class than classify_purchase gives
# their row.
sub misclassified
{
	my ($node, $db, @opts) = @_;
	return $node->safe_psql($db,
		'SELECT count(*) FROM cag_ovt.purchases p WHERE p.class OPERATOR(cag_ovt.<>) cag_ovt.classify_purchase(p)',
		@opts);
}

# How many rows of purchase_summaries spend_by_fiscal_year_region (rolled
# up from spend_by_month) does not reproduce, comparing the summary
# columns named (the first also for NULL): views up to 1.1, set-returning
# functions since 1.2.
sub rolled_up_differences
{
	my ($node, $db, $columns, @opts) = @_;
	my ($first) = @$columns;
	my $differ = join("\n", map { "   OR p.$_ OPERATOR(cag_ovt.<>) m.$_" } @$columns);
	my $call = $node->safe_psql($db,
		"SELECT CASE WHEN pg_catalog.to_regclass('cag_ovt.purchase_summaries') IS NULL THEN '()' END", @opts);
	return $node->safe_psql(
		$db, qq{
SELECT count(*) FROM cag_ovt.purchase_summaries$call p
FULL JOIN cag_ovt.spend_by_fiscal_year_region$call m
  ON m.fiscal_year = p.fiscal_year AND m.scope = p.scope
 AND coalesce(m.region_code, '') = coalesce(p.region_code, '')
WHERE p.$first IS NULL OR m.$first IS NULL
$differ}, @opts);
}

# A database with every kind of user data, as the data safety tests need
# it (test/t/020_dump_restore_all.pl, test/t/023_upgrade.pl): purchases from
# the demo generator and rows that depend on the territorial rules, inserted,
# updated and deleted; the shipped SEAO samples loaded with cag_ovt-load
# (load_issues, load_notices); the DBA's edits of every reference list (inserts,
# updates, deletes, changes of keys), after which the purchases are
# reclassified; the indicator tables edited; user objects that hold the
# extension's types (a table of spend_summary values, a materialized view
# of summaries) or reference its tables (a foreign key to purchases).  The
# same calls give the same rows in any database.  Returns how many purchases
# the edits of the lists reclassified.
#   load_sample($node, $db, user => 'dba', src => $ENV{CAG_SRC},
#               loader => 'cag_ovt-load' (the path of another version's))
our @user_relations = qw(public.buyer_summaries public.region_summaries public.purchase_notes);

# The user's stored summaries (load_sample makes them), made again from the
# purchases: what a user does once the purchases are classified anew.
our $user_summaries_sql = q{
TRUNCATE public.buyer_summaries;
INSERT INTO public.buyer_summaries
SELECT coalesce(buyer, '?'), cag_ovt.spend_agg(amount, class), array_agg(DISTINCT class)
FROM cag_ovt.purchases GROUP BY 1;
REFRESH MATERIALIZED VIEW public.region_summaries;
};

# The shipped SEAO samples loaded with cag_ovt-load (as load_sample does;
# again, to reload them).
#   load_seao_samples($node, $db, user => 'dba', src => $ENV{CAG_SRC},
#                     loader => 'cag_ovt-load' (the path of another version's))
sub load_seao_samples
{
	my ($node, $db, %args) = @_;
	my @user = $args{user} ? ('-U', $args{user}) : ();
	my $src_dir = $args{src} // $ENV{CAG_SRC} // '.';
	PostgreSQL::Test::Utils::command_ok(
		[
			$args{loader} // 'cag_ovt-load', '-q', '-h', $node->host, '-p', $node->port, @user, '-d', $db,
			"$src_dir/test/data/seao/seao_avis_2013-01.xml",
			"$src_dir/test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json"
		],
		'cag_ovt-load loads the SEAO samples');
	return;
}

# What a database of 1.1 gave, under 1.2: 1.1 derived the region of an FSA
# from the postal codes of the town halls (municipalities.fsa, every
# municipality of the FSA in one region on the date), 1.2 reads fsa_regions
# and, for a rural FSA, ldu_communities.  Runs $code (returning a list)
# with fsa_regions holding what 1.1 derived and ldu_communities empty, then
# puts their rows back; as a superuser, with the triggers off, so that
# neither the DBA's deletion log nor anything else records the swap.
sub with_town_hall_fsas
{
	my ($node, $db, $code) = @_;
	$node->safe_psql(
		$db, q{
SET session_replication_role = replica;
CREATE TABLE public.cag_test_fsa_regions AS SELECT * FROM cag_ovt.fsa_regions;
CREATE TABLE public.cag_test_ldu_communities AS SELECT * FROM cag_ovt.ldu_communities;
DELETE FROM cag_ovt.fsa_regions;
DELETE FROM cag_ovt.ldu_communities;
WITH prefix_region AS (
    SELECT left(code, 2) AS prefix, cag_ovt.min(region) AS region
    FROM cag_ovt.municipalities GROUP BY 1),
fsa_prefix AS (
    SELECT DISTINCT fsa, left(code, 2) AS prefix FROM cag_ovt.municipalities WHERE fsa IS NOT NULL),
bounds AS (
    SELECT fp.fsa, t.effective_on AS d
    FROM fsa_prefix fp JOIN cag_ovt.mrc_region_changes t ON t.prefix = fp.prefix
    UNION
    SELECT fsa, '-infinity'::date FROM fsa_prefix),
periods AS (
    SELECT fsa, d AS from_d, coalesce(lead(d) OVER (PARTITION BY fsa ORDER BY d), 'infinity') AS to_d
    FROM bounds)
INSERT INTO cag_ovt.fsa_regions (fsa, region, valid_from, valid_until)
SELECT DISTINCT p.fsa,
       coalesce((SELECT t.from_region FROM cag_ovt.mrc_region_changes t
                 WHERE t.prefix = fp.prefix AND t.effective_on > p.from_d
                 ORDER BY t.effective_on LIMIT 1), pr.region),
       p.from_d, p.to_d
FROM periods p JOIN fsa_prefix fp ON fp.fsa = p.fsa JOIN prefix_region pr ON pr.prefix = fp.prefix;
});
	my @result = $code->();
	$node->safe_psql(
		$db, q{
SET session_replication_role = replica;
DELETE FROM cag_ovt.fsa_regions;
INSERT INTO cag_ovt.fsa_regions SELECT * FROM public.cag_test_fsa_regions;
INSERT INTO cag_ovt.ldu_communities SELECT * FROM public.cag_test_ldu_communities;
DROP TABLE public.cag_test_fsa_regions, public.cag_test_ldu_communities;
});
	return @result;
}

sub load_sample
{
	my ($node, $db, %args) = @_;
	my @user = $args{user} ? ('-U', $args{user}) : ();
	my @opts = (extra_params => [@user]);
	my $src_dir = $args{src} // $ENV{CAG_SRC} // '.';
	# Purchases: realistic rows from the demo generator, then rows that depend
	# on the territorial rules (municipality codes, dates around the changes).
	PostgreSQL::Test::Utils::command_ok(
		[
			'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'rows=3000',
			'-f', "$src_dir/data/demo/generate.sql", @user, '-d', $node->connstr($db)
		],
		'the demo generator loads purchases');
	$node->safe_psql(
		$db, q{
SET search_path = cag_ovt;
INSERT INTO purchases (purchased_on, buyer_municipality, delivery_municipality,
                       supplier_postal_code, supplier_province, category, amount, labels,
                       group_purchase, source, source_ref)
SELECT date '2019-06-01' + i * 9,
       (ARRAY['46005', '47017', '43027', '23027', '66023'])[1 + i % 5],
       CASE WHEN i % 3 = 0 THEN (ARRAY['46080', '47025', '43027'])[1 + i % 3] END,
       (ARRAY['J2K 1A1', 'J1H 5N4', 'J2G 1B1', 'K1A 0B1', NULL])[1 + i % 5]::postal_code,
       (ARRAY['QC', 'ON', NULL])[1 + i % 3],
       (ARRAY['50121537', '50131700', '43211508', '72121000', '14111500'])[1 + i % 5]::unspsc,
       round(i * 10.5 - 40, 2),
       (ARRAY['{"Energy Star"}', '{"Écolabel maison",FSC}', '{"Produit du Québec"}',
              '{"Aliments préparés au Québec"}', '{TCO Certified}', '{"Aliments du Québec Bio"}',
              NULL])[1 + i % 7]::text[],
       i % 2 = 0, 'test', i::text
FROM generate_series(1, 400) AS i;
-- updated, deleted
UPDATE purchases SET amount = amount + 1, labels = '{FSC}'
 WHERE source = 'demo' AND source_ref::integer % 50 = 0;
DELETE FROM purchases WHERE source = 'test' AND source_ref::integer % 7 = 0;
DELETE FROM purchases WHERE source = 'demo' AND source_ref::integer % 97 = 0;
	}, @opts);

	# The DBA edits every reference list: inserts, updates, deletes, changes
	# of keys.
	$node->safe_psql(
		$db, q{
SET search_path = cag_ovt;
DELETE FROM eco_labels WHERE label = 'ENERGY STAR';
INSERT INTO eco_labels (label, name, category) VALUES ('Écolabel maison', 'Test', 'general');
UPDATE eco_labels SET category = 'social' WHERE label = 'FSC';
UPDATE eco_labels SET label = 'TCO Certified Edge' WHERE label = 'TCO Certified';
INSERT INTO food_labels (label, name, kind) VALUES ('Produit du Québec', 'Produit du Québec', 'produced');
DELETE FROM food_labels WHERE label = 'Aliments préparés au Québec';
UPDATE food_labels SET kind = 'prepared' WHERE label = 'Aliments du Québec Bio';
DELETE FROM food_categories WHERE category = '50000000';
INSERT INTO food_categories VALUES ('50110000'), ('50130000'), ('50380000'), ('14111500');
UPDATE mrc_region_changes SET effective_on = '2020-01-01' WHERE prefix = '46';
DELETE FROM mrc_region_changes WHERE prefix = '47';
INSERT INTO mrc_region_changes (prefix, from_region, to_region, effective_on, note)
VALUES ('43', 'Estrie', 'Montérégie', '2021-10-01', 'Fictif / fictitious');
INSERT INTO municipalities (code, name, status, postal_code, fsa, region)
VALUES ('23999', 'Essai', 'Ville', 'J2K 9Z9', 'J2K', 'Capitale-Nationale');
UPDATE municipalities SET population = population + 1000, name = name || ' (modifié)' WHERE code = '43027';
DELETE FROM municipalities WHERE code IN ('46080', '46090');
UPDATE regions SET counts_as_region = false, name_en = 'Laval (test)' WHERE region = 'Laval';
DELETE FROM regions WHERE region = 'Nord-du-Québec';
UPDATE regional_priorities SET title = title || ' (révisé)' WHERE region = 'Estrie';
DELETE FROM regional_priorities WHERE region = 'Lanaudière';
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Outaouais', 1, 'Achat local', 'regional_share');
	}, @opts);
	my $reclassified = $node->safe_psql($db, 'SELECT cag_ovt.reclassify_purchases()', @opts);

	# SEAO open data through the loader: purchases, load_issues, load_notices.
	load_seao_samples($node, $db, %args);

	# The indicator tables (the demo generator filled them too), edited.
	$node->safe_psql(
		$db, q{
SET search_path = cag_ovt;
INSERT INTO positions (region, office, opened_on, closed_on, regionalized)
SELECT lpad((1 + i % 17)::text, 2, '0')::qc_region, 'Bureau ' || i, date '2019-04-01' + i * 11,
       CASE WHEN i % 5 = 0 THEN date '2019-04-01' + i * 11 + 400 END, i % 3 = 0
FROM generate_series(1, 120) AS i;
UPDATE positions SET regionalized = NOT regionalized WHERE position_id % 10 = 1;
DELETE FROM positions WHERE position_id % 13 = 0;
CREATE TEMP TABLE new_committees AS
WITH c AS (
    INSERT INTO partner_committees (name, region, created_on, rules_adopted_on) VALUES
        ('Comité test national', NULL, '2020-09-01', '2021-02-15'),
        ('Comité test Estrie', 'Estrie', '2021-03-31', NULL),
        ('Comité test Laval', 'Laval', NULL, NULL),
        ('Comité test abandonné', 'Côte-Nord', '2020-01-01', NULL)
    RETURNING committee_id, name)
SELECT * FROM c;
INSERT INTO committee_meetings (committee_id, held_on)
SELECT committee_id, d FROM new_committees,
       (VALUES (date '2020-10-02'), ('2021-05-06'), ('2022-01-11')) AS t(d);
UPDATE partner_committees SET rules_adopted_on = '2021-06-01' WHERE name = 'Comité test Estrie';
DELETE FROM partner_committees WHERE name = 'Comité test abandonné';
DELETE FROM committee_meetings
 WHERE held_on = '2022-01-11' AND committee_id IN (SELECT committee_id FROM new_committees);
DELETE FROM committee_meetings WHERE (committee_id + (held_on - date '2020-01-01')) % 5 = 0;
INSERT INTO targets (indicator, fiscal_year, region, target, note) VALUES
    ('quebec_share', 2030, NULL, 43, 'SGMP'), ('eco_share', 2030, NULL, 8, NULL),
    ('regional_share', 2030, 'Outaouais', 50, NULL), ('share_in_regions', 2030, NULL, 35, NULL);
UPDATE targets SET target = 15 WHERE indicator = 'eco_share' AND fiscal_year = 2030;
UPDATE targets SET note = 'révisée' WHERE fiscal_year < 2030;
DELETE FROM targets WHERE indicator = 'share_in_regions';
REFRESH MATERIALIZED VIEW spend_by_month;
	}, @opts);

	# User objects: a table with a stored spend_summary column, a materialized
	# view of summaries (pg_restore refreshes it after the data), a table
	# referencing purchases.
	$node->safe_psql(
		$db, q{
CREATE TABLE public.buyer_summaries (
    buyer text PRIMARY KEY,
    summary cag_ovt.spend_summary NOT NULL,
    classes cag_ovt.purchase_class[]);
INSERT INTO public.buyer_summaries
SELECT coalesce(buyer, '?'), cag_ovt.spend_agg(amount, class), array_agg(DISTINCT class)
FROM cag_ovt.purchases GROUP BY 1;
CREATE MATERIALIZED VIEW public.region_summaries AS
SELECT delivery_region, cag_ovt.spend_agg(amount, class) AS summary
FROM cag_ovt.purchases GROUP BY 1;
CREATE TABLE public.purchase_notes (
    purchase_id bigint PRIMARY KEY REFERENCES cag_ovt.purchases ON DELETE CASCADE,
    note text);
INSERT INTO public.purchase_notes SELECT purchase_id, 'note ' || purchase_id
FROM cag_ovt.purchases WHERE purchase_id % 17 = 0;
	}, @opts);
	return $reclassified;
}

# What the DBA does once a database of 1.0 or 1.1 is in 1.2 (updated, or
# restored from a dump), as the CHANGELOG says: the purchases that the SEAO
# loaders of 1.0 and 1.1 marked not group purchases marked unknown (the
# update does it; a restore cannot), every purchase classified with the
# rules of 1.2, spend_by_month refreshed; and the user's summaries made
# again.
sub apply_12_rules
{
	my ($node, $db, @opts) = @_;
	$node->safe_psql(
		$db, q{
UPDATE cag_ovt.purchases SET group_purchase = NULL
 WHERE group_purchase = false AND source IN (SELECT source FROM cag_ovt.load_notices);
SELECT cag_ovt.reclassify_purchases();
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
} . $user_summaries_sql, @opts);
	return;
}

# The figures of a spend_summary, as an SQL expression over a column,
# through the accessors that 1.1 already had: count, total, amount, count,
# share and known share of each of its 8 flags, the shares of the views
# and the coverage of origin and region.  The same in every version for
# the same purchases, whatever the stored form.
sub summary_figures_sql
{
	my ($s) = @_;
	return qq{format('%s %s | %s | %s %s %s %s %s %s %s',
           cag_ovt.purchase_count($s), cag_ovt.total_amount($s),
           (SELECT string_agg(format('%s %s %s %s %s', f, cag_ovt.amount($s, f), cag_ovt.purchase_count($s, f),
                                     cag_ovt.share($s, f), cag_ovt.known_share($s, f)), ', ' ORDER BY f)
            FROM unnest(ARRAY['quebec', 'outside_quebec', 'regional', 'outside_region', 'eco', 'food',
                              'quebec_food', 'group_purchase']) AS f),
           cag_ovt.quebec_share($s), cag_ovt.regional_share($s), cag_ovt.eco_share($s),
           cag_ovt.quebec_food_share($s), cag_ovt.group_purchase_share($s),
           cag_ovt.coverage($s, 'origin'), cag_ovt.coverage($s, 'region'))};
}

# The figures of the spend_summary values of a FROM item with columns
# (key text, s spend_summary): one line per value, "key: figures", sorted.
sub summary_figures
{
	my ($node, $db, $from, @opts) = @_;
	my $figures = summary_figures_sql('x.s');
	return $node->safe_psql(
		$db, qq{
SELECT coalesce(string_agg(line, E'\\n' ORDER BY line), '')
FROM (SELECT x.key || ': ' || $figures AS line FROM $from AS x(key, s)) AS t}, @opts);
}

1;

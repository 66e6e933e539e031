# Data safety through pg_dump and pg_restore: a database with the extension
# and every kind of user data -- purchases (inserted, updated, deleted), CAG
# positions, partner committees and their meetings, targets, the DBA's
# edits of every reference list (rows inserted, updated, deleted, keys
# changed), a user table with a stored spend_summary column, a user
# materialized view and a user table referencing purchases -- comes back
# identical: every row of every table of the extension and of the user
# tables, the identity sequences, and the output of every view of the
# extension; spend_by_month once refreshed as documented.
#
# The classes of the purchases must come back right with no manual step:
# the trigger classes each restored row with the reference lists of that
# moment, so pg_dump must order the lists' data (and the deletion log)
# before the purchases'.  Custom format through pg_restore, in one
# transaction or section by section, plain format through psql, and the
# documented procedure for a parallel restore are checked that way.
#
# Everything runs as a database owner who is not superuser (the extension
# is trusted).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('dump_all');
$node->init;
$node->start;

$node->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE src OWNER dba');
my @as_dba = (extra_params => [ '-U', 'dba' ]);
$node->safe_psql('src', 'CREATE EXTENSION cag_ovt', @as_dba);

# The tables whose rows the classification reads (the reference cache
# sources of src/classify.c, src/geography.c, src/locality.c and src/registry.c), and
# the log that replays the deletions of seed rows: their data must be restored before
# the purchases'.  Add a table here when a source reads a new one.
my @classification_lists = qw(eco_labels food_labels food_categories municipalities
  mrc_region_changes fsa_regions ldu_communities former_municipalities locality_aliases
  known_parties deleted_reference_keys);

# Every kind of user data (see CagTest::load_sample).
my $src_dir = $ENV{CAG_SRC} // '.';
my $reclassified = CagTest::load_sample($node, 'src', user => 'dba', src => $src_dir);
cmp_ok($reclassified, '>', 100, "the edits of the lists change classes ($reclassified purchases)");
my @user_relations = @CagTest::user_relations;

is($node->safe_psql('src', 'SELECT cag_ovt.reclassify_purchases()', @as_dba),
	'0', 'the source is classed with its lists');
my %live = CagTest::snapshot($node, 'src', opts => \@as_dba, matviews => 0, extra => \@user_relations);
my %all = CagTest::snapshot($node, 'src', opts => \@as_dba, extra => \@user_relations);
ok(exists $all{'cag_ovt.spend_by_month'} && !exists $live{'cag_ovt.spend_by_month'},
	'the snapshots tell the materialized view apart');
like($all{'cag_ovt.purchases'}, qr/^5[0-9]{3} /, 'the source has its purchases');
like($all{'cag_ovt.load_issues'}, qr/^[1-9]/, 'the source has load issues');
like($all{'cag_ovt.load_notices'}, qr/^[1-9]/, 'the source has loaded notices');
my $classes = q{SELECT string_agg(c || ':' || n, ' ' ORDER BY c)
                FROM (SELECT class::text AS c, count(*) AS n FROM cag_ovt.purchases GROUP BY 1) AS x};
my $expected_classes = $node->safe_psql('src', $classes, @as_dba);
cmp_ok(scalar(split / /, $expected_classes), '>', 30, 'the purchases have many different classes');

my $tmp = PostgreSQL::Test::Utils::tempdir;
my @dba = ('-U', 'dba');
# The database owner restores with --no-owner (and dumps a plain script
# without owners): schema cag_ovt belongs to the superuser (src/schema.sql),
# which the dumps say and the database owner may not.

# What pg_restore will do: the lists' data before the purchases'.
$node->command_ok([ 'pg_dump', @dba, '-Fc', '-f', "$tmp/src.dump", '-d', $node->connstr('src') ],
	'pg_dump -Fc as the database owner');
my ($toc) = run_command([ 'pg_restore', '-l', "$tmp/src.dump" ]);
my @data_order = map { /TABLE DATA cag_ovt (\S+)/ ? $1 : () } split /\n/, $toc;
my %position = map { $data_order[$_] => $_ } 0 .. $#data_order;
ok(defined $position{purchases}, 'the dump holds the purchases');
ok(defined $position{tender_bids}, 'the dump holds the bids');
foreach my $table (@classification_lists)
{
	ok(defined $position{$table} && $position{$table} < $position{purchases},
		"the rows of $table are restored before the purchases");
	ok(defined $position{$table} && $position{$table} < $position{tender_bids},
		"the rows of $table are restored before the bids (classed by the same trigger)");
}

# A restored database: its tables and live views at once, then
# spend_by_month unpopulated until refreshed as documented, then everything.
sub check_restored
{
	my ($db, $how) = @_;
	my %got = CagTest::snapshot($node, $db, opts => \@as_dba, matviews => 0, extra => \@user_relations);
	CagTest::compare_snapshots(\%live, \%got, "after $how");
	is($node->safe_psql($db, $classes, @as_dba), $expected_classes, "same classes after $how");
	is($node->safe_psql($db, 'SELECT cag_ovt.reclassify_purchases()', @as_dba),
		'0', "no purchase to reclassify after $how");
	is( $node->safe_psql($db,
			"SELECT relispopulated FROM pg_class WHERE oid = 'cag_ovt.spend_by_month'::regclass", @as_dba),
		'f', "spend_by_month is unpopulated after $how");
	$node->safe_psql($db, 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
	%got = CagTest::snapshot($node, $db, opts => \@as_dba, extra => \@user_relations);
	CagTest::compare_snapshots(\%all, \%got, "after $how and the refresh");
	# the stored summaries roll up to the live ones
	is( $node->safe_psql(
			$db, q{
SELECT (SELECT cag_ovt.rollup(summary) FROM public.buyer_summaries)
       OPERATOR(cag_ovt.=) (SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases)},
			@as_dba),
		't', "the stored summaries roll up to the purchases after $how");
	# the loader's bookkeeping came back: loading the same files changes nothing
	my ($out, $err) = run_command(
		[
			'cag_ovt-load', '-h', $node->host, '-p', $node->port, '-U', 'dba', '-d', $db,
			"$src_dir/test/data/seao/seao_avis_2013-01.xml",
			"$src_dir/test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json"
		]);
	like($out, qr/total: 2 of 2 files loaded, 0 purchases inserted or updated, 0 issues recorded/,
		"reloading the SEAO files changes nothing after $how");
	# the identity sequence and the trigger go on
	my $next = $node->safe_psql($db, 'SELECT max(purchase_id) + 1 FROM cag_ovt.purchases', @as_dba);
	is( $node->safe_psql(
			$db,
			"INSERT INTO cag_ovt.purchases (purchased_on, supplier_postal_code, delivery_region, amount) "
			  . "VALUES ('2024-01-01', 'J1H 5N4', 'Estrie', 1) RETURNING purchase_id || ' ' || class",
			@as_dba),
		"$next {quebec,regional,eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}",
		"the sequence continues and the trigger classes new rows after $how");
	return;
}

$node->safe_psql('postgres', 'CREATE DATABASE dst_custom OWNER dba');
$node->command_ok(
	[ 'pg_restore', @dba, '--no-owner', '--exit-on-error', '-d', $node->connstr('dst_custom'), "$tmp/src.dump" ],
	'pg_restore as the database owner');
check_restored('dst_custom', 'pg_restore');

$node->command_ok([ 'pg_dump', @dba, '--no-owner', '-Fp', '-f', "$tmp/src.sql", '-d', $node->connstr('src') ],
	'pg_dump -Fp');
$node->safe_psql('postgres', 'CREATE DATABASE dst_plain OWNER dba');
$node->command_ok(
	[ 'psql', @dba, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', "$tmp/src.sql", '-d', $node->connstr('dst_plain') ],
	'psql restores the plain dump');
check_restored('dst_plain', 'a plain dump through psql');

$node->safe_psql('postgres', 'CREATE DATABASE dst_single OWNER dba');
$node->command_ok(
	[
		'pg_restore', @dba, '--no-owner', '--exit-on-error', '--single-transaction',
		'-d', $node->connstr('dst_single'), "$tmp/src.dump"
	],
	'pg_restore --single-transaction');
check_restored('dst_single', 'pg_restore --single-transaction');

# Data only, into a database where the extension and the user objects
# exist (schema restored first, as pg_restore --section does).
$node->safe_psql('postgres', 'CREATE DATABASE dst_sections OWNER dba');
foreach my $section ('pre-data', 'data', 'post-data')
{
	$node->command_ok(
		[
			'pg_restore', @dba, '--no-owner', '--exit-on-error', "--section=$section",
			'-d', $node->connstr('dst_sections'), "$tmp/src.dump"
		],
		"pg_restore --section=$section");
}
check_restored('dst_sections', 'pg_restore section by section');

# A parallel restore (pg_restore -j) runs the data of several tables at
# once, largest first, with no regard to the order above (pg_dump records
# a table's data as depending on the table only): the classes could be
# computed before the lists are restored, and committee_meetings could be
# loaded before partner_committees, which its foreign key refuses.  The
# documented procedure restores the data of schema cag_ovt in one job --
# purchases, the largest table, takes one job anyway -- and the rest in
# parallel.
$node->command_ok(
	[ 'pg_dump', @dba, '-Fd', '-j', '2', '-f', "$tmp/src.dir", '-d', $node->connstr('src') ],
	'pg_dump -Fd -j 2');
$node->safe_psql('postgres', 'CREATE DATABASE dst_parallel OWNER dba');
foreach my $step (
	[ '--section=pre-data' ],
	[ '--section=data', '--schema=cag_ovt' ],
	[ '--section=data', '--exclude-schema=cag_ovt', '--jobs=3' ],
	[ '--section=post-data', '--jobs=3' ])
{
	$node->command_ok(
		[
			'pg_restore', @dba, '--no-owner', '--exit-on-error', @$step,
			'-d', $node->connstr('dst_parallel'), "$tmp/src.dir"
		],
		"pg_restore @$step");
}
check_restored('dst_parallel', 'the parallel restore procedure');

$node->stop;
done_testing();

# The upgrade path from 1.0 to 1.1 (both frozen in src/versions/): a
# database created with cag_ovt 1.0 and loaded with every kind of user data
# is updated with ALTER EXTENSION cag_ovt UPDATE TO '1.1' by its owner,
# a database owner who is not superuser.  After the update the data is
# intact, the views give what they gave (the views 1.1 extends keep their
# 1.0 rows and columns), the new objects work, and the catalog of the
# extension is identical to a fresh 1.1 install's -- as are the rows of
# every table and view once the fresh database is loaded with the same
# data.  A dump taken under 1.0 restores into the default version as a 1.0
# database updated to it.  (024_upgrade_1_2.pl: from 1.1 to 1.2.)
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('upgrade');
$node->init;
$node->start;

$node->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE updated OWNER dba; CREATE DATABASE fresh OWNER dba; '
	  . 'CREATE DATABASE restored OWNER dba; CREATE DATABASE tampered OWNER dba');
my @as_dba = (extra_params => [ '-U', 'dba' ]);

is( $node->safe_psql('postgres',
		"SELECT string_agg(version, ' ' ORDER BY version) FROM pg_available_extension_versions WHERE name = 'cag_ovt'"),
	'1.0 1.1 1.2',
	'versions 1.0, 1.1 and 1.2 are available');
is( $node->safe_psql('postgres',
		"SELECT default_version FROM pg_available_extensions WHERE name = 'cag_ovt'"),
	'1.2', '1.2 is the default');
is( $node->safe_psql('postgres',
		"SELECT string_agg(source || '->' || target || ' ' || path, ', ' ORDER BY source, target) FROM pg_extension_update_paths('cag_ovt') WHERE path IS NOT NULL"),
	'1.0->1.1 1.0--1.1, 1.0->1.2 1.0--1.1--1.2, 1.1->1.2 1.1--1.2',
	'the update paths');

# 1.0, loaded with data.
$node->safe_psql('updated', "CREATE EXTENSION cag_ovt VERSION '1.0'", @as_dba);
my $reclassified = CagTest::load_sample($node, 'updated', user => 'dba');
cmp_ok($reclassified, '>', 100, 'the sample data is loaded under 1.0');
$node->safe_psql(
	'updated', q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
-- a user view over a view that 1.1 extends
CREATE VIEW public.my_report AS
SELECT fiscal_year, region_name, quebec_share FROM cag_ovt.quebec_purchase_share;
}, @as_dba);
my @user_relations = (@CagTest::user_relations, 'public.my_report');
ok(!$node->safe_psql('updated', "SELECT to_regclass('cag_ovt.outside_centres_purchase_share')", @as_dba),
	'1.0 has no outside_centres_purchase_share');

my $tmp = PostgreSQL::Test::Utils::tempdir;
$node->command_ok(
	[ 'pg_dump', '-U', 'dba', '-Fc', '-f', "$tmp/v10.dump", '-d', $node->connstr('updated') ],
	'pg_dump of the 1.0 database');

# What 1.0 gives, with the 1.0 rows and columns of the views 1.1 extends.
my %changed = (
	'cag_ovt.indicators' => q{(SELECT * FROM cag_ovt.indicators WHERE indicator <> 'outside_centres_share')},
	'cag_ovt.plan_actions' => q{(SELECT * FROM cag_ovt.plan_actions WHERE code <> 'SGMP')},
	'cag_ovt.indicator_values' =>
	  q{(SELECT * FROM cag_ovt.indicator_values WHERE indicator <> 'outside_centres_share')},
	'cag_ovt.action_plan_report' => q{(SELECT * FROM cag_ovt.action_plan_report WHERE code <> 'SGMP')},
	# (the targets a DBA sets for the new indicator after the update)
	'cag_ovt.targets' => q{(SELECT * FROM cag_ovt.targets WHERE indicator <> 'outside_centres_share')},
	'cag_ovt.purchase_summaries' => q{(SELECT fiscal_year, fiscal_year_label, region_code, region_name,
	    scope, summary, group_summary FROM cag_ovt.purchase_summaries)},
	'cag_ovt.spend_by_fiscal_year_region' =>
	  q{(SELECT fiscal_year, fiscal_year_label, region_code, region_name,
	    scope, summary, group_summary FROM cag_ovt.spend_by_fiscal_year_region)});

sub as_in_10
{
	my ($db) = @_;
	my %s = CagTest::snapshot($node, $db, opts => \@as_dba, extra => \@user_relations);
	delete $s{'cag_ovt.outside_centres_purchase_share'};
	$s{$_} = CagTest::relation_digest($node, $db, $changed{$_}, @as_dba) foreach keys %changed;
	return %s;
}
my %before = as_in_10('updated');
like($before{'cag_ovt.purchases'}, qr/^5[0-9]{3} /, 'the 1.0 database has its purchases');

# The owner updates.
$node->safe_psql('updated', "ALTER EXTENSION cag_ovt UPDATE TO '1.1'", @as_dba);
is($node->safe_psql('updated', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.1', 'the database owner updated the extension to 1.1');

my %after = as_in_10('updated');
CagTest::compare_snapshots(\%before, \%after, 'after the update (1.0 rows and columns)');
is($node->safe_psql('updated', 'SELECT cag_ovt.reclassify_purchases()', @as_dba),
	'0', 'no purchase to reclassify after the update');

# The new objects, on the data loaded under 1.0.
like(
	$node->safe_psql(
		'updated',
		"SELECT outside_centres_share FROM cag_ovt.outside_centres_purchase_share WHERE scope = 'quebec' AND fiscal_year = 2021",
		@as_dba),
	qr/^0\.\d{4}$/,
	'outside_centres_purchase_share gives a share');
is(CagTest::rolled_up_differences($node, 'updated', [qw(outside_centres_summary centres_summary)], @as_dba),
	'0',
	'spend_by_month, refreshed under 1.0, gives the 1.1 summaries');
# The owner sets targets for the new indicator: the rows load_sample leaves
# in a 1.1 database (the demo generator's, with the note load_sample edits).
my $new_targets = q{
INSERT INTO cag_ovt.targets (indicator, fiscal_year, region, target, note)
SELECT 'outside_centres_share', y, NULL, 54.0 + 2.0 * (y - 2020), 'révisée'
FROM generate_series(2020, 2022) AS y;
};
$node->safe_psql('updated', $new_targets, @as_dba);
like(
	$node->safe_psql('updated',
		"SELECT value || ' ' || target || ' ' || status FROM cag_ovt.action_plan_report WHERE code = 'SGMP' AND fiscal_year = 2021",
		@as_dba),
	qr/^\d+\.\d\d 56\.0 (atteinte|non atteinte)$/,
	'the new indicator has a target and a status in action_plan_report');

# A fresh 1.1 install: the same catalog.
$node->safe_psql('fresh', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
my @fresh_catalog = CagTest::catalog($node, 'fresh', @as_dba);
my @updated_catalog = CagTest::catalog($node, 'updated', @as_dba);
cmp_ok(scalar(@fresh_catalog), '>', 1000, scalar(@fresh_catalog) . ' catalog facts');
CagTest::compare_catalogs(\@fresh_catalog, \@updated_catalog, 'after the update as in a fresh 1.1 install');

# ... and, loaded with the same data, the same rows everywhere (the times
# of deletions and loads aside).
CagTest::load_sample($node, 'fresh', user => 'dba');
$node->safe_psql(
	'fresh', q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
CREATE VIEW public.my_report AS
SELECT fiscal_year, region_name, quebec_share FROM cag_ovt.quebec_purchase_share;
}, @as_dba);
my %fresh = CagTest::snapshot($node, 'fresh', opts => \@as_dba, extra => \@user_relations, timestamps => 0);
my %updated = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations, timestamps => 0);
CagTest::compare_snapshots(\%fresh, \%updated, 'in the updated database as in a fresh 1.1 one');

# The comparison sees a difference: a comment and a volatility changed.
$node->safe_psql('tampered', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
$node->safe_psql(
	'postgres', q{
\c tampered
COMMENT ON COLUMN cag_ovt.outside_centres_purchase_share.centres_amount IS 'changed';
ALTER FUNCTION cag_ovt.fiscal_year(date) STABLE;
});
my @tampered = CagTest::catalog($node, 'tampered', @as_dba);
my %in_fresh = map { $_ => 1 } @fresh_catalog;
my @differ = sort map { /^(\S+ \S+)/ } grep { !$in_fresh{$_} } @tampered;
is_deeply(\@differ, [ 'comment column', 'function cag_ovt.fiscal_year(date)' ],
	'the comparison would see a changed comment and a changed volatility');

# On to the default version: 1.0 -> 1.1 -> 1.2 as in a fresh install.
$node->safe_psql('updated', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
is($node->safe_psql('updated', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the database owner updated the extension on to 1.2');
$node->safe_psql('postgres', 'CREATE DATABASE fresh_default OWNER dba');
$node->safe_psql('fresh_default', 'CREATE EXTENSION cag_ovt', @as_dba);
my @default_catalog = CagTest::catalog($node, 'fresh_default', @as_dba);
CagTest::compare_catalogs(\@default_catalog, [ CagTest::catalog($node, 'updated', @as_dba) ],
	'after the updates 1.0 -> 1.1 -> 1.2 as in a fresh 1.2 install');

# A dump taken under 1.0 restores into the default version, as the 1.0
# database updated to it and reclassified (the restore classes every row
# with the rules of 1.2, the update keeps the classes until
# reclassify_purchases()).
$node->command_ok(
	[ 'pg_restore', '-U', 'dba', '--exit-on-error', '-d', $node->connstr('restored'), "$tmp/v10.dump" ],
	'pg_restore of the 1.0 dump');
is($node->safe_psql('restored', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the restore creates 1.2');
$node->safe_psql('restored', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
$node->safe_psql('restored', $new_targets, @as_dba);
CagTest::compare_catalogs(\@default_catalog, [ CagTest::catalog($node, 'restored', @as_dba) ],
	'after restoring a 1.0 dump');
# (the rules of 1.2 applied to both, as the CHANGELOG says: a restore
# classes the purchases with them, the update keeps the classes of 1.0)
CagTest::apply_12_rules($node, $_, @as_dba) foreach ('updated', 'restored');
my %restored = CagTest::snapshot($node, 'restored', opts => \@as_dba, extra => \@user_relations);
%updated = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations);
CagTest::compare_snapshots(\%updated, \%restored, 'restored from 1.0 as updated from 1.0 and reclassified');

$node->stop;
done_testing();

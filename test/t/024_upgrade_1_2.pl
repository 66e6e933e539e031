# The upgrade path from 1.1 (frozen in src/versions/) to 1.2, the version in
# development: a database created with cag_ovt 1.1 and loaded with every
# kind of user data (CagTest::load_sample: purchases, SEAO loads, edited
# reference lists, stored summaries in a user table and a materialized
# view) is updated with ALTER EXTENSION cag_ovt UPDATE by its owner, a
# database owner who is not superuser.  After the update the data is
# intact and every relation gives what it gave (save what 1.2 changes on
# purpose, listed in %changed), the catalog of the extension is identical
# to a fresh 1.2 install's, and so are the rows of every table and view once
# the fresh database is loaded with the same data.  A dump taken under 1.1
# restores into 1.2 as the updated database.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('upgrade12');
$node->init;
$node->start;

$node->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE updated OWNER dba; CREATE DATABASE fresh OWNER dba; '
	  . 'CREATE DATABASE restored OWNER dba');
my @as_dba = (extra_params => [ '-U', 'dba' ]);

# 1.1, loaded with data.
$node->safe_psql('updated', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
my $reclassified = CagTest::load_sample($node, 'updated', user => 'dba');
cmp_ok($reclassified, '>', 100, 'the sample data is loaded under 1.1');
my $user_objects = q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
-- a user view over a view of the extension
CREATE VIEW public.my_report AS
SELECT fiscal_year, region_name, quebec_share FROM cag_ovt.quebec_purchase_share;
};
$node->safe_psql('updated', $user_objects, @as_dba);
my @user_relations = (@CagTest::user_relations, 'public.my_report');

my $tmp = PostgreSQL::Test::Utils::tempdir;
$node->command_ok(
	[ 'pg_dump', '-U', 'dba', '-Fc', '-f', "$tmp/v11.dump", '-d', $node->connstr('updated') ],
	'pg_dump of the 1.1 database');

# What 1.2 changes on purpose in the relations of 1.1: relation => the
# FROM item that gives, under 1.2, what the relation gave under 1.1.
my %changed = ();
# Relations that 1.2 adds.
my @new_in_12 = ('cag_ovt.data_dictionary');

sub as_in_11
{
	my ($db) = @_;
	my %s = CagTest::snapshot($node, $db, opts => \@as_dba, extra => \@user_relations);
	delete @s{@new_in_12};
	$s{$_} = CagTest::relation_digest($node, $db, $changed{$_}, @as_dba) foreach keys %changed;
	return %s;
}
my %before = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations);
like($before{'cag_ovt.purchases'}, qr/^5[0-9]{3} /, 'the 1.1 database has its purchases');

# The owner updates.
$node->safe_psql('updated', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
is($node->safe_psql('updated', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the database owner updated the extension to 1.2');

my %after = as_in_11('updated');
CagTest::compare_snapshots(\%before, \%after, 'after the update (1.1 rows and columns)');

# What 1.2 adds, on the data loaded under 1.1: flag tests by name agree
# with the class tests; the dictionary describes every column; the owner
# grants a role what it needs to read every view.
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE class OPERATOR(cag_ovt.?) 'regional')
       = count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec,regional}')
   AND count(*) FILTER (WHERE class OPERATOR(cag_ovt.?|) '{eco,food}')
       = count(*) FILTER (WHERE class OPERATOR(cag_ovt.&&) '{eco,food}')
   AND count(*) FILTER (WHERE class OPERATOR(cag_ovt.?) 'regional') > 0
FROM cag_ovt.purchases}, @as_dba),
	't',
	'? and ?| agree with @> and && on the purchases loaded under 1.1');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE coalesce(description_fr, '') = '' OR coalesce(description_en, '') = '')
       || ' ' || (count(DISTINCT relation_name) = (
           SELECT count(*) FROM pg_catalog.pg_depend d
           JOIN pg_catalog.pg_class c ON c.oid = d.objid
           WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'e'
             AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'cag_ovt')
             AND c.relkind IN ('r', 'p', 'v', 'm')))
FROM cag_ovt.data_dictionary}, @as_dba),
	'0 true',
	'data_dictionary describes every column of every relation after the update');
like(
	$node->safe_psql('updated', "SELECT cag_ovt.report_html(2021, 'en')", @as_dba),
	qr{^<!DOCTYPE html>.*<svg class="chart" data-item="1" data-indicator="quebec_share".*</html>$}s,
	'the annual report renders on the data loaded under 1.1');
# (in a transaction rolled back: the grants would show in the catalog)
is( $node->safe_psql(
		'updated', q{
BEGIN;
CREATE ROLE reader;
SET ROLE dba;
SELECT count(*) FROM cag_ovt.grant_read('reader') \\g /dev/null
SET ROLE reader;
SELECT count(*) FROM (SELECT DISTINCT relation_name FROM cag_ovt.data_dictionary) AS r
WHERE NOT pg_catalog.has_table_privilege(pg_catalog.format('cag_ovt.%I', r.relation_name), 'SELECT');
ROLLBACK;}),
	'0',
	'after the update, the owner grants a role the reading of every relation');

# A fresh 1.2 install: the same catalog.
$node->safe_psql('fresh', 'CREATE EXTENSION cag_ovt', @as_dba);
my @fresh_catalog = CagTest::catalog($node, 'fresh', @as_dba);
cmp_ok(scalar(@fresh_catalog), '>', 1000, scalar(@fresh_catalog) . ' catalog facts');
CagTest::compare_catalogs(\@fresh_catalog, [ CagTest::catalog($node, 'updated', @as_dba) ],
	'after the update as in a fresh 1.2 install');

# ... and, loaded with the same data, the same rows everywhere (the times
# of deletions and loads aside), once the updated purchases are reclassified
# as a fresh install classes them.
$node->safe_psql('updated', 'SELECT cag_ovt.reclassify_purchases()', @as_dba);
$node->safe_psql('updated', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
CagTest::load_sample($node, 'fresh', user => 'dba');
$node->safe_psql('fresh', $user_objects, @as_dba);
my %fresh = CagTest::snapshot($node, 'fresh', opts => \@as_dba, extra => \@user_relations, timestamps => 0);
my %updated = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations, timestamps => 0);
CagTest::compare_snapshots(\%fresh, \%updated, 'in the updated database as in a fresh 1.2 one');

# A dump taken under 1.1 restores into 1.2, as the 1.1 database updated.
$node->command_ok(
	[ 'pg_restore', '-U', 'dba', '--no-owner', '--exit-on-error', '-d', $node->connstr('restored'), "$tmp/v11.dump" ],
	'pg_restore of the 1.1 dump');
is($node->safe_psql('restored', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the restore creates 1.2');
$node->safe_psql('restored', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
CagTest::compare_catalogs(\@fresh_catalog, [ CagTest::catalog($node, 'restored', @as_dba) ],
	'after restoring a 1.1 dump');
my %restored = as_in_11('restored');
CagTest::compare_snapshots(\%before, \%restored, 'after restoring the 1.1 dump into 1.2 (1.1 rows and columns)');

$node->stop;
done_testing();

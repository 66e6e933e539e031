# pg_upgrade from an older PostgreSQL (15) to the one under test (17, 18),
# as a DBA moves to a new major version: a cluster of the old version holds
# two databases with cag_ovt and every kind of user data
# (CagTest::load_sample: purchases, SEAO loads, edited reference lists,
# stored summaries in a user table and a materialized view), one at the
# released 1.1, one at the version in development.  After pg_upgrade --copy
# to the new version, every relation of both gives what it gave, to the
# row; the 1.1 database is then updated with ALTER EXTENSION cag_ovt UPDATE
# (by a superuser: pg_upgrade gives the extension to the one that runs it)
# and gives what the same database updated on the old version gives; the catalog of the extension is that of a fresh install on the new
# version, but for the implicit types (below).
#
# It needs the old version's binaries with cag_ovt installed:
# CAG_UPGRADE_FROM_BINDIR, which make test-versions sets (test/versions.sh);
# make test has no other version and skips it.
use strict;
use warnings;
use File::Basename qw(dirname);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $old_bindir = $ENV{CAG_UPGRADE_FROM_BINDIR} // '';
plan skip_all => 'no older PostgreSQL to upgrade from: make test-versions runs this test '
  . '(CAG_UPGRADE_FROM_BINDIR, the bin directory of an older PostgreSQL with cag_ovt installed)'
  unless $old_bindir ne '' && -x "$old_bindir/pg_ctl";

my $old = PostgreSQL::Test::Cluster->new('old', install_path => dirname($old_bindir));
my $new = PostgreSQL::Test::Cluster->new('new');
plan skip_all => 'PostgreSQL ' . $old->pg_version . ' is not older than ' . $new->pg_version
  unless $old->pg_version < $new->pg_version;
note 'pg_upgrade from PostgreSQL ' . $old->pg_version . ' to ' . $new->pg_version;

# Data checksums on both sides: 18's initdb turns them on by default, and
# pg_upgrade wants the same setting.
$old->init(extra => ['--data-checksums']);
$old->start;
my @as_dba = (extra_params => [ '-U', 'dba' ]);
$old->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE released OWNER dba; CREATE DATABASE current OWNER dba');
my $user_objects = q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
CREATE VIEW public.my_report AS
SELECT fiscal_year, region_name, quebec_share FROM cag_ovt.quebec_purchase_share;
};
my @user_relations = (@CagTest::user_relations, 'public.my_report');

my %version = (released => '1.1', current => $old->safe_psql('postgres',
		"SELECT default_version FROM pg_available_extensions WHERE name = 'cag_ovt'"));
my %before;
foreach my $db ('released', 'current')
{
	$old->safe_psql($db, "CREATE EXTENSION cag_ovt VERSION '$version{$db}'", @as_dba);
	cmp_ok(CagTest::load_sample($old, $db, user => 'dba'),
		'>', 100, "$db ($version{$db}): the sample data is loaded on the old version");
	$old->safe_psql($db, $user_objects, @as_dba);
	%{ $before{$db} } = CagTest::snapshot($old, $db, opts => \@as_dba, extra => \@user_relations);
	like($before{$db}{'cag_ovt.purchases'}, qr/^5[0-9]{3} /, "$db has its purchases");
}

# What the 1.1 database gives once updated on the old version: a copy of it
# is updated there, and goes through pg_upgrade too.
$old->safe_psql('postgres', 'CREATE DATABASE updated_before TEMPLATE released OWNER dba');
$old->safe_psql('updated_before', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
my %updated_on_old = CagTest::snapshot($old, 'updated_before', opts => \@as_dba,
	extra => \@user_relations, timestamps => 0);

# PostgreSQL 15.20 (Debian 12's since November 2026) records a version in the
# options of every column (pg_attver=N), which releases before it of the
# newer majors (17.11, 18.6: those Debian's source packages give) do not
# know: their pg_upgrade fails on any database with a table ('unrecognized
# parameter "pg_attver"'), whatever the extensions.  A DBA upgrades to a
# release of the new major made with or after the old one; here, when the
# new version refuses the option, it is taken out of the old cluster's
# catalogs before the upgrade, so that the test still shows what cag_ovt
# keeps.
$new->init(extra => ['--data-checksums']);
$new->start;
my ($refused) = $new->psql('postgres',
	'CREATE TEMP TABLE t (a int); ALTER TABLE t ALTER COLUMN a SET (pg_attver = 1)');
$new->stop;
my $attver = $old->safe_psql('postgres',
	q{SELECT count(*) FROM pg_catalog.pg_attribute WHERE attoptions::text LIKE '%pg_attver=%'});
if ($refused && $attver > 0)
{
	diag('PostgreSQL ' . $old->pg_version . ' writes pg_attver column options that '
		  . $new->pg_version . ' refuses: removed from the old cluster before pg_upgrade');
	foreach my $db (split /\n/, $old->safe_psql('postgres',
			'SELECT datname FROM pg_catalog.pg_database WHERE datallowconn'))
	{
		$old->safe_psql($db, q{
UPDATE pg_catalog.pg_attribute
SET attoptions = nullif(ARRAY(SELECT o FROM pg_catalog.unnest(attoptions) AS o
                              WHERE o NOT LIKE 'pg_attver=%'), '{}')
WHERE attoptions::text LIKE '%pg_attver=%'});
	}
}
$old->stop;

# pg_upgrade, with the new version's binaries (it writes its logs in the
# new data directory, a script in the current one).
my $new_bindir = `pg_config --bindir`;
chomp $new_bindir;
command_ok(
	[
		'pg_upgrade', '--no-sync',
		'--old-datadir', $old->data_dir,
		'--new-datadir', $new->data_dir,
		'--old-bindir', $old_bindir,
		'--new-bindir', $new_bindir,
		'--socketdir', $new->host,
		'--old-port', $old->port,
		'--new-port', $new->port,
		'--copy',
	],
	'pg_upgrade from ' . $old->pg_version . ' to ' . $new->pg_version);
$new->start;

# Every row and every figure kept.
foreach my $db ('released', 'current')
{
	is($new->safe_psql($db, "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
		$version{$db}, "$db: still at $version{$db} after pg_upgrade");
	my %after = CagTest::snapshot($new, $db, opts => \@as_dba, extra => \@user_relations);
	CagTest::compare_snapshots($before{$db}, \%after, "in $db after pg_upgrade");
}

# pg_upgrade creates the extensions as the superuser that runs it (pg_dump
# does not keep an extension's owner, and nothing can change it): the
# database owner who created it can no longer update it, a superuser does.
is($new->safe_psql('released', q{SELECT pg_get_userbyid(extowner) FROM pg_extension WHERE extname = 'cag_ovt'}),
	'postgres', 'after pg_upgrade the extension belongs to the superuser that ran it');
my ($ret, $out, $err) = $new->psql('released', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
like($err, qr/must be owner of extension cag_ovt/, '... so the database owner cannot update it');

# A superuser updates the 1.1 database on the new version: the same rows as
# the copy updated on the old version (which pg_upgrade kept too).
$new->safe_psql('released', 'ALTER EXTENSION cag_ovt UPDATE');
is($new->safe_psql('released', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	$version{current}, "released: updated to $version{current} on the new version");
CagTest::compare_snapshots(\%updated_on_old,
	{ CagTest::snapshot($new, 'updated_before', opts => \@as_dba, extra => \@user_relations, timestamps => 0) },
	'in the database updated on the old version, after pg_upgrade');
CagTest::compare_snapshots(\%updated_on_old,
	{ CagTest::snapshot($new, 'released', opts => \@as_dba, extra => \@user_relations, timestamps => 0) },
	'in the database updated after pg_upgrade as in the one updated before');

# The catalog: that of a fresh install on the new version, but for the
# implicit types (row types of relations, array types): from 17 on CREATE
# EXTENSION makes them members; pg_upgrade keeps the members of the old
# version, which did not, and so does ALTER EXTENSION UPDATE.  And in the
# definitions of views, the names of the columns of a UNION's later
# branches, which mean nothing: a view restored from 15 spells out the name
# a cast gives ('quebec'::text AS text).
$new->safe_psql('postgres', 'CREATE DATABASE fresh OWNER dba');
$new->safe_psql('fresh', 'CREATE EXTENSION cag_ovt', @as_dba);
my %implicit = map { $_ => 1 } split /\n/, $new->safe_psql(
	'fresh', q{
SELECT pg_catalog.format_type(t.oid, NULL) FROM pg_catalog.pg_type t
WHERE t.typnamespace = 'cag_ovt'::pg_catalog.regnamespace
  AND EXISTS (SELECT FROM pg_catalog.pg_depend i
              WHERE i.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                AND i.objid = t.oid AND i.deptype = 'i')});
cmp_ok(scalar(keys %implicit), '>', 20, scalar(keys %implicit) . ' implicit types');

sub explicit_catalog
{
	my ($db) = @_;
	return map { /^view / ? s/::(\w+) AS \1\b/::$1/gr : $_ }
	  grep { !(/^(?:member )?type (.*?)(?: [a-z] .*)?$/s && $implicit{$1}) }
	  CagTest::catalog($new, $db, @as_dba);
}
my @fresh = explicit_catalog('fresh');
cmp_ok(scalar(@fresh), '>', 1000, scalar(@fresh) . ' catalog facts');
CagTest::compare_catalogs(\@fresh, [ explicit_catalog($_) ], "of $_ as in a fresh install")
  foreach ('current', 'released', 'updated_before');

$new->stop;
done_testing();

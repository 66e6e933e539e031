# The indicator tables (positions, partner committees and their meetings,
# regional priorities, targets) belong to the bootstrap superuser when a
# database owner creates the (trusted) extension: the owner edits them,
# grants reading them to an analyst, dumps and restores them with their
# identity sequences, and the views give the same figures after the restore.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('indicators');
$node->init;
$node->start;

my @as_dba = CagTest::owner_databases($node, 'dba', 'src', 'dst');
$node->safe_psql('postgres', 'CREATE ROLE analyst LOGIN');
my @as_analyst = (extra_params => [ '-U', 'analyst' ]);

$node->safe_psql('src', 'CREATE EXTENSION cag_ovt', @as_dba);
is($node->safe_psql('src', "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'cag_ovt.positions'::regclass"),
	'postgres', 'the tables belong to the bootstrap superuser');

# The database owner loads data (identity values from the sequences) and
# edits the seeded regional priorities.
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
INSERT INTO positions (region, office, opened_on, closed_on, regionalized) VALUES
    ('Estrie', 'Sherbrooke', '2020-05-01', NULL, true),
    ('Montréal', NULL, '2019-06-01', '2021-03-31', false),
    ('Capitale-Nationale', NULL, '2019-04-01', NULL, false),
    ('Bas-Saint-Laurent', 'Rimouski', '2021-03-31', NULL, true);
INSERT INTO partner_committees (name, region, created_on, rules_adopted_on) VALUES
    ('National', NULL, '2020-09-01', '2021-02-15'),
    ('Estrie', 'Estrie', '2021-03-31', NULL);
INSERT INTO committee_meetings (committee_id, held_on)
SELECT committee_id, d FROM partner_committees, (VALUES (date '2020-10-01'), ('2021-05-05')) AS t(d);
INSERT INTO targets (indicator, fiscal_year, region, target) VALUES
    ('share_in_regions', 2020, NULL, 60), ('regionalized_positions', 2020, 'Estrie', 1);
UPDATE regional_priorities SET indicator = 'eco_share' WHERE region = 'Lanaudière';
DELETE FROM regional_priorities WHERE region = 'Nord-du-Québec';
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Laval', 1, 'Priorité ajoutée', 'regional_share');
}, @as_dba);

# The owner grants reading to an analyst, who reads the views.
$node->safe_psql('src',
	'GRANT SELECT ON cag_ovt.positions, cag_ovt.partner_committees, cag_ovt.committee_meetings, '
	  . 'cag_ovt.targets TO analyst', @as_dba);
is( $node->safe_psql(
		'src',
		"SELECT total_positions || ' ' || share_in_regions FROM cag_ovt.regional_positions "
		  . "WHERE fiscal_year = 2020 AND scope = 'quebec'",
		@as_analyst),
	'3 0.6667',
	'an analyst granted SELECT reads regional_positions');
is( $node->safe_psql(
		'src',
		"SELECT committees || ' ' || committees_with_rules || ' ' || meetings_held "
		  . 'FROM cag_ovt.partner_committee_status WHERE fiscal_year = 2020',
		@as_analyst),
	'2 1 2',
	'an analyst granted SELECT reads partner_committee_status');
my ($ret, $out, $err) = $node->psql('src', 'INSERT INTO cag_ovt.targets VALUES (\'eco_share\', 2020, NULL, 8)',
	@as_analyst);
like($err, qr/permission denied for table targets/, 'the analyst cannot write targets');

my @tables = qw(positions partner_committees committee_meetings regional_priorities targets
  deleted_reference_keys);
my @views = (
	'regional_positions ORDER BY fiscal_year, region_code NULLS FIRST',
	'partner_committee_status ORDER BY fiscal_year',
	'plan_actions',
);

sub content
{
	my ($db, $what) = @_;
	return CagTest::rows_digest($node, $db, "SELECT * FROM cag_ovt.$what", @as_dba);
}

my %expected = map { $_ => content('src', $_) } @tables, @views;

my $tmp = PostgreSQL::Test::Utils::tempdir;
CagTest::dump_restore_as_owner($node, $tmp, 'src', 'dst', 'dba');
foreach my $what (@tables, @views)
{
	is(content('dst', $what), $expected{$what}, "$what identical after the restore");
}

# The identity sequences were restored: new rows get new numbers.
is( $node->safe_psql(
		'dst',
		"INSERT INTO cag_ovt.positions (region, opened_on) VALUES ('Laval', '2022-01-01') RETURNING position_id",
		@as_dba),
	'5',
	'positions: the sequence continues after the restore');
is( $node->safe_psql(
		'dst',
		"INSERT INTO cag_ovt.partner_committees (name) VALUES ('Laval') RETURNING committee_id",
		@as_dba),
	'3',
	'partner_committees: the sequence continues after the restore');

$node->stop;
done_testing();

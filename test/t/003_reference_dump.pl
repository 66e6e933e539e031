# The reference tables survive pg_dump and pg_restore with the DBA's edits:
# edited seed rows, new rows, deleted seed rows (replayed from
# cag_ovt.deleted_reference_keys), and the reference cache answers from the
# restored data.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('refdump');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION cag_ovt');

# The DBA's edits: update, insert and delete rows of each table, change a
# key, insert an existing key (which replaces the row).
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
UPDATE regions SET cag_branch = true, name_en = 'Laval Island' WHERE region = '13';
DELETE FROM regions WHERE region = 'Centre-du-Québec';
INSERT INTO regions (region, name_fr, name_en, cag_branch, counts_as_region)
VALUES ('03', 'Capitale-Nationale', 'Quebec City region', true, true);

UPDATE municipalities SET population = 400, name = 'Abercorn (village)' WHERE code = '46005';
DELETE FROM municipalities WHERE code IN ('48028', '30055');
INSERT INTO municipalities (code, name, status, postal_code, fsa, region, population)
VALUES ('24001', 'Nouvelle-Ville', 'Ville', 'H7X 1A1', 'H7X', 'Laval', 12);
INSERT INTO municipalities (code, name, status, postal_code, fsa, region, population)
VALUES ('99055', 'Chisasibi', 'Village cri (Terre 1-B)', 'J0M 1E0', 'J0M', '10', 4985);
UPDATE municipalities SET code = '99996' WHERE code = '99060';

DELETE FROM mrc_region_changes WHERE prefix = '47';
UPDATE mrc_region_changes SET note = 'edited' WHERE prefix = '46';
INSERT INTO mrc_region_changes (prefix, from_region, to_region, effective_on, note)
VALUES ('88', 'Abitibi-Témiscamingue', 'Nord-du-Québec', '2030-01-01', 'fictional');

DELETE FROM locality_aliases WHERE alias = 'Three Rivers';
INSERT INTO locality_aliases (alias, municipalities, kind, source)
VALUES ('Plateau', '{66023}', 'neighbourhood', 'DBA');
UPDATE fsa_regions SET source = 'edited' WHERE fsa = 'G0A';
INSERT INTO fsa_regions (fsa, region, localities, source) VALUES ('H0A', '06', 'fictional', 'DBA');
DELETE FROM former_municipalities WHERE name = 'Hull';
INSERT INTO former_municipalities (name, ended_on, successor, event, source)
VALUES ('Fictiveville', '2030-01-01', '24001', 'merged', 'DBA');
DELETE FROM ldu_communities WHERE postal_code = 'J0T 1T0';
UPDATE ldu_communities SET source = 'edited' WHERE postal_code = 'G0A 1E0';
INSERT INTO ldu_communities (postal_code, community, region, source) VALUES ('J0T 9Z9', 'Fictive', '15', 'DBA');
INSERT INTO known_parties (party, name, identifier, municipality, source) VALUES
    ('buyer', 'Régie fictive', 'OP-1', '23027', 'DBA'),
    ('supplier', 'Fournisseur fictif', '1149222300', NULL, 'DBA');
UPDATE known_parties SET region = 'Laval' WHERE name = 'Fournisseur fictif';
});

my @tables = qw(regions municipalities mrc_region_changes fsa_regions ldu_communities
  former_municipalities locality_aliases known_parties deleted_reference_keys);

sub table_content
{
	my ($db, $table) = @_;
	return CagTest::relation_digest($node, $db, "cag_ovt.$table");
}

my %expected = map { $_ => table_content('src', $_) } @tables;

my $lookups = q{
SELECT concat_ws(' ',
    cag_ovt.region_of_municipality('47017', '2021-01-01'),
    cag_ovt.region_of_municipality('46005', '2021-01-01'),
    cag_ovt.region_of_municipality('88022', '2031-01-01'),
    cag_ovt.region_of_municipality('88022', '2029-01-01'),
    cag_ovt.region_of_municipality('24001'),
    cag_ovt.region_of_fsa('H7X'),
    coalesce(cag_ovt.region_of_fsa('G0Y')::text, 'NULL'),
    (SELECT count(*) FROM cag_ovt.municipalities),
    (SELECT count(*) FROM cag_ovt.regions),
    cag_ovt.region_of_locality('Plateau'),
    coalesce(cag_ovt.region_of_locality('Three Rivers')::text, 'NULL'),
    coalesce(cag_ovt.region_of_locality('Hull')::text, 'NULL'),
    cag_ovt.region_of_locality('Fictiveville'),
    cag_ovt.region_of_fsa('H0A'),
    cag_ovt.region_of_postal_code('J0T 9Z9'),
    coalesce(cag_ovt.region_of_postal_code('J0T 1T0')::text, 'NULL'),
    cag_ovt.locate(NULL, NULL, 'QC', NULL, name => 'Régie fictive', party => 'buyer') ->> 'region',
    cag_ovt.locate(NULL, NULL, 'QC', NULL, name => 'Fournisseur fictif') ->> 'region')
};
my $expected_lookups =
  'Estrie Montérégie Abitibi-Témiscamingue Abitibi-Témiscamingue Laval Laval NULL 1129 16 Montréal NULL NULL Laval Montréal Laurentides NULL Capitale-Nationale Laval';
is($node->safe_psql('src', $lookups), $expected_lookups, 'lookups in the source database');
is($node->safe_psql('src', 'SELECT count(*) FROM cag_ovt.deleted_reference_keys'),
	'8', 'eight deletions recorded');

my $tmp = PostgreSQL::Test::Utils::tempdir;

sub check_restored
{
	my ($db, $how) = @_;
	foreach my $table (@tables)
	{
		is(table_content($db, $table), $expected{$table},
			"$table identical after $how");
	}
	is($node->safe_psql($db, $lookups), $expected_lookups,
		"the cache answers from the restored data after $how");
}

# Custom format (also in a single transaction), plain format, data only
# (twice: the second restore finds every key of the reference tables; the
# registry known_parties, which the extension does not seed, is restored
# like purchases: into an empty table).
CagTest::dump_restore_every_way($node, $tmp, 'src', \&check_restored, single => 1, twice => 1,
	before_again => 'TRUNCATE cag_ovt.known_parties');

# The extension is trusted: a database owner who is not superuser creates
# it, edits the reference tables (they belong to the bootstrap superuser),
# dumps and restores them.
my @as_dba = CagTest::owner_databases($node, 'dba', 'dba_src', 'dba_dst');
$node->safe_psql('dba_src', 'CREATE EXTENSION cag_ovt', @as_dba);
$node->safe_psql(
	'dba_src', q{
SET search_path = cag_ovt;
UPDATE regions SET cag_branch = true WHERE code = '13';
DELETE FROM municipalities WHERE code = '46005';
INSERT INTO municipalities (code, name, status, region) VALUES ('48028', 'Acton', 'Ville', '16');
DELETE FROM mrc_region_changes WHERE prefix = '47';
}, @as_dba);
my %dba_expected = map { $_ => table_content('dba_src', $_) } @tables;
# The install script gives schema cag_ovt to the superuser that runs it (see
# src/schema.sql), so the dump says ALTER SCHEMA cag_ovt OWNER TO the
# bootstrap superuser, which the database owner may not do: it restores
# with --no-owner, as for any dump of objects it does not own.
CagTest::dump_restore_as_owner($node, $tmp, 'dba_src', 'dba_dst', 'dba');
foreach my $table (@tables)
{
	is(table_content('dba_dst', $table), $dba_expected{$table},
		"$table identical after a restore by the database owner");
}
is( $node->safe_psql(
		'dba_dst',
		"SELECT concat_ws(' ', cag_ovt.region_of_municipality('47017', '2000-01-01'), "
		  . "(SELECT count(*) FROM cag_ovt.municipalities))",
		@as_dba),
	'Estrie 1129',
	'the cache answers from the data restored by the database owner');

$node->stop;
done_testing();

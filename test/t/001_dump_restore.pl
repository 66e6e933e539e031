# Every cag_ovt type survives pg_dump and pg_restore (custom format), and
# plain-format dumps, in a database that has the extension.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION cag_ovt');

# One column per type, with values that exercise each type's text form.
# Add a line here with every new type.
my %values = (
	neq => [ '1149222300', '1142177600', '2260000007' ],
	postal_code => [ 'H2X 1Y4', 'g1k7p4', 'X0A-0H0', 'A0A 0A0', 'Y9Z 9Z9' ],
	unspsc => [ '50000000', '50-12-15-00', '50121537', '10000000', '99999999' ],
	qc_region => [ 'Estrie', '02', 'Gaspésie–Îles-de-la-Madeleine', 'Montreal', '17' ],
);

foreach my $type (sort keys %values)
{
	my $list = join(', ', map { "('$_')" } @{ $values{$type} });
	$node->safe_psql('src',
		"CREATE TABLE t_$type (id serial PRIMARY KEY, v cag_ovt.$type);"
		  . "INSERT INTO t_$type (v) VALUES $list, (NULL);");
}

my $tmp = PostgreSQL::Test::Utils::tempdir;
my $bindir = $node->config_data('--bindir');

foreach my $format ('custom', 'plain')
{
	my $file = "$tmp/dump.$format";
	my $db = "restored_$format";
	$node->command_ok(
		[ 'pg_dump', '-F', substr($format, 0, 1), '-f', $file, '-d', $node->connstr('src') ],
		"pg_dump --format=$format");
	$node->safe_psql('postgres', "CREATE DATABASE $db");
	if ($format eq 'custom')
	{
		$node->command_ok(
			[ 'pg_restore', '--exit-on-error', '-d', $node->connstr($db), $file ],
			'pg_restore');
	}
	else
	{
		$node->command_ok(
			[ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', $file, '-d', $node->connstr($db) ],
			'psql restores the plain dump');
	}
	foreach my $type (sort keys %values)
	{
		my $query = "SELECT id, v::text FROM t_$type ORDER BY id";
		is($node->safe_psql($db, $query), $node->safe_psql('src', $query),
			"$type values identical after $format restore");
		is($node->safe_psql($db, "SELECT pg_typeof(v)::text FROM t_$type LIMIT 1"),
			"cag_ovt.$type", "$type column keeps its type");
	}
}

$node->stop;
done_testing();

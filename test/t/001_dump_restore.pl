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
	purchase_class => [ '{}', '{quebec,regional,eco}', '{outside_quebec,outside_region,food,quebec_food,group_purchase}',
		'{quebec,eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}' ],
	share_state => [
		'{"version": 1, "count": 0, "amount": 0.00, "matching_count": 0, "matching_amount": 0.00}',
		'{"version": 1, "count": 3, "amount": -12.05, "matching_count": 1, "matching_amount": 9223.37}',
	],
	spend_summary => [
		'{"version": 1, "count": 0, "amount": 0.00, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 0, "amount": 0.00}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}',
		'{"version": 1, "count": 5, "amount": 1310.25, "flags": {"quebec": {"count": 2, "amount": 1250.50}, "outside_quebec": {"count": 1, "amount": -40.25}, "regional": {"count": 1, "amount": 1000.00}, "outside_region": {"count": 2, "amount": 210.25}, "eco": {"count": 2, "amount": 959.75}, "food": {"count": 2, "amount": 350.49}, "quebec_food": {"count": 1, "amount": 250.50}, "group_purchase": {"count": 1, "amount": 99.99}}}',
		'{"version": 1, "count": 4294967295, "amount": -92233720368547758.08, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 4294967295, "amount": -92233720368547758.08}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}}}',
		'{"version": 2, "count": 3, "amount": 6.75, "unpriced_count": 1, "flags": {"quebec": {"count": 1, "amount": 10.25}, "outside_quebec": {"count": 1, "amount": -3.50}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 1, "amount": 10.25}, "food": {"count": 1, "amount": -3.50}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": -3.50}, "group_purchase_unknown": {"amount": 10.25}}}',
		'{"version": 2, "count": 4294967295, "amount": -92233720368547758.08, "unpriced_count": 4294967294, "flags": {"quebec": {"count": 0, "amount": 0.00}, "outside_quebec": {"count": 0, "amount": 0.00}, "regional": {"count": 0, "amount": 0.00}, "outside_region": {"count": 0, "amount": 0.00}, "eco": {"count": 1, "amount": -92233720368547758.08}, "food": {"count": 0, "amount": 0.00}, "quebec_food": {"count": 0, "amount": 0.00}, "group_purchase": {"count": 0, "amount": 0.00}, "eco_unknown": {"amount": 0.00}, "food_unknown": {"amount": 0.00}, "quebec_food_unknown": {"amount": 0.00}, "group_purchase_unknown": {"amount": 92233720368547758.07}}}',
	],
);

foreach my $type (sort keys %values)
{
	my $list = join(', ', map { "('$_')" } @{ $values{$type} });
	$node->safe_psql('src',
		"CREATE TABLE t_$type (id serial PRIMARY KEY, v cag_ovt.$type);"
		  . "INSERT INTO t_$type (v) VALUES $list, (NULL);");
}

# Summaries built by the aggregate and stored: they must roll up the same
# after a restore (the two-step pattern of the README).
$node->safe_psql('src', q{
	CREATE TABLE monthly AS
	SELECT i % 12 AS month,
	       cag_ovt.spend_agg(round((i * 37 % 1000) / 7.0, 3) - 20,
	           (ARRAY['{}', '{quebec,regional}', '{outside_quebec,eco}'])[1 + i % 3]::cag_ovt.purchase_class) AS summary
	FROM generate_series(1, 1000) AS i GROUP BY 1});
my $rollup_query = 'SELECT cag_ovt.rollup(summary)::text, count(*) FROM monthly';

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
	is($node->safe_psql($db, $rollup_query), $node->safe_psql('src', $rollup_query),
		"stored summaries roll up the same after $format restore");
}

$node->stop;
done_testing();

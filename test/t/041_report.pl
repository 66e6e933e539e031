# packages: chromium fonts-dejavu-core
#
# cag_ovt-report on the demo data, rendered by a real browser: Debian's
# Chromium, headless, with a fresh profile and nothing in the background
# (the line above: test/run.sh installs it when this test runs).  The page
# loads without a single console message (a Content Security Policy
# violation -- anything the page would fetch -- or a script error would log
# one), and the DOM Chromium builds (--dump-dom) holds one chart per action
# of the plan whose bars and target lines carry the figures of
# action_plan_report, and a summary row per indicator with the view's value,
# target and coverage.  cag_ovt-report takes a connection string and a URI
# as psql does, and refuses bad arguments.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;

my $node = PostgreSQL::Test::Cluster->new('report');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE DATABASE demo');
$node->safe_psql('demo', 'CREATE EXTENSION cag_ovt');
$node->command_ok(
	[ 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'rows=20000', '-d', $node->connstr('demo'),
	  '-f', 'data/demo/generate.sql' ],
	'the demo data is loaded');

my $tmp = PostgreSQL::Test::Utils::tempdir;
my $host = $node->host;
my $port = $node->port;

# The command, with psql's forms of connection.
$node->command_ok(
	[ 'cag_ovt-report', '-d', "host=$host port=$port dbname=demo", '-y', '2021-2022', '-o', "$tmp/fr.html" ],
	'cag_ovt-report writes the French report (connection string)');
$node->command_ok(
	[ 'cag_ovt-report', '--lang=en', "--output=$tmp/en.html", '-h', $host, '-p', $port,
	  "postgresql:///demo?host=$host&port=$port", '--fiscal-year', '2021' ],
	'... and the English one (URI, long options)');
sub run
{
	my ($out, $err) = ('', '');
	IPC::Run::run([@_], '>', \$out, '2>', \$err);
	return ($?, $out, $err);
}
my ($ret, $stdout, $stderr) =
  run('cag_ovt-report', '-h', $host, '-p', $port, '-d', 'postgres', '-o', "$tmp/none.html");
isnt($ret, 0, 'a database without the extension is an error');
like($stderr, qr/^cag_ovt-report: cag_ovt is not installed in database "postgres": run CREATE EXTENSION cag_ovt$/m,
	'... which says so in one line');
ok(!-e "$tmp/none.html", '... and writes nothing');
($ret, $stdout, $stderr) = run('cag_ovt-report', '-y', '2022-2024');
is($ret >> 8, 2, 'a fiscal year of three years is a usage error');
like($stderr, qr/two consecutive years/, '... which says so');
($ret, $stdout, $stderr) = run('cag_ovt-report', '-h', $host, '-p', $port, '-d', 'demo', '-y', '2021');
like($stdout, qr/^<!DOCTYPE html>.*<\/html>\n\z/s, 'without -o, the report goes to standard output');

# Chromium: the page, as a browser builds it.
sub chromium
{
	my ($page, @what) = @_;
	my ($out, $err) = ('', '');
	my $profile = PostgreSQL::Test::Utils::tempdir;
	IPC::Run::run(
		[
			'chromium', '--headless', '--no-sandbox', '--disable-gpu',
			'--disable-background-networking', '--disable-component-update',
			'--disable-sync', '--no-first-run', "--user-data-dir=$profile",
			'--enable-logging=stderr', '--v=0', @what, "file://$page"
		],
		'>', \$out, '2>', \$err,
		IPC::Run::timeout(120)) or diag("chromium: $err");
	return ($out, $err);
}

foreach my $lang ('fr', 'en')
{
	my ($dom, $log) = chromium("$tmp/$lang.html", '--dump-dom');
	like($dom, qr/<html lang="$lang">/, "$lang: Chromium renders the page");
	my @console = grep { /:CONSOLE/ } split /\n/, $log;
	is_deeply(\@console, [], "$lang: no console message") or diag(join("\n", @console));

	# One chart per action of the plan, and nothing else drawn as one.
	my @charts = $dom =~ /<svg class="chart" data-item="(\d+)"/g;
	my $items = $node->safe_psql('demo', 'SELECT string_agg(item::text, \',\' ORDER BY item) FROM cag_ovt.plan_actions');
	is(join(',', sort { $a <=> $b } @charts), $items, "$lang: one chart per action of the plan");

	# The bars and target lines of each chart, against action_plan_report.
	my (@bars, @targets);
	foreach my $chart (split /<svg class="chart"/, $dom)
	{
		my ($item) = $chart =~ /^ data-item="(\d+)"/ or next;
		$chart =~ s/<\/svg>.*//s;
		push @bars, "$item|$1|$2"
		  while $chart =~ /<rect class="bar[^"]*" data-fiscal-year="(\d+)" data-value="([-0-9.]+)"/g;
		push @targets, "$item|$1|$2"
		  while $chart =~ /<line class="target" data-fiscal-year="(\d+)" data-target="([-0-9.]+)"/g;
	}
	is( join("\n", sort @bars),
		$node->safe_psql('demo',
			q{SELECT string_agg(item || '|' || fiscal_year || '|' || value, E'\n' ORDER BY item || '|' || fiscal_year || '|' || value)
			  FROM cag_ovt.action_plan_report WHERE value IS NOT NULL}),
		"$lang: the bars are the values of action_plan_report");
	is( join("\n", sort @targets),
		$node->safe_psql('demo',
			q{SELECT string_agg(item || '|' || fiscal_year || '|' || target, E'\n' ORDER BY item || '|' || fiscal_year || '|' || target)
			  FROM cag_ovt.action_plan_report WHERE target IS NOT NULL}),
		"$lang: the target lines are the targets");

	# The summary of the chosen year, with the coverage of the views.
	my @rows;
	push @rows, join('|', $1, $2, $3, $4)
	  while $dom =~ /<tr data-item="(\d+)" data-indicator="[a-z_]+" data-value="([-0-9.]*)" data-target="([-0-9.]*)" data-coverage="([-0-9.]*)"/g;
	is( join("\n", @rows),
		$node->safe_psql('demo', q{
SELECT string_agg(a.item || '|' || coalesce(a.value::text, '') || '|' || coalesce(a.target::text, '') || '|'
                  || coalesce(a.coverage::text, ''), E'\n' ORDER BY a.item)
FROM cag_ovt.action_plan_report a
WHERE a.fiscal_year = 2021 AND a.scope = 'quebec'}),
		"$lang: the summary holds each indicator's value, target and coverage");
}

# A picture of it: the page has a size and is not blank.
chromium("$tmp/fr.html", '--hide-scrollbars', '--window-size=1000,2000', "--screenshot=$tmp/fr.png");
ok(-s "$tmp/fr.png" > 50_000, 'Chromium takes a screenshot of the page (' . (-s "$tmp/fr.png" // 0) . ' bytes)');

$node->stop;
done_testing();

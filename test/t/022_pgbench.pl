# Concurrent use under pgbench: clients insert purchases (batches of 20
# rows, each classed by the trigger) while others read the views -- and
# check in each read that the purchase views add up to the purchases of
# the same snapshot -- and others refresh spend_by_month concurrently, for
# a fixed number of transactions.  No client fails, the server logs no
# deadlock nor error, and the final counts and totals are exact: every row
# inserted once, the sum of the amounts, the views and the refreshed
# materialized view equal to what the inserts put in.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;
use IPC::Run;

my $node = PostgreSQL::Test::Cluster->new('pgbench');
$node->init;
$node->append_conf('postgresql.conf',
	"max_connections = 40\ndeadlock_timeout = 100ms\nlog_lock_waits = on\n");
$node->start;

$node->safe_psql('postgres', q{
CREATE EXTENSION cag_ovt;
-- the row numbers handed to the inserting clients: 1..N, once each
CREATE SEQUENCE public.purchase_numbers;
-- the content of purchase n: dates over three fiscal years, postal codes of
-- several regions (J2K moved from Montérégie to Estrie on 2021-07-08) and
-- provinces, eco and food categories and labels, credit notes
CREATE FUNCTION public.bench_amount(n bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT round(((n * 7919) % 1000000) / 100.0 - 100, 2) $$;
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
});

my $tmp = PostgreSQL::Test::Utils::tempdir;
my %scripts = (
	insert => q{
INSERT INTO cag_ovt.purchases (purchased_on, buyer_municipality, delivery_region, supplier_postal_code,
                               supplier_province, category, labels, group_purchase, amount,
                               source, source_ref)
SELECT date '2020-04-01' + ((n * 37) % 1095)::integer,
       (ARRAY['46080', '47025', NULL, '66023'])[1 + n % 4],
       (ARRAY['Estrie', 'Montérégie', 'Montréal', NULL, 'Capitale-Nationale', 'Laval'])[1 + n % 6]::cag_ovt.qc_region,
       (ARRAY['J2K 1A1', 'J1H 5N4', 'H2X 1Y4', 'G1R 4P5', 'K1A 0B1', NULL])[1 + (n / 6) % 6]::cag_ovt.postal_code,
       (ARRAY['QC', 'ON', NULL])[1 + n % 3],
       (ARRAY['50121537', '43211503', '14111500', '72121000'])[1 + (n / 3) % 4]::cag_ovt.unspsc,
       (ARRAY['{"ENERGY STAR"}', '{FSC}', '{"Aliments du Québec"}', NULL])[1 + (n / 5) % 4]::text[],
       n % 3 = 0,
       public.bench_amount(n),
       'bench', n::text
FROM (SELECT nextval('public.purchase_numbers') AS n FROM generate_series(1, 20)) AS s;
},
	# each read checks, in one snapshot, that the views add up
	read => q{
SELECT count(*) FROM cag_ovt.quebec_purchase_share;
SELECT count(*) FROM cag_ovt.eco_purchase_share WHERE scope = 'region';
SELECT count(*) FROM cag_ovt.action_plan_report;
SELECT CASE WHEN v.total = p.total AND v.n = p.n AND r.total = p.total AND r.n = p.n THEN 1
            ELSE 1 / (p.n - p.n)::integer END AS views_add_up     -- an error otherwise
FROM (SELECT coalesce(sum(total_amount), 0) AS total, coalesce(sum(purchase_count), 0) AS n
      FROM cag_ovt.quebec_purchase_share_totals) AS v,
     (SELECT coalesce(sum(total_amount), 0) AS total, coalesce(sum(purchase_count), 0) AS n
      FROM cag_ovt.quebec_purchase_share) AS r,
     (SELECT coalesce(sum(amount), 0) AS total, count(*) AS n FROM cag_ovt.purchases) AS p;
},
	refresh => q{
REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month;
SELECT count(*) FROM cag_ovt.spend_by_fiscal_year_region();
},
);
foreach my $name (keys %scripts)
{
	open my $fh, '>', "$tmp/$name.sql" or die $!;
	print $fh $scripts{$name};
	close $fh;
}

# clients, transactions per client
my %runs = (insert => [ 6, 1500 ], read => [ 3, 30 ], refresh => [ 2, 15 ]);
my $rows = 20 * $runs{insert}[0] * $runs{insert}[1];

my (%out, %err, %h);
foreach my $name (sort keys %runs)
{
	my ($clients, $transactions) = @{ $runs{$name} };
	$out{$name} = $err{$name} = '';
	$h{$name} = IPC::Run::start(
		[
			'pgbench', '--no-vacuum', '--client', $clients, '--jobs', $clients,
			'--transactions', $transactions, '--file', "$tmp/$name.sql",
			$node->connstr('postgres')
		],
		'>', \$out{$name}, '2>', \$err{$name});
}
foreach my $name (sort keys %runs)
{
	my ($clients, $transactions) = @{ $runs{$name} };
	ok($h{$name}->finish, "pgbench $name: exit status 0") or diag($err{$name});
	my $total = $clients * $transactions;
	like($out{$name}, qr{number of transactions actually processed: $total/$total\b},
		"pgbench $name: $total transactions processed");
	like($out{$name}, qr{number of failed transactions: 0 }, "pgbench $name: no failed transaction");
	unlike($err{$name}, qr/aborted|error/i, "pgbench $name: no client aborted");
	note("pgbench $name: " . join(' ', $out{$name} =~ /^(tps = \S+)/m));
}

my $log = slurp_file($node->logfile);
unlike($log, qr/deadlock detected/, 'no deadlock');
unlike($log, qr/\bERROR:/, 'no error in the server log');

# Exact counts and totals.
is( $node->safe_psql(
		'postgres', q{
SELECT count(*) || ' ' || count(DISTINCT source_ref) || ' ' || min(source_ref::bigint) || ' ' || max(source_ref::bigint)
FROM cag_ovt.purchases WHERE source = 'bench'}),
	"$rows $rows 1 $rows",
	"$rows purchases, each inserted once");
my $expected_total = $node->safe_psql('postgres',
	"SELECT sum(public.bench_amount(n)) FROM generate_series(1, $rows) AS n");
is($node->safe_psql('postgres', 'SELECT sum(amount) FROM cag_ovt.purchases'),
	$expected_total, "the amounts add up to $expected_total");
is( $node->safe_psql(
		'postgres',
		"SELECT sum(total_amount) || ' ' || sum(purchase_count) FROM cag_ovt.quebec_purchase_share_totals"),
	"$expected_total $rows",
	'quebec_purchase_share_totals adds up to the same');
is( $node->safe_psql(
		'postgres',
		"SELECT sum(total_amount) || ' ' || sum(purchase_count) FROM cag_ovt.quebec_purchase_share"),
	"$expected_total $rows",
	'... and so do the rows of quebec_purchase_share, by region');
is(CagTest::misclassified($node, 'postgres'),
	'0',
	'every purchase has the class of its row');

# spend_by_month, refreshed concurrently during the run: once more, and it
# gives the live summaries exactly.
$node->safe_psql('postgres', 'REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month');
is(CagTest::rolled_up_differences($node, 'postgres', [qw(summary group_summary)]),
	'0',
	'spend_by_month gives the live summaries');
is( $node->safe_psql(
		'postgres',
		"SELECT cag_ovt.total_amount(cag_ovt.rollup(summary)) || ' ' || cag_ovt.purchase_count(cag_ovt.rollup(summary)) "
		  . 'FROM cag_ovt.spend_by_month'),
	"$expected_total $rows",
	'spend_by_month adds up to the purchases');

$node->stop;
done_testing();

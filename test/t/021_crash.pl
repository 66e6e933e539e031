# Crash safety: sessions load purchases (INSERT, COPY, upserts on
# (source, source_ref)) in transactions of known content while another
# refreshes spend_by_month concurrently; the server is stopped with
# pg_ctl -m immediate in the middle of the load and restarted.  After
# crash recovery every transaction a client saw committed is there, whole;
# nothing is left of the interrupted ones; every purchase has the class
# classify_purchase gives its row; the indexes are sound (amcheck); the
# materialized view refreshes and agrees with the live views.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;
use IPC::Run;
use Time::HiRes qw(usleep);

my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
# Commits are acknowledged once their WAL is written; an immediate stop
# kills the processes, not the machine, so fsync does not matter here.
$node->append_conf('postgresql.conf', "synchronous_commit = on\nmax_connections = 30\n");
$node->start;

$node->safe_psql('postgres', q{
CREATE EXTENSION cag_ovt;
CREATE EXTENSION amcheck;
-- one row per committed batch, written in the batch's transaction
CREATE TABLE public.batches (session text, batch integer, rows integer, cents bigint,
                             PRIMARY KEY (session, batch));
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
});

# The content of row i of batch b of session s: deterministic, spread over
# dates around the territorial change of 2021-07-08, postal codes of
# several regions and provinces, food and eco categories and labels,
# credit notes.
my @postal = ('J2K 1A1', 'J1H 5N4', 'H2X 1Y4', 'G1R 4P5', 'K1A 0B1', '\N', 'J0E 1B0');
my @province = ('QC', 'ON', '\N', 'Québec');
my @region = ('Estrie', 'Montérégie', 'Montréal', '\N', 'Capitale-Nationale', 'Laval');
my @municipality = ('46080', '47025', '\N', '66023');
my @category = ('50121537', '43211503', '14111500', '50131700', '72121000', '\N');
my @labels = ('{"ENERGY STAR"}', '{FSC}', '{"Aliments du Québec"}', '{"Aliments préparés au Québec"}', '\N');

sub row
{
	my ($s, $b, $i) = @_;
	my $k = $s * 7919 + $b * 104729 + $i * 31;
	my $cents = ($s * 131 + $b * 17 + $i * 7919) % 10_000_000 - 50_000;
	my ($y, $m, $d) = (2020 + int(($k % 1000) / 365), 1 + $k % 12, 1 + $k % 28);
	return {
		purchased_on => sprintf('%04d-%02d-%02d', $y, $m, $d),
		buyer_municipality => $municipality[ $k % @municipality ],
		delivery_region => $region[ ($k >> 3) % @region ],
		supplier_postal_code => $postal[ ($k >> 5) % @postal ],
		supplier_province => $province[ ($k >> 7) % @province ],
		category => $category[ ($k >> 9) % @category ],
		labels => $labels[ ($k >> 11) % @labels ],
		group_purchase => ($k % 3 == 0 ? 't' : 'f'),
		cents => $cents,
	};
}

my @columns = qw(purchased_on buyer_municipality delivery_region supplier_postal_code
  supplier_province category labels group_purchase);

sub amount
{
	my ($cents) = @_;
	return sprintf('%s%d.%02d', $cents < 0 ? '-' : '', abs($cents) / 100, abs($cents) % 100);
}

sub sql_value
{
	my ($v) = @_;
	return 'NULL' if $v eq '\N';
	$v =~ s/'/''/g;
	return "'$v'";
}

# Scripts: each batch in its own transaction, with its row in
# public.batches; "begin s b" before it, "done s b" once COMMIT returned.
my $batches = 600;    # more than the load has time for
my %expected;          # "s b" => "rows cents"
my $tmp = PostgreSQL::Test::Utils::tempdir;

sub write_script
{
	my ($s, $kind, $rows) = @_;
	open my $fh, '>', "$tmp/$s.sql" or die $!;
	print $fh "\\set ON_ERROR_STOP 1\n\\set QUIET 1\n";
	for my $b (1 .. $batches)
	{
		my ($n, $sum) = (0, 0);
		print $fh "\\echo begin $s $b\nBEGIN;\n";
		my @rows = map { row($s, $b, $_) } 1 .. $rows;
		if ($kind eq 'copy')
		{
			print $fh 'COPY cag_ovt.purchases (' . join(', ', @columns)
			  . ", amount, source, source_ref) FROM stdin;\n";
			for my $i (1 .. $rows)
			{
				my $r = $rows[ $i - 1 ];
				print $fh join("\t", (map { $r->{$_} } @columns), amount($r->{cents}), 'crash', "$s-$b-$i")
				  . "\n";
			}
			print $fh "\\.\n";
		}
		else
		{
			# insert: new refs; upsert: the same refs every batch, replaced
			print $fh 'INSERT INTO cag_ovt.purchases (' . join(', ', @columns)
			  . ", amount, source, source_ref) VALUES\n";
			print $fh join(
				",\n",
				map {
					my $r = $rows[ $_ - 1 ];
					my $ref = $kind eq 'upsert' ? "$s-$_" : "$s-$b-$_";
					'(' . join(', ', (map { sql_value($r->{$_}) } @columns), amount($r->{cents}), "'crash'", "'$ref'") . ')'
				} 1 .. $rows);
			print $fh $kind eq 'upsert'
			  ? "\nON CONFLICT (source, source_ref) WHERE source IS NOT NULL AND source_ref IS NOT NULL\n"
			  . "DO UPDATE SET amount = EXCLUDED.amount, purchased_on = EXCLUDED.purchased_on,\n"
			  . "  supplier_postal_code = EXCLUDED.supplier_postal_code, labels = EXCLUDED.labels;\n"
			  : ";\n";
		}
		$n += $rows;
		$sum += $_->{cents} for @rows;
		$expected{"$s $b"} = "$n $sum";
		# keep the transaction open a little: the stop finds some in flight
		print $fh "SELECT pg_sleep(0.01) \\g /dev/null\n";
		print $fh "INSERT INTO public.batches VALUES ('$s', $b, $n, $sum);\nCOMMIT;\n\\echo done $s $b\n";
	}
	close $fh;
	return;
}

my %sessions = (i1 => [ 'insert', 100 ], i2 => [ 'insert', 80 ], c1 => [ 'copy', 150 ],
	c2 => [ 'copy', 120 ], u1 => [ 'upsert', 100 ]);
write_script($_, @{ $sessions{$_} }) foreach sort keys %sessions;

# A session that refreshes spend_by_month concurrently, again and again.
open my $fh, '>', "$tmp/refresh.sql" or die $!;
print $fh "\\set ON_ERROR_STOP 1\n";
print $fh "REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month;\nSELECT pg_sleep(0.1) \\g /dev/null\n"
  for 1 .. 1000;
close $fh;

my %out;
my @harnesses;
foreach my $s ((sort keys %sessions), 'refresh')
{
	$out{$s} = '';
	my $err = '';
	push @harnesses,
	  IPC::Run::start([ 'psql', '-X', '-f', "$tmp/$s.sql", '-d', $node->connstr('postgres') ],
		'>', \$out{$s}, '2>', \$err);
}

# Let the load run until enough batches are committed, then crash.
my $committed = 0;
my $t0 = time;
while (time - $t0 < 60)
{
	usleep(300_000);
	$committed = $node->safe_psql('postgres', 'SELECT count(*) FROM public.batches');
	last if $committed >= 100 && time - $t0 >= 3;
}
cmp_ok($committed, '>=', 100, "$committed batches committed before the crash");
$node->stop('immediate');
foreach my $h (@harnesses)
{
	eval { $h->finish; };    # the clients lose their connection
}
$node->start;

my %in_table = map { my ($s, $b, $n, $c) = split /\|/; ("$s $b" => "$n $c") }
  split /\n/, $node->safe_psql('postgres', 'SELECT session, batch, rows, cents FROM public.batches');
my (%done, %begun);
foreach my $s (sort keys %sessions)
{
	$done{"$1 $2"} = 1 while $out{$s} =~ /^done (\S+) (\d+)$/mg;
	$begun{"$1 $2"} = 1 while $out{$s} =~ /^begin (\S+) (\d+)$/mg;
}
my @interrupted = grep { !$in_table{$_} } sort keys %begun;
note(scalar(keys %done) . ' batches acknowledged, ' . scalar(keys %in_table)
	  . ' committed, ' . scalar(@interrupted) . " interrupted: @interrupted");
cmp_ok(scalar(@interrupted), '>=', 1, 'the stop interrupted transactions in flight');

# Durability: every batch a client saw committed is recorded, with the
# content the client sent.
my @lost = grep { !$in_table{$_} } sort keys %done;
is_deeply(\@lost, [], 'every acknowledged batch survived the crash');
my @wrong = grep { $in_table{$_} ne $expected{$_} } sort keys %in_table;
is_deeply(\@wrong, [], 'every committed batch is recorded with its content');

# Atomicity: the purchases of each committed insert or COPY batch, whole;
# none from a batch that did not commit.
my %found = map { my ($s, $b, $n, $c) = split /\|/; ("$s $b" => "$n $c") } split /\n/,
  $node->safe_psql(
	'postgres', q{
SELECT split_part(source_ref, '-', 1), split_part(source_ref, '-', 2)::integer,
       count(*), sum(cag_ovt.amount_cents(amount))
FROM cag_ovt.purchases WHERE source = 'crash' AND source_ref NOT LIKE 'u1-%' GROUP BY 1, 2});
my @bad;
foreach my $key (sort keys %found)
{
	push @bad, "$key: found $found{$key}, committed " . ($in_table{$key} // 'nothing')
	  if ($in_table{$key} // '') ne $found{$key};
}
foreach my $key (grep { !/^u1 / } sort keys %in_table)
{
	push @bad, "$key: committed, not found" unless $found{$key};
}
is_deeply(\@bad, [], 'the purchases of every committed batch, and of none other');

# The upserts: every row holds the values of the last committed batch.
my ($last_upsert) = sort { $b <=> $a } map { /^u1 (\d+)$/ ? $1 : () } keys %in_table;
ok($last_upsert, "upsert batches committed (last: $last_upsert)");
my $upsert_cents = 0;
$upsert_cents += row('u1', $last_upsert, $_)->{cents} for 1 .. 100;
is( $node->safe_psql(
		'postgres',
		"SELECT count(*) || ' ' || sum(cag_ovt.amount_cents(amount)) FROM cag_ovt.purchases WHERE source_ref LIKE 'u1-%'"
	),
	"100 $upsert_cents",
	'the upserted rows hold the last committed batch');

# The classes: each row's class is the one classify_purchase gives it.
is(CagTest::misclassified($node, 'postgres'),
	'0',
	'every purchase has the class of its row');
cmp_ok($node->safe_psql('postgres', 'SELECT count(DISTINCT class) FROM cag_ovt.purchases'),
	'>', 10, 'the classes vary');

# The indexes (the primary key, the unique source reference, the dates,
# the materialized view's unique key) are sound and hold every row.
foreach my $index (qw(purchases_pkey purchases_source_ref_key purchases_purchased_on_idx spend_by_month_key))
{
	is($node->safe_psql('postgres', "SELECT bt_index_check('cag_ovt.$index', true)"),
		'', "$index is sound after the crash");
}

# The identity sequence never hands out a used value.
is( $node->safe_psql(
		'postgres',
		"INSERT INTO cag_ovt.purchases (purchased_on, amount) VALUES ('2022-01-01', 1) "
		  . 'RETURNING purchase_id > (SELECT max(purchase_id) FROM cag_ovt.purchases WHERE source IS NOT NULL)'),
	't',
	'the identity sequence goes on after the crash');

# spend_by_month: refreshed concurrently during the load, it is readable,
# refreshes again and then agrees with the live summaries.
$node->safe_psql('postgres', 'REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month');
is(CagTest::rolled_up_differences($node, 'postgres', [qw(summary group_summary)]),
	'0',
	'spend_by_month refreshed after the crash reproduces the live summaries');

$node->stop;
done_testing();

# cag_ovt past one machine, with PostgreSQL's own tools: a coordinator
# whose purchases are partitioned by fiscal year, two shards reached
# through postgres_fdw, cag_ovt installed on all three and named in the
# servers' "extensions" option.
#
#   coordinator  public.purchases PARTITION BY RANGE (cag_ovt.fiscal_year(purchased_on))
#                  purchases_a      2020, 2021  foreign, shard A's cag_ovt.purchases
#                  purchases_b      2022        foreign, shard B's public.purchases_2022
#                  purchases_other  DEFAULT     local (other years)
#                cag_ovt.purchases: the same purchases on one cluster, the
#                reference every sharded result must equal exactly
#
# What it shows: the shards' C trigger classes the rows routed to them
# (inserted and updated through the coordinator, with the search_path
# postgres_fdw gives remote sessions); spend_agg and share_agg grouped by
# (fiscal year, region) run on the shards (EXPLAIN VERBOSE: "Aggregate on"
# the foreign partitions, concurrently with async_capable) and roll up per
# region on the coordinator to exactly the single-cluster summaries; the
# same query grouped by region alone is still exact but aggregates fetched
# rows; the "extensions" option and enable_partitionwise_aggregate are what
# make the pushdown; the classification lists are per node.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $src = $ENV{CAG_SRC} // '.';

my $coord = PostgreSQL::Test::Cluster->new('coordinator');
my $shard_a = PostgreSQL::Test::Cluster->new('shard_a');
my $shard_b = PostgreSQL::Test::Cluster->new('shard_b');
foreach my $node ($coord, $shard_a, $shard_b)
{
	$node->init;
	$node->append_conf('postgresql.conf', "lc_messages = 'C'");
	$node->start;
	$node->safe_psql('postgres', 'CREATE EXTENSION cag_ovt');
}

# Shard A keeps fiscal years 2020 and 2021 in its own cag_ovt.purchases
# (the extension's table, its trigger, reclassify_purchases).  Shard B
# keeps 2022 in a table of its own with the columns of cag_ovt.purchases,
# a CHECK on the fiscal year and the classification trigger.
$shard_b->safe_psql(
	'postgres', q{
CREATE TABLE public.purchases_2022 (LIKE cag_ovt.purchases INCLUDING ALL,
    CONSTRAINT purchases_2022_fiscal_year CHECK (cag_ovt.fiscal_year(purchased_on) = 2022));
CREATE TRIGGER cag_classify BEFORE INSERT OR UPDATE ON public.purchases_2022
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.classify_purchase_trigger();
});

my $user = $coord->safe_psql('postgres', 'SELECT current_user');
my $coord_setup = "CREATE EXTENSION postgres_fdw;\n";
foreach my $s ([ 'shard_a', $shard_a ], [ 'shard_b', $shard_b ])
{
	my ($name, $node) = @$s;
	$coord_setup .= sprintf(
		"CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', port '%s', dbname 'postgres', extensions 'cag_ovt', async_capable 'true', fetch_size '10000');\n"
		  . "CREATE USER MAPPING FOR CURRENT_USER SERVER %s OPTIONS (user '%s');\n",
		$name, $node->host, $node->port, $name, $user);
}
$coord_setup .= q{
CREATE SEQUENCE public.purchases_purchase_id_seq;
CREATE TABLE public.purchases (LIKE cag_ovt.purchases INCLUDING DEFAULTS)
    PARTITION BY RANGE (cag_ovt.fiscal_year(purchased_on));
ALTER TABLE public.purchases ALTER purchase_id SET DEFAULT nextval('public.purchases_purchase_id_seq');
CREATE FOREIGN TABLE public.purchases_a PARTITION OF public.purchases FOR VALUES FROM (2020) TO (2022)
    SERVER shard_a OPTIONS (schema_name 'cag_ovt', table_name 'purchases', batch_size '1000');
CREATE FOREIGN TABLE public.purchases_b PARTITION OF public.purchases FOR VALUES FROM (2022) TO (2023)
    SERVER shard_b OPTIONS (schema_name 'public', table_name 'purchases_2022', batch_size '1000');
CREATE TABLE public.purchases_other PARTITION OF public.purchases DEFAULT;
CREATE TRIGGER cag_classify BEFORE INSERT OR UPDATE ON public.purchases_other
    FOR EACH ROW EXECUTE FUNCTION cag_ovt.classify_purchase_trigger();
};
$coord->safe_psql('postgres', $coord_setup);

# The purchases: 30,000 from the demo generator (fiscal years 2020 to 2022)
# in the coordinator's cag_ovt.purchases, the single-cluster reference;
# then rows given only by the buyer's municipality, dated from 2019 to 2024
# across the July 2021 territory change (46005 moved from Montérégie to
# Estrie), in both tables.
$coord->command_ok(
	[
		'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'rows=30000',
		'-f', "$src/data/demo/generate.sql", '-d', $coord->connstr('postgres')
	],
	'the demo generator fills the single-cluster purchases');

my $cols = 'purchase_id, purchased_on, buyer, buyer_municipality, buyer_region, '
  . 'delivery_municipality, delivery_region, delivery_regions, supplier_name, supplier_neq, '
  . 'supplier_country, supplier_province, supplier_postal_code, supplier_region, category, '
  . 'description, amount, labels, group_purchase, source, source_ref';
$coord->safe_psql(
	'postgres', qq{
-- every row is classed again by the trigger of the shard it lands on
INSERT INTO public.purchases ($cols) SELECT $cols FROM cag_ovt.purchases;
CREATE TABLE public.raw_extra AS
SELECT 100000 + i AS purchase_id, date '2019-06-01' + i * 19 AS purchased_on,
       (ARRAY['46005', '47017', '66023', '23027', '94068'])[1 + i % 5] AS buyer_municipality,
       (ARRAY['J2K 1A1', 'J1H 5N4', 'K1A 0B1', NULL, 'H3B 2Y5'])[1 + i % 5]::cag_ovt.postal_code AS supplier_postal_code,
       (ARRAY['QC', 'ON', '-1', NULL])[1 + i % 4] AS supplier_province,
       (ARRAY['50121537', '43211508', '72121000'])[1 + i % 3]::cag_ovt.unspsc AS category,
       (i * 104.75)::numeric(16,2) AS amount,
       (ARRAY['{ENERGY STAR}', '{FSC}', '{Aliments du Québec}', NULL])[1 + i % 4]::text[] AS labels,
       i % 2 = 0 AS group_purchase
FROM generate_series(0, 95) AS i;
INSERT INTO cag_ovt.purchases (purchase_id, purchased_on, buyer_municipality, supplier_postal_code,
                               supplier_province, category, amount, labels, group_purchase)
SELECT * FROM public.raw_extra;
INSERT INTO public.purchases (purchase_id, purchased_on, buyer_municipality, supplier_postal_code,
                              supplier_province, category, amount, labels, group_purchase)
SELECT * FROM public.raw_extra;
SELECT setval('public.purchases_purchase_id_seq', 200000);
SELECT setval('cag_ovt.purchases_purchase_id_seq', 200000);
ANALYZE cag_ovt.purchases;
ANALYZE public.purchases;   -- samples the foreign partitions too
});

# Where the rows are.
my %years = (
	'shard A' => [ $shard_a, 'cag_ovt.purchases', '2020 2021' ],
	'shard B' => [ $shard_b, 'public.purchases_2022', '2022' ]);
foreach my $where (sort keys %years)
{
	my ($node, $table, $fy) = @{ $years{$where} };
	my $expected = $coord->safe_psql('postgres',
		"SELECT count(*) FROM cag_ovt.purchases WHERE cag_ovt.fiscal_year(purchased_on) IN ("
		  . join(', ', split(/ /, $fy)) . ')');
	cmp_ok($expected, '>', 9000, "fiscal years $fy have purchases");
	is( $node->safe_psql(
			'postgres',
			"SELECT count(*) FROM $table WHERE cag_ovt.fiscal_year(purchased_on) IN ("
			  . join(', ', split(/ /, $fy)) . ')'),
		$expected,
		"$where holds the purchases of fiscal years $fy");
	is($node->safe_psql('postgres', "SELECT count(*) FROM $table"),
		$expected, "$where holds nothing else");
}
is( $coord->safe_psql(
		'postgres',
		'SELECT string_agg(DISTINCT cag_ovt.fiscal_year(purchased_on)::text, \' \') FROM ONLY public.purchases_other'),
	'2019 2023 2024',
	'the other fiscal years stay in the local default partition');

# Every row has the class, the buyer's and the delivery region of the
# single-cluster table: the shards' trigger computed them (the coordinator
# sent no class).
my $rows = q{SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', purchase_id, class,
                    buyer_region, delivery_region), ',' ORDER BY purchase_id)) FROM };
my $single_rows = $coord->safe_psql('postgres', $rows . 'cag_ovt.purchases');
like($single_rows, qr/^30096 /, 'the single cluster has every purchase');
is($coord->safe_psql('postgres', $rows . 'public.purchases'),
	$single_rows, 'the shards class every row as the single cluster does');
is( $shard_a->safe_psql(
		'postgres',
		"SELECT string_agg(purchased_on || ' ' || buyer_region, ', ' ORDER BY purchased_on) FROM cag_ovt.purchases "
		  . "WHERE buyer_municipality = '46005' AND purchased_on BETWEEN '2021-01-01' AND '2021-12-31'"),
	'2021-03-27 Montérégie, 2021-06-30 Montérégie, 2021-10-03 Estrie',
	'shard A derives the buyer region on the purchase date (territory change of July 2021)');
is($shard_a->safe_psql('postgres', 'SELECT cag_ovt.reclassify_purchases()'),
	'0', 'nothing to reclassify on shard A');

# The aggregates.
sub summaries
{
	my ($sql) = @_;
	return $coord->safe_psql('postgres',
		"SET enable_partitionwise_aggregate = on;\nSELECT string_agg(r::text, E'\\n' ORDER BY r::text) FROM ($sql) AS r"
	);
}

sub explain_verbose
{
	my ($sql, $settings) = @_;
	$settings //= 'SET enable_partitionwise_aggregate = on;';
	return $coord->safe_psql('postgres', "$settings\nEXPLAIN (VERBOSE, COSTS OFF) $sql");
}

my $by_year_region = q{SELECT cag_ovt.fiscal_year(purchased_on) AS fy, buyer_region AS region,
                              cag_ovt.spend_agg(amount, class) AS s
                       FROM %s GROUP BY 1, 2};
my $single_by_year_region = summaries(sprintf($by_year_region, 'cag_ovt.purchases'));
like($single_by_year_region, qr/\(2020,Bas-Saint-Laurent,"\{""version"": 2, ""count"": \d+/,
	'single-cluster summaries by fiscal year and region');
is(summaries(sprintf($by_year_region, 'public.purchases')),
	$single_by_year_region,
	'spend_agg by fiscal year and region over the shards equals the single cluster');

my $p = explain_verbose(sprintf($by_year_region, 'public.purchases'));
note($p);
foreach my $s ([ 'purchases_a', 'cag_ovt.purchases' ], [ 'purchases_b', 'public.purchases_2022' ])
{
	my ($part, $remote) = @$s;
	like($p, qr/Relations: Aggregate on \(public\.$part purchases(_\d)?\)/,
		"EXPLAIN VERBOSE: the aggregate is pushed to $part");
	like(
		$p,
		qr/Remote SQL: SELECT cag_ovt\.fiscal_year\(purchased_on\), buyer_region, cag_ovt\.spend_agg\(amount, class\) FROM \Q$remote\E GROUP BY 1, 2/,
		"EXPLAIN VERBOSE: $part runs spend_agg on its shard");
}
like($p, qr/Async Foreign Scan.*Async Foreign Scan/s, 'the two shards aggregate concurrently');
like($p, qr/Aggregate\n.*\n\s+Group Key: cag_ovt\.fiscal_year\(purchases_2\.purchased_on\), purchases_2\.buyer_region\n.*Seq Scan on public\.purchases_other/s,
	'the local partition aggregates on the coordinator');

# Per region: the shards' (fiscal year, region) summaries rolled up on the
# coordinator equal spend_agg by region on the single cluster.
my $single_by_region = summaries(
	q{SELECT buyer_region AS region, cag_ovt.spend_agg(amount, class) AS s
      FROM cag_ovt.purchases GROUP BY 1});
my $rollup_by_region = q{SELECT region, cag_ovt.rollup(s) AS s
    FROM (SELECT cag_ovt.fiscal_year(purchased_on) AS fy, buyer_region AS region,
                 cag_ovt.spend_agg(amount, class) AS s
          FROM public.purchases GROUP BY 1, 2) AS per_year GROUP BY 1};
is(summaries($rollup_by_region), $single_by_region,
	'spend_agg by region: shard summaries rolled up on the coordinator equal the single cluster');
$p = explain_verbose($rollup_by_region);
like($p, qr/^HashAggregate\n\s+Output: purchases\.buyer_region, cag_ovt\.rollup\(\(cag_ovt\.spend_agg/,
	'the coordinator only rolls up summaries');
is(scalar(() = $p =~ /Relations: Aggregate on/g), 2,
	'... that both shards computed');

# The indicators, from the rolled-up summaries.
my $indicators = q{SELECT region, cag_ovt.quebec_share(s), cag_ovt.regional_share(s),
                          cag_ovt.eco_share(s), cag_ovt.quebec_food_share(s),
                          cag_ovt.coverage(s, 'origin')
                   FROM (%s) AS x};
is( summaries(sprintf($indicators, $rollup_by_region)),
	summaries(
		sprintf($indicators,
			'SELECT buyer_region AS region, cag_ovt.spend_agg(amount, class) AS s FROM cag_ovt.purchases GROUP BY 1'
		)),
	'the indicators by region are the same');

# The total over every shard.
is( summaries(
		q{SELECT cag_ovt.rollup(s) FROM (SELECT cag_ovt.fiscal_year(purchased_on), cag_ovt.spend_agg(amount, class) AS s
          FROM public.purchases GROUP BY 1) AS per_year}),
	summaries('SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases'),
	'the total rolled up from the shards equals the single cluster');

# Grouped by region alone (not the partition key): still exact, but
# PostgreSQL 15's postgres_fdw does not push partial aggregates: the rows
# are fetched and aggregated on the coordinator.
my $direct_by_region = q{SELECT buyer_region AS region, cag_ovt.spend_agg(amount, class) AS s
                         FROM public.purchases GROUP BY 1};
is(summaries($direct_by_region), $single_by_region,
	'spend_agg grouped by region directly over the partitions equals the single cluster');
$p = explain_verbose($direct_by_region);
note($p);
unlike($p, qr/Aggregate on/, 'grouped by region alone, nothing is pushed down');
like(
	$p,
	qr/Partial HashAggregate\n.*\n.*\n\s+->  (Async )?Foreign Scan on public\.purchases_a purchases\n.*\n\s+Remote SQL: SELECT buyer_region, amount, class FROM cag_ovt\.purchases\n/,
	'... the coordinator aggregates the rows of each shard (Partial HashAggregate over the rows)');

# share_agg is pushed down the same way.
my $share = q{SELECT cag_ovt.fiscal_year(purchased_on) AS fy, buyer_region AS region,
                     cag_ovt.share_agg(amount, class OPERATOR(cag_ovt.@>) '{eco}') AS share
              FROM %s GROUP BY 1, 2};
is(summaries(sprintf($share, 'public.purchases')),
	summaries(sprintf($share, 'cag_ovt.purchases')),
	'share_agg by fiscal year and region over the shards equals the single cluster');
like(
	explain_verbose(sprintf($share, 'public.purchases')),
	qr/Remote SQL: SELECT cag_ovt\.fiscal_year\(purchased_on\), buyer_region, cag_ovt\.share_agg\(amount, \(class OPERATOR\(cag_ovt\.@>\) '\{eco\}'\)\) FROM public\.purchases_2022 GROUP BY 1, 2/,
	'share_agg runs on the shards');

# What makes the pushdown: enable_partitionwise_aggregate, and cag_ovt in
# the servers' "extensions" option (without it postgres_fdw sends none of
# the extension's functions, operators or aggregates).
unlike(
	explain_verbose(sprintf($by_year_region, 'public.purchases'), 'SET enable_partitionwise_aggregate = off;'),
	qr/Aggregate on/,
	'without enable_partitionwise_aggregate, the rows are fetched');
$coord->safe_psql('postgres', 'ALTER SERVER shard_a OPTIONS (DROP extensions)');
$p = explain_verbose(sprintf($by_year_region, 'public.purchases'));
unlike($p, qr/Aggregate on \(public\.purchases_a/,
	'without extensions \'cag_ovt\', shard A does not get the aggregate');
like($p, qr/Aggregate on \(public\.purchases_b/, '... shard B still does');
is(summaries(sprintf($by_year_region, 'public.purchases')),
	$single_by_year_region, '... and the result is the same');
$coord->safe_psql('postgres', "ALTER SERVER shard_a OPTIONS (ADD extensions 'cag_ovt')");

# Writes through the coordinator: the shard's trigger classes the row, and
# the class comes back with RETURNING.
is( $coord->safe_psql(
		'postgres',
		"INSERT INTO public.purchases (purchased_on, supplier_postal_code, buyer_region, category, amount, labels, "
		  . "group_purchase) VALUES ('2022-06-01', 'J1H 5N4', 'Estrie', '50121537', 10, '{\"Aliments du Québec\"}', false) "
		  . "RETURNING purchase_id, class"),
	'200001|{quebec,regional,food,quebec_food}',
	'an insert routed to shard B is classed there');
is($shard_b->safe_psql('postgres', 'SELECT class FROM public.purchases_2022 WHERE purchase_id = 200001'),
	'{quebec,regional,food,quebec_food}', '... and stored there');
$coord->safe_psql('postgres', 'DELETE FROM public.purchases WHERE purchase_id = 200001');

my $update = q{UPDATE %s SET labels = coalesce(labels, '{}') || '{FSC}'::text[],
                  supplier_province = CASE WHEN purchase_id %% 3 = 0 THEN 'Ontario' ELSE supplier_province END
               WHERE purchase_id %% 7 = 0};
like(
	explain_verbose(sprintf($update, 'public.purchases'), ''),
	qr/Foreign Update on public\.purchases_a purchases_1\n\s+Remote SQL: UPDATE cag_ovt\.purchases SET /,
	'an update through the coordinator runs on the shards');
$coord->safe_psql('postgres', sprintf($update, 'cag_ovt.purchases'));
$coord->safe_psql('postgres', sprintf($update, 'public.purchases'));
$single_rows = $coord->safe_psql('postgres', $rows . 'cag_ovt.purchases');
is($coord->safe_psql('postgres', $rows . 'public.purchases'),
	$single_rows, 'the shards\' trigger classes updated rows as the single cluster does');
$single_by_region = summaries(
	q{SELECT buyer_region AS region, cag_ovt.spend_agg(amount, class) AS s
      FROM cag_ovt.purchases GROUP BY 1});
is(summaries($rollup_by_region), $single_by_region, 'the summaries are the same after the update');

# The classification lists are per node: an edit made on the coordinator
# only changes nothing on the shards, whose classes (and summaries) then
# differ; made on every node and followed by a reclassification there, the
# results agree again.
my $edit = "DELETE FROM cag_ovt.eco_labels WHERE label IN ('FSC', 'Forest Stewardship Council')";
$coord->safe_psql('postgres', $edit);
my $changed = $coord->safe_psql('postgres', 'SELECT cag_ovt.reclassify_purchases()');
cmp_ok($changed, '>', 1000, "the edit reclassifies $changed purchases of the single cluster");
$single_by_region = summaries(
	q{SELECT buyer_region AS region, cag_ovt.spend_agg(amount, class) AS s
      FROM cag_ovt.purchases GROUP BY 1});
isnt(summaries($rollup_by_region), $single_by_region,
	'an edit of the coordinator\'s lists alone does not reach the shards');

my $reclassify_table = q{WITH changed AS (
    UPDATE %s AS p SET class = p.class
     WHERE p.class OPERATOR(cag_ovt.<>) cag_ovt.classify_purchase(p) RETURNING 1)
SELECT count(*) FROM changed};
$shard_a->safe_psql('postgres', $edit);
$shard_b->safe_psql('postgres', $edit);
my $changed_a = $shard_a->safe_psql('postgres', 'SELECT cag_ovt.reclassify_purchases()');
my $changed_b = $shard_b->safe_psql('postgres', sprintf($reclassify_table, 'public.purchases_2022'));
my $changed_local = $coord->safe_psql('postgres', sprintf($reclassify_table, 'public.purchases_other'));
is($changed_a + $changed_b + $changed_local, $changed,
	"reclassified on each node: $changed_a + $changed_b + $changed_local purchases");
is($coord->safe_psql('postgres', $rows . 'public.purchases'),
	$coord->safe_psql('postgres', $rows . 'cag_ovt.purchases'),
	'the same classes again');
is(summaries($rollup_by_region), $single_by_region, 'the same summaries again');

$_->stop foreach ($coord, $shard_a, $shard_b);
done_testing();

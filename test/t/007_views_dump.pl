# The indicator views after pg_dump and pg_restore, as documented: the
# purchases and the indicator tables come back with their rows, the views
# give the same figures, and spend_by_month -- a member of the extension,
# whose rows a dump does not hold -- comes back unpopulated (reading it is an
# error, not an empty answer) until its owner refreshes it.  All of it as a
# database owner who is not superuser (the extension is trusted).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('views_dump');
$node->init;
$node->start;

my @as_dba = CagTest::owner_databases($node, 'dba', 'src', 'dst');

$node->safe_psql('src', 'CREATE EXTENSION cag_ovt', @as_dba);
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
INSERT INTO purchases (purchased_on, delivery_region, delivery_regions, delivery_municipality,
                       supplier_region, supplier_province, supplier_postal_code, category,
                       labels, group_purchase, amount)
SELECT date '2020-04-01' + (i * 37) % 730,
       CASE WHEN i % 11 = 0 THEN NULL ELSE lpad((1 + i % 17)::text, 2, '0')::qc_region END,
       CASE WHEN i % 22 = 0 THEN '{Estrie,Laval}'::qc_region[] END,
       CASE WHEN i % 33 = 0 THEN '46005' END,
       CASE WHEN i % 3 = 0 THEN lpad((1 + i % 5)::text, 2, '0')::qc_region END,
       CASE WHEN i % 3 = 1 THEN (ARRAY['QC', 'ON'])[1 + i % 2] END,
       CASE WHEN i % 5 = 2 THEN 'J1H 5N4'::postal_code END,
       (ARRAY['50121500', '43211500', '72101500'])[1 + i % 3]::unspsc,
       CASE WHEN i % 4 = 0 THEN ARRAY['ENERGY STAR'] WHEN i % 4 = 1 THEN ARRAY['Aliments du Québec'] END,
       i % 3 = 0,
       round((i * 7919 % 100000) / 100.0 - 10, 2)
FROM generate_series(1, 500) AS i;
INSERT INTO positions (region, opened_on, regionalized) VALUES
    ('Estrie', '2020-05-01', true), ('Montréal', '2019-06-01', false);
INSERT INTO partner_committees (name, region, created_on, rules_adopted_on)
VALUES ('National', NULL, '2020-09-01', '2021-02-15');
INSERT INTO targets (indicator, fiscal_year, region, target)
VALUES ('quebec_share', 2021, NULL, 43), ('regional_share', 2021, 'Lanaudière', 50);
REFRESH MATERIALIZED VIEW spend_by_month;
REFRESH MATERIALIZED VIEW CONCURRENTLY spend_by_month;
}, @as_dba);

my @outputs = (
	'quebec_purchase_share', 'regional_purchase_share',
	'eco_purchase_share', 'quebec_food_share',
	'indicator_values', 'regional_priority_indicators',
	'action_plan_report', 'spend_by_fiscal_year_region()',
	'spend_by_month', 'purchases');

sub content
{
	my ($db, $what) = @_;
	return CagTest::relation_digest($node, $db, "cag_ovt.$what", @as_dba);
}

my %expected = map { $_ => content('src', $_) } @outputs;
like($expected{quebec_purchase_share}, qr/^[1-9]/, 'the source has figures');

my $tmp = PostgreSQL::Test::Utils::tempdir;
CagTest::dump_restore_as_owner($node, $tmp, 'src', 'dst', 'dba');

# The live views give the same figures at once.
foreach my $what (grep { !/spend_by/ } @outputs)
{
	is(content('dst', $what), $expected{$what}, "$what identical after the restore");
}

# spend_by_month is not populated: an error, not an empty answer.
my ($ret, $out, $err) =
  $node->psql('dst', 'SELECT count(*) FROM cag_ovt.spend_by_fiscal_year_region()', @as_dba);
like($err, qr/materialized view "spend_by_month" has not been populated/,
	'spend_by_month is unpopulated after the restore');

# Its owner (the database owner who created the extension) refreshes it.
$node->safe_psql('dst', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
foreach my $what (grep { /spend_by/ } @outputs)
{
	is(content('dst', $what), $expected{$what}, "$what identical once refreshed");
}

# New purchases, then a concurrent refresh by the owner: the rolled-up
# figures follow the live ones.
$node->safe_psql(
	'dst', q{
INSERT INTO cag_ovt.purchases (purchased_on, delivery_region, supplier_region, amount)
VALUES ('2021-06-01', 'Laval', 'Laval', 1234.56), ('2021-06-01', NULL, NULL, 10);
REFRESH MATERIALIZED VIEW CONCURRENTLY cag_ovt.spend_by_month;
}, @as_dba);
is(CagTest::rolled_up_differences($node, 'dst', [qw(summary group_summary)], @as_dba),
	'0',
	'spend_by_month refreshed concurrently by the owner reproduces the live summaries');

$node->stop;
done_testing();

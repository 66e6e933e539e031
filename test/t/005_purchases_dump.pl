# cag_ovt.purchases and the classification lists survive pg_dump and
# pg_restore: the rows, the identity sequence, the DBA's edits of
# eco_labels, food_labels, food_categories and mrc_region_changes.  The
# trigger classes the rows on the way in with the lists of that moment:
# pg_dump restores the lists (and the log of deleted seed rows,
# deleted_reference_keys) before the purchases, so the classes come back
# as they were, with no reclassify_purchases() (named reference_deletions
# and territory_changes, the two tables sorted after "purchases", and 40 of
# the 103 rows came back with another class).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('purchases_dump');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION cag_ovt');

# The DBA's edits of the lists and of the geography, then purchases that
# depend on them, reclassified.
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
DELETE FROM eco_labels WHERE label = 'ENERGY STAR';
INSERT INTO eco_labels (label, name, category) VALUES ('Écolabel maison', 'Test', 'general');
UPDATE eco_labels SET category = 'social' WHERE label = 'FSC';
INSERT INTO food_labels (label, name, kind) VALUES ('Produit du Québec', 'Produit du Québec', 'produced');
DELETE FROM food_labels WHERE label = 'Aliments préparés au Québec';
INSERT INTO food_categories VALUES ('43211500');
UPDATE mrc_region_changes SET effective_on = '2020-01-01' WHERE prefix = '46';
INSERT INTO purchases (purchased_on, buyer_municipality, supplier_postal_code, supplier_province,
                       category, amount, labels, group_purchase, source, source_ref)
SELECT date '2019-06-01' + i * 20, (ARRAY['46005', '47017', '66023', '23027'])[1 + i % 4],
       (ARRAY['J2K 1A1', 'J1H 5N4', 'K1A 0B1', NULL])[1 + i % 4]::postal_code,
       (ARRAY['QC', 'ON', '-1'])[1 + i % 3],
       (ARRAY['50121537', '43211508', '72121000'])[1 + i % 3]::unspsc, i * 10.5,
       (ARRAY['{"Energy Star"}', '{"Écolabel maison",FSC}', '{"Produit du Québec"}',
              '{"Aliments préparés au Québec"}', NULL])[1 + i % 5]::text[],
       i % 2 = 0, 'test', i::text
FROM generate_series(1, 120) AS i;
DELETE FROM purchases WHERE source_ref::integer % 7 = 0;
SELECT reclassify_purchases();
});

my @tables = qw(eco_labels food_labels food_categories mrc_region_changes deleted_reference_keys purchases);

sub table_content
{
	my ($db, $table) = @_;
	return CagTest::relation_digest($node, $db, "cag_ovt.$table");
}

my %expected = map { $_ => table_content('src', $_) } @tables;
is($node->safe_psql('src', 'SELECT cag_ovt.reclassify_purchases()'),
	'0', 'the source is classed with its lists');
my $classes = q{SELECT string_agg(c::text || ':' || n, ' ' ORDER BY c::text)
                FROM (SELECT class AS c, count(*) AS n FROM cag_ovt.purchases GROUP BY 1) AS x};
my $expected_classes = $node->safe_psql('src', $classes);
like($expected_classes, qr/eco/, 'some purchases are eco');
like($expected_classes, qr/quebec_food/, 'some purchases are Québec food');
my $next_id = $node->safe_psql('src', 'SELECT max(purchase_id) + 1 FROM cag_ovt.purchases');

my $tmp = PostgreSQL::Test::Utils::tempdir;

sub check_restored
{
	my ($db, $how) = @_;
	foreach my $table (@tables)
	{
		is(table_content($db, $table), $expected{$table}, "$table identical after $how");
	}
	is($node->safe_psql($db, $classes), $expected_classes, "same classes after $how");
	is($node->safe_psql($db, 'SELECT cag_ovt.reclassify_purchases()'),
		'0', "nothing to reclassify after $how");
	# the identity sequence goes on from where it was
	is( $node->safe_psql(
			$db,
			"INSERT INTO cag_ovt.purchases (purchased_on, amount) VALUES ('2024-01-01', 1) RETURNING purchase_id"
		),
		$next_id,
		"the identity sequence continues after $how");
	# the trigger is there
	is( $node->safe_psql(
			$db,
			"UPDATE cag_ovt.purchases SET supplier_postal_code = 'J1H 5N4', delivery_region = 'Estrie', class = '{}' "
			  . "WHERE purchase_id = $next_id RETURNING class"),
		'{quebec,regional,eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}',
		"the trigger classes rows after $how");
	$node->safe_psql($db, "DELETE FROM cag_ovt.purchases WHERE purchase_id = $next_id");
}

CagTest::dump_restore_every_way($node, $tmp, 'src', \&check_restored);

# The extension is trusted: a database owner who is not superuser creates
# it, loads purchases, dumps and restores them.
my @as_dba = CagTest::owner_databases($node, 'dba', 'dba_src', 'dba_dst');
$node->safe_psql('dba_src', 'CREATE EXTENSION cag_ovt', @as_dba);
$node->safe_psql(
	'dba_src', q{
INSERT INTO cag_ovt.food_labels (label, name, kind) VALUES ('Produit du Québec', 'Produit du Québec', 'produced');
INSERT INTO cag_ovt.purchases (purchased_on, supplier_postal_code, buyer_region, category, amount, labels,
                               group_purchase)
VALUES ('2022-01-01', 'J1H 5N4', 'Estrie', '50121537', 10, '{"Produit du Québec"}', false);
UPDATE cag_ovt.purchases SET amount = 11;
}, @as_dba);
my $dba_rows = $node->safe_psql('dba_src', 'SELECT purchase_id, amount, class FROM cag_ovt.purchases', @as_dba);
is($dba_rows, '1|11.00|{quebec,regional,food,quebec_food}', 'the database owner loads purchases');
CagTest::dump_restore_as_owner($node, $tmp, 'dba_src', 'dba_dst', 'dba');
is($node->safe_psql('dba_dst', 'SELECT purchase_id, amount, class FROM cag_ovt.purchases', @as_dba),
	$dba_rows, 'purchases restored by the database owner');
is( $node->safe_psql(
		'dba_dst',
		"INSERT INTO cag_ovt.purchases (purchased_on, amount) VALUES ('2024-01-01', 1) RETURNING purchase_id",
		@as_dba),
	'2',
	'the database owner inserts after the restore, the sequence continues');

$node->stop;
done_testing();

# Data safety through pg_dump and pg_restore: a database with the extension
# and every kind of user data -- purchases (inserted, updated, deleted), CAG
# positions, partner committees and their meetings, targets, the DBA's
# edits of every reference list (rows inserted, updated, deleted, keys
# changed), a user table with a stored spend_summary column, a user
# materialized view and a user table referencing purchases -- comes back
# identical: every row of every table of the extension and of the user
# tables, the identity sequences, and the output of every view of the
# extension; spend_by_month once refreshed as documented.
#
# The classes of the purchases must come back right with no manual step:
# the trigger classes each restored row with the reference lists of that
# moment, so pg_dump must order the lists' data (and the deletion log)
# before the purchases'.  Custom format through pg_restore, in one
# transaction or section by section, plain format through psql, and the
# documented procedure for a parallel restore are checked that way.
#
# Everything runs as a database owner who is not superuser (the extension
# is trusted).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('dump_all');
$node->init;
$node->start;

$node->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE src OWNER dba');
my @as_dba = (extra_params => [ '-U', 'dba' ]);
$node->safe_psql('src', 'CREATE EXTENSION cag_ovt', @as_dba);

# The tables whose rows the classification reads (the reference cache
# sources of src/classify.c and src/geography.c), and the log that replays
# the deletions of seed rows: their data must be restored before the
# purchases'.  Add a table here when a source reads a new one.
my @classification_lists = qw(eco_labels food_labels food_categories municipalities
  mrc_region_changes deleted_reference_keys);

# Purchases: realistic rows from the demo generator, then rows that depend
# on the territorial rules (municipality codes, dates around the changes).
my $src_dir = $ENV{CAG_SRC} // '.';
$node->command_ok(
	[
		'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'rows=3000',
		'-f', "$src_dir/data/demo/generate.sql", '-U', 'dba', '-d', $node->connstr('src')
	],
	'the demo generator loads purchases');
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
INSERT INTO purchases (purchased_on, buyer_municipality, delivery_municipality,
                       supplier_postal_code, supplier_province, category, amount, labels,
                       group_purchase, source, source_ref)
SELECT date '2019-06-01' + i * 9,
       (ARRAY['46005', '47017', '43027', '23027', '66023'])[1 + i % 5],
       CASE WHEN i % 3 = 0 THEN (ARRAY['46080', '47025', '43027'])[1 + i % 3] END,
       (ARRAY['J2K 1A1', 'J1H 5N4', 'J2G 1B1', 'K1A 0B1', NULL])[1 + i % 5]::postal_code,
       (ARRAY['QC', 'ON', NULL])[1 + i % 3],
       (ARRAY['50121537', '50131700', '43211508', '72121000', '14111500'])[1 + i % 5]::unspsc,
       round(i * 10.5 - 40, 2),
       (ARRAY['{"Energy Star"}', '{"Écolabel maison",FSC}', '{"Produit du Québec"}',
              '{"Aliments préparés au Québec"}', '{TCO Certified}', '{"Aliments du Québec Bio"}',
              NULL])[1 + i % 7]::text[],
       i % 2 = 0, 'test', i::text
FROM generate_series(1, 400) AS i;
-- updated, deleted
UPDATE purchases SET amount = amount + 1, labels = '{FSC}'
 WHERE source = 'demo' AND source_ref::integer % 50 = 0;
DELETE FROM purchases WHERE source = 'test' AND source_ref::integer % 7 = 0;
DELETE FROM purchases WHERE source = 'demo' AND source_ref::integer % 97 = 0;
}, @as_dba);

# The DBA edits every reference list: inserts, updates, deletes, changes
# of keys.
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
DELETE FROM eco_labels WHERE label = 'ENERGY STAR';
INSERT INTO eco_labels (label, name, category) VALUES ('Écolabel maison', 'Test', 'general');
UPDATE eco_labels SET category = 'social' WHERE label = 'FSC';
UPDATE eco_labels SET label = 'TCO Certified Edge' WHERE label = 'TCO Certified';
INSERT INTO food_labels (label, name, kind) VALUES ('Produit du Québec', 'Produit du Québec', 'produced');
DELETE FROM food_labels WHERE label = 'Aliments préparés au Québec';
UPDATE food_labels SET kind = 'prepared' WHERE label = 'Aliments du Québec Bio';
DELETE FROM food_categories WHERE category = '50000000';
INSERT INTO food_categories VALUES ('50110000'), ('50130000'), ('50380000'), ('14111500');
UPDATE mrc_region_changes SET effective_on = '2020-01-01' WHERE prefix = '46';
DELETE FROM mrc_region_changes WHERE prefix = '47';
INSERT INTO mrc_region_changes (prefix, from_region, to_region, effective_on, note)
VALUES ('43', 'Estrie', 'Montérégie', '2021-10-01', 'Fictif / fictitious');
INSERT INTO municipalities (code, name, status, postal_code, fsa, region)
VALUES ('23999', 'Essai', 'Ville', 'J2K 9Z9', 'J2K', 'Capitale-Nationale');
UPDATE municipalities SET population = population + 1000, name = name || ' (modifié)' WHERE code = '43027';
DELETE FROM municipalities WHERE code IN ('46080', '46090');
UPDATE regions SET counts_as_region = false, name_en = 'Laval (test)' WHERE region = 'Laval';
DELETE FROM regions WHERE region = 'Nord-du-Québec';
UPDATE regional_priorities SET title = title || ' (révisé)' WHERE region = 'Estrie';
DELETE FROM regional_priorities WHERE region = 'Lanaudière';
INSERT INTO regional_priorities (region, priority_number, title, indicator)
VALUES ('Outaouais', 1, 'Achat local', 'regional_share');
}, @as_dba);
my $reclassified = $node->safe_psql('src', 'SELECT cag_ovt.reclassify_purchases()', @as_dba);
cmp_ok($reclassified, '>', 100, "the edits of the lists change classes ($reclassified purchases)");

# The indicator tables (the demo generator filled them too), edited.
$node->safe_psql(
	'src', q{
SET search_path = cag_ovt;
INSERT INTO positions (region, office, opened_on, closed_on, regionalized)
SELECT lpad((1 + i % 17)::text, 2, '0')::qc_region, 'Bureau ' || i, date '2019-04-01' + i * 11,
       CASE WHEN i % 5 = 0 THEN date '2019-04-01' + i * 11 + 400 END, i % 3 = 0
FROM generate_series(1, 120) AS i;
UPDATE positions SET regionalized = NOT regionalized WHERE position_id % 10 = 1;
DELETE FROM positions WHERE position_id % 13 = 0;
CREATE TEMP TABLE new_committees AS
WITH c AS (
    INSERT INTO partner_committees (name, region, created_on, rules_adopted_on) VALUES
        ('Comité test national', NULL, '2020-09-01', '2021-02-15'),
        ('Comité test Estrie', 'Estrie', '2021-03-31', NULL),
        ('Comité test Laval', 'Laval', NULL, NULL),
        ('Comité test abandonné', 'Côte-Nord', '2020-01-01', NULL)
    RETURNING committee_id, name)
SELECT * FROM c;
INSERT INTO committee_meetings (committee_id, held_on)
SELECT committee_id, d FROM new_committees,
       (VALUES (date '2020-10-02'), ('2021-05-06'), ('2022-01-11')) AS t(d);
UPDATE partner_committees SET rules_adopted_on = '2021-06-01' WHERE name = 'Comité test Estrie';
DELETE FROM partner_committees WHERE name = 'Comité test abandonné';
DELETE FROM committee_meetings
 WHERE held_on = '2022-01-11' AND committee_id IN (SELECT committee_id FROM new_committees);
DELETE FROM committee_meetings WHERE (committee_id + (held_on - date '2020-01-01')) % 5 = 0;
INSERT INTO targets (indicator, fiscal_year, region, target, note) VALUES
    ('quebec_share', 2030, NULL, 43, 'SGMP'), ('eco_share', 2030, NULL, 8, NULL),
    ('regional_share', 2030, 'Outaouais', 50, NULL), ('share_in_regions', 2030, NULL, 35, NULL);
UPDATE targets SET target = 15 WHERE indicator = 'eco_share' AND fiscal_year = 2030;
UPDATE targets SET note = 'révisée' WHERE fiscal_year < 2030;
DELETE FROM targets WHERE indicator = 'share_in_regions';
REFRESH MATERIALIZED VIEW spend_by_month;
}, @as_dba);

# User objects: a table with a stored spend_summary column, a materialized
# view of summaries (pg_restore refreshes it after the data), a table
# referencing purchases.
$node->safe_psql(
	'src', q{
CREATE TABLE public.buyer_summaries (
    buyer text PRIMARY KEY,
    summary cag_ovt.spend_summary NOT NULL,
    classes cag_ovt.purchase_class[]);
INSERT INTO public.buyer_summaries
SELECT coalesce(buyer, '?'), cag_ovt.spend_agg(amount, class), array_agg(DISTINCT class)
FROM cag_ovt.purchases GROUP BY 1;
CREATE MATERIALIZED VIEW public.region_summaries AS
SELECT delivery_region, cag_ovt.spend_agg(amount, class) AS summary
FROM cag_ovt.purchases GROUP BY 1;
CREATE TABLE public.purchase_notes (
    purchase_id bigint PRIMARY KEY REFERENCES cag_ovt.purchases ON DELETE CASCADE,
    note text);
INSERT INTO public.purchase_notes SELECT purchase_id, 'note ' || purchase_id
FROM cag_ovt.purchases WHERE purchase_id % 17 = 0;
}, @as_dba);
my @user_relations = qw(public.buyer_summaries public.region_summaries public.purchase_notes);

is($node->safe_psql('src', 'SELECT cag_ovt.reclassify_purchases()', @as_dba),
	'0', 'the source is classed with its lists');
my %live = CagTest::snapshot($node, 'src', opts => \@as_dba, matviews => 0, extra => \@user_relations);
my %all = CagTest::snapshot($node, 'src', opts => \@as_dba, extra => \@user_relations);
ok(exists $all{'cag_ovt.spend_by_month'} && !exists $live{'cag_ovt.spend_by_month'},
	'the snapshots tell the materialized view apart');
like($all{'cag_ovt.purchases'}, qr/^3[0-9]{3} /, 'the source has its purchases');
my $classes = q{SELECT string_agg(c || ':' || n, ' ' ORDER BY c)
                FROM (SELECT class::text AS c, count(*) AS n FROM cag_ovt.purchases GROUP BY 1) AS x};
my $expected_classes = $node->safe_psql('src', $classes, @as_dba);
cmp_ok(scalar(split / /, $expected_classes), '>', 30, 'the purchases have many different classes');

my $tmp = PostgreSQL::Test::Utils::tempdir;
my @dba = ('-U', 'dba');

# What pg_restore will do: the lists' data before the purchases'.
$node->command_ok([ 'pg_dump', @dba, '-Fc', '-f', "$tmp/src.dump", '-d', $node->connstr('src') ],
	'pg_dump -Fc as the database owner');
my ($toc) = run_command([ 'pg_restore', '-l', "$tmp/src.dump" ]);
my @data_order = map { /TABLE DATA cag_ovt (\S+)/ ? $1 : () } split /\n/, $toc;
my %position = map { $data_order[$_] => $_ } 0 .. $#data_order;
ok(defined $position{purchases}, 'the dump holds the purchases');
foreach my $table (@classification_lists)
{
	ok(defined $position{$table} && $position{$table} < $position{purchases},
		"the rows of $table are restored before the purchases");
}

# A restored database: its tables and live views at once, then
# spend_by_month unpopulated until refreshed as documented, then everything.
sub check_restored
{
	my ($db, $how) = @_;
	my %got = CagTest::snapshot($node, $db, opts => \@as_dba, matviews => 0, extra => \@user_relations);
	CagTest::compare_snapshots(\%live, \%got, "after $how");
	is($node->safe_psql($db, $classes, @as_dba), $expected_classes, "same classes after $how");
	is($node->safe_psql($db, 'SELECT cag_ovt.reclassify_purchases()', @as_dba),
		'0', "no purchase to reclassify after $how");
	is( $node->safe_psql($db,
			"SELECT relispopulated FROM pg_class WHERE oid = 'cag_ovt.spend_by_month'::regclass", @as_dba),
		'f', "spend_by_month is unpopulated after $how");
	$node->safe_psql($db, 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
	%got = CagTest::snapshot($node, $db, opts => \@as_dba, extra => \@user_relations);
	CagTest::compare_snapshots(\%all, \%got, "after $how and the refresh");
	# the stored summaries roll up to the live ones
	is( $node->safe_psql(
			$db, q{
SELECT (SELECT cag_ovt.rollup(summary) FROM public.buyer_summaries)
       OPERATOR(cag_ovt.=) (SELECT cag_ovt.spend_agg(amount, class) FROM cag_ovt.purchases)},
			@as_dba),
		't', "the stored summaries roll up to the purchases after $how");
	# the identity sequence and the trigger go on
	my $next = $node->safe_psql($db, 'SELECT max(purchase_id) + 1 FROM cag_ovt.purchases', @as_dba);
	is( $node->safe_psql(
			$db,
			"INSERT INTO cag_ovt.purchases (purchased_on, supplier_postal_code, delivery_region, amount) "
			  . "VALUES ('2024-01-01', 'J1H 5N4', 'Estrie', 1) RETURNING purchase_id || ' ' || class",
			@as_dba),
		"$next {quebec,regional}",
		"the sequence continues and the trigger classes new rows after $how");
	return;
}

$node->safe_psql('postgres', 'CREATE DATABASE dst_custom OWNER dba');
$node->command_ok(
	[ 'pg_restore', @dba, '--exit-on-error', '-d', $node->connstr('dst_custom'), "$tmp/src.dump" ],
	'pg_restore as the database owner');
check_restored('dst_custom', 'pg_restore');

$node->command_ok([ 'pg_dump', @dba, '-Fp', '-f', "$tmp/src.sql", '-d', $node->connstr('src') ],
	'pg_dump -Fp');
$node->safe_psql('postgres', 'CREATE DATABASE dst_plain OWNER dba');
$node->command_ok(
	[ 'psql', @dba, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', "$tmp/src.sql", '-d', $node->connstr('dst_plain') ],
	'psql restores the plain dump');
check_restored('dst_plain', 'a plain dump through psql');

$node->safe_psql('postgres', 'CREATE DATABASE dst_single OWNER dba');
$node->command_ok(
	[
		'pg_restore', @dba, '--exit-on-error', '--single-transaction',
		'-d', $node->connstr('dst_single'), "$tmp/src.dump"
	],
	'pg_restore --single-transaction');
check_restored('dst_single', 'pg_restore --single-transaction');

# Data only, into a database where the extension and the user objects
# exist (schema restored first, as pg_restore --section does).
$node->safe_psql('postgres', 'CREATE DATABASE dst_sections OWNER dba');
foreach my $section ('pre-data', 'data', 'post-data')
{
	$node->command_ok(
		[
			'pg_restore', @dba, '--exit-on-error', "--section=$section",
			'-d', $node->connstr('dst_sections'), "$tmp/src.dump"
		],
		"pg_restore --section=$section");
}
check_restored('dst_sections', 'pg_restore section by section');

# A parallel restore (pg_restore -j) runs the data of several tables at
# once, largest first, with no regard to the order above (pg_dump records
# a table's data as depending on the table only): the classes could be
# computed before the lists are restored, and committee_meetings could be
# loaded before partner_committees, which its foreign key refuses.  The
# documented procedure restores the data of schema cag_ovt in one job --
# purchases, the largest table, takes one job anyway -- and the rest in
# parallel.
$node->command_ok(
	[ 'pg_dump', @dba, '-Fd', '-j', '2', '-f', "$tmp/src.dir", '-d', $node->connstr('src') ],
	'pg_dump -Fd -j 2');
$node->safe_psql('postgres', 'CREATE DATABASE dst_parallel OWNER dba');
foreach my $step (
	[ '--section=pre-data' ],
	[ '--section=data', '--schema=cag_ovt' ],
	[ '--section=data', '--exclude-schema=cag_ovt', '--jobs=3' ],
	[ '--section=post-data', '--jobs=3' ])
{
	$node->command_ok(
		[
			'pg_restore', @dba, '--exit-on-error', @$step,
			'-d', $node->connstr('dst_parallel'), "$tmp/src.dir"
		],
		"pg_restore @$step");
}
check_restored('dst_parallel', 'the parallel restore procedure');

$node->stop;
done_testing();

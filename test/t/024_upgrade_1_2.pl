# The upgrade path from 1.1 (frozen in src/versions/) to 1.2, the version in
# development: a database created with cag_ovt 1.1 and loaded with every
# kind of user data (CagTest::load_sample: purchases, SEAO loads, edited
# reference lists, stored summaries in a user table and a materialized
# view) is updated with ALTER EXTENSION cag_ovt UPDATE by its owner, a
# database owner who is not superuser.  After the update the data is
# intact and every relation gives what it gave (save what 1.2 changes on
# purpose, listed in %changed), the catalog of the extension is identical
# to a fresh 1.2 install's, and so are the rows of every table and view once
# the fresh database is loaded with the same data.  A dump taken under 1.1
# restores into 1.2 as the updated database.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $node = PostgreSQL::Test::Cluster->new('upgrade12');
$node->init;
$node->start;

$node->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE updated OWNER dba; CREATE DATABASE fresh OWNER dba; '
	  . 'CREATE DATABASE restored OWNER dba');
my @as_dba = (extra_params => [ '-U', 'dba' ]);

# 1.1, loaded with data.
$node->safe_psql('updated', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
my $reclassified = CagTest::load_sample($node, 'updated', user => 'dba');
cmp_ok($reclassified, '>', 100, 'the sample data is loaded under 1.1');
my $user_objects = q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
-- a user view over a view of the extension
CREATE VIEW public.my_report AS
SELECT fiscal_year, region_name, quebec_share FROM cag_ovt.quebec_purchase_share;
};
$node->safe_psql('updated', $user_objects, @as_dba);
my @user_relations = (@CagTest::user_relations, 'public.my_report');

my $tmp = PostgreSQL::Test::Utils::tempdir;
$node->command_ok(
	[ 'pg_dump', '-U', 'dba', '-Fc', '-f', "$tmp/v11.dump", '-d', $node->connstr('updated') ],
	'pg_dump of the 1.1 database');

# What 1.2 changes on purpose in the relations of 1.1: relation => the
# FROM item that gives, under 1.2, what the relation gave under 1.1.
# The purchases: their columns of 1.1 (1.2 adds the parties' cities,
# identifiers and how they were located).
my $purchases_11 = q{(SELECT purchase_id, purchased_on, buyer, buyer_municipality, buyer_region,
    delivery_municipality, delivery_region, delivery_regions, supplier_name, supplier_neq,
    supplier_country, supplier_province, supplier_postal_code, supplier_region, category,
    description, amount, labels, group_purchase, source, source_ref, class
    FROM cag_ovt.purchases)};
my %changed = (
	'cag_ovt.purchases' => $purchases_11,
	# load_notices gains the format of a notice (with notice, its key, whatever
	# the source) and the version of an XML notice
	'cag_ovt.load_notices' => '(SELECT source, notice, ocid, release_id, release_date, digest, '
	  . 'source_refs, loaded_at FROM cag_ovt.load_notices)',
	# action_plan_report gains the competition of its rows' regions (bids)
	'cag_ovt.action_plan_report' => '(SELECT fiscal_year, fiscal_year_label, item, code, action, '
	  . 'indicator, scope, region_code, region_name, value, unit, target, status '
	  . 'FROM cag_ovt.action_plan_report)');
# Relations that 1.2 adds.
my @new_in_12 = (
	'cag_ovt.data_dictionary', 'cag_ovt.seao_files', 'cag_ovt.former_municipalities',
	'cag_ovt.fsa_regions', 'cag_ovt.known_parties', 'cag_ovt.ldu_communities',
	'cag_ovt.locality_aliases', 'cag_ovt.tender_bids', 'cag_ovt.competition_indicators');

# What the relations of 1.1 give under 1.2, the FSAs located as 1.1 located
# them (from the town halls; 1.2 reads fsa_regions: see CagTest).
sub as_in_11
{
	my ($db) = @_;
	return CagTest::with_town_hall_fsas(
		$node, $db,
		sub {
			my %s = CagTest::snapshot($node, $db, opts => \@as_dba, extra => \@user_relations);
			delete @s{@new_in_12};
			$s{$_} = CagTest::relation_digest($node, $db, $changed{$_}, @as_dba)
			  foreach keys %changed;
			return %s;
		});
}
my %before = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations);
like($before{'cag_ovt.purchases'}, qr/^5[0-9]{3} /, 'the 1.1 database has its purchases');

# The owner updates.
$node->safe_psql('updated', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
is($node->safe_psql('updated', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the database owner updated the extension to 1.2');

my %after = as_in_11('updated');
CagTest::compare_snapshots(\%before, \%after, 'after the update (1.1 rows and columns)');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE supplier_city IS NOT NULL OR buyer_city IS NOT NULL
                           OR buyer_postal_code IS NOT NULL OR buyer_id IS NOT NULL
                           OR supplier_located_by IS NOT NULL OR buyer_located_by IS NOT NULL)
       || ' ' || count(*) FILTER (WHERE cag_ovt.purchase_needs_reclassify(p))
FROM cag_ovt.purchases p}, @as_dba),
	'0 3777',
	'the new columns are empty; 3,777 purchases would change with reclassify_purchases()');
is($node->safe_psql('updated',
	'SELECT (SELECT count(*) FROM cag_ovt.tender_bids) || \' \' || (SELECT count(*) FROM cag_ovt.competition_indicators)',
	@as_dba),
	'0 0', 'no bids yet: the notices loaded under 1.1 kept none');

# What 1.2 adds, on the data loaded under 1.1: flag tests by name agree
# with the class tests; the dictionary describes every column; the owner
# grants a role what it needs to read every view.
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE class OPERATOR(cag_ovt.?) 'regional')
       = count(*) FILTER (WHERE class OPERATOR(cag_ovt.@>) '{quebec,regional}')
   AND count(*) FILTER (WHERE class OPERATOR(cag_ovt.?|) '{eco,food}')
       = count(*) FILTER (WHERE class OPERATOR(cag_ovt.&&) '{eco,food}')
   AND count(*) FILTER (WHERE class OPERATOR(cag_ovt.?) 'regional') > 0
FROM cag_ovt.purchases}, @as_dba),
	't',
	'? and ?| agree with @> and && on the purchases loaded under 1.1');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE coalesce(description_fr, '') = '' OR coalesce(description_en, '') = '')
       || ' ' || (count(DISTINCT relation_name) = (
           SELECT count(*) FROM pg_catalog.pg_depend d
           JOIN pg_catalog.pg_class c ON c.oid = d.objid
           WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'e'
             AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension WHERE extname = 'cag_ovt')
             AND c.relkind IN ('r', 'p', 'v', 'm')))
FROM cag_ovt.data_dictionary}, @as_dba),
	'0 true',
	'data_dictionary describes every column of every relation after the update');
like(
	$node->safe_psql('updated', "SELECT cag_ovt.report_html(2021, 'en')", @as_dba),
	qr{^<!DOCTYPE html>.*<svg class="chart" data-item="1" data-indicator="quebec_share".*</html>$}s,
	'the annual report renders on the data loaded under 1.1');
# (in a transaction rolled back: the grants would show in the catalog)
is( $node->safe_psql(
		'updated', q{
BEGIN;
CREATE ROLE reader;
SET ROLE dba;
SELECT count(*) FROM cag_ovt.grant_read('reader') \\g /dev/null
SET ROLE reader;
SELECT count(*) FROM (SELECT DISTINCT relation_name FROM cag_ovt.data_dictionary) AS r
WHERE NOT pg_catalog.has_table_privilege(pg_catalog.format('cag_ovt.%I', r.relation_name), 'SELECT');
ROLLBACK;}),
	'0',
	'after the update, the owner grants a role the reading of every relation');

# A fresh 1.2 install: the same catalog.
$node->safe_psql('fresh', 'CREATE EXTENSION cag_ovt', @as_dba);
my @fresh_catalog = CagTest::catalog($node, 'fresh', @as_dba);
cmp_ok(scalar(@fresh_catalog), '>', 1000, scalar(@fresh_catalog) . ' catalog facts');
CagTest::compare_catalogs(\@fresh_catalog, [ CagTest::catalog($node, 'updated', @as_dba) ],
	'after the update as in a fresh 1.2 install');

# The purchases keep their class until reclassify_purchases(), which
# classes them as 1.2 does.
$node->safe_psql('updated', 'SELECT cag_ovt.reclassify_purchases()', @as_dba);
$node->safe_psql('updated', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
# (the user's materialized view too, which pg_restore refreshes)
$node->safe_psql('updated', 'REFRESH MATERIALIZED VIEW public.region_summaries', @as_dba);
is(CagTest::misclassified($node, 'updated', @as_dba), '0', 'reclassified, every purchase has its 1.2 class');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE supplier_located_by IS NOT NULL) || ' '
       || count(*) FILTER (WHERE cag_ovt.purchase_needs_reclassify(p))
FROM cag_ovt.purchases p}, @as_dba),
	'3612 0',
	'... 3,612 suppliers located by the trigger, with how');
my %updated_reclassified = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations);

# A dump taken under 1.1 restores into 1.2 as the 1.1 database updated and
# reclassified (the restore classes every row anew).
$node->command_ok(
	[ 'pg_restore', '-U', 'dba', '--no-owner', '--exit-on-error', '-d', $node->connstr('restored'), "$tmp/v11.dump" ],
	'pg_restore of the 1.1 dump');
is($node->safe_psql('restored', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the restore creates 1.2');
$node->safe_psql('restored', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
CagTest::compare_catalogs(\@fresh_catalog, [ CagTest::catalog($node, 'restored', @as_dba) ],
	'after restoring a 1.1 dump');
my %restored = CagTest::snapshot($node, 'restored', opts => \@as_dba, extra => \@user_relations);
CagTest::compare_snapshots(\%updated_reclassified, \%restored,
	'after restoring the 1.1 dump into 1.2 as updated and reclassified');

# ... and, loaded with the same data, the same rows everywhere as a fresh
# install, once the SEAO files are loaded again (the loaders' rows carry
# what 1.2 reads of a file: the buyer's region, stored when loaded).  The
# reload gives the issues of the notices it changes new identifiers, and
# the times of deletions and loads differ.
CagTest::load_seao_samples($node, 'updated', user => 'dba');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE supplier_city IS NOT NULL) || ' '
       || count(*) FILTER (WHERE buyer_located_by IS NOT NULL)
FROM cag_ovt.purchases WHERE source LIKE 'seao%'}, @as_dba),
	'1795 1964',
	'loaded again, the SEAO purchases carry the suppliers\' cities, their buyers are located');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) || ' ' || count(DISTINCT notice) || ' '
       || (SELECT sum(bid_count) || ' ' || sum(competitive_single_bid_count)
           FROM cag_ovt.competition_indicators)
FROM cag_ovt.tender_bids}, @as_dba),
	'4656 1942 4656 297',
	'... and every bidder is a bid (4,651 of the XML export\'s 1,939 notices, 5 tenderers of the '
	  . 'OCDS package\'s 3 contracts): the reload filled the bids');
# Loaded once more, by the command, the SEAO files change nothing; the
# bookkeeping records the version of the XML notices, which 1.1 did not.
PostgreSQL::Test::Utils::command_like(
	[
		'cag_ovt-load', '-h', $node->host, '-p', $node->port, '-U', 'dba', '-d', 'updated',
		'test/data/seao/seao_avis_2013-01.xml',
		'test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json'
	],
	qr/total: 2 of 2 files loaded, 0 purchases inserted or updated, 0 issues recorded/,
	'loaded once more, the SEAO files change nothing');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE entered_at IS NOT NULL AND export_end = '2013-01-31')
       || ' ' || count(*) FILTER (WHERE format = 'ocds')
FROM cag_ovt.load_notices}, @as_dba),
	'1939 3',
	'... and record the version of every XML notice');

# (the user's own summaries, made from the classes of 1.1, made again)
$node->safe_psql(
	'updated', q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
REFRESH MATERIALIZED VIEW public.region_summaries;
TRUNCATE public.buyer_summaries;
INSERT INTO public.buyer_summaries
SELECT coalesce(buyer, '?'), cag_ovt.spend_agg(amount, class), array_agg(DISTINCT class)
FROM cag_ovt.purchases GROUP BY 1;
}, @as_dba);
CagTest::load_sample($node, 'fresh', user => 'dba');
$node->safe_psql('fresh', $user_objects, @as_dba);
# The buyer regions that the trigger of 1.1 derived from buyer_municipality
# are given as far as 1.2 knows (buyer_located_by NULL): they stay as 1.1
# stored them, where a 1.2 install derives them again after the sample's
# edit of the territory changes.
my $issues = q{(SELECT source, source_ref, field, value, reason FROM cag_ovt.load_issues)};
my $purchases = $purchases_11;
$purchases =~ s/buyer_region,/CASE WHEN buyer_municipality IS NULL THEN buyer_region END,/;
$purchases =~ s/, class\n/, class, supplier_city, buyer_city, buyer_postal_code, buyer_id,
    supplier_located_by, nullif(buyer_located_by, 'buyer_municipality')\n/;
my %fresh = CagTest::snapshot($node, 'fresh', opts => \@as_dba, extra => \@user_relations, timestamps => 0);
my %updated = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations, timestamps => 0);
foreach my $s (\%fresh, \%updated)
{
	my $db = $s == \%fresh ? 'fresh' : 'updated';
	$s->{'cag_ovt.load_issues'} = CagTest::relation_digest($node, $db, $issues, @as_dba);
	$s->{'cag_ovt.purchases'} = CagTest::relation_digest($node, $db, $purchases, @as_dba);
	delete $s->{'cag_ovt.load_issues_issue_id_seq'};
}
CagTest::compare_snapshots(\%fresh, \%updated, 'in the updated database as in a fresh 1.2 one');

# A 1.1 database that loaded the same files under two sources (1.1 counted
# each notice twice) has each notice once after the update: the copy of the
# newest OCDS release, else the one loaded last; the others' purchases,
# issues and bookkeeping are gone, and purchases of a source of the user's
# own stay.
$node->safe_psql('postgres', 'CREATE DATABASE labels OWNER dba');
$node->safe_psql('labels', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
my $older_release = "$tmp/older_release.json";
open(my $fh, '>', $older_release) or die "$older_release: $!";
print $fh '{"releases": [{"ocid": "ocds-ec9k95-20071760", "id": "20260720100000", '
  . '"date": "2026-07-20T10:00:00-04:00", "parties": [{"id": "S", "name": "Fournisseur"}], '
  . '"awards": [{"id": "20068679", "status": "active", "date": "2025-01-10T00:00:00-05:00", '
  . '"value": {"amount": 30000.00, "currency": "CAD"}, "suppliers": [{"id": "S"}]}]}]}';
close($fh);
chmod 0644, $older_release;
my @load11 = ('cag_ovt-load', '-q', '-h', $node->host, '-p', $node->port, '-U', 'dba', '-d', 'labels');
my $xml_file = 'test/data/seao/seao_avis_2013-01.xml';
my $json_file = 'test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json';
$node->command_ok([ @load11, $xml_file, $json_file ], '1.1: the files under the default sources');
$node->command_ok([ @load11, '-s', 'gzsrc', $xml_file, $json_file ], '1.1: ... and under another');
$node->command_ok([ @load11, '-s', 'old', $older_release ], '1.1: an older release, loaded last');
$node->safe_psql('labels',
	"INSERT INTO cag_ovt.purchases (purchased_on, amount, source, source_ref) "
	  . "VALUES ('2013-01-23', 7, 'mine', '546669/8')", @as_dba);
my $labels_state = q{
SELECT source, count(*), sum(amount),
       (SELECT count(*) FROM cag_ovt.load_issues i WHERE i.source = p.source),
       (SELECT count(*) FROM cag_ovt.load_notices n WHERE n.source = p.source)
FROM cag_ovt.purchases p GROUP BY source ORDER BY source};
is($node->safe_psql('labels', $labels_state, @as_dba),
	"gzsrc|1966|644313085.16|207|1942\nmine|1|7.00|0|0\nold|1|30000.00|0|1\n"
	  . "seao-ocds|3|165864.49|0|3\nseao-xml|1963|644147220.67|207|1939",
	'1.1 counts the notices under each source');
$node->safe_psql('labels', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
is($node->safe_psql('labels', $labels_state, @as_dba),
	"gzsrc|1966|644313085.16|207|1942\nmine|1|7.00|0|0",
	'after the update: each notice once, under the source loaded last or of the newest release');
is( $node->safe_psql(
		'labels', q{
SELECT count(*) || ' ' || count(DISTINCT (format, notice)) FROM cag_ovt.load_notices}, @as_dba),
	'1942 1942',
	'... one bookkeeping row per notice');
# (the first load under 1.2 rewrites the notices once, with what 1.2 reads
# of them -- the cities, the buyers' identifiers, 2 buyers unlocated -- so
# that they take the source of that load)
PostgreSQL::Test::Utils::command_like(
	[ @load11, '-s', 'third', $xml_file, $json_file ],
	qr/^$/, 'loaded under a third source');
is($node->safe_psql('labels', $labels_state, @as_dba),
	"mine|1|7.00|0|0\nthird|1966|644313085.16|209|1942",
	'... the notices are not counted again');

$node->stop;
done_testing();

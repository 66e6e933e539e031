# The upgrade path from 1.1 (frozen in src/versions/) to 1.2, the version in
# development.
#
# First as 1.1 wrote it: a database made by the library of release 1.1,
# built from git by make test (the line below), with every kind of user
# data (CagTest::load_sample: purchases, SEAO loads, edited reference lists,
# stored summaries in a user table, in a user's materialized view and in
# spend_by_month), goes to a server with this library.  Its summaries, in
# the format 1.1 stored, in their text form and in their binary form, give
# the same figures there, before and after ALTER EXTENSION cag_ovt UPDATE,
# and so do the views.  (Without git, that part is skipped.)
#
# old release: 1.1
#
# Then, on a database of the 1.1 install script run with this library, the
# update by its owner, a database owner who is not superuser: the data is
# intact and every relation gives what it gave (save what 1.2 changes on
# purpose, listed in %changed), the catalog of the extension is identical
# to a fresh 1.2 install's, and, once the DBA applies the rules of 1.2 as
# the CHANGELOG says, so are the rows of every table and view of a fresh
# database loaded with the same data (the SEAO files loaded again).  A dump
# taken under 1.1 restores into 1.2 as the updated database.  A 1.1
# database that loaded the same files under two sources has each notice
# once after the update.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my @as_dba = (extra_params => [ '-U', 'dba' ]);
my $tmp = PostgreSQL::Test::Utils::tempdir;
# A user view over 1.1's view purchase_summaries, a function since 1.2:
# the update makes it read cag_ovt.purchase_summaries(), with the same
# rows (the FROM item as 1.1 or 1.2 spells it).  A 1.1 dump that holds it
# does not restore it into 1.2 (no relation purchase_summaries): it is
# made after the dump here, and again, as 1.2 spells it, after the
# restore, as the reference tells a DBA.
sub my_summaries
{
	my ($call) = @_;
	return q{
CREATE VIEW public.my_summaries AS
SELECT s.fiscal_year, s.region_code, s.region_name, s.scope, }
	  . CagTest::summary_figures_sql('s.summary') . q{ AS figures,
       cag_ovt.total_amount(s.group_summary) AS group_amount
FROM cag_ovt.purchase_summaries} . $call . q{ s;
CREATE VIEW public.my_years AS
SELECT y.fiscal_year, y.region_code, y.scope, }
	  . CagTest::summary_figures_sql('y.summary') . q{ AS figures
FROM cag_ovt.spend_by_fiscal_year_region} . $call . q{ y;
};
}
my $user_objects = q{
REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;
-- a user view over a view of the extension
CREATE VIEW public.my_report AS
SELECT fiscal_year, region_name, quebec_share FROM cag_ovt.quebec_purchase_share;
-- and one over spend_by_month, which the update makes again
CREATE VIEW public.my_months AS
SELECT m.month, m.delivery_region::text AS region, m.segment::text AS segment,
       cag_ovt.purchase_count(m.summary) AS purchases, cag_ovt.total_amount(m.summary) AS amount
FROM cag_ovt.spend_by_month m;
};
my $my_summaries_11 = my_summaries('');
my $my_summaries_12 = my_summaries('()');
my @user_relations = (@CagTest::user_relations, 'public.my_report', 'public.my_months', 'public.my_summaries',
	'public.my_years');

# What 1.2 changes on purpose in the relations of 1.1: relation => the FROM
# item that gives, under 1.2, what the relation gave under 1.1 (or a pair:
# the FROM items to compare under 1.1 and under 1.2).  The views gain
# columns at the end (coverage); action_plan_report's status says
# 'sans donnée' for a value that is NULL even without a target, and
# 'données partielles' below a coverage threshold (1.1's status is
# worked out again from value and target); three indicators' names say
# that their share is over the known amount; the purchases gain currency,
# amount_cad and recorded_on (and the parties' cities, identifiers and how
# they were located), and those that the SEAO loaders of 1.1 said were no
# group purchase are unknown; load_notices gains the format of a notice
# (with notice, its key, whatever the source) and the version of an XML
# notice.  Since the purchase views split their rows by shape (the regions
# and the unknown region in <view>, all of Québec in <view>_totals), 1.1's
# rows are their UNION ALL, as the reference says; values, targets and
# coverages are numeric(14,2) and numeric(5,2) (a count of 1.1, 12, is 12.00).
my $purchases_11 = q{(SELECT purchase_id, purchased_on, buyer, buyer_municipality, buyer_region,
    delivery_municipality, delivery_region, delivery_regions, supplier_name, supplier_neq,
    supplier_country, supplier_province, supplier_postal_code, supplier_region, category,
    description, amount, labels, coalesce(group_purchase, false), source, source_ref, class
    FROM cag_ovt.purchases)};
my $views_11 = q{fiscal_year, fiscal_year_label, region_code, region_name, scope, purchase_count, total_amount};
sub by_shape
{
	my ($view, $columns) = @_;
	return qq{(SELECT $views_11, $columns FROM cag_ovt.$view
	    UNION ALL SELECT $views_11, $columns FROM cag_ovt.${view}_totals)};
}
my %changed = (
	'cag_ovt.quebec_purchase_share' => by_shape('quebec_purchase_share',
		'quebec_amount, outside_quebec_amount, unknown_origin_amount, quebec_share, origin_coverage'),
	'cag_ovt.regional_purchase_share' => by_shape('regional_purchase_share',
		'regional_amount, outside_region_amount, regional_share, regional_contract_share, region_coverage'),
	'cag_ovt.eco_purchase_share' => by_shape('eco_purchase_share',
		'eco_amount, eco_share, group_purchase_amount, eco_amount_in_group_purchases, eco_share_in_group_purchases'),
	'cag_ovt.quebec_food_share' => by_shape('quebec_food_share', 'food_amount, quebec_food_amount, quebec_food_share'),
	'cag_ovt.outside_centres_purchase_share' => by_shape('outside_centres_purchase_share',
		'quebec_amount, outside_centres_amount, centres_amount, unknown_location_amount, outside_centres_share, location_coverage'),
	'cag_ovt.indicator_values' => [ (q{(SELECT fiscal_year, fiscal_year_label, region_code, region_name, scope,
	    indicator, value::numeric(14,2), unit FROM cag_ovt.indicator_values)}) x 2 ],
	'cag_ovt.regional_priority_indicators' => [ (q{(SELECT fiscal_year, fiscal_year_label, region_code,
	    region_name, priority_number, title, indicator, value::numeric(14,2), unit
	    FROM cag_ovt.regional_priority_indicators)}) x 2 ],
	'cag_ovt.action_plan_report' => [ q{(SELECT fiscal_year, fiscal_year_label, item, code, action, indicator,
	    scope, region_code, region_name, value::numeric(14,2), unit, target::numeric(14,2), status
	    FROM cag_ovt.action_plan_report)}, q{(SELECT fiscal_year, fiscal_year_label, item, code, action, indicator,
	    scope, region_code, region_name, value, unit, target,
	    CASE WHEN target IS NULL THEN 'sans cible' WHEN value IS NULL THEN 'sans donnée'
	         WHEN value >= target THEN 'atteinte' ELSE 'non atteinte' END
	    FROM cag_ovt.action_plan_report)} ],
	'cag_ovt.plan_actions' => q{(SELECT item, code, action, indicator, unit, scope, region_code, region_name
	    FROM cag_ovt.plan_actions)},
	# the user's view over quebec_purchase_share, made again by the update
	# (with a WARNING): its all-of-Québec rows are in the _totals view now
	'public.my_report' => [ q{(SELECT * FROM public.my_report WHERE region_name <> 'Ensemble du Québec')},
		q{(SELECT * FROM public.my_report)} ],
	'cag_ovt.indicators' => [ (q{(SELECT indicator, unit, scopes, source FROM cag_ovt.indicators)}) x 2 ],
	'cag_ovt.purchases' => $purchases_11,
	'cag_ovt.load_notices' => '(SELECT source, notice, ocid, release_id, release_date, digest, '
	  . 'source_refs, loaded_at FROM cag_ovt.load_notices)',
	# the summaries by their figures (1.1 writes them out in format 1, 1.2
	# in format 2); views in 1.1, set-returning functions of the same
	# columns in 1.2
	'cag_ovt.purchase_summaries' =>
	  [ summaries_by_figures('cag_ovt.purchase_summaries'), summaries_by_figures('cag_ovt.purchase_summaries()') ],
	'cag_ovt.spend_by_fiscal_year_region' => [
		summaries_by_figures('cag_ovt.spend_by_fiscal_year_region'),
		summaries_by_figures('cag_ovt.spend_by_fiscal_year_region()')
	],
	'cag_ovt.spend_by_month' => [
		(   q{(SELECT month, delivery_region, supplier_region, segment, coalesce(group_purchase, false), }
			  . CagTest::summary_figures_sql('summary') . q{ FROM cag_ovt.spend_by_month)}) x 2
	],
	'public.buyer_summaries' => [
		(q{(SELECT buyer, } . CagTest::summary_figures_sql('summary') . q{, classes FROM public.buyer_summaries)}) x 2
	],
	'public.region_summaries' => [
		(q{(SELECT delivery_region, } . CagTest::summary_figures_sql('summary') . q{ FROM public.region_summaries)})
		  x 2
	]);
# The columns of a relation, its summaries by their figures.
sub summaries_by_figures
{
	my ($rel) = @_;
	return qq{(SELECT fiscal_year, fiscal_year_label, region_code, region_name, scope, }
	  . join(', ', map { CagTest::summary_figures_sql($_) } qw(summary group_summary outside_centres_summary centres_summary))
	  . qq{ FROM $rel)};
}

# Relations that 1.2 adds.
my @new_in_12 = (
	'cag_ovt.data_dictionary', 'cag_ovt.exchange_rates', 'cag_ovt.coverage_thresholds',
	'cag_ovt.seao_files', 'cag_ovt.former_municipalities', 'cag_ovt.fsa_regions',
	'cag_ovt.known_parties', 'cag_ovt.ldu_communities', 'cag_ovt.locality_aliases',
	'cag_ovt.tender_bids', 'cag_ovt.competition_indicators',
	'cag_ovt.spend_by_month_figures',
	map { "cag_ovt.${_}_totals" } qw(quebec_purchase_share regional_purchase_share eco_purchase_share
	  quebec_food_share outside_centres_purchase_share));

sub side
{
	my ($item, $i) = @_;
	return ref $item ? $item->[$i] : ($i ? $item : undef);
}

# What the relations of 1.1 give under $version; under 1.2, the FSAs
# located as 1.1 located them (from the town halls; 1.2 reads fsa_regions:
# see CagTest).
sub as_in_11
{
	my ($node, $db, $version) = @_;
	my $i = $version eq '1.1' ? 0 : 1;
	my $snapshot = sub {
		my %s = CagTest::snapshot($node, $db, opts => \@as_dba, extra => \@user_relations);
		delete @s{@new_in_12};
		foreach my $rel (keys %changed)
		{
			my $from = side($changed{$rel}, $i);
			$s{$rel} = CagTest::relation_digest($node, $db, $from, @as_dba) if defined $from;
		}
		return %s;
	};
	return $i ? with_11_fsas($node, $db, $snapshot) : $snapshot->();
}

# Runs $code under 1.2 with the FSAs located as 1.1 located them, and
# spend_by_month refreshed so: the update makes spend_by_month again and
# refreshes it, and the refresh places the suppliers' postal codes with
# fsa_regions (1.2), as every refresh after the update would.  Refreshed
# again after.
sub with_11_fsas
{
	my ($node, $db, $code) = @_;
	my $refresh = 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month';
	my @result = CagTest::with_town_hall_fsas(
		$node, $db,
		sub {
			$node->safe_psql($db, $refresh);
			return $code->();
		});
	$node->safe_psql($db, $refresh);
	return @result;
}

# The stored summaries: the user's table, the user's materialized view,
# spend_by_month.
my %stored = (
	buyer_summaries => q{(SELECT buyer, summary FROM public.buyer_summaries)},
	region_summaries => q{(SELECT coalesce(delivery_region::text, '-'), summary FROM public.region_summaries)},
	spend_by_month => q{(SELECT format('%s/%s/%s/%s/%s', month, delivery_region, supplier_region, segment,
	    coalesce(group_purchase, false)), summary FROM cag_ovt.spend_by_month)});

sub stored_figures
{
	my ($node, $db) = @_;
	return map { $_ => CagTest::summary_figures($node, $db, $stored{$_}, @as_dba) } sort keys %stored;
}

# ---------------------------------------------------------------------
# As 1.1 wrote it.
SKIP:
{
	my $release = $ENV{CAG_OLD_INSTALL_1_1};
	skip 'release 1.1 was not built (make test builds it from git)', 1 unless $release;

	my $old = PostgreSQL::Test::Cluster->new('release11', install_path => $release);
	$old->init;
	$old->start;
	$old->safe_psql('postgres', 'CREATE ROLE dba LOGIN; CREATE DATABASE v11 OWNER dba');
	$old->safe_psql('v11', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
	like($old->safe_psql('v11', 'SELECT cag_ovt.spend_agg(1.00, NULL::cag_ovt.purchase_class)::text'),
		qr/^\{"version": 1,/, 'the library of release 1.1 writes summaries of format 1');
	CagTest::load_sample($old, 'v11', user => 'dba', loader => "$release/bin/cag_ovt-load");
	$old->safe_psql('v11', $user_objects . $my_summaries_11, @as_dba);
	my %figures = stored_figures($old, 'v11');
	cmp_ok(scalar(split /\n/, $figures{$_}), '>', 10, "1.1 stored summaries in $_") foreach sort keys %figures;
	# the summaries as 1.1 writes them out, in text and in binary (COPY
	# on the server, as the superuser)
	foreach my $form ('text', 'binary')
	{
		foreach my $name ('buyer_summaries', 'spend_by_month')
		{
			$old->safe_psql('v11', "COPY (SELECT * FROM $stored{$name} AS x) TO '$tmp/$name.$form' WITH (FORMAT $form)");
			ok(-s "$tmp/$name.$form", "1.1 writes the summaries of $name in $form");
		}
	}
	my %before = as_in_11($old, 'v11', '1.1');
	$old->stop;

	# The same files under this library.
	$old->backup_fs_cold('v11');
	my $node = PostgreSQL::Test::Cluster->new('library12');
	$node->init_from_backup($old, 'v11');
	$node->start;
	my %got = stored_figures($node, 'v11');
	is($got{$_}, $figures{$_}, "$_: the same figures with this library, before the update") foreach sort keys %figures;
	$node->safe_psql('v11', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
	%got = with_11_fsas($node, 'v11', sub { stored_figures($node, 'v11') });
	is($got{$_}, $figures{$_}, "$_: the same figures after the update") foreach sort keys %figures;
	CagTest::compare_snapshots(\%before, +{ as_in_11($node, 'v11', '1.2') },
		'after the update of a database of release 1.1 (1.1 rows and columns)');
	is( $node->safe_psql(
			'v11', q(
SELECT count(*) FILTER (WHERE summary::text LIKE '{"version": 2,%') || ' '
       || count(*) FILTER (WHERE cag_ovt.unpriced_count(summary) = 0)
FROM public.buyer_summaries), @as_dba),
		$node->safe_psql('v11', 'SELECT count(*) || \' \' || count(*) FROM public.buyer_summaries', @as_dba),
		'a stored summary of format 1 is written out in format 2, every purchase with its amount');
	# The classes of 1.1 are kept until the DBA reclassifies (the views give
	# what they gave); the purchases that the SEAO loader of 1.1 said were no
	# group purchase are of unknown group purchase.
	is( $node->safe_psql(
			'v11', q{
SELECT count(*) FILTER (WHERE class OPERATOR(cag_ovt.?|) '{eco_unknown,food_unknown,quebec_food_unknown,group_purchase_unknown}')
       || ' ' || count(*) FILTER (WHERE currency <> 'CAD' OR amount_cad IS DISTINCT FROM round(amount, 2))
       || ' ' || (count(*) FILTER (WHERE group_purchase IS NULL)
                  = count(*) FILTER (WHERE source IN (SELECT source FROM cag_ovt.load_notices)))
FROM cag_ovt.purchases}, @as_dba),
		'0 0 true',
		'after the update: the classes of 1.1, amounts in dollars, SEAO purchases of unknown group purchase');
	like($node->safe_psql('v11', 'SELECT cag_ovt.reclassify_purchases()', @as_dba),
		qr/^[1-9][0-9]{3}$/, 'the rules of 1.2 reclassify the purchases whose labels, category or group purchase are unknown');

	# 1.1's text and binary forms, read by 1.2: the same figures.
	foreach my $form ('text', 'binary')
	{
		foreach my $name ('buyer_summaries', 'spend_by_month')
		{
			my $table = "public.read_${name}_$form";
			$node->safe_psql('v11', "CREATE TABLE $table (key text, summary cag_ovt.spend_summary); "
				  . "COPY $table FROM '$tmp/$name.$form' WITH (FORMAT $form)");
			is(CagTest::summary_figures($node, 'v11', "(SELECT key, summary FROM $table)"),
				$figures{$name}, "$name: 1.1's $form form read by 1.2 gives the same figures");
		}
	}
	$node->stop;
}

# ---------------------------------------------------------------------
# The update, on a database of the 1.1 install script with this library.
my $node = PostgreSQL::Test::Cluster->new('upgrade12');
$node->init;
$node->start;

$node->safe_psql('postgres',
	'CREATE ROLE dba LOGIN; CREATE DATABASE updated OWNER dba; CREATE DATABASE fresh OWNER dba; '
	  . 'CREATE DATABASE restored OWNER dba');

# 1.1, loaded with data.
$node->safe_psql('updated', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
my $reclassified = CagTest::load_sample($node, 'updated', user => 'dba');
cmp_ok($reclassified, '>', 100, 'the sample data is loaded under 1.1');
$node->safe_psql('updated', $user_objects, @as_dba);

$node->command_ok(
	[ 'pg_dump', '-U', 'dba', '-Fc', '-f', "$tmp/v11.dump", '-d', $node->connstr('updated') ],
	'pg_dump of the 1.1 database');
$node->safe_psql('updated', $my_summaries_11, @as_dba);

my %before = as_in_11($node, 'updated', '1.1');
like($before{'cag_ovt.purchases'}, qr/^5[0-9]{3} /, 'the 1.1 database has its purchases');
my %stored_before = stored_figures($node, 'updated');

# The owner updates.
my $update_warnings = '';
$node->psql('updated', 'ALTER EXTENSION cag_ovt UPDATE', stderr => \$update_warnings, on_error_die => 1, @as_dba);
is($node->safe_psql('updated', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the database owner updated the extension to 1.2');
like(
	$update_warnings,
	qr/WARNING:  view public\.my_summaries was made again over the views of cag_ovt 1\.2: it reads cag_ovt\.purchase_summaries\(\)\n/,
	'the update says that the user view over purchase_summaries now calls the function');
like(
	$update_warnings,
	qr/WARNING:  view public\.my_years was made again over the views of cag_ovt 1\.2: it reads cag_ovt\.spend_by_fiscal_year_region\(\)\n/,
	'... and the one over spend_by_fiscal_year_region too (no longer an error)');
like($update_warnings, qr/WARNING:  view public\.my_months was made again/,
	'the user view over spend_by_month is made again over the new spend_by_month');
like(
	$node->safe_psql('updated', "SELECT pg_catalog.pg_get_viewdef('public.my_summaries'::pg_catalog.regclass)"),
	qr/FROM cag_ovt\.purchase_summaries\(\) s\(/,
	'... and it does');

my %after = as_in_11($node, 'updated', '1.2');
CagTest::compare_snapshots(\%before, \%after, 'after the update (1.1 rows and columns)');
my %stored_after = with_11_fsas($node, 'updated', sub { stored_figures($node, 'updated') });
is($stored_after{$_}, $stored_before{$_}, "$_: the same figures after the update") foreach sort keys %stored_before;
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE supplier_city IS NOT NULL OR buyer_city IS NOT NULL
                           OR buyer_postal_code IS NOT NULL OR buyer_id IS NOT NULL
                           OR supplier_located_by IS NOT NULL OR buyer_located_by IS NOT NULL)
       || ' ' || count(*) FILTER (WHERE cag_ovt.purchase_needs_reclassify(p))
FROM cag_ovt.purchases p}, @as_dba),
	'0 3987',
	'the new columns are empty; 3,987 purchases would change with reclassify_purchases()');
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
# The money and the unknown: every amount of 1.1 in dollars, the purchases
# of the SEAO loaders of unknown group purchase.
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE currency <> 'CAD' OR amount_cad IS DISTINCT FROM round(amount, 2))
       || ' ' || (count(*) FILTER (WHERE group_purchase IS NULL)
                  = count(*) FILTER (WHERE source IN (SELECT source FROM cag_ovt.load_notices)))
       || ' ' || (count(*) FILTER (WHERE group_purchase IS NULL) > 0)
FROM cag_ovt.purchases}, @as_dba),
	'0 true true',
	'after the update: amounts in dollars, SEAO purchases of unknown group purchase');

# A fresh 1.2 install: the same catalog.
$node->safe_psql('fresh', 'CREATE EXTENSION cag_ovt', @as_dba);
my @fresh_catalog = CagTest::catalog($node, 'fresh', @as_dba);
cmp_ok(scalar(@fresh_catalog), '>', 1000, scalar(@fresh_catalog) . ' catalog facts');
CagTest::compare_catalogs(\@fresh_catalog, [ CagTest::catalog($node, 'updated', @as_dba) ],
	'after the update as in a fresh 1.2 install');

# The DBA applies the rules of 1.2 (the CHANGELOG's steps: the SEAO
# loaders' purchases of unknown group purchase, reclassify_purchases(),
# spend_by_month refreshed, and the user makes the user's summaries again):
# the purchases are classed as 1.2 classes them, and the trigger locates
# the suppliers, saying how.
CagTest::apply_12_rules($node, 'updated', @as_dba);
is(CagTest::misclassified($node, 'updated', @as_dba), '0', 'reclassified, every purchase has its 1.2 class');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE supplier_located_by IS NOT NULL) || ' '
       || count(*) FILTER (WHERE cag_ovt.purchase_needs_reclassify(p))
FROM cag_ovt.purchases p}, @as_dba),
	'3607 0',
	'... 3,607 suppliers located by the trigger, with how');
my %updated_reclassified = CagTest::snapshot($node, 'updated', opts => \@as_dba, extra => \@user_relations);

# A dump taken under 1.1 restores into 1.2 (the purchases classified with
# the rules of 1.2 as they are restored), its stored summaries with their
# figures; once the DBA applies the rules of 1.2, as the updated database.
$node->command_ok(
	[ 'pg_restore', '-U', 'dba', '--no-owner', '--exit-on-error', '-d', $node->connstr('restored'), "$tmp/v11.dump" ],
	'pg_restore of the 1.1 dump');
$node->safe_psql('restored', $my_summaries_12, @as_dba);
is($node->safe_psql('restored', "SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt'"),
	'1.2', 'the restore creates 1.2');
CagTest::compare_catalogs(\@fresh_catalog, [ CagTest::catalog($node, 'restored', @as_dba) ],
	'after restoring a 1.1 dump');
is( CagTest::summary_figures($node, 'restored', $stored{buyer_summaries}, @as_dba),
	$stored_before{buyer_summaries},
	'buyer_summaries: the same figures restored from the 1.1 dump');
CagTest::apply_12_rules($node, 'restored', @as_dba);
my %restored = CagTest::snapshot($node, 'restored', opts => \@as_dba, extra => \@user_relations);
CagTest::compare_snapshots(\%updated_reclassified, \%restored,
	'after restoring the 1.1 dump into 1.2 as updated, once the rules of 1.2 applied to both');

# ... and, loaded with the same data, the same rows everywhere as a fresh
# install, once the SEAO files are loaded again (the loaders' rows carry
# what 1.2 reads of a file: the buyer's region, stored when loaded, the
# cities, the currency).  The reload gives the issues of the notices it
# changes new identifiers, and the times of deletions and loads differ.
CagTest::load_seao_samples($node, 'updated', user => 'dba');
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FILTER (WHERE supplier_city IS NOT NULL) || ' '
       || count(*) FILTER (WHERE buyer_located_by IS NOT NULL) || ' '
       || count(*) FILTER (WHERE group_purchase IS NULL)
FROM cag_ovt.purchases WHERE source LIKE 'seao%'}, @as_dba),
	'1790 1959 1961',
	'loaded again, the SEAO purchases carry the suppliers\' cities, their buyers are located, '
	  . 'their group purchase is unknown');
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

# (the user's own summaries made again, and spend_by_month refreshed)
$node->safe_psql('updated', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month;' . $CagTest::user_summaries_sql,
	@as_dba);
CagTest::load_sample($node, 'fresh', user => 'dba');
$node->safe_psql('fresh', $user_objects . $my_summaries_12, @as_dba);
# The buyer regions that the trigger of 1.1 derived from buyer_municipality
# are given as far as 1.2 knows (buyer_located_by NULL): they stay as 1.1
# stored them, where a 1.2 install derives them again after the sample's
# edit of the territory changes.  (recorded_on is the day of the update or
# of the load.)
my $issues = q{(SELECT source, source_ref, field, value, reason FROM cag_ovt.load_issues)};
my $purchases = $purchases_11;
$purchases =~ s/buyer_region,/CASE WHEN buyer_municipality IS NULL THEN buyer_region END,/;
$purchases =~ s/, class\n/, class, supplier_city, buyer_city, buyer_postal_code, buyer_id,
    supplier_located_by, nullif(buyer_located_by, 'buyer_municipality'), currency, amount_cad\n/;
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
# own stay.  (1.1's install script with this library: the rules of the
# SEAO files are this library's.)
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
	"gzsrc|1961|644312900.73|216|1942\nmine|1|7.00|0|0\nold|1|30000.00|0|1\n"
	  . "seao-ocds|3|165864.49|0|3\nseao-xml|1958|644147036.24|216|1939",
	'1.1 counts the notices under each source');
$node->safe_psql('labels', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
is($node->safe_psql('labels', $labels_state, @as_dba),
	"gzsrc|1961|644312900.73|216|1942\nmine|1|7.00|0|0",
	'after the update: each notice once, under the source loaded last or of the newest release');
is( $node->safe_psql(
		'labels', q{
SELECT count(*) || ' ' || count(DISTINCT (format, notice)) FROM cag_ovt.load_notices}, @as_dba),
	'1942 1942',
	'... one bookkeeping row per notice');
# (the first load under 1.2 rewrites the notices once, with what 1.2 reads
# of them -- the cities, the buyers' identifiers, 2 buyers unlocated, the
# currency, the bids and the 44 values they load NULL -- so that they take
# the source of that load)
PostgreSQL::Test::Utils::command_like(
	[ @load11, '-s', 'third', $xml_file, $json_file ],
	qr/^$/, 'loaded under a third source');
is($node->safe_psql('labels', $labels_state, @as_dba),
	"mine|1|7.00|0|0\nthird|1961|644312900.73|262|1942",
	'... the notices are not counted again');

# The rights changed on the loaders of 1.1 (by their owner, the superuser
# that ran the install), whose signatures 1.2 extends with bids: kept by
# the update.
$node->safe_psql('postgres', 'CREATE DATABASE rights OWNER dba; CREATE ROLE loader; CREATE ROLE other');
$node->safe_psql('rights', "CREATE EXTENSION cag_ovt VERSION '1.1'", @as_dba);
$node->safe_psql(
	'rights', q{
REVOKE EXECUTE ON FUNCTION cag_ovt.load_seao_xml(bytea, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cag_ovt.load_seao_xml(bytea, text) TO loader;
});
$node->safe_psql('rights', 'ALTER EXTENSION cag_ovt UPDATE', @as_dba);
is( $node->safe_psql(
		'rights', q{
SELECT string_agg(format('%s %s %s', r, o, has_function_privilege(r, o::regprocedure, 'EXECUTE')), ', ' ORDER BY r, o)
FROM unnest('{loader,other}'::text[]) AS r,
     unnest(ARRAY['cag_ovt.load_seao_xml(bytea,text,boolean)', 'cag_ovt.load_seao_xml(text,text,boolean)',
                  'cag_ovt.load_ocds(bytea,text,boolean)']) AS o}),
	'loader cag_ovt.load_ocds(bytea,text,boolean) t, loader cag_ovt.load_seao_xml(bytea,text,boolean) t, '
	  . 'loader cag_ovt.load_seao_xml(text,text,boolean) t, other cag_ovt.load_ocds(bytea,text,boolean) t, '
	  . 'other cag_ovt.load_seao_xml(bytea,text,boolean) f, other cag_ovt.load_seao_xml(text,text,boolean) t',
	'the update keeps the EXECUTE revoked from PUBLIC and granted to a role on a loader, and leaves the others alone');;

$node->stop;
done_testing();

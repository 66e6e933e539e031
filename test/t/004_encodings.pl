# cag_ovt in databases whose encoding is not UTF-8: the install script holds
# only characters LATIN1 can store; qc_region prints its names in the server
# encoding (a hyphen for the EN DASH where the encoding has none), reads
# input converted from it, and error details that hold characters the
# encoding lacks are converted, not refused.  The SEAO loaders, XML and OCDS
# alike, load what the database can store: a value holding a character it
# cannot ("’" in LATIN1) is NULL with an issue, and the rest of the file
# loads, also through cag_ovt-load.
use strict;
use warnings;
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('encodings');
$node->init;
$node->start;

# the client speaks UTF-8; the server converts
$ENV{PGCLIENTENCODING} = 'UTF8';

my %dash = (LATIN1 => '-', WIN1252 => "\xe2\x80\x93", SQL_ASCII => "\xe2\x80\x93");

foreach my $enc (sort keys %dash)
{
	my $db = lc "db_$enc";
	$node->safe_psql('postgres',
		"CREATE DATABASE $db TEMPLATE template0 ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C'");
	$node->safe_psql($db, 'CREATE EXTENSION cag_ovt');
	my $d = $dash{$enc};

	is($node->safe_psql($db, "SELECT '02'::cag_ovt.qc_region"),
		"Saguenay${d}Lac-Saint-Jean", "$enc: output of region 02");
	is($node->safe_psql($db, "SELECT cag_ovt.region_name('11', 'en')"),
		"Gasp\xc3\xa9sie${d}Magdalen Islands", "$enc: English name of region 11");
	is($node->safe_psql($db, "SELECT name_fr FROM cag_ovt.regions WHERE cag_ovt.region_code(region) = '11'"),
		"Gasp\xc3\xa9sie${d}\xc3\x8eles-de-la-Madeleine", "$enc: regions table");
	is( $node->safe_psql(
			$db, "SELECT count(*) FROM cag_ovt.regions WHERE region::text::cag_ovt.qc_region OPERATOR(cag_ovt.<>) region"
		),
		'0',
		"$enc: every name reads back");
	is($node->safe_psql($db, "SELECT 'Montr\xc3\xa9al'::cag_ovt.qc_region::text"),
		"Montr\xc3\xa9al", "$enc: accented input");
	is($node->safe_psql($db, "SELECT 'Saguenay\xe2\x80\x94Lac-St-Jean'::cag_ovt.qc_region OPERATOR(cag_ovt.=) '02'"),
		't', "$enc: EM DASH in the input")
	  if $enc ne 'LATIN1';    # LATIN1 cannot even receive it
	is( $node->safe_psql(
			$db, "SELECT name || ' ' || cag_ovt.region_of_municipality(code) FROM cag_ovt.municipalities WHERE code = '46005'"
		),
		'Abercorn Estrie',
		"$enc: municipalities and the cache");
	is($node->safe_psql($db, "SELECT name FROM cag_ovt.municipalities WHERE code = '51075'"),
		"Saint-\xc3\x89lie-de-Caxton", "$enc: accented municipality name");

	# the classification folds labels and provinces read in the server
	# encoding, and explains in it
	is( $node->safe_psql(
			$db,
			"SELECT cag_ovt.classify_purchase(supplier_province => 'Qu\xc3\xa9bec', category => '50121537', "
			  . "labels => ARRAY['\xc3\x89cocert', 'Aliments pr\xc3\xa9par\xc3\xa9s au Qu\xc3\xa9bec'], group_purchase => false)"),
		'{quebec,eco,food,quebec_food}',
		"$enc: classify_purchase with accented labels");
	is($node->safe_psql($db, "SELECT cag_ovt.normalize_label('Aliments pr\xc3\xa9par\xc3\xa9s au Qu\xc3\xa9bec')"),
		'alimentspreparesauquebec', "$enc: normalize_label");
	is( $node->safe_psql(
			$db,
			"SELECT e #>> '{eco,label}' || ' ' || (e #>> '{region,value}') || ' ' || (e #>> '{quebec_food,kind}') "
			  . "FROM cag_ovt.explain_classification(supplier_region => '02', delivery_region => '02', "
			  . "category => '50000000', labels => ARRAY['ecocert', 'aliments du quebec']) AS e"),
		"\xc3\x89cocert Saguenay${d}Lac-Saint-Jean produced",
		"$enc: explain_classification in the server encoding");
	is( $node->safe_psql(
			$db,
			"INSERT INTO cag_ovt.purchases (purchased_on, buyer_municipality, supplier_province, amount, labels) "
			  . "VALUES ('2022-01-01', '51075', 'Qu\xc3\xa9bec', 1, '{\"\xc3\x89cocert\"}') RETURNING buyer_region || ' ' || class"),
		'Mauricie {quebec,eco,food_unknown,quebec_food_unknown,group_purchase_unknown}',
		"$enc: the purchases trigger");

	# the SEAO loaders: "’" (U+2019, which WIN1252 has and LATIN1 lacks) in
	# a bidder's name, raw in an XML export (the winner's, and a losing
	# bidder's: the issue of its bid) and in an OCDS package, and as an
	# escape in another; the files' bytes go as bytea (the client could
	# not even send them as text to LATIN1)
	my $name = "L\xe2\x80\x99Atelier";
	my $stored = $enc eq 'LATIN1' ? '' : $name;
	my $xml = unpack('H*',
		    '<export><Avis><numeroseao>7</numeroseao><dateadjudication>2013-01-10</dateadjudication>'
		  . "<fournisseurs><fournisseur><nomorganisation>$name</nomorganisation><adjudicataire>1</adjudicataire>"
		  . '<montantcontrat>10</montantcontrat></fournisseur>'
		  . "<fournisseur><nomorganisation>$name</nomorganisation><adjudicataire>0</adjudicataire></fournisseur>"
		  . '</fournisseurs></Avis></export>');
	my $release = '{"ocid": "ocds-ec9k95-%d", "id": "1", "date": "2026-01-05T00:00:00-05:00", '
	  . '"parties": [{"id": "S", "name": "%s"}], "awards": [{"id": "A", "date": "2026-01-02", '
	  . '"value": {"amount": 10}, "suppliers": [{"id": "S"}]}]}';
	my $package = unpack('H*',
		sprintf('{"releases": [' . $release . ', ' . $release . ']}', 8, $name, 9, 'L\u2019Atelier'));
	is( $node->safe_psql(
			$db, "SELECT cag_ovt.load_seao_xml('\\x$xml'::bytea, 'enc') || ' ' "
			  . "|| cag_ovt.load_ocds('\\x$package'::bytea, 'enc')"),
		'1 2', "$enc: both loaders load a name holding a character the database may lack");
	is( $node->safe_psql(
			$db, "SELECT string_agg(source_ref || '=' || coalesce(supplier_name, ''), ' ' ORDER BY source_ref) "
			  . "FROM cag_ovt.purchases WHERE source = 'enc'"),
		"7/1=$stored 8/A/S=$stored 9/A/S=$stored",
		$enc eq 'LATIN1' ? "$enc: the name is NULL" : "$enc: the name is stored");
	is( $node->safe_psql(
			$db, "SELECT count(*) || ' ' || coalesce(string_agg(DISTINCT source_ref, ','), '') || ' ' "
			  . "|| coalesce(min(value), '') || ' ' || coalesce(min(reason), '') "
			  . "FROM cag_ovt.load_issues WHERE source = 'enc' AND field = 'supplier_name'"),
		$enc eq 'LATIN1'
		? '4 7/1,7/2,8/A/S,9/A/S L?Atelier The value holds a character that the database encoding (LATIN1) cannot store.'
		: '0   ',
		"$enc: an issue says why, where the name could not be stored (a purchase, a bid)");
	is( $node->safe_psql(
			$db, "SELECT string_agg(bidder || '=' || coalesce(supplier_name, ''), ' ' ORDER BY bidder) "
			  . "FROM cag_ovt.tender_bids WHERE notice = '7'"),
		"1=$stored 2=$stored",
		$enc eq 'LATIN1' ? "$enc: the bids' names are NULL" : "$enc: the bids' names are stored");

	# the real weekly package through cag_ovt-load ("’" and "–" in its texts:
	# the title of one purchase, its description, has an EN DASH)
	my ($load_out, $load_err) = ('', '');
	IPC::Run::run(
		[
			'cag_ovt-load', '-h', $node->host, '-p', $node->port, '-d', $db,
			'test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json'
		],
		'>', \$load_out, '2>', \$load_err);
	is($? >> 8, 0, "$enc: cag_ovt-load loads the OCDS package") or diag($load_err);
	# (and one for each purchase whose buyer no address locates: 2; in
	# LATIN1, the title of the release with three tenderers, lost by its
	# purchase and by its two other bids: 3)
	like($load_out, qr/: OCDS release package, 3 purchases inserted or updated, @{[ $enc eq 'LATIN1' ? 5 : 2 ]} issues recorded/,
		"$enc: ... its 3 purchases, an issue for what the database cannot store, of a purchase or of a bid");

	# an error whose hint holds an EN DASH
	my ($ret, $out, $err) = $node->psql($db, "SELECT 'Estri'::cag_ovt.qc_region");
	like($err, qr/invalid input syntax for type qc_region: "Estri"/, "$enc: error message");
	like($err, qr/HINT:  Write a region as its code .* Saguenay.{1,3}Lac-Saint-Jean\./,
		"$enc: hint converted");
}

$node->stop;
done_testing();

# The bids of the January 2013 export (cag_ovt.tender_bids) against figures worked
# out independently, by a short Perl reading of the XML (not our parser):
# bids, notices per procedure, single-bid notices of the calls for tenders;
# every bidder's invalid postal code and province an issue, once, of its
# purchase or of its bid; a reload changes nothing, under any source; a
# notice changed in the file replaces its bids (a bidder gone is gone, none
# is added twice).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $file = 'test/data/seao/seao_avis_2013-01.xml';

# ---- the figures of the file, read with regular expressions ----
my %procedure = (3 => 'open', 10 => 'invitation', 14 => 'invitation', 9 => 'sole_source');
my (%notices, %bids, %single, %winners);
my ($nbids, $nnotices) = (0, 0);
# a bidder's values that are not one (see test/seao/expected_figures.py):
# a Canadian postal code is letter digit letter, digit letter digit (no D F
# I O Q U, no W or Z first), case free, white space and one hyphen between
# the halves; a province, a code of a province or a state
my $letter = '[ABCEGHJKLMNPRSTVWXYZ]';
my $postal = qr/^\s*[ABCEGHJKLMNPRSTVXY]\d$letter\s*-?\s*\d$letter\d\s*\z/i;
my %province = map { $_ => 1 } qw(AB BC MB NB NL NS NT NU ON PE QC SK YT
  AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO
  MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI UM);
my %invalid = (supplier_postal_code => 0, supplier_province => 0);
{
	open(my $in, '<:raw', $file) or die "$file: $!";
	local $/;
	my $xml = <$in>;
	close($in);
	while ($xml =~ m{<Avis>(.*?)</Avis>}sg)
	{
		my $avis = $1;
		my ($type) = $avis =~ m{<type>\s*(\d+)\s*</type>};
		my $proc = defined($type) && $procedure{$type} ? $procedure{$type} : 'other';
		my $n = () = $avis =~ m{<fournisseur>}g;
		my $w = () = $avis =~ m{<adjudicataire>\s*1\s*</adjudicataire>}g;
		$nnotices++;
		$nbids += $n;
		$notices{$proc}++;
		$bids{$proc} += $n;
		$winners{$proc} += $w;
		$single{$proc}++ if $n == 1;
		while ($avis =~ m{<fournisseur>(.*?)</fournisseur>}sg)
		{
			my $f = $1;
			my ($pc) = $f =~ m{<codepostal>(.*?)</codepostal>}s;
			my ($pr) = $f =~ m{<province>(.*?)</province>}s;
			$invalid{supplier_postal_code}++ if defined($pc) && $pc =~ /\S/ && $pc !~ $postal;
			$pr =~ s/^\s+|\s+$//g if defined($pr);
			$invalid{supplier_province}++ if defined($pr) && $pr ne '' && !$province{ uc($pr) };
		}
	}
}
my $invalid = join("\n", map { "$_|$invalid{$_}" } sort keys %invalid);
note("invalid values of the bidders:\n$invalid");
my $expected = join("\n",
	map { join('|', $_, $notices{$_}, $bids{$_}, $single{$_} // 0, $winners{$_}) }
	  sort keys %notices);
note("the file: $nnotices notices, $nbids bids\n$expected");
# what the file says, as the issue states it
is("$nnotices $nbids", '1939 4651', 'the script reads 1,939 notices and 4,651 bidders');

my $node = PostgreSQL::Test::Cluster->new('bids');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION cag_ovt');
my $path = $node->basedir . '/export.xml';
PostgreSQL::Test::Utils::append_to_file($path, slurp_file($file));

sub load
{
	my ($source) = @_;
	return $node->safe_psql('postgres',
		"SELECT cag_ovt.load_seao_xml(pg_read_binary_file('$path'), '$source')");
}

my $by_procedure = q{
SELECT coalesce(procedure, 'other'), count(DISTINCT notice), count(*),
       count(*) FILTER (WHERE n = 1 AND bidder = 1), count(*) FILTER (WHERE is_winner)
FROM (SELECT b.*, count(*) OVER (PARTITION BY notice, format) AS n FROM cag_ovt.tender_bids b) x
GROUP BY 1 ORDER BY 1};
my $view = q{
SELECT coalesce(procedure, 'other'), sum(notice_count), sum(bid_count), sum(single_bid_notice_count),
       sum(competitive_single_bid_count), sum(competitive_notice_count)
FROM cag_ovt.competition_indicators GROUP BY 1 ORDER BY 1};
my $digest = q{SELECT md5(string_agg(b::text, '|' ORDER BY notice, bidder)) FROM cag_ovt.tender_bids b};

load('seao-xml');
is($node->safe_psql('postgres', 'SELECT count(*), count(DISTINCT notice) FROM cag_ovt.tender_bids'),
	"$nbids|$nnotices", 'as many bids and notices as the script counts');
is($node->safe_psql('postgres', $by_procedure), $expected,
	'notices, bids, single-bid notices and winners per procedure as the script counts');
my $competitive = join("\n",
	map {
		my $p = $_;
		my $c = ($p eq 'open' || $p eq 'invitation');
		join('|', $p, $notices{$p}, $bids{$p}, $single{$p} // 0,
			$c ? $single{$p} // 0 : 0, $c ? $notices{$p} : 0)
	} sort keys %notices);
is($node->safe_psql('postgres', $view), $competitive,
	'competition_indicators sums to the same figures');
is($node->safe_psql('postgres', q{
SELECT sum(single_bid_notice_count) FILTER (WHERE procedure IN ('open', 'invitation')),
       sum(competitive_notice_count),
       round(100.0 * sum(competitive_single_bid_count) / sum(competitive_notice_count), 2)
FROM cag_ovt.competition_indicators}),
	join('|', $single{open} + $single{invitation}, $notices{open} + $notices{invitation},
		sprintf('%.2f', 100 * ($single{open} + $single{invitation}) /
			($notices{open} + $notices{invitation}))),
	'single-bid share of the calls for tenders');

# every invalid value of a bidder, winner or not, has its issue, once:
# under the bidder's reference (notice/position), that of its purchase
my $bidder_issues = q{
SELECT field, count(*), count(DISTINCT source_ref) FROM cag_ovt.load_issues
WHERE field IN ('supplier_postal_code', 'supplier_province') GROUP BY field ORDER BY field};
is($node->safe_psql('postgres', $bidder_issues),
	join("\n", map { "$_|$invalid{$_}|$invalid{$_}" } sort keys %invalid),
	'an issue for each invalid postal code and province of a bidder, as the script counts');
is($node->safe_psql('postgres', q{
SELECT count(*) FROM cag_ovt.load_issues i
WHERE i.field IN ('supplier_postal_code', 'supplier_province')
  AND NOT EXISTS (SELECT FROM cag_ovt.tender_bids b
                  WHERE b.format = 'xml' AND b.notice || '/' || b.bidder = i.source_ref)}),
	'0', '... each under the reference of a bid');
my $issues = q{SELECT md5(string_agg(i::text, '|' ORDER BY issue_id)) FROM cag_ovt.load_issues i};

# reloads: nothing changes, under the same source or another
my $before = $node->safe_psql('postgres', $digest);
my $issues_before = $node->safe_psql('postgres', $issues);
load('seao-xml');
is($node->safe_psql('postgres', $digest), $before, 'a reload changes no bid');
load('another source');
is($node->safe_psql('postgres', $digest), $before, 'a reload under another source neither');
is($node->safe_psql('postgres', $issues), $issues_before, '... nor any issue');

# a notice changed in the file: its bids replaced, a bidder gone is gone
my $xml = slurp_file($file);
$xml =~ s{(<numeroseao>546669</numeroseao>.*?)<montantsoumis>191966.400000</montantsoumis>}
         {$1<montantsoumis>191000.000000</montantsoumis>}s or die 'notice 546669 not found';
$xml =~ s{(<numeroseao>546669</numeroseao>.*?<fournisseurs>\s*)<fournisseur>.*?</fournisseur>\s*}
         {$1}s or die 'first bidder not found';
unlink($path);
PostgreSQL::Test::Utils::append_to_file($path, $xml);
my $old = $node->safe_psql('postgres',
	q{SELECT count(*) FROM cag_ovt.tender_bids WHERE notice = '546669'});
load('seao-xml');
is($node->safe_psql('postgres', q{SELECT count(*) FROM cag_ovt.tender_bids WHERE notice = '546669'}),
	$old - 1, 'the bidder removed from the notice is gone');
is($node->safe_psql('postgres', 'SELECT count(*) FROM cag_ovt.tender_bids'), $nbids - 1,
	'no bid of the notice counted twice, no other notice touched');
is($node->safe_psql('postgres',
	q{SELECT supplier_name || ' ' || amount_bid FROM cag_ovt.tender_bids
	  WHERE notice = '546669' AND bidder = 1 AND source = 'seao-xml'}),
	'Joliette Toyota 191000.000000',
	'the bids are those of the file now: positions as in the file, the amount changed');

done_testing();

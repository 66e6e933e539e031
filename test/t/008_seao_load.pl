# cag_ovt-load against a cluster: format detection (XML, OCDS, gzip), the
# connection given by options (connection strings and URIs too) or by the
# environment, the checks made once before the first file, any file name,
# progress on a terminal only, the per-file summary, exit statuses, nothing
# loaded from a malformed file, a non-superuser database owner loading into
# the extension it created, and the loader's bookkeeping (load_issues,
# load_notices) surviving pg_dump and pg_restore.
use strict;
use warnings;
use File::Copy;
use IPC::Run;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('seao_load');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION cag_ovt');

my $tmp = PostgreSQL::Test::Utils::tempdir;
my $xml = "$tmp/janvier 2013 \"l'export\".xml";
my $json = "$tmp/hebdo.json";
copy('test/data/seao/seao_avis_2013-01.xml', $xml) or die "copy: $!";
copy('test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json', $json)
  or die "copy: $!";
system("gzip -c '$json' > '$tmp/hebdo.json.gz'") == 0 or die "gzip failed";

# Run the command; returns (exit status, stdout, stderr).
sub load
{
	my @args = @_;
	my ($out, $err) = ('', '');
	IPC::Run::run([ 'cag_ovt-load', @args ], '>', \$out, '2>', \$err);
	return ($? >> 8, $out, $err);
}

my @conn = ('-h', $node->host, '-p', $node->port);

# Forget the notices of the OCDS package, whatever source loaded them, so
# that it loads anew.
sub forget_ocds
{
	my ($db) = @_;
	$node->safe_psql($db, q{
DELETE FROM cag_ovt.purchases WHERE source_ref ~ '^20(071760|080015|108643)/';
DELETE FROM cag_ovt.load_issues WHERE source_ref ~ '^20(071760|080015|108643)/';
DELETE FROM cag_ovt.load_notices WHERE format = 'ocds'});
}

sub figures
{
	my ($db, $source) = @_;
	return $node->safe_psql($db,
		"SELECT count(*) || ' ' || coalesce(sum(amount), 0) || ' ' "
		  . "|| (SELECT count(*) FROM cag_ovt.load_issues WHERE source = '$source') || ' ' "
		  . "|| (SELECT count(*) FROM cag_ovt.load_notices WHERE source = '$source') "
		  . "FROM cag_ovt.purchases WHERE source = '$source'");
}

# An XML export (whose name holds spaces and quotes) and a compressed OCDS
# package, with the connection in options.
my ($code, $out, $err) = load(@conn, '-d', 'src', $xml, "$tmp/hebdo.json.gz");
is($code, 0, 'two files loaded') or diag($err);
like($out, qr/\Q$xml\E: loading \(4311568 bytes\)\.\.\./, 'the file and its size');
like($out, qr/\Q$xml\E: XML export, 1958 purchases inserted or updated, 260 issues recorded/,
	'XML detected, and its summary');
like($out, qr/hebdo\.json\.gz: loading \(gzip, 8814 bytes\)/, 'compressed file detected');
like($out, qr/hebdo\.json\.gz: OCDS release package, 3 purchases inserted or updated, 2 issues recorded/,
	'OCDS package detected, and its summary (2 buyers unlocated)');
like($out, qr/total: 2 of 2 files loaded, 1961 purchases inserted or updated, 262 issues recorded/,
	'total');
is(figures('src', 'seao-xml'), '1958 644147036.24 260 1939', 'XML purchases in the database');
is(figures('src', 'seao-ocds'), '3 165864.49 2 3', 'OCDS purchases in the database');
is($node->safe_psql('src', 'SELECT count(*) FROM pg_largeobject_metadata'), '0',
	'no large object left behind');

# The same export again, compressed, under another source: a notice is SEAO's
# (its number and the bidder's position), whatever the source; nothing is
# counted twice, and the purchases keep the source that loaded them.
system("gzip -c test/data/seao/seao_avis_2013-01.xml > '$tmp/big.xml.gz'") == 0
  or die "gzip failed";
($code, $out, $err) = load(@conn, '-d', 'src', '-s', 'gzsrc', "$tmp/big.xml.gz");
is($code, 0, 'the compressed export under another source') or diag($err);
like($out, qr/big\.xml\.gz: XML export, 0 purchases inserted or updated, 0 issues recorded/,
	'... changes nothing');
is( $node->safe_psql('src',
		"SELECT count(*) || ' ' || sum(amount) FROM cag_ovt.purchases WHERE source_ref !~ '^20'"),
	'1958 644147036.24', '... the XML purchases are counted once');
is(figures('src', 'gzsrc'), '0 0 0 0', '... and keep their source');

# The connection as psql takes it: a connection string or a URI as the
# database name.
forget_ocds('src');
($code, $out, $err) = load('-d', 'dbname=src host=' . $node->host . ' port=' . $node->port,
	'-s', 'conninfo', $json);
is($code, 0, 'a connection string in -d') or diag($err);
is(figures('src', 'conninfo'), '3 165864.49 2 3', '... loads into that database');
(my $socket = $node->host) =~ s{/}{%2F}g;
forget_ocds('src');
($code, $out, $err) = load('--dbname=postgresql://' . $socket . ':' . $node->port . '/src',
	'-s', 'uri', $json);
is($code, 0, 'a postgresql:// URI in --dbname') or diag($err);
is(figures('src', 'uri'), '3 165864.49 2 3', '... loads into that database');

# Any file name: one that ends in a newline.
my $newline = "$tmp/hebdo\n";
copy($json, $newline) or die "copy: $!";
forget_ocds('src');
($code, $out, $err) = load(@conn, '-d', 'src', '-s', 'newline', $newline);
is($code, 0, 'a file name ending in a newline loads') or diag($err);
is(figures('src', 'newline'), '3 165864.49 2 3', '... its purchases');

# --no-bids: the purchases alone, the same; a source given too (the binary
# COPY row's third field follows it).  Loaded again with the bids, every
# notice is changed and gets its bids.
$node->safe_psql('postgres', 'CREATE DATABASE nobids');
$node->safe_psql('nobids', 'CREATE EXTENSION cag_ovt');
($code, $out, $err) = load(@conn, '-d', 'nobids', '--no-bids', '-s', "l'autre", $xml, $json);
is($code, 0, '--no-bids with a source') or diag($err);
is(figures('nobids', "l''autre"), '1961 644312900.73 218 1942',
	'... the purchases of both files, and their issues, none of a bid');
is($node->safe_psql('nobids', 'SELECT count(*) FROM cag_ovt.tender_bids'), '0', '... no bid');
($code, $out, $err) = load(@conn, '-d', 'nobids', '-q', '-s', "l'autre", $xml, $json);
is($code, 0, 'loaded again with the bids') or diag($err);
is( $node->safe_psql('nobids',
		"SELECT count(*) FILTER (WHERE format = 'xml') || ' ' || count(*) FILTER (WHERE format = 'ocds') FROM cag_ovt.tender_bids"),
	$node->safe_psql('src',
		"SELECT count(*) FILTER (WHERE format = 'xml') || ' ' || count(*) FILTER (WHERE format = 'ocds') FROM cag_ovt.tender_bids"),
	'... the bids of a load with them');
is(figures('nobids', "l''autre"), '1961 644312900.73 262 1942',
	'... the same purchases, and the 44 issues of the bids');

# --version: the version of the extension it was installed with.
my $sharedir = `pg_config --sharedir`;
chomp $sharedir;
my ($control_version) = `cat $sharedir/extension/cag_ovt.control` =~ /^default_version\s*=\s*'([^']+)'/m;
($code, $out, $err) = load('--version');
is($out, "cag_ovt-load (cag_ovt) $control_version\n", "--version says $control_version");

# Again, with the connection in the environment and progress reports: the
# same file changes nothing.
{
	local $ENV{PGHOST} = $node->host;
	local $ENV{PGPORT} = $node->port;
	local $ENV{PGDATABASE} = 'src';
	($code, $out, $err) = load('-P', '500', $xml, $json);
	is($code, 0, 'loaded again through the environment') or diag($err);
	like($out, qr/\Q$xml\E: XML export, 0 purchases inserted or updated, 0 issues recorded/,
		'nothing changes on reload');
	is($err, '', 'not on a terminal: no progress report, no notice');

	# another source, quietly
	forget_ocds('src');
	($code, $out, $err) = load('-q', '--source=mine', $json);
	is($code, 0, 'quiet load');
	is($out, '', 'quiet: nothing printed');
	is($err, '', 'quiet: no notice');
	is(figures('src', 'mine'), '3 165864.49 2 3', 'loaded under the given source');
}
is(figures('src', 'seao-xml'), '1958 644147036.24 260 1939', 'reload changed nothing');

# On a terminal (script(1) gives the command one), progress is one line that
# updates itself: the bytes sent, the percentage of the file read with the
# time left, then what is written while the server writes it; then the
# file's summary.  (On a pipe, nothing of it: above.)
forget_ocds('src');
$node->safe_psql('src',
	"DELETE FROM cag_ovt.purchases WHERE source_ref LIKE '608158/%' OR source_ref LIKE '546669/%';"
	  . "DELETE FROM cag_ovt.load_notices WHERE notice IN ('608158', '546669')");
my $command = join(' ',
	'cag_ovt-load', '-h', $node->host, '-p', $node->port, '-d', 'src', '-s', 'terminal',
	"$tmp/big.xml.gz", $json);
my $typescript = `script -qec "$command" /dev/null`;
is($? >> 8, 0, 'on a terminal: loaded');
my @lines = split /\r\n/, $typescript;
like($lines[0], qr/big\.xml\.gz: loading \(gzip, 4311568 bytes\)\.\.\.$/,
	'on a terminal: the file, as on a pipe');
like($typescript, qr/big\.xml\.gz: sending 4311568 bytes\.\.\. \d+s\e\[K/, 'the bytes being sent');
my @read = $typescript =~ /\r[^\r\n]*big\.xml\.gz: (\d+)% read \((\d+) notices read\)(?:, about \d+s left)?\e\[K/g;
is(join(' ', @read), '13 200 30 400 45 600 54 800 61 1000 69 1200 77 1400 84 1600 94 1800 100 1939',
	'a report every 200 notices (a file of 1 MB or more), and the last, with the percentage of the bytes read');
like($typescript, qr/, about \d+s left\e\[K/, '... and the time left');
like($typescript,
	qr/big\.xml\.gz: 100% read; writing 3 rows of 2 new or changed notices\.\.\. \d+s\e\[K/,
	'then what is written');
like($typescript, qr/\nterminal: 2 notices new, 0 changed, 1937 unchanged/, 'the loader\'s summary');
like($typescript, qr/\r\n[^\r\n]*big\.xml\.gz: XML export, 1 purchases inserted or updated, 2 issues recorded\r\n/,
	'the summary of the file, on a line of its own');
like($typescript, qr/hebdo\.json: OCDS release package, 3 purchases inserted or updated, 2 issues recorded/,
	'a small file: no progress');
unlike($typescript, qr/hebdo\.json: (sending|\d+% read)/, '... none');
unlike($typescript, qr/NOTICE|cag_ovt progress/, 'no NOTICE line');

# An interrupt that raises no error (a request to log the memory contexts)
# does not stop a load (it made the XML reader stop: "Reading stopped at
# line N").
my $large = "$tmp/large.xml";
{
	# the notices five times, renumbered (as bench/repeat_notices.awk does)
	open(my $in, '<', 'test/data/seao/seao_avis_2013-01.xml') or die $!;
	my $export = do { local $/; <$in> };
	close($in);
	my ($head, $body, $tail) = $export =~ /\A(.*?)(<Avis>.*<\/Avis>\s*)(<\/export>.*)\z/s
	  or die "not an export";
	open(my $out, '>', $large) or die $!;
	print $out $head;
	foreach my $k (0 .. 4)
	{
		(my $copy = $body) =~ s{<numeroseao>(\d+)</numeroseao>}
		  {'<numeroseao>' . ($1 + $k * 100000000) . '</numeroseao>'}ge;
		print $out $copy;
	}
	print $out $tail;
	close($out);
}
my ($lout, $lerr) = ('', '');
my $loading = IPC::Run::start(
	[
		'psql', '-X', '-At', '-d', $node->connstr('src'), '-c',
		"SELECT cag_ovt.load_seao_xml(pg_read_binary_file('$large'), 'interrupted')"
	],
	'>', \$lout, '2>', \$lerr);
my $signals = 0;
while ($loading->pumpable)
{
	$signals += $node->safe_psql('postgres',
		"SELECT count(pg_log_backend_memory_contexts(pid)) FROM pg_stat_activity "
		  . "WHERE query LIKE '%''interrupted'')' AND pid <> pg_backend_pid()");
	$loading->pump_nb;
}
$loading->finish;
is($lerr, '', "a load that received $signals requests to log its memory ends without error");
is($lout, "7832\n", '... and loads the four copies not loaded yet (4 x 1,958 purchases)');
$node->safe_psql('src',
	"DELETE FROM cag_ovt.purchases WHERE source = 'interrupted'; "
	  . "DELETE FROM cag_ovt.load_issues WHERE source = 'interrupted'; "
	  . "DELETE FROM cag_ovt.load_notices WHERE source = 'interrupted'");

# Failures: a malformed export loads nothing and names the problem; other
# files are still loaded; the exit status says that something failed.
my $bad = "$tmp/bad.xml";
open(my $fh, '>', $bad) or die;
print $fh '<export><Avis><numeroseao>546669</numeroseao><dateadjudication>2013-01-23'
  . '</dateadjudication><fournisseurs><fournisseur><adjudicataire>1</adjudicataire>'
  . '<montantcontrat>12,5</montantcontrat></fournisseur></fournisseurs></Avis></export>';
close($fh);
open($fh, '>', "$tmp/notes.txt") or die;
print $fh "hello\n";
close($fh);
forget_ocds('src');
($code, $out, $err) =
  load(@conn, '--dbname=src', '-s', 'mix', $bad, "$tmp/notes.txt", "$tmp/missing.xml", $json);
is($code, 1, 'a failed file: exit status 1');
like($err, qr/ERROR:  invalid SEAO export\nDETAIL:  Line 1: <montantcontrat> "12,5" of bidder 1 of notice 546669 cannot be read/,
	'the error names the value, the bidder and the notice');
like($err, qr/bad\.xml: not loaded \(nothing of it was\)/, 'the malformed file is not loaded');
like($err, qr/ERROR:  invalid SEAO file\nDETAIL:  The file is neither a SEAO XML export nor an OCDS release package: it starts with "h"\.\n[^\n]*notes\.txt: not loaded/,
	'an unknown format is refused by the server');
like($err, qr/missing\.xml: cannot read the file/, 'a missing file is reported');
like($out, qr/total: 1 of 4 files loaded, 3 purchases inserted or updated/,
	'the other file is loaded');
is(figures('src', 'mix'), '3 165864.49 2 3', 'only the good file is in the database');

# Usage errors.
($code, $out, $err) = load();
is($code, 2, 'no file: usage error');
($code, $out, $err) = load('--frobnicate', $xml);
is($code, 2, 'unknown option: usage error');
like($err, qr/unknown option: --frobnicate/, 'the option is named');
($code, $out, $err) = load('-P', 'many', $xml);
is($code, 2, 'a progress interval must be a number');
($code, $out, $err) = load('--help');
is($code, 0, '--help');
like($out, qr/Usage:\n  cag_ovt-load \[OPTION\]\.\.\. FILE\.\.\./, 'usage printed');

# Checked once, before the first file: the connection, the extension, the
# privileges, one line each.
$node->safe_psql('postgres', 'CREATE DATABASE plain');
($code, $out, $err) = load(@conn, '-d', 'plain', $json, $xml);
is($code, 1, 'no extension: failure');
is($err, qq{cag_ovt-load: cag_ovt is not installed in database "plain": run CREATE EXTENSION cag_ovt\n},
	'no extension: one line that says what to do');
is($out, '', '... and no file is tried');
($code, $out, $err) = load(@conn, '-d', 'nosuchdb', $json, $xml);
is($code, 1, 'no database: failure');
like($err, qr/\Acag_ovt-load: cannot connect: .*database "nosuchdb" does not exist\n\z/,
	'no database: one line');
$node->safe_psql('postgres', 'CREATE ROLE reader LOGIN');
$node->safe_psql('src', 'GRANT SELECT ON ALL TABLES IN SCHEMA cag_ovt TO reader');
($code, $out, $err) = load(@conn, '-d', 'src', '-U', 'reader', $json, $xml);
is($code, 1, 'a role that may not write: failure');
like($err, qr/\Acag_ovt-load: role reader may not insert into cag_ovt.purchases\n/,
	'the first missing privilege, in one line');
unlike($err, qr/ERROR|CONTEXT|PL\/pgSQL/, '... with no error noise');
# PUBLIC may insert into seao_files, as it may execute the loaders: the
# trigger loads with the inserting role's own privileges on the tables.
($code, $out, $err) = $node->psql('src',
	q{INSERT INTO cag_ovt.seao_files (doc) VALUES (convert_to('<export><Avis><numeroseao>7</numeroseao></Avis></export>', 'UTF8'))},
	extra_params => [ '-U', 'reader' ]);
like($err, qr/permission denied for table (?:purchases|load_notices|load_issues)/,
	'seao_files: a role that may not write the tables loads nothing');

# A database owner who is not superuser creates the (trusted) extension
# and loads.
$node->safe_psql('postgres',
	'CREATE ROLE analyst LOGIN; CREATE DATABASE owned OWNER analyst');
$node->safe_psql('owned', 'SET ROLE analyst; CREATE EXTENSION cag_ovt');
($code, $out, $err) = load(@conn, '-d', 'owned', '-U', 'analyst', $xml, $json);
is($code, 0, 'the owner loads') or diag($err);
is(figures('owned', 'seao-xml'), '1958 644147036.24 260 1939',
	"the owner's purchases");

# The purchases and the loader's bookkeeping survive pg_dump and
# pg_restore: loading the files again into the restored database changes
# nothing.
my $dump = "$tmp/src.dump";
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('src') ], 'pg_dump');
$node->safe_psql('postgres', 'CREATE DATABASE restored');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), $dump ],
	'pg_restore');
foreach my $query (
	'SELECT source, source_ref, amount, class::text FROM cag_ovt.purchases ORDER BY 1, 2',
	'SELECT issue_id, source, source_ref, field, value, reason, loaded_at FROM cag_ovt.load_issues ORDER BY 1',
	'SELECT source, notice, ocid, release_id, release_date, digest, source_refs, loaded_at FROM cag_ovt.load_notices ORDER BY 1, 2')
{
	my $table = ($query =~ /FROM (\S+)/)[0];
	is(
		md5_of($node->safe_psql('restored', $query)),
		md5_of($node->safe_psql('src', $query)),
		"$table identical after restore");
}
($code, $out, $err) = load(@conn, '-d', 'restored', $xml, $json);
is($code, 0, 'loading into the restored database') or diag($err);
like($out, qr/total: 2 of 2 files loaded, 0 purchases inserted or updated, 0 issues recorded/,
	'the restored bookkeeping knows the files');
is($node->safe_psql('restored',
		"SELECT nextval('cag_ovt.load_issues_issue_id_seq') > max(issue_id) FROM cag_ovt.load_issues"),
	't', 'the issues sequence is restored too');

sub md5_of
{
	require Digest::MD5;
	return Digest::MD5::md5_hex($_[0]);
}

$node->stop;
done_testing();

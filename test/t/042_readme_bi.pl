# The README's BI steps, pasted as they are: the SQL block between the
# markers "<!-- BI steps" and "<!-- end of BI steps -->" of README.md runs in
# a fresh database "mydb" with the extension and data, as its owner (a role
# with CREATEROLE, not superuser).  The role it creates then logs in by TCP
# with the README's password and reads every view and table of
# data_dictionary, finds the operators without qualifying them (the
# search_path line), and keeps its access through pg_dump and pg_restore.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use CagTest;

my $readme = PostgreSQL::Test::Utils::slurp_file("$ENV{CAG_SRC}/README.md");
my ($block) = $readme =~ /<!-- BI steps[^\n]*-->\n```sql\n(.*?)```\n<!-- end of BI steps -->/s;
ok(defined $block, 'README.md has the BI steps between their markers');
my ($role) = $block =~ /CREATE ROLE (\w+) LOGIN/;
my ($password) = $block =~ /LOGIN PASSWORD '([^']*)'/;
ok(defined $role && defined $password, "the steps create a login role ($role) with a password");

my $node = CagTest::tcp_node('readme_bi');
$node->start;

$node->safe_psql('postgres', 'CREATE ROLE dba LOGIN CREATEROLE; CREATE DATABASE mydb OWNER dba');
my @as_dba = (extra_params => [ '-U', 'dba' ]);
$node->safe_psql('mydb', 'CREATE EXTENSION cag_ovt', @as_dba);
CagTest::load_sample($node, 'mydb', user => 'dba');
$node->safe_psql('mydb', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
my @relations = split /\n/,
  $node->safe_psql('mydb', 'SELECT DISTINCT relation_name FROM cag_ovt.data_dictionary ORDER BY 1');
cmp_ok(scalar(@relations), '>=', 30, scalar(@relations) . ' relations in data_dictionary');

# Before the steps, a login role reads no view that reads a table.
$node->safe_psql('postgres', "CREATE ROLE $role LOGIN PASSWORD '$password'");
my $by_tcp = "host=127.0.0.1 port=" . $node->port . " user=$role password='$password' dbname=";
my ($ret, $out, $err) = $node->psql('mydb', 'SELECT count(*) FROM cag_ovt.quebec_purchase_share',
	extra_params => [ '-d', $by_tcp . 'mydb' ]);
like($err, qr/permission denied for table purchases/, "before the steps, $role cannot read the views");
$node->safe_psql('postgres', "DROP ROLE $role");

# The steps, as they are.
($ret, $out, $err) = $node->psql('mydb', $block, on_error_stop => 1, @as_dba);
is($ret, 0, 'the README\'s BI steps run as the database owner') or diag($err);

# The new role, by TCP and password, reads everything.
my $reads = join("\n", map { "SELECT '$_', count(*) FROM cag_ovt.\"$_\";" } @relations);
($ret, $out, $err) = $node->psql('mydb', $reads, on_error_stop => 0, extra_params => [ '-d', $by_tcp . 'mydb' ]);
is($err, '', "$role reads every relation of data_dictionary") or diag($err);
my @lines = split /\n/, $out;
is(scalar(@lines), scalar(@relations), '... all ' . scalar(@relations) . ' of them');
like($out, qr/^quebec_purchase_share\|[1-9]/m, '... the purchase views with their rows');
like($out, qr/^spend_by_month\|[1-9]/m, '... and spend_by_month');

# Its search_path finds the types and operators without qualifying them.
is( $node->safe_psql(
		'mydb', q{
SELECT current_setting('search_path') || ' | '
       || (SELECT count(*) FROM quebec_purchase_share WHERE region_name = 'Estrie' AND scope = 'region') || ' | '
       || (SELECT count(*) FILTER (WHERE class ? 'regional') = count(*) FILTER (WHERE class @> '{quebec,regional}')
           FROM purchases)},
		extra_params => [ '-d', $by_tcp . 'mydb' ]),
	'"$user", public, cag_ovt | '
	  . $node->safe_psql('mydb',
		"SELECT count(DISTINCT fiscal_year) FROM cag_ovt.quebec_purchase_share WHERE region_name = 'Estrie'")
	  . ' | true',
	"$role finds the extension's operators unqualified");

# Through a dump and a restore by the database owner, as the README says
# (the roles exist in the cluster).
my $tmp = PostgreSQL::Test::Utils::tempdir;
$node->command_ok([ 'pg_dump', '-U', 'dba', '-Fc', '-f', "$tmp/mydb.dump", '-d', $node->connstr('mydb') ],
	'pg_dump');
$node->safe_psql('postgres', 'CREATE DATABASE restored OWNER dba');
$node->command_ok(
	[ 'pg_restore', '-U', 'dba', '--no-owner', '--exit-on-error', '-d', $node->connstr('restored'),
	  "$tmp/mydb.dump" ],
	'pg_restore --no-owner by the database owner');
$node->safe_psql('restored', 'REFRESH MATERIALIZED VIEW cag_ovt.spend_by_month', @as_dba);
($ret, $out, $err) =
  $node->psql('restored', $reads, on_error_stop => 0, extra_params => [ '-d', $by_tcp . 'restored' ]);
is($err, '', "after a dump and a restore, $role still reads every relation") or diag($err);

$node->stop;
done_testing();

# The reference cache (src/refcache.c) follows the changes of other
# sessions, for the geography and for the classification lists: a
# committed change is seen, an uncommitted one is not; a REPEATABLE READ
# transaction keeps its snapshot's view; DROP and CREATE
# EXTENSION in the session are followed.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('refcache');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION cag_ovt');

my $a = $node->background_psql('postgres');
my $b = $node->background_psql('postgres');

my $q46 = "SELECT cag_ovt.region_of_municipality('46005')";
my $fsa = "SELECT coalesce(cag_ovt.region_of_fsa('J2K')::text, 'NULL')";

is($a->query_safe($q46), 'Estrie', 'session A loads its cache');
is($a->query_safe($fsa), 'Estrie', 'FSA J2K in Estrie');

# An uncommitted change of session B is not seen by A; once committed it is.
$b->query_safe('BEGIN');
$b->query_safe(
	"UPDATE cag_ovt.municipalities SET region = 'Laval' WHERE code LIKE '46%'");
# the FSA's region comes from fsa_regions (src/geography.c): a second source
$b->query_safe(
	"UPDATE cag_ovt.fsa_regions SET region = 'Laval' WHERE fsa = 'J2K' AND valid_until = 'infinity'");
is($b->query_safe($q46), 'Laval', 'session B sees its own change');
is($a->query_safe($q46), 'Estrie', 'session A does not see an uncommitted change');
$b->query_safe('COMMIT');
is($a->query_safe($q46), 'Laval', 'session A sees the committed change');
is($a->query_safe($fsa), 'Laval', '... through region_of_fsa too');

# A rolled-back change of B is never seen by A.
$b->query_safe('BEGIN');
$b->query_safe(
	"UPDATE cag_ovt.municipalities SET region = 'Outaouais' WHERE code LIKE '46%'");
$b->query_safe('ROLLBACK');
is($a->query_safe($q46), 'Laval', 'a rolled-back change is not seen');

# READ COMMITTED inside a transaction block: each statement sees what was
# committed before it began.
$a->query_safe('BEGIN');
is($a->query_safe($q46), 'Laval', 'READ COMMITTED block: before');
$b->query_safe(
	"UPDATE cag_ovt.municipalities SET region = 'Estrie' WHERE code LIKE '46%'");
is($a->query_safe($q46), 'Estrie',
	'READ COMMITTED block: the next statement sees the commit');
$a->query_safe('COMMIT');

# REPEATABLE READ: the transaction keeps the view of its snapshot.
$a->query_safe('BEGIN ISOLATION LEVEL REPEATABLE READ');
is($a->query_safe($q46), 'Estrie', 'REPEATABLE READ: first read');
$b->query_safe(
	"UPDATE cag_ovt.mrc_region_changes SET effective_on = '2000-01-01' WHERE prefix = '46'");
is($a->query_safe("SELECT cag_ovt.region_of_municipality('46005', '2010-01-01')"),
	'Montérégie', 'REPEATABLE READ: a change committed after the snapshot is not seen');
$a->query_safe('COMMIT');
is($a->query_safe("SELECT cag_ovt.region_of_municipality('46005', '2010-01-01')"),
	'Estrie', 'after the REPEATABLE READ transaction, the change is seen');
$b->query_safe(
	"UPDATE cag_ovt.mrc_region_changes SET effective_on = '2021-07-08' WHERE prefix = '46'");

# A REPEATABLE READ transaction that takes in another session's
# invalidation after its snapshot reloads with its snapshot: that view must
# not outlive the transaction.
is($a->query_safe("SELECT cag_ovt.region_of_municipality('47017')"),
	'Estrie', 'cache loaded before the transaction');
$a->query_safe('BEGIN ISOLATION LEVEL REPEATABLE READ');
$a->query_safe('SELECT 1');
$b->query_safe(
	"UPDATE cag_ovt.municipalities SET region = 'Laval' WHERE code LIKE '47%'");
# locking a table not yet locked in the transaction takes in invalidations
$a->query_safe('SELECT count(*) FROM cag_ovt.regions');
is($a->query_safe("SELECT cag_ovt.region_of_municipality('47017')"),
	'Estrie', 'REPEATABLE READ: reloaded with the transaction snapshot');
$a->query_safe('COMMIT');
is($a->query_safe("SELECT cag_ovt.region_of_municipality('47017')"),
	'Laval', '... and reloaded after it');

# The classification lists follow the same rules: a label committed by B
# classes A's next purchase, an uncommitted one does not.  (A purchase of
# computers, not a group purchase: known on every dimension but origin and
# region.)
my $eco = "SELECT cag_ovt.classify_purchase(labels => '{Label Vert}', category => '43211500', group_purchase => false)";
is($a->query_safe($eco), '{}', 'session A: not an eco label');
$b->query_safe('BEGIN');
$b->query_safe(
	"INSERT INTO cag_ovt.eco_labels (label, name, category) VALUES ('LABEL-VERT', 'Test', 'general')");
is($b->query_safe($eco), '{eco}', 'session B sees its own label');
is($a->query_safe($eco), '{}', 'session A does not see an uncommitted label');
$b->query_safe('COMMIT');
is($a->query_safe($eco), '{eco}', 'session A sees the committed label');
$a->query_safe(
	"INSERT INTO cag_ovt.purchases (purchased_on, amount, labels, category, group_purchase) "
	  . "VALUES ('2022-01-01', 1, '{label vert}', '43211500', false)");
$b->query_safe("DELETE FROM cag_ovt.eco_labels WHERE label = 'LABEL-VERT'");
is($a->query_safe('SELECT cag_ovt.reclassify_purchases()'),
	'1', 'session A reclassifies after B deleted the label');
is($a->query_safe('SELECT class FROM cag_ovt.purchases'), '{}', '... and the class follows');
$a->query_safe('TRUNCATE cag_ovt.purchases');

# DROP EXTENSION and CREATE EXTENSION in the session: new tables, new OIDs.
$a->query_safe('DROP EXTENSION cag_ovt');
$a->query_safe('CREATE EXTENSION cag_ovt');
is($a->query_safe("SELECT cag_ovt.region_of_municipality('47017')"),
	'Estrie', 'after DROP and CREATE EXTENSION, the new tables are read');
$b->query_safe(
	"UPDATE cag_ovt.municipalities SET region = 'Laval' WHERE code LIKE '47%'");
is($a->query_safe("SELECT cag_ovt.region_of_municipality('47017')"),
	'Laval', '... and followed');
$a->query_safe('DROP EXTENSION cag_ovt');
$a->query_safe('CREATE EXTENSION cag_ovt');
is($a->query_safe("SELECT cag_ovt.region_of_municipality(47017)"),
	'Estrie', 'again');

# A user without any privilege on the tables gets the same answers: the
# cache reads them as their owner.
$node->safe_psql('postgres',
	'CREATE ROLE nobody LOGIN; GRANT USAGE ON SCHEMA cag_ovt TO nobody;'
	  . 'REVOKE SELECT ON cag_ovt.municipalities FROM PUBLIC');
is( $node->safe_psql(
		'postgres', "SELECT cag_ovt.region_of_municipality('46005')",
		extra_params => [ '-U', 'nobody' ]),
	'Estrie',
	'a user who cannot read the table gets the region');

$a->quit;
$b->quit;
$node->stop;
done_testing();

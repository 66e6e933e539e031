# Helpers shared by the TAP tests of cag_ovt (test/t/*.pl): what the
# extension holds in a database, as digests that two databases can be
# compared with.
#
#   use lib 'test/lib';            # prove -I test/lib does it
#   use CagTest;
#   my %before = CagTest::snapshot($node, 'src', @as_dba);
#   my %after = CagTest::snapshot($node, 'dst', @as_dba);
#   CagTest::compare_snapshots(\%before, \%after, 'after the restore');
package CagTest;

use strict;
use warnings;
use Test::More;

# count and md5 of the rows of a relation (or of any FROM item), in the
# order of their text form.
sub relation_digest
{
	my ($node, $db, $relation, @opts) = @_;
	return $node->safe_psql($db,
		"SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
		  . "FROM $relation AS t",
		@opts);
}

# The relations of the extension: name => relkind (r table, S sequence,
# v view, m materialized view), names qualified.
sub extension_relations
{
	my ($node, $db, @opts) = @_;
	my $list = $node->safe_psql(
		$db, q{
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname), c.relkind
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
JOIN pg_catalog.pg_class c ON c.oid = d.objid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
  AND d.deptype = 'e' AND e.extname = 'cag_ovt'
  AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
ORDER BY 1}, @opts);
	return map { split /\|/ } split /\n/, $list;
}

# Digest of every relation of the extension -- tables, sequences (their
# position: last_value and is_called), views, materialized views -- and of
# the extra relations named.  With matviews => 0, the materialized views
# and every view that reads one are left out (they cannot be read while
# unpopulated).
sub snapshot
{
	my ($node, $db, %args) = @_;
	my @opts = @{ $args{opts} // [] };
	my %rels = extension_relations($node, $db, @opts);
	my %skip;
	if (defined $args{matviews} && !$args{matviews})
	{
		my $readers = $node->safe_psql(
			$db, q{
WITH RECURSIVE r(oid) AS (
    SELECT c.oid FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'm' AND n.nspname = 'cag_ovt'
    UNION
    SELECT w.ev_class FROM pg_catalog.pg_rewrite w
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                               AND d.objid = w.oid
                               AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
    JOIN r ON r.oid = d.refobjid
    WHERE w.ev_class <> d.refobjid)
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname)
FROM r JOIN pg_catalog.pg_class c ON c.oid = r.oid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace}, @opts);
		%skip = map { $_ => 1 } split /\n/, $readers;
	}
	my %digest;
	foreach my $rel (sort keys %rels)
	{
		next if $skip{$rel};
		if ($rels{$rel} eq 'S')
		{
			$digest{$rel} = $node->safe_psql($db,
				"SELECT last_value || ' ' || is_called FROM $rel", @opts);
		}
		else
		{
			$digest{$rel} = relation_digest($node, $db, $rel, @opts);
		}
	}
	foreach my $rel (@{ $args{extra} // [] })
	{
		$digest{$rel} = relation_digest($node, $db, $rel, @opts);
	}
	return %digest;
}

# One test per relation of the expected snapshot, and one for the list.
sub compare_snapshots
{
	my ($expected, $got, $how) = @_;
	is_deeply([ sort keys %$got ], [ sort keys %$expected ], "same relations $how");
	foreach my $rel (sort keys %$expected)
	{
		is($got->{$rel}, $expected->{$rel}, "$rel identical $how");
	}
	return;
}

# The names of the relations whose rows differ.
sub differing
{
	my ($expected, $got) = @_;
	return grep { ($got->{$_} // '') ne $expected->{$_} } sort keys %$expected;
}

1;

#!/bin/sh
# test/packaging.sh (run by make test-versions): cag_ovt installs like other
# extensions.
#
# 1. The Debian package: dpkg-buildpackage -us -uc -b in a copy of the tree
#    builds postgresql-N-cag-ovt for the machine's Debian PostgreSQL N
#    (debian/, pg_buildext); dpkg installs it into a throwaway root holding a
#    private copy of that PostgreSQL (test/private-pg.sh, cag_ovt's files
#    taken out first), so the system is not touched; a throwaway cluster of
#    that copy creates the extension from the package's files, at the
#    default version and at 1.1 then updated, and computes with it.
# 2. The PGXN distribution: make dist checks META.json (test/pgxn-meta.pl,
#    which must also reject broken files) and writes cag_ovt-<version>.zip
#    with git archive; the zip holds the files META.json names, no .git,
#    and builds with PGXS.
#
# Settings: PG_CONFIG (Debian's PostgreSQL to package for; default 15).
set -eu
cd "$(dirname "$0")/.."
. test/lib/common.sh

cag_ensure_deps dpkg-dev debhelper postgresql-server-dev-all unzip git
cag_pg_is_debian || cag_die "PG_CONFIG=$PG_CONFIG is not Debian's PostgreSQL: the package is built for Debian's"
major=$CAG_PG_MAJOR
work=$(cag_mktemp packaging)
trap 'cag_stop_cluster' EXIT INT TERM
failures=0
check() {
	if eval "$2"; then
		printf 'ok - %s\n' "$1"
	else
		printf 'not ok - %s\n' "$1"
		failures=$((failures + 1))
	fi
}

# ---- 1. The Debian package.
cag_log "dpkg-buildpackage -us -uc -b (postgresql-$major-cag-ovt) in $work/src"
cag_copy_tree "$work/src"
started=$(date +%s)
(cd "$work/src" && PG_UPDATECONTROL=yes dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1 || {
	tail -n 60 "$work/build.log" >&2
	cag_die "dpkg-buildpackage failed ($work/build.log)"
}
deb=$(ls "$work"/postgresql-"$major"-cag-ovt_*.deb 2>/dev/null | head -n 1)
check "dpkg-buildpackage built postgresql-$major-cag-ovt in $(($(date +%s) - started)) s" '[ -n "$deb" ]'
[ -n "$deb" ] || exit 1
contents=$(dpkg-deb -c "$deb")
for f in "usr/lib/postgresql/$major/lib/cag_ovt.so" "usr/share/postgresql/$major/extension/cag_ovt.control" \
	"usr/share/postgresql/$major/extension/cag_ovt--1.2.sql" "usr/share/postgresql/$major/extension/cag_ovt--1.1--1.2.sql" \
	"usr/lib/postgresql/$major/bin/cag_ovt-load"; do
	check "the package holds /$f" 'printf "%s\n" "$contents" | grep -q " \./$f\$"'
done
check "it depends on postgresql-$major" 'dpkg-deb -f "$deb" Depends | grep -q "postgresql-$major"'

# A throwaway root: a copy of the machine's PostgreSQL without cag_ovt, and
# a dpkg database of its own.
root=$work/root
test/private-pg.sh "$root" "$PG_CONFIG" >/dev/null
pg_config=$root/usr/lib/postgresql/$major/bin/pg_config
rm -f "$("$pg_config" --pkglibdir)"/cag_ovt.so "$("$pg_config" --sharedir)"/extension/cag_ovt* \
	"$("$pg_config" --bindir)"/cag_ovt-load
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
: >"$root/var/lib/dpkg/status"
# (its dependencies are the machine's, which that database does not list)
dpkg --root="$root" --force-not-root --force-depends --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 || {
	cat "$work/dpkg.log" >&2
	cag_die "dpkg -i failed"
}
check "dpkg installed it into the throwaway root" \
	'dpkg --root="$root" -s "postgresql-$major-cag-ovt" | grep -q "^Status: install ok installed"'
check "... the library, from the package" \
	'dpkg --root="$root" -S "/usr/lib/postgresql/$major/lib/cag_ovt.so" >/dev/null && [ -f "$("$pg_config" --pkglibdir)/cag_ovt.so" ]'

# CREATE EXTENSION from the package's files, in a cluster of that root.
chown -R "$(cag_pg_user)" "$work"
PG_CONFIG=$pg_config
cag_start_cluster packaging
sql() {
	"$("$pg_config" --bindir)/psql" -X -q -v ON_ERROR_STOP=1 -At "$@" 2>&1
}
got=$(sql -d postgres <<'EOF_SQL'
CREATE EXTENSION cag_ovt;
SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt';
EOF_SQL
)
check "CREATE EXTENSION cag_ovt from the package: 1.2 ($got)" '[ "$got" = 1.2 ]'
got=$(sql -d postgres <<'EOF_SQL'
SELECT round(cag_ovt.quebec_share(cag_ovt.spend_agg(a, c)), 4)
FROM (VALUES (100.00, '{quebec}'::cag_ovt.purchase_class),
             (50.00, '{outside_quebec}')) AS t(a, c);
EOF_SQL
)
check "... it computes: quebec_share of 100.00 Québec and 50.00 outside = 0.6667 ($got)" '[ "$got" = 0.6667 ]'
got=$(sql -d postgres <<'EOF_SQL'
INSERT INTO cag_ovt.purchases (purchased_on, buyer_municipality, supplier_postal_code, amount, category,
                               labels, group_purchase)
VALUES ('2022-05-02', '43027', 'J1H 5N4', 1840.00, '43211508', '{}', false) RETURNING class;
EOF_SQL
)
check "... its trigger classes a purchase: {quebec,regional} ($got)" '[ "$got" = "{quebec,regional}" ]'
sql -d postgres -c 'CREATE DATABASE old' >/dev/null
got=$(sql -d old <<'EOF_SQL'
CREATE EXTENSION cag_ovt VERSION '1.1';
ALTER EXTENSION cag_ovt UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'cag_ovt';
EOF_SQL
)
check "CREATE EXTENSION cag_ovt VERSION '1.1' then ALTER EXTENSION cag_ovt UPDATE: 1.2 ($got)" '[ "$got" = 1.2 ]'
cag_stop_cluster

# ---- 2. The PGXN distribution.
if git -C "$CAG_TOP" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	cag_log "make dist"
	make -s dist DISTDIR="$work" >"$work/dist.log" 2>&1 || {
		cat "$work/dist.log" >&2
		cag_die "make dist failed"
	}
	version=$(perl -MJSON::PP -e 'local $/; print decode_json(<STDIN>)->{version}' <META.json)
	zip=$work/cag_ovt-$version.zip
	check "make dist wrote cag_ovt-$version.zip" '[ -f "$zip" ]'
	listing=$(unzip -Z1 "$zip")
	for f in META.json Makefile README.md LICENSE src/versions/cag_ovt--1.1.sql \
		$(perl -MJSON::PP -e 'local $/; my $m = decode_json(<STDIN>); print join(" ", map { ($_->{file}, $_->{docfile} // ()) } values %{ $m->{provides} })' <META.json); do
		check "the distribution holds $f" 'printf "%s\n" "$listing" | grep -qx "cag_ovt-$version/$f"'
	done
	check "... all under cag_ovt-$version/, without .git" \
		'! printf "%s\n" "$listing" | grep -v "^cag_ovt-$version/" && ! printf "%s\n" "$listing" | grep -q "/\.git/"'
	check "META.json: every extension at the distribution's version" \
		'perl -MJSON::PP -e '"'"'local $/; my $m = decode_json(<STDIN>); exit(grep({ $_->{version} ne $m->{version} } values %{ $m->{provides} }) ? 1 : 0)'"'"' <META.json'
	(cd "$work" && unzip -q "$zip")
	check "the distribution builds with PGXS (-Werror)" \
		'make -s -C "$work/cag_ovt-$version" PG_CONFIG="$pg_config" >"$work/dist-build.log" 2>&1'
fi

# The checker rejects what the spec forbids (a test that cannot fail is no test).
for broken in \
	'delete $m->{license}' \
	'delete $m->{provides}' \
	'$m->{version} = "1.2"' \
	'$m->{name} = "a"' \
	'$m->{name} = "cag/ovt"' \
	'$m->{license} = "gpl"' \
	'$m->{"meta-spec"}{version} = "2.0.0"' \
	'delete $m->{provides}{cag_ovt}{file}' \
	'$m->{provides}{cag_ovt}{version} = "v1"' \
	'$m->{prereqs}{runtime}{requires}{PostgreSQL} = ">= fifteen"' \
	'$m->{prereqs}{deploy} = {}' \
	'$m->{release_status} = "final"' \
	'$m->{resources}{homepage} = "example.org"' \
	'$m->{tags} = []' \
	'$m->{maintainer} = []' \
	'$m->{surprise} = 1'; do
	perl -MJSON::PP -e 'local $/; my $m = decode_json(<STDIN>); '"$broken"'; print encode_json($m)' \
		<META.json >"$work/META.json"
	check "test/pgxn-meta.pl rejects: $broken" '! perl test/pgxn-meta.pl "$work/META.json" >/dev/null'
done
check "test/pgxn-meta.pl accepts META.json" 'perl test/pgxn-meta.pl META.json >/dev/null'

if [ $failures -ne 0 ]; then
	cag_log "packaging: $failures FAILED (kept: $work)"
	exit 1
fi
[ "${KEEP:-0}" = 1 ] || rm -rf "$work"
cag_log "packaging: all passed"

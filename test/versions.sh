#!/bin/sh
# make test-versions: every test (pg_regress suites and TAP tests, as make
# test runs them) on every PostgreSQL version cag_ovt supports, each in a
# private copy of that PostgreSQL and of this source tree, so that nothing is
# installed into the system's PostgreSQL and the work tree is left alone.
#
# Where each version comes from, in this order:
#   PG_CONFIG_<N> (environment), or PG_CONFIG when it is version N;
#   Debian's package on this machine (/usr/lib/postgresql/N, installed with
#   apt-get when this Debian has it: 15 on Debian 12);
#   otherwise Debian's source package of a newer suite, built once into a
#   cache that later runs reuse (test/pg-build.sh, test/pg-sources).
#
# The TAP test of pg_upgrade (test/t/025_pg_upgrade.pl) runs on every
# version but the first, upgrading from the first (15 to 17, 15 to 18).
# Then test/packaging.sh builds the Debian package for the version that is
# Debian's package here (15), installs it and creates the extension from
# it, and checks the PGXN distribution (make dist).
#
# Settings: PG_VERSIONS (default "15 17 18"); CAG_PG_CACHE (where builds are
# kept: /var/cache/cag_ovt/postgresql as root, ~/.cache/cag_ovt/postgresql
# otherwise); CAG_BUILD_JOBS (make -j for PostgreSQL, default 2); KEEP=1
# keeps the run directory; SUITES and TAP as for make test.
#
# Exit status: 0 every version was tested and passed; 1 something failed (a
# build of PostgreSQL or cag_ovt, a test), whatever else happened; 2 nothing
# failed but a version was NOT TESTED (its source could not be downloaded).
# Through make, any of these but 0 makes make test-versions fail.
set -u
cd "$(dirname "$0")/.."
top=$(pwd)
user_pg_config=${PG_CONFIG:-}
unset PG_CONFIG
# shellcheck source=test/lib/common.sh
. test/lib/common.sh

versions=$(printf '%s\n' ${PG_VERSIONS:-15 17 18} | sort -n -u)
if [ -z "${CAG_PG_CACHE:-}" ]; then
	if [ "$(id -u)" -eq 0 ]; then
		CAG_PG_CACHE=/var/cache/cag_ovt/postgresql
	else
		CAG_PG_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/cag_ovt/postgresql
	fi
fi
export CAG_PG_CACHE

# What building PostgreSQL from source needs (Debian package names).
CAG_BUILD_PACKAGES="make gcc perl bison flex pkgconf libicu-dev libxml2-dev zlib1g-dev libreadline-dev dpkg-dev bzip2 xz-utils libipc-run-perl"

run=$(cag_mktemp versions)
cag_log "make test-versions: PostgreSQL $(echo $versions), in $run (cache: $CAG_PG_CACHE)"
started=$(date +%s)

elapsed() {
	s=$(($(date +%s) - $1))
	printf '%dm%02ds' $((s / 60)) $((s % 60))
}

summary=""
failed=0
not_tested=0
keep_run=${KEEP:-0}
upgrade_from=""
debian_pg_config=""

note() {
	summary="$summary$(printf '  %-3s %-11s %s' "$1" "$2" "$3")
"
}

for v in $versions; do
	t0=$(date +%s)
	cag_log "PostgreSQL $v"
	eval "pg_config=\${PG_CONFIG_$v:-}"
	how=""
	if [ -z "$pg_config" ] && [ -n "$user_pg_config" ] &&
		[ "$(PG_CONFIG=$user_pg_config && cag_pg_major 2>/dev/null)" = "$v" ]; then
		pg_config=$user_pg_config
	fi
	if [ -z "$pg_config" ] && [ ! -x "/usr/lib/postgresql/$v/bin/pg_config" ] &&
		apt-cache show "postgresql-server-dev-$v" >/dev/null 2>&1; then
		# This Debian packages it: install it.
		(CAG_PACKAGES="" && cag_ensure_deps "postgresql-$v" "postgresql-server-dev-$v" "postgresql-client-$v") || true
	fi
	if [ -z "$pg_config" ] && [ -x "/usr/lib/postgresql/$v/bin/pg_config" ]; then
		pg_config=/usr/lib/postgresql/$v/bin/pg_config
		how="Debian's package"
	fi
	if [ -z "$pg_config" ]; then
		# shellcheck disable=SC2086
		if ! (CAG_PACKAGES="" && cag_ensure_deps $CAG_BUILD_PACKAGES); then
			note "$v" FAILED "the packages to build it are missing: $CAG_BUILD_PACKAGES"
			failed=1
			continue
		fi
		b0=$(date +%s)
		pg_config=$(test/pg-build.sh "$v")
		status=$?
		if [ $status -eq 2 ]; then
			note "$v" "NOT TESTED" "Debian's source of PostgreSQL $v could not be downloaded (test/pg-sources)"
			not_tested=1
			continue
		elif [ $status -ne 0 ] || [ -z "$pg_config" ]; then
			note "$v" FAILED "the build of PostgreSQL $v from Debian's source failed"
			failed=1
			continue
		fi
		how="built from Debian's source (cache: $(elapsed "$b0") to get)"
	fi
	[ -n "$how" ] || how="PG_CONFIG=$pg_config"

	# Private copies: PostgreSQL, then the source tree built against it.
	private=$(test/private-pg.sh "$run/$v/pg" "$pg_config" | sed -n 's/^PG_CONFIG=//p')
	if [ -z "$private" ]; then
		note "$v" FAILED "could not copy $pg_config's PostgreSQL"
		failed=1
		continue
	fi
	cag_copy_tree "$run/$v/src"
	version=$("$private" --version)
	cag_log "PostgreSQL $v: $version ($how)"

	if (cd "$run/$v/src" && PG_CONFIG=$private CAG_UPGRADE_FROM_BINDIR=$upgrade_from test/run.sh); then
		note "$v" passed "$version, $how; $(elapsed "$t0")"
	else
		note "$v" FAILED "$version, $how; $(elapsed "$t0") (run directory $run/$v kept)"
		failed=1
		keep_run=1
	fi
	# The first version is the one the later ones upgrade from.
	[ -n "$upgrade_from" ] || upgrade_from=$("$private" --bindir)
	if [ -z "$debian_pg_config" ] && (PG_CONFIG=$pg_config && cag_pg_is_debian); then
		debian_pg_config=$pg_config
	fi
done

t0=$(date +%s)
if [ -n "$debian_pg_config" ]; then
	if PG_CONFIG=$debian_pg_config test/packaging.sh; then
		note deb passed "the Debian package and the PGXN distribution (test/packaging.sh); $(elapsed "$t0")"
	else
		note deb FAILED "the Debian package or the PGXN distribution (test/packaging.sh)"
		failed=1
	fi
else
	note deb skipped "no version tested is Debian's package here: test/packaging.sh not run"
fi

printf '\n== make test-versions: %s in all\n%s' "$(elapsed "$started")" "$summary"
if [ $failed -ne 0 ]; then
	printf '== FAILED\n'
	exit 1
fi
[ "$keep_run" = 1 ] || rm -rf "$run"
if [ $not_tested -ne 0 ]; then
	printf '\n'
	printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
	printf '!!  NOT TESTED: some PostgreSQL versions above were not tested at all.\n'
	printf '!!  Nothing failed, but cag_ovt is not known to work on them.\n'
	printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n'
	exit 2
fi
printf '== every version passed\n'
exit 0

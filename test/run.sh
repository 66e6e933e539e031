#!/bin/sh
# make test: install what is missing, build with -Werror, install, then run
# every pg_regress suite and every TAP test against throwaway clusters.
# Exits non-zero on any failure and prints regression.diffs when there is one.
#
# While developing, a subset: SUITES="neq seao" (pg_regress suites; "none" for none)
# and TAP="023 030" (the TAP tests whose names start with these; "none").
set -eu
cd "$(dirname "$0")/.."
. test/lib/common.sh

tap_tests=""
case ${TAP:-} in
"") tap_tests=$(echo test/t/*.pl) ;;
none) ;;
*)
	for t in $TAP; do
		tap_tests="$tap_tests $(echo $(ls test/t/"$t"*.pl 2>/dev/null))"
	done
	;;
esac

# shellcheck disable=SC2046,SC2086
cag_ensure_deps $(cag_test_packages $tap_tests)
cag_build_install

bindir=$(cag_bindir)
pgxs_dir=$(cd "$(dirname "$("$PG_CONFIG" --pgxs)")/../.." && pwd)
status=0

trap 'cag_stop_cluster' EXIT INT TERM

# pg_regress suites, against one throwaway cluster.
if [ "${SUITES:-}" != none ]; then
	cag_start_cluster regress
	rm -f regression.diffs regression.out
	if ! make -s PG_CONFIG="$PG_CONFIG" ${SUITES:+REGRESS="$SUITES"} installcheck; then
		status=1
		[ -f regression.diffs ] && cat regression.diffs
	fi
	cag_stop_cluster
fi

# TAP tests: each makes its own clusters, as the unprivileged cluster owner,
# from a copy of test/ that the owner can read and write.  The releases they
# name are built first (CAG_OLD_INSTALL_1_1=... for release 1.1).
if [ -n "$(echo $tap_tests)" ]; then
	old_installs=""
	release_dirs=""
	# shellcheck disable=SC2086
	for rel in $(cag_old_releases $tap_tests); do
		cag_log "building release $rel"
		if install_path=$(cag_build_release "$rel"); then
			old_installs="$old_installs CAG_OLD_INSTALL_$(echo "$rel" | tr . _)=$install_path"
			release_dirs="$release_dirs ${install_path%%/pg/*}"
		else
			cag_log "release $rel not built (no git, or no commit that froze it): the tests that need it skip that part"
		fi
	done
	tapdir=$(cag_mktemp tap)
	cp -R test "$tapdir/test"
	cp -R data "$tapdir/data"
	cp README.md "$tapdir/"
	[ "$(id -u)" -eq 0 ] && chown -R postgres: "$tapdir"
	cag_log "TAP tests in $tapdir"
	# TESTDIR places tmp_check until PostgreSQL 16; from 17 TESTDATADIR and
	# TESTLOGDIR do (else they are relative paths, which file:// URLs and
	# other processes do not resolve).
	# shellcheck disable=SC2086
	if ! cag_as_pg_user env PATH="$bindir:$PATH" TESTDIR="$tapdir" \
		TESTDATADIR="$tapdir/tmp_check" TESTLOGDIR="$tapdir/tmp_check/log" \
		PG_REGRESS="$pgxs_dir/src/test/regress/pg_regress" \
		CAG_SRC="$tapdir" $old_installs \
		CAG_UPGRADE_FROM_BINDIR="${CAG_UPGRADE_FROM_BINDIR:-}" \
		sh -c "cd '$tapdir' && prove -I '$pgxs_dir/src/test/perl' -I test/lib $tap_tests"; then
		status=1
		for log in "$tapdir"/tmp_check/log/*; do
			[ -f "$log" ] || continue
			printf '\n---- %s (last 40 lines)\n' "$log"
			tail -n 40 "$log"
		done
	fi
	# shellcheck disable=SC2086
	[ $status -eq 0 ] && rm -rf "$tapdir" $release_dirs
fi

if [ $status -eq 0 ]; then
	cag_log "all tests passed"
else
	cag_log "FAILED"
fi
exit $status

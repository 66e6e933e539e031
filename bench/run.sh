#!/bin/sh
# make bench: performance figures as ratios against baselines measured in the
# same run, on a throwaway cluster.  Usage: bench/run.sh [NAME...] runs
# bench/NAME.sql, then bench/NAME.sh when there is one (shell commands timed
# as a user runs them, with bench/lib.sh) (default: all of them, in name
# order).  Record the output in bench/RESULTS.md with the machine and the
# date.
set -eu
cd "$(dirname "$0")/.."
. test/lib/common.sh

cag_ensure_deps
cag_build_install
bench_tmp=$(cag_mktemp bench-files)
trap 'cag_stop_cluster; rm -rf "$bench_tmp"' EXIT INT TERM
cag_start_cluster bench "shared_buffers = '1GB'" "work_mem = '256MB'" \
	"maintenance_work_mem = '512MB'" "max_wal_size = '8GB'" \
	"max_parallel_workers_per_gather = 2" "jit = off" "autovacuum = off"

psql() { command "$(cag_bindir)/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
psql -d postgres -c 'CREATE DATABASE bench'
psql -d bench -c 'CREATE EXTENSION cag_ovt'
psql -d bench -f bench/lib.sql

if [ $# -eq 0 ]; then
	set --
	for f in bench/*.sql bench/*.sh; do
		n=$(basename "${f%.*}")
		case " lib run $* " in
		*" $n "*) continue ;;
		esac
		set -- "$@" "$n"
	done
fi
. bench/lib.sh
for n in "$@"; do
	cag_log "bench $n"
	if [ -f "bench/$n.sql" ]; then
		psql -d bench -v ROOT="$CAG_TOP" -f "bench/$n.sql" >/dev/null
	fi
	if [ -f "bench/$n.sh" ]; then
		# shellcheck disable=SC1090
		. "bench/$n.sh"
	fi
done

printf '\nMachine: %s, %s cores, %s; PostgreSQL %s; %s\n\n' "$(uname -m)" "$(nproc)" \
	"$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)" \
	"$(psql -d bench -Atc 'SHOW server_version')" "$(date -u '+%Y-%m-%d %H:%M UTC')"
if [ "$(psql -d bench -Atc 'SELECT count(*) FROM bench.results')" != 0 ]; then
	psql -d bench -P footer=off -c "
SELECT figure, rows, baseline_ms, candidate_ms, ratio AS \"ratio (candidate/baseline)\", target
FROM bench.results ORDER BY measured_at, figure"
fi
if [ "$(psql -d bench -Atc 'SELECT count(*) FROM bench.sizing')" != 0 ]; then
	psql -d bench -P footer=off -c "
SELECT figure, rows, value, unit, detail FROM bench.sizing ORDER BY measured_at"
fi

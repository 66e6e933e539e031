#!/bin/sh
# make demo: the same set-up as make test, then a throwaway cluster with the
# extension, realistic sample data and the plan's indicators printed.
#   ROWS=1000000   purchases to generate
#   SEAO=1         also load the shipped SEAO samples (cag_ovt-load) into a
#                  database of their own and print the plan's views on them
#   KEEP=1         leave the cluster running and print how to connect
set -eu
cd "$(dirname "$0")/../.."
. test/lib/common.sh

ROWS=${ROWS:-1000000}
cag_ensure_deps
cag_build_install
trap 'cag_stop_cluster' EXIT INT TERM
cag_start_cluster demo "max_parallel_workers_per_gather = 2" "shared_buffers = '512MB'"

psql() { command "$(cag_bindir)/psql" -X -v ON_ERROR_STOP=1 "$@"; }
psql -q -d postgres -c 'CREATE DATABASE cag_ovt_demo'
psql -q -d cag_ovt_demo -c 'CREATE EXTENSION cag_ovt'
psql -d cag_ovt_demo -v rows="$ROWS" -f data/demo/demo.sql

if [ "${SEAO:-0}" = 1 ]; then
	psql -q -d postgres -c 'CREATE DATABASE cag_ovt_seao'
	psql -q -d cag_ovt_seao -c 'CREATE EXTENSION cag_ovt'
	"$(cag_bindir)/cag_ovt-load" -d cag_ovt_seao test/data/seao/seao_avis_2013-01.xml \
		test/data/seao/seao_hebdo_20260727_20260802_EXCERPT_package.json
	psql -d cag_ovt_seao -f data/demo/seao.sql
fi

if [ "${KEEP:-0}" = 1 ]; then
	printf '\nThe cluster keeps running. Connect with:\n  %s -h %s -p %s -U postgres cag_ovt_demo\n' \
		"$(cag_bindir)/psql" "$CAG_SOCKDIR" "$CAG_PORT"
	printf 'Stop it with:\n  %s %s -D %s/data stop\n' \
		"$([ "$(id -u)" -eq 0 ] && printf 'runuser -u postgres --')" \
		"$(cag_bindir)/pg_ctl" "$CAG_CLUSTER_DIR"
fi

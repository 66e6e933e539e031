#!/bin/sh
# make demo: the same set-up as make test, then a throwaway cluster with the
# extension, realistic sample data and the plan's indicators printed, and the
# annual report written (cag_ovt-report).
#   ROWS=1000000   purchases to generate
#   SEAO=1         also load the shipped SEAO samples (cag_ovt-load) into a
#                  database of their own and print the plan's views on them
#   KEEP=1         leave the cluster running, listening on localhost TCP too,
#                  with a role "bi" that reads everything (the README's BI
#                  steps) and a password, and print how to connect, from psql,
#                  JDBC or ODBC
#   SCREENSHOT=1   also write doc/report-demo.png (headless Chromium, which
#                  it installs)
set -eu
cd "$(dirname "$0")/../.."
. test/lib/common.sh

ROWS=${ROWS:-1000000}
extra=""
[ "${SCREENSHOT:-0}" = 1 ] && extra="chromium fonts-dejavu-core"
# shellcheck disable=SC2086
cag_ensure_deps $extra
cag_build_install
if [ "${KEEP:-0}" = 1 ]; then
	# reachable by a BI tool on this machine: TCP on localhost, a free port
	CAG_LISTEN=localhost
	CAG_PORT=${CAG_PORT:-$(cag_free_port)}
fi
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

# The annual report of the plan's last year, as cag_ovt-report writes it.
report=${TMPDIR:-/tmp}/cag_ovt-demo-report-2022-2023.html
start=$(date +%s)
"$(cag_bindir)/cag_ovt-report" -d cag_ovt_demo -y 2022 -o "$report"
printf '\n== The annual report (cag_ovt-report -y 2022, %s s): %s\n' "$(($(date +%s) - start))" "$report"
if [ "${SCREENSHOT:-0}" = 1 ]; then
	profile=$(mktemp -d)
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
		--hide-scrollbars --window-size=1000,1900 --screenshot="$CAG_TOP/doc/report-demo.png" \
		"file://$report" 2>/dev/null
	rm -rf "$profile"
	cag_log "doc/report-demo.png written"
fi

if [ "${KEEP:-0}" = 1 ]; then
	# The README's BI steps, in each database, with a password of the moment.
	password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
	psql -q -d cag_ovt_demo -v password="$password" <<'EOF'
CREATE ROLE cag_ovt_reader NOLOGIN;
SELECT count(*) AS granted FROM cag_ovt.grant_read('cag_ovt_reader') \gset
CREATE ROLE bi LOGIN PASSWORD :'password' IN ROLE cag_ovt_reader;
ALTER ROLE bi IN DATABASE cag_ovt_demo SET search_path = "$user", public, cag_ovt;
EOF
	if [ "${SEAO:-0}" = 1 ]; then
		psql -q -d cag_ovt_seao <<'EOF'
SELECT count(*) AS granted FROM cag_ovt.grant_read('cag_ovt_reader') \gset
ALTER ROLE bi IN DATABASE cag_ovt_seao SET search_path = "$user", public, cag_ovt;
EOF
	fi
	cat <<EOF

The cluster keeps running.  A BI tool on this machine connects with:
  host      localhost
  port      $CAG_PORT
  database  cag_ovt_demo$([ "${SEAO:-0}" = 1 ] && printf ' (or cag_ovt_seao)')
  user      bi
  password  $password
  JDBC URL  jdbc:postgresql://localhost:$CAG_PORT/cag_ovt_demo
  ODBC      Driver={PostgreSQL Unicode};Server=localhost;Port=$CAG_PORT;Database=cag_ovt_demo;Uid=bi;Pwd=$password;TextAsLongVarchar=0;UnknownsAsLongVarchar=0;BoolsAsChar=0;MaxVarcharSize=4000
  psql      PGPASSWORD=$password $(cag_bindir)/psql "host=localhost port=$CAG_PORT dbname=cag_ovt_demo user=bi"
The superuser, through the socket:
  $(cag_bindir)/psql -h $CAG_SOCKDIR -p $CAG_PORT -U postgres cag_ovt_demo
Stop it with:
  $([ "$(id -u)" -eq 0 ] && printf 'runuser -u postgres -- ')$(cag_bindir)/pg_ctl -D $CAG_CLUSTER_DIR/data stop
EOF
fi

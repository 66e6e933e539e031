#!/bin/bash
# bench/callgrind_load.sh [--bids] [--no-stats] [WORKDIR]
#
# The instructions (valgrind's callgrind) of a load of the January 2013
# export against those of a COPY of its 1,958 purchases, the same rows: the
# figure behind issue 13's "load without the bids at most 2.5 times the
# COPY", without the noise of a timer.  In a throwaway cluster under WORKDIR
# (default: a new directory under /tmp), a single-user backend of the
# installed extension (PG_CONFIG, by default Debian's PostgreSQL 15, as for
# make bench) runs:
#   - a load with the bids, then ANALYZE of the loader's tables (a database
#     in use has statistics, which the loader's queries are planned against;
#     TRUNCATE keeps them), unless --no-stats;
#   - TRUNCATE and load three times, the third measured (parties known, as
#     after a first month), without the bids unless --bids;
#   - TRUNCATE and COPY three times, the third measured.
# Prints the two counts and their ratio; the callgrind files stay in WORKDIR
# for callgrind_annotate --inclusive=yes.  Run as root, it runs the server
# as user postgres.
set -eu

bids=false
stats=true
while [ $# -gt 0 ]; do
	case $1 in
		--bids) bids=true ;;
		--no-stats) stats=false ;;
		-*) echo "usage: $0 [--bids] [--no-stats] [WORKDIR]" >&2; exit 2 ;;
		*) break ;;
	esac
	shift
done
work=
[ $# -gt 0 ] && work=$(mkdir -p "$1" && cd "$1" && pwd)
cd "$(dirname "$0")/.."
. test/lib/common.sh
command -v valgrind >/dev/null || cag_die "valgrind is not installed"
bin=$(cag_bindir)
if [ -n "$work" ]; then
	chmod 755 "$work"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
else
	work=$(cag_mktemp callgrind)
fi

rm -rf "$work/data"
cp "$CAG_TOP/test/data/seao/seao_avis_2013-01.xml" "$work/jan.xml"
chmod 644 "$work/jan.xml"
cag_as_pg_user "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null

empty="TRUNCATE cag_ovt.purchases, cag_ovt.load_issues, cag_ovt.load_notices, cag_ovt.tender_bids;"
if $bids; then opt=""; else opt=", bids => false"; fi
load="SELECT cag_ovt.load_seao_xml(pg_read_binary_file('$work/jan.xml')$opt);"
columns="purchased_on, buyer, delivery_region, delivery_regions, supplier_name, supplier_neq, supplier_province, supplier_postal_code, supplier_country, category, description, amount, source, source_ref, supplier_city, buyer_city, buyer_postal_code, buyer_id"
copy="COPY cag_ovt.purchases ($columns) FROM '$work/purchases.csv' (FORMAT csv);"
analyze=""
$stats && analyze="ANALYZE cag_ovt.purchases, cag_ovt.tender_bids, cag_ovt.load_notices, cag_ovt.load_issues, cag_ovt.known_parties;"

# (a single-user backend reads one statement per line)
cat >"$work/setup.sql" <<EOF
CREATE EXTENSION cag_ovt CASCADE;
SELECT cag_ovt.load_seao_xml(pg_read_binary_file('$work/jan.xml'));
$analyze
$empty
$load
COPY (SELECT $columns FROM cag_ovt.purchases ORDER BY purchase_id) TO '$work/purchases.csv' (FORMAT csv);
EOF
cag_as_pg_user "$bin/postgres" --single -D "$work/data" postgres <"$work/setup.sql" >"$work/setup.log" 2>&1
# statements 1-6: the loads (6th measured), 7-12: the COPYs (12th measured)
printf '%s\n' "$empty" "$load" "$empty" "$load" "$empty" "$load" \
	"$empty" "$copy" "$empty" "$copy" "$empty" "$copy" >"$work/run.sql"
rm -f "$work"/callgrind.out.*
cag_as_pg_user valgrind --tool=callgrind --dump-after=PortalRun --callgrind-out-file="$work/callgrind.out" \
	"$bin/postgres" --single -D "$work/data" postgres <"$work/run.sql" >"$work/run.log" 2>&1

total() {
	callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
}
l=$(total "$work/callgrind.out.6")
c=$(total "$work/callgrind.out.12")
[ -n "$l" ] && [ -n "$c" ] || cag_die "no counts (see $work/run.log)"
printf 'load%s: %.2f M instructions, COPY of its purchases: %.2f M, ratio %.3f (statistics: %s)\n' \
	"$($bids && echo ' with the bids' || echo ' without the bids')" \
	"$(echo "$l / 1000000" | bc -l)" "$(echo "$c / 1000000" | bc -l)" "$(echo "$l / $c" | bc -l)" "$stats"
echo "callgrind files: $work/callgrind.out.6 (load), $work/callgrind.out.12 (COPY)"

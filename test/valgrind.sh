#!/bin/sh
# make valgrind-check: every pg_regress suite against a throwaway server that
# runs under valgrind memcheck, then a report of the errors valgrind found,
# split into those with a frame in cag_ovt's code (which fail the run) and
# the others (server noise, counted).  Not part of make test: it takes
# several minutes.
#
#   make valgrind-check PG_CONFIG=...      (REGRESS_ONLY="neq recv" for some suites)
#   KEEP=1 ...                              keeps the logs directory
#
# Debian's PostgreSQL is not built with USE_VALGRIND: memcheck sees palloc
# chunks only as parts of the blocks the allocator took from malloc, so an
# overrun that stays inside a block goes unnoticed (the fuzz harnesses, with
# AddressSanitizer, cover that for the parsers).  It does see reads and
# writes outside malloc'd blocks (every allocation above 8 kB has its own),
# reads of memory never written, and uninitialised bytes sent to the client
# or written to disk.  The report counts an error as cag_ovt's when any frame
# of its stack or of the origin of its uninitialised bytes is in our code.
# test/valgrind.supp silences known server noise that cannot involve our
# data; uninitialised padding the server writes to WAL and temporary files
# stays visible (a suppression would also hide bytes of ours, which only the
# origin shows) and is listed apart.
set -eu
cd "$(dirname "$0")/.."
. test/lib/common.sh

if ! command -v valgrind >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ]; then
		apt-get install -y -qq --no-install-recommends valgrind >/dev/null
	else
		cag_die "valgrind is needed (apt-get install valgrind)"
	fi
fi

cag_ensure_deps
cag_build_install
bindir=$(cag_bindir)
top=$(pwd)
dir=$(cag_mktemp valgrind)
CAG_PORT=${CAG_PORT:-5433}
status=0

stop_server() {
	[ -f "$dir/data/postmaster.pid" ] || return 0
	cag_as_pg_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 600 stop >/dev/null 2>&1 || true
}
trap 'stop_server' EXIT INT TERM

cag_log "valgrind run in $dir"
cag_as_pg_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
	--no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log" >&2; cag_die "initdb failed"; }
{
	printf '%s\n' "listen_addresses = ''" "unix_socket_directories = '$dir'" "port = $CAG_PORT"
	printf '%s\n' "fsync = off" "synchronous_commit = off" "full_page_writes = off"
	printf '%s\n' "autovacuum = off" "max_connections = 20" "shared_buffers = 32MB"
	printf '%s\n' "max_worker_processes = 8" "max_parallel_workers = 4"
	printf '%s\n' "lc_messages = 'C'" "jit = off"
} >>"$dir/data/postgresql.conf"

# The postmaster under valgrind; every backend it forks is followed, each
# writing its own log.
cag_as_pg_user sh -c "exec valgrind --tool=memcheck --quiet \
	--suppressions='$top/test/valgrind.supp' \
	--track-origins=yes --read-var-info=yes --num-callers=40 --error-limit=no \
	--leak-check=no --trace-children=no \
	--vex-iropt-register-updates=allregs-at-mem-access \
	--log-file='$dir/valgrind.%p.log' \
	'$bindir/postgres' -D '$dir/data' >'$dir/server.log' 2>&1 &"

PGHOST=$dir PGPORT=$CAG_PORT PGUSER=postgres
export PGHOST PGPORT PGUSER
i=0
until "$bindir/pg_isready" -q; do
	i=$((i + 1))
	[ $i -le 300 ] || { tail -n 40 "$dir/server.log" >&2; cag_die "the server did not start under valgrind"; }
	sleep 1
done
cag_log "server up under valgrind after ${i}s; running the regression suites"

start=$(date +%s)
rm -f regression.diffs regression.out
if ! make -s PG_CONFIG="$PG_CONFIG" installcheck ${REGRESS:+REGRESS="$REGRESS"}; then
	status=1
	[ -f regression.diffs ] && head -n 100 regression.diffs
fi
cag_log "suites done in $(($(date +%s) - start))s; stopping the server"
stop_server

# Split each log into error blocks (valgrind separates them with an empty
# "==pid== " line) and sort them: a block with a frame in cag_ovt's code
# (a source file of ours or cag_ovt.so) is ours.
report=$dir/report.txt
others=$dir/others.txt
: >"$report"
: >"$others"
ours=0
nothers=0
for log in "$dir"/valgrind.*.log; do
	[ -s "$log" ] || continue
	counts=$(awk -v report="$report" -v others="$others" '
		/^==[0-9]+== *$/ { flush(); next }
		/^==[0-9]+== / { block = block $0 "\n"; next }
		END { flush(); printf "%d %d\n", o, t }
		function flush() {
			if (block ~ /(Invalid|uninitialised|Conditional jump|Syscall param|Mismatched|overlap)/) {
				if (block ~ /cag_ovt\.so|\((cag_ovt|core|refcache|geography|[a-z_]+_core|neq|unspsc|qc_region|postal_code|purchase_class|spend_summary|share_agg|fiscal_year)\.c:/) {
					o++
					print block >> report
				} else {
					t++
					print signature(block) >> others
				}
			}
			block = ""
		}
		# what the error is, and the first named frame of the server
		function signature(b,    n, lines, i, what, where) {
			n = split(b, lines, "\n")
			what = lines[1]
			sub(/^==[0-9]+== /, "", what)
			sub(/ points to.*/, "", what)
			where = ""
			for (i = 2; i <= n && where == ""; i++)
				if (lines[i] ~ /(at|by) 0x[0-9A-F]+: [A-Za-z_]/ && lines[i] !~ /: (pwrite|write|send|__memcpy|strncmp|\?\?\?)/) {
					where = lines[i]
					sub(/.*: /, "", where)
					sub(/ \(.*/, "", where)
				}
			return what " in " where
		}' "$log")
	ours=$((ours + ${counts% *}))
	nothers=$((nothers + ${counts#* }))
done

nlogs=$(ls "$dir"/valgrind.*.log 2>/dev/null | wc -l)
cag_log "valgrind: $nlogs processes, $ours error(s) in cag_ovt code (stack or origin), $nothers elsewhere"
if [ "$ours" -gt 0 ]; then
	status=1
	cat "$report"
fi
if [ "$nothers" -gt 0 ]; then
	cag_log "errors elsewhere, by kind and first named server frame:"
	sort "$others" | uniq -c | sort -rn >&2
	cag_log "details: grep -l 'ERROR SUMMARY: [1-9]' $dir/valgrind.*.log"
	KEEP=1
fi
if [ $status -eq 0 ] && [ "${KEEP:-0}" != 1 ]; then
	rm -rf "$dir"
else
	cag_log "logs kept in $dir"
fi
exit $status

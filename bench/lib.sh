# Benchmark helpers for the shell benchmarks of make bench (bench/NAME.sh,
# sourced by bench/run.sh after bench/NAME.sql): timing commands as a user
# runs them, and recording the figures in the tables of bench/lib.sql so
# that they print with the others.  POSIX sh; the cluster's connection is
# in PGHOST, PGPORT, PGUSER; the database is bench.

# psql on the bench database, quiet, stopping at the first error.
bench_psql() {
	command "$(cag_bindir)/psql" -X -q -v ON_ERROR_STOP=1 -d bench "$@"
}

# Now, in microseconds.
bench_now_us() {
	ns=$(date +%s%N)
	printf '%s' $((ns / 1000))
}

# Milliseconds with three decimals, from microseconds.
bench_ms() {
	printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000))
}

# Microseconds one run of a shell command takes (its output discarded; a
# failure stops the benchmark).
bench_run_us() {
	t0=$(bench_now_us)
	sh -c "$1" >/dev/null 2>"$bench_tmp/stderr" ||
		{ cat "$bench_tmp/stderr" >&2; cag_die "benchmark command failed: $1"; }
	t1=$(bench_now_us)
	printf '%s' $((t1 - t0))
}

# bench_commands FIGURE BASELINE CANDIDATE TARGET RUNS ROWS PREPARE
#
# Time two shell commands as bench.compare times two statements: best of
# RUNS after a warm-up run, the two taking turns so that both see the same
# machine; PREPARE (SQL, may be empty) runs before each run of either.
# Records the times and the ratio candidate / baseline in bench.results.
bench_commands() {
	figure=$1 baseline=$2 candidate=$3 target=$4 runs=$5 rows=$6 prepare=$7
	best_b=
	best_c=
	round=0
	while [ "$round" -le "$runs" ]; do
		for side in b c; do
			[ -z "$prepare" ] || bench_psql -c "$prepare"
			if [ "$side" = b ]; then
				us=$(bench_run_us "$baseline")
				if [ "$round" -gt 0 ] && { [ -z "$best_b" ] || [ "$us" -lt "$best_b" ]; }; then
					best_b=$us
				fi
			else
				us=$(bench_run_us "$candidate")
				if [ "$round" -gt 0 ] && { [ -z "$best_c" ] || [ "$us" -lt "$best_c" ]; }; then
					best_c=$us
				fi
			fi
		done
		round=$((round + 1))
	done
	bench_psql -v figure="$figure" -v baseline="$baseline" -v candidate="$candidate" \
		-v target="$target" -v rows="$rows" -v b="$(bench_ms "$best_b")" -v c="$(bench_ms "$best_c")" <<'EOF'
INSERT INTO bench.results (figure, baseline, baseline_ms, candidate, candidate_ms, ratio, target, rows)
VALUES (:'figure', :'baseline', :'b', :'candidate', :'c', round(:'c'::numeric / :'b'::numeric, 3),
        NULLIF(:'target', ''), :'rows');
EOF
}

# bench_peak_memory FILE: the growth of a backend's anonymous memory
# (RssAnon of /proc/PID/status: what it allocated, palloc and libxml2's
# malloc alike, not the shared buffers it touched) while load_seao_xml
# loads FILE, the server reading it (pg_read_binary_file), from empty
# tables: its peak during the load minus its value just before, sampled
# every 0.2 ms by bench/peak_memory.pl.  A warm-up load of a small
# document first fills the caches (geography, catalog) so that they do not
# count.  Prints "peak_kb baseline_kb samples".
bench_peak_memory() {
	rm -f "$bench_tmp/stop" "$bench_tmp/peak"
	bench_psql -At -v file="$1" -v sampler="$CAG_TOP/bench/peak_memory.pl" \
		-v stop="$bench_tmp/stop" -v peak="$bench_tmp/peak" <<'EOF'
TRUNCATE cag_ovt.purchases, cag_ovt.load_issues, cag_ovt.load_notices;
BEGIN;
SELECT cag_ovt.load_seao_xml('<export><Avis><numeroseao>1</numeroseao><dateadjudication>2013-01-01</dateadjudication><codepostal>H2X 1Y4</codepostal><fournisseurs><fournisseur><adjudicataire>1</adjudicataire><montantcontrat>5</montantcontrat><codepostal>H2X 1Y4</codepostal></fournisseur></fournisseurs></Avis></export>'::text) \g /dev/null
ROLLBACK;
SELECT pg_backend_pid() AS pid \gset
\setenv BENCH_PID :pid
\setenv BENCH_SAMPLER :sampler
\setenv BENCH_STOP :stop
\setenv BENCH_PEAK :peak
\! perl "$BENCH_SAMPLER" "$BENCH_PID" "$BENCH_STOP" >"$BENCH_PEAK" &
SELECT pg_sleep(0.1) \g /dev/null
BEGIN;
SELECT cag_ovt.load_seao_xml(pg_read_binary_file(:'file')) \g /dev/null
\! touch "$BENCH_STOP"
ROLLBACK;
EOF
	i=0
	while [ ! -s "$bench_tmp/peak" ] && [ "$i" -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	cat "$bench_tmp/peak"
}

# bench_record FIGURE VALUE UNIT ROWS DETAIL: a figure of bench.sizing.
bench_record() {
	bench_psql -v figure="$1" -v value="$2" -v unit="$3" -v rows="$4" -v detail="$5" <<'EOF'
SELECT bench.record(:'figure', :'value'::numeric, :'unit', NULLIF(:'rows', '')::bigint,
                    NULLIF(:'detail', '')) \g /dev/null
EOF
}

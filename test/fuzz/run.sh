#!/bin/sh
# Build and run the libFuzzer harnesses of the type parsers.
#
#   test/fuzz/run.sh [TARGET...]      (default: every test/fuzz/fuzz_*.c)
#   FUZZ_SECONDS=120 test/fuzz/run.sh neq
#
# Each harness links the server-free parser (src/<type>_core.c and
# src/core.c) with clang's -fsanitize=fuzzer,address,undefined; a line
# "sources: FILE..." in the harness adds sources, "flags: ..." compiler and
# linker flags (a library such as libxml2).  Needs
# clang and libclang-rt-14-dev (Debian 12); installs them when root.
# Crashes are written to test/fuzz/build/ and make the script fail.
set -eu
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
out=test/fuzz/build
mkdir -p "$out"

if ! command -v clang >/dev/null 2>&1 || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ]; then
		apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
	else
		echo "error: clang with libFuzzer is needed (apt-get install clang libclang-rt-14-dev)" >&2
		exit 1
	fi
fi

if [ $# -eq 0 ]; then
	set --
	for f in test/fuzz/fuzz_*.c; do
		t=${f#test/fuzz/fuzz_}
		set -- "$@" "${t%.c}"
	done
fi

status=0
for t in "$@"; do
	srcs="test/fuzz/fuzz_$t.c src/core.c"
	for c in $(sed -n 's/^\/\/ *sources: *//p; s/^ \* *sources: *//p' "test/fuzz/fuzz_$t.c"); do
		srcs="$srcs $c"
	done
	[ -f "src/${t}_core.c" ] && srcs="$srcs src/${t}_core.c"
	# compiler and linker flags a harness asks for (e.g. a library)
	flags=$(sed -n 's/^\/\/ *flags: *//p; s/^ \* *flags: *//p' "test/fuzz/fuzz_$t.c")
	echo "== fuzz $t for ${seconds}s ($srcs)"
	# shellcheck disable=SC2086
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc -o "$out/fuzz_$t" $srcs $flags
	mkdir -p "$out/corpus_$t"
	corpus=""
	[ -d "test/fuzz/corpus/$t" ] && corpus="test/fuzz/corpus/$t"
	if ! "$out/fuzz_$t" -max_total_time="$seconds" -max_len=512 \
		-artifact_prefix="$out/crash_${t}_" -print_final_stats=1 \
		"$out/corpus_$t" $corpus >"$out/fuzz_$t.log" 2>&1; then
		status=1
		echo "   FAILED: see $out/fuzz_$t.log" >&2
		tail -n 30 "$out/fuzz_$t.log" >&2
	else
		grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$out/fuzz_$t.log" | sed 's/^/   /'
	fi
done
exit $status

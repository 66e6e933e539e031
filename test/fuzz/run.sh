#!/bin/sh
# Build and run the libFuzzer harnesses of the type parsers.
#
#   test/fuzz/run.sh [TARGET...]      (default: every test/fuzz/fuzz_*.c)
#   FUZZ_SECONDS=120 test/fuzz/run.sh neq
#
# Each harness is linked with every server-free core, the list CORE_OBJS of
# the Makefile (make fuzz-build-info), compiled once with clang's
# -fsanitize=fuzzer,address,undefined, and with libxml2 (the SEAO XML
# reader's).  Needs clang, libclang-rt-14-dev and libxml2-dev (Debian 12);
# installs them when root.
# Crashes are written to test/fuzz/build/ and make the script fail.
set -eu
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
out=test/fuzz/build
mkdir -p "$out"

if ! command -v clang >/dev/null 2>&1 || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
	! command -v xml2-config >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ]; then
		apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev libxml2-dev >/dev/null
	else
		echo "error: clang with libFuzzer and libxml2-dev are needed (apt-get install clang libclang-rt-14-dev libxml2-dev)" >&2
		exit 1
	fi
fi

# The cores and their flags, from the Makefile.
info=$(make -s --no-print-directory fuzz-build-info)
sources=$(printf '%s\n' "$info" | sed -n 's/^sources: //p')
cflags=$(printf '%s\n' "$info" | sed -n 's/^cflags: //p')
libs=$(printf '%s\n' "$info" | sed -n 's/^libs: //p')
sanitize="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
mkdir -p "$out/obj"
objs=""
for c in $sources; do
	o="$out/obj/$(basename "${c%.c}").o"
	# shellcheck disable=SC2086
	clang $sanitize -Isrc $cflags -c -o "$o" "$c"
	objs="$objs $o"
done

if [ $# -eq 0 ]; then
	set --
	for f in test/fuzz/fuzz_*.c; do
		t=${f#test/fuzz/fuzz_}
		set -- "$@" "${t%.c}"
	done
fi

status=0
for t in "$@"; do
	echo "== fuzz $t for ${seconds}s"
	# shellcheck disable=SC2086
	clang $sanitize -Isrc $cflags -o "$out/fuzz_$t" "test/fuzz/fuzz_$t.c" $objs $libs
	mkdir -p "$out/corpus_$t"
	corpus=""
	[ -d "test/fuzz/corpus/$t" ] && corpus="test/fuzz/corpus/$t"
	# a harness's dictionary: test/fuzz/<target>.dict, or one it names
	dict=""
	[ -f "test/fuzz/$t.dict" ] && dict="-dict=test/fuzz/$t.dict"
	d=$(sed -n 's/^ \* Dictionary: test\/fuzz\/\([a-z_]*\.dict\).*/\1/p' "test/fuzz/fuzz_$t.c")
	[ -n "$d" ] && dict="-dict=test/fuzz/$d"
	# shellcheck disable=SC2086
	if ! "$out/fuzz_$t" -max_total_time="$seconds" -max_len=512 $dict \
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

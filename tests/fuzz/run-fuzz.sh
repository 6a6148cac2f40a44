#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, as the ctest of that name.
#
#   run-fuzz.sh TARGET CORPUS_DIR ARTIFACT_DIR [SECONDS]
#
# TARGET is the fuzzer executable, CORPUS_DIR its seed corpus in the
# repository, ARTIFACT_DIR a folder in the build tree. libFuzzer writes the
# inputs it finds into its first corpus folder, so it gets an empty one in a
# temporary work folder, and a copy of the seeds as the second: nothing is
# written into the repository. A crash, a hang (over 5 s for one input), a
# leak or an out-of-memory fails the test; the input that caused it stays in
# ARTIFACT_DIR and the last lines of the output name it.
set -uo pipefail
if [ $# -lt 3 ] || [ $# -gt 4 ]; then
    echo "usage: run-fuzz.sh TARGET CORPUS_DIR ARTIFACT_DIR [SECONDS]" >&2
    exit 2
fi
target=$1 corpus=$2 artifacts=$3 seconds=${4:-20}
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$target")

if [ ! -x "$target" ]; then
    echo "FAIL: $target is not built; build it with: cmake --build build --target fuzzers" >&2
    exit 1
fi
if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
    echo "FAIL: the seed corpus $corpus is missing or empty" >&2
    exit 1
fi
mkdir -p "$artifacts" || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/bt-$name.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mkdir "$work/found" "$work/tmp"
cp -R "$corpus" "$work/seeds"

# Leak checking stays on; lsan.supp names the few allocations of Qt and
# yaml-cpp that live until exit on purpose. UndefinedBehaviorSanitizer
# aborts (the targets are built with -fno-sanitize-recover) and prints a
# stack. Debian's versioned symbolizer, when installed, names the functions.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
# The targets that need files write them here (QTemporaryDir), not in /tmp.
export TMPDIR=$work/tmp
export QT_QPA_PLATFORM=offscreen

log=$work/fuzz.log
started=$(date +%s)
"$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$work/found" "$work/seeds" >"$log" 2>&1
status=$?
elapsed=$(($(date +%s) - started))

if [ $status -eq 0 ]; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(sed -n 's/^#[0-9].* cov: \([0-9]*\) .*/\1/p' "$log" | tail -n 1)
    found=$(find "$work/found" -type f | wc -l)
    echo "PASS: $name ran ${runs:-?} inputs in ${elapsed} s (${cov:-?} edges covered," \
        "$found new inputs found and dropped), no crash"
    exit 0
fi

# libFuzzer names the input it kept: "Test unit written to <file>".
kept=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
# From the sanitizer's or libFuzzer's report on, else the last lines.
first=$(grep -n -m 1 -E '^==[0-9]+== ?ERROR|runtime error:|fuzz check failed|^ALARM:|^ERROR: libFuzzer' "$log" | cut -d: -f1)
echo "---- $name's report ----"
if [ -n "$first" ]; then
    tail -n +"$((first > 5 ? first - 5 : 1))" "$log" | head -n 200
else
    tail -n 60 "$log"
fi
echo "------------------------"
if [ -n "$kept" ]; then
    echo "FAIL: $name failed (exit $status); the input is kept in $kept"
    echo "      reproduce: $target $kept"
else
    echo "FAIL: $name failed (exit $status) without keeping an input; the output above says why"
fi
exit 1

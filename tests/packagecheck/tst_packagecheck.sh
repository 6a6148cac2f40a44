#!/usr/bin/env bash
# scripts/packagecheck catches a package the build uses but scripts/setup
# does not install: CMake configures the project in a scratch folder under
# the file-access recorder, then the log is judged twice, against setup's
# own list (passes) and against that list without libqt6opengl6-dev, whose
# absence once broke the set-up on every fresh machine (fails naming it).
#
#   tst_packagecheck.sh SOURCE_DIR
set -uo pipefail
SRC=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: recording file accesses (fanotify) needs root"
    exit 77
fi
WORK=$(mktemp -d /tmp/bt-packagecheck.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
check=$SRC/scripts/packagecheck/check-setup-packages

"$check" --keep "$WORK/access.log" -- cmake -S "$SRC" -B "$WORK/build" -G Ninja >"$WORK/configure.out" 2>&1
status=$?
[ $status -eq 0 ] || fail "configuring under the recorder failed ($status): $(tail -5 "$WORK/configure.out")"
grep -q "Qt6OpenGLConfig.cmake" "$WORK/access.log" || fail "the recorder did not see CMake read Qt6OpenGLConfig.cmake"

"$SRC/scripts/setup" --list >"$WORK/full.list"
"$check" --check "$WORK/access.log" --setup-list "$WORK/full.list" >"$WORK/full.out" 2>&1 ||
    fail "the configure step used packages setup does not install: $(cat "$WORK/full.out")"

grep -vx libqt6opengl6-dev "$WORK/full.list" >"$WORK/without.list"
"$check" --check "$WORK/access.log" --setup-list "$WORK/without.list" >"$WORK/without.out" 2>&1
status=$?
[ $status -eq 1 ] || fail "without libqt6opengl6-dev the check exited $status, not 1: $(cat "$WORK/without.out")"
grep -q "^  libqt6opengl6-dev: add it" "$WORK/without.out" ||
    fail "the check did not name libqt6opengl6-dev: $(cat "$WORK/without.out")"
grep "libqt6opengl6-dev" "$WORK/without.out"
echo "PASS: a package missing from scripts/setup is named"

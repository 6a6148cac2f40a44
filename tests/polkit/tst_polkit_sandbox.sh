#!/usr/bin/env bash
# The polkit sandbox grants BootTorrent's action and nothing else: as bttest,
# `pkexec /bin/id` is denied (the generic org.freedesktop.policykit.exec
# action), while `pkexec EXEC_PATH` runs EXEC_PATH as root with PKEXEC_UID set
# to bttest's uid, because the policy's exec path names it. Afterwards no
# polkitd or dbus-daemon of the sandbox is left running.
#
#   tst_polkit_sandbox.sh POLICY_FILE [SANDBOX_SCRIPT]
#
# Exit 0: passed; 1: failed; 77: skipped (not root, pkexec missing, ...).
set -uo pipefail
POLICY=$1
SANDBOX=${2:-$(cd "$(dirname "$0")" && pwd)/polkit-sandbox.sh}
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "SKIP: the polkit sandbox needs root"; exit 77; }
[ -r "$POLICY" ] || fail "cannot read the policy $POLICY"

WORK=$(mktemp -d /tmp/bt-polkit-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# pkexec, running for bttest, must reach the program.
chmod 755 "$WORK"
PROG=$WORK/serve-stand-in
cat >"$PROG" <<'EOF'
#!/bin/sh
echo "uid=$(id -u) PKEXEC_UID=${PKEXEC_UID:-unset} args=$*"
EOF
chmod 755 "$PROG"

daemons() { { pgrep -x polkitd; pgrep -x dbus-daemon; } | sort; }
daemons >"$WORK/daemons.before"

# 1. Any other program: the generic exec action stays denied.
bash "$SANDBOX" "$POLICY" "$PROG" -- pkexec /bin/id -u >"$WORK/generic.out" 2>"$WORK/generic.err"
status=$?
if [ $status -eq 77 ]; then
    cat "$WORK/generic.out"
    exit 77
fi
[ $status -ne 125 ] && [ $status -ne 2 ] || fail "the sandbox did not come up ($status): $(cat "$WORK/generic.err")"
[ $status -ne 0 ] || fail "pkexec /bin/id -u was allowed: $(cat "$WORK/generic.out")"
grep -qx 0 "$WORK/generic.out" && fail "pkexec /bin/id -u ran as root: $(cat "$WORK/generic.out")"
echo "pkexec /bin/id -u denied ($status): $(tr '\n' ' ' <"$WORK/generic.err")"

# 2. The program the policy names: root, and it learns who asked.
bash "$SANDBOX" "$POLICY" "$PROG" -- \
    sh -c 'echo "caller=$(id -u) sandbox=$BT_POLKIT_SANDBOX shell=$SHELL"; exec pkexec "$0" --version' "$PROG" \
    >"$WORK/serve.out" 2>"$WORK/serve.err"
status=$?
[ $status -eq 0 ] || fail "pkexec $PROG --version exited $status: $(cat "$WORK/serve.out" "$WORK/serve.err")"
grep -qx "caller=4711 sandbox=1 shell=/bin/sh" "$WORK/serve.out" ||
    fail "the command did not run as bttest in the sandbox: $(cat "$WORK/serve.out")"
grep -qx "uid=0 PKEXEC_UID=4711 args=--version" "$WORK/serve.out" ||
    fail "the program did not run as root for uid 4711: $(cat "$WORK/serve.out" "$WORK/serve.err")"
cat "$WORK/serve.out"

daemons >"$WORK/daemons.after"
left=$(comm -13 "$WORK/daemons.before" "$WORK/daemons.after")
[ -z "$left" ] || fail "the sandbox left daemons running: $(ps -o pid=,comm= -p "$(echo $left | tr ' ' ,)")"
echo "PASS: the sandbox grants org.boottorrent.serve for its exec path only"

#!/usr/bin/env bash
# The README's first command, as a user runs it: the desktop app on the demo
# environment with a virtual lab of 4 simulated clients, under a real X
# display (Xvfb). Passes when the lab's serve reports all 4 clients booted
# and the app, sent SIGTERM, ends with its lab torn down.
#
#   tst_demo_command.sh BOOTTORRENT DEMO_ENV
set -uo pipefail
source "$(dirname "$0")/app-under-xvfb.sh" bt-demo-command "$@"
APP=
finish() {
    local status=$?
    [ -n "$APP" ] && kill -KILL "$APP" 2>/dev/null
    rm -rf "$WORK"
    exit $status
}
trap finish EXIT
trap 'exit 1' INT TERM

start_app 4

booted=0
for _ in $(seq 1 180); do
    kill -0 "$APP" 2>/dev/null || fail "the app ended early"
    ns=$(ip netns list | awk '{print $1}' | grep -E "^btlab${APP}-h$" || true)
    if [ -n "$ns" ]; then
        booted=$(ip netns exec "$ns" curl -sf --max-time 2 http://198.18.0.1:8290/api/v1/clients 2>/dev/null |
            jq '[.clients[] | select(.state == "booted")] | length' 2>/dev/null || echo 0)
        [ "$booted" = 4 ] && break
    fi
    sleep 1
done
[ "$booted" = 4 ] || fail "$booted of 4 simulated clients booted within 3 minutes"
echo "ok: the app's virtual lab booted 4 clients"

kill -TERM "$APP"
for _ in $(seq 1 300); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
kill -0 "$APP" 2>/dev/null && fail "the app did not end within 30 s of SIGTERM"
APP=
wait "$XVFB_RUN" 2>/dev/null
left=$(ip netns list | awk '{print $1}' | grep -E "^btlab[0-9]+-" || true)
[ -z "$left" ] || fail "namespaces left: $left"
echo "PASS: the README's first command shows a virtual lab of 4 booted clients and ends cleanly"

#!/usr/bin/env bash
# The desktop app with a virtual lab loses its X display (the X server ends):
# Qt ends the app at once, without the lab's own teardown. Passes when the app
# has ended within 15 s and left none of its lab's network namespaces, nothing
# running inside them and no lab folder behind.
#
#   tst_display_lost.sh BOOTTORRENT DEMO_ENV
set -uo pipefail
source "$(dirname "$0")/app-under-xvfb.sh" bt-display-lost "$@"
APP= XVFB_RUN=
finish() {
    local status=$? ns
    [ -n "$APP" ] && kill -KILL "$APP" 2>/dev/null
    [ -n "$XVFB_RUN" ] && kill -TERM "$XVFB_RUN" 2>/dev/null
    # Only what this test's app made, should the app have failed to remove it.
    if [ -n "$APP_PID" ]; then
        for ns in $(ip netns list | awk '{print $1}' | grep -E "^btlab${APP_PID}-" || true); do
            ip netns del "$ns" 2>/dev/null
        done
    fi
    rm -rf "$WORK"
    exit $status
}
APP_PID=
trap finish EXIT
trap 'exit 1' INT TERM

labs_before=$(ls -d /tmp/bt-lab-* 2>/dev/null | sort)
start_app 2
APP_PID=$APP

# The lab is up once its serve answers inside the host namespace and both
# simulated clients' namespaces exist.
up=no
for _ in $(seq 1 120); do
    kill -0 "$APP" 2>/dev/null || fail "the app ended early"
    if ip netns list | grep -q "^btlab${APP}-c2" &&
        ip netns exec "btlab${APP}-h" curl -sf --max-time 2 http://198.18.0.1:8290/api/v1/clients >/dev/null 2>&1; then
        up=yes
        break
    fi
    sleep 1
done
[ "$up" = yes ] || fail "the app's lab did not come up within 2 minutes"
echo "ok: the app's lab is up ($(ip netns list | grep -c "^btlab${APP}-") namespaces)"

kill -TERM "$XSERVER"
for _ in $(seq 1 150); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done
kill -0 "$APP" 2>/dev/null && fail "the app still runs 15 s after its X server ended"
APP=
grep -q "X11 connection broke" "$WORK/app.log" || fail "the app did not end for its lost display"
wait "$XVFB_RUN" 2>/dev/null
XVFB_RUN=

left=$(ip netns list | awk '{print $1}' | grep -E "^btlab${APP_PID}-" || true)
[ -z "$left" ] || fail "namespaces left: $left"
labs_after=$(ls -d /tmp/bt-lab-* 2>/dev/null | sort)
new=$(comm -13 <(echo "$labs_before") <(echo "$labs_after") | grep . || true)
[ -z "$new" ] || fail "lab folder left: $new"
echo "PASS: an app that lost its display left no lab behind"

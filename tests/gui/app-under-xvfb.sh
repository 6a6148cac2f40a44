# Shared by the tests that run the desktop app with a virtual lab under a real
# X display (Xvfb):
#
#   source app-under-xvfb.sh NAME BOOTTORRENT DEMO_ENV
#
# sets BOOTTORRENT and DEMO, exits 77 (skipped) unless root (the virtual lab
# makes network namespaces), and makes WORK, a folder /tmp/NAME.XXXXXX the
# test removes.
BOOTTORRENT=$2
DEMO=$3
WORK=

fail() { echo "FAIL: $*" >&2; [ -f "$WORK/app.log" ] && tail -20 "$WORK/app.log" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the virtual lab needs root"
    exit 77
fi
WORK=$(mktemp -d "/tmp/$1.XXXXXX")

# start_app N: the app on a copy of the demo with a lab of N simulated
# clients under xvfb-run, its output in $WORK/app.log. Sets XVFB_RUN (the
# xvfb-run process), APP (the app) and XSERVER (its Xvfb).
start_app() {
    cp -r "$DEMO" "$WORK/demo"
    xvfb-run -a -s "-screen 0 1280x800x24" "$BOOTTORRENT" --lab "$1" "$WORK/demo" >"$WORK/app.log" 2>&1 &
    XVFB_RUN=$!
    APP= XSERVER=
    for _ in $(seq 1 300); do
        # By its program name: xvfb-run's own short-lived subshells carry "--lab N" in their
        # command line too, and one of them found first made the app look ended.
        [ -n "$APP" ] || APP=$(pgrep -P "$XVFB_RUN" -x "$(basename "$BOOTTORRENT" | cut -c1-15)" | head -1)
        [ -n "$XSERVER" ] || XSERVER=$(pgrep -P "$XVFB_RUN" -x Xvfb | head -1)
        [ -n "$APP" ] && [ -n "$XSERVER" ] && break
        sleep 0.1
    done
    [ -n "$APP" ] || fail "the app did not start under xvfb-run"
    [ -n "$XSERVER" ] || fail "no Xvfb under xvfb-run"
}

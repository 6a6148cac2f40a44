# shellcheck shell=bash
# Helpers of the virtual lab tests: run `boottorrent lab` in the background,
# remove whatever a lab of ours left (also from a trap), and check the
# clients' rows the lab saved from GET /api/v1/clients.

# Sourced with the test's own arguments: BOOTTORRENT DEMO_ENV ARTIFACT_DIR.
BOOTTORRENT=$1
DEMO=$2
ARTIFACTS=$3
LAB_PIDS=()

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# start_lab LOG ARGS...: starts `boottorrent lab ARGS` and sets LAB_PID.
start_lab() {
    local log=$1
    shift
    "$BOOTTORRENT" lab "$@" >"$log" 2>&1 &
    LAB_PID=$!
    LAB_PIDS+=("$LAB_PID")
}

# wait_gone PID SECONDS
wait_gone() {
    local pid=$1 seconds=$2
    for _ in $(seq 1 $((seconds * 10))); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

# lab_namespaces PID: the namespaces of the lab run by PID.
lab_namespaces() {
    ip netns list | awk '{print $1}' | grep -E "^btlab$1-" || true
}

# Processes whose command line names FOLDER (the test's environment and
# work folders): dnsmasq, aria2c, opentracker, qemu, bttui of our labs.
processes_of() {
    local folder=$1 pid
    for pid in $(pgrep -f -- "$folder" || true); do
        [ "$pid" = $$ ] && continue
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$folder" && echo "$pid"
    done
}

# Ends every lab this test started and removes what they left.
cleanup_labs() {
    local pid ns p
    for pid in "${LAB_PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${LAB_PIDS[@]}"; do
        wait_gone "$pid" 20 || kill -KILL "$pid" 2>/dev/null || true
        for ns in $(lab_namespaces "$pid"); do
            for p in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$p" 2>/dev/null || true; done
            ip netns del "$ns" 2>/dev/null || true
        done
    done
}

# check_booted_in_order CLIENTS_JSON MAC [STATES]: the row is booted and
# went through the lab's states (a JSON list; default: all but menu) in order.
check_booted_in_order() {
    local clients=$1 mac=$2 row states
    local expected=${3:-'["discovered","leased","loading-phase1","phase1-up","downloading","sharing","booting","booted"]'}
    row=$(jq -c --arg mac "$mac" '.clients[] | select(.mac == $mac)' "$clients")
    [ -n "$row" ] || fail "client $mac is not in the registry"
    [ "$(jq -r .state <<<"$row")" = booted ] || fail "client $mac is $(jq -r .state <<<"$row"), not booted"
    states=$(jq -c '[.transitions[].state]' <<<"$row")
    # Each expected state occurs, in this order (menu may sit in between).
    jq -e --argjson want "$expected" '. as $got | [$want[] | . as $s | $got | index($s)] |
        (all(. != null)) and (. == sort)' <<<"$states" >/dev/null ||
        fail "client $mac went $states, expected the order $expected"
    echo "ok: $mac went $states"
}

# check_clean PID WORK: no namespace and no process of the lab is left.
check_clean() {
    local pid=$1 work=$2 left
    left=$(lab_namespaces "$pid")
    [ -z "$left" ] || fail "namespaces left by lab $pid: $left"
    left=$(processes_of "$work")
    [ -z "$left" ] || fail "processes left: $(for p in $left; do tr '\0' ' ' <"/proc/$p/cmdline"; echo; done)"
}

# require_vms: skips without qemu; the demo environment must hold the demo OS.
require_vms() {
    command -v qemu-system-x86_64 >/dev/null || { echo "SKIP: qemu-system-x86_64 is not installed"; exit 77; }
    [ -f "$DEMO/oss/linux/vmlinuz" ] || fail "$DEMO has no demo OS (build the demo-linux target)"
}

require_root() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "SKIP: the virtual lab builds network namespaces and needs root"
        exit 77
    fi
    if ! ip netns add "btlab$$-probe" 2>/dev/null; then
        echo "SKIP: network namespaces are not available here"
        exit 77
    fi
    ip netns del "btlab$$-probe"
}

# lab_workspace NAME: a work folder WORK for one test, removed at exit, with
# a copy of the demo environment DEMO in $WORK/env (without its out/). On a
# failing exit the labs are ended and their logs, serial consoles, saved
# replies and the environment's dnsmasq log are kept in ARTIFACTS.
lab_workspace() {
    WORK=$(mktemp -d "/tmp/$1.XXXXXX")
    chmod 755 "$WORK"
    trap lab_finish EXIT
    trap 'exit 1' INT TERM
    cp -r "$DEMO" "$WORK/env"
    rm -rf "$WORK/env/out"
}

lab_finish() {
    local status=$?
    cleanup_labs
    if [ $status -ne 0 ]; then
        rm -rf "$ARTIFACTS" && mkdir -p "$ARTIFACTS"
        cp -r "$WORK"/run* "$WORK"/*.log "$ARTIFACTS"/ 2>/dev/null || true
        cp "$WORK/env/out/dnsmasq/dnsmasq.log" "$ARTIFACTS/dnsmasq.log" 2>/dev/null || true
        echo "logs and serial consoles kept in $ARTIFACTS" >&2
    fi
    rm -rf "$WORK"
    exit $status
}

# shellcheck shell=bash
# Helpers shared by the namespace tests: an environment for the lab's
# bridge, waiting for serve, reading its API, and the final checks.

# make_lab_environment DIR SIZE_MB: an environment whose OS "demo" is a
# kexec entry of SIZE_MB of random bytes in total, served on the lab bridge.
make_lab_environment() {
    local dir=$1 size_mb=$2
    mkdir -p "$dir/oss/demo"
    head -c $((size_mb * 1024 * 1024 / 4)) /dev/urandom >"$dir/oss/demo/vmlinuz"
    head -c $((size_mb * 1024 * 1024 * 3 / 4)) /dev/urandom >"$dir/oss/demo/initrd.img"
    cat >"$dir/oss/demo/config.yaml" <<EOY
dispname: "Demo"
method: kexec
kernel: vmlinuz
initrd: initrd.img
cmdline: "console=ttyS0 quiet"
EOY
    cat >"$dir/Boottorrent.yaml" <<EOY
boottorrent: {version: 0, timeout: 1, default_os: demo, seed_time: ${BT_E2E_SEED_TIME:-15}, host_ip: $LAB_HOST_IP, status_port: 8290}
dnsmasq: {enable_dhcp: true, interface: $LAB_BRIDGE, bind_interfaces: true,
          dhcp_range: "198.18.0.100,198.18.0.199,255.255.255.0,1h", enable_tftp: true}
opentracker: {enable: true, port: 10001}
aria2: {bt_enable_lpd: false, enable_peer_exchange: true, console_log_level: error}
EOY
}

# e2e_begin: skips unless root, makes $WORK, and on any exit tears the lab
# down, keeps the logs in $ARTIFACTS (when set) and checks nothing is left.
e2e_begin() {
    lab_require_root
    WORK=$(mktemp -d /tmp/bt-e2e.XXXXXX)
    chmod 755 "$WORK" # opentracker runs as nobody
    trap e2e_finish EXIT
    trap 'exit 1' INT TERM
}

# Paths outside $WORK that a test made; e2e_finish removes them too.
E2E_REMOVE=()

# e2e_finish [STATUS]: the EXIT trap; STATUS when a test's own trap calls it
# (default: the status the script is exiting with).
e2e_finish() {
    local status=${1:-$?}
    lab_down
    [ ${#E2E_REMOVE[@]} -eq 0 ] || rm -f -- "${E2E_REMOVE[@]}"
    if [ -n "${ARTIFACTS:-}" ]; then
        mkdir -p "$ARTIFACTS"
        cp -r "$WORK"/serve.* "$WORK"/c* "$ARTIFACTS"/ 2>/dev/null || true
    fi
    rm -rf "$WORK"
    lab_assert_clean || status=1
    exit $status
}

fail() {
    echo "FAIL: $*" >&2
    [ -n "${WORK:-}" ] && for f in "$WORK"/serve.out "$WORK"/serve.err; do
        [ -f "$f" ] && { echo "--- $f" >&2; tail -40 "$f" >&2; }
    done
    exit 1
}

# wait_for_serving PID LOG: until serve prints "serving", at most 60 s.
wait_for_serving() {
    local pid=$1 log=$2
    for _ in $(seq 1 600); do
        grep -q '^serving ' "$log" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || fail "boottorrent serve exited early"
        sleep 0.1
    done
    fail "boottorrent serve did not start serving within 60 s"
}

# api PATH: GET /api/v1/PATH from the host namespace.
api() {
    ip netns exec "$LAB_HOST_NS" curl -sf --max-time 5 "http://$LAB_HOST_IP:8290/api/v1/$1"
}

# wait_gone PID SECONDS
wait_gone() {
    local pid=$1 seconds=$2
    for _ in $(seq 1 $((seconds * 10))); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    return 1
}

# After lab_down: no namespace, link or process of this lab is left.
lab_assert_clean() {
    local ok=0
    if ip netns list | grep -q "^${LAB_ID}-"; then
        echo "FAIL: namespaces left: $(ip netns list | grep "^${LAB_ID}-" | tr '\n' ' ')" >&2
        ok=1
    fi
    return $ok
}

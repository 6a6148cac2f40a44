# shellcheck shell=bash
# A lab in network namespaces: one host namespace with a bridge and N client
# namespaces joined to it by veth pairs. Every address lies in
# 198.18.0.0/15 (reserved for benchmarks) and nothing touches the machine's
# own interfaces. Source this file; call lab_up N, then lab_down (also from a
# trap: it removes whatever exists, so it is safe after a half-built lab).

LAB_ID=${LAB_ID:-bt$$}
LAB_HOST_NS="${LAB_ID}-h"
LAB_BRIDGE=${LAB_BRIDGE:-bt-lab0}
LAB_HOST_IP=${LAB_HOST_IP:-198.18.0.1}
LAB_PREFIX=${LAB_PREFIX:-24}
LAB_CLIENTS=0
LAB_PIDS=()

lab_client_ns() { echo "${LAB_ID}-c$1"; }

lab_up() {
    local n=$1 i ns
    LAB_CLIENTS=$n
    ip netns add "$LAB_HOST_NS"
    ip -n "$LAB_HOST_NS" link set lo up
    ip -n "$LAB_HOST_NS" link add "$LAB_BRIDGE" type bridge
    ip -n "$LAB_HOST_NS" addr add "$LAB_HOST_IP/$LAB_PREFIX" dev "$LAB_BRIDGE"
    ip -n "$LAB_HOST_NS" link set "$LAB_BRIDGE" up
    for ((i = 1; i <= n; i++)); do
        ns=$(lab_client_ns "$i")
        ip netns add "$ns"
        ip -n "$ns" link set lo up
        # Created inside the host namespace, so no end ever appears in the
        # machine's own namespace.
        ip -n "$LAB_HOST_NS" link add "p$i" type veth peer name eth0 netns "$ns"
        ip -n "$LAB_HOST_NS" link set "p$i" master "$LAB_BRIDGE" up
        ip -n "$ns" link set eth0 address "$(printf '52:54:00:18:00:%02x' "$i")"
        ip -n "$ns" link set eth0 up
    done
}

# lab_shape RATE: limits every client link and the host's own traffic to RATE
# (e.g. 100mbit) in both directions. tbf queues up to its bucket (256 KiB)
# plus 50 ms of frames; with LAB_CLIENT_QUEUE set, what a client sends queues
# in a FIFO of that many frames instead, as in a NIC's transmit queue.
lab_shape() {
    local rate=$1 i ns
    for ((i = 1; i <= LAB_CLIENTS; i++)); do
        ns=$(lab_client_ns "$i")
        ip netns exec "$ns" tc qdisc replace dev eth0 root handle 1: tbf rate "$rate" burst 256kb latency 50ms
        if [ -n "${LAB_CLIENT_QUEUE:-}" ]; then
            ip netns exec "$ns" tc qdisc replace dev eth0 parent 1:1 handle 10: pfifo limit "$LAB_CLIENT_QUEUE"
        fi
        ip netns exec "$LAB_HOST_NS" tc qdisc replace dev "p$i" root tbf rate "$rate" burst 256kb latency 50ms
    done
    # Bridged client-to-client frames never pass the bridge device's qdisc,
    # so this shapes only what the host itself sends.
    ip netns exec "$LAB_HOST_NS" tc qdisc replace dev "$LAB_BRIDGE" root tbf rate "$rate" burst 256kb latency 50ms
}

# lab_spawn NS CMD...: starts CMD in namespace NS in the background and
# remembers its PID for lab_down.
lab_spawn() {
    local ns=$1
    shift
    ip netns exec "$ns" "$@" &
    LAB_PIDS+=($!)
    LAB_LAST_PID=$!
}

lab_down() {
    local pid ns
    for pid in "${LAB_PIDS[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${LAB_PIDS[@]}"; do
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    LAB_PIDS=()
    # Any process still inside one of our namespaces was started by us.
    for ns in $(ip netns list | awk '{print $1}' | grep -E "^${LAB_ID}-" || true); do
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null || true
        done
        ip netns del "$ns" 2>/dev/null || true
    done
}

lab_require_root() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "SKIP: this test builds network namespaces and needs root (run ctest as root)"
        exit 77
    fi
    if ! ip netns add "${LAB_ID}-probe" 2>/dev/null; then
        echo "SKIP: network namespaces are not available here (ip netns add failed)"
        exit 77
    fi
    ip netns del "${LAB_ID}-probe"
}

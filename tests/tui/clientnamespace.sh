# shellcheck shell=bash
# Sourced first by a bttui shell test whose cases need to know the MAC that bttui finds: runs
# the test again inside a client network namespace of its own (tests/e2e/netns-lab.sh: eth0
# with a fixed MAC, 198.18.0.2 and a default route to the lab host's bridge), where the
# loopback lab of lab.sh works unchanged, and tears the namespaces down afterwards, also after
# a failure. Inside, CLIENT_MAC is that MAC; where no namespace can be made (not root) the test
# runs where it is with CLIENT_MAC empty, and skips those cases.

if [ -z "${BTTUI_CLIENT_MAC+set}" ]; then
    # shellcheck source=../e2e/netns-lab.sh
    source "$(dirname "$0")/../e2e/netns-lab.sh"
    if [ "$(id -u)" = 0 ] && ip netns add "${LAB_ID}-probe" 2>/dev/null; then
        ip netns del "${LAB_ID}-probe"
        trap lab_down EXIT
        lab_up 1
        ip -n "$(lab_client_ns 1)" addr add 198.18.0.2/24 dev eth0
        ip -n "$(lab_client_ns 1)" route add default via "$LAB_HOST_IP"
        BTTUI_CLIENT_MAC=$(ip -n "$(lab_client_ns 1)" -br link show eth0 | awk '{print $3}') \
            ip netns exec "$(lab_client_ns 1)" "$0" "$@"
        exit $?
    fi
    echo "SKIP: no network namespace here (needs root): cases that need a known client MAC are left out"
    BTTUI_CLIENT_MAC=
fi
CLIENT_MAC=$BTTUI_CLIENT_MAC

# Runs the rest of the test only when the client's MAC is known; says so otherwise.
require_client_mac() {
    [ -n "$CLIENT_MAC" ] && return 0
    echo "SKIP: $1 (the client MAC is only known inside a network namespace)"
    return 1
}

#!/usr/bin/env bash
# Start Serving as a user, the real path: in a network namespace of its own
# and a polkit sandbox (polkit-sandbox.sh: a private system bus and polkitd,
# BootTorrent's action file, a rule that lets the user bttest in), bttest runs
# serve_via_polkit, which starts `boottorrent serve` through pkexec as the
# desktop app does, attaches to its admin API and stops it through the API.
#
#   tst_serve_polkit.sh POLICY_FILE SANDBOX_SCRIPT BOOTTORRENT SERVE_VIA_POLKIT
#
# Exit 0: passed; 1: failed; 77: skipped (not root, no pkexec, ...).
set -uo pipefail
POLICY=$1
SANDBOX=$2
BOOTTORRENT=$3
HELPER=$4
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root (network namespace, polkit sandbox)"; exit 77; }
command -v ip >/dev/null || { echo "SKIP: ip is not installed"; exit 77; }

NS=btpk$$
WORK=$(mktemp -d /tmp/bt-polkit-serve.XXXXXX)
cleanup() {
    # Whatever still runs in the namespace was started by this test.
    local pids
    pids=$(ip netns pids "$NS" 2>/dev/null)
    [ -n "$pids" ] && kill -KILL $pids 2>/dev/null
    ip netns del "$NS" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

ip netns add "$NS" || fail "cannot create network namespace $NS"
ip -n "$NS" link set lo up || fail "cannot bring up lo in $NS"

# A lab on the namespace's loopback: tracker and seeder, no DHCP or TFTP.
ENV=$WORK/env
mkdir -p "$ENV/oss/tool"
cat >"$ENV/Boottorrent.yaml" <<'YAML'
boottorrent: {version: 0, timeout: 5, default_os: tool, seed_time: 30, host_ip: 127.0.0.1}
dnsmasq: {enable_dhcp: false, interface: lo, bind_interfaces: true,
          dhcp_range: "127.0.0.50,127.0.0.150,255.0.0.0,12h", enable_tftp: false}
opentracker: {enable: true}
aria2: {bt_enable_lpd: false, enable_peer_exchange: true, console_log_level: error}
YAML
echo '{dispname: Tool, method: bin, bin: run}' >"$ENV/oss/tool/config.yaml"
printf '#!/bin/sh\necho tool\n' >"$ENV/oss/tool/run"
"$BOOTTORRENT" build --phase1 "$WORK/no-phase1" "$ENV" >"$WORK/build.log" 2>&1 \
    || fail "boottorrent build: $(tail -3 "$WORK/build.log")"
# bttest reads the environment; serve (root) writes out/.
chmod -R a+rX "$WORK"

# The lab's address is 127.0.0.1: the admin API takes another loopback address.
ip netns exec "$NS" bash "$SANDBOX" "$POLICY" "$BOOTTORRENT" -- \
    "$HELPER" "$BOOTTORRENT" "$ENV" --phase1 "$WORK/no-phase1" --admin 127.0.0.2
status=$?
[ $status -eq 77 ] && exit 77
[ $status -eq 0 ] || fail "serve through polkit (status $status)"

# serve ended: nothing of it is left in the namespace.
for _ in $(seq 50); do
    [ -z "$(ip netns pids "$NS")" ] && break
    sleep 0.1
done
[ -z "$(ip netns pids "$NS")" ] || fail "processes left in $NS: $(ip netns pids "$NS" | xargs)"
echo "PASS"

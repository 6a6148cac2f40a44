#!/usr/bin/env bash
# Slow and stuck clients flagged, in a namespace lab with short alert
# thresholds. Seven clients:
#   1-3  healthy: boot all the way, never flagged; an ETA while downloading,
#   4    leases an address and never asks for the boot file: red,
#   5    its bttui and btfetch are stopped (SIGSTOP by PID) mid-download:
#        amber "no progress", then red,
#   6    its link is throttled to a tenth mid-download: amber "slow",
#   7    fetches the boot loader and stops there: red "Phase 1".
# Every state is read from serve's admin API with the token serve names.
#
#   tst_serve_alerts.sh BOOTTORRENT BTTUI [ARTIFACT_DIR]
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -euo pipefail
BOOTTORRENT=$1
BTTUI=$2
ARTIFACTS=${3:-}
N=7
SIZE_MB=${BT_E2E_SIZE_MB:-48}
RATE=8mbit # every client while healthy: a download that lasts ~50 s
SLOW_RATE=800kbit
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/simulated-client.sh"
source "$E2E_DIR/lab-environment.sh"

# Background client runs of this test (bash jobs in this namespace); ended
# by PID on any exit, before the lab goes.
CLIENT_JOBS=()
STOPPED=()
alerts_finish() {
    local status=$? pid
    for pid in "${STOPPED[@]}"; do kill -CONT "$pid" 2>/dev/null || true; done
    for pid in "${CLIENT_JOBS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    # Passed on, not re-raised: under set -e a failing "(exit 1)" here ended the trap before the
    # lab was torn down, leaving serve, its services and the namespaces behind.
    e2e_finish "$status"
}

e2e_begin
trap alerts_finish EXIT

BT_E2E_SEED_TIME=5 make_lab_environment "$WORK/env" "$SIZE_MB"
cat >>"$WORK/env/Boottorrent.yaml" <<'EOY'
alerts: {lease_to_boot_file: 8, boot_file_to_phase1: 25, no_progress: 15, no_progress_red: 30,
         slow_percent: 40, booting: 300}
EOY
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null

lab_up "$N"
# Each client's link shaped in both directions; the host itself is not, so
# every healthy client downloads at its link's rate.
shape() {
    local i=$1 rate=$2
    ip netns exec "$(lab_client_ns "$i")" tc qdisc replace dev eth0 root tbf rate "$rate" burst 32kb latency 50ms
    ip netns exec "$LAB_HOST_NS" tc qdisc replace dev "p$i" root tbf rate "$rate" burst 32kb latency 50ms
}
for ((i = 1; i <= N; i++)); do shape "$i" "$RATE"; done

lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"
read -r admin_port token_file < <(sed -n 's/^admin API on port \([0-9]*\), token in \([^,]*\), runtime file .*$/\1 \2/p' "$WORK/serve.out")
[ -n "${admin_port:-}" ] && [ -f "$token_file" ] || fail "serve named no admin API: $(cat "$WORK/serve.out")"
token=$(cat "$token_file")
clients() {
    ip netns exec "$LAB_HOST_NS" curl -sf --max-time 5 -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$admin_port/api/v1/clients"
}
mac_of() { printf '52:54:00:18:00:%02x' "$1"; }
# field JSON I JQ: JQ applied to client I's row.
field() { jq -r --arg mac "$(mac_of "$2")" ".clients[] | select(.mac == \$mac) | $3" <<<"$1"; }

for i in 1 2 3 5 6; do
    client_boot "$(lab_client_ns "$i")" "$WORK/c$i" "$LAB_HOST_IP" "$BTTUI" >"$WORK/c$i.out" 2>&1 &
    CLIENT_JOBS+=($!)
done
# 4: the PXE ROM's DHCP only, as a machine that then boots from its disk.
mkdir -p "$WORK/c4" "$WORK/c7/tftp"
ip netns exec "$(lab_client_ns 4)" python3 "$E2E_DIR/pxe-dhcp.py" eth0 >"$WORK/c4/dhcp.out" 2>"$WORK/c4/dhcp.log" ||
    fail "client 4 got no lease: $(cat "$WORK/c4/dhcp.log")"
# 7: DHCP and the boot loader, then nothing (a loader that hangs).
ip netns exec "$(lab_client_ns 7)" python3 "$E2E_DIR/pxe-dhcp.py" eth0 >"$WORK/c7/dhcp.out" 2>"$WORK/c7/dhcp.log" ||
    fail "client 7 got no lease: $(cat "$WORK/c7/dhcp.log")"
ip7=$(sed -n 's/^ip=//p' "$WORK/c7/dhcp.out")
prefix7=$(sed -n 's/^prefix=//p' "$WORK/c7/dhcp.out")
bootfile7=$(sed -n 's/^bootfile=//p' "$WORK/c7/dhcp.out")
ip -n "$(lab_client_ns 7)" addr add "$ip7/$prefix7" dev eth0
ip netns exec "$(lab_client_ns 7)" busybox tftp -g -r "$bootfile7" -l "$WORK/c7/tftp/boot" "$LAB_HOST_IP" ||
    fail "client 7 could not fetch $bootfile7"

# Clients 5 and 6 downloading: 5 is frozen, 6's link drops to a tenth.
for ((t = 0; t < 120; t++)); do
    json=$(clients || true)
    [ "$(field "$json" 5 .state)" = downloading ] && [ "$(field "$json" 6 .state)" = downloading ] && break
    sleep 0.5
done
[ "$(field "$json" 5 .state)" = downloading ] && [ "$(field "$json" 6 .state)" = downloading ] ||
    fail "clients 5 and 6 did not start downloading within 60 s: $json"
for pid in $(ip netns pids "$(lab_client_ns 5)"); do
    kill -STOP "$pid" && STOPPED+=("$pid")
done
[ ${#STOPPED[@]} -ge 2 ] || fail "client 5 runs no bttui and btfetch to stop (PIDs: ${STOPPED[*]:-none})"
shape 6 "$SLOW_RATE"
echo "ok: client 5 stopped (PIDs ${STOPPED[*]}), client 6 throttled to $SLOW_RATE"

# Poll until every expected flag is up, at most 90 s; a healthy client
# flagged at any poll fails the test at once.
want_done() {
    # Client 5 may look slow first: its kernel still takes in what fits its socket buffers.
    [ "$(field "$1" 4 .alert.level)" = red ] && [ "$(field "$1" 7 .alert.level)" = red ] &&
        [[ $(field "$1" 5 .alert.reason) == "no progress for "* ]] && [ "$(field "$1" 6 .alert.level)" = amber ]
}
eta_seen=0 slow_seen=''
for ((t = 0; t < 90; t++)); do
    json=$(clients || true)
    echo "$json" >"$WORK/serve.clients.json"
    for i in 1 2 3; do
        level=$(field "$json" "$i" .alert.level)
        [ "$level" = none ] || [ -z "$level" ] || fail "healthy client $i is flagged $level: $(field "$json" "$i" .alert.reason)"
        [ "$(field "$json" "$i" .state)" = downloading ] && [ "$(field "$json" "$i" '.etaSeconds // -1')" -gt 0 ] && eta_seen=1
    done
    # Slow is measured against clients still downloading: note it when it shows.
    [ "$(field "$json" 6 .alert.level)" = amber ] && slow_seen=$(field "$json" 6 .alert.reason)
    [ -n "$slow_seen" ] && want_done "$json" && break
    sleep 1
done
echo "flags: $(jq -c '[.clients[] | {mac, state, level: .alert.level, reason: .alert.reason, eta: .etaSeconds}]' <<<"$json")"

reason4=$(field "$json" 4 .alert.reason)
[ "$(field "$json" 4 .alert.level)" = red ] && [[ $reason4 == *"never asked for the boot file: is network boot first in its firmware?"* ]] ||
    fail "client 4 (lease only) is not red for the boot file: $(field "$json" 4 .alert)"
reason7=$(field "$json" 7 .alert.reason)
[ "$(field "$json" 7 .alert.level)" = red ] && [[ $reason7 == "loading Phase 1 for "*"check the TFTP log"* ]] ||
    fail "client 7 (loader only) is not red for Phase 1: $(field "$json" 7 .alert)"
[[ $(field "$json" 5 .alert.reason) == "no progress for "*"is its link up? see the swarm panel" ]] ||
    fail "client 5 (stopped) is not flagged for no progress: $(field "$json" 5 .alert)"
[[ $slow_seen == "downloading at "*"of the room's median"*"check its link, cable and switch port" ]] ||
    fail "client 6 (throttled) was never amber for its rate: $(field "$json" 6 .alert)"
[ $eta_seen -eq 1 ] || fail "no healthy client showed an ETA while downloading"
echo "ok: lease only red, loader only red, stopped flagged, throttled amber ($slow_seen), healthy clients not flagged, ETA shown"

# The stopped client turns red after no_progress_red.
for ((t = 0; t < 40; t++)); do
    json=$(clients || true)
    [ "$(field "$json" 5 .alert.level)" = red ] && break
    sleep 1
done
[ "$(field "$json" 5 .alert.level)" = red ] || fail "client 5 did not turn red after 30 s without progress: $(field "$json" 5 .alert)"
echo "ok: client 5 red after no_progress_red: $(field "$json" 5 .alert.reason)"

# `boottorrent status` prints a line per flagged client.
status_text=$(ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" status "$WORK/env") || fail "boottorrent status failed"
echo "$status_text" >"$WORK/serve.status.txt"
grep -q "^RED $(mac_of 4) .*never asked for the boot file" <<<"$status_text" || fail "status shows no red line for client 4: $status_text"
grep -q "^RED $(mac_of 5) .*no progress for" <<<"$status_text" || fail "status shows no red line for client 5: $status_text"
grep -Eq "^(AMBER|RED) $(mac_of 1) " <<<"$status_text" && fail "status flags healthy client 1: $status_text"
grep -q "ETA" <<<"$status_text" || fail "status has no ETA column: $status_text"
echo "ok: boottorrent status lists the flagged clients"

# Healthy clients boot all the way.
for i in 1 2 3; do
    for ((t = 0; t < 120; t++)); do
        [ "$(field "$(clients || true)" "$i" .state)" = booted ] && break
        sleep 1
    done
    json=$(clients || true)
    [ "$(field "$json" "$i" .state)" = booted ] || fail "healthy client $i is $(field "$json" "$i" .state), not booted"
    [ "$(field "$json" "$i" .alert.level)" = none ] || fail "booted client $i is flagged: $(field "$json" "$i" .alert)"
done
echo "PASS: slow and stuck clients flagged in the namespace lab, healthy ones not"

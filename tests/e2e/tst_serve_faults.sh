#!/usr/bin/env bash
# Faults while serving, in a namespace lab:
#  1. the tracker's port is already taken: serve says so, exits 2 and leaves
#     nothing running;
#  2. the aria2c seeder and dnsmasq are killed with SIGKILL while clients
#     download: both are back within 5 s, a client that arrives afterwards
#     still gets its lease, and every client completes. A local user's link
#     at the tracker folder's old, predictable name is neither followed nor
#     removed;
#  3. serve killed with SIGKILL: its children go with it, except dnsmasq,
#     which dropped its privileges (and so the parent-death signal); the next
#     serve of the environment ends it and starts.
#
#   tst_serve_faults.sh BOOTTORRENT BTTUI [ARTIFACT_DIR]
set -euo pipefail
BOOTTORRENT=$1
BTTUI=$2
ARTIFACTS=${3:-}
N=3
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/simulated-client.sh"
source "$E2E_DIR/lab-environment.sh"

e2e_begin

BT_E2E_SEED_TIME=30 make_lab_environment "$WORK/env" 48
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
lab_up "$N"
lab_shape 40mbit

# 1. The tracker's port is taken.
lab_spawn "$LAB_HOST_NS" busybox nc -l -p 10001
BLOCKER=$LAB_LAST_PID
for _ in $(seq 100); do
    [ -n "$(ip netns exec "$LAB_HOST_NS" ss -Hltn "sport = :10001")" ] && break
    sleep 0.1
done
set +e
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.taken.out" 2>"$WORK/serve.taken.err"
status=$?
set -e
[ $status -eq 2 ] || fail "serve with the tracker port taken exited $status, expected 2"
grep -q "10001" "$WORK/serve.taken.err" || fail "the error does not name the port: $(cat "$WORK/serve.taken.err")"
[ "$(wc -l <"$WORK/serve.taken.err")" -le 3 ] || fail "expected a short error, got: $(cat "$WORK/serve.taken.err")"
left=$(ip netns pids "$LAB_HOST_NS" | grep -vx "$BLOCKER" || true)
[ -z "$left" ] || fail "processes left after the refused start: $(ps -o pid,comm -p "$left" | tail -n +2)"
echo "ok: a taken tracker port is refused: $(head -1 "$WORK/serve.taken.err")"
kill "$BLOCKER"
wait "$BLOCKER" 2>/dev/null || true

# 2. Services die while clients download. Beforehand, a local user plants a
#    link where serve once made opentracker's folder (and removed it as root).
planted="${TMPDIR:-/tmp}/boottorrent-tracker-$(printf '%s' "$WORK/env" | sha1sum | cut -c1-12)"
mkdir -p "$WORK/victim" && echo precious >"$WORK/victim/file" && chmod 700 "$WORK/victim"
ln -sfn "$WORK/victim" "$planted"
E2E_REMOVE+=("$planted")
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"

child_pid() { pgrep -P "$SERVE_PID" -x "$1" | head -1; }

pids=()
for ((i = 1; i < N; i++)); do
    client_boot "$(lab_client_ns "$i")" "$WORK/c$i" "$LAB_HOST_IP" "$BTTUI" &
    pids+=($!)
done
# Kill once the clients are downloading: every one past its TFTP transfers
# (a PXE ROM would retry those; busybox tftp here does not), one downloading.
for _ in $(seq 1 300); do
    api clients | jq -e --argjson n $((N - 1)) '
        ([.clients[] | select(.state | IN("phase1-up", "menu", "downloading", "sharing", "booting", "booted"))]
            | length >= $n) and ([.clients[] | select(.state == "downloading")] | length > 0)' >/dev/null 2>&1 && break
    sleep 0.1
done
old_aria2=$(child_pid aria2c)
old_dnsmasq=$(child_pid dnsmasq)
[ -n "$old_aria2" ] && [ -n "$old_dnsmasq" ] || fail "aria2c or dnsmasq is not a child of serve"
kill -KILL "$old_aria2" "$old_dnsmasq"
killed_at=$(date +%s.%N)
new_aria2=""
new_dnsmasq=""
for _ in $(seq 1 50); do
    new_aria2=$(child_pid aria2c || true)
    new_dnsmasq=$(child_pid dnsmasq || true)
    [ -n "$new_aria2" ] && [ "$new_aria2" != "$old_aria2" ] && [ -n "$new_dnsmasq" ] && [ "$new_dnsmasq" != "$old_dnsmasq" ] && break
    sleep 0.1
done
back=$(awk -v a="$killed_at" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
[ -n "$new_aria2" ] && [ "$new_aria2" != "$old_aria2" ] || fail "aria2c was not restarted within 5 s"
[ -n "$new_dnsmasq" ] && [ "$new_dnsmasq" != "$old_dnsmasq" ] || fail "dnsmasq was not restarted within 5 s"
echo "ok: aria2c and dnsmasq were back after ${back} s"

# A client that powers on after the restart still gets its lease and OS.
client_boot "$(lab_client_ns "$N")" "$WORK/c$N" "$LAB_HOST_IP" "$BTTUI" &
pids+=($!)
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ $failed -eq 0 ] || fail "a client did not complete after the services were killed"
for ((i = 1; i <= N; i++)); do
    diff -r "$WORK/env/oss/demo" "$WORK/c$i/torrents/demo" >/dev/null || fail "client $i holds different bytes"
done
grep -qi "restart" "$WORK/serve.err" || fail "serve did not report the restarts"
booted=$(api clients | jq '[.clients[] | select(.state == "booted")] | length')
[ "$booted" -eq "$N" ] || fail "$booted of $N clients booted"

kill -TERM "$SERVE_PID"
wait_gone "$SERVE_PID" 10 || fail "boottorrent serve did not stop within 10 s of SIGTERM"
[ -z "$(ip netns pids "$LAB_HOST_NS")" ] || fail "processes left in the host namespace after stop"
[ "$(cat "$WORK/victim/file" 2>/dev/null)" = precious ] || fail "serve removed what the planted link pointed to"
[ "$(stat -c %a "$WORK/victim")" = 700 ] || fail "serve changed the permissions of what the planted link pointed to"
[ -L "$planted" ] || fail "serve removed a link it did not make"
echo "ok: services recover from SIGKILL and every client completes"

# 3. serve itself killed with SIGKILL.
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"
old_dnsmasq=$(child_pid dnsmasq)
[ -n "$old_dnsmasq" ] || fail "no dnsmasq under serve"
kill -KILL "$SERVE_PID"
wait_gone "$SERVE_PID" 10 || fail "serve did not die"
# The kernel kills the children with serve (their death signal): give it up to 10 s.
outlivers() {
    for program in aria2c opentracker; do
        for pid in $(pgrep -x "$program" || true); do
            tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$WORK" && echo "$program"
        done
    done
    return 0
}
for _ in $(seq 100); do [ -z "$(outlivers)" ] && break; sleep 0.1; done
[ -z "$(outlivers)" ] || fail "$(outlivers | head -1) outlived a killed serve"
if kill -0 "$old_dnsmasq" 2>/dev/null; then echo "dnsmasq $old_dnsmasq outlived the killed serve"; fi
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"
kill -0 "$old_dnsmasq" 2>/dev/null && fail "the next serve left the old dnsmasq $old_dnsmasq running"
[ -n "$(child_pid dnsmasq)" ] || fail "the next serve runs no dnsmasq of its own"
kill -TERM "$SERVE_PID"
wait_gone "$SERVE_PID" 10 || fail "boottorrent serve did not stop within 10 s of SIGTERM"
[ -z "$(ip netns pids "$LAB_HOST_NS")" ] || fail "processes left in the host namespace after stop"
echo "PASS: services recover from SIGKILL, every client completes, and nothing outlives a killed serve"

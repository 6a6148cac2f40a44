#!/usr/bin/env bash
# The host's part of a client's end game, in a namespace lab with the real
# `boottorrent serve` and two btfetch clients. Client 2, on a link at a
# hundredth of the others', starts first and holds pieces nobody else has;
# client 1 then lacks, at its end, pieces only client 2 holds and sends
# slowly. btfetch asks the host's web seed for them instead of waiting
# (client-tui/engine/hostpieces.cpp: the end-game and stale-queue rules).
# Passes when client 1's log says it asked the host for pieces its peer held,
# client 1 holds the image while client 2 still downloads, and the web seed
# sent some pieces twice.
#
#   tst_host_end_game.sh BOOTTORRENT BTFETCH [ARTIFACT_DIR]
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -euo pipefail
BOOTTORRENT=$1
BTFETCH=$2
ARTIFACTS=${3:-}
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/lab-environment.sh"

e2e_begin

# 4 MiB: 256 pieces of 16 KiB. Client 2 at 400 kbit/s needs over a minute.
make_lab_environment "$WORK/env" 4
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
TORRENT=$(find "$WORK/env/out" -name 'demo.torrent' | head -1)
[ -n "$TORRENT" ] || fail "the build made no demo.torrent"

lab_up 2
# Static addresses below the DHCP range: the clients run btfetch alone, without a lease.
for i in 1 2; do
    ip -n "$(lab_client_ns "$i")" addr add "198.18.0.$((10 + i))/24" brd + dev eth0
done
lab_shape 40mbit
ip netns exec "$(lab_client_ns 2)" tc qdisc replace dev eth0 root tbf rate 400kbit burst 16kb latency 100ms
ip netns exec "$LAB_HOST_NS" tc qdisc replace dev p2 root tbf rate 400kbit burst 16kb latency 100ms
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
wait_for_serving "$LAB_LAST_PID" "$WORK/serve.out"

# fetch N: btfetch in client N's namespace, as bttui runs it.
fetch() {
    mkdir -p "$WORK/c$1"
    lab_spawn "$(lab_client_ns "$1")" "$BTFETCH" --torrent "$TORRENT" --dir "$WORK/c$1/data" \
        --status "$WORK/c$1/status.json" --log "$WORK/c$1/btfetch.log" --web-seed pieces \
        --seed-time 60 >"$WORK/c$1/out" 2>&1
}
# status_of N KEY: a key of client N's status file.
status_of() { jq -r ".$2 // empty" "$WORK/c$1/status.json" 2>/dev/null || true; }

fetch 2
for _ in $(seq 1 300); do
    [ "$(status_of 2 done)" -ge $((128 * 1024)) ] 2>/dev/null && break
    sleep 0.1
done
[ "$(status_of 2 done)" -ge $((128 * 1024)) ] 2>/dev/null ||
    fail "client 2 held no 128 KiB within 30 s: $(cat "$WORK/c2/status.json" 2>/dev/null)"
echo "ok: client 2 holds $(status_of 2 done) bytes on its slow link"

fetch 1
for _ in $(seq 1 600); do
    [ "$(status_of 1 state)" = seeding ] && break
    sleep 0.1
done
[ "$(status_of 1 state)" = seeding ] ||
    fail "client 1 did not finish within 60 s: $(cat "$WORK/c1/status.json" 2>/dev/null)"
[ "$(status_of 2 state)" = downloading ] ||
    fail "client 2 is $(status_of 2 state), not still downloading: the test's slow link did not hold"
diff -r "$WORK/env/oss/demo" "$WORK/c1/data/demo" >/dev/null || fail "client 1 holds other bytes than the host"
echo "ok: client 1 holds the image while client 2 still downloads"

grep -E "host pieces: (end game: the last|[0-9]+ pieces? on their way from slow peers)" "$WORK/c1/btfetch.log" ||
    fail "client 1 never asked the host for pieces its peer held: $(grep 'host pieces' "$WORK/c1/btfetch.log" | head -5)"
repeated=$(api swarm | jq '.webSeedRepeated')
[ "${repeated:-0}" -gt 0 ] || fail "the web seed sent no piece twice: $(api swarm)"
echo "PASS: client 1 took from the host what only its slow peer held ($repeated bytes sent twice)"

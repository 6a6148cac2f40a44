#!/bin/bash
# Records genuine btfetch status files (client-tui/engine) in each state, while btfetch fetches a
# mktorrent torrent from an aria2c seeder found through opentracker, so tst_enginestatus can
# replay them. Everything listens on 127.0.0.1 only.
#
# usage: tests/tui/data/record-btfetch-status.sh BTFETCH [output-dir]
# writes btfetch-status-<state>.json (the first file seen in each state)
set -euo pipefail

btfetch=$(realpath "$1")
out=$(realpath "${2:-$(dirname "$0")}")
work=$(mktemp -d)
pids=()

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

freeport() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Copies the status file once per state it has not been seen in; until btfetch ($1) ends.
record() {
    local pid=$1 state
    for _ in $(seq 3000); do
        if [ -f "$work/status" ]; then
            cp "$work/status" "$work/snapshot" 2>/dev/null || true
            state=$(sed -n 's/.*"state":"\([a-z]*\)".*/\1/p' "$work/snapshot")
            [ -n "$state" ] && [ ! -e "$out/btfetch-status-$state.json" ] &&
                cp "$work/snapshot" "$out/btfetch-status-$state.json"
        fi
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.02
    done
}

trackerport=$(freeport)
mkdir -p "$work/seed/demo-os" "$work/leech" "$work/tracker"
head -c 60000000 /dev/urandom >"$work/seed/demo-os/disk.img"
head -c 200000 /dev/urandom >"$work/seed/demo-os/vmlinuz"
mktorrent -l 18 -a "http://127.0.0.1:$trackerport/announce" -o "$work/demo-os.torrent" "$work/seed/demo-os" >/dev/null
aria2c -S "$work/demo-os.torrent" | sed -n 's/^Info Hash: //p' >"$work/tracker/whitelist"

opentracker -i 127.0.0.1 -p "$trackerport" -P "$trackerport" -d "$work/tracker" -w whitelist &
pids+=($!)
aria2c --enable-dht=false --bt-enable-lpd=false --console-log-level=warn --summary-interval=0 \
    --dir="$work/seed" --check-integrity=true --seed-ratio=0.0 --listen-port="$(freeport)" \
    "$work/demo-os.torrent" >"$work/seed.log" 2>&1 &
pids+=($!)
sleep 2

rm -f "$out"/btfetch-status-*.json
# starting, downloading, seeding, stopped: a fetch that seeds for a second.
"$btfetch" --torrent "$work/demo-os.torrent" --dir "$work/leech" --status "$work/status" \
    --seed-time 1 --listen-port 0 >"$work/btfetch.log" 2>&1 &
pids+=($!)
record $!
# checking: the same data again.
rm -f "$work/status"
"$btfetch" --torrent "$work/demo-os.torrent" --dir "$work/leech" --status "$work/status" \
    --seed-time 0 --listen-port 0 >>"$work/btfetch.log" 2>&1 &
pids+=($!)
record $!
# error: a torrent that is none.
rm -f "$work/status"
printf 'd8:announce3:bad4:infoi7ee' >"$work/broken.torrent"
"$btfetch" --torrent "$work/broken.torrent" --dir "$work/leech" --status "$work/status" \
    >>"$work/btfetch.log" 2>&1 &
pids+=($!)
record $!
ls "$out"/btfetch-status-*.json

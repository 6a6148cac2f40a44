#!/bin/bash
# Records genuine aria2 JSON-RPC replies while an aria2c seeder serves a small
# mktorrent torrent to a rate-limited aria2c leecher through opentracker, so
# tst_aria2rpc can replay them. Everything listens on 127.0.0.1 only.
#
# usage: tests/data/record-aria2-replies.sh [output-dir]
# writes aria2-<method>.json (one raw reply each)
set -euo pipefail

out=$(realpath "${1:-$(dirname "$0")}")
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

trackerport=$(freeport)
rpcport=$(freeport)
seedport=$(freeport)
leechport=$(freeport)
secret=recorded-secret

mkdir -p "$work/seed/demo-os" "$work/leech" "$work/tracker"
head -c 3000000 /dev/urandom >"$work/seed/demo-os/disk.img"
head -c 200000 /dev/urandom >"$work/seed/demo-os/vmlinuz"
mktorrent -l 18 -a "http://127.0.0.1:$trackerport/announce" -o "$work/demo-os.torrent" "$work/seed/demo-os" >/dev/null
infohash=$(aria2c -S "$work/demo-os.torrent" | sed -n 's/^Info Hash: //p')
echo "$infohash" >"$work/tracker/whitelist"

opentracker -i 127.0.0.1 -p "$trackerport" -P "$trackerport" -d "$work/tracker" -w whitelist &
pids+=($!)

common=(--enable-dht=false --enable-dht6=false --bt-enable-lpd=false --enable-peer-exchange=false
    --interface=127.0.0.1 --console-log-level=warn --summary-interval=0 --bt-tracker-interval=1
    --bt-tracker-connect-timeout=3 --bt-tracker-timeout=3)

aria2c "${common[@]}" --enable-rpc --rpc-listen-port="$rpcport" --rpc-secret="$secret" \
    --dir="$work/seed" --check-integrity=true --seed-ratio=0.0 --listen-port="$seedport" \
    "$work/demo-os.torrent" >"$work/seed.log" 2>&1 &
pids+=($!)

rpc() { # <method> [params json, after the token]
    local params="\"token:$secret\"${2:+,$2}"
    curl -s --max-time 3 -d "{\"jsonrpc\":\"2.0\",\"id\":\"rec\",\"method\":\"$1\",\"params\":[$params]}" \
        "http://127.0.0.1:$rpcport/jsonrpc"
}

for _ in $(seq 50); do
    rpc aria2.getVersion >/dev/null 2>&1 && break
    sleep 0.2
done
sleep 2 # let the seeder announce itself first

aria2c "${common[@]}" --dir="$work/leech" --max-download-limit=250K --seed-time=0 \
    --listen-port="$leechport" "$work/demo-os.torrent" >"$work/leech.log" 2>&1 &
pids+=($!)

gid=""
for _ in $(seq 100); do
    sleep 0.2
    active=$(rpc aria2.tellActive)
    gid=$(python3 -c 'import json,sys; r=json.load(sys.stdin)["result"]; print(r[0]["gid"] if r else "")' <<<"$active")
    peers=$(rpc aria2.getPeers "\"$gid\"")
    if python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["result"] else 1)' <<<"$peers"; then
        break
    fi
done
sleep 4 # the leecher holds part of the torrent now

rpc aria2.getVersion >"$out/aria2-getVersion.json"
rpc aria2.getGlobalStat >"$out/aria2-getGlobalStat.json"
keys='["gid","status","infoHash","totalLength","completedLength","uploadLength","downloadSpeed","uploadSpeed","connections","numSeeders","seeder","pieceLength","numPieces","bittorrent"]'
rpc aria2.tellActive "$keys" >"$out/aria2-tellActive.json"
rpc aria2.getPeers "\"$gid\"" >"$out/aria2-getPeers.json"
rpc aria2.tellWaiting "0,100,$keys" >"$out/aria2-tellWaiting.json"
curl -s --max-time 3 -d '{"jsonrpc":"2.0","id":"rec","method":"aria2.tellActive","params":["token:wrong"]}' \
    "http://127.0.0.1:$rpcport/jsonrpc" >"$out/aria2-error-unauthorized.json" || true
echo "$infohash" >"$out/aria2-infohash.txt"
echo "recorded into $out (info-hash $infohash)"

#!/bin/bash
# Records genuine opentracker scrape replies while curl announces seeders and
# leechers for two whitelisted info-hashes, so tst_trackermonitor can replay
# them. opentracker listens on 127.0.0.1 only.
#
# usage: tests/data/record-opentracker-scrape.sh [output-dir]
# writes opentracker-scrape-<case>.bencode (one raw reply body each) and
# opentracker-infohashes.txt (the two hashes, hex)
set -euo pipefail

out=$(realpath "${1:-$(dirname "$0")}")
work=$(mktemp -d)
pid=""

cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

freeport() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
urlhash() { # <hex> -> the 20 raw bytes, percent-encoded
    python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(bytes.fromhex(sys.argv[1]), safe=""))' "$1"
}

# Fixed hashes, so the recordings do not change from one run to the next.
a=$(printf 'boottorrent demo-os' | sha1sum | cut -d' ' -f1)
b=$(printf 'boottorrent freedos' | sha1sum | cut -d' ' -f1)
port=$(freeport)
mkdir "$work/tracker"
printf '%s\n%s\n' "$a" "$b" >"$work/tracker/whitelist"
# opentracker refuses to run as root; as nobody it must be able to read its folder.
chmod 755 "$work" "$work/tracker"
chmod 644 "$work/tracker/whitelist"
run=(opentracker -i 127.0.0.1 -p "$port" -P "$port" -d "$work/tracker" -w whitelist)
if [ "$(id -u)" = 0 ]; then
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups "${run[@]}")
fi
"${run[@]}" >"$work/tracker.log" 2>&1 &
pid=$!

base="http://127.0.0.1:$port"
for _ in $(seq 50); do
    curl -s --max-time 1 -o /dev/null "$base/scrape?info_hash=$(urlhash "$a")" && break
    sleep 0.1
done

announce() { # <hex> <peer id, 20 chars> <port> <left> [event]
    curl -s --max-time 3 -o /dev/null \
        "$base/announce?info_hash=$(urlhash "$1")&peer_id=$2&port=$3&uploaded=0&downloaded=0&left=$4&compact=1${5:+&event=$5}"
}
scrape() { # <file> <hex>...
    local file=$1 query=""
    shift
    for hash in "$@"; do
        query+="${query:+&}info_hash=$(urlhash "$hash")"
    done
    curl -s --max-time 3 -o "$out/$file" "$base/scrape?$query"
}

scrape opentracker-scrape-unknown.bencode "$a"
announce "$a" -BT0001-seeder000001 6881 0 started
announce "$a" -BT0001-leecher00001 6882 1000 started
scrape opentracker-scrape-one.bencode "$a"
announce "$a" -BT0001-leecher00001 6882 0 completed
announce "$b" -BT0001-leecher00002 6883 5000 started
scrape opentracker-scrape-two.bencode "$a" "$b"
scrape opentracker-scrape-invalid.html "00"
printf '%s\n%s\n' "$a" "$b" >"$out/opentracker-infohashes.txt"
echo "recorded into $out"

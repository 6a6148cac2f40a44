#!/bin/bash
# btfetch, BootTorrent's client engine, on loopback with a real opentracker: two clients fetch an
# 8 MiB file from a third that seeds it, each status file goes downloading -> seeding -> stopped,
# the bytes are the seeder's; existing data is checked and reused; SIGTERM and a vanished
# --stop-with-pid end it within a second; bad input gives exit 2 (command line) or state "error"
# and exit 1. Every process is killed by PID on exit, every wait is bounded.
source "$(dirname "$0")/lab.sh"
BTFETCH=$(readlink -f "$1")

# The value of a numeric or string key in a status file.
status_value() {
    sed -n "s/.*\"$2\":\"\{0,1\}\([^,\"]*\)\"\{0,1\}[,}].*/\1/p" "$1" 2>/dev/null
}

# Waits up to $3 seconds until status file $1 shows state $2.
wait_state() {
    for _ in $(seq $(($3 * 20))); do
        [ "$(status_value "$1" state)" = "$2" ] && return 0
        sleep 0.05
    done
    cat "$1" >&2
    fail "$1 never showed state $2"
}

# Waits up to $2 seconds for process $1 to end; its exit status in $status.
wait_exit() {
    for _ in $(seq $(($2 * 100))); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.01
    done
    kill -0 "$1" 2>/dev/null && fail "process $1 still runs after $2 s"
    wait "$1"
    status=$?
}

# Sends signal $2 to process $1 (or, with $2 = "-", waits for it): it must exit 0 within a second
# leaving state stopped in status file $3.
expect_prompt_stop() {
    local pid=$1 signal=$2 file=$3 start elapsed_ms
    start=$(date +%s%N)
    [ "$signal" = - ] || kill "-$signal" "$pid"
    wait_exit "$pid" 3
    elapsed_ms=$((($(date +%s%N) - start) / 1000000))
    [ "$status" = 0 ] || fail "$file: exit status $status after the stop"
    [ "$elapsed_ms" -le 1000 ] || fail "$file: $elapsed_ms ms from the stop to the exit"
    [ "$(status_value "$file" state)" = stopped ] || fail "$file: state is not stopped"
    echo "PASS: $file: stopped within $elapsed_ms ms"
}

# Appends each new state of status file $1 to $2, every 50 ms, for at most 120 s.
record_states() {
    local last="" state
    for _ in $(seq 2400); do
        state=$(status_value "$1" state)
        if [ -n "$state" ] && [ "$state" != "$last" ]; then
            echo "$state" >> "$2"
            last=$state
        fi
        [ "$state" = stopped ] || [ "$state" = error ] && return
        sleep 0.05
    done
}

# --- Bad input -----------------------------------------------------------------------------

expect_usage_error() {
    local expected=$1
    shift
    "$BTFETCH" "$@" > "$LAB/out" 2> "$LAB/err"
    local status=$?
    [ "$status" = 2 ] || fail "btfetch $*: exit status $status, expected 2"
    [ "$(wc -l < "$LAB/err")" = 1 ] || { cat "$LAB/err"; fail "btfetch $*: not one line on stderr"; }
    grep -qF -- "$expected" "$LAB/err" || { cat "$LAB/err"; fail "btfetch $*: stderr lacks: $expected"; }
    [ -s "$LAB/out" ] && fail "btfetch $*: wrote to stdout"
    echo "PASS: $(cat "$LAB/err")"
}
expect_usage_error "--seed-time takes a whole number of seconds" --torrent t --dir d --status s --seed-time soon
expect_usage_error 'unknown option "--speed"' --torrent t --dir d --status s --speed 9
expect_usage_error "--torrent, --dir and --status are all needed" --torrent t --dir d
expect_usage_error "--listen-port takes a port from 0 to 65535" --torrent t --dir d --status s --listen-port 70000
expect_usage_error "not both" --torrent t --dir d --status s --seed-time 3 --seed-until-stopped
expect_usage_error "--peer-exchange takes 0 or 1" --torrent t --dir d --status s --peer-exchange yes
expect_usage_error "--status needs a value" --torrent t --dir d --status
expect_usage_error "--web-seed takes pieces or ranges" --torrent t --dir d --status s --web-seed all
expect_usage_error "--peers-per-address takes one or many" --torrent t --dir d --status s --peers-per-address 2
[ -e s ] || [ -e d ] && fail "a bad command line created files"

"$BTFETCH" --print-settings --peer-exchange 0 > "$LAB/settings" || fail "--print-settings failed"
for line in "enable_dht 0" "enable_outgoing_utp 0" "enable_incoming_utp 0" "tick_interval 100" \
    "unchoke_slots_limit -1" "extensions smart_ban,end_game_hold" "listen_interfaces 0.0.0.0:6881" \
    "web_seed pieces" "allow_multiple_connections_per_ip 0"; do
    grep -qxF "$line" "$LAB/settings" || { cat "$LAB/settings"; fail "--print-settings lacks: $line"; }
done
"$BTFETCH" --print-settings --local-peer-discovery 1 --listen-port 0 --peers-per-address many > "$LAB/settings" \
    || fail "--print-settings failed"
for line in "enable_lsd 1" "extensions smart_ban,ut_pex,end_game_hold" "listen_interfaces 0.0.0.0:0" \
    "allow_multiple_connections_per_ip 1"; do
    grep -qxF "$line" "$LAB/settings" || { cat "$LAB/settings"; fail "--print-settings lacks: $line"; }
done
echo "PASS: --print-settings shows the LAN settings ($(wc -l < "$LAB/settings") lines), options included"

expect_failure() {
    local what=$1 torrent=$2 expected=$3
    timeout 10 "$BTFETCH" --torrent "$torrent" --dir "$LAB/never" --status "$LAB/failed.json" \
        > "$LAB/out" 2> "$LAB/err"
    local status=$?
    [ "$status" = 1 ] || { cat "$LAB/err"; fail "$what: exit status $status, expected 1"; }
    [ "$(status_value "$LAB/failed.json" state)" = error ] || { cat "$LAB/failed.json"; fail "$what: state is not error"; }
    grep -qF "\"error\":\"$expected" "$LAB/failed.json" || { cat "$LAB/failed.json"; fail "$what: error lacks: $expected"; }
    [ "$(wc -l < "$LAB/err")" = 1 ] && grep -qF "btfetch: $expected" "$LAB/err" \
        || { cat "$LAB/err"; fail "$what: stderr is not the one sentence"; }
    echo "PASS: $what: $(cat "$LAB/err")"
}
expect_failure "missing torrent" "$LAB/absent.torrent" "Cannot read the torrent $LAB/absent.torrent: "
head -c 3000 /dev/urandom > "$LAB/corrupt.torrent"
expect_failure "corrupt torrent" "$LAB/corrupt.torrent" "Cannot read the torrent $LAB/corrupt.torrent: "

# --- A swarm of three on loopback --------------------------------------------------------------

TRACKER_PORT=$(free_port)
mkdir -p "$LAB/seed" "$LAB/tracker"
head -c $((8 * 1024 * 1024)) /dev/urandom > "$LAB/seed/image.bin"
mktorrent -l 18 -a "http://127.0.0.1:$TRACKER_PORT/announce" -o "$LAB/image.torrent" "$LAB/seed/image.bin" \
    > /dev/null || fail "mktorrent"
# A folder torrent whose web seed is a host port nothing listens on.
mkdir -p "$LAB/hostseed/os"
head -c $((2 * 1024 * 1024)) /dev/urandom > "$LAB/hostseed/os/disk.img"
mktorrent -l 16 -a "http://127.0.0.1:$TRACKER_PORT/announce" -w "http://127.0.0.1:$(free_port)/" \
    -o "$LAB/folder.torrent" "$LAB/hostseed/os" > /dev/null || fail "mktorrent (folder)"
{ info_hash "$LAB/image.torrent"; info_hash "$LAB/folder.torrent"; } > "$LAB/tracker/whitelist"
lab_start_tracker
for _ in $(seq 50); do ss -Htln | grep -q "127.0.0.1:$TRACKER_PORT " && break; sleep 0.1; done

expected_sum=$(sha256sum < "$LAB/seed/image.bin")
total=$((8 * 1024 * 1024))

# A folder that cannot be made: state error, the sentence on stderr, exit 1.
mkdir -p "$LAB/blocked"
touch "$LAB/blocked/file"
timeout 10 "$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/blocked/file/os" --status "$LAB/blocked.json" \
    2> "$LAB/err"
status=$?
[ "$status" = 1 ] || fail "a folder that cannot be made: exit status $status"
grep -qF "\"state\":\"error\",\"total\":$((8 * 1024 * 1024))," "$LAB/blocked.json" \
    && grep -qF "\"error\":\"Cannot write into the folder $LAB/blocked/file/os: Not a directory.\"" "$LAB/blocked.json" \
    || { cat "$LAB/blocked.json"; fail "a folder that cannot be made: no error state"; }
echo "PASS: $(cat "$LAB/err")"

# The clients come first, so they are seen waiting in "downloading" before any peer has data.
# All of them share 127.0.0.1: many peers on one address.
for n in 1 2; do
    "$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/client$n" --status "$LAB/client$n.json" \
        --seed-time 3 --listen-port 0 --peers-per-address many --log "$LAB/client$n.log" --log-level info \
        2> "$LAB/client$n.err" &
    client_pid[$n]=$!
    LAB_PIDS+=($!)
    record_states "$LAB/client$n.json" "$LAB/client$n.states" &
    LAB_PIDS+=($!)
done
for n in 1 2; do
    wait_state "$LAB/client$n.json" downloading 10
    [ "$(status_value "$LAB/client$n.json" total)" = "$total" ] || fail "client $n: total is not $total"
    [ "$(status_value "$LAB/client$n.json" info_hash)" = "$(info_hash "$LAB/image.torrent")" ] \
        || fail "client $n: info_hash differs from the torrent's"
done
echo "PASS: both clients wait in state downloading"

# The seeder checks the data it already holds and shares it; with no other seed in the swarm it
# can only reach "seeding" by reusing that data.
"$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/seed" --status "$LAB/seeder.json" \
    --seed-until-stopped --listen-port "$(free_port)" --peers-per-address many 2> "$LAB/seeder.err" &
seeder_pid=$!
LAB_PIDS+=($!)
wait_state "$LAB/seeder.json" seeding 20
[ "$(status_value "$LAB/seeder.json" done)" = "$total" ] || fail "seeder: done is not the total"
[ "$(status_value "$LAB/seeder.json" checked)" = "$total" ] || fail "seeder: checked is not the total"
echo "PASS: the seeder checked its existing data and seeds it"

for n in 1 2; do
    wait_exit "${client_pid[$n]}" 60
    [ "$status" = 0 ] || { cat "$LAB/client$n.err" "$LAB/client$n.json"; fail "client $n: exit status $status"; }
    [ "$(sha256sum < "$LAB/client$n/image.bin")" = "$expected_sum" ] || fail "client $n: sha256 differs"
    for _ in $(seq 40); do grep -q stopped "$LAB/client$n.states" 2>/dev/null && break; sleep 0.05; done
    states=$(grep -v -x -e starting -e checking "$LAB/client$n.states" | tr '\n' ' ')
    [ "$states" = "downloading seeding stopped " ] || fail "client $n: states were: $(tr '\n' ' ' < "$LAB/client$n.states")"
    [ "$(status_value "$LAB/client$n.json" done)" = "$total" ] || fail "client $n: done is not the total"
    [ "$(status_value "$LAB/client$n.json" error)" = "" ] || fail "client $n: error is not empty"
    [ -s "$LAB/client$n.err" ] && { cat "$LAB/client$n.err"; fail "client $n wrote to stderr"; }
    # The log ends with what the peers' connections carried: the whole image came from peers.
    totals=$(grep -E '^[0-9.]+ peers: received [0-9]+ bytes \([0-9]+ of data, ' "$LAB/client$n.log" | tail -1)
    [ -n "$totals" ] && [ "$(sed -E 's/.* received [0-9]+ bytes \(([0-9]+) of data.*/\1/' <<<"$totals")" -ge "$total" ] \
        || fail "client $n: the log's totals are missing or short of the image: $totals"
    echo "PASS: client $n: $states, sha256 matches, exit 0 after --seed-time"
done
[ "$(status_value "$LAB/seeder.json" uploaded)" -ge "$total" ] || fail "the seeder uploaded less than one copy"
echo "PASS: the seeder uploaded $(status_value "$LAB/seeder.json" uploaded) bytes"

# A copy with one damaged piece: checked, the rest reused, the damaged piece fetched again.
mkdir -p "$LAB/damaged"
cp "$LAB/seed/image.bin" "$LAB/damaged/image.bin"
printf 'damage' | dd of="$LAB/damaged/image.bin" bs=1 seek=3000000 conv=notrunc status=none
timeout 60 "$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/damaged" --status "$LAB/damaged.json" \
    --listen-port 0 --peers-per-address many 2> "$LAB/damaged.err"
status=$?
[ "$status" = 0 ] || { cat "$LAB/damaged.err"; fail "damaged copy: exit status $status"; }
[ "$(sha256sum < "$LAB/damaged/image.bin")" = "$expected_sum" ] || fail "damaged copy: not repaired"
echo "PASS: a damaged copy is checked and repaired"

# SIGTERM while sharing until stopped: state stopped and exit 0 within a second.
expect_prompt_stop "$seeder_pid" TERM "$LAB/seeder.json"

# Complete data and nobody else in the swarm: checked, reused, done at once.
timeout 20 "$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/client1" --status "$LAB/again.json" \
    --listen-port 0 2> "$LAB/again.err"
status=$?
[ "$status" = 0 ] || { cat "$LAB/again.err"; fail "complete data: exit status $status"; }
[ "$(status_value "$LAB/again.json" state)" = stopped ] || fail "complete data: state is not stopped"
echo "PASS: complete data is checked and seeded without a peer"

# SIGINT (Ctrl-C on the console) ends it as SIGTERM does.
"$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/seed" --status "$LAB/interrupted.json" \
    --seed-until-stopped --listen-port 0 2> "$LAB/interrupted.err" &
interrupted=$!
LAB_PIDS+=($!)
wait_state "$LAB/interrupted.json" seeding 20
expect_prompt_stop "$interrupted" INT "$LAB/interrupted.json"

# --stop-with-pid: the run ends like SIGTERM when that process is gone.
sleep 30 &
watched=$!
LAB_PIDS+=($!)
"$BTFETCH" --torrent "$LAB/image.torrent" --dir "$LAB/seed" --status "$LAB/watch.json" \
    --seed-until-stopped --stop-with-pid "$watched" --listen-port 0 2> "$LAB/watch.err" &
watcher=$!
LAB_PIDS+=($!)
wait_state "$LAB/watch.json" seeding 20
kill "$watched"
wait "$watched" 2>/dev/null
expect_prompt_stop "$watcher" - "$LAB/watch.json"
# The host's web seed does not answer: btfetch leaves the host's seeder (here the only peer on
# 127.0.0.1) out at first, since the web seed should hand out the pieces, lets it in again after
# 3 s of failing piece requests, and the download completes from it.
"$BTFETCH" --torrent "$LAB/folder.torrent" --dir "$LAB/hostseed" --status "$LAB/hostseeder.json" \
    --seed-until-stopped --listen-port "$(free_port)" --peers-per-address many 2> "$LAB/hostseeder.err" &
hostseeder=$!
LAB_PIDS+=($!)
wait_state "$LAB/hostseeder.json" seeding 20
timeout 60 "$BTFETCH" --torrent "$LAB/folder.torrent" --dir "$LAB/behind" --status "$LAB/behind.json" \
    --listen-port 0 --log "$LAB/behind.log" 2> "$LAB/behind.err"
status=$?
[ "$status" = 0 ] || { cat "$LAB/behind.err" "$LAB/behind.log"; fail "web seed down: exit status $status"; }
cmp -s "$LAB/hostseed/os/disk.img" "$LAB/behind/os/disk.img" || fail "web seed down: the copy differs"
grep -q "the host's seeder is left out" "$LAB/behind.log" \
    && grep -q "the host's seeder is a peer again" "$LAB/behind.log" \
    || { cat "$LAB/behind.log"; fail "web seed down: the seeder was not left out and let in again"; }
expect_prompt_stop "$hostseeder" TERM "$LAB/hostseeder.json"
echo "PASS: with the web seed down the host's seeder is let in again after 3 s"

echo "PASS: all"

#!/usr/bin/env bash
# End to end in a namespace lab: `boottorrent serve` on a bridge, N clients
# that lease, fetch Phase-1 over TFTP and their OS over BitTorrent from the
# host and each other, and report to the status endpoint.
#
#   tst_serve_lab.sh BOOTTORRENT BTTUI [ARTIFACT_DIR]
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -euo pipefail
BOOTTORRENT=$1
BTTUI=$2
ARTIFACTS=${3:-}
N=${BT_E2E_CLIENTS:-4}
SIZE_MB=${BT_E2E_SIZE_MB:-24}
RATE=${BT_E2E_RATE:-80mbit}
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/simulated-client.sh"
source "$E2E_DIR/lab-environment.sh"

e2e_begin

make_lab_environment "$WORK/env" "$SIZE_MB"
# The room as an administrator set it up: client 1 named, booting its OS once
# without the menu; serve adds the others as they lease.
cat >"$WORK/env/machines.yaml" <<'EOY'
room: e2e # a key of the administrator's own
machines:
  - {mac: "52:54:00:18:00:01", name: front-left, next_boot: demo}
EOY
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
grep -q '"52:54:00:18:00:01": {name: front-left, next_boot: demo}' "$WORK/env/out/torrents/Boottorrent.yaml" ||
    fail "the build did not give the clients the machine's choices: $(cat "$WORK/env/out/torrents/Boottorrent.yaml")"

lab_up "$N"
lab_shape "$RATE"
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"

# Least privilege: dnsmasq parses the network's packets as an unprivileged
# user, and the seeder's BitTorrent port faces the lab address only.
dnsmasq_pid=$(pgrep -P "$SERVE_PID" -x dnsmasq | head -1)
[ -n "$dnsmasq_pid" ] || fail "no dnsmasq under serve"
dnsmasq_user=$(ps -o user= -p "$dnsmasq_pid" | tr -d ' ')
case $dnsmasq_user in dnsmasq | nobody) ;; *) fail "dnsmasq runs as $dnsmasq_user, not as an unprivileged user" ;; esac
listen_port=$(sed -n 's/^listen-port=//p' "$WORK/env/out/aria2/conf")
sockets=$(ip netns exec "$LAB_HOST_NS" ss -Hltn "sport = :$listen_port")
[ -n "$sockets" ] || fail "the seeder does not listen on $listen_port"
grep -qv "$LAB_HOST_IP:$listen_port" <<<"$sockets" && fail "the seeder listens beyond $LAB_HOST_IP: $sockets"
echo "ok: dnsmasq runs as $dnsmasq_user, the seeder listens on $LAB_HOST_IP:$listen_port only"

# The admin API: loopback of the host only, and only with the token.
read -r admin_port token_file runtime_file < <(sed -n 's/^admin API on port \([0-9]*\), token in \(.*\), runtime file \(.*\)$/\1 \2 \3/p' "$WORK/serve.out")
[ -n "${admin_port:-}" ] && [ -f "$token_file" ] && [ -f "$runtime_file" ] || fail "serve named no admin API: $(cat "$WORK/serve.out")"
[ "$(stat -c %a "$token_file")" = 600 ] || fail "the token file is not 0600"
[ "$(jq -r .pid "$runtime_file")" = "$SERVE_PID" ] || fail "the runtime file names another PID: $(cat "$runtime_file")"
admin() { ip netns exec "$LAB_HOST_NS" curl -s -o /dev/null -w '%{http_code}' "$@"; }
[ "$(admin "http://127.0.0.1:$admin_port/api/v1/clients")" = 401 ] || fail "the admin API answered without a token"
[ "$(admin -H "Authorization: Bearer wrong" "http://127.0.0.1:$admin_port/api/v1/clients")" = 403 ] || fail "the admin API took a wrong token"
[ "$(admin -H "Authorization: Bearer $(cat "$token_file")" "http://127.0.0.1:$admin_port/api/v1/services")" = 200 ] ||
    fail "the admin API refused its own token"
ip netns exec "$(lab_client_ns 1)" curl -s -m 3 -o /dev/null "http://$LAB_HOST_IP:$admin_port/api/v1/clients" &&
    fail "a lab machine reached the admin API"
echo "ok: admin API on 127.0.0.1:$admin_port, token 0600, refused without it and from the lab"

pids=()
for ((i = 1; i <= N; i++)); do
    client_boot "$(lab_client_ns "$i")" "$WORK/c$i" "$LAB_HOST_IP" "$BTTUI" &
    pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ $failed -eq 0 ] || fail "a client did not boot"

# The bytes each client holds are the OS's bytes.
for ((i = 1; i <= N; i++)); do
    diff -r "$WORK/env/oss/demo" "$WORK/c$i/torrents/demo" >/dev/null || fail "client $i holds different bytes"
    grep -q "kexec -l" "$WORK/c$i/bttui.log" || fail "client $i printed no kexec command"
done

# Until the registry shows every client booted and the swarm counted the
# host's and the web seed's bytes (serve polls the swarm every second), at most 20 s.
for ((t = 0; t < 100; t++)); do
    clients=$(api clients || true)
    swarm=$(api swarm || true)
    jq -e --argjson n "$N" '[.clients[] | select(.state == "booted")] | length == $n' <<<"$clients" >/dev/null &&
        jq -e '.hostUploaded > 0 and ([.torrents[].webSeedUploaded] | add // 0) > 0' <<<"$swarm" >/dev/null && break
    sleep 0.2
done
echo "$clients" >"$WORK/serve.clients.json"
echo "$swarm" >"$WORK/serve.swarm.json"

# Every client is booted, and its transitions came in the lab's order.
expected='["discovered","leased","loading-phase1","phase1-up","downloading","sharing","booting","booted"]'
for ((i = 1; i <= N; i++)); do
    mac=$(printf '52:54:00:18:00:%02x' "$i")
    row=$(jq -c --arg mac "$mac" '.clients[] | select(.mac == $mac)' <<<"$clients")
    [ -n "$row" ] || fail "client $mac is not in the registry"
    [ "$(jq -r .state <<<"$row")" = booted ] || fail "client $mac is $(jq -r .state <<<"$row"), not booted"
    states=$(jq -c '[.transitions[].state]' <<<"$row")
    # Each expected state occurs, in this order (menu may sit in between).
    jq -e --argjson want "$expected" '. as $got | [$want[] | . as $s | $got | index($s)] |
        (all(. != null)) and (. == sort)' <<<"$states" >/dev/null ||
        fail "client $mac went $states, expected the order $expected"
done

# The boot wave: once every client booted (and 15 s passed without a new
# one), serve settles it, keeps its report in reports/ and logs one line.
for ((t = 0; t < 200; t++)); do
    grep -q '^wave settled: ' "$WORK/serve.out" && break
    sleep 0.2
done
grep -q "^wave settled: $N machines booted in " "$WORK/serve.out" ||
    fail "the wave did not settle with $N machines booted within 40 s: $(grep wave "$WORK/serve.out" || true)"
report_file=$(ls "$WORK/env/reports"/wave-*Z.json 2>/dev/null | head -1)
[ -n "$report_file" ] || fail "serve kept no wave report in $WORK/env/reports"
jq -e --argjson n "$N" '.status == "settled" and .settledBy == "booted" and (.machines | length) == $n and
    all(.machines[]; .state == "booted" and .toPhase1 > 0 and .toPhase1 <= .toDownloaded and
        .toDownloaded <= .toBooted) and .totals.booted == $n and (.curve | last | .[1]) == $n' \
    "$report_file" >/dev/null || fail "the wave report lacks a client's times: $(cat "$report_file")"
[ "$(jq -r '.machines[] | select(.mac == "52:54:00:18:00:01") | .name' "$report_file")" = front-left ] ||
    fail "the wave report does not name client 1 from the machine book: $(cat "$report_file")"
token=$(cat "$token_file")
[ "$(admin "http://127.0.0.1:$admin_port/api/v1/report")" = 401 ] || fail "the report answered without a token"
[ "$(admin --data "" -H "Authorization: Bearer $token" "http://127.0.0.1:$admin_port/api/v1/report/settle")" = 409 ] ||
    fail "the admin API settled a wave after it had settled"
report_out=$(ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" report "$WORK/env" --csv "$WORK/wave.csv" --png "$WORK/wave.png") ||
    fail "boottorrent report failed: $report_out"
echo "$report_out" >"$WORK/report.out"
grep -q "from the serve of $WORK/env" <<<"$report_out" || fail "boottorrent report did not ask the running serve: $report_out"
grep -q "^$N machines booted in " <<<"$report_out" || fail "boottorrent report printed no summary: $report_out"
[ "$(wc -l <"$WORK/wave.csv")" -eq $((N + 1)) ] || fail "the wave CSV has not one line per client: $(cat "$WORK/wave.csv")"
[ "$(tail -1 "$WORK/wave-curve.csv" | cut -d, -f2 | tr -d '\r')" = "$N" ] || fail "the curve does not end at $N: $(cat "$WORK/wave-curve.csv")"
[ "$(head -c 4 "$WORK/wave.png" | od -An -tx1 | tr -d ' \n')" = 89504e47 ] || fail "boottorrent report wrote no PNG"
echo "ok: the wave settled ($(sed -n 's/^wave settled: //p' "$WORK/serve.out")), report kept and printed with CSV and PNG"

# The machine book: every client remembered with last_seen, client 1's
# next_boot used once and cleared, the administrator's key kept.
grep -q 'next_boot: demo' "$WORK/c1/torrents/Boottorrent.yaml" || fail "client 1 got no next_boot in torrents.gz"
for ((t = 0; t < 50; t++)); do
    [ "$(grep -c 'last_seen:' "$WORK/env/machines.yaml")" -eq "$N" ] && ! grep -q "next_boot:" "$WORK/env/machines.yaml" && break
    sleep 0.2
done
[ "$(grep -c 'last_seen:' "$WORK/env/machines.yaml")" -eq "$N" ] || fail "machines.yaml does not list $N machines seen: $(cat "$WORK/env/machines.yaml")"
grep -q "next_boot:" "$WORK/env/machines.yaml" && fail "client 1's next_boot was not cleared after it booted: $(cat "$WORK/env/machines.yaml")"
grep -q '^room: e2e' "$WORK/env/machines.yaml" || fail "serve dropped the administrator's key from machines.yaml"
grep -q 'name: front-left' "$WORK/env/machines.yaml" || fail "serve dropped client 1's name"
echo "ok: machines.yaml remembers $N machines, next_boot cleared after the boot"

# An edit by hand reaches the clients' torrents.gz while serving.
sed -i 's/\(mac: "52:54:00:18:00:02"\)/\1, default_os: demo, timeout: 7/' "$WORK/env/machines.yaml"
for ((t = 0; t < 50; t++)); do
    grep -q '"52:54:00:18:00:02": {default_os: demo, timeout: 7}' "$WORK/env/out/torrents/Boottorrent.yaml" && break
    sleep 0.2
done
mkdir -p "$WORK/refreshed" && (cd "$WORK/refreshed" && gzip -dc "$WORK/env/out/dnsmasq/ph1/torrents.gz" | cpio -id --quiet)
grep -q '"52:54:00:18:00:02": {default_os: demo, timeout: 7}' "$WORK/refreshed/torrents/Boottorrent.yaml" ||
    fail "the edited machines.yaml did not reach torrents.gz within 10 s: $(cat "$WORK/refreshed/torrents/Boottorrent.yaml")"
echo "ok: an edit of machines.yaml reached torrents.gz while serving"

# Peer-to-peer: the host sent less than N copies, so clients fed each other.
size=$(du -sb "$WORK/env/oss/demo" | cut -f1)
host_sent=$(jq '.hostUploaded' <<<"$swarm")
peer=$(jq '[.clients[].bytesFromPeers] | add' <<<"$clients")
echo "image $size bytes, $N clients: host uploaded $host_sent bytes, registry counts $peer bytes from peers"
awk -v h="$host_sent" -v n="$N" -v s="$size" 'BEGIN { exit !(h > 0 && h < n * s) }' ||
    fail "the host uploaded $host_sent bytes for $N clients of $size: no client received pieces from another"
# The torrents name the host's web seed: clients fetched from it over HTTP too.
web_sent=$(jq '[.torrents[].webSeedUploaded] | add // 0' <<<"$swarm")
echo "of which the web seed sent $web_sent bytes"
[ "$web_sent" -gt 0 ] || fail "no client fetched anything from the host's web seed"
# The host's bytes by source: the web seed and the seeder (held to a trickle beside it).
seeder_sent=$(jq '.seederUploaded' <<<"$swarm")
repeated=$(jq '.webSeedRepeated' <<<"$swarm")
echo "the seeder sent $seeder_sent bytes; the web seed sent $repeated bytes it had sent before"
[ $((seeder_sent + web_sent)) -eq "$host_sent" ] ||
    fail "the host's bytes by source ($seeder_sent + $web_sent) are not its total ($host_sent)"
# btfetch leaves the host's seeder out while the web seed hands it pieces.
[ "$seeder_sent" -eq 0 ] || fail "the seeder sent $seeder_sent bytes to clients the web seed served"

# Stopping leaves no child behind.
# `boottorrent status` finds the running serve by its runtime file and reads the admin API.
status_json=$(ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" status --json "$WORK/env") || fail "boottorrent status failed"
[ "$(jq '.clients | length' <<<"$status_json")" -eq "$N" ] || fail "status shows other clients: $status_json"
jq -e '[.services[].name] | index("dnsmasq") != null' <<<"$status_json" >/dev/null ||
    fail "status did not read the services from the admin API: $status_json"
echo "ok: boottorrent status read $N clients and the services through the admin API"

# The machines and Wake-on-LAN through the admin API.
token=$(cat "$token_file")
machines=$(ip netns exec "$LAB_HOST_NS" curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$admin_port/api/v1/machines") ||
    fail "the admin API did not list the machines"
[ "$(jq '.machines | length' <<<"$machines")" -eq "$N" ] || fail "the admin API lists other machines: $machines"
[ "$(jq -r '.machines[] | select(.mac == "52:54:00:18:00:01") | .name' <<<"$machines")" = front-left ] ||
    fail "the admin API does not name client 1: $machines"
[ "$(admin --data '{"macs": ["52:54:00:zz:00:01"]}' -H "Authorization: Bearer $token" "http://127.0.0.1:$admin_port/api/v1/wake")" = 400 ] ||
    fail "the admin API took a malformed MAC to wake"
[ "$(admin --data '{"all": true}' -H "Authorization: Bearer $token" "http://127.0.0.1:$admin_port/api/v1/wake")" = 202 ] ||
    fail "the admin API did not take wake all"
serve_log() { ip netns exec "$LAB_HOST_NS" curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$admin_port/api/v1/log?since=0"; }
for ((t = 0; t < 50; t++)); do
    serve_log | grep -q "sent Wake-on-LAN to $N machine" && break
    sleep 0.2
done
serve_log | grep -q "sent Wake-on-LAN to $N machine" || fail "serve did not wake the $N known machines: $(serve_log | tail -c 600)"
echo "ok: the admin API lists the machines and wakes them"

# Stopped through the admin API; its runtime files go with it.
[ "$(admin --data "" -H "Authorization: Bearer $(cat "$token_file")" "http://127.0.0.1:$admin_port/api/v1/stop")" = 200 ] ||
    fail "the admin API did not take stop"
wait_gone "$SERVE_PID" 10 || fail "boottorrent serve did not stop within 10 s of the admin API's stop"
[ -z "$(ip netns pids "$LAB_HOST_NS")" ] || fail "processes left in the host namespace after stop: $(ip netns pids "$LAB_HOST_NS")"
grep -q '^stopped' "$WORK/serve.out" || fail "serve did not report stopping"
[ ! -e "$token_file" ] && [ ! -e "$runtime_file" ] || fail "serve left its token or runtime file"
echo "PASS: $N clients booted through the namespace lab"

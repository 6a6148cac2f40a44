#!/usr/bin/env bash
# Another DHCP server on the lab network, in a namespace lab: a "site"
# dnsmasq in its own namespace on the bridge hands out addresses and nothing
# about booting, as a school's router does.
#  1. serve with full DHCP refuses to start beside it: exit 2, one sentence
#     naming the other server, what it offered and the way out
#     (dnsmasq.proxy_dhcp: true), nothing left running;
#  2. serve in proxy mode starts beside it without a warning;
#  3. serve in proxy mode without any other server warns that clients would
#     get no address, and starts;
#  4. serve with full DHCP, running, notices a server that appears later
#     (and when it is gone), and its own probes add no client row.
#
#   tst_serve_other_dhcp.sh BOOTTORRENT BTTUI [ARTIFACT_DIR]
set -euo pipefail
BOOTTORRENT=$1
ARTIFACTS=${3:-}
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/lab-environment.sh"

e2e_begin

make_lab_environment "$WORK/env" 4
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
lab_up 1
SITE_NS=$(lab_client_ns 1)
SITE_IP=198.18.0.254
ip -n "$SITE_NS" addr add "$SITE_IP/24" dev eth0
start_site() {
lab_spawn "$SITE_NS" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 --interface=eth0 \
    --bind-interfaces --dhcp-range=198.18.0.50,198.18.0.90,255.255.255.0,1h --no-ping \
    --dhcp-leasefile="$WORK/site.leases" --pid-file="$WORK/site.pid" --log-facility="$WORK/site.log" --log-dhcp
SITE_PID=$LAB_LAST_PID
for _ in $(seq 1 200); do grep -q "DHCP, IP range" "$WORK/site.log" 2>/dev/null && break; sleep 0.1; done
grep -q "DHCP, IP range" "$WORK/site.log" || fail "the site's DHCP server did not start: $(cat "$WORK/site.log")"
}
start_site

# 1. Full DHCP beside the site's server is refused.
set +e
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
status=$?
set -e
[ $status -eq 2 ] || fail "serve with full DHCP beside another server exited $status, expected 2"
grep -q "dnsmasq.proxy_dhcp: another DHCP server, $SITE_IP, already answers on $LAB_BRIDGE (it offered 198.18.0.[0-9]*/24); a second one would break this network: set dnsmasq.proxy_dhcp: true" \
    "$WORK/serve.err" || fail "the refusal does not name the server and the way out: $(cat "$WORK/serve.err")"
[ "$(wc -l <"$WORK/serve.err")" -eq 1 ] || fail "expected one sentence, got: $(cat "$WORK/serve.err")"
grep -q '^serving ' "$WORK/serve.out" && fail "serve started beside the other server"
left=$(ip netns pids "$LAB_HOST_NS" || true)
[ -z "$left" ] || fail "processes left after the refusal: $(ps -o pid,comm -p "$left" | tail -n +2)"
grep -q "DHCPOFFER" "$WORK/site.log" || fail "the site's server saw no request"
echo "ok: full DHCP refused: $(cat "$WORK/serve.err")"

# 2. proxyDHCP beside the site's server starts, without a warning.
sed -i 's/enable_dhcp: true,/enable_dhcp: true, proxy_dhcp: true,/' "$WORK/env/Boottorrent.yaml"
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"
grep -q "no DHCP server answered" "$WORK/serve.err" && fail "proxy mode beside a server warned: $(cat "$WORK/serve.err")"
kill -TERM "$SERVE_PID"
wait_gone "$SERVE_PID" 20 || fail "serve did not stop"
echo "ok: proxy mode starts beside the site's server"

# 3. proxyDHCP with nobody to work beside: a warning, and it starts.
kill -TERM "$SITE_PID"
wait_gone "$SITE_PID" 10 || fail "the site's server did not stop"
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"
grep -q "warning: dnsmasq.proxy_dhcp is on, but no DHCP server answered on $LAB_BRIDGE within 2 s" "$WORK/serve.err" ||
    fail "proxy mode alone did not warn: $(cat "$WORK/serve.err")"
kill -TERM "$SERVE_PID"
wait_gone "$SERVE_PID" 20 || fail "serve did not stop"
echo "ok: proxy mode without another server warns and starts"

# 4. Full DHCP, serving, when a second server appears and goes again.
sed -i 's/enable_dhcp: true, proxy_dhcp: true,/enable_dhcp: true,/' "$WORK/env/Boottorrent.yaml"
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve --dhcp-watch 2 "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"
# Two probes answered by our own dnsmasq alone: no warning. Proving that
# none comes needs a bounded wait.
sleep 5
grep -q "another DHCP server" "$WORK/serve.err" && fail "serve took its own dnsmasq for another server: $(cat "$WORK/serve.err")"
rm -f "$WORK/site.log"
start_site
for _ in $(seq 1 200); do grep -q "another DHCP server" "$WORK/serve.err" && break; sleep 0.1; done
grep -q "warning: another DHCP server, $SITE_IP, now answers on $LAB_BRIDGE (it offered 198.18.0.[0-9]*/24)" "$WORK/serve.err" ||
    fail "serve did not report the server that appeared: $(cat "$WORK/serve.err")"
kill -TERM "$SITE_PID"
wait_gone "$SITE_PID" 10 || fail "the site's server did not stop"
for _ in $(seq 1 200); do grep -q "no longer answers" "$WORK/serve.out" && break; sleep 0.1; done
grep -q "the other DHCP server $SITE_IP no longer answers on $LAB_BRIDGE" "$WORK/serve.out" ||
    fail "serve did not report that the other server went away"
grep -q "DHCPDISCOVER($LAB_BRIDGE) $(ip netns exec "$LAB_HOST_NS" cat "/sys/class/net/$LAB_BRIDGE/address")" \
    "$WORK/env/out/dnsmasq/dnsmasq.log" || fail "our dnsmasq did not see the host's probes, so the check below proves nothing"
clients=$(ip netns exec "$LAB_HOST_NS" curl -sf http://198.18.0.1:8290/api/v1/clients) || fail "no client list"
[ "$(jq '.clients | length' <<<"$clients")" -eq 0 ] || fail "the host's own probes became clients: $clients"
kill -TERM "$SERVE_PID"
wait_gone "$SERVE_PID" 20 || fail "serve did not stop"
echo "ok: a DHCP server that appears while serving is reported, and when it goes"
echo "PASS: serve never starts a second DHCP server and tells how to join the network"

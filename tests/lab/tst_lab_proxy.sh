#!/usr/bin/env bash
# proxyDHCP beside the site's own DHCP server, with simulated clients: the
# lab puts a site dnsmasq (addresses only, nothing about booting) on the
# bridge, BootTorrent serves in proxy mode, and every client takes its
# address from the site and its boot file from BootTorrent, fetches Phase-1,
# downloads by BitTorrent and boots. The dashboard follows each one from
# the PXE request on, with MAC and IP joined although BootTorrent leased
# nothing. A lab asked for a site server with full DHCP is refused before
# anything starts.
#
#   tst_lab_proxy.sh BOOTTORRENT DEMO_ENV ARTIFACT_DIR
set -euo pipefail
source "$(dirname "$0")/lab-checks.sh" "$@"
require_root

lab_workspace bt-lab-proxy

# 1. Full DHCP beside a site server: refused, one sentence, nothing made.
set +e
"$BOOTTORRENT" lab --simulated 1 --site-dhcp --work-dir "$WORK/run0" "$WORK/env" >"$WORK/refused.log" 2>&1
status=$?
set -e
[ $status -eq 2 ] || fail "a site server beside full DHCP: lab exited $status, not 2: $(cat "$WORK/refused.log")"
grep -q "dnsmasq.proxy_dhcp: a lab with the site's own DHCP server needs" "$WORK/refused.log" ||
    fail "the refusal does not name dnsmasq.proxy_dhcp: $(cat "$WORK/refused.log")"
echo "ok: refused: $(cat "$WORK/refused.log")"

# 2. proxyDHCP: three clients boot with addresses from the site.
sed -i 's/^  enable_dhcp: true$/  enable_dhcp: true\n  proxy_dhcp: true/' "$WORK/env/Boottorrent.yaml"
grep -q "proxy_dhcp: true" "$WORK/env/Boottorrent.yaml" || fail "could not switch the environment to proxy mode"
start_lab "$WORK/lab.log" --simulated 3 --site-dhcp --timeout 240 --work-dir "$WORK/run" "$WORK/env"
pid=$LAB_PID
wait "$pid" || fail "boottorrent lab exited with $?: $(tail -20 "$WORK/lab.log")"
grep -q "every client booted" "$WORK/lab.log" || fail "the lab did not report every client booted"
grep -q "^dhcp-range=.*,proxy$" "$WORK/env/out/dnsmasq/dnsmasq.conf" || fail "dnsmasq.conf is not in proxy mode"
site=$(sed -n "s/^the site's DHCP server \([0-9.]*\) hands out.*/\1/p" "$WORK/lab.log")
[ -n "$site" ] || fail "the lab did not name its site DHCP server"
for i in 1 2 3; do
    mac=$(printf '52:54:00:18:00:%02x' "$i")
    # No lease from BootTorrent: "leased" is not among the states.
    check_booted_in_order "$WORK/run/clients.json" "$mac" \
        '["discovered","loading-phase1","phase1-up","downloading","sharing","booting","booted"]'
    ip=$(jq -r --arg mac "$mac" '.clients[] | select(.mac == $mac) | .ip' "$WORK/run/clients.json")
    grep -q "DHCPACK(eth0) $ip $mac" "$WORK/run/site-dhcp.log" ||
        fail "$mac shows $ip, which the site's server did not lease to it"
    grep -q "PXE(bt-lab0) $mac proxy" "$WORK/env/out/dnsmasq/dnsmasq.log" ||
        fail "BootTorrent gave $mac no proxyDHCP answer"
    grep -q "^next_server=198.18.0.1$" "$WORK/run/c$i/dhcp.out" || fail "c$i did not take its boot server from the proxy"
    grep -q "^dhcp_server=$site$" "$WORK/run/c$i/dhcp.out" || fail "c$i did not take its address from the site"
    echo "ok: $mac got $ip from the site's server $site and booted through BootTorrent"
done
if grep -q "DHCPACK" "$WORK/env/out/dnsmasq/dnsmasq.log"; then
    fail "BootTorrent's dnsmasq leased an address in proxy mode"
fi
check_clean "$pid" "$WORK"
echo "PASS: simulated clients booted through proxyDHCP beside the site's DHCP server"

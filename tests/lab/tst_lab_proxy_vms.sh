#!/usr/bin/env bash
# proxyDHCP with virtual machines beside the site's own DHCP server.
#  1. A BIOS (iPXE) and a UEFI (OVMF) machine take their address from the
#     site's server and their boot file from BootTorrent, and boot the demo
#     OS, which reports to the host although the site leased its address.
#     A Secure Boot machine beside them fetches syslinux.efi, its firmware
#     refuses it, and the dashboard says so and names the ways out.
#  2. The site's server names this host as next-server for UEFI clients
#     (boot file shimx64.efi) and the environment says so
#     (dnsmasq.site_names_host): a Secure Boot machine then boots through
#     shim, Debian's signed GRUB and kexec -s beside the site's server.
# Logs of a failing run are kept in ARTIFACT_DIR.
#
#   tst_lab_proxy_vms.sh BOOTTORRENT DEMO_ENV ARTIFACT_DIR
set -euo pipefail
source "$(dirname "$0")/lab-checks.sh" "$@"
require_root
require_vms

lab_workspace bt-lab-proxy-vms
sed -i 's/^  enable_dhcp: true$/  enable_dhcp: true\n  proxy_dhcp: true/' "$WORK/env/Boottorrent.yaml"
grep -q "proxy_dhcp: true" "$WORK/env/Boottorrent.yaml" || fail "could not switch the environment to proxy mode"
timeout=${BT_LAB_VM_TIMEOUT:-900}
proxy_states='["discovered","loading-phase1","phase1-up","downloading","sharing","booting","booted"]'

# --- 1. BIOS and UEFI boot, Secure Boot is told why not ---------------------
started=$(date +%s)
start_lab "$WORK/lab.log" --vms 3 --firmware bios,uefi,secureboot --site-dhcp --host-rate 2 \
    --timeout "$timeout" --work-dir "$WORK/run" "$WORK/env"
pid=$LAB_PID
status=0
wait "$pid" || status=$?
[ $status -eq 1 ] || fail "the lab exited with $status, not 1 (the Secure Boot machine fails): $(tail -30 "$WORK/lab.log")"
echo "lab settled in $(($(date +%s) - started)) s"
site=$(sed -n "s/^the site's DHCP server \([0-9.]*\) hands out.*/\1/p" "$WORK/lab.log")
for i in 1 2; do
    mac=$(printf '52:54:00:18:01:%02x' "$i")
    check_booted_in_order "$WORK/run/clients.json" "$mac" "$proxy_states"
    ip=$(jq -r --arg mac "$mac" '.clients[] | select(.mac == $mac) | .ip' "$WORK/run/clients.json")
    grep -q "DHCPACK(eth0) $ip $mac" "$WORK/run/site-dhcp.log" ||
        fail "vm$i shows $ip, which the site's server $site did not lease to it"
    grep -q "BOOTTORRENT-DEMO-OS-BOOTED" "$WORK/run/vm$i.serial.log" || fail "no demo OS marker on vm$i's console"
    grep -q "reporting to 198.18.0.1:" "$WORK/run/vm$i.serial.log" ||
        fail "vm$i's demo OS did not report to the host (bt.host)"
done
grep -q "sent .*/syslinux.efi to " "$WORK/env/out/dnsmasq/dnsmasq.log" || fail "no UEFI machine fetched syslinux.efi"
mac=52:54:00:18:01:03
row=$(jq -c --arg mac "$mac" '.clients[] | select(.mac == $mac)' "$WORK/run/clients.json")
[ "$(jq -r .state <<<"$row")" = failed ] || fail "the Secure Boot machine is $(jq -r .state <<<"$row"), not failed"
jq -r .message <<<"$row" | grep -q "the firmware refused syslinux.efi, so Secure Boot is on" ||
    fail "the failure does not say why: $(jq -r .message <<<"$row")"
grep -q "Access Denied" "$WORK/run/vm3.serial.log" || fail "vm3's firmware did not refuse the loader"
echo "ok: vm3: $(jq -r .message <<<"$row")"
check_clean "$pid" "$WORK"

# --- 2. The site names this host: Secure Boot boots -------------------------
sed -i 's/^  proxy_dhcp: true$/  proxy_dhcp: true\n  site_names_host: true/' "$WORK/env/Boottorrent.yaml"
grep -q "site_names_host: true" "$WORK/env/Boottorrent.yaml" || fail "could not set dnsmasq.site_names_host"
start_lab "$WORK/named.log" --vms 1 --firmware secureboot --site-names-host --host-rate 2 \
    --timeout "$timeout" --work-dir "$WORK/run-named" "$WORK/env"
pid=$LAB_PID
wait "$pid" || fail "the lab with next-server named exited with $?: $(tail -30 "$WORK/named.log")"
mac=52:54:00:18:01:01
check_booted_in_order "$WORK/run-named/clients.json" "$mac" "$proxy_states"
grep -q "pxe-service=x86-64_EFI,\"BootTorrent\",shimx64.efi," "$WORK/env/out/dnsmasq/dnsmasq.conf" ||
    fail "dnsmasq.conf does not give UEFI clients shim"
for file in shimx64.efi grubx64.efi grub.cfg; do
    grep -q "sent .*/$file to " "$WORK/env/out/dnsmasq/dnsmasq.log" || fail "no TFTP transfer of $file"
done
grep -q "kexec -s -l" "$WORK/run-named/vm1.serial.log" || fail "the Secure Boot machine did not use kexec -s"
grep -q "BOOTTORRENT-DEMO-OS-BOOTED" "$WORK/run-named/vm1.serial.log" || fail "no demo OS marker"
check_clean "$pid" "$WORK"
echo "PASS: BIOS and UEFI machines booted through proxyDHCP; Secure Boot was named, and booted once the site named this host"

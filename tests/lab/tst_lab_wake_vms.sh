#!/usr/bin/env bash
# Wake-on-LAN in the virtual lab: `boottorrent lab --vms 1 --powered-off`
# prepares a qemu machine but leaves it off; nothing boots until a magic
# packet for its MAC crosses the lab's bridge. A packet for a MAC of no
# machine and a datagram that is no magic packet wake nothing; `boottorrent
# wake` in the lab's host namespace powers the machine on once (it sends six
# packets), and the machine PXE-boots to "booted". Teardown leaves nothing.
#
#   tst_lab_wake_vms.sh BOOTTORRENT DEMO_ENV ARTIFACT_DIR
set -euo pipefail
source "$(dirname "$0")/lab-checks.sh" "$@"
require_root
require_vms

lab_workspace bt-lab-wake-vms
mac=52:54:00:18:01:01

start_lab "$WORK/lab.log" --vms 1 --powered-off --timeout "${BT_LAB_VM_TIMEOUT:-540}" --work-dir "$WORK/run" "$WORK/env"
pid=$LAB_PID
host_ns="btlab$pid-h"

# serve starts in the lab (a build first): then the machine is announced as off.
for _ in $(seq 1 1200); do
    grep -q "vm1 ($mac, bios): powered off, waiting for a magic packet" "$WORK/lab.log" && break
    kill -0 "$pid" 2>/dev/null || fail "boottorrent lab ended before the lab was up: $(tail -30 "$WORK/lab.log")"
    sleep 0.1
done
grep -q "vm1 ($mac, bios): powered off, waiting for a magic packet to 198.18.0.255" "$WORK/lab.log" ||
    fail "the lab did not announce vm1 as powered off within 120 s: $(tail -30 "$WORK/lab.log")"

# Powered off means off: no qemu, an empty console, no DHCP from its MAC.
off_for() {
    local seconds=$1
    for _ in $(seq 1 $((seconds * 10))); do
        kill -0 "$pid" 2>/dev/null || fail "boottorrent lab ended while its machine was off: $(tail -30 "$WORK/lab.log")"
        ! grep -q "vm1 ($mac, bios): powering on" "$WORK/lab.log" || fail "vm1 powered on by itself"
        [ ! -s "$WORK/run/vm1.serial.log" ] || fail "vm1's serial console shows output while it is off"
        sleep 0.1
    done
    ! grep -qi "$mac" "$WORK/env/out/dnsmasq/dnsmasq.log" 2>/dev/null || fail "dnsmasq heard from vm1 while it was off"
}
[ -f "$WORK/run/vm1.serial.log" ] || fail "vm1's serial console was not prepared"
off_for 5

# Neither a magic packet for another machine nor other datagrams wake it.
ip netns exec "$host_ns" "$BOOTTORRENT" wake "$WORK/env" 52:54:00:18:01:09 >"$WORK/wake-other.out" 2>&1 ||
    fail "boottorrent wake (another MAC): $(cat "$WORK/wake-other.out")"
ip netns exec "$host_ns" python3 - <<'PY' || fail "could not send the hostile datagrams"
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
mac = bytes.fromhex("525400180101")
good = b"\xff" * 6 + mac * 16
for datagram in (b"", good[:101], good + b"\x01", good + b"\xff" * 1000, b"\xff" * 102,
                 b"\xfe" + good[1:], good[:50] + b"\x01" + good[51:]):
    for port in (9, 7):
        s.sendto(datagram, ("198.18.0.255", port))
PY
off_for 3
grep -q "a magic packet from 198.18.0.1 for 52:54:00:18:01:09, which is no machine of this lab" "$WORK/lab.log" ||
    fail "the packet for another MAC was not noted: $(tail -10 "$WORK/lab.log")"

started=$(date +%s)
ip netns exec "$host_ns" "$BOOTTORRENT" wake "$WORK/env" "$mac" >"$WORK/wake.out" 2>&1 ||
    fail "boottorrent wake: $(cat "$WORK/wake.out")"
grep -q "^woke $mac" "$WORK/wake.out" || fail "boottorrent wake did not report $mac: $(cat "$WORK/wake.out")"
wait "$pid" || fail "boottorrent lab exited with $?: $(tail -30 "$WORK/lab.log")"
echo "vm1 booted $(($(date +%s) - started)) s after its magic packet"

# Six packets (three on each port), one power-on.
[ "$(grep -c "vm1 ($mac): magic packet from 198.18.0.1" "$WORK/lab.log")" -eq 1 ] ||
    fail "vm1 was not woken exactly once: $(grep -F "vm1 (" "$WORK/lab.log")"
[ "$(grep -c "vm1 ($mac, bios): powering on" "$WORK/lab.log")" -eq 1 ] ||
    fail "vm1 was powered on more than once"
check_booted_in_order "$WORK/run/clients.json" "$mac"
grep -q "BOOTTORRENT-DEMO-OS-BOOTED" "$WORK/run/vm1.serial.log" || fail "no demo OS marker on vm1's serial console"

check_clean "$pid" "$WORK"
echo "PASS: a powered-off virtual machine stayed off until its magic packet, then booted the demo OS"

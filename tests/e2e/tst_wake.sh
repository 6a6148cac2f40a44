#!/usr/bin/env bash
# Wake-on-LAN in a namespace lab: `boottorrent wake` on the host sends each
# named machine its magic packet (6 x 0xFF, its MAC 16 times) to the lab's
# broadcast address on UDP 9 and 7, three times, paced by --rate; every
# client's card (a listener at the Ethernet level) sees exactly those
# packets. Bad input is refused with exit 2.
#
#   tst_wake.sh BOOTTORRENT BTTUI [ARTIFACT_DIR]
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -euo pipefail
BOOTTORRENT=$1
ARTIFACTS=${3:-}
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/lab-environment.sh"

e2e_begin
make_lab_environment "$WORK/env" 1
lab_up 3
for i in 1 2 3; do
    lab_spawn "$(lab_client_ns "$i")" python3 "$E2E_DIR/wol-listener.py" eth0 "$WORK/c$i.wol"
done
for i in 1 2 3; do
    for _ in $(seq 200); do grep -q ready "$WORK/c$i.wol" 2>/dev/null && break; sleep 0.1; done
    grep -q ready "$WORK/c$i.wol" || fail "the listener of client $i did not start"
done

macs=(52:54:00:18:00:01 52:54:00:18:00:02 52:54:00:18:00:03)
# Machines 2 and 3 are known by name; names match whatever their case.
cat >"$WORK/env/machines.yaml" <<'EOY'
machines:
  - {mac: "52:54:00:18:00:02", name: pc-2}
  - {mac: "52:54:00:18:00:03", name: Desk 3}
EOY
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake --rate 5 "$WORK/env" "${macs[0]}" pc-2 "desk 3" >"$WORK/wake.out" 2>&1 \
    || fail "boottorrent wake: $(cat "$WORK/wake.out")"
[ "$(grep -c '^woke ' "$WORK/wake.out")" -eq 3 ] || fail "wake did not report 3 machines: $(cat "$WORK/wake.out")"
# Until every card logged the 18 packets (3 machines, 2 ports, 3 each), at most 10 s.
for i in 1 2 3; do
    for _ in $(seq 100); do [ "$(grep -vc ready "$WORK/c$i.wol")" -ge 18 ] && break; sleep 0.1; done
done

# Every card sees every machine's packets: a broadcast reaches the whole room.
for i in 1 2 3; do
    python3 - "$WORK/c$i.wol" "${macs[@]}" <<'PY' || fail "client $i: see $WORK/c$i.wol"
import sys
path, macs = sys.argv[1], sys.argv[2:]
lines = [l.split() for l in open(path) if l.strip() != "ready"]
first = {}
for mac in macs:
    payload = "ff" * 6 + mac.replace(":", "") * 16
    for port in ("9", "7"):
        got = [l for l in lines if l[3] == port and l[4] == payload]
        if len(got) != 3:
            sys.exit("%s on port %s: %d packets, not 3" % (mac, port, len(got)))
        for l in got:
            if l[1] != "ff:ff:ff:ff:ff:ff" or l[2] != "198.18.0.255":
                sys.exit("%s: sent to %s / %s, not the lab's broadcast" % (mac, l[1], l[2]))
    first[mac] = min(float(l[0]) for l in lines if l[4] == payload)
if len(lines) != 3 * 2 * len(macs):
    sys.exit("%d packets, not %d: others than the magic packets arrived" % (len(lines), 3 * 2 * len(macs)))
# --rate 5: a machine every 200 ms.
gaps = [first[b] - first[a] for a, b in zip(macs, macs[1:])]
if min(gaps) < 0.15:
    sys.exit("machines woken %.3f s apart, not paced at 5 a second" % min(gaps))
print("%s: 18 magic packets, machines %s s apart" % (path, ", ".join("%.2f" % g for g in gaps)))
PY
done

# Without --rate, the environment's pace: boottorrent.wake_per_second.
sed -i 's/timeout: 1,/timeout: 1, wake_per_second: 2,/' "$WORK/env/Boottorrent.yaml"
grep -q 'wake_per_second: 2' "$WORK/env/Boottorrent.yaml" || fail "cannot set wake_per_second in the test environment"
before=$(wc -l <"$WORK/c1.wol")
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake "$WORK/env" "${macs[0]}" "${macs[1]}" >"$WORK/wake2.out" 2>&1 ||
    fail "boottorrent wake at the environment's pace: $(cat "$WORK/wake2.out")"
# Until card 1 logged the 12 new packets (2 machines, 2 ports, 3 each), at most 10 s.
for _ in $(seq 100); do [ "$(wc -l <"$WORK/c1.wol")" -ge $((before + 12)) ] && break; sleep 0.1; done
python3 - "$WORK/c1.wol" "$before" "${macs[0]}" "${macs[1]}" <<'PY' || fail "the environment's pace: see $WORK/c1.wol"
import sys
path, skip, a, b = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
lines = [l.split() for l in open(path).read().splitlines()[skip:] if l.strip() != "ready"]
first = lambda mac: min(float(l[0]) for l in lines if l[4] == "ff" * 6 + mac.replace(":", "") * 16)
gap = first(b) - first(a)
if gap < 0.4:
    sys.exit("machines woken %.3f s apart, not at wake_per_second: 2" % gap)
print("wake_per_second: 2: machines %.2f s apart" % gap)
PY

# Bad input: one sentence, exit 2.
set +e
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake "$WORK/env" 52:54:00:zz:00:01 >"$WORK/bad.out" 2>&1
[ $? -eq 2 ] && grep -q 'is neither a MAC address' "$WORK/bad.out" || fail "a bad MAC: $(cat "$WORK/bad.out")"
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake "$WORK/env" pc-4 >"$WORK/bad.out" 2>&1
[ $? -eq 2 ] && grep -q 'nor the name of a machine' "$WORK/bad.out" || fail "an unknown name: $(cat "$WORK/bad.out")"
echo "machines: [{mac: 52:54:00:zz:00:01}]" >"$WORK/env/machines.yaml"
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake "$WORK/env" pc-2 >"$WORK/bad.out" 2>&1
[ $? -eq 2 ] && grep -q 'machines.yaml: machines\[1\].mac' "$WORK/bad.out" || fail "a broken machines.yaml: $(cat "$WORK/bad.out")"
rm "$WORK/env/machines.yaml"
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake --rate 0 "$WORK/env" "${macs[0]}" >"$WORK/bad.out" 2>&1
[ $? -eq 2 ] || fail "--rate 0 was taken"
ip netns exec "$LAB_HOST_NS" "$BOOTTORRENT" wake --all "$WORK/env" >"$WORK/bad.out" 2>&1
[ $? -eq 2 ] && grep -q 'knows no machine yet' "$WORK/bad.out" || fail "--all without known machines: $(cat "$WORK/bad.out")"
# Outside the lab namespace the interface does not exist.
"$BOOTTORRENT" wake "$WORK/env" "${macs[0]}" >"$WORK/bad.out" 2>&1
[ $? -eq 2 ] && grep -q 'dnsmasq.interface' "$WORK/bad.out" || fail "a missing interface: $(cat "$WORK/bad.out")"
set -e
echo PASS

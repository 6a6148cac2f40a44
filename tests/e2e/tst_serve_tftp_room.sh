#!/usr/bin/env bash
# A room that powers on together asks for Phase-1 over TFTP at once: in a
# namespace lab, 60 TFTP transfers from serve's dnsmasq at the same time all
# complete. dnsmasq's own limit is 50 transfers, and it leaves the 51st
# request unanswered.
#
#   tst_serve_tftp_room.sh BOOTTORRENT BTTUI [ARTIFACT_DIR]
#
# Exit 0: passed; 1: failed; 77: skipped (not root / no namespaces).
set -euo pipefail
BOOTTORRENT=$1
ARTIFACTS=${3:-}
TRANSFERS=60
E2E_DIR=$(cd "$(dirname "$0")" && pwd)
source "$E2E_DIR/netns-lab.sh"
source "$E2E_DIR/lab-environment.sh"

e2e_begin

make_lab_environment "$WORK/env" 4
"$BOOTTORRENT" build -q "$WORK/env" >/dev/null
# A file in the TFTP root as large as a few megabytes of Phase-1, so the
# transfers overlap.
head -c 2000000 /dev/urandom >"$WORK/env/out/dnsmasq/ph1/room.bin"

lab_up 1
lab_shape 100mbit
lab_spawn "$LAB_HOST_NS" "$BOOTTORRENT" serve "$WORK/env" >"$WORK/serve.out" 2>"$WORK/serve.err"
SERVE_PID=$LAB_LAST_PID
wait_for_serving "$SERVE_PID" "$WORK/serve.out"

# The room's machines, as one namespace with an address outside the lease range.
CLIENT_NS=$(lab_client_ns 1)
ip -n "$CLIENT_NS" addr add 198.18.0.250/24 dev eth0
mkdir -p "$WORK/tftp"
pids=()
for ((i = 1; i <= TRANSFERS; i++)); do
    (
        rc=0
        ip netns exec "$CLIENT_NS" curl -s --max-time 60 --tftp-blksize 1408 -o "$WORK/tftp/$i.bin" \
            "tftp://$LAB_HOST_IP/room.bin" || rc=$?
        echo "$rc" >"$WORK/tftp/$i.rc"
    ) &
    pids+=($!)
    LAB_PIDS+=($!)
done
wait "${pids[@]}"

done_count=0
for ((i = 1; i <= TRANSFERS; i++)); do
    if [ "$(cat "$WORK/tftp/$i.rc")" = 0 ] && cmp -s "$WORK/tftp/$i.bin" "$WORK/env/out/dnsmasq/ph1/room.bin"; then
        done_count=$((done_count + 1))
    fi
done
echo "$done_count of $TRANSFERS TFTP transfers at once completed"
[ "$done_count" -eq "$TRANSFERS" ] ||
    fail "only $done_count of $TRANSFERS TFTP transfers at once completed (curl exit codes: $(cat "$WORK"/tftp/*.rc | sort | uniq -c | tr '\n' ' '))"
echo "PASS: serve's dnsmasq sent $TRANSFERS files over TFTP at once"

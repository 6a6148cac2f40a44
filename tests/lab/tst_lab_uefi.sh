#!/usr/bin/env bash
# UEFI and Secure Boot in virtual machines. One lab boots two OVMF machines
# side by side, one with Secure Boot off and one with Microsoft's keys and
# Secure Boot on, through shim, Debian's signed GRUB, Phase-1 with bttui
# --headless, BitTorrent and kexec (kexec -s under Secure Boot) into the demo
# OS, whose kernel Debian signed. A second lab offers a Secure Boot machine a
# kernel whose signature was removed: the machine must report `failed` with
# the reason, not hang. Checks the states in order, the firmware each machine
# reported, the markers on the serial consoles and that teardown leaves
# nothing. Logs of a failing run are kept in ARTIFACT_DIR.
#
#   tst_lab_uefi.sh BOOTTORRENT DEMO_ENV ARTIFACT_DIR
set -euo pipefail
source "$(dirname "$0")/lab-checks.sh" "$@"
require_root
require_vms
for f in OVMF_CODE_4M.fd OVMF_VARS_4M.fd OVMF_CODE_4M.secboot.fd OVMF_VARS_4M.ms.fd; do
    [ -f "/usr/share/OVMF/$f" ] || fail "/usr/share/OVMF/$f is missing (scripts/setup installs ovmf)"
done

lab_workspace bt-lab-uefi

# --- UEFI and Secure Boot side by side --------------------------------------
started=$(date +%s)
start_lab "$WORK/lab.log" --vms 2 --firmware uefi,secureboot --host-rate 2 \
    --timeout "${BT_LAB_VM_TIMEOUT:-600}" --work-dir "$WORK/run" "$WORK/env"
pid=$LAB_PID
wait "$pid" || fail "boottorrent lab exited with $?: $(tail -30 "$WORK/lab.log")"
echo "a UEFI and a Secure Boot machine booted the demo OS in $(($(date +%s) - started)) s"

grep -q "shimx64.efi" "$WORK/env/out/dnsmasq/dnsmasq.conf" || fail "dnsmasq.conf gives UEFI clients no shim"
for file in shimx64.efi grubx64.efi grub.cfg kernel rootfs.gz diff.gz torrents.gz; do
    grep -q "sent .*/$file to " "$WORK/env/out/dnsmasq/dnsmasq.log" ||
        fail "dnsmasq's log shows no TFTP transfer of $file"
done
firmwares=(uefi uefi-secureboot)
for i in 1 2; do
    mac=$(printf '52:54:00:18:01:%02x' "$i")
    check_booted_in_order "$WORK/run/clients.json" "$mac"
    got=$(jq -r --arg mac "$mac" '.clients[] | select(.mac == $mac) | .firmware' "$WORK/run/clients.json")
    [ "$got" = "${firmwares[$((i - 1))]}" ] || fail "vm$i reported firmware '$got', not ${firmwares[$((i - 1))]}"
    serial="$WORK/run/vm$i.serial.log"
    grep -q "BOOTTORRENT-DEMO-OS-BOOTED" "$serial" || fail "no demo OS marker on vm$i's serial console"
    grep -q "bt-init: network up" "$serial" || fail "vm$i's console shows no Phase-1"
done
grep -q "kexec -s -l" "$WORK/run/vm2.serial.log" ||
    fail "the Secure Boot machine did not load its kernel with kexec -s"
grep -q "firmware uefi-secureboot (kernel locked down" "$WORK/run/vm2.serial.log" ||
    fail "bttui on the Secure Boot machine did not see the kernel locked down"
if grep -q "kexec -s -l" "$WORK/run/vm1.serial.log"; then
    fail "the machine without Secure Boot used kexec -s"
fi
check_clean "$pid" "$WORK"

# --- Secure Boot refuses a kernel without a signature ----------------------
# The demo OS's kernel with its Authenticode signature removed: the
# certificate table entry of the PE header cleared and the file cut there.
python3 - "$WORK/env/oss/linux/vmlinuz" <<'PY'
import struct, sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[pe:pe + 4] == b"PE\0\0", "not a PE image"
magic = struct.unpack_from("<H", data, pe + 24)[0]
directories = pe + 24 + (112 if magic == 0x20B else 96)
offset, size = struct.unpack_from("<II", data, directories + 4 * 8)
assert offset and size, "the kernel carries no signature"
struct.pack_into("<II", data, directories + 4 * 8, 0, 0)
open(path, "wb").write(bytes(data[:offset]))
PY
rm -rf "$WORK/env/out"
start_lab "$WORK/unsigned.log" --vms 1 --firmware secureboot \
    --timeout "${BT_LAB_VM_TIMEOUT:-600}" --work-dir "$WORK/run-unsigned" "$WORK/env"
pid=$LAB_PID
status=0
wait "$pid" || status=$?
[ $status -eq 1 ] || fail "the lab with a refused kernel exited with $status, not 1 (a client failed): $(tail -30 "$WORK/unsigned.log")"
mac=52:54:00:18:01:01
row=$(jq -c --arg mac "$mac" '.clients[] | select(.mac == $mac)' "$WORK/run-unsigned/clients.json")
[ "$(jq -r .state <<<"$row")" = failed ] || fail "the refused kernel left the machine $(jq -r .state <<<"$row"), not failed"
jq -r .message <<<"$row" | grep -q "kernel not signed for Secure Boot" ||
    fail "the failure does not say why: $(jq -r .message <<<"$row")"
[ "$(jq -r .firmware <<<"$row")" = uefi-secureboot ] || fail "the machine did not report Secure Boot"
grep -q "BOOTTORRENT-DEMO-OS-BOOTED" "$WORK/run-unsigned/vm1.serial.log" &&
    fail "the unsigned kernel booted under Secure Boot"
echo "ok: Secure Boot refused the unsigned kernel: $(jq -r .message <<<"$row")"
check_clean "$pid" "$WORK"
echo "PASS: UEFI and Secure Boot machines booted the demo OS through shim, GRUB, Phase-1 and BitTorrent"

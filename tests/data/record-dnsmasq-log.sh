#!/bin/bash
# Records what a real dnsmasq writes while PXE-like clients take a lease and
# fetch Phase-1 files over TFTP, so tst_dnsmasqlogreader can replay genuine
# lines. Everything runs in two network namespaces created (and always
# deleted) here, on 198.18.0.0/24; dnsmasq never runs outside them.
#
# usage (as root): tests/data/record-dnsmasq-log.sh [output-dir]
# writes dnsmasq-full.log, dnsmasq-full.leases and dnsmasq-proxy.log
set -euo pipefail

out=$(realpath "${1:-$(dirname "$0")}")
work=$(mktemp -d)
hostns=btmonh$$
clientns=btmonc$$
pids=()

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    ip netns del "$hostns" 2>/dev/null || true
    ip netns del "$clientns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

ip netns add "$hostns"
ip netns add "$clientns"
ip link add vh netns "$hostns" type veth peer name vc netns "$clientns"
ip -n "$hostns" addr add 198.18.0.1/24 dev vh
ip -n "$hostns" link set vh up
ip -n "$hostns" link set lo up
ip -n "$clientns" link set vc up
ip -n "$clientns" link set lo up

mkdir -p "$work/tftp/ph1"
cp /usr/lib/PXELINUX/pxelinux.0 "$work/tftp/ph1/pxelinux.0"
head -c 300000 /dev/urandom >"$work/tftp/ph1/kernel"
head -c 4000000 /dev/urandom >"$work/tftp/ph1/rootfs.gz"

# busybox udhcpc only reports the lease; this script assigns it.
cat >"$work/udhcpc.sh" <<'EOF'
#!/bin/sh
case "$1" in
bound|renew) ip addr flush dev "$interface"; ip addr add "$ip/${mask:-24}" dev "$interface" ;;
esac
exit 0
EOF
chmod +x "$work/udhcpc.sh"

inclient() { timeout 20 ip netns exec "$clientns" "$@"; }

start_dnsmasq() { # <log> <extra args...>
    local log=$1
    shift
    ip netns exec "$hostns" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 \
        --user=root --group=root --interface=vh --bind-interfaces \
        --log-facility="$log" --log-dhcp --pid-file="$work/dnsmasq.pid" \
        --enable-tftp --tftp-root="$work/tftp" "$@" &
    pids+=($!)
    for _ in $(seq 50); do
        [ -s "$work/dnsmasq.pid" ] && break
        sleep 0.1
    done
}

stop_dnsmasq() {
    local pid=${pids[-1]}
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    unset 'pids[-1]'
    rm -f "$work/dnsmasq.pid"
}

set_client_mac() {
    ip -n "$clientns" link set vc down
    ip -n "$clientns" link set vc address "$1"
    ip -n "$clientns" link set vc up
    ip -n "$clientns" addr flush dev vc
}

pxe_boot() { # <mac> <hostname>
    set_client_mac "$1"
    inclient busybox udhcpc -i vc -n -q -f -t 4 -T 1 -s "$work/udhcpc.sh" \
        -V PXEClient:Arch:00000:UNDI:002001 -x "hostname:$2" || true
    inclient busybox tftp -g -r ph1/pxelinux.0 -l "$work/got" 198.18.0.1 || true
    inclient busybox tftp -g -r ph1/kernel -l "$work/got" 198.18.0.1 || true
    inclient busybox tftp -g -r ph1/rootfs.gz -l "$work/got" 198.18.0.1 || true
}

# Full DHCP: two machines boot, one asks for a missing file and fails to
# store another (dnsmasq logs the error and the failed send), then the first
# reboots and Phase-1 Linux takes a lease without
# the PXE vendor class.
start_dnsmasq "$work/full.log" --dhcp-range=198.18.0.100,198.18.0.150,12h \
    --dhcp-boot=ph1/pxelinux.0 --dhcp-leasefile="$work/full.leases"
pxe_boot 52:54:00:12:34:56 labpc01
pxe_boot 52:54:00:ab:cd:ef labpc02
inclient busybox tftp -g -r ph1/missing.cfg -l "$work/got" 198.18.0.1 || true
# A PXE ROM first asks for the size only and aborts with TFTP error 8 once
# the server acknowledges the option; dnsmasq logs the error and the failed
# send. busybox tftp cannot do that, so a few lines of Python play the ROM.
inclient python3 - <<'PY' || true
import socket, struct
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(3)
s.sendto(b"\0\1ph1/kernel\0octet\0tsize\0000\0", ("198.18.0.1", 69))
reply, server = s.recvfrom(2048)
if struct.unpack("!H", reply[:2])[0] == 6:
    s.sendto(b"\0\5\0\10User aborted the transfer\0", server)
PY
set_client_mac 52:54:00:12:34:56
inclient busybox udhcpc -i vc -n -q -f -t 4 -T 1 -s "$work/udhcpc.sh" -x hostname:labpc01 || true
pxe_boot 52:54:00:12:34:56 labpc01
stop_dnsmasq

# proxyDHCP beside an existing server: dnsmasq only answers PXE clients and
# hands out no address, so the client here gets none.
start_dnsmasq "$work/proxy.log" --dhcp-range=198.18.0.0,proxy,255.255.255.0 \
    --pxe-service=x86PC,"BootTorrent",ph1/pxelinux
set_client_mac 52:54:00:00:00:07
# Options 93 (client architecture) and 97 (machine UUID) make dnsmasq treat
# the request as a PXE ROM's.
inclient busybox udhcpc -i vc -n -q -f -t 2 -T 1 -s "$work/udhcpc.sh" \
    -V PXEClient:Arch:00000:UNDI:002001 -x 0x5d:0000 \
    -x 0x61:00112233445566778899aabbccddeeff00 || true
stop_dnsmasq

cp "$work/full.log" "$out/dnsmasq-full.log"
cp "$work/full.leases" "$out/dnsmasq-full.leases"
cp "$work/proxy.log" "$out/dnsmasq-proxy.log"
echo "recorded into $out"

# shellcheck shell=bash
# One simulated lab client, from power-on to "booted", inside its network
# namespace. This is the one place that knows how a client boots, so the
# end-to-end tests and the virtual lab share it.
#
#   client_boot NS WORKDIR HOST_IP BTTUI
#
# 1. DHCP as a BIOS PXE ROM does it (pxe-dhcp.py): the address from
#    whichever server offers one, the boot file and the TFTP server from
#    BootTorrent, be it the network's DHCP server or a proxyDHCP beside
#    another one,
# 2. the boot file and the Phase-1 files over TFTP with busybox tftp from
#    the server DHCP named (as pxelinux would),
# 3. torrents.gz unpacked the way the kernel unpacks an initrd,
# 4. bttui --headless --dry-run: picks the default OS, fetches it by
#    BitTorrent from the host and the other clients, shares, prints the boot
#    command and reports each state to the host,
# 5. "booted" posted as the booted OS does.

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

client_boot() {
    local ns=$1 work=$2 host=$3 bttui=$4 f mac status_port key value ip='' prefix='' router='' next_server='' bootfile=''
    mkdir -p "$work/tftp"
    ip netns exec "$ns" python3 "$E2E_DIR/pxe-dhcp.py" eth0 >"$work/dhcp.out" 2>"$work/dhcp.log" ||
        { echo "$ns: no DHCP lease: $(tail -1 "$work/dhcp.log")"; return 1; }
    while IFS='=' read -r key value; do
        case $key in ip) ip=$value ;; prefix) prefix=$value ;; router) router=$value ;;
        next_server) next_server=$value ;; bootfile) bootfile=$value ;; esac
    done <"$work/dhcp.out"
    ip -n "$ns" addr flush dev eth0
    ip -n "$ns" addr add "$ip/$prefix" dev eth0
    [ -z "$router" ] || ip -n "$ns" route replace default via "$router" dev eth0
    [ "$next_server" = "$host" ] || { echo "$ns: DHCP named $next_server as boot server, not $host"; return 1; }
    for f in "$bootfile" ldlinux.c32 pxelinux.cfg/default kernel rootfs.gz diff.gz torrents.gz; do
        # A host without a Phase-1 build serves no kernel; the rest must come.
        if ! ip netns exec "$ns" busybox tftp -g -r "$f" -l "$work/tftp/${f//\//_}" "$next_server" 2>>"$work/tftp.log"; then
            case $f in kernel | rootfs.gz | diff.gz) rm -f "$work/tftp/$f" ;; *) echo "$ns: TFTP of $f failed"; return 1 ;; esac
        fi
    done
    (cd "$work" && gzip -dc tftp/torrents.gz | cpio -id --quiet) || { echo "$ns: torrents.gz does not unpack"; return 1; }
    ip netns exec "$ns" "$bttui" --headless --dry-run --root "$work/torrents" >"$work/bttui.log" 2>&1 ||
        { echo "$ns: bttui failed: $(tail -3 "$work/bttui.log")"; return 1; }
    mac=$(ip netns exec "$ns" cat /sys/class/net/eth0/address)
    status_port=$(sed -n 's/^ *status_port: *\([0-9]*\).*/\1/p' "$work/torrents/Boottorrent.yaml" | head -1)
    ip netns exec "$ns" curl -sf --max-time 5 -X POST -H 'Content-Type: application/json' \
        -d '{"state":"booted","progress":100,"message":"simulated OS up"}' \
        "http://$host:${status_port:-8290}/api/v1/clients/$mac" >/dev/null ||
        { echo "$ns: posting booted failed"; return 1; }
}

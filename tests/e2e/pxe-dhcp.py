#!/usr/bin/env python3
"""The DHCP half of a PXE ROM, for simulated lab clients.

    pxe-dhcp.py INTERFACE [--arch N] [--attempts N]

Broadcasts a DHCPDISCOVER as a PXE ROM does (vendor class PXEClient, client
architecture, UUID), collects the offers, and combines them the way PXE
does: the address from the offer that carries one, the boot file from that
offer or, beside another DHCP server, from a proxyDHCP offer (no address,
vendor class PXEClient). It then requests the address from the server that
offered it and, when the proxy sent no file name (UEFI clients are sent to
port 4011), asks the proxy on port 4011.

Prints key=value lines for the caller: ip, prefix, router, dhcp_server,
next_server, bootfile. Exit 0 with a lease and a boot file, 1 otherwise
(the reason on stderr). Every wait is bounded; nothing is read past a
datagram.
"""
import ipaddress
import os
import random
import re
import select
import socket
import struct
import sys
import time

MAGIC = b"\x63\x82\x53\x63"
DISCOVER, OFFER, REQUEST, ACK, NAK = 1, 2, 3, 5, 6
SAFE = re.compile(r"^[A-Za-z0-9._/:-]{1,128}$")


def fail(message):
    print(f"pxe-dhcp: {message}", file=sys.stderr)
    sys.exit(1)


def packet(mac, xid, message_type, arch, uuid, ciaddr="0.0.0.0", extra=b""):
    header = struct.pack(
        "!BBBBIHH4s4s4s4s16s64s128s",
        1, 1, 6, 0, xid, 0, 0x8000,
        socket.inet_aton(ciaddr), b"\0" * 4, b"\0" * 4, b"\0" * 4,
        mac + b"\0" * 10, b"", b"")
    vendor = b"PXEClient:Arch:%05d:UNDI:002001" % arch
    options = bytes([53, 1, message_type])
    options += bytes([57, 2]) + struct.pack("!H", 1260)
    options += bytes([55, 7, 1, 3, 43, 54, 60, 66, 67])
    options += bytes([60, len(vendor)]) + vendor
    options += bytes([93, 2]) + struct.pack("!H", arch)
    options += bytes([94, 3, 1, 2, 1])
    options += bytes([97, 17, 0]) + uuid
    return header + MAGIC + options + extra + b"\xff"


def parse(data, xid):
    """The reply to xid as a dict, or None; never reads past the datagram."""
    if len(data) < 240 or data[0] != 2 or data[236:240] != MAGIC:
        return None
    if struct.unpack("!I", data[4:8])[0] != xid:
        return None
    reply = {
        "yiaddr": socket.inet_ntoa(data[16:20]),
        "siaddr": socket.inet_ntoa(data[20:24]),
        "file": data[108:236].split(b"\0", 1)[0],
        "options": {},
    }
    i = 240
    while i < len(data):
        code = data[i]
        if code == 255:
            break
        if code == 0:
            i += 1
            continue
        if i + 1 >= len(data) or i + 2 + data[i + 1] > len(data):
            return None
        reply["options"].setdefault(code, data[i + 2:i + 2 + data[i + 1]])
        i += 2 + data[i + 1]
    kind = reply["options"].get(53, b"")
    reply["type"] = kind[0] if len(kind) == 1 else 0
    return reply


def address_option(reply, code):
    value = reply["options"].get(code, b"")
    return socket.inet_ntoa(value[:4]) if len(value) >= 4 else ""


def boot_file(reply):
    name = reply["options"].get(67) or reply["file"]
    return name.split(b"\0", 1)[0].decode("ascii", "replace")


def is_proxy(reply):
    return reply["yiaddr"] == "0.0.0.0" and reply["options"].get(60, b"").startswith(b"PXEClient")


def receive(sock, xid, wanted, deadline, until=None):
    """Replies of the given types until the deadline (or until() is true)."""
    replies = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or (until and until(replies)):
            return replies
        ready, _, _ = select.select([sock], [], [], left)
        if not ready:
            return replies
        data, sender = sock.recvfrom(4096)
        reply = parse(data, xid)
        if reply and reply["type"] in wanted:
            reply["sender"] = sender[0]
            replies.append(reply)


def main():
    args = sys.argv[1:]
    if not args:
        fail("usage: pxe-dhcp.py INTERFACE [--arch N] [--attempts N]")
    interface, arch, attempts = args[0], 0, 5
    for i in range(1, len(args) - 1, 2):
        if args[i] == "--arch":
            arch = int(args[i + 1])
        elif args[i] == "--attempts":
            attempts = int(args[i + 1])
    with open(f"/sys/class/net/{interface}/address") as f:
        mac = bytes.fromhex(f.read().strip().replace(":", ""))
    uuid = bytes(random.getrandbits(8) for _ in range(16))

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, interface.encode())
    sock.bind(("0.0.0.0", 68))

    lease = proxy = None
    for _ in range(attempts):
        xid = random.getrandbits(32)
        sock.sendto(packet(mac, xid, DISCOVER, arch, uuid), ("255.255.255.255", 67))
        # As a PXE ROM: once an address is offered, wait a little longer for
        # a proxyDHCP offer unless the address offer names a boot file.
        start = time.monotonic()
        offers = receive(sock, xid, {OFFER}, start + 4,
                         until=lambda got: any(not is_proxy(o) and boot_file(o) for o in got)
                         or (any(not is_proxy(o) for o in got) and any(is_proxy(o) for o in got)))
        lease = next((o for o in offers if not is_proxy(o)), None)
        proxy = next((o for o in offers if is_proxy(o)), None)
        if lease:
            break
    if not lease:
        fail(f"no DHCP server offered an address on {interface}")

    server = address_option(lease, 54) or lease["sender"]
    request = bytes([50, 4]) + socket.inet_aton(lease["yiaddr"]) + bytes([54, 4]) + socket.inet_aton(server)
    sock.sendto(packet(mac, xid, REQUEST, arch, uuid, extra=request), ("255.255.255.255", 67))
    answers = receive(sock, xid, {ACK, NAK}, time.monotonic() + 4,
                      until=lambda got: any(address_option(a, 54) in ("", server) for a in got))
    ack = next((a for a in answers if address_option(a, 54) in ("", server)), None)
    if not ack or ack["type"] != ACK:
        fail(f"{server} did not acknowledge {lease['yiaddr']}")
    mask = address_option(ack, 1) or "255.255.255.0"
    prefix = ipaddress.IPv4Network(f"0.0.0.0/{mask}").prefixlen
    router = address_option(ack, 3)

    boot = ack if boot_file(ack) else (lease if boot_file(lease) else proxy)
    if boot is None:
        fail(f"{server} leased {lease['yiaddr']} but nobody offered a boot file")
    next_server = boot["siaddr"] if boot["siaddr"] != "0.0.0.0" else (address_option(boot, 54) or boot["sender"])
    name = boot_file(boot)
    if not name and boot is proxy:
        # The proxy wants the boot server request on port 4011, from our address.
        os.system(f"ip addr add {lease['yiaddr']}/{prefix} dev {interface}")
        sock.sendto(packet(mac, xid, REQUEST, arch, uuid, ciaddr=lease["yiaddr"]), (next_server, 4011))
        answers = receive(sock, xid, {ACK}, time.monotonic() + 4, until=lambda got: bool(got))
        if not answers or not boot_file(answers[0]):
            fail(f"the proxyDHCP server {next_server} named no boot file on port 4011")
        name = boot_file(answers[0])
        if answers[0]["siaddr"] != "0.0.0.0":
            next_server = answers[0]["siaddr"]

    values = {"ip": lease["yiaddr"], "prefix": str(prefix), "router": router,
              "dhcp_server": server, "next_server": next_server, "bootfile": name}
    for key, value in values.items():
        if value and not SAFE.match(value):
            fail(f"the DHCP reply's {key} is not a plain name or address")
        print(f"{key}={value}")


if __name__ == "__main__":
    main()

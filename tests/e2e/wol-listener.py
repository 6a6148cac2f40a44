#!/usr/bin/env python3
"""Records the Wake-on-LAN packets a machine's network card would see.

Listens on INTERFACE at the Ethernet level (no IP address needed, as a
powered-off machine's card has none) and writes one line per UDP datagram to
port 9 or 7: arrival time, destination MAC, destination IP, port, payload
in hex. Runs until killed.

    wol-listener.py INTERFACE OUTPUT
"""
import socket
import struct
import sys
import time

ETH_P_ALL = 0x0003


def main():
    interface, output = sys.argv[1], sys.argv[2]
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    sock.bind((interface, 0))
    with open(output, "w", buffering=1) as out:
        out.write("ready\n")
        while True:
            frame = sock.recv(65535)
            if len(frame) < 14 + 20 + 8 or struct.unpack("!H", frame[12:14])[0] != 0x0800:
                continue
            ip = frame[14:]
            header = (ip[0] & 0x0F) * 4
            if ip[9] != 17:  # UDP
                continue
            udp = ip[header:]
            port = struct.unpack("!H", udp[2:4])[0]
            if port not in (7, 9):
                continue
            length = struct.unpack("!H", udp[4:6])[0]
            payload = udp[8:length]
            out.write("%.3f %s %s %d %s\n" % (
                time.monotonic(), frame[0:6].hex(":"), socket.inet_ntoa(ip[16:20]), port, payload.hex()))


if __name__ == "__main__":
    main()

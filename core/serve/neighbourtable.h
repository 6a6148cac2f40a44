#pragma once

#include "dnsmasqlease.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bt {

// The kernel's ARP table (/proc/net/arp): which MAC answers for which IPv4
// address on an interface. In proxyDHCP mode dnsmasq hands out no leases,
// and its TFTP lines name only the client's address; the machine talked to
// this host to fetch the file, so the kernel knows its MAC and the registry
// can join the two. Entries come as leases without expiry or hostname.
namespace NeighbourTable {

// Complete entries of `interface` (all interfaces when empty); bounded:
// at most the first 4096 lines, malformed lines skipped.
QList<DnsmasqLease> parse(const QByteArray &content, const QString &interface);
// Reads /proc/net/arp (or `path`); empty when it cannot be read.
QList<DnsmasqLease> read(const QString &interface, const QString &path = {});

} // namespace NeighbourTable

} // namespace bt

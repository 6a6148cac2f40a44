#pragma once

#include <QString>

#include <optional>

namespace bt {

// The process that holds a local port, found through /proc/net and
// /proc/<pid>/fd, so a "port in use" message can name it. Only processes
// whose file descriptors we may read are found (all of them as root).
struct PortOwner
{
    enum class Transport { Tcp, Udp };

    qint64 pid = 0;
    QString command; // /proc/<pid>/comm, e.g. "dnsmasq"

    // A TCP port counts when a socket listens on it, a UDP port when a
    // socket is bound to it; IPv4 and IPv6 sockets both count.
    static std::optional<PortOwner> find(Transport transport, quint16 port);
    // "dnsmasq (pid 812)"
    QString toString() const;
};

} // namespace bt

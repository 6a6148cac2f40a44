#pragma once

#include <QHostAddress>
#include <QString>

namespace bt {

// Host address and a DHCP range proposed for an interface's IPv4 subnet,
// so picking an interface fills the network form with values that work.
struct NetworkProposal {
    QString hostIp;
    QString rangeStart;
    QString rangeEnd;
    QString netmask;

    // Empty hostIp when the address is no IPv4 or the subnet has no room
    // for a range (/31, /32).
    static NetworkProposal forInterfaceAddress(const QHostAddress &address, int prefixLength);
};

} // namespace bt

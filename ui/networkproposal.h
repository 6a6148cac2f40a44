#pragma once

#include <QHostAddress>
#include <QString>

namespace bt {

class Environment;

// Host address and a DHCP range proposed for an interface's IPv4 subnet,
// so picking an interface fills the network form with values that work.
struct NetworkProposal
{
    QString hostIp;
    QString rangeStart;
    QString rangeEnd;
    QString netmask;

    // Empty hostIp when the address is no IPv4 or the subnet has no room
    // for a range (/31, /32).
    static NetworkProposal forInterfaceAddress(const QHostAddress &address, int prefixLength);
    // The proposal for the first IPv4 address of the interface `name`;
    // empty when it has none.
    static NetworkProposal forInterface(const QString &name);

    // True when the interface's IPv4 address has a lifetime, i.e. a DHCP
    // server leased it: the network already has one.
    bool leased = false;
};

// Switches env to proxyDHCP beside the network's own DHCP server, taking
// host address and network from `proposal` when it has them.
void switchToProxyDhcp(Environment &env, const NetworkProposal &proposal);

} // namespace bt

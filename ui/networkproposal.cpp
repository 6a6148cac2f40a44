#include "networkproposal.h"

#include "environment/environmentsection.h"

#include <QNetworkInterface>

#include <algorithm>

namespace bt {

NetworkProposal NetworkProposal::forInterfaceAddress(const QHostAddress &address, int prefixLength)
{
    NetworkProposal proposal;
    if (address.protocol() != QAbstractSocket::IPv4Protocol || prefixLength < 1
        || prefixLength > 30)
        return proposal;
    const quint32 ip = address.toIPv4Address();
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    const quint32 network = ip & mask;
    const quint32 broadcast = network | ~mask;
    const quint32 first = network + 1;
    const quint32 last = broadcast - 1;

    // The upper half of the subnet, at most 100 addresses, from .100 in a
    // /24; if the host sits there, the half below the host instead.
    const quint32 usable = last - first + 1;
    quint32 start = first + usable / 2;
    if (usable >= 200)
        start = first + 99;
    quint32 end = std::min(last, start + 99);
    if (ip >= start && ip <= end) {
        if (ip - first >= 2) {
            end = ip - 1;
            start = std::max(first, ip > 100 ? ip - 100 : first);
        } else {
            start = ip + 1;
        }
    }
    if (start > end)
        return proposal;

    proposal.hostIp = address.toString();
    proposal.rangeStart = QHostAddress(start).toString();
    proposal.rangeEnd = QHostAddress(end).toString();
    proposal.netmask = QHostAddress(mask).toString();
    return proposal;
}

NetworkProposal NetworkProposal::forInterface(const QString &name)
{
    const QList<QNetworkAddressEntry> entries
        = QNetworkInterface::interfaceFromName(name).addressEntries();
    for (const QNetworkAddressEntry &entry : entries) {
        NetworkProposal proposal = forInterfaceAddress(entry.ip(), entry.prefixLength());
        if (proposal.hostIp.isEmpty())
            continue;
        proposal.leased = entry.isLifetimeKnown() && !entry.isPermanent();
        return proposal;
    }
    return {};
}

void switchToProxyDhcp(Environment &env, const NetworkProposal &proposal)
{
    DnsmasqSettings dnsmasq = env.dnsmasq();
    dnsmasq.enableDhcp = true;
    dnsmasq.proxyDhcp = true;
    if (!proposal.hostIp.isEmpty()) {
        // dnsmasq needs only the network in proxy mode; the range names it.
        const Result<DhcpRange> old = DhcpRange::parse(dnsmasq.dhcpRange);
        DhcpRange range;
        range.start = proposal.rangeStart;
        range.end = proposal.rangeEnd;
        range.netmask = proposal.netmask;
        range.lease = old.ok() ? old->lease : QString();
        dnsmasq.dhcpRange = range.toString();
        setSetting(env, &BootSettings::hostIp, proposal.hostIp);
    }
    env.setDnsmasq(dnsmasq);
}

} // namespace bt

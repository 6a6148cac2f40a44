#include "environment.h"

#include <wire/ipv4.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace bt {

namespace {

Problem rangeProblem(const QString &message) { return Problem { {}, {}, message }; }

bool looksLikeLease(const QString &text)
{
    static const QRegularExpression lease(QStringLiteral("^(infinite|[0-9]+[smhdw]?)$"));
    return lease.match(text).hasMatch();
}

} // namespace

Result<DhcpRange> DhcpRange::parse(const QString &text)
{
    QStringList parts = text.split(QLatin1Char(','));
    for (QString &part : parts)
        part = part.trimmed();
    if (parts.size() < 2)
        return rangeProblem(QCoreApplication::translate("bt::DhcpRange",
            "needs start and end addresses separated by a comma "
            "(start,end[,netmask][,lease]), got \"%1\"")
                                .arg(text));
    if (parts.size() > 4)
        return rangeProblem(QCoreApplication::translate(
            "bt::DhcpRange", "has more than four parts (start,end[,netmask][,lease]), got \"%1\"")
                                .arg(text));

    DhcpRange range;
    range.start = parts[0];
    range.end = parts[1];
    const auto start = wire::ipv4::parse(range.start.toStdString());
    if (!start)
        return rangeProblem(
            QCoreApplication::translate("bt::DhcpRange", "start \"%1\" is not an IPv4 address")
                .arg(range.start));
    const auto end = wire::ipv4::parse(range.end.toStdString());
    if (!end)
        return rangeProblem(
            QCoreApplication::translate("bt::DhcpRange", "end \"%1\" is not an IPv4 address")
                .arg(range.end));
    if (*end < *start)
        return rangeProblem(
            QCoreApplication::translate("bt::DhcpRange", "end %1 is before start %2")
                .arg(range.end, range.start));

    if (parts.size() == 4) {
        range.netmask = parts[2];
        range.lease = parts[3];
    } else if (parts.size() == 3) {
        // dnsmasq tells a netmask from a lease time by its dots.
        if (parts[2].contains(QLatin1Char('.')))
            range.netmask = parts[2];
        else
            range.lease = parts[2];
    }

    if (parts.size() == 4 || !range.netmask.isEmpty()) {
        const auto mask = wire::ipv4::parse(range.netmask.toStdString());
        if (!mask)
            return rangeProblem(QCoreApplication::translate(
                "bt::DhcpRange", "netmask \"%1\" is not an IPv4 address")
                                    .arg(range.netmask));
        if (!wire::ipv4::prefixLength(*mask))
            return rangeProblem(QCoreApplication::translate(
                "bt::DhcpRange", "netmask %1 is not a netmask (its one bits must come first)")
                                    .arg(range.netmask));
    }
    if (parts.size() == 4 || !range.lease.isEmpty()) {
        if (!looksLikeLease(range.lease))
            return rangeProblem(QCoreApplication::translate("bt::DhcpRange",
                "lease \"%1\" is not a lease time "
                "(use 12h, 30m, 45s, infinite or plain seconds)")
                                    .arg(range.lease));
        // dnsmasq itself raises anything under two minutes to two minutes;
        // only a zero lease is meaningless, so that is the one refused.
        static const QRegularExpression zero(QStringLiteral("^0+[smhdw]?$"));
        if (zero.match(range.lease).hasMatch())
            return rangeProblem(QCoreApplication::translate("bt::DhcpRange",
                "lease %1 is zero; give at least 1 second "
                "(dnsmasq raises leases under 2 minutes to 2 minutes)")
                                    .arg(range.lease));
    }
    return range;
}

QString DhcpRange::toString() const
{
    QStringList parts { start, end };
    if (!netmask.isEmpty())
        parts << netmask;
    if (!lease.isEmpty())
        parts << lease;
    return parts.join(QLatin1Char(','));
}

} // namespace bt

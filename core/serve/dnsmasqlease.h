#pragma once

#include <QDateTime>
#include <QString>

namespace bt {

// One line of dnsmasq's lease file: "<expiry> <mac> <ip> <hostname|*> <clientid|*>".
struct DnsmasqLease
{
    QDateTime expiry; // invalid for infinite leases (expiry 0)
    QString mac; // lower-case colon form
    QString ip;
    QString hostname; // empty when dnsmasq wrote "*"
    QString clientId; // empty when dnsmasq wrote "*"

    bool operator==(const DnsmasqLease &) const = default;
};

} // namespace bt

#include "neighbourtable.h"

#include "environment/macaddress.h"

#include <QFile>
#include <QHostAddress>

namespace bt::NeighbourTable {

namespace {

constexpr int kMaxLines = 4096;
constexpr qint64 kMaxBytes = 1024 * 1024;
constexpr int kFlagComplete = 0x2; // ATF_COM

} // namespace

QList<DnsmasqLease> parse(const QByteArray &content, const QString &interface)
{
    // "IP address  HW type  Flags  HW address  Mask  Device", one header line.
    QList<DnsmasqLease> entries;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 1; i < lines.size() && i <= kMaxLines; ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() != 6)
            continue;
        bool ok = false;
        const int flags = fields.at(2).toInt(&ok, 16);
        if (!ok || !(flags & kFlagComplete))
            continue;
        if (!interface.isEmpty() && QString::fromLatin1(fields.at(5)) != interface)
            continue;
        const QHostAddress address(QString::fromLatin1(fields.at(0)));
        const std::optional<QString> mac = normalizedMac(QString::fromLatin1(fields.at(3)));
        if (address.protocol() != QAbstractSocket::IPv4Protocol || !mac
            || *mac == QStringLiteral("00:00:00:00:00:00"))
            continue;
        DnsmasqLease entry;
        entry.ip = address.toString();
        entry.mac = *mac;
        entries << entry;
    }
    return entries;
}

QList<DnsmasqLease> read(const QString &interface, const QString &path)
{
    QFile file(path.isEmpty() ? QStringLiteral("/proc/net/arp") : path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.read(kMaxBytes), interface);
}

} // namespace bt::NeighbourTable

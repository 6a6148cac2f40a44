#include "leasefilereader.h"

#include "environment/macaddress.h"
#include "private/filewatch.h"

#include <QFile>
#include <QHostAddress>

namespace bt {

namespace {
// A lease file holds one line per machine; anything larger is not one.
constexpr qint64 MaxLeaseFileSize = 16 * 1024 * 1024;
} // namespace

LeaseFileReader::LeaseFileReader(const QString &leasePath, QObject *parent)
    : QObject(parent)
    , m_path(leasePath)
    , m_watch(new FileWatch(leasePath, 2000, this))
{
    connect(m_watch, &FileWatch::changed, this, &LeaseFileReader::readNow);
}

void LeaseFileReader::setPollInterval(int milliseconds) { m_watch->setPollInterval(milliseconds); }

void LeaseFileReader::start()
{
    m_running = true;
    m_readOnce = false;
    m_lastContent.clear();
    m_watch->start();
    readNow();
}

void LeaseFileReader::stop()
{
    m_running = false;
    m_watch->stop();
}

void LeaseFileReader::readNow()
{
    if (!m_running)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_watch->watchFile(); // dnsmasq may have replaced the file
    const QByteArray content = file.read(MaxLeaseFileSize);
    if (m_readOnce && content == m_lastContent)
        return;
    m_readOnce = true;
    m_lastContent = content;
    Q_EMIT leasesRead(parse(content));
}

QList<DnsmasqLease> LeaseFileReader::parse(const QByteArray &content)
{
    QList<DnsmasqLease> leases;
    const QList<QByteArray> lines = content.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 5)
            continue;
        bool ok = false;
        const qint64 expiry = fields.at(0).toLongLong(&ok);
        if (!ok)
            continue;
        const std::optional<QString> mac = normalizedMac(QString::fromLatin1(fields.at(1)));
        const QString ip = QString::fromLatin1(fields.at(2));
        if (!mac || QHostAddress(ip).protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        DnsmasqLease lease;
        if (expiry > 0)
            lease.expiry = QDateTime::fromSecsSinceEpoch(expiry);
        lease.mac = *mac;
        lease.ip = ip;
        const QString star = QStringLiteral("*");
        const QString hostname = QString::fromUtf8(fields.at(3));
        lease.hostname = hostname == star ? QString() : hostname;
        const QString clientId = QString::fromLatin1(fields.at(4));
        lease.clientId = clientId == star ? QString() : clientId;
        leases.append(lease);
    }
    return leases;
}

Result<QList<DnsmasqLease>> LeaseFileReader::read(const QString &leasePath)
{
    QFile file(leasePath);
    if (!file.open(QIODevice::ReadOnly))
        return Problem { leasePath, QString(),
            QStringLiteral("Cannot read the DHCP lease file: %1.").arg(file.errorString()) };
    return parse(file.read(MaxLeaseFileSize));
}

} // namespace bt

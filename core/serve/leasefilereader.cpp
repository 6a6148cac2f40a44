#include "leasefilereader.h"

#include "macaddress.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHostAddress>

namespace bt {

namespace {
// A lease file holds one line per machine; anything larger is not one.
constexpr qint64 MaxLeaseFileSize = 16 * 1024 * 1024;
} // namespace

LeaseFileReader::LeaseFileReader(const QString &leasePath, QObject *parent)
    : QObject(parent)
    , m_path(leasePath)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &LeaseFileReader::readNow);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LeaseFileReader::readNow);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LeaseFileReader::readNow);
}

void LeaseFileReader::setPollInterval(int milliseconds) { m_pollTimer.setInterval(milliseconds); }

void LeaseFileReader::start()
{
    m_running = true;
    m_readOnce = false;
    m_lastContent.clear();
    const QString directory = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(directory))
        m_watcher->addPath(directory);
    m_pollTimer.start();
    readNow();
}

void LeaseFileReader::stop()
{
    m_running = false;
    m_pollTimer.stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
}

void LeaseFileReader::readNow()
{
    if (!m_running)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // dnsmasq may replace the file, which drops it from the watcher.
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
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

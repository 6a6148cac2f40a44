#pragma once

#include "dnsmasqlease.h"

#include <environment/result.h>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace bt {

class FileWatch;

// Reads dnsmasq's lease file, which dnsmasq rewrites whenever a lease
// changes: the leases join IP addresses to MACs even for machines whose
// DHCP exchange happened before the log was read.
class LeaseFileReader : public QObject
{
    Q_OBJECT
public:
    explicit LeaseFileReader(const QString &leasePath, QObject *parent = nullptr);

    QString leasePath() const { return m_path; }
    void setPollInterval(int milliseconds); // default 2000
    // Watches the file and emits leasesRead whenever its content changes.
    void start();
    void stop();
    void readNow();

    // Lines that do not have the five fields (or carry a DUID line of
    // DHCPv6) are skipped.
    static QList<DnsmasqLease> parse(const QByteArray &content);
    static Result<QList<DnsmasqLease>> read(const QString &leasePath);

Q_SIGNALS:
    void leasesRead(const QList<DnsmasqLease> &leases);

private:
    QString m_path;
    FileWatch *m_watch;
    QByteArray m_lastContent;
    bool m_running = false;
    bool m_readOnce = false;
};

} // namespace bt

#pragma once

#include "dnsmasqevent.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt {

class FileWatch;

// Follows the log dnsmasq writes with log-dhcp + log-facility=FILE and turns
// its lines into DnsmasqEvents. It tails the growing file (file-system
// notifications plus a polling timer, because inotify misses writes on some
// file systems), starts over when the file is truncated or replaced by
// rotation, and emits what one read produced as a single batch.
class DnsmasqLogReader : public QObject
{
    Q_OBJECT
public:
    enum class StartAt { Beginning, End };

    explicit DnsmasqLogReader(const QString &logPath, QObject *parent = nullptr);
    ~DnsmasqLogReader() override;

    QString logPath() const { return m_path; }
    void setPollInterval(int milliseconds); // default 1000
    void start(StartAt startAt = StartAt::Beginning);
    void stop();
    bool isRunning() const { return m_running; }

    // Reads whatever is new right now (also called by the watcher and timer).
    void readNow();

    // Parses one log line; std::nullopt for lines that say nothing about a
    // client (start-up banner, option dumps, DNS). `reference` supplies the
    // year, which syslog-style time stamps leave out.
    static std::optional<DnsmasqEvent> parseLine(
        const QString &line, const QDateTime &reference = QDateTime::currentDateTime());

    // Parses consecutive lines of one log, marking DHCP events whose
    // transaction carried the PXEClient vendor class (`pxe`). VendorClass
    // events are consumed, not returned. Keeps state between calls.
    QList<DnsmasqEvent> parseLines(
        const QStringList &lines, const QDateTime &reference = QDateTime::currentDateTime());

Q_SIGNALS:
    void linesRead(const QStringList &lines);
    void eventsRead(const QList<DnsmasqEvent> &events);

private:
    bool reopenIfReplaced();
    QStringList readAvailableLines(bool flushPartialLine);
    void deliver(const QStringList &lines);

    QString m_path;
    QFile m_file;
    qint64 m_position = 0;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QByteArray m_partial;
    bool m_running = false;
    FileWatch *m_watch;
    QHash<quint32, QString> m_vendorClasses; // by DHCP transaction id
};

} // namespace bt

#pragma once

#include "environment/environment.h"
#include "environment/machinebook.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QTimer;

namespace bt {

class ClientRegistry;

// serve's side of the machine book (MachineBook, machines.yaml): every
// machine the registry sees is added (named after its DHCP host name when
// that name is free) and its last_seen kept; a machine's next_boot is
// cleared once it booted; the file is watched for the administrator's
// edits, and every change to the machines' choices reaches the clients
// through a fresh torrents.gz. Writes are batched: a new machine or a
// cleared next_boot within a second, last_seen at most once a minute.
class MachineRecorder : public QObject
{
    Q_OBJECT
public:
    MachineRecorder(ClientRegistry *registry, QObject *parent = nullptr);

    // The environment served (its out/ must be built); reads the book
    // (bookFile; empty: the environment's machines.yaml) and refreshes the
    // clients' settings. Problems of the book are reported through note()
    // and leave the file alone.
    void start(const Environment &env, const QString &bookFile = {});
    void stop(); // writes what is pending

    const MachineBook &book() const { return m_book; }
    QJsonObject toJson() const; // {"machines": [...]} for the admin API
    static QJsonObject toJsonOf(const MachineBook &book);
    static QJsonObject machineToJson(const KnownMachine &machine);
    // What machineToJson() wrote, as the admin API sends it: texts cut to
    // the book's bounds, the countdown clamped. Nothing without a MAC.
    static std::optional<KnownMachine> machineFromJson(const QJsonObject &object);

    // Intervals (milliseconds), for tests.
    void setIntervals(int soonMs, int lastSeenMs, int watchMs);

Q_SIGNALS:
    void machinesChanged();
    // One sentence for serve's log; error: a problem that keeps the book
    // from being written or read.
    void note(const QString &text, bool error);

private:
    void onClientsChanged(const QList<QString> &macs);
    void flush();
    void checkFile();
    void reload();
    void refreshClients();
    QStringList osNames() const;

    ClientRegistry *m_registry;
    Environment m_env;
    QString m_bookFile;
    bool m_running = false;
    MachineBook m_book;
    QHash<QString, QDateTime> m_seen; // MAC -> last seen, not yet written
    QHash<QString, QString> m_hostnames; // MAC -> DHCP host name, not yet written
    QSet<QString> m_booted; // MACs whose next_boot is to be cleared
    QTimer *m_soon;
    QTimer *m_lastSeen;
    QTimer *m_watch;
    QDateTime m_fileTime;
    qint64 m_fileSize = -1;
    QString m_lastProblem; // said once until it changes
};

} // namespace bt

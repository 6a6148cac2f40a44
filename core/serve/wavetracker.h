#pragma once

#include "clientrecord.h"
#include "wavereport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace bt {

class ClientRegistry;

// Cuts the registry's stream of machines into boot waves. A wave starts
// with the first machine seen while none runs: after serve starts, or after
// the last wave settled (a machine of that wave counts again once it starts
// a new boot cycle). Every machine seen while it runs joins it. It settles
// when every machine that joined is booted or failed and no machine joined
// for the grace time, or on the administrator's word (settle()).
class WaveTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultGraceMs = 15000;

    // registry: followed through clientsChanged; nullptr: fed by observe() only.
    explicit WaveTracker(ClientRegistry *registry = nullptr, QObject *parent = nullptr);

    void setGrace(int milliseconds) { m_graceMs = milliseconds; }
    void setClock(const std::function<QDateTime()> &clock) { m_clock = clock; }
    void setNames(const std::function<QString(const QString &mac)> &names) { m_names = names; }
    void setEnvironment(const QString &dir) { m_environment = dir; }

    // The registry's rows as they are at `now`.
    void observe(const QList<ClientRecord> &records, const QDateTime &now);
    // Settles the wave when it is due at `now`; a timer calls it each second.
    void check(const QDateTime &now);
    // The administrator's word; false when no wave runs.
    bool settle(const QDateTime &now);

    bool isRunning() const { return !m_order.isEmpty(); }
    // The running wave so far, else the last settled one, else an empty report.
    WaveReport report() const;

Q_SIGNALS:
    void settled(const bt::WaveReport &report);

private:
    WaveReport build() const;
    void finish(const QDateTime &now, const QString &by);

    std::function<QDateTime()> m_clock;
    std::function<QString(const QString &)> m_names;
    QString m_environment;
    int m_graceMs = DefaultGraceMs;
    QTimer m_timer;
    QList<QString> m_order; // the running wave's machines, as they joined
    QHash<QString, ClientRecord> m_members;
    QHash<QString, int> m_lastWave; // MAC -> boot cycle it had when its wave settled
    QDateTime m_start;
    QDateTime m_lastJoined;
    WaveReport m_last;
};

} // namespace bt

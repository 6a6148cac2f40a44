#pragma once

#include "adminclient.h"
#include "clientrecord.h"
#include "environment/machinebook.h"
#include "swarmtotals.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace bt {

class LogModel;

// One service of a serve, as its admin API lists it.
struct ServiceRow
{
    QString name;
    QString state; // "running", "starting", "backoff", "failed", ...
    qint64 pid = 0;
    int restarts = 0;
    QString lastError;
    bool operator==(const ServiceRow &) const = default;
};

// A read-only copy of what one `boottorrent serve` knows, kept current
// through its admin API: the clients, the swarm, the services, the serving
// state and the log. It is the one source of the app's dashboard, swarm,
// services and log views, whether serve runs on this machine, in the
// virtual lab or on another machine.
//
// Polls every interval (one request after the other, never two rounds at
// once). Clients keep the order serve first saw them in, so a row's index
// never changes while attached; changes are announced by MAC, in one
// clientsChanged per poll.
class ServeMirror : public QObject
{
    Q_OBJECT
public:
    enum class Link {
        Detached, // no endpoint
        Connecting, // asked, no answer yet
        Attached, // the last poll was answered
        Refused, // 401/403: the token is missing or wrong (polling stops)
        Lost, // it answered before and no longer does (polling goes on)
    };
    Q_ENUM(Link)

    static constexpr int DefaultIntervalMs = 1000;

    explicit ServeMirror(QObject *parent = nullptr);
    ~ServeMirror() override;

    // Forgets what the last endpoint said and begins polling this one.
    void attach(const AdminEndpoint &endpoint);
    void detach();
    // Stops polling and keeps what the last answers said (a serve that is
    // going away); attach() starts over.
    void freeze();
    void setInterval(int milliseconds);
    // Polls now (unless a poll is under way).
    void refresh();
    // Asks serve to stop; `done` gets the error (empty when serve took it).
    void requestStop(const std::function<void(const QString &error)> &done = {});
    // Asks serve to rebuild and restart its services (POST /api/v1/restart).
    void requestRestart(const std::function<void(const QString &error)> &done = {});
    // Asks serve to wake machines with Wake-on-LAN from its lab interface;
    // no MACs: every machine it knows.
    void requestWake(
        const QStringList &macs, const std::function<void(const QString &error)> &done = {});

    Link link() const { return m_link; }
    QString linkError() const { return m_linkError; } // why Refused / Lost / Connecting failed
    const AdminEndpoint &endpoint() const { return m_client->endpoint(); }
    int pollCount() const { return m_polls; } // answered polls since attach()

    // "starting", "running", "stopping", "stopped", "failed"; empty before the first answer.
    QString servingState() const { return m_state; }
    QString environment() const { return m_environment; }
    qint64 pid() const { return m_pid; }
    // The network warning serve shows (another DHCP server); empty: none.
    QString networkAlert() const { return m_alert; }

    const QList<ClientRecord> &clients() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    int indexOf(const QString &mac) const { return m_indexByMac.value(mac, -1); }
    SwarmTotals swarm() const { return m_swarm; }
    // serve's machine book (machines.yaml): known machines, seen or not.
    const QList<KnownMachine> &machines() const { return m_machines; }
    QList<ServiceRow> services() const { return m_services; }
    LogModel *log() const { return m_log; }

    // What one poll applies; public for tests and benchmarks that feed the
    // mirror without a serve.
    void applyClients(const QJsonObject &reply);
    void applySwarm(const QJsonObject &reply);
    void applyServices(const QJsonObject &reply);
    void applyState(const QJsonObject &reply);
    void applyLog(const QJsonObject &reply);
    void applyMachines(const QJsonObject &reply);

Q_SIGNALS:
    void linkChanged(bt::ServeMirror::Link link);
    // Every client row is gone (a new endpoint); rows follow as they come.
    void clientsReset();
    void clientsChanged(const QList<QString> &macs);
    void swarmChanged();
    void machinesChanged();
    void servicesChanged();
    void servingStateChanged(const QString &state);
    void networkAlertChanged(const QString &text);
    // One poll round was answered in full.
    void polled();

private:
    void poll();
    void step(int index);
    void setLink(Link link, const QString &error = {});
    void clear();
    void post(const QString &path, const std::function<void(const QString &error)> &done,
        const QByteArray &body = {});

    AdminClient *m_client;
    QTimer m_timer;
    bool m_polling = false;
    Link m_link = Link::Detached;
    QString m_linkError;
    int m_polls = 0;
    QString m_state;
    QString m_environment;
    qint64 m_pid = 0;
    QString m_alert;
    QList<ClientRecord> m_rows;
    QHash<QString, int> m_indexByMac;
    SwarmTotals m_swarm;
    QList<KnownMachine> m_machines;
    QList<ServiceRow> m_services;
    LogModel *m_log;
    qint64 m_logSequence = 0;
    quint64 m_generation = 0; // bumped by attach/detach: late answers are dropped
};

} // namespace bt

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace bt {

class ClientRegistry;

// Mirrors the registry of a `boottorrent serve` that runs inside a lab's
// network namespace into a local ClientRegistry the dashboard can show. It
// reads GET /api/v1/clients and /api/v1/swarm through `ip netns exec NS
// curl` once per interval, and replays each client's transitions in order
// (with their times), so the local rows go through the same states.
class LabRegistryFeed : public QObject
{
    Q_OBJECT
public:
    explicit LabRegistryFeed(ClientRegistry *registry, QObject *parent = nullptr);
    ~LabRegistryFeed() override;

    // argvPrefix: the command that runs curl in the namespace, e.g.
    // {"ip", "netns", "exec", "btlab1-h", "curl"}; baseUrl:
    // "http://198.18.0.1:8290/api/v1".
    void setEndpoint(const QStringList &argvPrefix, const QString &baseUrl);
    void start(int intervalMs = 1000);
    void stop();

    // One reply of GET /api/v1/clients, resp. /api/v1/swarm.
    void applyClients(const QJsonObject &reply);
    void applySwarm(const QJsonObject &reply);

    QJsonObject lastClients() const { return m_lastClients; }
    QJsonObject lastSwarm() const { return m_lastSwarm; }

signals:
    // After each complete poll (clients and swarm).
    void polled();

private:
    void poll();
    void fetch(const QString &path, const std::function<void(const QJsonObject &)> &apply,
        const std::function<void()> &then);

    ClientRegistry *m_registry;
    QStringList m_argvPrefix;
    QString m_baseUrl;
    QTimer m_timer;
    QProcess *m_process = nullptr;
    QJsonObject m_lastClients;
    QJsonObject m_lastSwarm;
    struct Applied
    {
        int bootCycle = 0;
        int transitions = 0;
    };
    QHash<QString, Applied> m_applied;
};

} // namespace bt

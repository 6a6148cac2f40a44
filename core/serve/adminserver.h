#pragma once

#include "jsonendpoint.h"
#include "logline.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>
#include <memory>

class QTcpSocket;

namespace bt {

class ClientRegistry;
class LogModel;
class MachineRecorder;
class ServiceGroup;
class WaveTracker;

// serve's admin API, beside the clients' status endpoint: what an admin's
// app or script needs, on a management address (loopback by default, never
// a lab address), every request carrying the token from serve's token file
// (`Authorization: Bearer <token>`; missing: 401, wrong: 403).
//   GET  /api/v1/state             serving state, environment, PID, network alert
//   GET  /api/v1/clients           every client (as the status endpoint)
//   GET  /api/v1/swarm             swarm totals
//   GET  /api/v1/services          each service: name, state, pid, restarts, last error
//   GET  /api/v1/log?since=N       log lines with a sequence number above N (at most 1000)
//   POST /api/v1/stop              stops serving
//   POST /api/v1/restart           rebuilds out/ from the environment as saved and restarts the
//   services
//   GET  /api/v1/machines          the known machines (machines.yaml): name, OS choices, last seen
//   POST /api/v1/wake              {"macs": [...]} or {"all": true}: Wake-on-LAN from serve's
//                                  lab interface (202; unknown or malformed MACs: 400)
//   GET  /api/v1/report            the boot wave so far, or the last settled one (WaveReport)
//   POST /api/v1/report/settle     the admin says the wave is over: settles it and answers its
//                                  report (409 when no wave runs)
// JSON answers, one request per connection, bounded like the status endpoint.
class AdminServer : public JsonEndpoint
{
    Q_OBJECT
public:
    AdminServer(
        ClientRegistry *registry, ServiceGroup *services, LogModel *log, QObject *parent = nullptr);
    ~AdminServer() override;

    // The token requests must carry; listen() refuses to start without one.
    void setToken(const QByteArray &token) { m_token = token; }
    // Refuses wildcard addresses and the addresses in `labAddresses` (the
    // lab side must never reach it). Port 0 picks a free one.
    bool listen(const QHostAddress &address, quint16 port, const QList<QHostAddress> &labAddresses);

    // What GET /api/v1/state tells: "starting", "running", "stopping",
    // "stopped" or "failed"; the environment served; a warning about the lab
    // network (empty: none).
    void setServingState(const QString &state) { m_servingState = state; }
    void setEnvironment(const QString &dir) { m_environment = dir; }
    void setNetworkAlert(const QString &text) { m_alert = text; }
    // The machine book GET /api/v1/machines lists and POST /api/v1/wake
    // takes "all" from.
    void setMachines(const MachineRecorder *machines) { m_machines = machines; }
    // The boot waves GET /api/v1/report tells of and POST /api/v1/report/settle settles.
    void setWaves(WaveTracker *waves) { m_waves = waves; }
    // A random token: 32 bytes as 64 hex digits.
    static QByteArray newToken();

Q_SIGNALS:
    void stopRequested();
    void restartRequested();
    // Normalized MACs, duplicates once.
    void wakeRequested(const QStringList &macs);

private:
    void route(QTcpSocket *socket, const HttpRequest &request) override;
    void journal(int first, int last);
    QByteArray servicesJson() const;
    QByteArray logJson(qint64 since) const;
    void routeWake(QTcpSocket *socket, const HttpRequest &request);
    void routeReport(QTcpSocket *socket, const HttpRequest &request);

    ClientRegistry *m_registry;
    ServiceGroup *m_services;
    LogModel *m_log;
    const MachineRecorder *m_machines = nullptr;
    WaveTracker *m_waves = nullptr;
    QByteArray m_token;
    QString m_servingState;
    QString m_environment;
    QString m_alert;
    // The log with sequence numbers, the newest kept.
    std::deque<std::pair<qint64, LogLine>> m_journal;
    qint64 m_sequence = 0;
};

} // namespace bt

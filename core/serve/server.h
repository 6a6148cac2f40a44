#pragma once

#include "dhcpprobe.h"
#include "environment/environment.h"
#include "servicegroup.h"
#include "wavereport.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace bt {

class AdminServer;
class Aria2Rpc;
class ClientRegistry;
class DnsmasqLogReader;
class LeaseFileReader;
class LogModel;
class MachineRecorder;
class StatusServer;
class SwarmMonitor;
class TrackerMonitor;
class WaveTracker;
class SeederPace;
class WebSeedServer;

// Serves a built environment: runs opentracker, the aria2c seeder and
// dnsmasq from out/, answers the clients' status posts and feeds what every
// source says into one client registry. It owns the parts and wires them;
// each part does one thing (supervision, log reading, RPC polling, HTTP).
// Create and use it on the main thread (the children's death signal is tied
// to the thread that starts them).
class Server : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    // env must have been built (Builder) into its out/ folder.
    explicit Server(Environment env, QObject *parent = nullptr);
    ~Server() override;

    // Runs the preflight checks; when they pass, starts the status endpoint
    // and the services (asynchronously: watch stateChanged/started/failed).
    // Returns the problems that kept it from starting; nothing runs then.
    Problems start();
    // Stops every service; stopped() follows once every child is gone.
    void stop();
    // Stops the services and starts them again on `env` (the environment as
    // saved and rebuilt since): the registry, the admin API and its token
    // stay, so whoever watches goes on watching. failed() when the new
    // start is refused.
    void restart(const Environment &env);

    State state() const { return m_state; }
    const Environment &environment() const { return m_env; }
    LogModel *log() const { return m_log; }
    ServiceGroup *services() const { return m_services; }
    ClientRegistry *registry() const { return m_registry; }
    MachineRecorder *machines() const { return m_machines; }
    // The boot waves; each settled one is written to <env>/reports/ (WaveReportFiles).
    WaveTracker *waves() const { return m_waves; }

    // The services an environment runs, in start order: the tracker first
    // (clients announce to it), then the seeder, then dnsmasq (which brings
    // the clients). trackerDir: the folder opentracker runs in (holds its
    // whitelist); empty: out/opentracker.
    static QList<ServiceSpec> serviceSpecs(const Environment &env, const QString &trackerDir = {});

    // With full DHCP, how often serve asks the lab network whether another
    // DHCP server appeared (milliseconds; 0: never). Set before start().
    static constexpr int DefaultDhcpWatchMs = 30000;
    void setDhcpWatchInterval(int milliseconds) { m_dhcpWatchMs = milliseconds; }
    // The most machines the registry follows (0: the DHCP range's size plus
    // 64 with full DHCP, else 1024). Set before start().
    void setMaxClients(int count) { m_maxClients = count; }
    // Opens the admin API (AdminServer) on this management address (port 0:
    // a free one) with a fresh token in a 0600 file, and writes a runtime
    // file naming both and serve's PID (runtimeFile()). Set before start().
    void setAdminListener(const QHostAddress &address, quint16 port);
    quint16 adminPort() const;
    // Where the runtime and token files go (default ServeRuntime::dir()).
    void setRuntimeDir(const QString &dir) { m_runtimeDir = dir; }
    QString tokenFile() const { return m_tokenFile; }
    // The machine book serve keeps (default: the environment's
    // machines.yaml; the virtual lab keeps one of its own). Set before start().
    void setMachineBook(const QString &file) { m_machineBook = file; }
    QString runtimeFile() const { return m_runtimeFile; }

Q_SIGNALS:
    void stateChanged(bt::Server::State state);
    void started();
    void failed(const QString &service, const QString &error);
    void stopped();
    // While serving with full DHCP, another server answered on the lab
    // network (one sentence naming it), or it no longer does (`gone`).
    void otherDhcpServer(const QString &server, const QString &message, bool gone);
    // The admin API asked to rebuild and restart (see restart()).
    void restartRequested();

private:
    void setState(State state);
    void note(const QString &text, bool error = false);
    void startLogReaders();
    void startSwarmMonitor();
    void removeTrackerDir();
    void startTrackerMonitor();
    void stopMonitors();
    Problems startAdmin();
    void removeRuntimeFiles();
    void startDhcpWatch();
    void onDhcpWatch(const QList<DhcpProbe::Offer> &offers, const QString &error);
    Problems startWebSeed();
    void closeEndpoints();
    void servicesStopped();
    void wake(const QStringList &macs);
    void waveSettled(const WaveReport &report);

    Environment m_env;
    State m_state = State::Stopped;
    LogModel *m_log;
    ServiceGroup *m_services;
    ClientRegistry *m_registry;
    MachineRecorder *m_machines;
    WaveTracker *m_waves;
    StatusServer *m_status;
    WebSeedServer *m_webSeed;
    QTimer *m_webSeedTick; // hands the web seed's counters to the registry
    DnsmasqLogReader *m_dnsmasqLog = nullptr;
    LeaseFileReader *m_leases = nullptr;
    Aria2Rpc *m_rpc = nullptr;
    SwarmMonitor *m_swarm = nullptr;
    TrackerMonitor *m_tracker = nullptr;
    SeederPace *m_seederPace = nullptr; // only beside the web seed
    QString m_trackerDir; // opentracker's working folder while serving
    int m_dhcpWatchMs = DefaultDhcpWatchMs;
    int m_maxClients = 0;
    AdminServer *m_admin = nullptr;
    bool m_adminWanted = false;
    QHostAddress m_adminAddress;
    quint16 m_adminPort = 0;
    QString m_tokenFile;
    QString m_runtimeFile;
    QString m_runtimeDir;
    QString m_machineBook;
    QTimer *m_dhcpWatchTimer;
    DhcpProbe *m_dhcpWatch = nullptr;
    QSet<QString> m_otherDhcpServers; // seen by the last probe
    std::optional<Environment> m_restartEnv; // set while restarting
};

} // namespace bt

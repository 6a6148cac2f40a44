#include "server.h"

#include "adminserver.h"
#include "aria2rpc.h"
#include "builder/builder.h"
#include "builder/outlayout.h"
#include "clientregistry.h"
#include "dnsmasqlogreader.h"
#include "leasefilereader.h"
#include "leftoverservices.h"
#include "logmodel.h"
#include "machinerecorder.h"
#include "neighbourtable.h"
#include "preflight.h"
#include "preflightinput.h"
#include "seederpace.h"
#include "serveruntime.h"
#include "statusserver.h"
#include "swarmmonitor.h"
#include "trackerfolder.h"
#include "trackermonitor.h"
#include "wakeonlan.h"
#include "wavereportfiles.h"
#include "wavetracker.h"
#include "webseedserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSaveFile>

#include <algorithm>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bt {

namespace {

const QString kSource = QStringLiteral("boottorrent");

QString outPath(const Environment &env, const QString &relative)
{
    return OutLayout::path(env, relative);
}

} // namespace

Server::Server(Environment env, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_log(new LogModel(this))
    , m_services(new ServiceGroup(this))
    , m_registry(new ClientRegistry(this))
    , m_machines(new MachineRecorder(m_registry, this))
    , m_waves(new WaveTracker(m_registry, this))
    , m_status(new StatusServer(m_registry, this))
    , m_webSeed(new WebSeedServer(this))
    , m_webSeedTick(new QTimer(this))
    , m_dhcpWatchTimer(new QTimer(this))
{
    connect(m_dhcpWatchTimer, &QTimer::timeout, this, [this] {
        if (m_dhcpWatch)
            return; // the last probe is still listening
        m_dhcpWatch = new DhcpProbe(this);
        connect(m_dhcpWatch, &DhcpProbe::finished, this, &Server::onDhcpWatch);
        m_dhcpWatch->start(
            m_env.dnsmasq().interface, DhcpProbe::DefaultWindowMs, m_env.boot().hostIp);
    });
    m_webSeedTick->setInterval(1000);
    connect(m_webSeedTick, &QTimer::timeout, this,
        [this] { m_registry->applyWebSeed(m_webSeed->counters()); });
    connect(m_webSeed, &WebSeedServer::requestRejected, this,
        [this](const QHostAddress &peer, int code, const QString &reason) {
            note(QCoreApplication::translate("bt::Server", "web seed: %1 to %2: %3")
                     .arg(code)
                     .arg(peer.toString(), reason),
                true);
        });
    connect(m_services, &ServiceGroup::logLine, m_log, &LogModel::append);
    m_waves->setNames([this](const QString &mac) {
        const KnownMachine *machine = m_machines->book().find(mac);
        return machine ? machine->name : QString();
    });
    connect(m_waves, &WaveTracker::settled, this, &Server::waveSettled);
    connect(m_machines, &MachineRecorder::note, this,
        [this](const QString &text, bool error) { note(text, error); });
    connect(m_status, &StatusServer::requestRejected, this,
        [this](const QHostAddress &peer, int code, const QString &reason) {
            note(QCoreApplication::translate("bt::Server", "status endpoint: %1 from %2: %3")
                     .arg(code)
                     .arg(peer.toString(), reason),
                true);
        });
    connect(m_services, &ServiceGroup::started, this, [this] {
        startSwarmMonitor();
        startTrackerMonitor();
        startDhcpWatch();
        setState(State::Running);
        note(QStringLiteral("serving %1 on %2").arg(m_env.dir(), m_env.boot().hostIp));
        Q_EMIT started();
    });
    connect(m_services, &ServiceGroup::failed, this,
        [this](const QString &service, const QString &error) {
            stopMonitors();
            closeEndpoints();
            setState(State::Failed);
            Q_EMIT failed(service, error);
        });
    connect(m_services, &ServiceGroup::stopped, this, &Server::servicesStopped);
}

Server::~Server()
{
    // The supervisors kill and reap what still runs when they are deleted.
    stopMonitors();
    delete m_services;
    removeTrackerDir();
}

void Server::removeTrackerDir()
{
    TrackerFolder::remove(m_trackerDir);
    m_trackerDir.clear();
}

QList<ServiceSpec> Server::serviceSpecs(const Environment &env, const QString &trackerDir)
{
    auto spec = [](const QString &name, const QString &program, const QStringList &arguments,
                    const QString &workingDirectory, const QString &package) {
        ServiceSpec s;
        s.name = name;
        s.program = program;
        s.arguments = arguments;
        s.workingDirectory = workingDirectory;
        s.package = package;
        return s;
    };
    QList<ServiceSpec> specs;
    if (env.opentracker().enable) {
        const QString port = QString::number(env.opentracker().port);
        const QString dir
            = trackerDir.isEmpty() ? outPath(env, OutLayout::Opentracker) : trackerDir;
        specs << spec(QStringLiteral("opentracker"), QStringLiteral("opentracker"),
            { QStringLiteral("-i"), env.boot().hostIp, QStringLiteral("-p"), port,
                QStringLiteral("-P"), port, QStringLiteral("-d"), dir, QStringLiteral("-w"),
                QStringLiteral("whitelist") },
            dir, QStringLiteral("opentracker"));
        // opentracker refuses to run as root; started as nobody it neither
        // chroots nor switches users, and stays tied to BootTorrent's life.
        specs.last().runAsUser = QStringLiteral("nobody");
    }
    specs << spec(QStringLiteral("aria2c"), QStringLiteral("aria2c"),
        { QStringLiteral("--conf-path=") + outPath(env, OutLayout::Aria2Conf),
            QStringLiteral("--enable-color=false") },
        outPath(env, OutLayout::Aria2), QStringLiteral("aria2"));
    if (env.dnsmasq().enableDhcp || env.dnsmasq().enableTftp) {
        const QString dnsmasq = Preflight::findProgram(QStringLiteral("dnsmasq"));
        specs << spec(QStringLiteral("dnsmasq"),
            dnsmasq.isEmpty() ? QStringLiteral("dnsmasq") : dnsmasq,
            { QStringLiteral("-C"), outPath(env, OutLayout::DnsmasqConf) },
            outPath(env, OutLayout::Dnsmasq), QStringLiteral("dnsmasq"));
    }
    return specs;
}

namespace {

// Each web seed connection takes two descriptors; Debian's soft limit of
// 1024 would run out in a busy room. The hard limit is the process's own to take.
void raiseDescriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

Problems Server::start()
{
    raiseDescriptorLimit();
    if (m_state == State::Stopped || m_state == State::Failed) {
        // Before the port checks: a leftover dnsmasq still holds 67 and 69.
        const QList<std::pair<QString, QString>> services {
            { QStringLiteral("dnsmasq"), outPath(m_env, OutLayout::DnsmasqConf) },
            { QStringLiteral("aria2c"), outPath(m_env, OutLayout::Aria2Conf) },
        };
        for (const auto &[program, conf] : services)
            for (const QString &line :
                LeftoverServices::end(LeftoverServices::find(program, conf), program))
                note(line, true);
    }
    if (m_state == State::Starting || m_state == State::Running || m_state == State::Stopping)
        return {};
    if (!QFile::exists(outPath(m_env, OutLayout::BuildInfo)))
        return { Problem { QStringLiteral("out"), {},
            QCoreApplication::translate("bt::Server",
                "the environment has not been built: run `boottorrent build %1` first")
                .arg(m_env.dir()) } };

    if (Problems problems = Preflight::run(PreflightInput::fromEnvironment(m_env));
        !problems.isEmpty())
        return problems;

    const QHostAddress host(m_env.boot().hostIp);
    if (!m_status->listen(host, quint16(m_env.boot().statusPort)))
        return { Problem { QStringLiteral("Boottorrent.yaml"),
            QStringLiteral("boottorrent.status_port"),
            QCoreApplication::translate(
                "bt::Server", "the status endpoint cannot listen on %1:%2: %3")
                .arg(m_env.boot().hostIp)
                .arg(m_env.boot().statusPort)
                .arg(m_status->errorString()) } };
    if (Problems problems = startWebSeed(); !problems.isEmpty()) {
        m_status->close();
        return problems;
    }
    if (Problems problems = startAdmin(); !problems.isEmpty()) {
        closeEndpoints();
        return problems;
    }

    // opentracker runs as nobody, who may not enter a private home folder:
    // it gets a copy of the whitelist in a fresh folder of its own.
    removeTrackerDir();
    if (m_env.opentracker().enable) {
        const Result<QString> folder
            = TrackerFolder::create(outPath(m_env, OutLayout::TrackerWhitelist));
        if (!folder.ok()) {
            closeEndpoints();
            return folder.problems();
        }
        m_trackerDir = folder.value();
    }

    m_services->clear();
    for (const ServiceSpec &spec : serviceSpecs(m_env, m_trackerDir))
        m_services->add(spec);
    setState(State::Starting);
    note(QStringLiteral("starting %1 services").arg(m_services->supervisors().size()));
    startLogReaders();
    m_waves->setEnvironment(QDir(m_env.dir()).absolutePath());
    // Before dnsmasq hands out torrents.gz: the machines' choices as the book says now.
    m_machines->start(m_env, m_machineBook);
    m_services->start();
    return {};
}

void Server::stop()
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    setState(State::Stopping);
    note(QStringLiteral("stopping"));
    stopMonitors();
    closeEndpoints();
    if (m_services->state() == ServiceGroup::State::Stopped
        || m_services->state() == ServiceGroup::State::Failed) {
        servicesStopped();
        return;
    }
    m_services->stop();
}

void Server::restart(const Environment &env)
{
    if (m_state != State::Running && m_state != State::Starting)
        return;
    note(QCoreApplication::translate("bt::Server", "restarting with %1 as saved").arg(env.dir()));
    m_restartEnv = env;
    stop();
}

void Server::servicesStopped()
{
    stopMonitors();
    closeEndpoints();
    removeTrackerDir();
    if (m_restartEnv) {
        m_env = *std::exchange(m_restartEnv, std::nullopt);
        setState(State::Stopped);
        if (const Problems problems = start(); !problems.isEmpty()) {
            const QString error = toString(problems);
            note(
                QCoreApplication::translate("bt::Server", "the restart was refused: %1").arg(error),
                true);
            removeRuntimeFiles();
            setState(State::Failed);
            Q_EMIT failed(QStringLiteral("restart"), error);
            Q_EMIT stopped();
        }
        return;
    }
    if (m_state != State::Failed)
        setState(State::Stopped);
    Q_EMIT stopped();
}

Problems Server::startWebSeed()
{
    const int port = m_env.boot().webSeedPort;
    if (port <= 0)
        return {};
    const Result<QHash<QString, Builder::SeededTorrent>> seeded = Builder::seededTorrents(m_env);
    if (!seeded.ok())
        return seeded.problems();
    QHash<QString, WebSeedServer::Torrent> torrents;
    for (auto it = seeded->begin(); it != seeded->end(); ++it) {
        const TorrentMaker::Layout &layout = it->layout;
        torrents.insert(it.key(),
            { it->folder, QSet<QString>(layout.files.cbegin(), layout.files.cend()), layout.files,
                layout.sizes, layout.contiguous ? layout.pieceLength : 0, layout.pieces });
    }
    if (!m_webSeed->listen(QHostAddress(m_env.boot().hostIp), quint16(port), torrents))
        return { Problem { QStringLiteral("Boottorrent.yaml"),
            QStringLiteral("boottorrent.web_seed_port"),
            QCoreApplication::translate("bt::Server",
                "the web seed cannot listen on %1:%2: %3 Choose another port, or 0 to serve "
                "without it.")
                .arg(m_env.boot().hostIp)
                .arg(port)
                .arg(m_webSeed->errorString()) } };
    m_webSeedTick->start();
    return {};
}

void Server::setAdminListener(const QHostAddress &address, quint16 port)
{
    m_adminWanted = true;
    m_adminAddress = address;
    m_adminPort = port;
}

quint16 Server::adminPort() const { return m_admin ? m_admin->serverPort() : 0; }

Problems Server::startAdmin()
{
    if (!m_adminWanted || m_admin)
        return {};
    auto problem = [](const QString &message) {
        return Problems { Problem { QString(), QString(), message } };
    };
    const QString dir = m_runtimeDir.isEmpty() ? ServeRuntime::dir() : m_runtimeDir;
    if (!QDir().mkpath(dir))
        return problem(
            QCoreApplication::translate("bt::Server", "cannot create %1 for the admin API's token")
                .arg(dir));
    if (m_runtimeDir.isEmpty())
        ::chmod(QFile::encodeName(dir).constData(), ::geteuid() == 0 ? 0755 : 0700);
    const QString base = ServeRuntime::baseName(dir, m_env.dir());
    const QByteArray token = AdminServer::newToken();
    QSaveFile tokenFile(base + QStringLiteral(".token"));
    if (!tokenFile.open(QIODevice::WriteOnly) || tokenFile.write(token + '\n') != token.size() + 1
        || !tokenFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !tokenFile.commit())
        return problem(
            QCoreApplication::translate("bt::Server", "cannot write the admin API's token to %1")
                .arg(tokenFile.fileName()));
    m_tokenFile = tokenFile.fileName();
    // Started for a user through pkexec or sudo: that user may read it too, nobody else.
    for (const char *variable : { "PKEXEC_UID", "SUDO_UID" }) {
        bool ok = false;
        const uint uid = qEnvironmentVariable(variable).toUInt(&ok);
        if (ok && ::geteuid() == 0) {
            if (::chown(QFile::encodeName(m_tokenFile).constData(), uid_t(uid), gid_t(-1)) != 0)
                note(QCoreApplication::translate("bt::Server", "cannot hand %1 to user %2")
                         .arg(m_tokenFile)
                         .arg(uid),
                    true);
            break;
        }
    }
    m_admin = new AdminServer(m_registry, m_services, m_log, this);
    m_admin->setToken(token);
    m_admin->setEnvironment(QDir(m_env.dir()).absolutePath());
    m_admin->setServingState(
        QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(m_state))).toLower());
    m_admin->setMachines(m_machines);
    m_admin->setWaves(m_waves);
    connect(m_admin, &AdminServer::wakeRequested, this, &Server::wake, Qt::QueuedConnection);
    connect(m_admin, &AdminServer::stopRequested, this, &Server::stop, Qt::QueuedConnection);
    connect(m_admin, &AdminServer::restartRequested, this, &Server::restartRequested,
        Qt::QueuedConnection);
    if (!m_admin->listen(m_adminAddress, m_adminPort, { QHostAddress(m_env.boot().hostIp) })) {
        const QString error = m_admin->errorString();
        removeRuntimeFiles();
        return problem(QCoreApplication::translate("bt::Server", "the admin API: %1").arg(error));
    }
    const QJsonObject runtime {
        { QStringLiteral("pid"), qint64(::getpid()) },
        { QStringLiteral("environment"), QDir(m_env.dir()).absolutePath() },
        { QStringLiteral("admin"),
            QStringLiteral("%1:%2").arg(m_adminAddress.toString()).arg(m_admin->serverPort()) },
        { QStringLiteral("tokenFile"), m_tokenFile },
        { QStringLiteral("statusEndpoint"),
            QStringLiteral("%1:%2").arg(m_env.boot().hostIp).arg(m_env.boot().statusPort) },
    };
    QSaveFile runtimeFile(base + QStringLiteral(".json"));
    const QByteArray json = QJsonDocument(runtime).toJson();
    if (!runtimeFile.open(QIODevice::WriteOnly) || runtimeFile.write(json) != json.size()
        || !runtimeFile.commit()) {
        removeRuntimeFiles();
        return problem(QCoreApplication::translate("bt::Server", "cannot write %1")
                           .arg(runtimeFile.fileName()));
    }
    m_runtimeFile = runtimeFile.fileName();
    return {};
}

void Server::removeRuntimeFiles()
{
    if (m_admin) {
        m_admin->close();
        m_admin->deleteLater();
        m_admin = nullptr;
    }
    for (const QString &file : { m_runtimeFile, m_tokenFile })
        if (!file.isEmpty())
            QFile::remove(file);
    m_runtimeFile.clear();
    m_tokenFile.clear();
}

void Server::closeEndpoints()
{
    // A restart keeps the admin API: whoever watches goes on watching.
    if (!m_restartEnv)
        removeRuntimeFiles();
    m_status->close();
    if (m_webSeed->isListening())
        m_registry->applyWebSeed(m_webSeed->counters());
    m_webSeedTick->stop();
    m_webSeed->close();
}

void Server::startLogReaders()
{
    // With full DHCP this host leases every address; the range bounds the room.
    const DnsmasqSettings &dnsmasq = m_env.dnsmasq();
    m_registry->setLeasesAuthoritative(dnsmasq.enableDhcp && !dnsmasq.proxyDhcp);
    m_registry->setAlertSettings(m_env.alerts());
    m_registry->startAlertChecks();
    if (m_maxClients > 0) {
        m_registry->setMaxClients(m_maxClients);
    } else if (const Result<DhcpRange> range = DhcpRange::parse(dnsmasq.dhcpRange);
               range.ok() && dnsmasq.enableDhcp && !dnsmasq.proxyDhcp) {
        const qint64 size = qint64(QHostAddress(range->end).toIPv4Address())
            - qint64(QHostAddress(range->start).toIPv4Address()) + 1;
        m_registry->setMaxClients(int(std::clamp<qint64>(size + 64, 64, 65536)));
    }
    // The host's own DHCP probes (startDhcpWatch) show in dnsmasq's log.
    QFile ownMac(QStringLiteral("/sys/class/net/%1/address").arg(m_env.dnsmasq().interface));
    if (ownMac.open(QIODevice::ReadOnly))
        m_registry->setIgnoredMacs({ QString::fromLatin1(ownMac.read(64).trimmed()) });
    // Before dnsmasq starts, so not one of its lines is missed; what an
    // earlier run left in the log is skipped.
    m_dnsmasqLog = new DnsmasqLogReader(outPath(m_env, OutLayout::DnsmasqLog), this);
    connect(m_dnsmasqLog, &DnsmasqLogReader::eventsRead, m_registry,
        [this](const QList<DnsmasqEvent> &events) {
            // A TFTP line names only an address. Without a lease for it (always
            // so through proxyDHCP) the kernel's neighbour table joins it to a MAC.
            const bool unknownAddress
                = std::any_of(events.begin(), events.end(), [this](const DnsmasqEvent &event) {
                      return !event.isDhcp() && !event.ip.isEmpty()
                          && m_registry->macForIp(event.ip).isEmpty();
                  });
            if (unknownAddress)
                m_registry->applyNeighbours(NeighbourTable::read(m_env.dnsmasq().interface));
            m_registry->applyDnsmasqEvents(events);
        });
    m_dnsmasqLog->setPollInterval(500);
    m_dnsmasqLog->start(DnsmasqLogReader::StartAt::End);

    m_leases = new LeaseFileReader(outPath(m_env, OutLayout::DnsmasqLeases), this);
    connect(m_leases, &LeaseFileReader::leasesRead, m_registry, &ClientRegistry::applyLeases);
    m_leases->start();
}

void Server::startSwarmMonitor()
{
    QFile secret(outPath(m_env, OutLayout::Aria2RpcSecret));
    if (secret.open(QIODevice::ReadOnly)) {
        m_rpc = new Aria2Rpc(
            quint16(m_env.aria2().rpcPort), QString::fromLatin1(secret.readAll().trimmed()), this);
        m_swarm = new SwarmMonitor(m_rpc, this);
        connect(m_swarm, &SwarmMonitor::swarmUpdated, m_registry, &ClientRegistry::applySwarm);
        connect(m_swarm, &SwarmMonitor::pollFailed, this,
            [this](const QString &message) { note(message, true); });
        // Only beside the web seed does the seeder trickle (aria2.conf).
        if (m_webSeed->isListening()) {
            m_seederPace = new SeederPace(m_rpc, this);
            connect(m_swarm, &SwarmMonitor::swarmUpdated, m_seederPace, &SeederPace::apply);
            connect(m_seederPace, &SeederPace::failed, this,
                [this](const QString &message) { note(message, true); });
            connect(m_seederPace, &SeederPace::paced, this,
                [this](SeederPace::Pace pace, int downloading) {
                    note(pace == SeederPace::Pace::Full
                            ? QCoreApplication::translate("bt::Server",
                                "the host's seeder sends at full speed: one client downloads")
                            : QCoreApplication::translate("bt::Server",
                                "the host's seeder trickles at %1 KiB/s beside the web seed: "
                                "%2 clients download")
                                  .arg(SeederPace::TrickleBytesPerSecond / 1024)
                                  .arg(downloading));
                });
        }
        m_swarm->start();
    } else {
        note(QCoreApplication::translate(
                 "bt::Server", "cannot read the aria2 RPC secret (%1): the swarm is not monitored")
                 .arg(secret.errorString()),
            true);
    }
}

void Server::startTrackerMonitor()
{
    if (!m_env.opentracker().enable)
        return;
    const Result<QStringList> hashes
        = TrackerMonitor::readWhitelist(outPath(m_env, OutLayout::TrackerWhitelist));
    if (!hashes.ok()) {
        note(QCoreApplication::translate("bt::Server", "the tracker is not monitored: %1")
                 .arg(hashes.problems().first().toString()),
            true);
        return;
    }
    m_tracker = new TrackerMonitor(
        m_env.boot().hostIp, quint16(m_env.opentracker().port), hashes.value(), this);
    connect(m_tracker, &TrackerMonitor::trackerUpdated, m_registry, &ClientRegistry::applyTracker);
    connect(m_tracker, &TrackerMonitor::pollFailed, this,
        [this](const QString &message) { note(message, true); });
    m_tracker->start();
}

void Server::startDhcpWatch()
{
    // Only full DHCP can clash; beside a site server (proxy mode) the other
    // server is expected.
    const DnsmasqSettings &dnsmasq = m_env.dnsmasq();
    if (!dnsmasq.enableDhcp || dnsmasq.proxyDhcp || m_dhcpWatchMs <= 0)
        return;
    m_otherDhcpServers.clear();
    m_dhcpWatchTimer->start(m_dhcpWatchMs);
}

void Server::onDhcpWatch(const QList<DhcpProbe::Offer> &offers, const QString &error)
{
    m_dhcpWatch->deleteLater();
    m_dhcpWatch = nullptr;
    if (m_state != State::Running)
        return;
    const QString interface = m_env.dnsmasq().interface;
    if (!error.isEmpty()) {
        m_dhcpWatchTimer->stop();
        note(QCoreApplication::translate("bt::Server", "cannot watch %1 for other DHCP servers: %2")
                 .arg(interface, error),
            true);
        return;
    }
    QSet<QString> now;
    for (const DhcpProbe::Offer &offer : offers) {
        now.insert(offer.server);
        if (m_otherDhcpServers.contains(offer.server))
            continue;
        QString offered = offer.address;
        if (offer.prefixLength >= 0)
            offered += QStringLiteral("/%1").arg(offer.prefixLength);
        const QString message = QCoreApplication::translate("bt::Server",
            "another DHCP server, %1, now answers on %2 (it offered %3): clients that take its "
            "offer get no boot file; find and stop it, or serve with dnsmasq.proxy_dhcp: true "
            "if it belongs to the network")
                                    .arg(offer.server, interface, offered);
        note(message, true);
        if (m_admin)
            m_admin->setNetworkAlert(message);
        Q_EMIT otherDhcpServer(offer.server, message, false);
    }
    for (const QString &server : std::as_const(m_otherDhcpServers)) {
        if (now.contains(server))
            continue;
        const QString message = QCoreApplication::translate(
            "bt::Server", "the other DHCP server %1 no longer answers on %2")
                                    .arg(server, interface);
        note(message);
        if (m_admin && now.isEmpty())
            m_admin->setNetworkAlert({});
        Q_EMIT otherDhcpServer(server, message, true);
    }
    m_otherDhcpServers = now;
}

void Server::wake(const QStringList &macs)
{
    QString error;
    const std::optional<WakeOnLan::Options> options = WakeOnLan::optionsFor(m_env, &error);
    if (!options) {
        note(
            QCoreApplication::translate("bt::Server", "cannot wake machines: %1").arg(error), true);
        return;
    }
    auto *wake = new WakeOnLan(this);
    connect(wake, &WakeOnLan::finished, this,
        [this, wake, count = macs.size()](const QString &failure) {
            if (failure.isEmpty())
                note(QStringLiteral("sent Wake-on-LAN to %1 machine(s)").arg(count));
            else
                note(QStringLiteral("Wake-on-LAN: %1").arg(failure), true);
            wake->deleteLater();
        });
    note(QStringLiteral("waking %1 machine(s), %2 a second")
             .arg(macs.size())
             .arg(options->perSecond));
    wake->start(macs, *options);
}

void Server::waveSettled(const WaveReport &report)
{
    note(QCoreApplication::translate("bt::Server", "wave settled: %1").arg(report.summary()));
    const Result<QString> file = WaveReportFiles::write(m_env.dir(), report);
    if (file.ok())
        note(QCoreApplication::translate("bt::Server", "wave report written to %1")
                 .arg(file.value()));
    else
        note(QCoreApplication::translate("bt::Server", "the wave report cannot be kept: %1")
                 .arg(toString(file.problems())),
            true);
}

void Server::stopMonitors()
{
    m_registry->stopAlertChecks();
    m_machines->stop();
    m_dhcpWatchTimer->stop();
    delete m_dhcpWatch;
    m_dhcpWatch = nullptr;
    delete m_tracker;
    m_tracker = nullptr;
    delete m_seederPace;
    m_seederPace = nullptr;
    delete m_swarm;
    m_swarm = nullptr;
    delete m_rpc;
    m_rpc = nullptr;
    delete m_leases;
    m_leases = nullptr;
    delete m_dnsmasqLog;
    m_dnsmasqLog = nullptr;
}

void Server::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (m_admin)
        m_admin->setServingState(
            QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state))).toLower());
    Q_EMIT stateChanged(state);
}

void Server::note(const QString &text, bool error)
{
    m_log->append({ QDateTime::currentDateTime(), kSource,
        error ? LogSeverity::Error : LogSeverity::Info, text });
}

} // namespace bt

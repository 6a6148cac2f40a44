#include "labregistryfeed.h"

#include "serve/clientregistry.h"
#include "serve/clientstate.h"
#include "serve/clientstatus.h"
#include "serve/swarmsnapshot.h"
#include "serve/webseedcounters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

namespace bt {

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

qint64 bytes(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

} // namespace

LabRegistryFeed::LabRegistryFeed(ClientRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    connect(&m_timer, &QTimer::timeout, this, &LabRegistryFeed::poll);
}

LabRegistryFeed::~LabRegistryFeed() { stop(); }

void LabRegistryFeed::setEndpoint(const QStringList &argvPrefix, const QString &baseUrl)
{
    m_argvPrefix = argvPrefix;
    m_baseUrl = baseUrl;
}

void LabRegistryFeed::start(int intervalMs)
{
    m_timer.start(intervalMs);
    poll();
}

void LabRegistryFeed::stop()
{
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete std::exchange(m_process, nullptr);
    }
}

void LabRegistryFeed::poll()
{
    if (m_process || m_argvPrefix.isEmpty())
        return; // the last poll is still running
    fetch(
        QStringLiteral("/clients"), [this](const QJsonObject &o) { applyClients(o); },
        [this] {
            fetch(
                QStringLiteral("/swarm"), [this](const QJsonObject &o) { applySwarm(o); },
                [this] { emit polled(); });
        });
}

void LabRegistryFeed::fetch(const QString &path,
    const std::function<void(const QJsonObject &)> &apply, const std::function<void()> &then)
{
    m_process = new QProcess(this);
    m_process->setProgram(m_argvPrefix.first());
    m_process->setArguments(m_argvPrefix.mid(1)
        + QStringList { QStringLiteral("-sf"), QStringLiteral("--max-time"), QStringLiteral("3"),
            m_baseUrl + path });
    connect(m_process, &QProcess::finished, this,
        [this, apply, then](int exitCode, QProcess::ExitStatus status) {
            QProcess *process = std::exchange(m_process, nullptr);
            process->deleteLater();
            // The endpoint is not up yet, or serve is gone: the next tick tries again.
            if (status != QProcess::NormalExit || exitCode != 0)
                return;
            const QJsonDocument document
                = QJsonDocument::fromJson(process->readAllStandardOutput());
            if (!document.isObject())
                return;
            apply(document.object());
            then();
        });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_process)
            std::exchange(m_process, nullptr)->deleteLater();
    });
    m_process->start();
}

void LabRegistryFeed::applyClients(const QJsonObject &reply)
{
    m_lastClients = reply;
    for (const QJsonValue &value : reply.value(QStringLiteral("clients")).toArray()) {
        const QJsonObject row = value.toObject();
        const QString mac = row.value(QStringLiteral("mac")).toString();
        const QString ip = row.value(QStringLiteral("ip")).toString();
        const int cycle = row.value(QStringLiteral("bootCycle")).toInt(1);
        Applied &applied = m_applied[mac];
        if (applied.bootCycle != cycle)
            applied = Applied { cycle, 0 };
        const QJsonArray transitions = row.value(QStringLiteral("transitions")).toArray();
        for (; applied.transitions < transitions.size(); ++applied.transitions) {
            const QJsonObject transition = transitions.at(applied.transitions).toObject();
            const std::optional<ClientState> state
                = clientStateFromName(transition.value(QStringLiteral("state")).toString());
            if (!state)
                continue;
            ClientStatus status;
            status.state = *state;
            status.ip = ip;
            status.time = timeOf(transition.value(QStringLiteral("time")));
            m_registry->applyStatus(mac, status);
        }
        const std::optional<ClientState> state
            = clientStateFromName(row.value(QStringLiteral("state")).toString());
        if (!state)
            continue;
        ClientStatus status;
        status.state = *state;
        status.ip = ip;
        status.os = row.value(QStringLiteral("os")).toString();
        status.firmware = row.value(QStringLiteral("firmware")).toString();
        status.progress = row.value(QStringLiteral("progress")).toInt();
        status.message = row.value(QStringLiteral("message")).toString();
        status.completedBytes = bytes(row, "completedBytes");
        status.totalBytes = bytes(row, "totalBytes");
        status.downloadRate = bytes(row, "downloadRate");
        status.time = timeOf(row.value(QStringLiteral("lastSeen")));
        m_registry->applyStatus(mac, status);
    }
}

void LabRegistryFeed::applySwarm(const QJsonObject &reply)
{
    m_lastSwarm = reply;
    // The host's upload per client address comes from the clients' rows, so
    // the local registry splits host and peer bytes as the remote one did:
    // what went over HTTP as the web seed's, the rest as the seeder's. The
    // rows do not split it by torrent; it counts for the client's OS.
    QSet<QString> torrentNames;
    QString firstTorrent;
    for (const QJsonValue &value : reply.value(QStringLiteral("torrents")).toArray()) {
        const QString name = value.toObject().value(QStringLiteral("name")).toString();
        torrentNames.insert(name);
        if (firstTorrent.isEmpty())
            firstTorrent = name;
    }
    QHash<QString, qint64> hostUploadedToIp;
    WebSeedCounters webSeed;
    QList<SwarmPeer> peers;
    for (const QJsonValue &value : m_lastClients.value(QStringLiteral("clients")).toArray()) {
        const QJsonObject row = value.toObject();
        const QString ip = row.value(QStringLiteral("ip")).toString();
        if (ip.isEmpty())
            continue;
        const qint64 overHttp = bytes(row, "bytesOverHttp");
        hostUploadedToIp.insert(ip, bytes(row, "bytesFromHost") - overHttp);
        if (overHttp > 0) {
            const QString os = row.value(QStringLiteral("os")).toString();
            webSeed.bytes[torrentNames.contains(os) ? os : firstTorrent][ip] = overHttp;
        }
        const QString state = row.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("downloading") || state == QLatin1String("sharing")) {
            SwarmPeer peer;
            peer.ip = ip;
            peer.seeder = state == QLatin1String("sharing");
            peer.completedBytes = bytes(row, "completedBytes");
            peers << peer;
        }
    }
    SwarmSnapshot snapshot;
    snapshot.time = timeOf(reply.value(QStringLiteral("time")));
    if (!snapshot.time.isValid())
        snapshot.time = QDateTime::currentDateTime();
    snapshot.downloadRate = bytes(reply, "downloadRate");
    snapshot.uploadRate = bytes(reply, "uploadRate");
    for (const QJsonValue &value : reply.value(QStringLiteral("torrents")).toArray()) {
        const QJsonObject t = value.toObject();
        SwarmTorrent torrent;
        torrent.infoHash = t.value(QStringLiteral("infoHash")).toString();
        torrent.name = t.value(QStringLiteral("name")).toString();
        torrent.totalLength = bytes(t, "totalLength");
        torrent.hostCompleted = torrent.totalLength;
        // The registry adds the web seed's bytes back, so the host's total
        // stays the remote one.
        torrent.hostUploaded = bytes(t, "hostUploaded") - webSeed.forTorrent(torrent.name);
        torrent.downloadRate = bytes(t, "downloadRate");
        torrent.uploadRate = bytes(t, "uploadRate");
        torrent.seeds = t.value(QStringLiteral("seeds")).toInt();
        torrent.connections = t.value(QStringLiteral("peers")).toInt();
        if (torrent.connections > 0)
            torrent.peers = peers.mid(0, torrent.connections);
        torrent.hostUploadedToIp = hostUploadedToIp;
        snapshot.torrents << torrent;
    }
    m_registry->applyWebSeed(webSeed);
    m_registry->applySwarm(snapshot);
}

} // namespace bt

#include "swarmmonitor.h"

#include "aria2rpc.h"
#include "private/pollround.h"

#include <algorithm>

namespace bt {

SwarmMonitor::SwarmMonitor(Aria2Rpc *rpc, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_round(new PollRound(1000, this))
{
    connect(m_round, &PollRound::due, this, &SwarmMonitor::pollNow);
    connect(m_round, &PollRound::failed, this, &SwarmMonitor::pollFailed);
    connect(m_round, &PollRound::recovered, this, &SwarmMonitor::pollRecovered);
}

void SwarmMonitor::setInterval(int milliseconds) { m_round->setInterval(milliseconds); }

void SwarmMonitor::start() { m_round->start(); }

void SwarmMonitor::stop() { m_round->stop(); }

bool SwarmMonitor::isRunning() const { return m_round->isRunning(); }

void SwarmMonitor::pollNow()
{
    if (!m_round->begin(2))
        return;
    m_downloads.clear();
    m_peers.clear();
    m_globalStat = {};
    const quint64 tick = m_round->round();
    m_rpc->getGlobalStat(this, [this, tick](const Result<Aria2GlobalStat> &stat) {
        if (!m_round->isCurrent(tick))
            return;
        if (stat.ok()) {
            m_globalStat = stat.value();
        } else {
            m_round->fail(stat.problems().first().message);
        }
        answered();
    });
    m_rpc->tellActive(this, [this, tick](const Result<QList<Aria2Download>> &downloads) {
        if (!m_round->isCurrent(tick))
            return;
        if (downloads.ok()) {
            onDownloads(downloads.value());
        } else {
            m_round->fail(downloads.problems().first().message);
        }
        answered();
    });
}

void SwarmMonitor::onDownloads(const QList<Aria2Download> &downloads)
{
    m_downloads = downloads;
    const quint64 tick = m_round->round();
    for (const Aria2Download &download : downloads) {
        if (download.infoHash.isEmpty())
            continue;
        m_round->expect();
        const QString gid = download.gid;
        m_rpc->getPeers(gid, this, [this, tick, gid](const Result<QList<Aria2Peer>> &peers) {
            if (!m_round->isCurrent(tick))
                return;
            // A torrent that stopped between the two calls has no peers to report.
            if (peers.ok())
                m_peers.insert(gid, peers.value());
            answered();
        });
    }
}

void SwarmMonitor::answered()
{
    if (!m_round->answered())
        return;
    Q_EMIT swarmUpdated(
        buildSnapshot(m_downloads, m_peers, m_globalStat, QDateTime::currentDateTime()));
}

SwarmSnapshot SwarmMonitor::buildSnapshot(const QList<Aria2Download> &downloads,
    const QHash<QString, QList<Aria2Peer>> &peersByGid, const Aria2GlobalStat &globalStat,
    const QDateTime &time)
{
    SwarmSnapshot snapshot;
    snapshot.time = time;
    snapshot.downloadRate = globalStat.downloadSpeed;
    snapshot.uploadRate = globalStat.uploadSpeed;
    for (const Aria2Download &download : downloads) {
        if (download.infoHash.isEmpty())
            continue;
        SwarmTorrent torrent;
        torrent.gid = download.gid;
        torrent.infoHash = download.infoHash;
        torrent.name = download.name;
        torrent.status = download.status;
        torrent.totalLength = download.totalLength;
        torrent.pieceLength = download.pieceLength;
        torrent.hostCompleted = download.completedLength;
        torrent.hostUploaded = download.uploadLength;
        torrent.downloadRate = download.downloadSpeed;
        torrent.uploadRate = download.uploadSpeed;
        torrent.connections = download.connections;

        const QList<Aria2Peer> peers = peersByGid.value(download.gid);
        // Growth of the upload total since the last tick; a smaller total
        // means aria2 restarted and counts from zero again.
        const qint64 last = m_lastUploadLength.value(download.infoHash, 0);
        const qint64 grown
            = download.uploadLength >= last ? download.uploadLength - last : download.uploadLength;
        m_lastUploadLength.insert(download.infoHash, download.uploadLength);
        qint64 rateSum = 0;
        for (const Aria2Peer &peer : peers)
            rateSum += peer.uploadSpeed;
        QHash<QString, qint64> &uploaded = m_uploadedToIp[download.infoHash];
        qint64 handedOut = 0;
        for (qsizetype i = 0; i < peers.size(); ++i) {
            const Aria2Peer &peer = peers.at(i);
            if (rateSum <= 0 || grown <= 0)
                break;
            qint64 share = qint64(double(grown) * double(peer.uploadSpeed) / double(rateSum));
            handedOut += share;
            uploaded[peer.ip] += share;
        }
        // A short transfer can start and end between two polls, leaving no
        // rate to split by: then the peers still missing pieces received it
        // (or, if none is left, every peer present), in equal parts.
        if (rateSum <= 0 && grown > 0 && !peers.isEmpty()) {
            QList<const Aria2Peer *> receivers;
            for (const Aria2Peer &peer : peers) {
                if (!peer.seeder)
                    receivers.append(&peer);
            }
            if (receivers.isEmpty()) {
                for (const Aria2Peer &peer : peers)
                    receivers.append(&peer);
            }
            const qint64 share = grown / receivers.size();
            for (const Aria2Peer *peer : std::as_const(receivers))
                uploaded[peer->ip] += share;
            uploaded[receivers.first()->ip] += grown - share * receivers.size();
        }
        // Rounding leftovers go to the fastest receiver so nothing is lost.
        if (rateSum > 0 && grown > handedOut) {
            const auto fastest = std::max_element(
                peers.cbegin(), peers.cend(), [](const Aria2Peer &a, const Aria2Peer &b) {
                    return a.uploadSpeed < b.uploadSpeed;
                });
            uploaded[fastest->ip] += grown - handedOut;
        }

        for (const Aria2Peer &peer : peers) {
            SwarmPeer swarmPeer;
            swarmPeer.ip = peer.ip;
            swarmPeer.port = peer.port;
            swarmPeer.seeder = peer.seeder;
            swarmPeer.completedBytes = peer.seeder
                ? download.totalLength
                : peer.completedBytes(download.pieceLength, download.totalLength);
            swarmPeer.hostUploadRate = peer.uploadSpeed;
            swarmPeer.hostDownloadRate = peer.downloadSpeed;
            swarmPeer.hostUploaded = uploaded.value(peer.ip);
            if (peer.seeder)
                ++torrent.seeds;
            torrent.peers.append(swarmPeer);
        }
        torrent.hostUploadedToIp = uploaded;
        snapshot.torrents.append(torrent);
    }
    return snapshot;
}

} // namespace bt

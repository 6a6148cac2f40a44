#pragma once

// Swarm snapshots for registry tests: one torrent "debian" of 1000 bytes in
// pieces of 100, as the host's aria2 monitor would report it.

#include <serve/swarmsnapshot.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace bt::test {

inline SwarmSnapshot snapshot(
    qint64 hostUploaded, const QList<SwarmPeer> &peers, const QHash<QString, qint64> &toIp)
{
    SwarmTorrent torrent;
    torrent.gid = QStringLiteral("g1");
    torrent.infoHash = QStringLiteral("38a50cfdddae6f3c5e884f5d1ea5ecf28aff37dc");
    torrent.name = QStringLiteral("debian");
    torrent.totalLength = 1000;
    torrent.pieceLength = 100;
    torrent.hostUploaded = hostUploaded;
    torrent.peers = peers;
    torrent.hostUploadedToIp = toIp;
    for (const SwarmPeer &p : peers)
        torrent.seeds += p.seeder ? 1 : 0;
    SwarmSnapshot s;
    s.time = QDateTime::currentDateTime();
    s.torrents = { torrent };
    return s;
}

inline SwarmPeer swarmPeer(const QString &ip, qint64 completed, bool seeder = false)
{
    SwarmPeer p;
    p.ip = ip;
    p.port = 6881;
    p.completedBytes = completed;
    p.seeder = seeder;
    return p;
}

} // namespace bt::test

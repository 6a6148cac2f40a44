#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace bt {

// What the host's aria2 seeder sees at one instant. SwarmPeer and
// SwarmTorrent only exist as parts of a snapshot, so they live here.
struct SwarmPeer
{
    QString ip;
    quint16 port = 0;
    bool seeder = false;
    qint64 completedBytes
        = 0; // from the peer's bitfield; lags for peers that stop announcing pieces to a seeder
    qint64 hostUploadRate = 0; // bytes/s the host sends to this peer
    qint64 hostDownloadRate = 0; // bytes/s the host receives from this peer
    qint64 hostUploaded = 0; // bytes the host sent to this peer's address so far (see SwarmMonitor)
};

struct SwarmTorrent
{
    QString gid;
    QString infoHash;
    QString name;
    QString status;
    qint64 totalLength = 0;
    qint64 pieceLength = 0;
    qint64 hostCompleted = 0; // bytes of the torrent the host holds
    qint64 hostUploaded = 0; // bytes the host uploaded for this torrent since aria2 started
    qint64 downloadRate = 0; // bytes/s
    qint64 uploadRate = 0; // bytes/s
    int connections = 0;
    int seeds = 0; // connected peers that hold the whole torrent
    QList<SwarmPeer> peers;
    // Bytes the host sent per client address, including clients that have
    // finished and disconnected since.
    QHash<QString, qint64> hostUploadedToIp;
};

struct SwarmSnapshot
{
    QDateTime time;
    qint64 downloadRate = 0; // all torrents, bytes/s
    qint64 uploadRate = 0;
    QList<SwarmTorrent> torrents;

    // The host's upload per client address, summed over torrents.
    QHash<QString, qint64> hostUploadRateByIp() const;
    QHash<QString, qint64> hostUploadedByIp() const;
};

} // namespace bt

Q_DECLARE_METATYPE(bt::SwarmSnapshot)

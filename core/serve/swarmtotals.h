#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bt {

// How one OS torrent spread through the lab: how much the clients hold in
// total, and how much of it came from other clients instead of the host.
struct TorrentTotals
{
    QString infoHash;
    QString name;
    qint64 totalLength = 0;
    int peers = 0; // connected to the host now
    int seeds = 0;
    qint64 downloadRate = 0; // host, bytes/s
    qint64 uploadRate = 0; // host, bytes/s
    qint64 hostUploaded = 0; // bytes the host sent (seeder and web seed), across aria2 restarts
    qint64 webSeedUploaded = 0; // of hostUploaded, sent by the web seed over HTTP
    qint64 seederUploaded = 0; // of hostUploaded, sent by the host's BitTorrent seeder (aria2c)
    // Of webSeedUploaded, chunks the web seed had sent before in the same
    // wave: what its fresh-first schedule could not avoid sending twice.
    qint64 webSeedRepeated = 0;
    qint64 delivered = 0; // bytes the clients hold (each client's copy counted once)
    qint64 peerDelivered = 0; // delivered - hostUploaded, never below 0
    double p2pShare = 0.0; // peerDelivered / delivered, 0 when nothing was delivered
    // What the tracker counts: every peer that announced, not only the host's.
    int trackerSeeders = 0;
    int trackerLeechers = 0;
    int trackerCompleted = 0; // downloads finished since the tracker started

    QJsonObject toJson() const;
    static TorrentTotals fromJson(const QJsonObject &object);
    bool operator==(const TorrentTotals &) const = default;
};

struct SwarmTotals
{
    QDateTime time; // of the aria2 snapshot the totals rest on
    QDateTime
        trackerTime; // of the last tracker snapshot; invalid when the tracker is not monitored
    QList<TorrentTotals> torrents;
    qint64 downloadRate = 0;
    qint64 uploadRate = 0;
    qint64 hostUploaded = 0;
    qint64 webSeedUploaded = 0; // the torrents' sums, as in TorrentTotals
    qint64 seederUploaded = 0;
    qint64 webSeedRepeated = 0;
    qint64 delivered = 0;
    qint64 peerDelivered = 0;
    double p2pShare = 0.0;

    QJsonObject toJson() const;
    // The totals toJson() wrote, as serve's admin API sends them (texts and
    // the torrent list bounded, negative numbers read as 0).
    static SwarmTotals fromJson(const QJsonObject &object);
    bool operator==(const SwarmTotals &) const = default;
};

} // namespace bt

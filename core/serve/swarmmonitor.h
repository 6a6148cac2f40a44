#pragma once

#include "aria2download.h"
#include "aria2globalstat.h"
#include "aria2peer.h"
#include "swarmsnapshot.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace bt {

class Aria2Rpc;
class PollRound;

// Polls the host's aria2 once per tick (tellActive, getPeers for each
// torrent, getGlobalStat) and emits one swarmUpdated per tick with all of
// it. A tick whose answers are still outstanding is skipped rather than
// queued, so a slow aria2 never piles up requests.
//
// aria2 reports only the upload *total* per torrent and the upload *rate*
// per peer. The monitor splits each tick's growth of the total among the
// peers in proportion to their rates, which gives a per-peer byte count
// that adds up to what aria2 counted.
class SwarmMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SwarmMonitor(Aria2Rpc *rpc, QObject *parent = nullptr);

    void setInterval(int milliseconds); // default 1000
    void start();
    void stop();
    bool isRunning() const;
    void pollNow();

    // Turns one tick's answers into a snapshot and advances the per-peer
    // upload attribution; public so tests can feed recorded replies.
    SwarmSnapshot buildSnapshot(const QList<Aria2Download> &downloads,
        const QHash<QString, QList<Aria2Peer>> &peersByGid, const Aria2GlobalStat &globalStat,
        const QDateTime &time);

Q_SIGNALS:
    void swarmUpdated(const SwarmSnapshot &snapshot);
    // aria2 did not answer or answered nonsense; `message` is one sentence.
    // Emitted once per failure streak, then polling goes on.
    void pollFailed(const QString &message);
    void pollRecovered();

private:
    void onDownloads(const QList<Aria2Download> &downloads);
    void answered();

    Aria2Rpc *m_rpc;
    PollRound *m_round;
    QList<Aria2Download> m_downloads;
    QHash<QString, QList<Aria2Peer>> m_peers;
    Aria2GlobalStat m_globalStat;
    // Per info-hash: the last upload total seen, and bytes attributed per peer address.
    QHash<QString, qint64> m_lastUploadLength;
    QHash<QString, QHash<QString, qint64>> m_uploadedToIp;
};

} // namespace bt

#pragma once

#include "trackersnapshot.h"

#include <environment/result.h>

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace bt {
class PollRound;
}

namespace bt {

// Polls the host's opentracker once per tick and emits one trackerUpdated
// per tick with the counts of every monitored torrent. It asks /scrape,
// which opentracker answers to anyone (its /stats page only to admin
// addresses), for all info-hashes in one request (opentracker reads at most
// 64 per request, so more are split). A tick whose answers are still
// outstanding is skipped rather than queued.
class TrackerMonitor : public QObject
{
    Q_OBJECT
public:
    // At most this many info-hashes go into one scrape request.
    static constexpr int MaxHashesPerScrape = 64;

    // infoHashes: hex, as in out/opentracker/whitelist; invalid ones are ignored.
    TrackerMonitor(const QString &host, quint16 port, const QStringList &infoHashes,
        QObject *parent = nullptr);

    void setInterval(int milliseconds); // default 2000
    void setTimeout(int milliseconds); // per request, default 2000
    void start();
    void stop();
    bool isRunning() const;
    void pollNow();
    QStringList infoHashes() const { return m_infoHashes; } // lower-case hex

    // The pieces, public so recorded replies can be replayed without opentracker.
    static QUrl scrapeUrl(const QString &host, quint16 port, const QStringList &infoHashes);
    // Counts per lower-case hex info-hash; a torrent the tracker has no
    // peers for is missing from its reply.
    static Result<QHash<QString, TrackerCounts>> parseScrape(const QByteArray &body);
    // The info-hashes of a whitelist file (one hex hash a line), lower-case.
    static Result<QStringList> readWhitelist(const QString &path);

Q_SIGNALS:
    void trackerUpdated(const TrackerSnapshot &snapshot);
    // The tracker did not answer or answered nonsense; `message` is one
    // sentence. Emitted once per failure streak, then polling goes on.
    void pollFailed(const QString &message);
    void pollRecovered();

private:
    void answered();

    QString m_host;
    quint16 m_port;
    QStringList m_infoHashes;
    int m_timeout = 2000;
    PollRound *m_round;
    QNetworkAccessManager *m_network;
    QHash<QString, TrackerCounts> m_counts;
};

} // namespace bt

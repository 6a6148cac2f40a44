#pragma once

#include "webseedcounters.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace bt {

// The host's HTTP web seed (BEP 19). Every OS torrent carries
// url-list http://<host_ip>:<web_seed_port>/, so a client's aria2c fetches
// pieces from the host over HTTP from its first moment, before any tracker
// announce or peer handshake, and keeps trading with its peers as they come.
// A lone client then loads as fast as plain HTTP; in a crowd the host's link
// is busy from the first second instead of after BitTorrent's start-up.
//
// Serves GET and HEAD of /<torrent name>/<path inside the torrent>: exactly
// the files each torrent lists, opened beneath its folder without following
// any symbolic link, and nothing else: no listing, no "..", one byte range
// per request (what aria2 sends), keep-alive. A request head must arrive
// whole within a bounded time, one address holds a bounded number of
// connections, and the total stays within the process's file descriptors. Sockets and file reads
// live on a thread of their own, so the thread that owns this object (the GUI's) never waits for a
// disk or a client.
//
// Every connection keeps the same short queue (fair: each client gets its
// share of the host's link from the first second), and the chunks it queues
// are scheduled fresh first (WebSeedSchedule): a chunk already sent in this
// wave waits, one per connection and repeat pause, while another connection
// has one never sent; a response waits so for at most one repeat pause. Together with the host's
// seeder held to a trickle (aria2.conf) the host then sends each piece about once.
class WebSeedServer : public QObject
{
    Q_OBJECT
public:
    explicit WebSeedServer(QObject *parent = nullptr);
    ~WebSeedServer() override;

    // One served torrent: its folder and the files it lists, as paths
    // relative to the folder ("boot/config.txt"). With its layout (the files
    // in the torrent's order, their sizes and the piece length) the web seed
    // also hands out whole pieces the client lacks, chosen by the host
    // (WebSeedPieces): GET /.bt-piece/<torrent>?have=<the client's bitfield
    // in hex> is answered 200 with the pieces' bytes end to end and their
    // indices in "X-BT-Pieces: 4,5", or 204 when the host has nothing the
    // client lacks. Without a layout (pieceLength 0) that path is 404.
    struct Torrent
    {
        QString folder;
        QSet<QString> files;
        QStringList order {}; // the files in the torrent's order
        QList<qint64> sizes {}; // of each file in `order`
        qint64 pieceLength = 0;
        int pieces = 0;
    };
    // The path under which whole pieces are handed out.
    static constexpr char PiecePath[] = "/.bt-piece/";
    // The most bytes of pieces one request is handed, at least one piece:
    // what one client asking gets; with more asking, a share of it
    // (WebSeedPieces::countFor).
    static constexpr qint64 PieceRequestBytes = 256 * 1024;

    // torrents: by torrent name. Refuses wildcard addresses like the status
    // endpoint; port 0 picks a free port (serverPort()). Returns false with
    // errorString() set.
    bool listen(const QHostAddress &address, quint16 port, const QHash<QString, Torrent> &torrents);
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 serverPort() const { return m_port; }
    QString errorString() const { return m_errorString; }

    // Thread-safe copy of what has been sent since listen().
    WebSeedCounters counters() const;

    void setIdleTimeout(int milliseconds); // default 30000: a keep-alive connection left idle
    // default 10000: from a request's first byte (or the connection's start) to its whole head
    void setHeaderTimeout(int milliseconds);
    // default 512, fewer when the process may not open two descriptors per connection
    void setMaxConnections(int count);
    void setMaxConnectionsPerAddress(int count); // default 32
    // default 1000: while another connection has a chunk not sent in this wave, a connection sends
    // one chunk sent before per this time, and a response waits for at most this time in all
    void setRepeatPause(int milliseconds);
    // default 10000: a torrent nothing was sent of for this long starts a new wave, every chunk
    // fresh again (WebSeedSchedule)
    void setWaveGap(int milliseconds);
    // default 2000: a piece that reached one client (acknowledged to its last byte) is not
    // handed to another for this long (WebSeedPieces::done)
    void setArrivalPause(int milliseconds);
    // Bytes the fresh-first marks and piece counts take: one bit per 32 KiB of the served files
    // and 12 bytes per piece, whatever is asked.
    qint64 scheduleMemory() const;
    // Answers of whole pieces sent whole whose client has not yet acknowledged every byte.
    int answersOnTheirWay() const;

Q_SIGNALS:
    // A request was answered with an error (4xx/5xx); for the log view.
    void requestRejected(const QHostAddress &peer, int statusCode, const QString &reason);

private:
    class Worker;
    template <typename Read> auto fromWorker(Read read) const;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace bt

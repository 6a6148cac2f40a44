#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace bt {

// Which whole pieces the host's web seed hands out next, when a client asks
// for pieces it lacks (GET /.bt-piece/<torrent>?have=<bitfield>) instead of
// naming byte ranges. The host chooses, not the client: every client sees
// the same pieces missing in the room, so clients that choose ask the host
// for the same rare pieces at the same moment, and the host sent one whole
// image twice to 16 clients (bench/README.md, "Both client engines side by
// side"). Here each piece goes out once before any goes out twice, and a
// client that counts its peers' pieces as "have" is only ever sent what
// none of them holds: BEP 16 super-seeding's aim, without its waiting.
//
// Per torrent one counter per piece (two bytes) and a cursor: handing out
// runs through the torrent from where it last stopped, so clients asking
// one after the other get neighbouring pieces (the disk reads ahead) and
// no two get the same one. The counts hold for one wave of clients, as the
// chunk marks of WebSeedSchedule do: after waveGap with nothing handed out
// the next request starts with every piece fresh again.
// Not thread-safe: the web seed's worker thread owns it.
class WebSeedPieces
{
public:
    static constexpr qint64 DefaultWaveGapMs = 10000;
    static constexpr qint64 DefaultArrivalMs = 2000;
    // A piece handed out this long ago and still not sent whole (a client
    // that stopped reading, or one on a link far slower than the rest) may
    // be handed to another client again: a stalled client holds no piece
    // from the room for longer.
    static constexpr qint64 DefaultHoldMs = 5000;

    // The torrents served by piece, with their piece counts; forgets all counts.
    void setTorrents(const QHash<QString, int> &piecesByTorrent);
    void setWaveGap(qint64 milliseconds) { m_waveGapMs = milliseconds; }
    void setArrivalPause(qint64 milliseconds) { m_arrivalMs = milliseconds; }
    void setHold(qint64 milliseconds) { m_holdMs = milliseconds; }

    struct Handout
    {
        QList<int> pieces; // ascending
        int repeats = 0; // of them, pieces handed out before in this wave
    };
    // Up to `count` pieces whose bit is clear in `have` (a BitTorrent
    // bitfield: piece 0 is the high bit of the first byte), least handed out
    // in this wave first; they count as handed out from now, and as on their
    // way until done(). A piece on its way to another client is not handed
    // out again: that client announces it to its peers within milliseconds of
    // having it, so a copy from the host would only repeat it; a client that
    // lacks nothing else gets nothing and asks again. Nothing for a torrent
    // not served by piece or a bitfield of the wrong size.
    // With `fresh` false (a client that does not keep up, keepsUp()), only
    // pieces already handed out in this wave are handed out.
    Handout take(
        const QString &torrent, const QByteArray &have, int count, qint64 nowMs, bool fresh = true);
    // The pieces of a handout reached the client (it acknowledged their last
    // byte), or never will (the connection ended). They still count as on
    // their way for the arrival pause: the client announces a piece to its
    // peers only once it has checked it, and they ask the host again only
    // after that.
    void done(const QString &torrent, const QList<int> &pieces, qint64 nowMs);
    // How many pieces a request from `client` is handed, at most `most`: the
    // host's link is shared by every client asking, so each answer holds
    // fewer pieces the more clients asked in the last AskingWindowMs. Its
    // last piece then reaches the client, and through it the peers, about
    // as soon as with one client asking (bench/lab, 16 clients at 25 Mbit/s:
    // eight 32 KiB pieces an answer took 2.6 s to arrive whole).
    int countFor(const QString &torrent, const QString &client, int most, qint64 nowMs);
    static constexpr qint64 AskingWindowMs = 2000;
    // `client` holds `held` pieces of the torrent itself (held= in its
    // request): its pace, over PaceSpanMs or more, is the pieces it gained.
    void noteHeld(const QString &torrent, const QString &client, int held, qint64 nowMs);
    // Whether a piece the host never sent may go to `client`: not when its
    // pace is below 1/SlowShare of the median pace of the clients asking
    // (PacesJudged of them at least). A client on a tenth of the link would
    // be the only one to hold such a piece and would pass it on at a tenth
    // of the others' pace, so the room waited for it (bench/README.md, the
    // slow series); it gets its pieces from its peers, and repeats from the
    // host. Unknown paces keep up. An eighth, not a quarter: the first client
    // to start, which holds what the room wants and waits for pieces newer
    // than its own, gains a fifth to a tenth of the median pace for seconds;
    // judged slow at a quarter, it got no fresh piece and finished last in
    // five runs of six (32 clients on 5 Mbit/s, bench/README.md).
    bool keepsUp(const QString &torrent, const QString &client, qint64 nowMs) const;
    static constexpr qint64 PaceSpanMs = 1000;
    static constexpr int SlowShare = 8;
    static constexpr int PacesJudged = 3;
    // Pieces of a torrent on their way at nowMs.
    int onTheirWay(const QString &torrent, qint64 nowMs) const;

    // Bytes the counters take (20 a piece, and what the clients asking take),
    // for a bound.
    qint64 memoryBytes() const;

private:
    // A client that asked in the last AskingWindowMs, and its pace.
    struct Asker
    {
        qint64 lastMs = 0; // its last request
        qint64 sinceMs = -1; // the start of the span its pace is measured over; -1 none yet
        int sinceHeld = 0; // pieces it held then
        double perSecond = -1; // pieces gained a second over the last span; -1 unknown
    };
    struct Torrent
    {
        std::vector<std::uint16_t> sent; // by piece, in this wave
        std::vector<std::uint16_t> sending; // by piece: responses still sending it
        std::vector<qint64> queuedMs; // by piece: when a response last queued it whole
        std::vector<qint64> handedMs; // by piece: when it was last handed out
        int cursor = 0;
        qint64 lastMs = -1;
        QHash<QString, Asker> askers; // by client
    };
    bool onItsWay(const Torrent &torrent, std::size_t piece, qint64 nowMs) const;
    // Forgets the clients that did not ask in the window (their paces too), then counts
    // `client` as asking at nowMs.
    static Asker &asking(Torrent &torrent, const QString &client, qint64 nowMs);

    QHash<QString, Torrent> m_torrents;
    qint64 m_waveGapMs = DefaultWaveGapMs;
    qint64 m_arrivalMs = DefaultArrivalMs;
    qint64 m_holdMs = DefaultHoldMs;
};

} // namespace bt

#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <vector>

namespace bt {

// Which parts of the served files the web seed has sent in the current wave,
// so it can send what the lab has never had before what it already has
// ("fresh first"). Every byte of an image has to leave the host once; after
// that the clients can trade it. With clients fetching pieces at random, 16
// clients made the host send a quarter of the image twice and the last fresh
// bytes left that much later (bench/README.md, "What holds N = 16 back").
//
// One bit per chunk of ChunkBytes of a served file, and two counters per
// torrent: a 4 GiB image takes 16 KiB, whatever the clients ask. A chunk is
// marked when a read covers it whole (or up to the file's end): a range that
// starts or ends inside a chunk leaves it unmarked, so at worst a part is sent
// again, never held back as sent when it was not. A chunk counts as sent once
// it is queued on a socket; one that a client dropped unread still goes out
// again when asked, at the pace of a repeat.
//
// The marks count for one wave of clients, not for the day:
// - when every chunk of a torrent has gone out once, the next round starts
//   with none marked, so a crowd that needs more than one copy from the host
//   gets the least-sent chunks first, never only repeats held back;
// - when nothing of a torrent was sent for waveGap (the room is up, or
//   clients trade without the host), the next request starts a new wave with
//   none marked: a second boot wave the same day, which needs every chunk
//   again, is scheduled like the first instead of being held behind the
//   chunks the first wave happened not to need from the web seed.
// Not thread-safe: the web seed's worker thread owns it.
class WebSeedSchedule
{
public:
    static constexpr qint64 ChunkBytes = 32 * 1024;
    static constexpr qint64 DefaultWaveGapMs = 10000;

    // The served torrents' files by torrent name; forgets every mark.
    void setTorrents(const QHash<QString, QSet<QString>> &filesByTorrent);
    void setWaveGap(qint64 milliseconds) { m_waveGapMs = milliseconds; }

    // A request of `path` (a file the torrent lists) begins: its marks'
    // handle, or -1 for a file no torrent lists. `size` is the file's size
    // now (the marks start over if it changed); nowMs a monotonic clock.
    int begin(const QString &torrent, const QString &path, qint64 size, qint64 nowMs);
    // Whether the chunk holding `offset` went out in this round; false for -1.
    bool isSent(int file, qint64 offset) const;
    // [offset, offset + length) was queued for a client.
    void markSent(int file, qint64 offset, qint64 length, qint64 nowMs);

    // Bytes the marks take now (bits, counters and names), for a bound.
    qint64 memoryBytes() const;
    // Rounds and waves started for a torrent (0 before its first request).
    int rounds(const QString &torrent) const;

private:
    struct File
    {
        int torrent = 0; // index in m_torrents
        qint64 size = -1; // -1: not opened yet
        qint64 chunks = 0;
        std::vector<std::uint64_t> bits;
    };
    struct Torrent
    {
        QString name;
        int files = 0; // listed
        int sized = 0; // opened at least once
        qint64 chunks = 0; // of the opened files
        qint64 marked = 0;
        qint64 lastSentMs = 0;
        int rounds = 0;
    };

    void clear(Torrent &torrent, int index);

    QHash<QString, int> m_fileIndex; // "torrent/path" -> index in m_files
    std::vector<File> m_files;
    std::vector<Torrent> m_torrents;
    qint64 m_waveGapMs = DefaultWaveGapMs;
};

} // namespace bt

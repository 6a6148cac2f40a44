#pragma once

#include "environment/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace bt {

// A .torrent made by TorrentMaker and the facts about it the build needs
// (the tracker's whitelist wants the info-hash, the log wants the sizes).
struct TorrentFile
{
    QByteArray data; // the bencoded .torrent
    QString infoHashHex; // v1 info-hash, 40 lower-case hex chars
    qint64 totalSize = 0;
    int pieceSize = 0;
    int pieceCount = 0;
};

// Makes the BitTorrent v1 multi-file torrent of one OS folder, with the
// same info dictionary (and so the same info-hash) mktorrent makes for it,
// hashing the pieces on every core.
class TorrentMaker
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;
    struct Options
    {
        QString folder; // the OS folder; the torrent's name is its folder name
        QString announceUrl; // empty: no tracker
        // Web seeds (BEP 19 url-list): a URL ending in "/" to which the
        // client appends <torrent name>/<path>.
        QStringList webSeeds;
        int pieceSize = 0; // 0: pieceSizeFor(total size)
        int threads = 0; // 0: every core
        QString comment;
    };

    // Progress is called on the calling thread, at most ~20 times a second,
    // and once with done == total. Blocks until the torrent is made, has
    // failed, or *cancel became true (then the problem says "cancelled").
    static Result<TorrentFile> make(const Options &options, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);

    // Power of two giving about 2048-4096 pieces of 16 KiB to 8 MiB for a
    // web-seeded torrent, else about 1000-2000 of 256 KiB to 8 MiB.
    static int pieceSizeFor(qint64 totalSize, bool webSeeded = true);

    // True when a problem returned by make() means it was cancelled.
    static bool isCancelled(const Problems &problems);

    // What a .torrent lists and how it lays its pieces over its files: what
    // the web seed serves, by byte range and by whole piece.
    struct Layout
    {
        // The files as paths inside the torrent's folder ("boot/config.txt"),
        // in the torrent's order; padding files left out.
        QStringList files;
        QList<qint64> sizes; // of each file
        qint64 pieceLength = 0;
        int pieces = 0;
        // Pieces are the files' bytes end to end: no padding files, and a
        // folder (multi-file) torrent, as the web seed serves.
        bool contiguous = false;
    };
    static Result<Layout> layoutOf(const QByteArray &torrentData);
};

} // namespace bt

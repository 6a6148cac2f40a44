#pragma once

#include <QString>

namespace bt {

// One download (for BootTorrent: one OS torrent being seeded) as aria2's
// tellActive/tellWaiting report it. aria2 sends numbers as strings; these
// are already converted.
struct Aria2Download
{
    QString gid;
    QString infoHash; // lower-case hex, empty for non-BitTorrent downloads
    QString name; // the torrent's name (its top folder)
    QString status; // "active", "waiting", "paused", "error", "complete", "removed"
    qint64 totalLength = 0;
    qint64 completedLength = 0;
    qint64 uploadLength = 0; // bytes this aria2 uploaded since it started
    qint64 downloadSpeed = 0; // bytes/s
    qint64 uploadSpeed = 0; // bytes/s
    qint64 pieceLength = 0;
    int numPieces = 0;
    int connections = 0;
    int numSeeders = 0; // seeders among the connected peers
    bool seeder = false; // this aria2 has the whole torrent

    bool operator==(const Aria2Download &) const = default;
};

} // namespace bt

#pragma once

#include <QString>

namespace bt {

// One BitTorrent peer of a download, as aria2.getPeers reports it.
struct Aria2Peer
{
    QString peerId; // percent-encoded, as aria2 sends it
    QString ip;
    quint16 port = 0;
    bool amChoking = true;
    bool peerChoking = true;
    bool seeder = false;
    qint64 downloadSpeed = 0; // bytes/s this aria2 receives from the peer
    qint64 uploadSpeed = 0; // bytes/s this aria2 sends to the peer
    QString bitfield; // hex, high bit of the first byte is piece 0

    // Bytes the peer holds according to its bitfield; the last piece is
    // shorter when the torrent's length is not a multiple of the piece length.
    qint64 completedBytes(qint64 pieceLength, qint64 totalLength) const;

    bool operator==(const Aria2Peer &) const = default;
};

} // namespace bt

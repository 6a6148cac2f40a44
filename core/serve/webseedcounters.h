#pragma once

#include <QHash>
#include <QString>

namespace bt {

// What the web seed sent: bytes of file data by client address and by
// torrent (the top folder of the request path).
struct WebSeedCounters
{
    QHash<QString, QHash<QString, qint64>> bytes; // torrent name -> client IPv4 -> bytes
    // Of those, bytes of chunks the web seed had sent before in the same wave
    // (WebSeedSchedule): what the host's link carried twice. By torrent name.
    QHash<QString, qint64> repeated;

    qint64 total() const;
    qint64 forTorrent(const QString &name) const;
    bool operator==(const WebSeedCounters &) const = default;
};

} // namespace bt

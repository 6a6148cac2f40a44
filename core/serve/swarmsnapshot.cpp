#include "swarmsnapshot.h"

namespace bt {

QHash<QString, qint64> SwarmSnapshot::hostUploadRateByIp() const
{
    QHash<QString, qint64> rates;
    for (const SwarmTorrent &torrent : torrents) {
        for (const SwarmPeer &peer : torrent.peers)
            rates[peer.ip] += peer.hostUploadRate;
    }
    return rates;
}

QHash<QString, qint64> SwarmSnapshot::hostUploadedByIp() const
{
    QHash<QString, qint64> bytes;
    for (const SwarmTorrent &torrent : torrents) {
        for (auto it = torrent.hostUploadedToIp.cbegin(); it != torrent.hostUploadedToIp.cend();
             ++it)
            bytes[it.key()] += it.value();
    }
    return bytes;
}

} // namespace bt

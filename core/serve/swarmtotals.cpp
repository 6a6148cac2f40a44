#include "swarmtotals.h"

#include <QJsonArray>

namespace bt {

QJsonObject TorrentTotals::toJson() const
{
    return QJsonObject {
        { QStringLiteral("infoHash"), infoHash },
        { QStringLiteral("name"), name },
        { QStringLiteral("totalLength"), double(totalLength) },
        { QStringLiteral("peers"), peers },
        { QStringLiteral("seeds"), seeds },
        { QStringLiteral("downloadRate"), double(downloadRate) },
        { QStringLiteral("uploadRate"), double(uploadRate) },
        { QStringLiteral("hostUploaded"), double(hostUploaded) },
        { QStringLiteral("webSeedUploaded"), double(webSeedUploaded) },
        { QStringLiteral("delivered"), double(delivered) },
        { QStringLiteral("peerDelivered"), double(peerDelivered) },
        { QStringLiteral("p2pShare"), p2pShare },
        { QStringLiteral("trackerSeeders"), trackerSeeders },
        { QStringLiteral("trackerLeechers"), trackerLeechers },
        { QStringLiteral("trackerCompleted"), trackerCompleted },
    };
}

QJsonObject SwarmTotals::toJson() const
{
    QJsonArray list;
    for (const TorrentTotals &torrent : torrents)
        list.append(torrent.toJson());
    return QJsonObject {
        { QStringLiteral("time"), time.toString(Qt::ISODateWithMs) },
        { QStringLiteral("trackerTime"), trackerTime.toString(Qt::ISODateWithMs) },
        { QStringLiteral("torrents"), list },
        { QStringLiteral("downloadRate"), double(downloadRate) },
        { QStringLiteral("uploadRate"), double(uploadRate) },
        { QStringLiteral("hostUploaded"), double(hostUploaded) },
        { QStringLiteral("delivered"), double(delivered) },
        { QStringLiteral("peerDelivered"), double(peerDelivered) },
        { QStringLiteral("p2pShare"), p2pShare },
    };
}

} // namespace bt

#include "swarmtotals.h"

#include "jsonfields.h"

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
        { QStringLiteral("seederUploaded"), double(seederUploaded) },
        { QStringLiteral("webSeedRepeated"), double(webSeedRepeated) },
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
        { QStringLiteral("webSeedUploaded"), double(webSeedUploaded) },
        { QStringLiteral("seederUploaded"), double(seederUploaded) },
        { QStringLiteral("webSeedRepeated"), double(webSeedRepeated) },
        { QStringLiteral("delivered"), double(delivered) },
        { QStringLiteral("peerDelivered"), double(peerDelivered) },
        { QStringLiteral("p2pShare"), p2pShare },
    };
}

namespace {

double share(const QJsonObject &object)
{
    return qBound(0.0, object.value(QLatin1StringView("p2pShare")).toDouble(), 1.0);
}

} // namespace

TorrentTotals TorrentTotals::fromJson(const QJsonObject &o)
{
    using namespace jsonfields;
    TorrentTotals t;
    t.infoHash = o.value(QLatin1StringView("infoHash")).toString().left(64);
    t.name = o.value(QLatin1StringView("name")).toString().left(255);
    t.totalLength = count(o, QLatin1StringView("totalLength"));
    t.peers = number(o, QLatin1StringView("peers"));
    t.seeds = number(o, QLatin1StringView("seeds"));
    t.downloadRate = count(o, QLatin1StringView("downloadRate"));
    t.uploadRate = count(o, QLatin1StringView("uploadRate"));
    t.hostUploaded = count(o, QLatin1StringView("hostUploaded"));
    t.webSeedUploaded = count(o, QLatin1StringView("webSeedUploaded"));
    t.seederUploaded = count(o, QLatin1StringView("seederUploaded"));
    t.webSeedRepeated = count(o, QLatin1StringView("webSeedRepeated"));
    t.delivered = count(o, QLatin1StringView("delivered"));
    t.peerDelivered = count(o, QLatin1StringView("peerDelivered"));
    t.p2pShare = share(o);
    t.trackerSeeders = number(o, QLatin1StringView("trackerSeeders"));
    t.trackerLeechers = number(o, QLatin1StringView("trackerLeechers"));
    t.trackerCompleted = number(o, QLatin1StringView("trackerCompleted"));
    return t;
}

SwarmTotals SwarmTotals::fromJson(const QJsonObject &o)
{
    using namespace jsonfields;
    constexpr qsizetype kMaxTorrents = 256;
    SwarmTotals s;
    s.time = jsonfields::time(o, QLatin1StringView("time"));
    s.trackerTime = jsonfields::time(o, QLatin1StringView("trackerTime"));
    const QJsonArray list = o.value(QLatin1StringView("torrents")).toArray();
    for (qsizetype i = 0; i < list.size() && i < kMaxTorrents; ++i)
        s.torrents.append(TorrentTotals::fromJson(list.at(i).toObject()));
    s.downloadRate = count(o, QLatin1StringView("downloadRate"));
    s.uploadRate = count(o, QLatin1StringView("uploadRate"));
    s.hostUploaded = count(o, QLatin1StringView("hostUploaded"));
    s.webSeedUploaded = count(o, QLatin1StringView("webSeedUploaded"));
    s.seederUploaded = count(o, QLatin1StringView("seederUploaded"));
    s.webSeedRepeated = count(o, QLatin1StringView("webSeedRepeated"));
    s.delivered = count(o, QLatin1StringView("delivered"));
    s.peerDelivered = count(o, QLatin1StringView("peerDelivered"));
    s.p2pShare = share(o);
    return s;
}

} // namespace bt

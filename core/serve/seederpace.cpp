#include "seederpace.h"

#include "aria2rpc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace bt {

SeederPace::SeederPace(Aria2Rpc *rpc, QObject *parent)
    : QObject(parent)
    , m_rpc(rpc)
{
}

int SeederPace::downloadingClients(const SwarmSnapshot &snapshot)
{
    QSet<QString> addresses;
    for (const SwarmTorrent &torrent : snapshot.torrents) {
        for (const SwarmPeer &peer : torrent.peers) {
            if (!peer.seeder)
                addresses.insert(peer.ip);
        }
    }
    return int(addresses.size());
}

std::optional<SeederPace::Pace> SeederPace::paceFor(const SwarmSnapshot &snapshot)
{
    const int downloading = downloadingClients(snapshot);
    if (downloading == 0)
        return std::nullopt;
    return downloading == 1 ? Pace::Full : Pace::Trickle;
}

QString SeederPace::aria2Limit(Pace pace)
{
    return pace == Pace::Full ? QStringLiteral("0") : QString::number(TrickleBytesPerSecond);
}

void SeederPace::apply(const SwarmSnapshot &snapshot)
{
    const std::optional<Pace> wanted = paceFor(snapshot);
    if (!wanted || *wanted == m_pace || m_asking)
        return;
    m_asking = true;
    const int downloading = downloadingClients(snapshot);
    const QJsonObject options { { QStringLiteral("max-overall-upload-limit"),
        aria2Limit(*wanted) } };
    m_rpc->call(QStringLiteral("aria2.changeGlobalOption"), QJsonArray { options }, this,
        [this, pace = *wanted, downloading](const Result<QJsonValue> &reply) {
            m_asking = false;
            if (!reply.ok()) {
                Q_EMIT failed(QCoreApplication::translate(
                    "bt::SeederPace", "cannot change the pace of the host's seeder: %1")
                                  .arg(reply.problems().first().message));
                return;
            }
            m_pace = pace;
            Q_EMIT paced(pace, downloading);
        });
}

} // namespace bt

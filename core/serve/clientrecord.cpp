#include "clientrecord.h"

#include <QJsonArray>

namespace bt {

QDateTime ClientRecord::transitionTime(ClientState wanted) const
{
    for (const ClientTransition &transition : transitions) {
        if (transition.state == wanted)
            return transition.time;
    }
    return {};
}

QJsonObject ClientRecord::toJson() const
{
    QJsonArray history;
    for (const ClientTransition &transition : transitions) {
        history.append(QJsonObject {
            { QStringLiteral("state"), clientStateName(transition.state) },
            { QStringLiteral("time"), transition.time.toString(Qt::ISODateWithMs) },
        });
    }
    return QJsonObject {
        { QStringLiteral("mac"), mac },
        { QStringLiteral("ip"), ip },
        { QStringLiteral("hostname"), hostname },
        { QStringLiteral("firmware"), firmware },
        { QStringLiteral("os"), os },
        { QStringLiteral("state"), clientStateName(state) },
        { QStringLiteral("progress"), progress },
        { QStringLiteral("message"), message },
        { QStringLiteral("transitions"), history },
        { QStringLiteral("bootCycle"), bootCycle },
        { QStringLiteral("firstSeen"), firstSeen.toString(Qt::ISODateWithMs) },
        { QStringLiteral("lastSeen"), lastSeen.toString(Qt::ISODateWithMs) },
        { QStringLiteral("downloadRate"), double(downloadRate) },
        { QStringLiteral("completedBytes"), double(completedBytes) },
        { QStringLiteral("totalBytes"), double(totalBytes) },
        { QStringLiteral("bytesFromHost"), double(bytesFromHost) },
        { QStringLiteral("bytesOverHttp"), double(bytesOverHttp) },
        { QStringLiteral("bytesFromPeers"), double(bytesFromPeers) },
    };
}

} // namespace bt

#include "clientrecord.h"

#include "environment/macaddress.h"
#include "jsonfields.h"

#include <QJsonArray>

namespace bt {

QString etaClockText(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    const QString minutesSeconds
        = QStringLiteral("%1:%2")
              .arg(seconds / 60 % 60, seconds < 3600 ? 1 : 2, 10, QLatin1Char('0'))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return minutesSeconds;
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesSeconds);
}

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
        { QStringLiteral("alert"),
            QJsonObject {
                { QStringLiteral("level"), alertLevelName(alert.level) },
                { QStringLiteral("reason"), alert.reason },
                { QStringLiteral("since"), alert.since.toString(Qt::ISODateWithMs) },
            } },
        { QStringLiteral("etaSeconds"), double(etaSeconds) },
    };
}

namespace {

constexpr qsizetype kMaxTransitions = 64;
constexpr double kMaxEtaSeconds = 366.0 * 24 * 3600;

} // namespace

std::optional<ClientRecord> ClientRecord::fromJson(const QJsonObject &object)
{
    using namespace jsonfields;
    const std::optional<QString> mac
        = normalizedMac(object.value(QLatin1StringView("mac")).toString().left(64));
    const std::optional<ClientState> state
        = clientStateFromName(object.value(QLatin1StringView("state")).toString().left(64));
    if (!mac || !state)
        return std::nullopt;
    ClientRecord record;
    record.mac = *mac;
    record.ip = text(object, QLatin1StringView("ip"), 64);
    record.hostname = text(object, QLatin1StringView("hostname"), 255);
    record.firmware = text(object, QLatin1StringView("firmware"), 64);
    record.os = text(object, QLatin1StringView("os"), 255);
    record.state = *state;
    record.progress = qBound(0, object.value(QLatin1StringView("progress")).toInt(), 100);
    record.message = text(object, QLatin1StringView("message"));
    const QJsonArray history = object.value(QLatin1StringView("transitions")).toArray();
    for (qsizetype i = 0; i < history.size() && i < kMaxTransitions; ++i) {
        const QJsonObject transition = history.at(i).toObject();
        const std::optional<ClientState> reached
            = clientStateFromName(transition.value(QLatin1StringView("state")).toString().left(64));
        if (reached)
            record.transitions.append({ *reached, time(transition, QLatin1StringView("time")) });
    }
    record.bootCycle = qMax(1, object.value(QLatin1StringView("bootCycle")).toInt(1));
    record.firstSeen = time(object, QLatin1StringView("firstSeen"));
    record.lastSeen = time(object, QLatin1StringView("lastSeen"));
    record.downloadRate = count(object, QLatin1StringView("downloadRate"));
    record.completedBytes = count(object, QLatin1StringView("completedBytes"));
    record.totalBytes = count(object, QLatin1StringView("totalBytes"));
    record.bytesFromHost = count(object, QLatin1StringView("bytesFromHost"));
    record.bytesOverHttp = count(object, QLatin1StringView("bytesOverHttp"));
    record.bytesFromPeers = count(object, QLatin1StringView("bytesFromPeers"));
    const QJsonObject alert = object.value(QLatin1StringView("alert")).toObject();
    const std::optional<AlertLevel> level
        = alertLevelFromName(alert.value(QLatin1StringView("level")).toString().left(16));
    if (level && *level != AlertLevel::None)
        record.alert = { *level, text(alert, QLatin1StringView("reason"), 512),
            time(alert, QLatin1StringView("since")) };
    const double eta = object.value(QLatin1StringView("etaSeconds")).toDouble(-1);
    record.etaSeconds = eta >= 0 && eta <= kMaxEtaSeconds ? qint64(eta) : -1;
    return record;
}

} // namespace bt

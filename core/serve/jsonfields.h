#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

// Fields of the JSON serve's API sends, read as an admin's app must read
// what comes over the network: texts cut to a bound, counts that are no
// count (negative, beyond qint64, not a number) read as 0.
namespace bt::jsonfields {

inline QString text(const QJsonObject &object, QLatin1StringView key, qsizetype max = 1024)
{
    return object.value(key).toString().left(max);
}

inline qint64 count(double value) { return value > 0 && value < 9.0e18 ? qint64(value) : 0; }

inline qint64 count(const QJsonObject &object, QLatin1StringView key)
{
    return count(object.value(key).toDouble());
}

inline int number(const QJsonObject &object, QLatin1StringView key)
{
    return qMax(0, object.value(key).toInt());
}

inline QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    return QDateTime::fromString(text(object, key, 64), Qt::ISODateWithMs);
}

} // namespace bt::jsonfields

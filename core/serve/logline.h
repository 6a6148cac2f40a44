#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace bt {

enum class LogSeverity { Info, Warning, Error };

// One line of the host's log: a service's output or BootTorrent's own note
// about a service. The source is the service name ("dnsmasq", "aria2c",
// "opentracker") or "boottorrent".
struct LogLine
{
    QDateTime time;
    QString source;
    LogSeverity severity = LogSeverity::Info;
    QString text;

    bool operator==(const LogLine &) const = default;
};

// "info", "warning", "error"
QString toString(LogSeverity severity);

} // namespace bt

Q_DECLARE_METATYPE(bt::LogLine)

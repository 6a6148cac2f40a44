#pragma once

#include "logline.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt {

// What to run for one of the host's services. The program gets an explicit
// argument list, never a shell string.
struct ServiceSpec
{
    QString name; // log source and subject of messages: "dnsmasq", "aria2c", "opentracker"
    QString program; // absolute path, or a name looked up in PATH
    QStringList arguments;
    QString workingDirectory; // empty: the app's working directory
    std::optional<QProcessEnvironment> environment; // unset: the app's environment
    QString package; // Debian package providing program; empty: the program's file name
    // Most daemons write errors to stderr; dnsmasq with --log-facility=- writes its whole log
    // there.
    LogSeverity stderrSeverity = LogSeverity::Warning;
    // When BootTorrent runs as root: the user the child runs as, switched to
    // before exec so the death signal survives (a daemon's own user switch
    // would clear it). Empty: the child keeps BootTorrent's user.
    QString runAsUser {};
};

} // namespace bt

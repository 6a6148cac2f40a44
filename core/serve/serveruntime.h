#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bt {

// What a running `boottorrent serve` leaves for those who look for it: a
// runtime file (serve-<hash of the environment path>.json) naming its PID,
// its admin API and the file with the API's token. serve runs as root or as
// the user who started it, so both their folders are searched.
namespace ServeRuntime {

struct Info
{
    qint64 pid = 0;
    QString environment;
    QString admin; // "127.0.0.1:40123"
    QString tokenFile;
    QByteArray token; // empty when the token file cannot be read
};

// /run/boottorrent as root, else the user's runtime folder + /boottorrent.
QString dir();
// The runtime file's path in `folder`, without ".json" / ".token".
QString baseName(const QString &folder, const QString &environmentDir);
// The serve of `environmentDir` whose process still runs, if any.
std::optional<Info> find(const QString &environmentDir);
// The same, looking only in `folder` (a serve started with --runtime-dir).
std::optional<Info> findIn(const QString &folder, const QString &environmentDir);

} // namespace ServeRuntime

} // namespace bt

#include "serveruntime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

namespace bt::ServeRuntime {

QString dir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/run/boottorrent");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return (base.isEmpty() ? QDir::tempPath() : base) + QStringLiteral("/boottorrent");
}

QString baseName(const QString &folder, const QString &environmentDir)
{
    return folder + QStringLiteral("/serve-")
        + QString::fromLatin1(QCryptographicHash::hash(
            QDir(environmentDir).absolutePath().toUtf8(), QCryptographicHash::Sha1)
                                  .toHex()
                                  .left(12));
}

std::optional<Info> find(const QString &environmentDir)
{
    QStringList folders { dir() };
    if (folders.first() != QLatin1String("/run/boottorrent"))
        folders << QStringLiteral("/run/boottorrent"); // a serve started as root for this user
    for (const QString &folder : folders)
        if (std::optional<Info> info = findIn(folder, environmentDir))
            return info;
    return std::nullopt;
}

std::optional<Info> findIn(const QString &folder, const QString &environmentDir)
{
    QFile file(baseName(folder, environmentDir) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Info info;
    info.pid = object.value(QStringLiteral("pid")).toInteger();
    info.environment = object.value(QStringLiteral("environment")).toString();
    info.admin = object.value(QStringLiteral("admin")).toString();
    info.tokenFile = object.value(QStringLiteral("tokenFile")).toString();
    // A file left by a serve that was killed names a process that is gone,
    // or by now another program that got its number.
    if (info.pid <= 0 || (::kill(pid_t(info.pid), 0) != 0 && errno == ESRCH))
        return std::nullopt;
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(info.pid));
    if (commandLine.open(QIODevice::ReadOnly)
        && !commandLine.read(64 * 1024).split('\0').contains("serve"))
        return std::nullopt;
    QFile token(info.tokenFile);
    if (token.open(QIODevice::ReadOnly))
        info.token = token.read(256).trimmed();
    return info;
}

} // namespace bt::ServeRuntime

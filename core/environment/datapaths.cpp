#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace bt::DataPaths {

namespace {

// The first of `relative` (to the program's folder's parent) that exists.
QString firstUnderRoot(const QStringList &relative, bool directory)
{
    const QString root = QCoreApplication::applicationDirPath() + QStringLiteral("/..");
    for (const QString &path : relative) {
        const QFileInfo info(root + QLatin1Char('/') + path);
        if (directory ? info.isDir() : info.isFile())
            return info.canonicalFilePath();
    }
    return {};
}

QString fromVariable(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QString() : QDir(value).absolutePath();
}

} // namespace

QString phase1Dir()
{
    const QString given = fromVariable("BOOTTORRENT_PHASE1_DIR");
    if (!given.isEmpty())
        return given;
    return firstUnderRoot(
        { QStringLiteral("lib/boottorrent/phase1"), QStringLiteral("phase1") }, true);
}

QString clientProgram()
{
    return firstUnderRoot(
        { QStringLiteral("lib/boottorrent/bttui"), QStringLiteral("client-tui/app/bttui") }, false);
}

QString labScriptsDir()
{
    const QString given = fromVariable("BOOTTORRENT_LAB_DIR");
    if (!given.isEmpty())
        return given;
    return firstUnderRoot({ QStringLiteral("share/boottorrent/lab"), QStringLiteral("lab") }, true);
}

} // namespace bt::DataPaths

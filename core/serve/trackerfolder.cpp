#include "trackerfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace bt::TrackerFolder {

Result<QString> create(const QString &whitelist)
{
    QByteArray pattern
        = QFile::encodeName(QDir::tempPath() + QStringLiteral("/boottorrent-tracker-XXXXXX"));
    if (!::mkdtemp(pattern.data()))
        return Problem { QStringLiteral("out/opentracker/whitelist"), {},
            QCoreApplication::translate(
                "bt::TrackerFolder", "cannot create a folder for the tracker in %1: %2")
                .arg(QDir::tempPath(), QString::fromLocal8Bit(std::strerror(errno))) };
    const QString folder = QFile::decodeName(pattern);
    const QString copy = folder + QStringLiteral("/whitelist");
    if (!QFile::copy(whitelist, copy)) {
        remove(folder);
        return Problem { QStringLiteral("out/opentracker/whitelist"), {},
            QCoreApplication::translate("bt::TrackerFolder",
                "cannot copy the tracker whitelist into %1: rebuild the environment")
                .arg(QDir::tempPath()) };
    }
    // opentracker runs as nobody: it may enter the folder and read the
    // whitelist (info-hashes the web seed serves anyway), and write nothing.
    ::chmod(QFile::encodeName(copy).constData(), 0644);
    ::chmod(pattern.constData(), 0711);
    return folder;
}

void remove(const QString &folder)
{
    if (folder.isEmpty())
        return;
    QFile::remove(folder + QStringLiteral("/whitelist"));
    QDir().rmdir(folder);
}

} // namespace bt::TrackerFolder

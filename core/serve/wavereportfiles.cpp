#include "wavereportfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace bt::WaveReportFiles {

namespace {

const QString kPrefix = QStringLiteral("wave-");
const QString kSuffix = QStringLiteral(".json");

// serve runs as root; what it leaves in a user's environment stays the user's.
QString giveToOwner(const QString &environmentDir, const QString &path)
{
    struct stat folder
    {
    };
    if (::geteuid() != 0 || ::stat(QFile::encodeName(environmentDir).constData(), &folder) != 0
        || folder.st_uid == 0)
        return {};
    if (::chown(QFile::encodeName(path).constData(), folder.st_uid, folder.st_gid) != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return {};
}

} // namespace

QString folder(const QString &environmentDir)
{
    return QDir(environmentDir).filePath(QStringLiteral("reports"));
}

QString fileName(const QDateTime &settled)
{
    return kPrefix + settled.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + kSuffix;
}

Result<QString> write(const QString &environmentDir, const WaveReport &report)
{
    const QString dir = folder(environmentDir);
    auto problem = [&](const QString &file, const QString &message) {
        return Problems { Problem { QDir(environmentDir).relativeFilePath(file), {}, message } };
    };
    const bool existed = QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        return problem(
            dir, QCoreApplication::translate("bt::WaveReportFiles", "cannot be created"));
    if (!existed)
        if (const QString error = giveToOwner(environmentDir, dir); !error.isEmpty())
            return problem(dir,
                QCoreApplication::translate(
                    "bt::WaveReportFiles", "cannot be given to the folder's owner: %1")
                    .arg(error));
    const QDateTime when
        = report.settled.isValid() ? report.settled : QDateTime::currentDateTimeUtc();
    QString path = QDir(dir).filePath(fileName(when));
    // Two waves settled within a second keep both reports.
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = QDir(dir).filePath(
            fileName(when).chopped(kSuffix.size()) + QStringLiteral("-%1").arg(n) + kSuffix);
    QSaveFile file(path);
    const QByteArray json = report.toJsonBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return problem(path,
            QCoreApplication::translate("bt::WaveReportFiles", "cannot be written: %1")
                .arg(file.errorString()));
    if (const QString error = giveToOwner(environmentDir, path); !error.isEmpty())
        return problem(path,
            QCoreApplication::translate(
                "bt::WaveReportFiles", "was written but cannot be given to the folder's owner: %1")
                .arg(error));
    return path;
}

Result<QString> newest(const QString &environmentDir)
{
    const QString dir = folder(environmentDir);
    QStringList names = QDir(dir).entryList({ kPrefix + QLatin1Char('*') + kSuffix }, QDir::Files);
    if (names.isEmpty())
        return Problems { Problem { dir, {},
            QCoreApplication::translate(
                "bt::WaveReportFiles", "holds no wave report, and no serve of %1 runs")
                .arg(environmentDir) } };
    // Without ".json", a same-second "-2" sorts after its first.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.chopped(kSuffix.size()) < b.chopped(kSuffix.size());
    });
    return QDir(dir).filePath(names.last());
}

QString curveCsvFile(const QString &csvFile)
{
    const QFileInfo info(csvFile);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-curve") + suffix);
}

Result<WaveReport> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problems { Problem { path, {},
            QCoreApplication::translate("bt::WaveReportFiles", "cannot be read: %1")
                .arg(file.errorString()) } };
    if (file.size() > WaveReport::MaxJsonBytes)
        return Problems { Problem { path, {},
            QCoreApplication::translate(
                "bt::WaveReportFiles", "is larger than %1 MiB: it is no wave report")
                .arg(WaveReport::MaxJsonBytes >> 20) } };
    return WaveReport::fromJson(file.read(WaveReport::MaxJsonBytes + 1), path);
}

} // namespace bt::WaveReportFiles

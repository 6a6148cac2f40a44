#include "filecopyjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace bt {

namespace {

using Report = std::function<void(qint64 done, qint64 total)>;

QString tr(const char *text) { return QCoreApplication::translate("bt::FileCopyJob", text); }

FileCopyJob::Result copyAll(
    const CopyItems &items, const std::atomic_bool &cancel, const Report &report)
{
    qint64 total = 0;
    for (const CopyItem &item : items)
        total += QFileInfo(item.source).size();
    qint64 done = 0;
    report(done, total);

    QStringList createdFiles;
    QStringList createdDirs;
    auto undo = [&] {
        for (const QString &file : std::as_const(createdFiles))
            QFile::remove(file);
        // Deepest first, and only folders this job made.
        for (auto it = createdDirs.crbegin(); it != createdDirs.crend(); ++it)
            QDir().rmdir(*it);
    };

    constexpr qint64 ChunkSize = 4 * 1024 * 1024;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (const CopyItem &item : items) {
        const QFileInfo targetInfo(item.target);
        // Remember each missing folder from the top down, so undo removes them bottom up.
        QStringList missing;
        for (QDir dir = targetInfo.absoluteDir(); !dir.exists();
             dir.setPath(QFileInfo(dir.absolutePath()).path()))
            missing.prepend(dir.absolutePath());
        if (!QDir().mkpath(targetInfo.absolutePath())) {
            undo();
            return { FileCopyJob::Outcome::Failed,
                tr("Could not create the folder %1. Check that you may write there and that the "
                   "disk is "
                   "not full.")
                    .arg(QDir::toNativeSeparators(targetInfo.absolutePath())) };
        }
        createdDirs << missing;

        QFile in(item.source);
        if (!in.open(QIODevice::ReadOnly)) {
            undo();
            return { FileCopyJob::Outcome::Failed,
                tr("Could not read %1: %2.")
                    .arg(QDir::toNativeSeparators(item.source), in.errorString()) };
        }
        const QString partial = item.target + FileCopyJob::partialSuffix();
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            undo();
            return { FileCopyJob::Outcome::Failed,
                tr("Could not write %1: %2.")
                    .arg(QDir::toNativeSeparators(partial), out.errorString()) };
        }
        createdFiles << partial;
        for (;;) {
            if (cancel.load()) {
                out.close();
                undo();
                return { FileCopyJob::Outcome::Cancelled, {} };
            }
            const qint64 n = in.read(buffer.data(), ChunkSize);
            if (n < 0 || (n > 0 && out.write(buffer.constData(), n) != n)) {
                const QString error = n < 0 ? in.errorString() : out.errorString();
                out.close();
                undo();
                return { FileCopyJob::Outcome::Failed,
                    tr("Copying %1 failed: %2. Check free disk space and try again.")
                        .arg(QDir::toNativeSeparators(item.source), error) };
            }
            if (n == 0)
                break;
            done += n;
            report(done, total);
        }
        out.close();
        // Keep the executable bit of programs (method bin).
        out.setPermissions(in.permissions() | QFileDevice::WriteOwner);
        QFile::remove(item.target);
        if (!QFile::rename(partial, item.target)) {
            undo();
            return {
                FileCopyJob::Outcome::Failed,
                tr("Could not rename %1 to its final name.").arg(QDir::toNativeSeparators(partial))
            };
        }
        createdFiles.removeAll(partial);
        createdFiles << item.target;
    }
    report(total, total);
    return { FileCopyJob::Outcome::Copied, {} };
}

} // namespace

FileCopyJob::FileCopyJob(CopyItems items, QObject *parent)
    : Job(parent)
    , m_items(std::move(items))
{
}

QString FileCopyJob::partialSuffix() { return QStringLiteral(".btpart"); }

void FileCopyJob::start()
{
    // Job's destructor cancels and waits: no half-written file stays behind
    // when the window closes mid-copy.
    run(
        [items = m_items](JobControl &control) {
            return copyAll(items, *control.cancelFlag(),
                [&control](qint64 done, qint64 total) { control.report({}, done, total); });
        },
        [this](const Result &result) { Q_EMIT finished(result.outcome, result.error); });
}

} // namespace bt

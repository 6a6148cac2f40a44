#include "ui/filecopyjob.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;

class TestFileCopyJob : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

private Q_SLOTS:
    void copiesEveryFileAndReportsAllBytes()
    {
        QTemporaryDir dir;
        const QByteArray a(5 * 1024 * 1024 + 7, 'a');
        const QByteArray b("second file");
        CopyItems items { { writeFile(dir.filePath(QStringLiteral("src/a.iso")), a),
                              dir.filePath(QStringLiteral("oss/x/a.iso")) },
            { writeFile(dir.filePath(QStringLiteral("src/b")), b),
                dir.filePath(QStringLiteral("oss/x/sub/b")) } };
        FileCopyJob job(items);
        QSignalSpy progress(&job, &FileCopyJob::progress);
        QSignalSpy finished(&job, &FileCopyJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(
            finished.first().at(0).value<FileCopyJob::Outcome>(), FileCopyJob::Outcome::Copied);
        QVERIFY(!job.isRunning());
        QVERIFY(!progress.isEmpty());
        const qint64 total = a.size() + b.size();
        QCOMPARE(progress.last().at(1).toLongLong(), total);
        QCOMPARE(progress.last().at(2).toLongLong(), total);
        QFile copied(dir.filePath(QStringLiteral("oss/x/a.iso")));
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), a);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("oss/x/sub/b"))));
        QVERIFY(!QFile::exists(
            dir.filePath(QStringLiteral("oss/x/a.iso")) + FileCopyJob::partialSuffix()));
    }

    void keepsTheExecutableBitOfPrograms()
    {
        QTemporaryDir dir;
        const QString source = writeFile(dir.filePath(QStringLiteral("prog")), "#!/bin/sh\n");
        QFile::setPermissions(source, QFile::permissions(source) | QFileDevice::ExeOwner);
        FileCopyJob job({ { source, dir.filePath(QStringLiteral("oss/p/prog")) } });
        QSignalSpy finished(&job, &FileCopyJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("oss/p/prog"))).isExecutable());
    }

    void cancelRemovesPartialFilesAndCreatedFolders()
    {
        QTemporaryDir dir;
        // A sparse 2 GiB source: long enough to cancel mid-copy.
        const QString source = dir.filePath(QStringLiteral("big.img"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024));
        }
        const QString small = writeFile(dir.filePath(QStringLiteral("small")), "x");
        FileCopyJob job({ { small, dir.filePath(QStringLiteral("oss/big/small")) },
            { source, dir.filePath(QStringLiteral("oss/big/deep/big.img")) } });
        QSignalSpy progress(&job, &FileCopyJob::progress);
        QSignalSpy finished(&job, &FileCopyJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty() && progress.last().at(1).toLongLong() > 1, 20000);
        job.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(
            finished.first().at(0).value<FileCopyJob::Outcome>(), FileCopyJob::Outcome::Cancelled);
        QVERIFY(filesUnder(dir.filePath(QStringLiteral("oss"))).isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("oss/big"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("oss"))) == false);
    }

    void failureNamesTheFileAndLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir.filePath(QStringLiteral("good")), "ok");
        FileCopyJob job({ { good, dir.filePath(QStringLiteral("oss/f/good")) },
            { dir.filePath(QStringLiteral("missing.iso")),
                dir.filePath(QStringLiteral("oss/f/missing.iso")) } });
        QSignalSpy finished(&job, &FileCopyJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(
            finished.first().at(0).value<FileCopyJob::Outcome>(), FileCopyJob::Outcome::Failed);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("missing.iso")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("oss/f/good"))));
    }
};

QTEST_GUILESS_MAIN(TestFileCopyJob)
#include "tst_filecopyjob.moc"

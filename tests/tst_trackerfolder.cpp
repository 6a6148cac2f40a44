// opentracker's folder: fresh and unpredictable, never one a local user
// planted under a known name.
#include "serve/trackerfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bt;

class TestTrackerFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesAFreshPrivateFolderEachTime()
    {
        QTemporaryDir tmp;
        const QString whitelist = tmp.filePath(QStringLiteral("whitelist"));
        QFile file(whitelist);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0123456789abcdef0123456789abcdef01234567\n");
        file.close();

        const Result<QString> first = TrackerFolder::create(whitelist);
        const Result<QString> second = TrackerFolder::create(whitelist);
        QVERIFY2(first.ok() && second.ok(), qPrintable(toString(first.problems())));
        QVERIFY(first.value() != second.value());
        QVERIFY(first->startsWith(QDir::tempPath() + QStringLiteral("/boottorrent-tracker-")));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(first.value()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0711)); // nobody may enter, no one else may write
        QCOMPARE(info.st_uid, ::geteuid());
        QCOMPARE(::stat(QFile::encodeName(first.value() + QStringLiteral("/whitelist")).constData(),
                     &info),
            0);
        QCOMPARE(info.st_mode & 07777, mode_t(0644));
        TrackerFolder::remove(first.value());
        TrackerFolder::remove(second.value());
        QVERIFY(!QFileInfo::exists(first.value()));
    }

    void namesTheWhitelistWhenItCannotBeCopied()
    {
        const Result<QString> folder
            = TrackerFolder::create(QStringLiteral("/nonexistent/whitelist"));
        QVERIFY(!folder.ok());
        QCOMPARE(folder.problems().first().file, QStringLiteral("out/opentracker/whitelist"));
    }
};

QTEST_GUILESS_MAIN(TestTrackerFolder)
#include "tst_trackerfolder.moc"

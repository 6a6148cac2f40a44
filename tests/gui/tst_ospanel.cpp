#include "ui/environmentdocument.h"
#include "ui/oslistmodel.h"
#include "ui/oslistview.h"
#include "ui/ospanel.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bt;

class TestOsPanel : public QObject
{
    Q_OBJECT

private:
    static Environment freshEnvironment(const QString &dir)
    {
        if (!Environment::init(dir).isEmpty())
            qFatal("init failed");
        return Environment::read(dir).value();
    }

    static QString makeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    // What a file manager does: enter, move, drop, with file:// URLs.
    static void dropOn(QWidget *target, const QStringList &paths)
    {
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

private Q_SLOTS:
    void droppedKernelAndIsoAppearAndAreCopied()
    {
        QTemporaryDir env;
        QTemporaryDir source;
        EnvironmentDocument document(freshEnvironment(env.path()));
        OsPanel panel(&document);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(&panel, &OsPanel::copyFinished);

        const QByteArray kernel(3 * 1024 * 1024, 'k');
        dropOn(panel.view()->viewport(),
            { makeFile(source.filePath(QStringLiteral("vmlinuz-6.1")), kernel),
                makeFile(source.filePath(QStringLiteral("initrd.img-6.1")), "initrd"),
                makeFile(source.filePath(QStringLiteral("rescue.iso")), "iso") });
        QVERIFY(panel.isCopying());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);

        QCOMPARE(panel.model()->rowCount(), 2);
        const std::optional<OsConfig> kexecOs
            = document.environment().os(QStringLiteral("linux-6.1"));
        QVERIFY(kexecOs);
        QCOMPARE(bt::toString(kexecOs->method), bt::toString(BootMethod::Kexec));
        QCOMPARE(kexecOs->kernel, QStringLiteral("vmlinuz-6.1"));
        QCOMPARE(kexecOs->initrd, QStringLiteral("initrd.img-6.1"));
        QCOMPARE(QFileInfo(env.filePath(QStringLiteral("oss/linux-6.1/vmlinuz-6.1"))).size(),
            kernel.size());
        QVERIFY(QFileInfo::exists(env.filePath(QStringLiteral("oss/rescue/rescue.iso"))));
        QCOMPARE(document.environment().os(QStringLiteral("rescue"))->args,
            QStringLiteral("-cdrom rescue.iso"));
        // The first OS of an environment becomes its default.
        QVERIFY(!document.environment().boot().defaultOs.isEmpty());
        QVERIFY(document.isModified());
        QVERIFY2(document.problems().isEmpty(), qPrintable(toString(document.problems())));
        QVERIFY(document.save().isEmpty());
        QVERIFY(QFileInfo::exists(env.filePath(QStringLiteral("oss/rescue/config.yaml"))));
    }

    void droppedFolderWithConfigIsImportedWithItsConfig()
    {
        QTemporaryDir env;
        QTemporaryDir source;
        EnvironmentDocument document(freshEnvironment(env.path()));
        OsPanel panel(&document);
        QSignalSpy finished(&panel, &OsPanel::copyFinished);
        makeFile(source.filePath(QStringLiteral("hello/config.yaml")),
            "dispname: \"Hello there\"\nmethod: bin\nbin: hello\nbinargs: \"-v\"\n");
        makeFile(source.filePath(QStringLiteral("hello/hello")), "#!/bin/sh\necho hello\n");
        dropOn(panel.view()->viewport(), { source.filePath(QStringLiteral("hello")) });
        QVERIFY(finished.wait(20000));
        const std::optional<OsConfig> hello = document.environment().os(QStringLiteral("hello"));
        QVERIFY(hello);
        QCOMPARE(hello->dispname, QStringLiteral("Hello there"));
        QCOMPARE(hello->binargs, QStringLiteral("-v"));
    }

    void unusableFileShowsANoticeAndAddsNothing()
    {
        QTemporaryDir env;
        QTemporaryDir source;
        EnvironmentDocument document(freshEnvironment(env.path()));
        OsPanel panel(&document);
        panel.show();
        dropOn(panel.view()->viewport(),
            { makeFile(source.filePath(QStringLiteral("notes.txt")), "text") });
        QVERIFY(!panel.isCopying());
        QCOMPARE(panel.model()->rowCount(), 0);
        auto *notice = panel.findChild<QLabel *>(QStringLiteral("dropNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("notes.txt")));
    }

    void editingTheFormChangesTheSelectedOs()
    {
        QTemporaryDir env;
        QTemporaryDir source;
        EnvironmentDocument document(freshEnvironment(env.path()));
        OsPanel panel(&document);
        panel.show();
        QSignalSpy finished(&panel, &OsPanel::copyFinished);
        panel.addPaths(
            { makeFile(source.filePath(QStringLiteral("dos.img")), QByteArray(1474560, 0)) });
        QVERIFY(finished.wait(20000));
        panel.select(QStringLiteral("dos"));
        auto *dispname = panel.findChild<QLineEdit *>(QStringLiteral("dispname"));
        dispname->selectAll();
        QTest::keyClicks(dispname, QStringLiteral("FreeDOS"));
        QCOMPARE(
            document.environment().os(QStringLiteral("dos"))->dispname, QStringLiteral("FreeDOS"));
        QCOMPARE(
            document.environment().os(QStringLiteral("dos"))->args, QStringLiteral("-fda dos.img"));
    }

    void renameMovesTheFolderAndKeepsTheDefault()
    {
        QTemporaryDir env;
        QTemporaryDir source;
        EnvironmentDocument document(freshEnvironment(env.path()));
        OsPanel panel(&document);
        QSignalSpy finished(&panel, &OsPanel::copyFinished);
        panel.addPaths({ makeFile(source.filePath(QStringLiteral("a.iso")), "iso") });
        QVERIFY(finished.wait(20000));
        QCOMPARE(document.environment().boot().defaultOs, QStringLiteral("a"));
        QVERIFY(panel.renameOs(QStringLiteral("a"), QStringLiteral("Bad Name")).size() > 0);
        QCOMPARE(panel.renameOs(QStringLiteral("a"), QStringLiteral("rescue")), QString());
        QVERIFY(QFileInfo::exists(env.filePath(QStringLiteral("oss/rescue/a.iso"))));
        QVERIFY(!QFileInfo::exists(env.filePath(QStringLiteral("oss/a"))));
        QCOMPARE(document.environment().boot().defaultOs, QStringLiteral("rescue"));
        QVERIFY(document.problems().isEmpty());
    }

    void removeDeletesTheFolderAndTheEntry()
    {
        QTemporaryDir env;
        QTemporaryDir source;
        EnvironmentDocument document(freshEnvironment(env.path()));
        OsPanel panel(&document);
        QSignalSpy finished(&panel, &OsPanel::copyFinished);
        panel.addPaths({ makeFile(source.filePath(QStringLiteral("b.iso")), "iso") });
        QVERIFY(finished.wait(20000));
        QCOMPARE(panel.removeOs(QStringLiteral("b")), QString());
        QVERIFY(!QFileInfo::exists(env.filePath(QStringLiteral("oss/b"))));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(document.environment().boot().defaultOs.isEmpty());
        QVERIFY(QFileInfo::exists(source.filePath(QStringLiteral("b.iso"))));
    }
};

QTEST_MAIN(TestOsPanel)
#include "tst_ospanel.moc"

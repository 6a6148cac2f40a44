#include "ui/environmentdocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bt;

class TestEnvironmentDocument : public QObject
{
    Q_OBJECT

private:
    static Environment freshEnvironment(const QTemporaryDir &dir)
    {
        if (!Environment::init(dir.path()).isEmpty())
            qFatal("init failed");
        Result<Environment> read = Environment::read(dir.path());
        if (!read.ok())
            qFatal("read failed: %s", qPrintable(toString(read.problems())));
        return read.value();
    }

    static Environment withTimeout(Environment env, int timeout)
    {
        auto boot = env.boot();
        boot.timeout = timeout;
        env.setBoot(boot);
        return env;
    }

private Q_SLOTS:
    void editMarksModifiedAndUndoRestores()
    {
        QTemporaryDir dir;
        EnvironmentDocument document(freshEnvironment(dir));
        QVERIFY(!document.isModified());
        QSignalSpy modified(&document, &EnvironmentDocument::modifiedChanged);
        document.edit(withTimeout(document.environment(), 7), QStringLiteral("timeout"));
        QCOMPARE(document.environment().boot().timeout, 7);
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QCOMPARE(document.environment().boot().timeout, 30);
        QVERIFY(!document.isModified());
        QCOMPARE(modified.size(), 2);
    }

    void editsWithOneMergeKeyAreOneUndoStep()
    {
        QTemporaryDir dir;
        EnvironmentDocument document(freshEnvironment(dir));
        document.edit(withTimeout(document.environment(), 1), QStringLiteral("t"), 5);
        document.edit(withTimeout(document.environment(), 12), QStringLiteral("t"), 5);
        document.edit(withTimeout(document.environment(), 120), QStringLiteral("t"), 5);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.environment().boot().timeout, 30);
    }

    void problemsFollowEdits()
    {
        QTemporaryDir dir;
        EnvironmentDocument document(freshEnvironment(dir));
        QVERIFY(document.problems().isEmpty());
        Environment edited = document.environment();
        auto dnsmasq = edited.dnsmasq();
        dnsmasq.dhcpRange = QStringLiteral("10.9.9.1,10.9.9.9,255.255.255.0");
        edited.setDnsmasq(dnsmasq);
        document.edit(edited, QStringLiteral("range"));
        QVERIFY(!document.problems().isEmpty());
        QCOMPARE(document.problems().first().keyPath, QStringLiteral("dnsmasq.dhcp_range"));
    }

    void saveWritesTheFileAndClearsModified()
    {
        QTemporaryDir dir;
        EnvironmentDocument document(freshEnvironment(dir));
        document.edit(withTimeout(document.environment(), 9), QStringLiteral("timeout"));
        QVERIFY(document.save().isEmpty());
        QVERIFY(!document.isModified());
        QCOMPARE(Environment::read(dir.path())->boot().timeout, 9);
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentDocument)
#include "tst_environmentdocument.moc"

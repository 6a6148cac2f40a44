// LabExitSweep: what a lab's process removes when it ends by exit() without the lab's teardown.
// One case on plain files (names only, any user), one on real network namespaces (root).
#include "lab/labexitsweep.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

#include <unistd.h>

using namespace bt;

namespace {

bool runIp(const QStringList &args) { return QProcess::execute(QStringLiteral("ip"), args) == 0; }

QString own(const char *suffix)
{
    return QStringLiteral("btlab%1-%2").arg(::getpid()).arg(QLatin1String(suffix));
}

std::vector<std::string> sorted(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class TestLabExitSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesOnlyThisProcesssLabNames()
    {
        QTemporaryDir netns;
        QVERIFY(netns.isValid());
        const QStringList names { own("h"), own("c12"), own("s"), own("x"), own("c"), own("c1x"),
            QStringLiteral("btlab%1-h").arg(::getpid() + 1),
            QStringLiteral("btlab%1-h").arg(::getpid()).prepend(QLatin1Char('a')),
            QStringLiteral("other") };
        for (const QString &name : names) {
            QFile file(netns.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QTemporaryDir work;
        QVERIFY(work.isValid());
        work.setAutoRemove(false);
        QVERIFY(QDir(work.path()).mkpath(QStringLiteral("c1")));
        LabExitSweep::setWorkDir(work.path().toStdString());

        const std::vector<std::string> removed = LabExitSweep::sweep(netns.path().toStdString());

        QCOMPARE(sorted(removed),
            sorted({ own("h").toStdString(), own("c12").toStdString(), own("s").toStdString() }));
        QStringList left = QDir(netns.path()).entryList(QDir::Files);
        left.sort();
        QStringList expected = names.mid(3);
        expected.sort();
        QCOMPARE(left, expected);
        QVERIFY(!QDir(work.path()).exists());
        // Forgotten once removed: a second sweep removes nothing.
        QVERIFY(LabExitSweep::sweep(netns.path().toStdString()).empty());
    }

    void removesARealNamespaceAndWhatRunsInIt()
    {
        if (::geteuid() != 0)
            QSKIP("making a network namespace needs root");
        const QString ns = own("c7");
        const QString other = QStringLiteral("btlab1-c7"); // init's: never this process's
        if (!runIp({ QStringLiteral("netns"), QStringLiteral("add"), ns }))
            QSKIP("network namespaces are not available here");
        auto cleanup = qScopeGuard([&] {
            runIp({ QStringLiteral("netns"), QStringLiteral("del"), ns });
            runIp({ QStringLiteral("netns"), QStringLiteral("del"), other });
        });
        QVERIFY(runIp({ QStringLiteral("netns"), QStringLiteral("add"), other }));
        // `ip netns add` can succeed where a namespace cannot be entered (a chroot that shares
        // the host's mount namespace): that is the place, not the sweep.
        if (!runIp({ QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("lo"), QStringLiteral("up") }))
            QSKIP("a network namespace cannot be entered here");
        // Something still running inside, started so it would not die with this process.
        QProcess sleeper;
        sleeper.start(QStringLiteral("ip"),
            { QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("sleep"),
                QStringLiteral("60") });
        QVERIFY(sleeper.waitForStarted(5000));
        QTest::qWait(300);
        QCOMPARE(sleeper.state(), QProcess::Running);

        const std::vector<std::string> removed = LabExitSweep::sweep();

        QCOMPARE(removed, std::vector<std::string> { ns.toStdString() });
        QVERIFY2(sleeper.waitForFinished(5000), "the process inside the namespace still runs");
        QProcess list;
        list.start(QStringLiteral("ip"), { QStringLiteral("netns"), QStringLiteral("list") });
        QVERIFY(list.waitForFinished(5000));
        const QByteArray output = list.readAllStandardOutput();
        QVERIFY2(!output.contains(ns.toUtf8()), output.constData());
        QVERIFY2(output.contains(other.toUtf8()), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestLabExitSweep)
#include "tst_labexitsweep.moc"

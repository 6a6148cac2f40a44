#include "serve/servicesupervisor.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace bt;
using State = ServiceSupervisor::State;

namespace {

ServiceSpec shell(const QString &name, const QString &script)
{
    return ServiceSpec { name, QStringLiteral("sh"), { QStringLiteral("-c"), script }, {}, {}, {} };
}

ServiceSpec sleeper(int seconds = 300)
{
    return ServiceSpec { QStringLiteral("sleeper"), QStringLiteral("sleep"),
        { QString::number(seconds) }, {}, {}, {} };
}

bool processExists(qint64 pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH); }

// True once no process of the group is left; reaps members that were
// re-parented to this process (it is a subreaper).
bool groupGone(qint64 pgid)
{
    while (::waitpid(-pid_t(pgid), nullptr, WNOHANG) > 0) { }
    return ::kill(-pid_t(pgid), 0) != 0;
}

quint16 freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Collects the supervisor's log lines.
struct LogCollector
{
    QList<LogLine> lines;
    explicit LogCollector(ServiceSupervisor *supervisor)
    {
        QObject::connect(supervisor, &ServiceSupervisor::logLine, supervisor,
            [this](const LogLine &line) { lines.append(line); });
    }
    const LogLine *find(const QString &text) const
    {
        for (const LogLine &line : lines) {
            if (line.text == text)
                return &line;
        }
        return nullptr;
    }
    bool contains(const QString &part) const
    {
        for (const LogLine &line : lines) {
            if (line.text.contains(part))
                return true;
        }
        return false;
    }
};

} // namespace

class TestServiceSupervisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Orphans of the helper process are re-parented to this process, so
        // the death-signal test can reap the child and see how it died.
        QVERIFY(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0);
    }

    void outputLinesArriveTaggedWithTheServiceName()
    {
        ServiceSupervisor supervisor(shell(QStringLiteral("dnsmasq"),
            QStringLiteral(
                "echo 'out one'; echo 'err one' >&2; printf 'out two\\r\\n'; exec sleep 30")));
        LogCollector log(&supervisor);
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            log.find(QStringLiteral("out two")) && log.find(QStringLiteral("err one")), 5000);

        const LogLine *out = log.find(QStringLiteral("out one"));
        const LogLine *err = log.find(QStringLiteral("err one"));
        QVERIFY(out);
        QCOMPARE(out->source, QStringLiteral("dnsmasq"));
        QCOMPARE(int(out->severity), int(LogSeverity::Info));
        QVERIFY(out->time.isValid());
        QCOMPARE(err->source, QStringLiteral("dnsmasq"));
        QCOMPARE(int(err->severity), int(LogSeverity::Warning));

        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        supervisor.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 3000);
    }

    void stderrSeverityFollowsTheSpec()
    {
        ServiceSpec spec = shell(QStringLiteral("dnsmasq"),
            QStringLiteral("echo 'DHCPACK(eth0) 198.18.0.50' >&2; exec sleep 30"));
        spec.stderrSeverity = LogSeverity::Info;
        ServiceSupervisor supervisor(spec);
        LogCollector log(&supervisor);
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(log.find(QStringLiteral("DHCPACK(eth0) 198.18.0.50")), 5000);
        QCOMPARE(int(log.find(QStringLiteral("DHCPACK(eth0) 198.18.0.50"))->severity),
            int(LogSeverity::Info));
    }

    void reachesRunningAfterTheStartupWindow()
    {
        ServiceSupervisor supervisor(sleeper());
        QSignalSpy states(&supervisor, &ServiceSupervisor::stateChanged);
        QElapsedTimer clock;
        clock.start();
        supervisor.start();
        QCOMPARE(supervisor.state(), State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);
        QVERIFY2(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(processExists(supervisor.pid()));
        QCOMPARE(states.size(), 2);
    }

    void missingProgramFailsWithAnInstallHint()
    {
        QTemporaryDir emptyPath;
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(emptyPath.path()));
        ServiceSupervisor supervisor(ServiceSpec { QStringLiteral("dnsmasq"),
            QStringLiteral("dnsmasq"), { QStringLiteral("-k") }, {}, {}, {} });
        LogCollector log(&supervisor);
        QSignalSpy failed(&supervisor, &ServiceSupervisor::failed);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Failed, 3000);
        qputenv("PATH", savedPath);

        const QString expected = QStringLiteral("dnsmasq not found: install the dnsmasq package");
        QCOMPARE(supervisor.lastError(), expected);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), expected);
        const LogLine *line = log.find(expected);
        QVERIFY(line);
        QCOMPARE(int(line->severity), int(LogSeverity::Error));
        QCOMPARE(line->source, QStringLiteral("dnsmasq"));
    }

    void quickExitFailsWithExitCodeAndLastOutputAndIsNotRestarted()
    {
        ServiceSupervisor supervisor(shell(QStringLiteral("opentracker"),
            QStringLiteral(
                "echo 'reading config'; echo 'bind: Address already in use' >&2; exit 1")));
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Failed, 3000);
        QCOMPARE(supervisor.lastError(),
            QStringLiteral("opentracker exited with exit code 1 during start-up: reading config / "
                           "bind: Address already in use"));

        // No restart loop for a start failure.
        QTest::qWait(2500);
        QCOMPARE(supervisor.state(), State::Failed);
        QCOMPARE(started.size(), 1);
        QCOMPARE(restarts.size(), 0);
        QCOMPARE(supervisor.restartCount(), 0);
    }

    void realAria2cFailingToBindItsRpcPortFailsToStart()
    {
        QTemporaryDir dir;
        // aria2c binds its RPC port on both loopback addresses: hold both.
        QTcpServer holder, holder6;
        for (int attempt = 0; attempt < 20 && !holder6.isListening(); ++attempt) {
            holder.close();
            QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
            holder6.listen(QHostAddress::LocalHostIPv6, holder.serverPort());
        }
        QVERIFY(holder6.isListening());
        ServiceSupervisor supervisor(
            ServiceSpec { QStringLiteral("aria2c"), QStringLiteral("aria2c"),
                { QStringLiteral("--no-conf"), QStringLiteral("--enable-color=false"),
                    QStringLiteral("--enable-rpc"),
                    QStringLiteral("--rpc-listen-port=%1").arg(holder.serverPort()),
                    QStringLiteral("--dir=%1").arg(dir.path()) },
                dir.path(), {}, QStringLiteral("aria2") });
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Failed, 5000);
        QVERIFY2(supervisor.lastError().startsWith(
                     QStringLiteral("aria2c exited with exit code 1 during start-up: ")),
            qPrintable(supervisor.lastError()));
        QVERIFY2(supervisor.lastError().contains(QStringLiteral("Failed to setup RPC server")),
            qPrintable(supervisor.lastError()));
    }

    void realAria2cKilledWhileServingIsRestarted()
    {
        QTemporaryDir dir;
        const quint16 rpcPort = freeTcpPort();
        ServiceSupervisor supervisor(ServiceSpec { QStringLiteral("aria2c"),
            QStringLiteral("aria2c"),
            { QStringLiteral("--no-conf"), QStringLiteral("--enable-color=false"),
                QStringLiteral("--enable-rpc"), QStringLiteral("--rpc-listen-port=%1").arg(rpcPort),
                QStringLiteral("--listen-port=%1").arg(freeTcpPort()),
                QStringLiteral("--enable-dht=false"), QStringLiteral("--dir=%1").arg(dir.path()) },
            dir.path(), {}, QStringLiteral("aria2") });
        LogCollector log(&supervisor);
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(log.contains(QStringLiteral("RPC: listening on TCP port")), 3000);
        for (const LogLine &line : log.lines)
            QCOMPARE(line.source, QStringLiteral("aria2c"));

        const qint64 first = supervisor.pid();
        QVERIFY(::kill(pid_t(first), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 3000);
        QCOMPARE(supervisor.restartCount(), 1);
        QVERIFY(log.contains(
            QStringLiteral("aria2c was killed by signal 9 (SIGKILL); restart 1 in 1 s")));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);
        QVERIFY(supervisor.pid() != first);

        QTcpSocket rpc;
        rpc.connectToHost(QHostAddress::LocalHost, rpcPort);
        QVERIFY(rpc.waitForConnected(3000));
    }

    void backoffGrowsWithEachDeath()
    {
        ServiceSupervisor supervisor(sleeper());
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(::kill(pid_t(supervisor.pid()), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 3000);
        const qint64 firstDelay = clock.elapsed();
        QVERIFY2(firstDelay >= 900 && firstDelay <= 1800, qPrintable(QString::number(firstDelay)));
        QCOMPARE(supervisor.restartCount(), 1);
        QCOMPARE(restarts[0][1].toInt(), 1000);

        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);
        clock.restart();
        QVERIFY(::kill(pid_t(supervisor.pid()), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 4000);
        const qint64 secondDelay = clock.elapsed();
        QVERIFY2(
            secondDelay >= 1900 && secondDelay <= 2800, qPrintable(QString::number(secondDelay)));
        QCOMPARE(supervisor.restartCount(), 2);
        QCOMPARE(restarts[1][1].toInt(), 2000);
        QCOMPARE(supervisor.nextBackoffMs(), 4000);
    }

    void backoffIsCappedAndStartsAgainAfterAStableRun()
    {
        ServiceSupervisor::Timings timings;
        timings.startupMs = 100;
        timings.firstBackoffMs = 100;
        timings.maxBackoffMs = 300;
        timings.stableMs = 800;
        ServiceSupervisor supervisor(sleeper(), timings);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        supervisor.start();
        for (int death = 1; death <= 4; ++death) {
            QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 3000);
            QVERIFY(::kill(pid_t(supervisor.pid()), SIGKILL) == 0);
            QTRY_COMPARE_WITH_TIMEOUT(restarts.size(), death, 3000);
        }
        QCOMPARE(restarts[0][1].toInt(), 100);
        QCOMPARE(restarts[1][1].toInt(), 200);
        QCOMPARE(restarts[2][1].toInt(), 300);
        QCOMPARE(restarts[3][1].toInt(), 300);

        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.nextBackoffMs(), 100, 3000);
        QCOMPARE(supervisor.restartCount(), 4);
    }

    void stopEndsAChildThatObeysSigterm()
    {
        ServiceSupervisor supervisor(sleeper());
        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);
        const qint64 pid = supervisor.pid();
        QElapsedTimer clock;
        clock.start();
        supervisor.stop();
        QCOMPARE(supervisor.state(), State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 3000);
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(supervisor.state(), State::Stopped);
        QVERIFY(!processExists(pid));
    }

    void stopKillsAChildThatIgnoresSigtermAfterFiveSeconds()
    {
        ServiceSupervisor supervisor(
            shell(QStringLiteral("stubborn"), QStringLiteral("trap '' TERM; sleep 100")));
        LogCollector log(&supervisor);
        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);
        const qint64 pid = supervisor.pid();
        QElapsedTimer clock;
        clock.start();
        supervisor.stop();
        QTest::qWait(1000);
        QVERIFY(processExists(pid)); // SIGTERM was ignored
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 8000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 4900 && elapsed <= 6500, qPrintable(QString::number(elapsed)));
        QVERIFY(!processExists(pid));
        QVERIFY(
            log.contains(QStringLiteral("did not stop within 5 s of SIGTERM: sending SIGKILL")));
        // The whole process group went: no `sleep 100` left behind.
        QTRY_VERIFY_WITH_TIMEOUT(groupGone(pid), 2000);
    }

    void stopDuringBackoffCancelsTheRestart()
    {
        ServiceSupervisor supervisor(sleeper());
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, 4000);
        QVERIFY(::kill(pid_t(supervisor.pid()), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Restarting, 2000);
        supervisor.stop();
        QCOMPARE(supervisor.state(), State::Stopped);
        QCOMPARE(stopped.size(), 1);
        QTest::qWait(1500);
        QCOMPARE(started.size(), 1);
    }

    void destroyingTheSupervisorKillsTheChild()
    {
        qint64 pid = 0;
        {
            ServiceSupervisor supervisor(sleeper());
            supervisor.start();
            QTRY_VERIFY_WITH_TIMEOUT(supervisor.pid() > 0, 3000);
            pid = supervisor.pid();
        }
        QVERIFY(!processExists(pid));
    }

    void childDiesWhenTheAppIsKilledWithSigkill()
    {
        QProcess helper;
        helper.setProgram(QStringLiteral(BT_SUPERVISE_CHILD));
        helper.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        helper.start();
        QVERIFY(helper.waitForStarted(3000));
        QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine(), 5000);
        const qint64 child = helper.readLine().trimmed().toLongLong();
        QVERIFY(child > 0);
        QVERIFY(processExists(child));

        QVERIFY(::kill(pid_t(helper.processId()), SIGKILL) == 0);
        QVERIFY(helper.waitForFinished(3000));

        // The child was re-parented to this process (a subreaper): reap it.
        int status = 0;
        pid_t reaped = 0;
        QElapsedTimer clock;
        clock.start();
        while (reaped == 0 && clock.elapsed() < 2000) {
            reaped = ::waitpid(pid_t(child), &status, WNOHANG);
            if (reaped == 0)
                QTest::qWait(20);
        }
        if (reaped == 0) {
            ::kill(pid_t(child), SIGKILL);
            ::waitpid(pid_t(child), nullptr, 0);
        }
        QCOMPARE(reaped, pid_t(child));
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
    }
};

QTEST_GUILESS_MAIN(TestServiceSupervisor)
#include "tst_servicesupervisor.moc"

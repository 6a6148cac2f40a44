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

// Short times so a test waits for events, not for the production defaults.
// Bounds on waits stay generous: a busy machine may be slow, never early.
ServiceSupervisor::Timings quick()
{
    ServiceSupervisor::Timings timings;
    timings.startupMs = 200;
    timings.firstBackoffMs = 100;
    timings.maxBackoffMs = 400;
    timings.stableMs = 60000;
    timings.killAfterMs = 300;
    return timings;
}

constexpr int Patience = 20000; // upper bound for anything a test waits for

// For children that must fail during start-up: on a loaded machine their
// exit still falls into the window.
ServiceSupervisor::Timings wideStartup()
{
    ServiceSupervisor::Timings timings = quick();
    timings.startupMs = Patience / 2;
    return timings;
}

// Waits until the child has outlived its start-up window, then kills it.
bool killWhenRunning(ServiceSupervisor &supervisor)
{
    return QTest::qWaitFor([&] { return supervisor.state() == State::Running; }, Patience)
        && ::kill(pid_t(supervisor.pid()), SIGKILL) == 0;
}

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> states;
    for (const QList<QVariant> &arguments : spy)
        states << arguments.at(0).value<State>();
    return states;
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
            log.find(QStringLiteral("out two")) && log.find(QStringLiteral("err one")), Patience);

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
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, Patience);
    }

    void stderrSeverityFollowsTheSpec()
    {
        ServiceSpec spec = shell(QStringLiteral("dnsmasq"),
            QStringLiteral("echo 'DHCPACK(eth0) 198.18.0.50' >&2; exec sleep 30"));
        spec.stderrSeverity = LogSeverity::Info;
        ServiceSupervisor supervisor(spec);
        LogCollector log(&supervisor);
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(log.find(QStringLiteral("DHCPACK(eth0) 198.18.0.50")), Patience);
        QCOMPARE(int(log.find(QStringLiteral("DHCPACK(eth0) 198.18.0.50"))->severity),
            int(LogSeverity::Info));
    }

    void defaultTimingsAreTheDocumentedOnes()
    {
        const ServiceSupervisor::Timings timings;
        QCOMPARE(timings.startupMs, 1500);
        QCOMPARE(timings.firstBackoffMs, 1000);
        QCOMPARE(timings.maxBackoffMs, 30000);
        QCOMPARE(timings.stableMs, 60000);
        QCOMPARE(timings.killAfterMs, 5000);
        QCOMPARE(ServiceSupervisor(sleeper()).timings().killAfterMs, 5000);
    }

    void reachesRunningAfterTheStartupWindow()
    {
        ServiceSupervisor::Timings timings = quick();
        timings.startupMs = 500;
        ServiceSupervisor supervisor(sleeper(), timings);
        QSignalSpy states(&supervisor, &ServiceSupervisor::stateChanged);
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QElapsedTimer clock;
        clock.start();
        supervisor.start();
        QCOMPARE(supervisor.state(), State::Starting);
        QVERIFY(started.wait(Patience));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        // A lower bound only: a loaded machine makes it later, never earlier
        // (a coarse timer may fire up to 5 % early).
        QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(processExists(supervisor.pid()));
        QCOMPARE(statesOf(states), (QList<State> { State::Starting, State::Running }));
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
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Failed, Patience);
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
        ServiceSupervisor supervisor(
            shell(QStringLiteral("opentracker"),
                QStringLiteral(
                    "echo 'reading config'; echo 'bind: Address already in use' >&2; exit 1")),
            wideStartup());
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        QSignalSpy states(&supervisor, &ServiceSupervisor::stateChanged);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Failed, Patience);
        QCOMPARE(supervisor.lastError(),
            QStringLiteral("opentracker exited with exit code 1 during start-up: reading config / "
                           "bind: Address already in use"));

        // No restart loop for a start failure. Proving that something does
        // not happen needs a bounded wait: ten times the first back-off.
        QTest::qWait(10 * supervisor.timings().firstBackoffMs);
        QCOMPARE(supervisor.state(), State::Failed);
        QCOMPARE(statesOf(states), (QList<State> { State::Starting, State::Failed }));
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
                dir.path(), {}, QStringLiteral("aria2") },
            wideStartup());
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Failed, Patience);
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
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(
            log.contains(QStringLiteral("RPC: listening on TCP port")), Patience);
        for (const LogLine &line : log.lines)
            QCOMPARE(line.source, QStringLiteral("aria2c"));

        const qint64 first = supervisor.pid();
        QVERIFY(::kill(pid_t(first), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, Patience);
        QCOMPARE(supervisor.restartCount(), 1);
        QVERIFY(log.contains(
            QStringLiteral("aria2c was killed by signal 9 (SIGKILL); restart 1 in 1 s")));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        QVERIFY(supervisor.pid() != first);

        // The restarted aria2c listens again (it may need a moment to bind).
        QTRY_VERIFY_WITH_TIMEOUT(
            [rpcPort] {
                QTcpSocket rpc;
                rpc.connectToHost(QHostAddress::LocalHost, rpcPort);
                return rpc.waitForConnected(1000);
            }(),
            Patience);
    }

    void backoffGrowsWithEachDeath()
    {
        ServiceSupervisor::Timings timings = quick();
        timings.firstBackoffMs = 300;
        timings.maxBackoffMs = 30000;
        ServiceSupervisor supervisor(sleeper(), timings);
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        QSignalSpy states(&supervisor, &ServiceSupervisor::stateChanged);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);

        // Each restart waits at least its back-off (a lower bound: a loaded
        // machine makes it later, never earlier; coarse timers allow 5 %).
        QElapsedTimer clock;
        clock.start();
        QVERIFY(::kill(pid_t(supervisor.pid()), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, Patience);
        QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(supervisor.restartCount(), 1);
        QCOMPARE(restarts[0][1].toInt(), 300);

        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        clock.restart();
        QVERIFY(::kill(pid_t(supervisor.pid()), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, Patience);
        QVERIFY2(clock.elapsed() >= 570, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(supervisor.restartCount(), 2);
        QCOMPARE(restarts[1][1].toInt(), 600);
        QCOMPARE(supervisor.nextBackoffMs(), 1200);

        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        // A restarted child stays Restarting until its start-up window is over.
        QCOMPARE(statesOf(states),
            (QList<State> { State::Starting, State::Running, State::Restarting, State::Running,
                State::Restarting, State::Running }));
    }

    void restartMessageNamesTheDefaultBackoff()
    {
        ServiceSupervisor::Timings timings = quick();
        timings.firstBackoffMs = ServiceSupervisor::Timings {}.firstBackoffMs;
        timings.maxBackoffMs = ServiceSupervisor::Timings {}.maxBackoffMs;
        ServiceSupervisor supervisor(sleeper(), timings);
        LogCollector log(&supervisor);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        supervisor.start();
        QVERIFY(killWhenRunning(supervisor));
        QVERIFY(restarts.wait(Patience));
        QCOMPARE(restarts[0][1].toInt(), 1000);
        QVERIFY(
            log.find(QStringLiteral("sleeper was killed by signal 9 (SIGKILL); restart 1 in 1 s")));
        QCOMPARE(supervisor.nextBackoffMs(), 2000);
    }

    void backoffIsCapped()
    {
        ServiceSupervisor::Timings timings = quick();
        timings.maxBackoffMs = 300;
        ServiceSupervisor supervisor(sleeper(), timings);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        supervisor.start();
        for (int death = 1; death <= 4; ++death) {
            QVERIFY(killWhenRunning(supervisor));
            QTRY_COMPARE_WITH_TIMEOUT(restarts.size(), death, Patience);
        }
        QCOMPARE(restarts[0][1].toInt(), 100);
        QCOMPARE(restarts[1][1].toInt(), 200);
        QCOMPARE(restarts[2][1].toInt(), 300);
        QCOMPARE(restarts[3][1].toInt(), 300);
        QCOMPARE(supervisor.restartCount(), 4);
    }

    void backoffStartsAgainAfterAStableRun()
    {
        ServiceSupervisor::Timings timings = quick();
        timings.stableMs = 300;
        ServiceSupervisor supervisor(sleeper(), timings);
        QSignalSpy restarts(&supervisor, &ServiceSupervisor::restartScheduled);
        supervisor.start();
        QVERIFY(killWhenRunning(supervisor));
        QVERIFY(restarts.wait(Patience));
        QCOMPARE(restarts[0][1].toInt(), 100);
        QCOMPARE(supervisor.nextBackoffMs(), 200);

        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.nextBackoffMs(), 100, Patience);
        QCOMPARE(supervisor.restartCount(), 1);
    }

    void stopEndsAChildThatObeysSigtermWithoutKillingIt()
    {
        // A grace far longer than any wait below: stopped() can only come
        // from the child obeying SIGTERM.
        ServiceSupervisor::Timings timings = quick();
        timings.killAfterMs = 10 * Patience;
        ServiceSupervisor supervisor(
            shell(QStringLiteral("obedient"),
                QStringLiteral("trap 'echo got TERM; exit 0' TERM; echo ready; sleep 100 & wait")),
            timings);
        LogCollector log(&supervisor);
        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        QSignalSpy states(&supervisor, &ServiceSupervisor::stateChanged);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(log.find(QStringLiteral("ready")), Patience); // the trap is set
        const qint64 pid = supervisor.pid();
        supervisor.stop();
        QCOMPARE(supervisor.state(), State::Stopping);
        QVERIFY(stopped.wait(Patience));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(supervisor.state(), State::Stopped);
        QVERIFY(!processExists(pid));
        QVERIFY(log.find(QStringLiteral("got TERM")));
        QVERIFY(log.find(QStringLiteral("stopped")));
        QVERIFY(!log.contains(QStringLiteral("SIGKILL")));
        QCOMPARE(statesOf(states),
            (QList<State> { State::Starting, State::Running, State::Stopping, State::Stopped }));
        // SIGTERM went to the shell only: end the `sleep 100` it left behind.
        ::kill(-pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(groupGone(pid), Patience);
    }

    void stopKillsAChildThatIgnoresSigtermAfterTheGrace()
    {
        ServiceSupervisor supervisor(shell(QStringLiteral("stubborn"),
                                         QStringLiteral("trap 'echo got TERM' TERM; echo ready; "
                                                        "while :; do sleep 100 & wait; done")),
            quick());
        LogCollector log(&supervisor);
        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        QSignalSpy states(&supervisor, &ServiceSupervisor::stateChanged);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Running, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(log.find(QStringLiteral("ready")), Patience); // the trap is set
        const qint64 pid = supervisor.pid();
        supervisor.stop();
        QCOMPARE(supervisor.state(), State::Stopping);
        QVERIFY(stopped.wait(Patience));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(supervisor.state(), State::Stopped);
        QVERIFY(!processExists(pid));

        // The child saw SIGTERM and went on; SIGKILL came after the grace,
        // then the supervisor reported the stop. (The child's own line may
        // be read before or after the supervisor's: its output is read
        // whenever it arrives.)
        QVERIFY(log.find(QStringLiteral("got TERM")));
        QStringList order;
        for (const LogLine &line : log.lines) {
            if (line.text.contains(QLatin1String("SIGKILL"))
                || line.text == QLatin1String("stopped"))
                order << line.text;
        }
        QCOMPARE(order,
            (QStringList { QStringLiteral("did not stop within 0.3 s of SIGTERM: sending SIGKILL"),
                QStringLiteral("stopped") }));
        QCOMPARE(int(log.find(order[0])->severity), int(LogSeverity::Warning));
        QCOMPARE(statesOf(states),
            (QList<State> { State::Starting, State::Running, State::Stopping, State::Stopped }));
        // The whole process group went: no `sleep 100` left behind.
        QTRY_VERIFY_WITH_TIMEOUT(groupGone(pid), Patience);
    }

    void stopDuringBackoffCancelsTheRestart()
    {
        ServiceSupervisor supervisor(sleeper(), quick());
        QSignalSpy started(&supervisor, &ServiceSupervisor::started);
        QSignalSpy stopped(&supervisor, &ServiceSupervisor::stopped);
        supervisor.start();
        QVERIFY(killWhenRunning(supervisor));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), State::Restarting, Patience);
        supervisor.stop();
        QCOMPARE(supervisor.state(), State::Stopped);
        QCOMPARE(stopped.size(), 1);
        // Proving that no restart follows needs a bounded wait: ten times
        // the pending back-off.
        QTest::qWait(10 * quick().firstBackoffMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(supervisor.state(), State::Stopped);
    }

    void destroyingTheSupervisorKillsTheChild()
    {
        qint64 pid = 0;
        {
            ServiceSupervisor supervisor(sleeper());
            supervisor.start();
            QTRY_VERIFY_WITH_TIMEOUT(supervisor.pid() > 0, Patience);
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
        QVERIFY(helper.waitForStarted(Patience));
        QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine(), Patience);
        const qint64 child = helper.readLine().trimmed().toLongLong();
        QVERIFY(child > 0);
        QVERIFY(processExists(child));

        QVERIFY(::kill(pid_t(helper.processId()), SIGKILL) == 0);
        QVERIFY(helper.waitForFinished(Patience));

        // The child was re-parented to this process (a subreaper): reap it.
        int status = 0;
        pid_t reaped = 0;
        (void)QTest::qWaitFor(
            [&] { return (reaped = ::waitpid(pid_t(child), &status, WNOHANG)) != 0; }, Patience);
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

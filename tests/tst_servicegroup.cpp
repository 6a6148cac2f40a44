#include "serve/servicegroup.h"

#include <QSignalSpy>
#include <QTest>

using namespace bt;
using State = ServiceSupervisor::State;

namespace {

ServiceSupervisor::Timings quick()
{
    ServiceSupervisor::Timings timings;
    timings.startupMs = 300;
    return timings;
}

ServiceSpec sleeper(const QString &name)
{
    return ServiceSpec { name, QStringLiteral("sleep"), { QStringLiteral("300") }, {}, {}, {} };
}

} // namespace

class TestServiceGroup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsEachServiceOnceThePreviousOneRuns()
    {
        ServiceGroup group;
        QStringList order;
        QList<ServiceSupervisor *> added;
        for (const QString &name :
            { QStringLiteral("dnsmasq"), QStringLiteral("opentracker"), QStringLiteral("aria2c") })
            added << group.add(sleeper(name), quick());
        for (ServiceSupervisor *s : added) {
            connect(s, &ServiceSupervisor::started, this, [&, s] {
                // Every service before this one is already Running.
                for (ServiceSupervisor *before : added) {
                    if (before == s)
                        break;
                    QCOMPARE(before->state(), State::Running);
                }
                order << s->name();
            });
        }
        QSignalSpy started(&group, &ServiceGroup::started);
        group.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        QCOMPARE(group.state(), ServiceGroup::State::Running);
        QCOMPARE(order,
            (QStringList { QStringLiteral("dnsmasq"), QStringLiteral("opentracker"),
                QStringLiteral("aria2c") }));
        QCOMPARE(group.supervisor(QStringLiteral("opentracker")), added[1]);

        QSignalSpy stopped(&group, &ServiceGroup::stopped);
        group.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 3000);
        QCOMPARE(group.state(), ServiceGroup::State::Stopped);
        for (ServiceSupervisor *s : added)
            QCOMPARE(s->state(), State::Stopped);
    }

    void aStartFailureStopsTheServicesAlreadyRunning()
    {
        ServiceGroup group;
        ServiceSupervisor *first = group.add(sleeper(QStringLiteral("dnsmasq")), quick());
        group.add(ServiceSpec { QStringLiteral("opentracker"), QStringLiteral("sh"),
                      { QStringLiteral("-c"), QStringLiteral("echo 'cannot bind' >&2; exit 3") },
                      {}, {}, {} },
            quick());
        ServiceSupervisor *third = group.add(sleeper(QStringLiteral("aria2c")), quick());
        QSignalSpy thirdStarted(third, &ServiceSupervisor::started);
        QSignalSpy failed(&group, &ServiceGroup::failed);
        QSignalSpy stopped(&group, &ServiceGroup::stopped);

        group.start();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("opentracker"));
        QCOMPARE(failed[0][1].toString(),
            QStringLiteral("opentracker exited with exit code 3 during start-up: cannot bind"));
        QCOMPARE(group.state(), ServiceGroup::State::Failed);
        QCOMPARE(group.failedService(), QStringLiteral("opentracker"));
        QCOMPARE(first->state(), State::Stopped);
        QCOMPARE(thirdStarted.size(), 0);
    }

    void relaysTheLogLinesOfEveryService()
    {
        ServiceGroup group;
        group.add(ServiceSpec { QStringLiteral("a"), QStringLiteral("sh"),
                      { QStringLiteral("-c"), QStringLiteral("echo from-a; exec sleep 30") }, {},
                      {}, {} },
            quick());
        group.add(ServiceSpec { QStringLiteral("b"), QStringLiteral("sh"),
                      { QStringLiteral("-c"), QStringLiteral("echo from-b; exec sleep 30") }, {},
                      {}, {} },
            quick());
        QStringList seen;
        connect(&group, &ServiceGroup::logLine, this, [&seen](const LogLine &line) {
            if (line.text.startsWith(QLatin1String("from-")))
                seen << line.source + QLatin1Char(':') + line.text;
        });
        group.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 5000);
        QCOMPARE(seen, (QStringList { QStringLiteral("a:from-a"), QStringLiteral("b:from-b") }));
        QSignalSpy stopped(&group, &ServiceGroup::stopped);
        group.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 3000);
    }
};

QTEST_GUILESS_MAIN(TestServiceGroup)
#include "tst_servicegroup.moc"

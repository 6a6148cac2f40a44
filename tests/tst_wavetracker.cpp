// Boot waves cut from the registry's rows, with the time injected: when a
// wave starts, who joins, when it settles by itself and on the admin's word.
#include <serve/wavetracker.h>

#include "helpers/waverecords.h"

#include <QSignalSpy>
#include <QTest>

using namespace bt;
using namespace bt::test;

namespace {

const QString kMac1 = QStringLiteral("52:54:00:18:00:01");
const QString kMac2 = QStringLiteral("52:54:00:18:00:02");

ClientRecord leased(const QString &mac, double at)
{
    return waveRecord(mac, { { ClientState::Discovered, at }, { ClientState::Leased, at + 1 } });
}

QDateTime at(double seconds) { return kWaveT0.addMSecs(qint64(seconds * 1000)); }

} // namespace

class TestWaveTracker : public QObject
{
    Q_OBJECT

    std::unique_ptr<WaveTracker> tracker(int graceMs = 10000)
    {
        auto waves = std::make_unique<WaveTracker>();
        waves->setGrace(graceMs);
        waves->setClock([] { return at(0); }); // the timer's checks change nothing
        return waves;
    }

private Q_SLOTS:
    void nothingRunsBeforeTheFirstMachine()
    {
        auto waves = tracker();
        QVERIFY(!waves->isRunning());
        QCOMPARE(waves->report().status, WaveReport::Status::None);
        QVERIFY(!waves->settle(at(1)));
    }

    void firstMachineStartsTheWaveAndOthersJoin()
    {
        auto waves = tracker();
        waves->observe({ leased(kMac1, 0) }, at(1));
        QVERIFY(waves->isRunning());
        waves->observe({ leased(kMac1, 0), leased(kMac2, 4) }, at(5));
        const WaveReport report = waves->report();
        QCOMPARE(report.status, WaveReport::Status::Running);
        QCOMPARE(report.start, at(0));
        QCOMPARE(report.machines.size(), 2);
        QCOMPARE(report.machines.at(1).mac, kMac2);
    }

    void settlesWhenEveryMachineBootedOrFailedAfterTheGrace()
    {
        auto waves = tracker(10000);
        QSignalSpy settled(waves.get(), &WaveTracker::settled);
        waves->observe({ leased(kMac1, 0), leased(kMac2, 2) }, at(2));
        ClientRecord failed = leased(kMac2, 2);
        failed.transitions.append({ ClientState::Failed, at(30) });
        failed.state = ClientState::Failed;
        waves->observe({ leased(kMac1, 0), failed }, at(30));
        waves->check(at(100));
        QCOMPARE(settled.size(), 0); // machine 1 is still on its way
        waves->observe({ bootedRecord(kMac1, 0), failed }, at(80));
        QCOMPARE(settled.size(), 1); // the last machine joined long ago
        const WaveReport report = settled.first().first().value<WaveReport>();
        QCOMPARE(report.status, WaveReport::Status::Settled);
        QCOMPARE(report.settledBy, QStringLiteral("booted"));
        QCOMPARE(report.settled, at(80));
        QCOMPARE(report.bootedCount(), 1);
        QCOMPARE(report.failedCount(), 1);
        QVERIFY(!waves->isRunning());
        QCOMPARE(waves->report(), report);
    }

    void waitsTheGraceAfterTheLastMachineJoined()
    {
        auto waves = tracker(10000);
        QSignalSpy settled(waves.get(), &WaveTracker::settled);
        waves->observe({ bootedRecord(kMac1, 0, 5) }, at(5));
        QCOMPARE(settled.size(), 0);
        waves->check(at(14.9));
        QCOMPARE(settled.size(), 0);
        waves->check(at(15));
        QCOMPARE(settled.size(), 1);
    }

    void settlesOnTheAdminsWord()
    {
        auto waves = tracker();
        waves->observe({ leased(kMac1, 0) }, at(1));
        QVERIFY(waves->settle(at(60)));
        QCOMPARE(waves->report().settledBy, QStringLiteral("admin"));
        QCOMPARE(waves->report().machines.first().state, QStringLiteral("leased"));
        QVERIFY(!waves->settle(at(61)));
    }

    void machinesOfASettledWaveStartTheNextOnlyWhenTheyBootAgain()
    {
        auto waves = tracker();
        waves->observe({ bootedRecord(kMac1, 0, 5) }, at(5));
        waves->check(at(20));
        QVERIFY(!waves->isRunning());
        // Still reporting that it runs: no new wave.
        ClientRecord still = bootedRecord(kMac1, 0, 5);
        still.lastSeen = at(100);
        waves->observe({ still }, at(100));
        QVERIFY(!waves->isRunning());
        ClientRecord again = leased(kMac1, 200);
        again.bootCycle = 2;
        waves->observe({ again, leased(kMac2, 201) }, at(202));
        QVERIFY(waves->isRunning());
        QCOMPARE(waves->report().start, at(200));
        QCOMPARE(waves->report().machines.size(), 2);
    }

    void aMachineStartingOverKeepsTheWaveOpen()
    {
        auto waves = tracker(10000);
        QSignalSpy settled(waves.get(), &WaveTracker::settled);
        ClientRecord failed = leased(kMac1, 0);
        failed.transitions.append({ ClientState::Failed, at(3) });
        failed.state = ClientState::Failed;
        waves->observe({ failed }, at(3));
        ClientRecord again = bootedRecord(kMac1, 8, 9);
        again.bootCycle = 2;
        waves->observe({ again }, at(9));
        waves->check(at(15));
        QCOMPARE(settled.size(), 0); // it started over at 9 s
        waves->check(at(19));
        QCOMPARE(settled.size(), 1);
        QCOMPARE(waves->report().bootedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWaveTracker)
#include "tst_wavetracker.moc"

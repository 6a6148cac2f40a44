// The boot wave report: each machine's times from its first DHCP request,
// the curve and totals derived from them, and the JSON and CSV it is kept
// and sent as, read back as something that came over the network.
#include <serve/wavereport.h>
#include <serve/wavereportfiles.h>

#include "helpers/waverecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

namespace {

const QString kMac1 = QStringLiteral("52:54:00:18:00:01");
const QString kMac2 = QStringLiteral("52:54:00:18:00:02");
const QString kMac3 = QStringLiteral("52:54:00:18:00:03");

WaveReport threeMachines()
{
    // 1 booted 80 s after power-on, 2 powered on 10 s later and booted at
    // 130 s, 3 failed while downloading.
    const QList<ClientRecord> records { bootedRecord(kMac1, 0), bootedRecord(kMac2, 10, 130),
        waveRecord(kMac3,
            { { ClientState::Leased, 5 }, { ClientState::Phase1Up, 30 },
                { ClientState::Failed, 40 } }) };
    WaveReport report = WaveReport::fromRecords(records, kWaveT0.addSecs(3),
        [](const QString &mac) { return mac == kMac1 ? QStringLiteral("front-left") : QString(); });
    return report;
}

QByteArray hostile(const QByteArray &machine)
{
    return "{\"status\": \"settled\", \"start\": \"2026-11-30T10:00:00.000Z\", \"machines\": ["
        + machine + "]}";
}

} // namespace

class TestWaveReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresEachMachineFromItsFirstDhcpRequest()
    {
        const WaveReport report = threeMachines();
        QCOMPARE(report.start, kWaveT0);
        QCOMPARE(report.machines.size(), 3);
        const WaveMachine &first = report.machines.at(0);
        QCOMPARE(first.name, QStringLiteral("front-left"));
        QCOMPARE(first.toPhase1, 20000);
        QCOMPARE(first.toDownloaded, 60000);
        QCOMPARE(first.toBooted, 80000);
        QCOMPARE(report.machines.at(1).toBooted, 120000);
        // Seen first when it leased: counted from there.
        const WaveMachine &failed = report.machines.at(2);
        QCOMPARE(failed.start, kWaveT0.addSecs(5));
        QCOMPARE(failed.toPhase1, 25000);
        QCOMPARE(failed.toDownloaded, -1);
        QCOMPARE(failed.toBooted, -1);
        QCOMPARE(failed.state, QStringLiteral("failed"));
    }

    void curveCountsMachinesBootedSinceTheWaveStarted()
    {
        const QList<WavePoint> expected { { 0, 0 }, { 80000, 1 }, { 130000, 2 } };
        QCOMPARE(threeMachines().curve(), expected);
        WaveReport same
            = WaveReport::fromRecords({ bootedRecord(kMac1, 0), bootedRecord(kMac2, 0) }, kWaveT0);
        QCOMPARE(same.curve(), (QList<WavePoint> { { 0, 0 }, { 80000, 2 } }));
    }

    void totalsTellTheLastBootedTheMedianAndTheBytes()
    {
        const WaveReport report = threeMachines();
        QCOMPARE(report.bootedCount(), 2);
        QCOMPARE(report.failedCount(), 1);
        QCOMPARE(report.timeToLastBooted(), 130000);
        QCOMPARE(report.medianToBooted(), 100000); // of 80 s and 120 s
        QCOMPARE(report.bytesFromHost(), 2000);
        QCOMPARE(report.bytesFromPeers(), 6000);
        WaveReport odd = WaveReport::fromRecords(
            { bootedRecord(kMac1, 0, 30), bootedRecord(kMac2, 0, 50), bootedRecord(kMac3, 0, 200) },
            kWaveT0);
        QCOMPARE(odd.medianToBooted(), 50000);
        QCOMPARE(WaveReport().medianToBooted(), -1);
        QCOMPARE(WaveReport().timeToLastBooted(), -1);
    }

    void summarySaysHowLongTheRoomTook()
    {
        WaveReport report = threeMachines();
        report.status = WaveReport::Status::Settled;
        QCOMPARE(report.summary(), QStringLiteral("2 machines booted in 2 min 10 s, 1 failed"));
        report.status = WaveReport::Status::Running;
        QCOMPARE(
            report.summary(), QStringLiteral("2 machines booted in 2 min 10 s, 1 failed so far"));
        QCOMPARE(WaveReport().summary(), QStringLiteral("no boot wave yet"));
        QCOMPARE(WaveReport::duration(220000), QStringLiteral("3 min 40 s"));
        QCOMPARE(WaveReport::duration(12400), QStringLiteral("12 s"));
        QCOMPARE(WaveReport::duration(3720000), QStringLiteral("1 h 2 min"));
    }

    void jsonRoundTrips()
    {
        WaveReport report = threeMachines();
        report.status = WaveReport::Status::Settled;
        report.settled = kWaveT0.addSecs(300);
        report.settledBy = QStringLiteral("admin");
        report.environment = QStringLiteral("/srv/lab");
        const QByteArray json = report.toJsonBytes();
        const Result<WaveReport> back = WaveReport::fromJson(json, QStringLiteral("r.json"));
        QVERIFY2(back.ok(), qPrintable(toString(back.problems())));
        QCOMPARE(back.value(), report);
        // Derived values are there for scripts.
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("toLastBooted"))
                     .toInteger(),
            130000);
        QCOMPARE(object.value(QStringLiteral("curve")).toArray().size(), 3);
    }

    void hostileJsonIsRefusedWithTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("{\"status\": ")
                                  << QStringLiteral("r.json: is not a wave report");
        QTest::newRow("array") << QByteArray("[]")
                               << QStringLiteral("r.json: is not a wave report");
        QTest::newRow("status") << QByteArray("{\"status\": \"done\"}")
                                << QStringLiteral(
                                       "r.json: status: must be none, running or settled");
        QTest::newRow("start") << QByteArray("{\"status\": \"running\", \"start\": \"yesterday\"}")
                               << QStringLiteral("r.json: start: must be an ISO 8601 time");
        QTest::newRow("machines") << QByteArray(
            "{\"status\": \"running\", \"start\": \"2026-11-30T10:00:00Z\", \"machines\": {}}")
                                  << QStringLiteral("r.json: machines: must be a list");
        QTest::newRow("mac") << hostile("{\"mac\": \"52:54:00:zz:00:01\", \"state\": \"booted\"}")
                             << QStringLiteral("r.json: machines[0].mac: must be a MAC");
        QTest::newRow("state") << hostile(
            "{\"mac\": \"52:54:00:18:00:01\", \"state\": \"<script>\"}")
                               << QStringLiteral("r.json: machines[0].state: is no client state");
        QTest::newRow("duration") << hostile(
            "{\"mac\": \"52:54:00:18:00:01\", \"state\": \"booted\", \"start\": "
            "\"2026-11-30T10:00:00Z\", \"toBooted\": 1e300}")
                                  << QStringLiteral(
                                         "r.json: machines[0].toBooted: must be milliseconds");
        QTest::newRow("duration text")
            << hostile(
                   "{\"mac\": \"52:54:00:18:00:01\", \"state\": \"booted\", \"toPhase1\": \"5\"}")
            << QStringLiteral("r.json: machines[0].toPhase1: must be milliseconds");
        QTest::newRow("bytes") << hostile(
            "{\"mac\": \"52:54:00:18:00:01\", \"state\": \"booted\", \"bytesFromHost\": -5}")
                               << QStringLiteral(
                                      "r.json: machines[0].bytesFromHost: must be a count");
        QTest::newRow("booted without start")
            << hostile("{\"mac\": \"52:54:00:18:00:01\", \"state\": \"booted\", \"toBooted\": 5}")
            << QStringLiteral("r.json: machines[0].start: is missing");
    }

    void hostileJsonIsRefusedWithTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Result<WaveReport> report = WaveReport::fromJson(json, QStringLiteral("r.json"));
        QVERIFY(!report.ok());
        QVERIFY2(toString(report.problems()).startsWith(problem),
            qPrintable(toString(report.problems())));
    }

    void longTextsAreCutAndTooManyMachinesRefused()
    {
        const QByteArray name(5000, 'x');
        const Result<WaveReport> cut = WaveReport::fromJson(
            hostile("{\"mac\": \"52:54:00:18:00:01\", \"state\": \"failed\", \"name\": \"" + name
                + "\", \"message\": \"" + name + "\"}"),
            QStringLiteral("r.json"));
        QVERIFY(cut.ok());
        QCOMPARE(cut->machines.first().name.size(), 255);
        QCOMPARE(cut->machines.first().message.size(), 1024);

        QByteArray many
            = "{\"status\": \"running\", \"start\": \"2026-11-30T10:00:00Z\", \"machines\": [";
        for (int i = 0; i <= WaveReport::MaxMachines; ++i)
            many += "{},";
        many.chop(1);
        many += "]}";
        const Result<WaveReport> refused = WaveReport::fromJson(many, QStringLiteral("r.json"));
        QVERIFY(!refused.ok());
        QVERIFY(toString(refused.problems()).contains(QStringLiteral("more than 65536")));
        QVERIFY(!WaveReport::fromJson(QByteArray(WaveReport::MaxJsonBytes + 1, ' '), {}).ok());
    }

    void csvHasOneRowPerMachineAndTheCurve()
    {
        WaveReport report = threeMachines();
        report.machines[2].message = QStringLiteral("disk full, \"sda\"");
        report.machines[1].name = QStringLiteral("=HYPERLINK(\"x\")");
        const QList<QByteArray> lines = report.machinesCsv().split('\n');
        QCOMPARE(lines.first(),
            QByteArray("mac,name,ip,os,state,start,to_phase1_s,to_downloaded_s,to_booted_s,"
                       "bytes_from_host,bytes_from_peers,message\r"));
        QCOMPARE(lines.at(1),
            QByteArray("52:54:00:18:00:01,front-left,198.18.0.10,debian,booted,"
                       "2026-11-30T10:00:00.000Z,20.0,60.0,80.0,1000,3000,\r"));
        QVERIFY(lines.at(2).startsWith("52:54:00:18:00:02,\"'=HYPERLINK(\"\"x\"\")\","));
        QVERIFY(lines.at(3).endsWith(",25.0,,,0,0,\"disk full, \"\"sda\"\"\"\r"));
        QCOMPARE(report.curveCsv(), QByteArray("seconds,booted\r\n0.0,0\r\n80.0,1\r\n130.0,2\r\n"));
    }

    void filesAreKeptUnderReportsAndTheNewestIsFound()
    {
        QTemporaryDir env;
        QVERIFY(!WaveReportFiles::newest(env.path()).ok());
        WaveReport report = threeMachines();
        report.status = WaveReport::Status::Settled;
        report.settled = kWaveT0.addSecs(300);
        const Result<QString> first = WaveReportFiles::write(env.path(), report);
        QVERIFY(first.ok());
        QCOMPARE(first.value(), env.filePath(QStringLiteral("reports/wave-20261130T100500Z.json")));
        const Result<QString> second = WaveReportFiles::write(env.path(), report);
        QCOMPARE(
            second.value(), env.filePath(QStringLiteral("reports/wave-20261130T100500Z-2.json")));
        QCOMPARE(WaveReportFiles::newest(env.path()).value(), second.value());
        const Result<WaveReport> back = WaveReportFiles::read(second.value());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), report);
        QVERIFY(!WaveReportFiles::read(env.filePath(QStringLiteral("nothing.json"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestWaveReport)
#include "tst_wavereport.moc"

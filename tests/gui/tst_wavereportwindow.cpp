// The Boot Wave Report window, offscreen: fed from a real admin API on
// loopback, its curve and table follow the wave, "Wave Is Over" settles it
// through the API, and the exports write their files off the GUI thread.
#include <serve/adminserver.h>
#include <serve/clientregistry.h>
#include <serve/logmodel.h>
#include <serve/servicegroup.h>
#include <serve/wavereportfeed.h>
#include <serve/wavetracker.h>
#include <ui/wavereporttablemodel.h>
#include <ui/wavereportwindow.h>

#include "../helpers/waverecords.h"

#include <QImage>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestWaveReportWindow : public QObject
{
    Q_OBJECT

    ClientRegistry m_registry;
    ServiceGroup m_services;
    LogModel m_log;

    WaveReport settledReport()
    {
        WaveReport report = WaveReport::fromRecords(
            { bootedRecord(QStringLiteral("52:54:00:18:00:01"), 0),
                bootedRecord(QStringLiteral("52:54:00:18:00:02"), 10, 130) },
            kWaveT0, [](const QString &) { return QStringLiteral("pc"); });
        report.status = WaveReport::Status::Settled;
        report.settled = kWaveT0.addSecs(200);
        return report;
    }

private Q_SLOTS:
    void showsNoWaveBeforeTheFirstMachine()
    {
        WaveReportFeed feed;
        WaveReportWindow window(&feed);
        window.show();
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(window.summaryText().startsWith(QStringLiteral("No boot wave yet")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("waveSettle"))->isEnabled());
    }

    void showsTheCurveAndEveryMachine()
    {
        WaveReportFeed feed;
        WaveReportWindow window(&feed);
        window.show();
        feed.apply(settledReport().toJsonBytes());
        QCOMPARE(window.model()->rowCount(), 2);
        QCOMPARE(window.model()->index(1, WaveReportTableModel::BootedColumn).data().toString(),
            QStringLiteral("2 min"));
        QCOMPARE(window.model()->index(0, WaveReportTableModel::NameColumn).data().toString(),
            QStringLiteral("pc"));
        QCOMPARE(window.summaryText(), QStringLiteral("2 machine(s) booted in 2 min 10 s"));
        // A step per boot: (0,0) (1.33,0) (1.33,1) (2.17,1) (2.17,2).
        const QList<QPointF> points = window.curve()->points();
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.last(), QPointF(130.0 / 60.0, 2));
    }

    void waveIsOverSettlesItThroughTheAdminApi()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        WaveTracker waves;
        waves.setClock([] { return kWaveT0; });
        waves.observe({ bootedRecord(QStringLiteral("52:54:00:18:00:01"), 0),
                          waveRecord(QStringLiteral("52:54:00:18:00:02"),
                              { { ClientState::Discovered, 1 }, { ClientState::Leased, 2 } }) },
            kWaveT0.addSecs(90));
        const QByteArray token = AdminServer::newToken();
        server.setWaves(&waves);
        server.setToken(token);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));

        WaveReportFeed feed;
        feed.setInterval(100);
        WaveReportWindow window(&feed);
        window.show();
        feed.attach({ QStringLiteral("127.0.0.1"), server.serverPort(), token, {} });
        QTRY_COMPARE(window.model()->rowCount(), 2);
        QVERIFY(window.summaryText().endsWith(QStringLiteral("(so far)")));
        auto *settle = window.findChild<QPushButton *>(QStringLiteral("waveSettle"));
        QVERIFY(settle->isEnabled());
        QTest::mouseClick(settle, Qt::LeftButton);
        QTRY_COMPARE(feed.report().status, WaveReport::Status::Settled);
        QVERIFY(!waves.isRunning());
        QCOMPARE(feed.report().settledBy, QStringLiteral("admin"));
        QTRY_VERIFY(!settle->isEnabled());
        QVERIFY(window.statusText().contains(QStringLiteral("settled")));

        // Hidden, it asks no more: a new wave shows once it is shown again.
        window.hide();
        waves.observe({ waveRecord(QStringLiteral("52:54:00:18:00:03"),
                          { { ClientState::Discovered, 200 } }) },
            kWaveT0.addSecs(200));
        // Proving that a hidden window asks nothing needs a bounded wait:
        // four poll intervals.
        QTest::qWait(400);
        QCOMPARE(feed.report().status, WaveReport::Status::Settled);
        window.show();
        QTRY_COMPARE(feed.report().status, WaveReport::Status::Running);
    }

    void exportsCsvAndPngOffTheGuiThread()
    {
        QTemporaryDir dir;
        WaveReportFeed feed;
        WaveReportWindow window(&feed);
        feed.apply(settledReport().toJsonBytes());
        QSignalSpy exported(&window, &WaveReportWindow::exported);
        window.exportCsv(dir.filePath(QStringLiteral("wave.csv")));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile csv(dir.filePath(QStringLiteral("wave.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wave-curve.csv"))));

        window.exportPng(dir.filePath(QStringLiteral("wave.png")));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        const QImage image(dir.filePath(QStringLiteral("wave.png")));
        QCOMPARE(image.size(), QSize(960, 540));

        window.exportCsv(dir.filePath(QStringLiteral("no/such/folder/wave.csv")));
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.last().at(1).toString().isEmpty());
        QVERIFY(window.statusText().contains(QStringLiteral("cannot be written")));
    }
};

QTEST_MAIN(TestWaveReportWindow)
#include "tst_wavereportwindow.moc"

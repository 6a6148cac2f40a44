#include "helpers/hangupserver.h"

#include <serve/trackermonitor.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace bt;

namespace {

QByteArray recorded(const QString &name)
{
    QFile file(qEnvironmentVariable("BT_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList recordedHashes()
{
    return QString::fromLatin1(recorded(QStringLiteral("opentracker-infohashes.txt")))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The real opentracker on 127.0.0.1, a child of the test, stopped by its own
// PID. It refuses to run as root, so as root it is started as nobody, who
// must be able to read its folder.
class Opentracker
{
public:
    QString start(const QStringList &whitelist)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QFile list(m_dir.filePath(QStringLiteral("whitelist")));
        if (!list.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the whitelist");
        list.write(whitelist.join(QLatin1Char('\n')).toLatin1() + '\n');
        list.close();
        const auto read = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther;
        QFile::setPermissions(m_dir.path(),
            read | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
        QFile::setPermissions(list.fileName(), read);

        m_port = freePort();
        const QString port = QString::number(m_port);
        QStringList arguments { QStringLiteral("opentracker"), QStringLiteral("-i"),
            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), port, QStringLiteral("-P"), port,
            QStringLiteral("-d"), m_dir.path(), QStringLiteral("-w"), QStringLiteral("whitelist") };
        if (geteuid() == 0)
            arguments = QStringList { QStringLiteral("--reuid=nobody"),
                QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups") }
                + arguments;
        m_process.setProgram(geteuid() == 0 ? QStringLiteral("setpriv") : arguments.takeFirst());
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("opentracker did not start");
        const bool up = QTest::qWaitFor(
            [this] {
                if (m_process.state() != QProcess::Running)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(200);
            },
            10000);
        if (!up || m_process.state() != QProcess::Running)
            return QStringLiteral("opentracker did not listen: ")
                + QString::fromLocal8Bit(m_process.readAll());
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // setpriv execs opentracker, so this PID is opentracker's
        m_process.waitForFinished(5000);
    }

    ~Opentracker() { stop(); }

    quint16 port() const { return m_port; }

    // Announces one peer and returns the tracker's reply body.
    QByteArray announce(const QString &infoHash, const QByteArray &peerId, int peerPort,
        qint64 left, const QString &event = QString())
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        // Concatenated, not QString::arg: the encoded hash holds "%2F"-like sequences.
        QByteArray query
            = "info_hash=" + QByteArray::fromHex(infoHash.toLatin1()).toPercentEncoding()
            + "&peer_id=" + peerId + "&port=" + QByteArray::number(peerPort)
            + "&uploaded=0&downloaded=0&left=" + QByteArray::number(left) + "&compact=1";
        if (!event.isEmpty())
            query += "&event=" + event.toLatin1();
        QUrl url(QStringLiteral("http://127.0.0.1:%1/announce").arg(m_port));
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setTransferTimeout(3000);
        // opentracker reads its whitelist shortly after it starts listening;
        // until then every hash is refused, so retry a bounded number of times.
        QByteArray body;
        for (int attempt = 0; attempt < 50; ++attempt) {
            QNetworkReply *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(5000);
            body = reply->readAll();
            delete reply;
            if (!body.contains("not authorized"))
                break;
            QTest::qWait(100);
        }
        return body;
    }

private:
    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/bt-tracker-XXXXXX") };
    QProcess m_process;
    quint16 m_port = 0;
};

// Twenty bytes that a careless URL encoder would mangle: NUL, '&', '=', '+',
// '#', '%', ' ', '?', '/' and high bytes.
const QString AwkwardHash = QStringLiteral("00263d2b232520ff3f2f80c0e1aabbccddeeff01");

QByteArray manyNested(char open, int depth)
{
    return QByteArray(depth, open) + QByteArray(depth, 'e');
}

} // namespace

class TestTrackerMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCOMPARE(recordedHashes().size(), 2); }

    void parsesRecordedSeederAndLeecher()
    {
        const auto counts = TrackerMonitor::parseScrape(
            recorded(QStringLiteral("opentracker-scrape-one.bencode")));
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), 1);
        const TrackerCounts demo = counts->value(recordedHashes().at(0));
        QCOMPARE(demo.seeders, 1);
        QCOMPARE(demo.leechers, 1);
        QCOMPARE(demo.completedDownloads, 0);
    }

    void parsesRecordedScrapeOfTwoTorrents()
    {
        const auto counts = TrackerMonitor::parseScrape(
            recorded(QStringLiteral("opentracker-scrape-two.bencode")));
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), 2);
        // The leecher finished: it counts as a seeder and as a completed download.
        QCOMPARE(counts->value(recordedHashes().at(0)), (TrackerCounts { 2, 0, 1 }));
        QCOMPARE(counts->value(recordedHashes().at(1)), (TrackerCounts { 0, 1, 0 }));
    }

    void torrentWithoutPeersIsMissingFromTheReply()
    {
        const auto counts = TrackerMonitor::parseScrape(
            recorded(QStringLiteral("opentracker-scrape-unknown.bencode")));
        QVERIFY(counts.ok());
        QVERIFY(counts->isEmpty());
    }

    void rejectsRecordedInvalidRequestPage()
    {
        const QByteArray page = recorded(QStringLiteral("opentracker-scrape-invalid.html"));
        QVERIFY(page.startsWith("<title>"));
        const auto counts = TrackerMonitor::parseScrape(page);
        QVERIFY(!counts.ok());
        QVERIFY2(counts.problems().first().message.contains(QStringLiteral("not bencode")),
            qPrintable(counts.problems().first().message));
    }

    void reportsTheTrackersFailureReason()
    {
        const auto counts
            = TrackerMonitor::parseScrape("d14:failure reason25:Requested download is note");
        QVERIFY(!counts.ok());
        QVERIFY2(
            counts.problems().first().message.contains(QStringLiteral("Requested download is not")),
            qPrintable(counts.problems().first().message));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray hash(20, 'x');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>hello</body></html>");
        QTest::newRow("integer") << QByteArray("i3e");
        QTest::newRow("no files") << QByteArray("de");
        QTest::newRow("files not a dictionary") << QByteArray("d5:filesi1ee");
        QTest::newRow("unterminated dictionary") << QByteArray("d5:filesd");
        QTest::newRow("unterminated list") << QByteArray("l1:a");
        QTest::newRow("string longer than data") << QByteArray("d5:files99:abce");
        QTest::newRow("huge string length") << QByteArray("99999999999999999999999:x");
        QTest::newRow("integer overflow") << QByteArray("i99999999999999999999999e");
        QTest::newRow("empty integer") << QByteArray("ie");
        QTest::newRow("minus only") << QByteArray("i-e");
        QTest::newRow("non-string key") << QByteArray("di1ei2ee");
        QTest::newRow("trailing data") << QByteArray("d5:filesdeeXYZ");
        QTest::newRow("short hash") << QByteArray("d5:filesd3:abcd8:completei1eeee");
        QTest::newRow("counts not a dictionary") << "d5:filesd20:" + hash + "i5eee";
        QTest::newRow("negative count") << "d5:filesd20:" + hash + "d8:completei-1eeee";
        QTest::newRow("count beyond int") << "d5:filesd20:" + hash + "d8:completei4294967296eeee";
        QTest::newRow("count is a string") << "d5:filesd20:" + hash + "d8:complete1:1eee";
        QTest::newRow("deep lists") << manyNested('l', 100000);
        QTest::newRow("deep dictionaries") << QByteArray("d1:a").repeated(50000);
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, body);
        const auto counts = TrackerMonitor::parseScrape(body);
        QVERIFY(!counts.ok());
        QVERIFY(!counts.problems().first().message.isEmpty());
    }

    void survivesEveryTruncationAndCorruptionOfARealReply()
    {
        const QByteArray reply = recorded(QStringLiteral("opentracker-scrape-two.bencode"));
        QVERIFY(!reply.isEmpty());
        for (qsizetype length = 0; length < reply.size(); ++length)
            QVERIFY2(!TrackerMonitor::parseScrape(reply.left(length)).ok(),
                qPrintable(QString::number(length)));
        // Random corruption may still be valid bencode; it must only never crash.
        QRandomGenerator random(20240611);
        for (int round = 0; round < 20000; ++round) {
            QByteArray corrupt = reply;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i)
                corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
            const auto counts = TrackerMonitor::parseScrape(corrupt);
            if (!counts.ok())
                QVERIFY(!counts.problems().first().message.isEmpty());
        }
    }

    void scrapeUrlCarriesTheRawHashBytes()
    {
        const QStringList hashes { AwkwardHash, recordedHashes().at(0) };
        const QUrl url = TrackerMonitor::scrapeUrl(QStringLiteral("198.18.0.1"), 10001, hashes);
        QCOMPARE(url.host(), QStringLiteral("198.18.0.1"));
        QCOMPARE(url.port(), 10001);
        QCOMPARE(url.path(), QStringLiteral("/scrape"));
        const QList<QByteArray> parts = url.query(QUrl::FullyEncoded).toLatin1().split('&');
        QCOMPARE(parts.size(), 2);
        for (int i = 0; i < parts.size(); ++i) {
            QVERIFY(parts.at(i).startsWith("info_hash="));
            QCOMPARE(QByteArray::fromPercentEncoding(parts.at(i).mid(10)).toHex(),
                hashes.at(i).toLatin1());
        }
    }

    void readsTheWhitelist()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("whitelist")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("C93EFE3E5ADE6ED92F004C4539C028442695315C\n\n"
                   "7ab58dd5d9e7653dd8d3e35ce8d482eef52b343c\n");
        file.close();
        const auto hashes = TrackerMonitor::readWhitelist(file.fileName());
        QVERIFY(hashes.ok());
        QCOMPARE(hashes.value(), recordedHashes());

        QVERIFY(file.open(QIODevice::Append));
        file.write("not-a-hash\n");
        file.close();
        const auto bad = TrackerMonitor::readWhitelist(file.fileName());
        QVERIFY(!bad.ok());
        QVERIFY(bad.problems().first().message.contains(QStringLiteral("line 4")));
        QVERIFY(!TrackerMonitor::readWhitelist(dir.filePath(QStringLiteral("missing"))).ok());
    }

    void ignoresInvalidAndRepeatedHashes()
    {
        TrackerMonitor monitor(QStringLiteral("127.0.0.1"), 1,
            { QStringLiteral("xyz"), recordedHashes().at(0).toUpper(), recordedHashes().at(0) });
        QCOMPARE(monitor.infoHashes(), QStringList { recordedHashes().at(0) });
    }

    void reportsATrackerThatDoesNotAnswerOnce()
    {
        HangUpServer tracker;
        QVERIFY(tracker.isListening());
        TrackerMonitor monitor(QStringLiteral("127.0.0.1"), tracker.serverPort(), recordedHashes());
        monitor.setInterval(100);
        QSignalSpy failed(&monitor, &TrackerMonitor::pollFailed);
        QSignalSpy updated(&monitor, &TrackerMonitor::trackerUpdated);
        monitor.start();
        // One scrape a round: ten requests are several failed rounds.
        QTRY_VERIFY_WITH_TIMEOUT(tracker.connections() >= 10, 20000);
        monitor.stop();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(updated.size(), 0);
    }

    void skipsTicksWhileAScrapeIsOutstanding()
    {
        // A listener that accepts and never answers: every scrape hangs until its timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> connections;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                connections.append(socket);
        });
        TrackerMonitor monitor(QStringLiteral("127.0.0.1"), silent.serverPort(), recordedHashes());
        monitor.setInterval(50);
        monitor.setTimeout(3000);
        QSignalSpy failed(&monitor, &TrackerMonitor::pollFailed);
        QElapsedTimer clock;
        monitor.start();
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(connections.size(), 1, 20000);
        // Proving that no second scrape starts needs a bounded wait: ten
        // ticks, well inside the scrape's timeout. (A machine so slow that
        // the timeout passed meanwhile may rightly have scraped again.)
        QTest::qWait(500);
        if (clock.elapsed() < 3000)
            QCOMPARE(connections.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not answer")),
            qPrintable(failed.first().first().toString()));
        monitor.stop();
    }

    void countsFromARealOpentrackerArriveInOneSignalPerTick()
    {
        const QString demo = recordedHashes().at(0);
        Opentracker tracker;
        const QString started = tracker.start({ demo, AwkwardHash });
        QVERIFY2(started.isEmpty(), qPrintable(started));

        TrackerMonitor monitor(QStringLiteral("127.0.0.1"), tracker.port(), { demo, AwkwardHash });
        monitor.setInterval(200);
        QSignalSpy updated(&monitor, &TrackerMonitor::trackerUpdated);
        QSignalSpy failed(&monitor, &TrackerMonitor::pollFailed);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 5000);
        TrackerSnapshot first = updated.first().first().value<TrackerSnapshot>();
        QVERIFY(first.time.isValid());
        QCOMPARE(first.torrents.value(demo), TrackerCounts {});
        QCOMPARE(first.torrents.size(), 2);

        QVERIFY(tracker.announce(demo, "-BT0001-seeder000001", 6881, 0, QStringLiteral("started"))
                    .startsWith("d8:complete"));
        QVERIFY(
            tracker
                .announce(AwkwardHash, "-BT0001-seeder000001", 6881, 0, QStringLiteral("started"))
                .startsWith("d8:complete"));
        QVERIFY(
            tracker.announce(demo, "-BT0001-leecher00001", 6882, 1000, QStringLiteral("started"))
                .startsWith("d8:complete"));
        auto latest = [&] { return updated.last().first().value<TrackerSnapshot>(); };
        QTRY_VERIFY_WITH_TIMEOUT(
            latest().torrents.value(demo) == (TrackerCounts { 1, 1, 0 }), 5000);
        QCOMPARE(latest().torrents.value(AwkwardHash), (TrackerCounts { 1, 0, 0 }));

        tracker.announce(demo, "-BT0001-leecher00001", 6882, 0, QStringLiteral("completed"));
        QTRY_VERIFY_WITH_TIMEOUT(
            latest().torrents.value(demo) == (TrackerCounts { 2, 0, 1 }), 5000);
        QCOMPARE(failed.size(), 0);

        // The tracker going away turns into one failure report and no more
        // snapshots. Proving that none follows needs a bounded wait.
        tracker.stop();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const qsizetype before = updated.size();
        QTest::qWait(600);
        monitor.stop();
        QCOMPARE(updated.size(), before);
        QCOMPARE(failed.size(), 1);
    }

    void scrapesMoreHashesThanOneRequestCarries()
    {
        QStringList hashes;
        for (int i = 0; i < TrackerMonitor::MaxHashesPerScrape + 6; ++i)
            hashes.append(QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex()));
        Opentracker tracker;
        const QString started = tracker.start(hashes);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        tracker.announce(
            hashes.first(), "-BT0001-seeder000001", 6881, 0, QStringLiteral("started"));
        tracker.announce(
            hashes.last(), "-BT0001-leecher00001", 6882, 10, QStringLiteral("started"));

        TrackerMonitor monitor(QStringLiteral("127.0.0.1"), tracker.port(), hashes);
        QSignalSpy updated(&monitor, &TrackerMonitor::trackerUpdated);
        QSignalSpy failed(&monitor, &TrackerMonitor::pollFailed);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 5000);
        monitor.stop();
        QCOMPARE(failed.size(), 0);
        const TrackerSnapshot snapshot = updated.first().first().value<TrackerSnapshot>();
        QCOMPARE(snapshot.torrents.size(), hashes.size());
        QCOMPARE(snapshot.torrents.value(hashes.first()), (TrackerCounts { 1, 0, 0 }));
        QCOMPARE(snapshot.torrents.value(hashes.last()), (TrackerCounts { 0, 1, 0 }));
    }
};

QTEST_GUILESS_MAIN(TestTrackerMonitor)
#include "tst_trackermonitor.moc"

#include "helpers/aria2seeder.h"
#include "helpers/hangupserver.h"

#include <serve/aria2rpc.h>
#include <serve/swarmmonitor.h>

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace bt;

namespace {

QJsonValue recordedResult(const QString &name)
{
    QFile file(qEnvironmentVariable("BT_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto reply = Aria2Rpc::parseReply(file.readAll());
    return reply.ok() ? reply.value() : QJsonValue();
}

Aria2Download download(const QString &gid, qint64 uploadLength)
{
    Aria2Download d;
    d.gid = gid;
    d.infoHash = QStringLiteral("aa%1").arg(gid);
    d.name = QStringLiteral("debian");
    d.totalLength = 1000000;
    d.pieceLength = 100000;
    d.uploadLength = uploadLength;
    return d;
}

Aria2Peer peer(const QString &ip, qint64 uploadSpeed, const QString &bitfield = QString())
{
    Aria2Peer p;
    p.ip = ip;
    p.port = 6881;
    p.uploadSpeed = uploadSpeed;
    p.bitfield = bitfield;
    return p;
}

} // namespace

class TestSwarmMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsSnapshotFromRecordedReplies()
    {
        const auto downloads
            = Aria2Rpc::parseDownloads(recordedResult(QStringLiteral("aria2-tellActive.json")));
        const auto peers
            = Aria2Rpc::parsePeers(recordedResult(QStringLiteral("aria2-getPeers.json")));
        const auto stat
            = Aria2Rpc::parseGlobalStat(recordedResult(QStringLiteral("aria2-getGlobalStat.json")));
        QVERIFY(downloads.ok() && peers.ok() && stat.ok());

        Aria2Rpc rpc(1, QString());
        SwarmMonitor monitor(&rpc);
        const QDateTime now = QDateTime::currentDateTime();
        const SwarmSnapshot snapshot = monitor.buildSnapshot(downloads.value(),
            { { downloads.value().first().gid, peers.value() } }, stat.value(), now);
        QCOMPARE(snapshot.time, now);
        QCOMPARE(snapshot.uploadRate, qint64(563144));
        QCOMPARE(snapshot.torrents.size(), 1);
        const SwarmTorrent &torrent = snapshot.torrents.first();
        QCOMPARE(torrent.name, QStringLiteral("demo-os"));
        QCOMPARE(torrent.hostUploaded, qint64(2610176));
        QCOMPARE(torrent.peers.size(), 1);
        QCOMPARE(torrent.seeds, 0);
        QCOMPARE(
            torrent.peers.first().completedBytes, qint64(3 * 262144 + (3200000 - 12 * 262144)));
        QCOMPARE(torrent.peers.first().hostUploadRate, qint64(558087));
        // The only peer receiving anything gets all the upload so far.
        QCOMPARE(snapshot.hostUploadedByIp().value(QStringLiteral("127.0.0.1")), qint64(2610176));
        QCOMPARE(snapshot.hostUploadRateByIp().value(QStringLiteral("127.0.0.1")), qint64(558087));
    }

    void splitsUploadGrowthByPeerRates()
    {
        Aria2Rpc rpc(1, QString());
        SwarmMonitor monitor(&rpc);
        const QString a = QStringLiteral("198.18.0.101");
        const QString b = QStringLiteral("198.18.0.102");
        SwarmSnapshot first = monitor.buildSnapshot({ download(QStringLiteral("1"), 4000) },
            { { QStringLiteral("1"), { peer(a, 300), peer(b, 100) } } }, {}, {});
        QCOMPARE(first.hostUploadedByIp().value(a), qint64(3000));
        QCOMPARE(first.hostUploadedByIp().value(b), qint64(1000));

        SwarmSnapshot second = monitor.buildSnapshot({ download(QStringLiteral("1"), 5000) },
            { { QStringLiteral("1"), { peer(a, 0), peer(b, 100) } } }, {}, {});
        QCOMPARE(second.hostUploadedByIp().value(a), qint64(3000));
        QCOMPARE(second.hostUploadedByIp().value(b), qint64(2000));

        // Peer a left; what it received stays counted.
        SwarmSnapshot third = monitor.buildSnapshot({ download(QStringLiteral("1"), 5000) },
            { { QStringLiteral("1"), { peer(b, 0) } } }, {}, {});
        QCOMPARE(third.hostUploadedByIp().value(a), qint64(3000));
        QCOMPARE(third.torrents.first().peers.size(), 1);
    }

    void growthWithoutRatesGoesToPeersStillDownloading()
    {
        // A transfer that began and ended between two polls left no rate.
        Aria2Rpc rpc(1, QString());
        SwarmMonitor monitor(&rpc);
        const QString a = QStringLiteral("198.18.0.101");
        const QString b = QStringLiteral("198.18.0.102");
        const QString done = QStringLiteral("198.18.0.103");
        Aria2Peer seeder = peer(done, 0);
        seeder.seeder = true;
        const SwarmSnapshot snapshot
            = monitor.buildSnapshot({ download(QStringLiteral("1"), 3001) },
                { { QStringLiteral("1"), { peer(a, 0), peer(b, 0), seeder } } }, {}, {});
        QCOMPARE(snapshot.hostUploadedByIp().value(a) + snapshot.hostUploadedByIp().value(b),
            qint64(3001));
        QVERIFY(snapshot.hostUploadedByIp().value(a) >= 1500);
        QVERIFY(snapshot.hostUploadedByIp().value(b) >= 1500);
        QCOMPARE(snapshot.hostUploadedByIp().value(done), qint64(0));
    }

    void roundingLeftoversAreNotLost()
    {
        Aria2Rpc rpc(1, QString());
        SwarmMonitor monitor(&rpc);
        const QList<Aria2Peer> peers = { peer(QStringLiteral("198.18.0.1"), 1),
            peer(QStringLiteral("198.18.0.2"), 1), peer(QStringLiteral("198.18.0.3"), 1) };
        const SwarmSnapshot snapshot = monitor.buildSnapshot(
            { download(QStringLiteral("1"), 1000) }, { { QStringLiteral("1"), peers } }, {}, {});
        qint64 sum = 0;
        for (qint64 bytes : snapshot.hostUploadedByIp())
            sum += bytes;
        QCOMPARE(sum, qint64(1000));
    }

    void keepsCountingWhenAria2Restarts()
    {
        Aria2Rpc rpc(1, QString());
        SwarmMonitor monitor(&rpc);
        const QString a = QStringLiteral("198.18.0.101");
        monitor.buildSnapshot({ download(QStringLiteral("1"), 5000) },
            { { QStringLiteral("1"), { peer(a, 10) } } }, {}, {});
        // The upload total dropped: aria2 restarted and counts from zero again.
        const SwarmSnapshot again = monitor.buildSnapshot({ download(QStringLiteral("1"), 1000) },
            { { QStringLiteral("1"), { peer(a, 10) } } }, {}, {});
        QCOMPARE(again.hostUploadedByIp().value(a), qint64(6000));
    }

    void reportsAnAria2ThatDoesNotAnswerOnce()
    {
        HangUpServer aria2;
        QVERIFY(aria2.isListening());
        Aria2Rpc rpc(aria2.serverPort(), QStringLiteral("x"));
        SwarmMonitor monitor(&rpc);
        monitor.setInterval(100);
        QSignalSpy failed(&monitor, &SwarmMonitor::pollFailed);
        QSignalSpy updated(&monitor, &SwarmMonitor::swarmUpdated);
        monitor.start();
        // A round asks at most a few questions: ten requests are several
        // failed rounds.
        QTRY_VERIFY_WITH_TIMEOUT(aria2.connections() >= 10, 20000);
        monitor.stop();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(updated.size(), 0);
    }

    void pollsARealAria2OncePerTick()
    {
        Aria2Seeder seeder;
        const QString started = seeder.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Aria2Rpc rpc(seeder.port(), seeder.secret());
        SwarmMonitor monitor(&rpc);
        monitor.setInterval(200);
        QSignalSpy updated(&monitor, &SwarmMonitor::swarmUpdated);
        QSignalSpy failed(&monitor, &SwarmMonitor::pollFailed);
        QElapsedTimer clock;
        clock.start();
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 4, 10000);
        monitor.stop();
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(failed.size(), 0);
        // One snapshot per tick at most (the first tick starts at once).
        QVERIFY(updated.size() <= elapsed / 200 + 1);
        const SwarmSnapshot last = updated.last().at(0).value<SwarmSnapshot>();
        QCOMPARE(last.torrents.size(), 1);
        QCOMPARE(last.torrents.first().name, QStringLiteral("demo-os"));
        QCOMPARE(last.torrents.first().totalLength, seeder.payloadBytes());
        QVERIFY(last.torrents.first().peers.isEmpty());

        // aria2 going away turns into one failure report, and back into snapshots never.
        seeder.stop();
        const qsizetype before = updated.size();
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        monitor.stop();
        QCOMPARE(updated.size(), before);
    }
};

QTEST_GUILESS_MAIN(TestSwarmMonitor)
#include "tst_swarmmonitor.moc"

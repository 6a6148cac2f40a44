// The swarm panel shows what the host sent, and how much of it went over
// the web seed, from a real ClientRegistry.

#include "mirrorfeed.h"
#include "ui/swarmpanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace bt;

class TestSwarmPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheHostsBytesAndTheWebSeedsPart()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        SwarmPanel panel(&feed.mirror);
        auto *host = panel.findChild<QLabel *>(QStringLiteral("swarmHostUploaded"));
        QVERIFY(host);

        SwarmTorrent torrent;
        torrent.infoHash = QStringLiteral("38a50cfdddae6f3c5e884f5d1ea5ecf28aff37dc");
        torrent.name = QStringLiteral("debian");
        torrent.totalLength = 4000000;
        torrent.pieceLength = 32768;
        torrent.hostUploaded = 1000000;
        SwarmPeer peer;
        peer.ip = QStringLiteral("198.18.0.101");
        peer.completedBytes = 4000000;
        peer.seeder = true;
        torrent.peers = { peer };
        SwarmSnapshot snapshot;
        snapshot.time = QDateTime::currentDateTime();
        snapshot.torrents = { torrent };
        registry.applySwarm(snapshot);
        registry.flush();
        QCOMPARE(host->text(), QLocale().formattedDataSize(1000000));

        WebSeedCounters web;
        web.bytes[QStringLiteral("debian")][QStringLiteral("198.18.0.101")] = 2000000;
        registry.applyWebSeed(web);
        registry.flush();
        QCOMPARE(host->text(),
            QStringLiteral("%1 (%2 of it over HTTP)")
                .arg(QLocale().formattedDataSize(3000000), QLocale().formattedDataSize(2000000)));
        // 4 MB delivered, 3 MB of them by the host.
        QCOMPARE(panel.findChild<QProgressBar *>(QStringLiteral("swarmShare"))->value(), 250);
    }
};

QTEST_MAIN(TestSwarmPanel)
#include "tst_swarmpanel.moc"

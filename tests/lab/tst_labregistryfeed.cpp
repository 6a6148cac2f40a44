#include "../swarmfixtures.h"

#include "lab/labregistryfeed.h"
#include "serve/clientregistry.h"
#include "serve/clientstatus.h"
#include "serve/webseedcounters.h"

#include <QTest>

using namespace bt;

namespace {

const QString First = QStringLiteral("52:54:00:18:00:01");
const QString Second = QStringLiteral("52:54:00:18:00:02");
const QString FirstIp = QStringLiteral("198.18.0.101");
const QString SecondIp = QStringLiteral("198.18.0.102");

ClientStatus downloading(const QString &ip)
{
    ClientStatus s;
    s.state = ClientState::Downloading;
    s.progress = 50;
    s.os = QStringLiteral("debian");
    s.ip = ip;
    return s;
}

// What a `boottorrent serve` inside a lab knows: two clients halfway, the
// seeder sent 200 bytes to the first, the web seed 300 to the first and 100
// to the second.
void fillRemote(ClientRegistry &remote)
{
    remote.applyStatus(First, downloading(FirstIp));
    remote.applyStatus(Second, downloading(SecondIp));
    remote.applySwarm(test::snapshot(200, { test::swarmPeer(FirstIp, 500), test::swarmPeer(SecondIp, 500) },
        { { FirstIp, 200 } }));
    WebSeedCounters web;
    web.bytes[QStringLiteral("debian")] = { { FirstIp, 300 }, { SecondIp, 100 } };
    remote.applyWebSeed(web);
    remote.flush();
}

} // namespace

class TestLabRegistryFeed : public QObject
{
    Q_OBJECT
private slots:
    void mirrorsWhatTheHostSentAndHowMuchOverHttp()
    {
        ClientRegistry remote;
        fillRemote(remote);
        QCOMPARE(remote.swarm().hostUploaded, qint64(600));

        ClientRegistry local;
        LabRegistryFeed feed(&local);
        feed.applyClients(remote.clientsToJson());
        feed.applySwarm(remote.swarmToJson());
        local.flush();

        const SwarmTotals totals = local.swarm();
        QCOMPARE(totals.hostUploaded, qint64(600));
        QCOMPARE(totals.torrents.size(), 1);
        QCOMPARE(totals.torrents.first().webSeedUploaded, qint64(400));
        QCOMPARE(local.client(First)->bytesFromHost, qint64(500));
        QCOMPARE(local.client(First)->bytesOverHttp, qint64(300));
        QCOMPARE(local.client(Second)->bytesFromHost, qint64(100));
        QCOMPARE(local.client(Second)->bytesOverHttp, qint64(100));

        // The next poll with the same answers counts nothing twice.
        feed.applyClients(remote.clientsToJson());
        feed.applySwarm(remote.swarmToJson());
        local.flush();
        QCOMPARE(local.swarm().hostUploaded, qint64(600));
        QCOMPARE(local.swarm().torrents.first().webSeedUploaded, qint64(400));
    }
};

QTEST_GUILESS_MAIN(TestLabRegistryFeed)
#include "tst_labregistryfeed.moc"

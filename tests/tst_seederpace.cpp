// The host seeder's pace: full speed for one downloading client, a trickle
// beside the web seed for two or more, asked of a real aria2c over JSON-RPC.

#include "helpers/aria2seeder.h"

#include <serve/aria2rpc.h>
#include <serve/seederpace.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bt;

namespace {

SwarmPeer peer(const char *ip, bool seeder = false)
{
    SwarmPeer p;
    p.ip = QString::fromLatin1(ip);
    p.port = 6881;
    p.seeder = seeder;
    return p;
}

SwarmSnapshot snapshot(const QList<QList<SwarmPeer>> &peersPerTorrent)
{
    SwarmSnapshot s;
    for (const QList<SwarmPeer> &peers : peersPerTorrent) {
        SwarmTorrent torrent;
        torrent.peers = peers;
        s.torrents << torrent;
    }
    return s;
}

// What aria2 holds as its overall upload limit, asked anew.
QString overallUploadLimit(Aria2Rpc &rpc)
{
    QString limit;
    bool answered = false;
    QObject context;
    rpc.call(QStringLiteral("aria2.getGlobalOption"), {}, &context,
        [&](const Result<QJsonValue> &reply) {
            answered = true;
            if (reply.ok())
                limit = reply.value()
                            .toObject()
                            .value(QStringLiteral("max-overall-upload-limit"))
                            .toString();
        });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        return QStringLiteral("(no answer)");
    return limit;
}

} // namespace

class TestSeederPace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsDownloadingAddressesOnceOverAllTorrents()
    {
        QCOMPARE(SeederPace::downloadingClients(snapshot({})), 0);
        // A client fetching two torrents is one client; seeders do not count.
        const SwarmSnapshot s = snapshot(
            { { peer("198.18.0.11"), peer("198.18.0.12", true) }, { peer("198.18.0.11") } });
        QCOMPARE(SeederPace::downloadingClients(s), 1);
        QCOMPARE(SeederPace::paceFor(s), SeederPace::Pace::Full);
    }

    void twoDownloadingClientsCallForATrickle()
    {
        const SwarmSnapshot s = snapshot({ { peer("198.18.0.11") }, { peer("198.18.0.12") } });
        QCOMPARE(SeederPace::downloadingClients(s), 2);
        QCOMPARE(SeederPace::paceFor(s), SeederPace::Pace::Trickle);
    }

    void nobodyDownloadingLeavesThePaceAsItIs()
    {
        QCOMPARE(SeederPace::paceFor(snapshot({ { peer("198.18.0.11", true) } })), std::nullopt);
        QCOMPARE(SeederPace::paceFor(snapshot({ {} })), std::nullopt);
    }

    void theTrickleIsTheOneOfAria2Conf()
    {
        QCOMPARE(SeederPace::aria2Limit(SeederPace::Pace::Full), QStringLiteral("0"));
        QCOMPARE(SeederPace::aria2Limit(SeederPace::Pace::Trickle), QStringLiteral("262144"));
    }

    void asksARealAria2ForEachChangeOfPace()
    {
        Aria2Seeder seeder;
        const QString started = seeder.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Aria2Rpc rpc(seeder.port(), seeder.secret());
        // The seeder of aria2.conf starts at the trickle.
        QObject context;
        bool set = false;
        rpc.call(QStringLiteral("aria2.changeGlobalOption"),
            QJsonArray { QJsonObject {
                { QStringLiteral("max-overall-upload-limit"), QStringLiteral("256K") } } },
            &context, [&](const Result<QJsonValue> &reply) { set = reply.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(set, 5000);
        QCOMPARE(overallUploadLimit(rpc), QStringLiteral("262144"));

        SeederPace pace(&rpc);
        QSignalSpy paced(&pace, &SeederPace::paced);
        QSignalSpy failed(&pace, &SeederPace::failed);
        const SwarmSnapshot one = snapshot({ { peer("198.18.0.11") } });
        const SwarmSnapshot two = snapshot({ { peer("198.18.0.11"), peer("198.18.0.12") } });

        pace.apply(one);
        pace.apply(one); // one request at a time: this one is not asked
        QTRY_COMPARE_WITH_TIMEOUT(paced.size(), 1, 5000);
        QCOMPARE(paced.at(0).at(0).value<SeederPace::Pace>(), SeederPace::Pace::Full);
        QCOMPARE(paced.at(0).at(1).toInt(), 1);
        QCOMPARE(pace.pace(), SeederPace::Pace::Full);
        QCOMPARE(overallUploadLimit(rpc), QStringLiteral("0"));

        // The same pace again, or nobody downloading: nothing is asked.
        pace.apply(one);
        pace.apply(snapshot({ { peer("198.18.0.11", true) } }));
        QTest::qWait(300);
        QCOMPARE(paced.size(), 1);

        pace.apply(two);
        QTRY_COMPARE_WITH_TIMEOUT(paced.size(), 2, 5000);
        QCOMPARE(paced.at(1).at(0).value<SeederPace::Pace>(), SeederPace::Pace::Trickle);
        QCOMPARE(paced.at(1).at(1).toInt(), 2);
        QCOMPARE(overallUploadLimit(rpc), QStringLiteral("262144"));
        QCOMPARE(failed.size(), 0);

        // aria2 gone: one sentence, and the pace stays what aria2 last took.
        seeder.stop();
        pace.apply(one);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.at(0).at(0).toString().startsWith(
            QStringLiteral("cannot change the pace of the host's seeder: ")));
        QCOMPARE(pace.pace(), SeederPace::Pace::Trickle);
    }
};

QTEST_GUILESS_MAIN(TestSeederPace)
#include "tst_seederpace.moc"

#include "helpers/aria2seeder.h"

#include <serve/aria2rpc.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace bt;

namespace {

QByteArray recorded(const QString &name)
{
    QFile file(qEnvironmentVariable("BT_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> T parsedOrFail(const Result<T> &result)
{
    if (!result.ok())
        qWarning("%s", qPrintable(toString(result.problems())));
    return result.value();
}

// Runs one asynchronous call and waits (bounded) for its answer.
template <typename T, typename Call> std::optional<Result<T>> await(Call call, int timeoutMs = 5000)
{
    std::optional<Result<T>> answer;
    QObject context;
    call(&context, [&answer](const Result<T> &result) { answer = result; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs);
    return answer;
}

} // namespace

class TestAria2Rpc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!recorded(QStringLiteral("aria2-tellActive.json")).isEmpty(),
            "BT_SOURCE_DIR must point at the sources");
    }

    // --- recorded replies of aria2 1.36 -------------------------------------

    void requestCarriesTheTokenFirst()
    {
        const QByteArray body = Aria2Rpc::requestBody(QStringLiteral("aria2.getPeers"),
            { QStringLiteral("abc") }, QStringLiteral("secret"), QStringLiteral("7"));
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        QCOMPARE(request.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(
            request.value(QStringLiteral("method")).toString(), QStringLiteral("aria2.getPeers"));
        QCOMPARE(request.value(QStringLiteral("id")).toString(), QStringLiteral("7"));
        const QJsonArray params = request.value(QStringLiteral("params")).toArray();
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.at(0).toString(), QStringLiteral("token:secret"));
        QCOMPARE(params.at(1).toString(), QStringLiteral("abc"));
    }

    void parsesRecordedVersion()
    {
        const auto reply = Aria2Rpc::parseReply(recorded(QStringLiteral("aria2-getVersion.json")));
        QVERIFY(reply.ok());
        const Aria2Version version = parsedOrFail(Aria2Rpc::parseVersion(reply.value()));
        QCOMPARE(version.version, QStringLiteral("1.36.0"));
        QVERIFY(version.enabledFeatures.contains(QStringLiteral("BitTorrent")));
    }

    void parsesRecordedGlobalStat()
    {
        const auto reply
            = Aria2Rpc::parseReply(recorded(QStringLiteral("aria2-getGlobalStat.json")));
        QVERIFY(reply.ok());
        const Aria2GlobalStat stat = parsedOrFail(Aria2Rpc::parseGlobalStat(reply.value()));
        QCOMPARE(stat.numActive, 1);
        QCOMPARE(stat.numWaiting, 0);
        QCOMPARE(stat.downloadSpeed, qint64(0));
        QCOMPARE(stat.uploadSpeed, qint64(563144));
    }

    void parsesRecordedSeedingDownload()
    {
        const auto reply = Aria2Rpc::parseReply(recorded(QStringLiteral("aria2-tellActive.json")));
        QVERIFY(reply.ok());
        const QList<Aria2Download> downloads
            = parsedOrFail(Aria2Rpc::parseDownloads(reply.value()));
        QCOMPARE(downloads.size(), 1);
        const Aria2Download &d = downloads.first();
        QCOMPARE(d.gid, QStringLiteral("dc053819777dc417"));
        QCOMPARE(d.infoHash,
            QString::fromLatin1(recorded(QStringLiteral("aria2-infohash.txt")).trimmed()));
        QCOMPARE(d.name, QStringLiteral("demo-os"));
        QCOMPARE(d.status, QStringLiteral("active"));
        QCOMPARE(d.totalLength, qint64(3200000));
        QCOMPARE(d.completedLength, qint64(3200000));
        QCOMPARE(d.uploadLength, qint64(2610176));
        QCOMPARE(d.uploadSpeed, qint64(561207));
        QCOMPARE(d.pieceLength, qint64(262144));
        QCOMPARE(d.numPieces, 13);
        QCOMPARE(d.connections, 1);
        QCOMPARE(d.numSeeders, 0);
        QVERIFY(d.seeder);
    }

    void parsesRecordedPeers()
    {
        const auto reply = Aria2Rpc::parseReply(recorded(QStringLiteral("aria2-getPeers.json")));
        QVERIFY(reply.ok());
        const QList<Aria2Peer> peers = parsedOrFail(Aria2Rpc::parsePeers(reply.value()));
        QCOMPARE(peers.size(), 1);
        const Aria2Peer &p = peers.first();
        QCOMPARE(p.ip, QStringLiteral("127.0.0.1"));
        QCOMPARE(p.port, quint16(37875));
        QVERIFY(!p.amChoking);
        QVERIFY(p.peerChoking);
        QVERIFY(!p.seeder);
        QCOMPARE(p.uploadSpeed, qint64(558087));
        QCOMPARE(p.bitfield, QStringLiteral("4448"));
        // 0100 0100 0100 1(000): pieces 1, 5, 9 and the short last piece 12.
        QCOMPARE(p.completedBytes(262144, 3200000), qint64(3 * 262144 + (3200000 - 12 * 262144)));
    }

    void parsesRecordedEmptyWaitingList()
    {
        const auto reply = Aria2Rpc::parseReply(recorded(QStringLiteral("aria2-tellWaiting.json")));
        QVERIFY(reply.ok());
        QVERIFY(parsedOrFail(Aria2Rpc::parseDownloads(reply.value())).isEmpty());
    }

    void turnsRecordedRpcErrorIntoProblem()
    {
        const auto reply
            = Aria2Rpc::parseReply(recorded(QStringLiteral("aria2-error-unauthorized.json")));
        QVERIFY(!reply.ok());
        QVERIFY(reply.problems().first().message.contains(QStringLiteral("Unauthorized")));
    }

    void rejectsRepliesThatAreNotJsonRpc()
    {
        QVERIFY(!Aria2Rpc::parseReply("<html>proxy error</html>").ok());
        QVERIFY(!Aria2Rpc::parseReply("{\"id\":\"1\"}").ok());
        QVERIFY(!Aria2Rpc::parseDownloads(QJsonValue(QStringLiteral("x"))).ok());
        QVERIFY(!Aria2Rpc::parsePeers(QJsonValue(QJsonObject())).ok());
    }

    void countsBitfieldPiecesOnly()
    {
        Aria2Peer peer;
        peer.bitfield = QStringLiteral("fff8"); // all 13 pieces; the padding bits are clear
        QCOMPARE(peer.completedBytes(262144, 3200000), qint64(3200000));
        peer.bitfield = QStringLiteral("ffff"); // padding bits set must not count
        QCOMPARE(peer.completedBytes(262144, 3200000), qint64(3200000));
        peer.bitfield = QStringLiteral("8000");
        QCOMPARE(peer.completedBytes(262144, 3200000), qint64(262144));
        peer.bitfield = QStringLiteral("zz");
        QCOMPARE(peer.completedBytes(262144, 3200000), qint64(0));
        peer.bitfield.clear();
        QCOMPARE(peer.completedBytes(262144, 3200000), qint64(0));
    }

    // --- a real aria2c on 127.0.0.1 -----------------------------------------

    void talksToARealAria2()
    {
        Aria2Seeder seeder;
        const QString started = seeder.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        Aria2Rpc rpc(seeder.port(), seeder.secret());
        QCOMPARE(rpc.endpoint().toString(),
            QStringLiteral("http://127.0.0.1:%1/jsonrpc").arg(seeder.port()));

        const auto version
            = await<Aria2Version>([&](QObject *c, auto done) { rpc.getVersion(c, done); });
        QVERIFY(version && version->ok());
        QCOMPARE(version->value().version, QStringLiteral("1.36.0"));

        // The integrity check runs first; then the torrent is seeded.
        std::optional<Result<QList<Aria2Download>>> active;
        (void)QTest::qWaitFor(
            [&] {
                active = await<QList<Aria2Download>>(
                    [&](QObject *c, auto done) { rpc.tellActive(c, done); });
                return active && active->ok() && active->value().size() == 1
                    && active->value().first().seeder;
            },
            15000);
        QVERIFY(active && active->ok());
        QCOMPARE(active->value().size(), 1);
        const Aria2Download download = active->value().first();
        QCOMPARE(download.name, QStringLiteral("demo-os"));
        QCOMPARE(download.totalLength, seeder.payloadBytes());
        QCOMPARE(download.completedLength, seeder.payloadBytes());
        QCOMPARE(download.infoHash.size(), 40);
        QVERIFY(download.seeder);

        const auto peers = await<QList<Aria2Peer>>(
            [&](QObject *c, auto done) { rpc.getPeers(download.gid, c, done); });
        QVERIFY(peers && peers->ok());
        QVERIFY(peers->value().isEmpty());

        const auto waiting = await<QList<Aria2Download>>(
            [&](QObject *c, auto done) { rpc.tellWaiting(0, 10, c, done); });
        QVERIFY(waiting && waiting->ok());
        QVERIFY(waiting->value().isEmpty());

        const auto stat
            = await<Aria2GlobalStat>([&](QObject *c, auto done) { rpc.getGlobalStat(c, done); });
        QVERIFY(stat && stat->ok());
        QCOMPARE(stat->value().numActive, 1);

        const auto unknownGid = await<QList<Aria2Peer>>([&](QObject *c, auto done) {
            rpc.getPeers(QStringLiteral("0123456789abcdef"), c, done);
        });
        QVERIFY(unknownGid && !unknownGid->ok());

        Aria2Rpc wrongSecret(seeder.port(), QStringLiteral("wrong"));
        const auto refused
            = await<Aria2Version>([&](QObject *c, auto done) { wrongSecret.getVersion(c, done); });
        QVERIFY(refused && !refused->ok());
        QVERIFY(refused->problems().first().message.contains(QStringLiteral("Unauthorized")));

        // A caller that went away is not called back, even once the answer is in.
        bool called = false;
        QNetworkReply *answer = nullptr;
        {
            QObject gone;
            rpc.getVersion(&gone, [&called](const Result<Aria2Version> &) { called = true; });
            const QList<QNetworkReply *> inFlight = rpc.findChildren<QNetworkReply *>();
            QCOMPARE(inFlight.size(), 1);
            answer = inFlight.first();
        }
        QSignalSpy answered(answer, &QNetworkReply::finished);
        QVERIFY(answered.wait(20000));
        QVERIFY(!called);

        seeder.stop();
        const auto afterStop
            = await<Aria2Version>([&](QObject *c, auto done) { rpc.getVersion(c, done); });
        QVERIFY(afterStop && !afterStop->ok());
        QVERIFY(afterStop->problems().first().message.startsWith(
            QStringLiteral("aria2 did not answer")));
    }
};

QTEST_GUILESS_MAIN(TestAria2Rpc)
#include "tst_aria2rpc.moc"

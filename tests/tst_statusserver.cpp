#include <serve/clientregistry.h>
#include <serve/statusserver.h>

#include "helpers/httpexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace bt;

namespace {

QByteArray post(const QString &path, const QByteArray &body)
{
    return "POST " + path.toUtf8()
        + " HTTP/1.1\r\nHost: 198.18.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray get(const QString &path)
{
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 198.18.0.1\r\n\r\n";
}

const QString Mac = QStringLiteral("52:54:00:12:34:56");

} // namespace

class TestStatusServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ClientRegistry> m_registry;
    std::unique_ptr<StatusServer> m_server;
    quint16 m_port = 0;

    QJsonObject registryJson() const { return m_registry->clientsToJson(); }

    // An error answers JSON {"error": ...} and leaves the registry alone.
    void expectError(const QByteArray &request, int code)
    {
        const QJsonObject before = registryJson();
        const Reply reply = exchange(m_port, request);
        QCOMPARE(reply.code, code);
        QVERIFY2(!reply.json.value(QStringLiteral("error")).toString().isEmpty(),
            reply.head.constData());
        QVERIFY(reply.head.contains("Content-Type: application/json"));
        QCOMPARE(registryJson(), before);
    }

private Q_SLOTS:
    void init()
    {
        m_registry = std::make_unique<ClientRegistry>();
        m_server = std::make_unique<StatusServer>(m_registry.get());
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
        m_port = m_server->serverPort();
    }

    void cleanup()
    {
        m_server.reset();
        m_registry.reset();
    }

    void refusesToListenOnEveryAddress()
    {
        StatusServer server(m_registry.get());
        QVERIFY(!server.listen(QHostAddress::Any, 0));
        QVERIFY(!server.listen(QHostAddress::AnyIPv4, 0));
        QVERIFY(!server.listen(QHostAddress::AnyIPv6, 0));
        QVERIFY(!server.errorString().isEmpty());
        QVERIFY(!server.isListening());
    }

    void postedStatusReachesTheRegistry()
    {
        QSignalSpy received(m_server.get(), &StatusServer::statusReceived);
        const Reply reply = exchange(m_port,
            post(QStringLiteral("/api/v1/clients/52:54:00:12:34:56"),
                R"({"state":"downloading","os":"debian","progress":42,"message":"3 peers"})"));
        QCOMPARE(reply.code, 200);
        QVERIFY(reply.closed);
        QCOMPARE(reply.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(
            reply.json.value(QStringLiteral("state")).toString(), QStringLiteral("downloading"));
        QVERIFY(reply.head.contains("Connection: close"));

        const auto record = m_registry->client(Mac);
        QVERIFY(record);
        QCOMPARE(record->state, ClientState::Downloading);
        QCOMPARE(record->os, QStringLiteral("debian"));
        QCOMPARE(record->progress, 42);
        QCOMPARE(record->message, QStringLiteral("3 peers"));
        QCOMPARE(record->ip, QStringLiteral("127.0.0.1"));

        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(0).toString(), Mac);
        QCOMPARE(received.first().at(1).value<ClientStatus>().state, ClientState::Downloading);
    }

    void acceptsUpperCaseAndEncodedMacs()
    {
        const Reply reply = exchange(m_port,
            post(QStringLiteral("/api/v1/clients/52%3A54%3A00%3A12%3A34%3A56"),
                R"({"state":"menu"})"));
        QCOMPARE(reply.code, 200);
        const Reply upper = exchange(m_port,
            post(
                QStringLiteral("/api/v1/clients/52-54-00-12-34-56"), R"({"state":"downloading"})"));
        QCOMPARE(upper.code, 200);
        QCOMPARE(m_registry->count(), 1);
        QCOMPARE(m_registry->client(Mac)->state, ClientState::Downloading);
    }

    void servesClientsAndSwarm()
    {
        exchange(m_port,
            post(QStringLiteral("/api/v1/clients/") + Mac, R"({"state":"booted","os":"freedos"})"));
        const Reply clients = exchange(m_port, get(QStringLiteral("/api/v1/clients")));
        QCOMPARE(clients.code, 200);
        const QJsonArray list = clients.json.value(QStringLiteral("clients")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("booted"));

        const Reply one = exchange(m_port, get(QStringLiteral("/api/v1/clients/") + Mac));
        QCOMPARE(one.code, 200);
        QCOMPARE(one.json.value(QStringLiteral("os")).toString(), QStringLiteral("freedos"));

        const Reply swarm = exchange(m_port, get(QStringLiteral("/api/v1/swarm?fresh=1")));
        QCOMPARE(swarm.code, 200);
        QVERIFY(swarm.json.contains(QStringLiteral("p2pShare")));
        QVERIFY(swarm.json.value(QStringLiteral("torrents")).isArray());
    }

    void clientTextArrivesWithoutControlCharacters()
    {
        // A fake "client ... booted" line and a terminal title change, in the message.
        const Reply reply = exchange(m_port,
            post(QStringLiteral("/api/v1/clients/") + Mac,
                "{\"state\":\"menu\",\"os\":\"deb\\u202eian\",\"message\":\"ok\\nclient "
                "52:54:00:00:00:01: booted\\u001b]0;owned\\u0007\"}"));
        QCOMPARE(reply.code, 200);
        const auto record = m_registry->client(Mac);
        QVERIFY(record);
        QCOMPARE(record->message, QStringLiteral("ok client 52:54:00:00:00:01: booted ]0;owned "));
        QCOMPARE(record->os, QStringLiteral("debian"));
        // Long text is cut, marked.
        exchange(m_port,
            post(QStringLiteral("/api/v1/clients/") + Mac,
                QByteArray("{\"state\":\"menu\",\"message\":\"") + QByteArray(5000, 'x') + "\"}"));
        QCOMPARE(m_registry->client(Mac)->message.size(), 1024);
        QVERIFY(m_registry->client(Mac)->message.endsWith(QChar(0x2026)));
        // An emoji (a surrogate pair) survives whole.
        exchange(m_port,
            post(QStringLiteral("/api/v1/clients/") + Mac,
                QByteArray("{\"state\":\"menu\",\"message\":\"\\ud83d\\ude80 up\"}")));
        QCOMPARE(m_registry->client(Mac)->message, QString::fromUtf8("\xf0\x9f\x9a\x80 up"));
    }

    void boundsWhatOneAddressAndAFloodCanRecord()
    {
        // 20,000 made-up MACs once grew serve to 139 MB.
        m_registry->setMaxClients(3);
        m_server->setLoopbackExempt(false);
        m_server->setPerAddressLimits(1000, 100000);
        auto report = [this](int i) {
            return exchange(m_port,
                post(QStringLiteral("/api/v1/clients/52:54:00:00:10:%1")
                         .arg(i, 2, 10, QLatin1Char('0')),
                    R"({"state":"menu"})"));
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(report(i).code, 200);
        QCOMPARE(report(3).code, 503);
        QCOMPARE(m_registry->count(), 3);
        QCOMPARE(report(0).code, 200); // known machines still report

        m_server->setPerAddressLimits(2, 100000); // this address already reported for 4
        QCOMPARE(report(4).code, 403);
        QCOMPARE(report(1).code, 200);

        m_server->setPerAddressLimits(1000, 2); // 2 posts per 10 s at most
        QCOMPARE(report(0).code, 429);
    }

    void aLeaseBelongsToItsAddress()
    {
        // With full DHCP the host leased every address.
        m_registry->setLeasesAuthoritative(true);
        m_registry->applyLeases(
            { { {}, QStringLiteral("52:54:00:00:20:01"), QStringLiteral("198.18.0.9"), {}, {} },
                { {}, QStringLiteral("52:54:00:00:20:02"), QStringLiteral("127.0.0.1"), {}, {} } });
        QCOMPARE(
            exchange(m_port,
                post(QStringLiteral("/api/v1/clients/52:54:00:00:20:01"), R"({"state":"menu"})"))
                .code,
            403);
        QCOMPARE(
            exchange(m_port,
                post(QStringLiteral("/api/v1/clients/52:54:00:00:20:02"), R"({"state":"menu"})"))
                .code,
            200);
        QCOMPARE(
            exchange(m_port,
                post(QStringLiteral("/api/v1/clients/52:54:00:00:20:03"), R"({"state":"menu"})"))
                .code,
            200);
        QVERIFY(!m_registry->client(QStringLiteral("52:54:00:00:20:01")));
    }

    void rejectsWhatIsNotAStatus()
    {
        const QString path = QStringLiteral("/api/v1/clients/") + Mac;
        expectError(
            post(QStringLiteral("/api/v1/clients/52:54:00:12:34"), R"({"state":"menu"})"), 400);
        expectError(
            post(QStringLiteral("/api/v1/clients/zz:54:00:12:34:56"), R"({"state":"menu"})"), 400);
        expectError(post(path, R"({"state":"menu")"), 400);
        expectError(post(path, R"(["menu"])"), 400);
        expectError(post(path, R"({"os":"debian"})"), 400);
        expectError(post(path, R"({"state":42})"), 400);
        expectError(post(path, R"({"state":"menu","progress":"ten"})"), 400);
        expectError(post(path, R"({"state":"dancing"})"), 422);
        expectError(post(path, R"({"state":"downloading","progress":101})"), 422);
        expectError(post(path, R"({"state":"downloading","progress":-1})"), 422);
        expectError(post(path, R"({"state":"menu","firmware":"coreboot"})"), 422);
        expectError(post(path, R"({"state":"menu","firmware":7})"), 400);
    }

    void keepsTheFirmwareAClientReports()
    {
        const Reply reply = exchange(m_port,
            post(QStringLiteral("/api/v1/clients/") + Mac,
                R"({"state":"phase1-up","firmware":"uefi-secureboot"})"));
        QCOMPARE(reply.code, 200);
        QCOMPARE(m_registry->client(Mac)->firmware, QStringLiteral("uefi-secureboot"));
    }

    void answersWrongMethodsAndPaths()
    {
        expectError("DELETE /api/v1/clients/52:54:00:12:34:56 HTTP/1.1\r\n\r\n", 405);
        expectError(post(QStringLiteral("/api/v1/clients"), R"({"state":"menu"})"), 405);
        expectError(post(QStringLiteral("/api/v1/swarm"), R"({})"), 405);
        expectError(get(QStringLiteral("/")), 404);
        expectError(get(QStringLiteral("/api/v2/clients")), 404);
        expectError(get(QStringLiteral("/api/v1/clients/52:54:00:00:00:99")), 404);
        const Reply reply
            = exchange(m_port, "PUT /api/v1/swarm HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(reply.head.contains("Allow: GET"));
    }

    void rejectsOversizeAndUnsupportedBodies()
    {
        const QString path = QStringLiteral("/api/v1/clients/") + Mac;
        expectError(
            post(path, "{\"state\":\"menu\",\"message\":\"" + QByteArray(20 * 1024, 'x') + "\"}"),
            413);
        expectError(
            "GET /api/v1/clients HTTP/1.1\r\nX-Big: " + QByteArray(9 * 1024, 'y') + "\r\n\r\n",
            431);
        expectError("POST " + path.toUtf8()
                + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            501);
        expectError("POST " + path.toUtf8() + " HTTP/1.1\r\n\r\n{}", 411);
        expectError("POST " + path.toUtf8() + " HTTP/1.1\r\nContent-Length: -4\r\n\r\n", 400);
        expectError("GET /api/v1/clients HTTP/2.0\r\n\r\n", 505);
        expectError("GET api/v1/clients HTTP/1.1\r\n\r\n", 400);
        expectError("GET /api/v1/clients HTTP/1.1\r\nno colon here\r\n\r\n", 400);
    }

    void survivesGarbageAndKeepsAnswering()
    {
        m_server->setConnectionTimeout(500);
        QRandomGenerator random(20241126);
        for (int i = 0; i < 20; ++i) {
            QByteArray noise(int(random.bounded(1, 4000)), '\0');
            for (char &c : noise)
                c = char(random.bounded(256));
            exchange(m_port, noise, 1500);
        }
        // Half requests: the connection ends at the timeout, not never.
        QElapsedTimer clock;
        clock.start();
        const Reply half = exchange(m_port,
            "POST /api/v1/clients/52:54:00:12:34:56 HTTP/1.1\r\nContent-Length: 40\r\n\r\n{\"sta",
            3000);
        QVERIFY(half.closed);
        QVERIFY(clock.elapsed() < 2500);
        exchange(m_port, "GET /api/v1/cli", 1500);
        exchange(m_port, QByteArray(64 * 1024, '\n'), 1500);

        const Reply reply = exchange(m_port, get(QStringLiteral("/api/v1/clients")));
        QCOMPARE(reply.code, 200);
        QCOMPARE(m_registry->count(), 0);
    }

    void closesSlowSendersAtTheTimeout()
    {
        m_server->setConnectionTimeout(400);
        QTcpSocket slow;
        bool closed = false;
        connect(&slow, &QTcpSocket::disconnected, this, [&] { closed = true; });
        slow.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(
            QTest::qWaitFor([&] { return slow.state() == QAbstractSocket::ConnectedState; }, 2000));
        const QByteArray request = get(QStringLiteral("/api/v1/clients"));
        int sent = 0;
        while (sent < request.size() && !closed) {
            slow.write(request.mid(sent++, 1));
            QTest::qWait(60); // the pace of a slow sender, not a wait for an event
        }
        QTRY_VERIFY_WITH_TIMEOUT(closed, 20000);
        // Cut off at the timeout, long before the whole request had trickled in.
        QVERIFY2(sent < request.size(), qPrintable(QString::number(sent)));
        QCOMPARE(exchange(m_port, get(QStringLiteral("/api/v1/swarm"))).code, 200);
    }

    void boundsConcurrentConnections()
    {
        m_server->setMaxConnections(5);
        m_server->setConnectionTimeout(3000);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 5; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        QVERIFY(QTest::qWaitFor([&] { return m_server->connectionCount() == 5; }, 3000));
        const Reply refused = exchange(m_port, get(QStringLiteral("/api/v1/clients")));
        QCOMPARE(refused.code, 503);
        idle.clear();
        QVERIFY(QTest::qWaitFor([&] { return m_server->connectionCount() == 0; }, 3000));
        QCOMPARE(exchange(m_port, get(QStringLiteral("/api/v1/clients"))).code, 200);
    }

    void manyConnectionsAtOnceAreAllAnswered()
    {
        // More than the default limit of 256 arrive together; the server
        // answers each (200 or 503) and then serves normally again.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int answered = 0;
        for (int i = 0; i < 300; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = socket.get();
            connect(raw, &QTcpSocket::connected, this,
                [raw] { raw->write(get(QStringLiteral("/api/v1/swarm"))); });
            connect(raw, &QTcpSocket::disconnected, this, [&answered] { ++answered; });
            raw->connectToHost(QHostAddress::LocalHost, m_port);
            sockets.push_back(std::move(socket));
        }
        QVERIFY(QTest::qWaitFor([&] { return answered == 300; }, 15000));
        QCOMPARE(exchange(m_port, get(QStringLiteral("/api/v1/clients"))).code, 200);
    }
};

QTEST_GUILESS_MAIN(TestStatusServer)
#include "tst_statusserver.moc"

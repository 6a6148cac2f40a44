// serve's admin API: the token (401 without it, 403 when wrong), never on a
// lab or wildcard address, and what it answers.
#include <serve/adminserver.h>
#include <serve/clientregistry.h>
#include <serve/logmodel.h>
#include <serve/servicegroup.h>
#include <serve/wavetracker.h>

#include "helpers/httpexchange.h"
#include "helpers/waverecords.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace bt;

namespace {

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &token = {})
{
    QByteArray text = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isNull())
        text += "Authorization: Bearer " + token + "\r\n";
    if (method == "POST")
        text += "Content-Length: 0\r\n";
    return text + "\r\n";
}

} // namespace

class TestAdminServer : public QObject
{
    Q_OBJECT

    ClientRegistry m_registry;
    ServiceGroup m_services;
    LogModel m_log;
    QByteArray m_token = AdminServer::newToken();

private Q_SLOTS:
    void refusesAddressesTheLabCouldReach()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        QVERIFY(!server.listen(QHostAddress::LocalHost, 0, {})); // no token yet
        server.setToken(m_token);
        QVERIFY(!server.listen(QHostAddress::Any, 0, {}));
        QVERIFY(!server.listen(QHostAddress::LocalHost, 0, { QHostAddress::LocalHost }));
        QVERIFY2(server.errorString().contains(QStringLiteral("lab address")),
            qPrintable(server.errorString()));
        QVERIFY(server.listen(
            QHostAddress::LocalHost, 0, { QHostAddress(QStringLiteral("198.18.0.1")) }));
    }

    void everyRequestNeedsTheToken()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        server.setToken(m_token);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));
        const quint16 port = server.serverPort();

        const Reply missing = exchange(port, request("GET", "/api/v1/clients"));
        QCOMPARE(missing.code, 401);
        QVERIFY(missing.head.contains("WWW-Authenticate: Bearer"));
        QCOMPARE(exchange(port, request("GET", "/api/v1/clients", "nope")).code, 403);
        QByteArray wrong = m_token;
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        QCOMPARE(exchange(port, request("GET", "/api/v1/clients", wrong)).code, 403);
        QSignalSpy stop(&server, &AdminServer::stopRequested);
        QCOMPARE(exchange(port, request("POST", "/api/v1/stop", wrong)).code, 403);
        QCOMPARE(stop.size(), 0);

        const Reply clients = exchange(port, request("GET", "/api/v1/clients", m_token));
        QCOMPARE(clients.code, 200);
        QVERIFY(clients.json.value(QStringLiteral("clients")).isArray());
        QCOMPARE(exchange(port, request("GET", "/api/v1/swarm", m_token)).code, 200);
        const Reply services = exchange(port, request("GET", "/api/v1/services", m_token));
        QCOMPARE(services.code, 200);
        QVERIFY(services.json.value(QStringLiteral("services")).isArray());
        QCOMPARE(exchange(port, request("GET", "/api/v1/nothing", m_token)).code, 404);

        QCOMPARE(exchange(port, request("POST", "/api/v1/stop", m_token)).code, 200);
        QCOMPARE(stop.size(), 1);

        QSignalSpy restart(&server, &AdminServer::restartRequested);
        QCOMPARE(exchange(port, request("POST", "/api/v1/restart", wrong)).code, 403);
        QCOMPARE(restart.size(), 0);
        QCOMPARE(exchange(port, request("POST", "/api/v1/restart", m_token)).code, 202);
        QCOMPARE(restart.size(), 1);
        QCOMPARE(exchange(port, request("GET", "/api/v1/restart", m_token)).code, 404);
    }

    void tellsTheServingState()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        server.setToken(m_token);
        server.setServingState(QStringLiteral("running"));
        server.setEnvironment(QStringLiteral("/srv/lab"));
        server.setNetworkAlert(QStringLiteral("another DHCP server"));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));
        QCOMPARE(exchange(server.serverPort(), request("GET", "/api/v1/state")).code, 401);
        const Reply state = exchange(server.serverPort(), request("GET", "/api/v1/state", m_token));
        QCOMPARE(state.code, 200);
        QCOMPARE(state.json.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(
            state.json.value(QStringLiteral("environment")).toString(), QStringLiteral("/srv/lab"));
        QCOMPARE(state.json.value(QStringLiteral("pid")).toInteger(),
            QCoreApplication::applicationPid());
        QCOMPARE(state.json.value(QStringLiteral("networkAlert")).toString(),
            QStringLiteral("another DHCP server"));
    }

    void streamsTheLogBySequenceNumber()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        server.setToken(m_token);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));
        for (int i = 0; i < 3; ++i)
            m_log.append({ QDateTime::currentDateTime(), QStringLiteral("dnsmasq"),
                LogSeverity::Info, QStringLiteral("line %1").arg(i) });
        QTRY_COMPARE(m_log.rowCount(), 3);
        const Reply all
            = exchange(server.serverPort(), request("GET", "/api/v1/log?since=0", m_token));
        QCOMPARE(all.code, 200);
        const QJsonArray lines = all.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("line 2"));
        const qint64 second = lines.at(1).toObject().value(QStringLiteral("seq")).toInteger();
        const Reply rest = exchange(server.serverPort(),
            request("GET", "/api/v1/log?since=" + QByteArray::number(second), m_token));
        QCOMPARE(rest.json.value(QStringLiteral("lines")).toArray().size(), 1);
        QCOMPARE(exchange(server.serverPort(), request("GET", "/api/v1/log?since=x", m_token)).code,
            400);
    }

    void reportsTheWaveAndSettlesItOnTheAdminsWord()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        WaveTracker waves;
        waves.setClock([] { return test::kWaveT0; }); // its timer settles nothing
        server.setWaves(&waves);
        server.setToken(m_token);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));
        const quint16 port = server.serverPort();

        const Reply none = exchange(port, request("GET", "/api/v1/report", m_token));
        QCOMPARE(none.code, 200);
        QCOMPARE(none.json.value(QStringLiteral("status")).toString(), QStringLiteral("none"));
        QCOMPARE(exchange(port, request("POST", "/api/v1/report/settle", m_token)).code, 409);

        waves.observe({ test::bootedRecord(QStringLiteral("52:54:00:18:00:01"), 0),
                          test::waveRecord(QStringLiteral("52:54:00:18:00:02"),
                              { { ClientState::Discovered, 2 }, { ClientState::Leased, 3 } }) },
            test::kWaveT0.addSecs(90));
        const Reply running = exchange(port, request("GET", "/api/v1/report", m_token));
        QCOMPARE(
            running.json.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(running.json.value(QStringLiteral("machines")).toArray().size(), 2);

        const Reply settled = exchange(port, request("POST", "/api/v1/report/settle", m_token));
        QCOMPARE(settled.code, 200);
        QCOMPARE(
            settled.json.value(QStringLiteral("status")).toString(), QStringLiteral("settled"));
        QCOMPARE(
            settled.json.value(QStringLiteral("settledBy")).toString(), QStringLiteral("admin"));
        QVERIFY(!waves.isRunning());
        const Reply last = exchange(port, request("GET", "/api/v1/report", m_token));
        QCOMPARE(last.json.value(QStringLiteral("summary")).toString(),
            QStringLiteral("1 machine booted in 1 min 20 s, 1 still booting"));
        QCOMPARE(exchange(port, request("GET", "/api/v1/report/settle", m_token)).code, 404);
        QCOMPARE(exchange(port, request("POST", "/api/v1/report", m_token)).code, 404);
    }

    void theReportNeedsTheTokenToo()
    {
        AdminServer server(&m_registry, &m_services, &m_log);
        WaveTracker waves;
        waves.setClock([] { return test::kWaveT0; });
        waves.observe({ test::bootedRecord(QStringLiteral("52:54:00:18:00:01"), 0) },
            test::kWaveT0.addSecs(81));
        server.setWaves(&waves);
        server.setToken(m_token);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));
        const quint16 port = server.serverPort();
        QCOMPARE(exchange(port, request("GET", "/api/v1/report")).code, 401);
        QCOMPARE(exchange(port, request("GET", "/api/v1/report", "nope")).code, 403);
        QCOMPARE(exchange(port, request("POST", "/api/v1/report/settle")).code, 401);
        QCOMPARE(exchange(port, request("POST", "/api/v1/report/settle", "nope")).code, 403);
        QVERIFY(waves.isRunning()); // nobody without the token settles the wave
    }
};

QTEST_GUILESS_MAIN(TestAdminServer)
#include "tst_adminserver.moc"

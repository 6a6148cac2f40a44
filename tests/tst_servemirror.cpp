// The app's one view of a serve: a ServeMirror polling a real AdminServer
// over loopback mirrors the registry's clients (with their history and
// bytes), the swarm, the services, the state and the log; it is refused
// without the right token, notices when serve goes away, and stops it.
#include <serve/adminserver.h>
#include <serve/clientregistry.h>
#include <serve/logmodel.h>
#include <serve/servemirror.h>
#include <serve/servicegroup.h>
#include <serve/swarmsnapshot.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bt;

namespace {

const QString Mac = QStringLiteral("52:54:00:aa:bb:01");

ClientStatus status(ClientState state, int progress = 0)
{
    ClientStatus s;
    s.state = state;
    s.ip = QStringLiteral("198.18.0.101");
    s.os = QStringLiteral("debian");
    s.progress = progress;
    s.completedBytes = progress * 1000;
    s.totalBytes = 100000;
    s.time = QDateTime::currentDateTime();
    return s;
}

} // namespace

class TestServeMirror : public QObject
{
    Q_OBJECT

    ClientRegistry m_registry;
    ServiceGroup m_services;
    LogModel m_log;
    QByteArray m_token = AdminServer::newToken();
    std::unique_ptr<AdminServer> m_server;

    AdminEndpoint endpoint(const QByteArray &token) const
    {
        AdminEndpoint e;
        e.host = QStringLiteral("127.0.0.1");
        e.port = m_server->serverPort();
        e.token = token;
        return e;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<AdminServer>(&m_registry, &m_services, &m_log);
        m_server->setToken(m_token);
        m_server->setServingState(QStringLiteral("running"));
        m_server->setEnvironment(QStringLiteral("/srv/lab"));
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, {}));
    }

    void cleanup() { m_server.reset(); }

    void mirrorsWhatServeKnows()
    {
        m_registry.applyStatus(Mac, status(ClientState::Menu));
        m_registry.applyStatus(Mac, status(ClientState::Downloading, 40));
        m_registry.flush();
        m_log.append({ QDateTime::currentDateTime(), QStringLiteral("aria2c"), LogSeverity::Warning,
            QStringLiteral("first line") });
        m_log.flush();
        m_server->setNetworkAlert(QStringLiteral("another DHCP server answers"));

        ServeMirror mirror;
        mirror.setInterval(100);
        QSignalSpy changed(&mirror, &ServeMirror::clientsChanged);
        mirror.attach(endpoint(m_token));
        QCOMPARE(mirror.link(), ServeMirror::Link::Connecting);
        QTRY_COMPARE(mirror.link(), ServeMirror::Link::Attached);
        QCOMPARE(mirror.servingState(), QStringLiteral("running"));
        QCOMPARE(mirror.environment(), QStringLiteral("/srv/lab"));
        QCOMPARE(mirror.pid(), QCoreApplication::applicationPid());
        QCOMPARE(mirror.networkAlert(), QStringLiteral("another DHCP server answers"));
        QCOMPARE(mirror.count(), 1);
        // The same record as the registry's, history and all.
        QCOMPARE(mirror.clients().first(), *m_registry.client(Mac));
        QCOMPARE(mirror.clients().first().transitions.size(),
            m_registry.client(Mac)->transitions.size());
        QCOMPARE(changed.size(), 1);
        QTRY_COMPARE(mirror.log()->rowCount(), 1);
        QCOMPARE(mirror.log()->line(0).text, QStringLiteral("first line"));
        QCOMPARE(int(mirror.log()->line(0).severity), int(LogSeverity::Warning));

        // A change arrives by MAC; the log continues from its sequence number.
        const int polls = mirror.pollCount();
        m_registry.applyStatus(Mac, status(ClientState::Sharing, 100));
        m_registry.flush();
        m_log.append({ QDateTime::currentDateTime(), QStringLiteral("dnsmasq"), LogSeverity::Info,
            QStringLiteral("second line") });
        m_log.flush();
        QTRY_VERIFY(mirror.pollCount() > polls + 1);
        QCOMPARE(mirror.clients().first().state, ClientState::Sharing);
        QCOMPARE(changed.last().first().value<QList<QString>>(), QList<QString> { Mac });
        QCOMPARE(mirror.log()->rowCount(), 2);
        QCOMPARE(mirror.log()->line(1).text, QStringLiteral("second line"));
        // Unchanged polls announce nothing.
        const qsizetype announced = changed.size();
        const int later = mirror.pollCount();
        QTRY_VERIFY(mirror.pollCount() > later + 1);
        QCOMPARE(changed.size(), announced);
        QCOMPARE(mirror.swarm(), m_registry.swarm());
    }

    void readsTheMachineBookBoundedAndChecked()
    {
        ServeMirror mirror;
        QSignalSpy changed(&mirror, &ServeMirror::machinesChanged);
        const QJsonArray list {
            QJsonObject { { QStringLiteral("mac"), QStringLiteral("52-54-00-AA-00-01") },
                { QStringLiteral("name"), QString(500, QLatin1Char('x')) },
                { QStringLiteral("timeout"), 1e12 },
                { QStringLiteral("lastSeen"), QStringLiteral("2026-11-30T10:00:00Z") } },
            QJsonObject { { QStringLiteral("mac"), QStringLiteral("52:54:00:aa:00:01") } }, // twice
            QJsonObject { { QStringLiteral("mac"), QStringLiteral("not a mac") } },
            QJsonValue(42),
            QJsonObject { { QStringLiteral("mac"), QStringLiteral("52:54:00:aa:00:02") },
                { QStringLiteral("name"), 7 } },
        };
        mirror.applyMachines(QJsonObject { { QStringLiteral("machines"), list } });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(mirror.machines().size(), 2);
        const KnownMachine first = mirror.machines().at(0);
        QCOMPARE(first.mac, QStringLiteral("52:54:00:aa:00:01"));
        QCOMPARE(first.name.size(), MachineBook::MaxNameLength);
        QCOMPARE(first.timeout, std::optional<int>(86400));
        QVERIFY(first.lastSeen.isValid());
        QVERIFY(mirror.machines().at(1).name.isEmpty());
        // The same answer again announces nothing.
        mirror.applyMachines(QJsonObject { { QStringLiteral("machines"), list } });
        QCOMPARE(changed.size(), 1);
    }

    void refusesWithoutTheRightToken()
    {
        ServeMirror mirror;
        mirror.attach(endpoint({}));
        QTRY_COMPARE(mirror.link(), ServeMirror::Link::Refused);
        QVERIFY2(mirror.linkError().contains(QStringLiteral("wants its token")),
            qPrintable(mirror.linkError()));
        QByteArray wrong = m_token;
        wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
        mirror.attach(endpoint(wrong));
        QTRY_COMPARE(mirror.link(), ServeMirror::Link::Refused);
        QVERIFY2(mirror.linkError().contains(QStringLiteral("refused the token")),
            qPrintable(mirror.linkError()));
        QCOMPARE(mirror.count(), 0);
        QVERIFY(mirror.servingState().isEmpty());
    }

    void noticesWhenServeIsGoneAndStopsIt()
    {
        ServeMirror mirror;
        mirror.setInterval(100);
        mirror.attach(endpoint(m_token));
        QTRY_COMPARE(mirror.link(), ServeMirror::Link::Attached);
        QSignalSpy stop(m_server.get(), &AdminServer::stopRequested);
        QString answer = QStringLiteral("none");
        mirror.requestStop([&](const QString &error) { answer = error; });
        QTRY_COMPARE(stop.size(), 1);
        QTRY_VERIFY(answer.isEmpty());
        m_server->close();
        QTRY_COMPARE(mirror.link(), ServeMirror::Link::Lost);
        QVERIFY(!mirror.linkError().isEmpty());
        // What it said last stays for a look.
        QCOMPARE(mirror.servingState(), QStringLiteral("running"));
    }

    void nothingAnswersAtAWrongAddress()
    {
        const quint16 port = m_server->serverPort();
        m_server.reset();
        ServeMirror mirror;
        AdminEndpoint e;
        e.host = QStringLiteral("127.0.0.1");
        e.port = port;
        e.token = m_token;
        mirror.attach(e);
        QTRY_VERIFY(!mirror.linkError().isEmpty());
        QCOMPARE(mirror.link(), ServeMirror::Link::Connecting);
        m_server = std::make_unique<AdminServer>(&m_registry, &m_services, &m_log);
    }

    void readsAddressesAsTheRuntimeFileWritesThem()
    {
        QCOMPARE(AdminEndpoint::parse(QStringLiteral("127.0.0.1:40123"))->port, 40123);
        QCOMPARE(AdminEndpoint::parse(QStringLiteral("[::1]:8292"))->host, QStringLiteral("::1"));
        QCOMPARE(AdminEndpoint::parse(QStringLiteral("[::1]:8292"))->address(),
            QStringLiteral("[::1]:8292"));
        for (const char *bad :
            { "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "::1:80", "host:80", ":80" })
            QVERIFY2(!AdminEndpoint::parse(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestServeMirror)
#include "tst_servemirror.moc"

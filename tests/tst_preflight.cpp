#include "serve/preflight.h"

#include "environment/environment.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

using namespace bt;

namespace {

const QString Yaml = QStringLiteral("Boottorrent.yaml");

quint16 freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Loopback, no DHCP/TFTP, free high ports: nothing should stand in the way.
PreflightInput loopbackInput()
{
    PreflightInput input;
    input.interface = QStringLiteral("lo");
    input.hostIp = QStringLiteral("127.0.0.1");
    input.dhcp = false;
    input.tftp = false;
    input.tracker = true;
    input.trackerPort = freeTcpPort();
    do {
        input.aria2ListenPort = freeTcpPort();
        input.aria2RpcPort = freeTcpPort();
        input.statusPort = freeTcpPort();
        input.webSeedPort = freeTcpPort();
    } while (QSet<int> { input.trackerPort, input.aria2ListenPort, input.aria2RpcPort,
                 input.statusPort, input.webSeedPort }
                 .size()
        != 5);
    input.programs = QStringList { QStringLiteral("aria2c"), QStringLiteral("opentracker") };
    return input;
}

QString us()
{
    return QStringLiteral("tst_preflight (pid %1)").arg(QCoreApplication::applicationPid());
}

// Runs with PATH pointing at an empty folder.
struct EmptyPath
{
    QTemporaryDir dir;
    QByteArray saved = qgetenv("PATH");
    EmptyPath() { qputenv("PATH", QFile::encodeName(dir.path())); }
    ~EmptyPath() { qputenv("PATH", saved); }
};

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allClearOnLoopbackWithFreePorts()
    {
        const Problems problems = Preflight::run(loopbackInput());
        QVERIFY2(problems.isEmpty(), qPrintable(toString(problems)));
    }

    void reportsMissingProgramsWithThePackageToInstall()
    {
        EmptyPath path;
        const Problems problems = Preflight::checkPrograms({ QStringLiteral("aria2c"),
            QStringLiteral("opentracker"), QStringLiteral("bt-no-such-tool") });
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0],
            (Problem { {}, {}, QStringLiteral("aria2c not found: install the aria2 package") }));
        QCOMPARE(problems[1],
            (Problem { Yaml, QStringLiteral("opentracker.enable"),
                QStringLiteral("opentracker not found: install the opentracker package or set "
                               "opentracker.enable: false") }));
        QCOMPARE(problems[2].message,
            QStringLiteral("bt-no-such-tool not found: install the bt-no-such-tool package"));
    }

    void findsProgramsInSbinOutsidePath()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/dnsmasq")))
            QSKIP("dnsmasq is not installed in /usr/sbin");
        EmptyPath path;
        QCOMPARE(
            Preflight::findProgram(QStringLiteral("dnsmasq")), QStringLiteral("/usr/sbin/dnsmasq"));
        QVERIFY(Preflight::checkPrograms({ QStringLiteral("dnsmasq") }).isEmpty());
    }

    void reportsAnInterfaceThatDoesNotExist()
    {
        QStringList names;
        for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces())
            names << iface.name();
        const Problems problems
            = Preflight::checkInterface(QStringLiteral("btnosuchif0"), QStringLiteral("127.0.0.1"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("dnsmasq.interface"),
                QStringLiteral("interface btnosuchif0 does not exist: connect the lab network "
                               "adapter or change "
                               "dnsmasq.interface (this host has: %1)")
                    .arg(names.join(QStringLiteral(", "))) }));
    }

    void reportsAnInterfaceThatDoesNotCarryHostIp()
    {
        const Problems problems
            = Preflight::checkInterface(QStringLiteral("lo"), QStringLiteral("198.18.0.1"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("boottorrent.host_ip"),
                QStringLiteral("interface lo does not carry 198.18.0.1: assign it (ip addr add "
                               "198.18.0.1/24 dev lo) "
                               "or change boottorrent.host_ip") }));
    }

    void reportsAHostIpThatIsNotAnAddress()
    {
        const Problems problems
            = Preflight::checkInterface(QStringLiteral("lo"), QStringLiteral("192.168.1"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].keyPath, QStringLiteral("boottorrent.host_ip"));
    }

    void reportsATakenTrackerTcpPortAndItsHolder()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        PreflightInput input = loopbackInput();
        input.trackerPort = holder.serverPort();
        const Problems problems = Preflight::run(input);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("opentracker.port"),
                QStringLiteral("TCP port %1 (opentracker) on 127.0.0.1 is already in use by %2: "
                               "stop it or change opentracker.port")
                    .arg(input.trackerPort)
                    .arg(us()) }));
    }

    void reportsATakenTrackerUdpPort()
    {
        QUdpSocket holder;
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
        PreflightInput input = loopbackInput();
        input.trackerPort = holder.localPort();
        const Problems problems = Preflight::checkPorts(input);
        QVERIFY2(problems.size() == 1, qPrintable(toString(problems)));
        QCOMPARE(problems[0].message,
            QStringLiteral("UDP port %1 (opentracker) on 127.0.0.1 is already in use by %2: stop "
                           "it or change opentracker.port")
                .arg(input.trackerPort)
                .arg(us()));
    }

    void reportsATakenAria2PortOnAnyAddress()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        PreflightInput input = loopbackInput();
        input.aria2ListenPort = holder.serverPort();
        const Problems problems = Preflight::checkPorts(input);
        QVERIFY2(problems.size() == 1, qPrintable(toString(problems)));
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("aria2.listen_port"),
                QStringLiteral("TCP port %1 (aria2 BitTorrent) is already in use by %2: stop it or "
                               "change aria2.listen_port")
                    .arg(input.aria2ListenPort)
                    .arg(us()) }));
    }

    void reportsATakenWebSeedPortAndSkipsItWhenOff()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        PreflightInput input = loopbackInput();
        input.webSeedPort = holder.serverPort();
        const Problems problems = Preflight::checkPorts(input);
        QVERIFY2(problems.size() == 1, qPrintable(toString(problems)));
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("boottorrent.web_seed_port"),
                QStringLiteral(
                    "TCP port %1 (web seed) on 127.0.0.1 is already in use by %2: stop it or "
                    "change boottorrent.web_seed_port (0 turns the web seed off)")
                    .arg(input.webSeedPort)
                    .arg(us()) }));
        input.webSeedPort = 0;
        QVERIFY(Preflight::checkPorts(input).isEmpty());
    }

    void reportsTwoServicesOnOnePort()
    {
        PreflightInput input = loopbackInput();
        input.statusPort = input.aria2RpcPort;
        const Problems problems = Preflight::checkPorts(input);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("boottorrent.status_port"),
                QStringLiteral("boottorrent.status_port is %1 like aria2.rpc_port: give each "
                               "service its own port")
                    .arg(input.statusPort) }));
    }

    void skipsTheTrackerPortWhenTheTrackerIsOff()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        PreflightInput input = loopbackInput();
        input.tracker = false;
        input.trackerPort = holder.serverPort();
        QVERIFY(Preflight::checkPorts(input).isEmpty());
    }

    void reportsATakenTftpPortWhenTftpIsOn()
    {
        if (::geteuid() != 0)
            QSKIP("binding UDP port 69 needs root");
        QUdpSocket holder;
        if (!holder.bind(QHostAddress::LocalHost, 69, QAbstractSocket::DontShareAddress))
            QSKIP("UDP port 69 on 127.0.0.1 is held by someone else");
        PreflightInput input = loopbackInput();
        input.tftp = true;
        const Problems problems = Preflight::checkPorts(input);
        QVERIFY2(problems.size() == 1, qPrintable(toString(problems)));
        QCOMPARE(problems[0],
            (Problem { Yaml, QStringLiteral("dnsmasq.enable_tftp"),
                QStringLiteral("UDP port 69 (TFTP) on 127.0.0.1 is already in use by %1: stop it "
                               "or set dnsmasq.enable_tftp: false")
                    .arg(us()) }));
    }

    void rootMayServeDhcpAndTftp()
    {
        if (::geteuid() != 0)
            QSKIP("runs as root only");
        PreflightInput input = loopbackInput();
        input.dhcp = true;
        QVERIFY(Preflight::checkPrivileges(input).isEmpty());
    }

    void takesSettingsAndProgramsFromTheEnvironment()
    {
        Environment environment;
        BootSettings boot = environment.boot();
        boot.hostIp = QStringLiteral("198.18.0.1");
        boot.statusPort = 18290;
        environment.setBoot(boot);
        DnsmasqSettings dnsmasq = environment.dnsmasq();
        dnsmasq.interface = QStringLiteral("btlab0");
        dnsmasq.enableDhcp = false;
        dnsmasq.enableTftp = true;
        environment.setDnsmasq(dnsmasq);
        OpentrackerSettings tracker = environment.opentracker();
        tracker.enable = false;
        tracker.port = 16969;
        environment.setOpentracker(tracker);
        Aria2Settings aria2 = environment.aria2();
        aria2.listenPort = 16881;
        aria2.rpcPort = 16800;
        environment.setAria2(aria2);

        const PreflightInput input = PreflightInput::fromEnvironment(environment);
        QCOMPARE(input.interface, QStringLiteral("btlab0"));
        QCOMPARE(input.hostIp, QStringLiteral("198.18.0.1"));
        QVERIFY(!input.dhcp);
        QVERIFY(input.tftp);
        QVERIFY(!input.tracker);
        QCOMPARE(input.trackerPort, 16969);
        QCOMPARE(input.aria2ListenPort, 16881);
        QCOMPARE(input.aria2RpcPort, 16800);
        QCOMPARE(input.statusPort, 18290);
        QCOMPARE(
            input.programs, (QStringList { QStringLiteral("dnsmasq"), QStringLiteral("aria2c") }));
    }

    void needsNoPrivilegesWithoutDhcpAndTftp()
    {
        QVERIFY(Preflight::checkPrivileges(loopbackInput()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"

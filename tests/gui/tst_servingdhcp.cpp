// Start Serving on a network that already has a DHCP server. The test moves
// itself into a network namespace of its own (root only), with a veth pair:
// a "site" dnsmasq on one end hands out addresses, as a school's router does;
// the environment serves full DHCP on the other. The window must refuse to
// start any service and say how to join such a network; the editor proposes
// proxy mode (the host's address has a lifetime, as one from DHCP has), and
// one click switches to it, with the network taken from the interface, after
// which serving starts beside the site's server.
#include "builder/builder.h"
#include "serve/servemirror.h"
#include "serve/serveruntime.h"
#include "ui/environmentdocument.h"
#include "ui/environmenteditor.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sched.h>
#include <unistd.h>

using namespace bt;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestServingDhcp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QProcess m_site;
    QString m_ip;
    QString m_siteNamespace;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(BT_VERSION));
        if (::geteuid() != 0)
            QSKIP("a network namespace of its own needs root");
        const QString ip = QStandardPaths::findExecutable(
            QStringLiteral("ip"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        const QString dnsmasq = QStandardPaths::findExecutable(
            QStringLiteral("dnsmasq"), { QStringLiteral("/usr/sbin") });
        QVERIFY2(!ip.isEmpty() && !dnsmasq.isEmpty(),
            "ip and dnsmasq are needed (scripts/setup installs them)");
        // Only this (the GUI) thread and the processes it starts move: every
        // socket and child of the test lives in the new namespace.
        QVERIFY2(::unshare(CLONE_NEWNET) == 0, "unshare(CLONE_NEWNET) failed");
        QVERIFY(run(ip,
            { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                QStringLiteral("up") }));
        QVERIFY(run(ip,
            { QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("lab0"),
                QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
                QStringLiteral("name"), QStringLiteral("site0") }));
        QVERIFY(run(ip,
            { QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("198.18.5.1/24"),
                QStringLiteral("dev"), QStringLiteral("lab0"), QStringLiteral("valid_lft"),
                QStringLiteral("3600"), QStringLiteral("preferred_lft"), QStringLiteral("3600") }));
        // The site's end in a namespace of its own: within one namespace the
        // kernel drops a packet whose source address is its own.
        m_siteNamespace = QStringLiteral("btsite%1").arg(::getpid());
        QVERIFY(run(ip, { QStringLiteral("netns"), QStringLiteral("add"), m_siteNamespace }));
        m_ip = ip;
        QVERIFY(run(ip,
            { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("site0"),
                QStringLiteral("netns"), m_siteNamespace }));
        QVERIFY(run(ip,
            { QStringLiteral("-n"), m_siteNamespace, QStringLiteral("addr"), QStringLiteral("add"),
                QStringLiteral("198.18.5.254/24"), QStringLiteral("dev"),
                QStringLiteral("site0") }));
        QVERIFY(run(ip,
            { QStringLiteral("-n"), m_siteNamespace, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("site0"), QStringLiteral("up") }));
        QVERIFY(run(ip,
            { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lab0"),
                QStringLiteral("up") }));

        m_site.setProgram(ip);
        m_site.setArguments({ QStringLiteral("netns"), QStringLiteral("exec"), m_siteNamespace,
            dnsmasq, QStringLiteral("--keep-in-foreground"),
            QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--port=0"),
            QStringLiteral("--interface=site0"), QStringLiteral("--bind-interfaces"),
            QStringLiteral("--dhcp-range=198.18.5.50,198.18.5.90,255.255.255.0,1h"),
            QStringLiteral("--no-ping"),
            QStringLiteral("--dhcp-leasefile=") + m_tmp.filePath(QStringLiteral("site.leases")),
            QStringLiteral("--pid-file=") + m_tmp.filePath(QStringLiteral("site.pid")),
            QStringLiteral("--log-facility=") + m_tmp.filePath(QStringLiteral("site.log")),
            QStringLiteral("--log-dhcp") });
        m_site.start();
        QVERIFY(m_site.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_tmp.filePath(QStringLiteral("site.pid"))), 5000);
    }

    void cleanupTestCase()
    {
        if (m_site.state() != QProcess::NotRunning) {
            m_site.terminate();
            if (!m_site.waitForFinished(5000))
                m_site.kill();
            m_site.waitForFinished(5000);
        }
        if (!m_siteNamespace.isEmpty())
            run(m_ip, { QStringLiteral("netns"), QStringLiteral("del"), m_siteNamespace });
    }

    void refusesFullDhcpBesideAnotherServer()
    {
        const QString env = m_tmp.filePath(QStringLiteral("env"));
        QVERIFY(writeFile(env + QStringLiteral("/Boottorrent.yaml"),
            "boottorrent: {version: 0, timeout: 5, default_os: tool, seed_time: 30, host_ip: "
            "198.18.5.9}\n"
            "dnsmasq: {enable_dhcp: true, interface: lab0, bind_interfaces: true,\n"
            "          dhcp_range: \"198.18.5.100,198.18.5.150,255.255.255.0,1h\", enable_tftp: "
            "true}\n"
            "opentracker: {enable: true, port: 10001}\n"
            "aria2: {bt_enable_lpd: false, enable_peer_exchange: true, console_log_level: "
            "error}\n"));
        QVERIFY(writeFile(env + QStringLiteral("/oss/tool/config.yaml"),
            "{dispname: Tool, method: bin, bin: run}\n"));
        QVERIFY(writeFile(env + QStringLiteral("/oss/tool/run"), "#!/bin/sh\necho tool\n"));
        Builder::Options options;
        options.phase1Dir = m_tmp.filePath(QStringLiteral("no-phase1"));
        const Result<Environment> loaded = Environment::load(env);
        QVERIFY2(loaded.ok(), qPrintable(toString(loaded.problems())));
        QVERIFY(Builder::build(loaded.value(), options).ok());

        MainWindow window;
        window.setDialogsEnabled(false);
        window.setBuildOptions(options);
        window.setServeLauncherOptions(
            QStringLiteral(BT_BOOTTORRENT), { QStringLiteral("--phase1"), options.phase1Dir });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openEnvironment(env));
        QVERIFY2(window.serveAction()->isEnabled(), qPrintable(window.blockedReason()));
        window.serveAction()->trigger();
        // The window answers while the network is asked.
        QVERIFY(window.statusBar()->currentMessage().contains(
            QStringLiteral("Looking for other DHCP servers on lab0")));
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(
                                      QStringLiteral("already has a DHCP server")),
            qPrintable(window.statusBar()->currentMessage()), 10000);
        QVERIFY(!window.isServing());
        QFile log(m_tmp.filePath(QStringLiteral("site.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("DHCPOFFER(site0)"));
        QVERIFY(
            window.serveAction()->isEnabled()); // the user can switch to proxy mode and start again

        // The editor explains the mode and, lab0's address being leased, proposes proxy mode.
        const QLabel *mode = window.editor()->dhcpModeLabel();
        QVERIFY(mode->isVisibleTo(&window));
        QVERIFY2(mode->text().contains(QStringLiteral("Full DHCP"))
                && mode->text().contains(QStringLiteral("lab0 got its address from a DHCP server")),
            qPrintable(mode->text()));

        // One click: proxy mode, host address and network from lab0.
        QVERIFY(window.proxyDhcpAction()->isEnabled());
        window.proxyDhcpAction()->trigger();
        const Environment switched = window.document()->environment();
        QVERIFY(switched.dnsmasq().proxyDhcp);
        QCOMPARE(switched.boot().hostIp, QStringLiteral("198.18.5.1"));
        QCOMPARE(switched.dnsmasq().dhcpRange,
            QStringLiteral("198.18.5.100,198.18.5.199,255.255.255.0,1h"));
        QVERIFY(!window.proxyDhcpAction()->isEnabled());
        QVERIFY2(mode->text().startsWith(QStringLiteral("Proxy DHCP")), qPrintable(mode->text()));

        // Serving starts beside the site's server (after building the change).
        QVERIFY(window.serveAction()->isEnabled());
        window.serveAction()->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(window.serveMirror()->servingState() == QStringLiteral("running"),
            qPrintable(window.statusBar()->currentMessage()), 60000);
        QVERIFY(!window.statusBar()->currentMessage().contains(
            QStringLiteral("no DHCP server answered")));
        QFile conf(env + QStringLiteral("/out/dnsmasq/dnsmasq.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(conf.readAll().contains("dhcp-range=198.18.5.100,proxy"));
        window.stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 30000);
        // The refused start's output file, which the window keeps.
        QFile::remove(ServeRuntime::baseName(ServeRuntime::dir(), env) + QStringLiteral(".log"));
    }
};

QTEST_MAIN(TestServingDhcp)
#include "tst_servingdhcp.moc"

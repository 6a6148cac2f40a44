#include "serve/adminclient.h"
#include "serve/logmodel.h"
#include "serve/servemirror.h"
#include "serve/serveruntime.h"
#include "ui/buildpanel.h"
#include "ui/clienttablemodel.h"
#include "ui/dashboardpanel.h"
#include "ui/environmentdocument.h"
#include "ui/logdock.h"
#include "ui/logfilterproxy.h"
#include "ui/mainwindow.h"
#include "ui/servicetablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <csignal>
#include <memory>

using namespace bt;

namespace {

constexpr int BuildTimeoutMs = 120000;
constexpr int ServiceTimeoutMs = 20000;
// SIGTERM, then SIGKILL after the supervisor's 5 s, plus room for a busy machine.
constexpr int StopTimeoutMs = 15000;

const QString Mac = QStringLiteral("52:54:00:12:34:56");

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Distinct loopback ports, free for TCP and UDP alike (the tracker takes
// both). The sockets stay open until every port is chosen, so no two match.
QList<int> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> tcp;
    std::vector<std::unique_ptr<QUdpSocket>> udp;
    QList<int> ports;
    for (int attempt = 0; attempt < 100 && ports.size() < count; ++attempt) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            continue;
        auto socket = std::make_unique<QUdpSocket>();
        if (!socket->bind(QHostAddress::LocalHost, server->serverPort()))
            continue;
        ports << server->serverPort();
        tcp.push_back(std::move(server));
        udp.push_back(std::move(socket));
    }
    return ports;
}

bool alive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed())
                                          : QString();
}

// Processes whose command line mentions text: what this test's environment
// started, and nothing another test or user runs.
QList<qint64> processesMentioning(const QString &text)
{
    QList<qint64> pids;
    const QByteArray needle = text.toLocal8Bit();
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool number = false;
        const qint64 pid = it.fileName().toLongLong(&number);
        if (!number || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(it.filePath() + QStringLiteral("/cmdline"));
        if (cmdline.open(QIODevice::ReadOnly)
            && cmdline.readAll().replace('\0', ' ').contains(needle))
            pids << pid;
    }
    return pids;
}

// Answers every message box the window shows, modal or not, and remembers
// what it said: the test sees what the user would have read.
class DialogAnswerer : public QObject
{
public:
    struct Seen
    {
        QString title, text, informativeText;
    };

    explicit DialogAnswerer(QMessageBox::StandardButton answer, const QString &buttonText = {})
        : m_answer(answer)
        , m_buttonText(buttonText)
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::answer);
        m_timer.start(50);
    }

    const QList<Seen> &seen() const { return m_seen; }
    QString describe() const
    {
        QStringList lines;
        for (const Seen &box : m_seen)
            lines << box.title + QStringLiteral(": ") + box.text + u' ' + box.informativeText;
        return lines.join(u'\n');
    }

private:
    void answer()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible() || box->property("answered").toBool())
                continue;
            box->setProperty("answered", true);
            m_seen.append({ box->windowTitle(), box->text(), box->informativeText() });
            QAbstractButton *button = nullptr;
            for (QAbstractButton *candidate : box->buttons())
                if (!m_buttonText.isEmpty() && candidate->text() == m_buttonText)
                    button = candidate;
            if (!button)
                button = box->button(m_answer);
            if (!button)
                button = box->button(QMessageBox::Ok);
            if (button)
                button->click();
            else
                box->reject();
        }
    }

    QMessageBox::StandardButton m_answer;
    QString m_buttonText;
    QTimer m_timer;
    QList<Seen> m_seen;
};

} // namespace

class TestServing : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    QString m_env;
    int m_trackerPort = 0;
    int m_listenPort = 0;
    int m_rpcPort = 0;
    int m_statusPort = 0;
    int m_webSeedPort = 0;
    QHash<qint64, QString> m_seenPids; // every service pid a test saw, with its program

    // A lab on loopback only: no DHCP and no TFTP, so dnsmasq never runs.
    void makeEnvironment()
    {
        m_env = m_tmp->filePath(QStringLiteral("env"));
        const QList<int> ports = freePorts(5);
        QCOMPARE(ports.size(), 5);
        m_trackerPort = ports[0];
        m_listenPort = ports[1];
        m_rpcPort = ports[2];
        m_statusPort = ports[3];
        m_webSeedPort = ports[4];
        QVERIFY(writeFile(m_env + QStringLiteral("/Boottorrent.yaml"),
            QStringLiteral(
                "boottorrent: {version: 0, timeout: 5, default_os: tool, seed_time: 30,\n"
                "              host_ip: 127.0.0.1, status_port: %4, web_seed_port: %5}\n"
                "dnsmasq: {enable_dhcp: false, interface: lo, bind_interfaces: true,\n"
                "          dhcp_range: \"127.0.0.50,127.0.0.150,255.0.0.0,12h\", enable_tftp: "
                "false}\n"
                "opentracker: {enable: true, port: %1}\n"
                "aria2: {bt_enable_lpd: false, enable_peer_exchange: true, console_log_level: "
                "error,\n"
                "        listen_port: %2, rpc_port: %3}\n")
                .arg(m_trackerPort)
                .arg(m_listenPort)
                .arg(m_rpcPort)
                .arg(m_statusPort)
                .arg(m_webSeedPort)
                .toUtf8()));
        QVERIFY(writeFile(m_env + QStringLiteral("/oss/tool/config.yaml"),
            "{dispname: Tool, method: bin, bin: run, binargs: \"-v\"}\n"));
        QVERIFY(writeFile(m_env + QStringLiteral("/oss/tool/run"), "#!/bin/sh\necho tool\n"));
    }

    QAbstractItemModel *serviceModel() const
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("serviceTable"));
        return view ? view->model() : nullptr;
    }

    // The pid the services page shows for a service that runs; 0 otherwise.
    qint64 runningPid(const QString &service) const
    {
        const QAbstractItemModel *model = serviceModel();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            auto cell = [&](int column) { return model->index(row, column).data().toString(); };
            if (cell(ServiceTableModel::NameColumn) == service
                && cell(ServiceTableModel::StateColumn) == QStringLiteral("Running"))
                return cell(ServiceTableModel::PidColumn).toLongLong();
        }
        return 0;
    }

    QStringList serviceNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = serviceModel();
        for (int row = 0; model && row < model->rowCount(); ++row)
            names << model->index(row, ServiceTableModel::NameColumn).data().toString();
        return names;
    }

    void openEnvironment()
    {
        QVERIFY(m_window->openEnvironment(m_env));
        QVERIFY2(m_window->serveAction()->isEnabled(), qPrintable(m_window->blockedReason()));
    }

    QAction *action(const QString &name) const
    {
        auto *found = m_window->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    // Start Serving, as the user does, up to both services running; their pids.
    void startAndWait(qint64 &tracker, qint64 &seeder)
    {
        action(QStringLiteral("actionServe"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(m_env + QStringLiteral("/out/build-info.json")), BuildTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isServing(), BuildTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->serveMirror()->servingState(), QStringLiteral("running"), ServiceTimeoutMs);
        m_seenPids.insert(m_window->serveMirror()->pid(), QStringLiteral("boottorrent"));
        QTRY_VERIFY_WITH_TIMEOUT(runningPid(QStringLiteral("opentracker")) > 0
                && runningPid(QStringLiteral("aria2c")) > 0,
            ServiceTimeoutMs);
        tracker = runningPid(QStringLiteral("opentracker"));
        seeder = runningPid(QStringLiteral("aria2c"));
        m_seenPids.insert(tracker, QStringLiteral("opentracker"));
        m_seenPids.insert(seeder, QStringLiteral("aria2c"));
    }

    // Opens the environment and serves it; no message box may appear.
    void openAndServeQuietly(qint64 &tracker, qint64 &seeder)
    {
        openEnvironment();
        DialogAnswerer none(QMessageBox::Ok);
        startAndWait(tracker, seeder);
        QVERIFY2(none.seen().isEmpty(), qPrintable(none.describe()));
    }

    QByteArray fetch(QNetworkAccessManager &network, const QString &path,
        const QByteArray &post = {}, int *status = nullptr)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_statusPort).arg(path)));
        request.setTransferTimeout(5000);
        QNetworkReply *reply;
        if (post.isNull()) {
            reply = network.get(request);
        } else {
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            reply = network.post(request, post);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            reply->abort();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    // A machine reports to the status endpoint, as bttui does.
    void postState(const QByteArray &json)
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        int status = 0;
        fetch(network, QStringLiteral("/api/v1/clients/") + Mac, json, &status);
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
    }

    bool anySeenPidAlive() const
    {
        for (auto it = m_seenPids.cbegin(); it != m_seenPids.cend(); ++it) {
            if (alive(it.key()) && programOf(it.key()) == it.value())
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("BootTorrentTest"));
        QApplication::setApplicationVersion(QStringLiteral(BT_VERSION));
        // The window closed by a test must not end the test run.
        QApplication::setQuitOnLastWindowClosed(false);
        for (const char *program : { "aria2c", "opentracker" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
                QSKIP(
                    qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(program))));
        }
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_seenPids.clear();
        makeEnvironment();
        m_window = std::make_unique<MainWindow>();
        Builder::Options options;
        options.phase1Dir = m_tmp->filePath(QStringLiteral("no-phase1")); // Debian's loaders only
        m_window->setBuildOptions(options);
        // The lab is on 127.0.0.1 here: serve's admin API takes 127.0.0.2.
        m_window->setServeLauncherOptions(
            QStringLiteral(BT_BOOTTORRENT), { QStringLiteral("--phase1"), options.phase1Dir });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && m_window->isServing()) {
            m_window->stopServing();
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->isServing(), StopTimeoutMs);
        }
        m_window.reset();
        // Whatever a failed test left running goes now, by the pid it saw.
        QTRY_VERIFY_WITH_TIMEOUT(!anySeenPidAlive(), StopTimeoutMs);
        for (auto it = m_seenPids.cbegin(); it != m_seenPids.cend(); ++it) {
            if (alive(it.key()) && programOf(it.key()) == it.value())
                ::kill(pid_t(it.key()), SIGKILL);
        }
        QVERIFY2(processesMentioning(m_env + QStringLiteral("/out")).isEmpty(),
            "a process started from this environment's out/ still runs");
        // serve's output file, which the window keeps after a failure.
        QFile::remove(ServeRuntime::baseName(ServeRuntime::dir(), m_env) + QStringLiteral(".log"));
        m_tmp.reset();
    }

    void startServingBuildsThenRunsServices()
    {
        openEnvironment();
        DialogAnswerer dialogs(QMessageBox::Ok);
        QVERIFY(!QFileInfo::exists(m_env + QStringLiteral("/out")));
        qint64 tracker = 0;
        qint64 seeder = 0;
        startAndWait(tracker, seeder);
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(alive(tracker), "opentracker's pid does not exist");
        QVERIFY2(alive(seeder), "aria2c's pid does not exist");
        QCOMPARE(programOf(tracker), QStringLiteral("opentracker"));
        QCOMPARE(programOf(seeder), QStringLiteral("aria2c"));
        // No DHCP and no TFTP: dnsmasq is no service of this lab.
        QCOMPARE(serviceNames(),
            QStringList({ QStringLiteral("opentracker"), QStringLiteral("aria2c") }));
        QVERIFY(!action(QStringLiteral("actionServe"))->isEnabled());
        // Stop is enabled once a whole poll round is in (the link is
        // Attached), which may come after the rows it shows: wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(
            action(QStringLiteral("actionStop"))->isEnabled(), ServiceTimeoutMs);

        QCOMPARE(m_window->serveMirror()->servingState(), QStringLiteral("running"));
        // serve is a process of its own, not this window.
        QVERIFY(m_window->serveMirror()->pid() != QCoreApplication::applicationPid());
        QCOMPARE(programOf(m_window->serveMirror()->pid()), QStringLiteral("boottorrent"));
        QVERIFY(m_window->logDock()->isVisible());
        const LogFilterProxy *log = m_window->logDock()->proxy();
        // Each service's start line names the pid the services page shows.
        auto logged = [log](const QString &source, const QString &text) {
            for (int row = 0; row < log->rowCount(); ++row) {
                const QModelIndex line = log->index(row, 0);
                if (line.data(LogModel::SourceRole).toString() == source
                    && line.data(LogModel::TextRole).toString().contains(text))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            logged(QStringLiteral("opentracker"), QStringLiteral("(pid %1)").arg(tracker)),
            ServiceTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            logged(QStringLiteral("aria2c"), QStringLiteral("(pid %1)").arg(seeder)),
            ServiceTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            logged(QStringLiteral("boottorrent"), QStringLiteral("serving ")), ServiceTimeoutMs);

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        int status = 0;
        const QByteArray clients = fetch(network, QStringLiteral("/api/v1/clients"), {}, &status);
        QCOMPARE(status, 200);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(clients, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, clients.constData());
        QVERIFY2(json.object().value(QStringLiteral("clients")).isArray(), clients.constData());

        const ClientTableModel *dashboard = m_window->dashboard()->model();
        QCOMPARE(dashboard->rowCount(), 0);
        fetch(
            network, QStringLiteral("/api/v1/clients/") + Mac, R"({"state":"phase1-up"})", &status);
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->rowCount(), 1, ServiceTimeoutMs);
        QCOMPARE(dashboard->index(0, ClientTableModel::MacColumn).data().toString().toLower(), Mac);

        // Power On asks serve to wake the machines selected: magic packets to
        // the lab network's broadcast address (here loopback's).
        QVERIFY(m_window->powerOnAction()->isEnabled());
        m_window->powerOnAction()->trigger();
        QVERIFY2(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Select the machines")),
            qPrintable(m_window->statusBar()->currentMessage()));
        m_window->dashboard()->view()->selectRow(0);
        m_window->powerOnAction()->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage() == QStringLiteral("serve wakes 1 machine(s)."),
            qPrintable(m_window->statusBar()->currentMessage()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("boottorrent"),
                                     QStringLiteral("sent Wake-on-LAN to 1 machine(s)")),
            5000);
        QVERIFY2(dialogs.seen().isEmpty(), qPrintable(dialogs.describe()));
    }

    void stopServingEndsEveryChild()
    {
        openEnvironment();
        DialogAnswerer dialogs(QMessageBox::Ok);
        qint64 tracker = 0;
        qint64 seeder = 0;
        startAndWait(tracker, seeder);
        if (QTest::currentTestFailed())
            return;

        const qint64 serve = m_window->serveMirror()->pid();
        QVERIFY(alive(serve));
        action(QStringLiteral("actionStop"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isServing(), StopTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(tracker) && !alive(seeder) && !alive(serve), StopTimeoutMs);
        QVERIFY(!ServeRuntime::find(m_env));
        QVERIFY(!serviceModel());
        QVERIFY(!m_window->dashboard());
        QVERIFY(action(QStringLiteral("actionServe"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionStop"))->isEnabled());
        QVERIFY2(dialogs.seen().isEmpty(), qPrintable(dialogs.describe()));
    }

    void startFailureShowsTheReason()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(m_trackerPort)));
        openEnvironment();
        DialogAnswerer dialogs(QMessageBox::Ok);
        action(QStringLiteral("actionServe"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(m_env + QStringLiteral("/out/build-info.json")), BuildTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialogs.seen().isEmpty(), BuildTimeoutMs);

        const DialogAnswerer::Seen shown = dialogs.seen().first();
        QCOMPARE(shown.title, QStringLiteral("Start Serving"));
        QVERIFY2(shown.informativeText.contains(QStringLiteral("opentracker.port"))
                && shown.informativeText.contains(QString::number(m_trackerPort)),
            qPrintable(dialogs.describe()));
        QVERIFY(!m_window->isServing());
        QVERIFY(!serviceModel());
        QVERIFY(action(QStringLiteral("actionServe"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionStop"))->isEnabled());
        QVERIFY(processesMentioning(m_env + QStringLiteral("/out")).isEmpty());
        QVERIFY(processesMentioning(QStringLiteral(" -p %1 ").arg(m_trackerPort)).isEmpty());
    }

    void closingTheWindowWhileServingCanStopServices()
    {
        qint64 tracker = 0;
        qint64 seeder = 0;
        openAndServeQuietly(tracker, seeder);
        if (QTest::currentTestFailed())
            return;

        DialogAnswerer dialogs(QMessageBox::Cancel, QStringLiteral("Stop Serving"));
        QVERIFY(m_window->close());
        QCOMPARE(dialogs.seen().size(), 1);
        QCOMPARE(dialogs.seen().first().title, QStringLiteral("Close Environment"));
        QVERIFY(!m_window->isVisible());
        QVERIFY(!m_window->isServing());
        QTRY_VERIFY_WITH_TIMEOUT(!alive(tracker) && !alive(seeder), StopTimeoutMs);
    }

    // The lab outlives the window: closed with "keep serving", the services
    // go on, and the environment opened again shows what happened meanwhile.
    void closingTheWindowCanKeepServingAndReopeningAttaches()
    {
        qint64 tracker = 0;
        qint64 seeder = 0;
        openAndServeQuietly(tracker, seeder);
        if (QTest::currentTestFailed())
            return;
        const qint64 serve = m_window->serveMirror()->pid();
        {
            DialogAnswerer dialogs(
                QMessageBox::Cancel, QStringLiteral("Keep Serving in the Background"));
            QVERIFY(m_window->close());
            QCOMPARE(dialogs.seen().size(), 1);
        }
        QVERIFY(!m_window->isServing());
        // Proving that the services do not stop needs a bounded wait.
        QTest::qWait(1500);
        QVERIFY(alive(serve) && alive(tracker) && alive(seeder));
        m_window.reset();

        // A machine reports while no window looks.
        postState(R"({"state":"phase1-up"})");

        m_window = std::make_unique<MainWindow>();
        m_window->setServeLauncherOptions(QStringLiteral(BT_BOOTTORRENT), {});
        m_window->show();
        QVERIFY(m_window->openEnvironment(m_env));
        QVERIFY(m_window->isServing());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serveMirror()->pid(), serve, ServiceTimeoutMs);
        QVERIFY(m_window->dashboard());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->model()->rowCount(), 1, ServiceTimeoutMs);
        QCOMPARE(
            m_window->dashboard()->model()->index(0, ClientTableModel::MacColumn).data().toString(),
            Mac);
        QTRY_VERIFY_WITH_TIMEOUT(runningPid(QStringLiteral("aria2c")) == seeder, ServiceTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            action(QStringLiteral("actionStop"))->isEnabled(), ServiceTimeoutMs);
        QVERIFY(!action(QStringLiteral("actionServe"))->isEnabled());
        // The log holds what serve said before this window was opened.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->logDock()->proxy()->rowCount() > 0, ServiceTimeoutMs);
        action(QStringLiteral("actionStop"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isServing(), StopTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(serve) && !alive(tracker) && !alive(seeder), StopTimeoutMs);
    }

    void serviceFailingAtStartupIsReportedAndStartIsEnabledAgain()
    {
        openEnvironment();
        QSignalSpy built(m_window->buildPanel(), &BuildPanel::finished);
        action(QStringLiteral("actionBuild"))->trigger();
        QVERIFY(built.wait(BuildTimeoutMs));
        QVERIFY(built.first().at(0).toBool());
        // Preflight passes, but the seeder refuses its configuration.
        QFile conf(m_env + QStringLiteral("/out/aria2/conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("rpc-listen-port=not-a-port\n");
        conf.close();

        DialogAnswerer dialogs(QMessageBox::Ok);
        action(QStringLiteral("actionServe"))->trigger();
        QVERIFY(m_window->isServing());
        QTRY_VERIFY_WITH_TIMEOUT(!dialogs.seen().isEmpty(), ServiceTimeoutMs);
        const DialogAnswerer::Seen shown = dialogs.seen().first();
        QVERIFY2(shown.title == QStringLiteral("Serving Failed")
                || shown.title == QStringLiteral("Start Serving"),
            qPrintable(dialogs.describe()));
        QVERIFY2(dialogs.describe().contains(QStringLiteral("aria2c failed")),
            qPrintable(dialogs.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isServing(), StopTimeoutMs);
        QVERIFY(action(QStringLiteral("actionServe"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionStop"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            processesMentioning(m_env + QStringLiteral("/out")).isEmpty(), StopTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            processesMentioning(QStringLiteral(" -p %1 ").arg(m_trackerPort)).isEmpty(),
            StopTimeoutMs);

        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("aria2c failed")),
            qPrintable(m_window->statusBar()->currentMessage()));

        // The next start clears what the failed one left.
        action(QStringLiteral("actionServe"))->trigger();
        QVERIFY(m_window->isServing());
        QCOMPARE(m_window->findChildren<QTableView *>(QStringLiteral("serviceTable")).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isServing(), StopTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            processesMentioning(m_env + QStringLiteral("/out")).isEmpty(), StopTimeoutMs);
    }

    // The window that started serve was killed: serve goes on, the command
    // line finds it, and the environment opened again attaches to it.
    void reattachAfterTheWindowWasKilled()
    {
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its list of recent environments stays with the test.
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_tmp->filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(environment);
        gui.setProcessChannelMode(QProcess::MergedChannels);
        gui.start(QStringLiteral(BT_BOOTTORRENT), { QStringLiteral("--serve"), m_env });
        QVERIFY(gui.waitForStarted(10000));
        std::optional<ServeRuntime::Info> running;
        QTRY_VERIFY2_WITH_TIMEOUT((running = ServeRuntime::find(m_env)).has_value(),
            gui.readAll().constData(), BuildTimeoutMs);
        m_seenPids.insert(running->pid, QStringLiteral("boottorrent"));
        ::kill(pid_t(gui.processId()), SIGKILL);
        QVERIFY(gui.waitForFinished(10000));
        // Proving that serve does not end with the window needs a bounded wait.
        QTest::qWait(1000);
        QVERIFY2(alive(running->pid), "serve ended with the window that started it");

        postState(R"({"state":"menu"})");

        // boottorrent status finds it through its runtime file.
        QProcess cli;
        cli.start(QStringLiteral(BT_BOOTTORRENT), { QStringLiteral("status"), m_env });
        QVERIFY(cli.waitForFinished(20000));
        const QByteArray printed = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(printed.contains(Mac.toLatin1()), printed.constData());

        QVERIFY(m_window->openEnvironment(m_env));
        QVERIFY(m_window->isServing());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->serveMirror()->pid(), running->pid, ServiceTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->model()->rowCount(), 1, ServiceTimeoutMs);
        QCOMPARE(m_window->dashboard()
                     ->model()
                     ->index(0, ClientTableModel::StateColumn)
                     .data()
                     .toString(),
            ClientTableModel::stateText(ClientState::Menu));
        QTRY_VERIFY_WITH_TIMEOUT(
            action(QStringLiteral("actionStop"))->isEnabled(), ServiceTimeoutMs);
        action(QStringLiteral("actionStop"))->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(!m_window->isServing(),
            qPrintable(
                QStringLiteral("still serving: status \"%1\", link %2 (%3), serve %4")
                    .arg(m_window->statusBar()->currentMessage())
                    .arg(int(m_window->serveMirror()->link()))
                    .arg(m_window->serveMirror()->linkError())
                    .arg(alive(running->pid) ? QStringLiteral("alive") : QStringLiteral("gone"))),
            StopTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(running->pid), StopTimeoutMs);
    }

    // File > Attach to Server: a serve that no window of this machine
    // started, by its address and token; a wrong token is refused.
    void attachToServerByAddressAndToken()
    {
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(BT_BOOTTORRENT),
            { QStringLiteral("serve"), QStringLiteral("--phase1"),
                m_tmp->filePath(QStringLiteral("no-phase1")), QStringLiteral("--admin"),
                QStringLiteral("127.0.0.3"), m_env });
        QVERIFY(serve.waitForStarted(10000));
        m_seenPids.insert(serve.processId(), QStringLiteral("boottorrent"));
        std::optional<ServeRuntime::Info> running;
        QTRY_VERIFY2_WITH_TIMEOUT((running = ServeRuntime::find(m_env)).has_value(),
            serve.readAll().constData(), BuildTimeoutMs);
        QVERIFY(running->admin.startsWith(QStringLiteral("127.0.0.3:")));

        // The user types the address and the token into the dialog.
        auto fillIn = [](const QString &address, const QString &token) {
            QTimer::singleShot(0, [address, token] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                dialog->findChild<QLineEdit *>(QStringLiteral("attachAddress"))->setText(address);
                dialog->findChild<QLineEdit *>(QStringLiteral("attachToken"))->setText(token);
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
        };
        QVERIFY(m_window->attachAction()->isEnabled());
        const QString wrong = QString(64, QLatin1Char('0'));
        fillIn(running->admin, wrong);
        m_window->setDialogsEnabled(false);
        m_window->attachAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->serveMirror()->link(), ServeMirror::Link::Refused, ServiceTimeoutMs);
        QVERIFY2(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("refused the token")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_window->dashboard()->model()->rowCount(), 0);

        fillIn(running->admin, QString::fromLatin1(running->token));
        m_window->attachAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->serveMirror()->servingState(), QStringLiteral("running"), ServiceTimeoutMs);
        QVERIFY(m_window->windowTitle().contains(running->admin));
        QTRY_VERIFY_WITH_TIMEOUT(runningPid(QStringLiteral("aria2c")) > 0, ServiceTimeoutMs);
        m_seenPids.insert(runningPid(QStringLiteral("aria2c")), QStringLiteral("aria2c"));
        m_seenPids.insert(runningPid(QStringLiteral("opentracker")), QStringLiteral("opentracker"));
        postState(R"({"state":"downloading","progress":30})");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->model()->rowCount(), 1, ServiceTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            action(QStringLiteral("actionStop"))->isEnabled(), ServiceTimeoutMs);
        action(QStringLiteral("actionStop"))->trigger();
        // The request goes out from the event loop, which must keep running.
        QTRY_COMPARE_WITH_TIMEOUT(serve.state(), QProcess::NotRunning, StopTimeoutMs);
        QCOMPARE(serve.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isServing(), StopTimeoutMs);
    }

    // Rebuild and Restart: the saved change reaches out/, the services start
    // anew in the same serve, and the window keeps watching the same clients.
    void rebuildAndRestartKeepsWatching()
    {
        qint64 tracker = 0;
        qint64 seeder = 0;
        openAndServeQuietly(tracker, seeder);
        if (QTest::currentTestFailed())
            return;
        const qint64 serve = m_window->serveMirror()->pid();
        postState(R"({"state":"menu"})");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->dashboard()->model()->rowCount(), 1, ServiceTimeoutMs);

        Environment edited = m_window->document()->environment();
        BootSettings boot = edited.boot();
        boot.seedTime = 77;
        edited.setBoot(boot);
        m_window->document()->edit(edited, QStringLiteral("seed time"));
        QVERIFY(m_window->restartAction()->isEnabled());
        DialogAnswerer dialogs(QMessageBox::Ok);
        m_window->restartAction()->trigger();
        // A new seeder, the same serve, the same window.
        QTRY_VERIFY_WITH_TIMEOUT(!alive(seeder), StopTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(runningPid(QStringLiteral("aria2c")) > 0, BuildTimeoutMs);
        m_seenPids.insert(runningPid(QStringLiteral("aria2c")), QStringLiteral("aria2c"));
        m_seenPids.insert(runningPid(QStringLiteral("opentracker")), QStringLiteral("opentracker"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->serveMirror()->servingState(), QStringLiteral("running"), ServiceTimeoutMs);
        QCOMPARE(m_window->serveMirror()->pid(), serve);
        QCOMPARE(m_window->serveMirror()->link(), ServeMirror::Link::Attached);
        QVERIFY(m_window->isServing());
        QVERIFY(!m_window->document()->isModified());
        QFile saved(m_env + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("seed_time: 77"));
        QCOMPARE(m_window->dashboard()->model()->rowCount(), 1);
        QVERIFY2(dialogs.seen().isEmpty(), qPrintable(dialogs.describe()));
    }

    // Closed while serve is still starting, with "stop": no serve is left
    // serving behind the user's back.
    void closingWhileServeStartsLeavesNoServe()
    {
        openEnvironment();
        QSignalSpy built(m_window->buildPanel(), &BuildPanel::finished);
        action(QStringLiteral("actionBuild"))->trigger();
        QVERIFY(built.wait(BuildTimeoutMs));
        m_window->setDialogsEnabled(false);
        action(QStringLiteral("actionServe"))->trigger();
        QVERIFY(m_window->isServing());
        QVERIFY(m_window->closeEnvironment());
        QVERIFY(!m_window->isServing());
        // Proving that no serve comes up late needs a bounded wait: longer
        // than a serve takes to start here.
        QTest::qWait(3000);
        QVERIFY2(!ServeRuntime::find(m_env), "a serve runs after the window said stop");
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(m_env).isEmpty(), StopTimeoutMs);
    }

    void closingDuringTheBuildForServingServesNothingLater()
    {
        // A large file keeps the build busy for longer than the close takes.
        const QString large = m_env + QStringLiteral("/oss/tool/large.img");
        {
            QFile file(large);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(1024) * 1024 * 1024));
        }
        openEnvironment();
        DialogAnswerer dialogs(QMessageBox::Yes);
        // Start Serving builds first; the environment closes while it builds.
        action(QStringLiteral("actionServe"))->trigger();
        QVERIFY(m_window->buildPanel()->isRunning());
        QVERIFY(m_window->closeEnvironment());
        QVERIFY(!m_window->document());
        QCOMPARE(dialogs.seen().size(), 1);
        QVERIFY(!QFileInfo::exists(m_env + QStringLiteral("/out")));

        // A plain Build of the reopened environment must not serve.
        QVERIFY(QFile::remove(large));
        openEnvironment();
        QSignalSpy built(m_window->buildPanel(), &BuildPanel::finished);
        action(QStringLiteral("actionBuild"))->trigger();
        QVERIFY(built.wait(BuildTimeoutMs));
        QVERIFY(built.first().at(0).toBool());
        QVERIFY(!m_window->isServing());
        QVERIFY(action(QStringLiteral("actionServe"))->isEnabled());
        QVERIFY(processesMentioning(m_env + QStringLiteral("/out")).isEmpty());
    }
};

QTEST_MAIN(TestServing)
#include "tst_serving.moc"

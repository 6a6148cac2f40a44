// dashboardbench: what the app's dashboard costs with 500 clients that all
// change once a second, fed the way the app is fed: a ServeMirror polling
// serve's admin API over loopback, into the dashboard (table, swarm panel,
// chart) painted on the offscreen platform. serve's side (a ClientRegistry
// updated every second, the AdminServer answering) runs in a thread of its
// own, so each side's CPU time is measured apart.
//
// Peer, measured in the same run: the arrangement before serve was a process
// of its own, the registry in the GUI's thread feeding the same dashboard
// with no HTTP in between.
//
//   dashboardbench [--clients 500] [--seconds 30]
//
// Prints CPU time as % of one core for the GUI thread (and serve's thread),
// and the machine's idle share during each run.

#include "serve/adminserver.h"
#include "serve/clientregistry.h"
#include "serve/logmodel.h"
#include "serve/servemirror.h"
#include "serve/servicegroup.h"
#include "ui/clienttablemodel.h"
#include "ui/dashboardpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <ctime>
#include <pthread.h>

using namespace bt;

namespace {

double threadCpuSeconds(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

clockid_t currentThreadClock()
{
    clockid_t clock = CLOCK_THREAD_CPUTIME_ID;
    pthread_getcpuclockid(pthread_self(), &clock);
    return clock;
}

// Idle and total jiffies of all cores, from /proc/stat.
std::pair<qint64, qint64> cpuJiffies()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return { 0, 0 };
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    qint64 total = 0;
    for (int i = 1; i < fields.size(); ++i)
        total += fields[i].toLongLong();
    return { fields.value(4).toLongLong() + fields.value(5).toLongLong(), total };
}

QString macOf(int n)
{
    return QStringLiteral("52:54:00:01:%1:%2")
        .arg(n / 256, 2, 16, QLatin1Char('0'))
        .arg(n % 256, 2, 16, QLatin1Char('0'));
}

// serve's side: a registry whose clients all move once a second.
class ServeSide : public QObject
{
public:
    ServeSide(int clients, bool withApi)
        : m_clients(clients)
    {
        m_registry.setCoalesceInterval(100);
        if (withApi) {
            m_admin = new AdminServer(&m_registry, &m_services, &m_log, this);
            m_token = AdminServer::newToken();
            m_admin->setToken(m_token);
            m_admin->setServingState(QStringLiteral("running"));
            m_admin->listen(QHostAddress::LocalHost, 0, {});
        }
        connect(&m_tick, &QTimer::timeout, this, [this] { tick(); });
        m_tick.start(1000);
        tick();
    }

    void tick()
    {
        const QDateTime now = QDateTime::currentDateTime();
        for (int n = 0; n < m_clients; ++n) {
            ClientStatus s;
            s.state = ClientState::Downloading;
            s.ip = QStringLiteral("198.18.%1.%2").arg(n / 200).arg(10 + n % 200);
            s.os = QStringLiteral("debian");
            s.progress = (m_round + n) % 100;
            s.completedBytes = qint64(s.progress) * 1024 * 1024;
            s.totalBytes = qint64(100) * 1024 * 1024;
            s.downloadRate = 1000 * (n + 1) + m_round;
            s.time = now;
            m_registry.applyStatus(macOf(n), s);
        }
        ++m_round;
    }

    ClientRegistry m_registry;
    ServiceGroup m_services;
    LogModel m_log;
    AdminServer *m_admin = nullptr;
    QByteArray m_token;
    QTimer m_tick;
    int m_clients;
    int m_round = 0;
};

// Counts the table's repaints: the dashboard is really drawn.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Measurement
{
    int paints = 0;
    double guiPercent = 0;
    double servePercent = 0;
    double idlePercent = 0;
    int rows = 0;
};

void showDashboard(DashboardPanel &panel)
{
    panel.resize(1400, 900);
    panel.show();
    panel.view()->sortByColumn(ClientTableModel::ProgressColumn, Qt::DescendingOrder);
}

// Runs the event loop for `seconds` after a warm-up and measures.
Measurement measure(int seconds, const std::function<double()> &serveSeconds)
{
    QEventLoop warmUp;
    QTimer::singleShot(3000, &warmUp, &QEventLoop::quit);
    warmUp.exec();
    const clockid_t gui = currentThreadClock();
    const double gui0 = threadCpuSeconds(gui);
    const double serve0 = serveSeconds();
    const auto [idle0, total0] = cpuJiffies();
    QEventLoop run;
    QTimer::singleShot(seconds * 1000, &run, &QEventLoop::quit);
    run.exec();
    const auto [idle1, total1] = cpuJiffies();
    Measurement result;
    result.guiPercent = 100.0 * (threadCpuSeconds(gui) - gui0) / seconds;
    result.servePercent = 100.0 * (serveSeconds() - serve0) / seconds;
    result.idlePercent
        = total1 > total0 ? 100.0 * double(idle1 - idle0) / double(total1 - total0) : 0;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
        QStringLiteral("Clients (500)."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Measured seconds per run (30)."), QStringLiteral("S"),
        QStringLiteral("30"));
    parser.addOptions({ clientsOption, secondsOption });
    parser.process(app);
    const int clients = qBound(1, parser.value(clientsOption).toInt(), 5000);
    const int seconds = qBound(5, parser.value(secondsOption).toInt(), 3600);
    QTextStream out(stdout);

    // 1. Through the admin API: serve's side in its own thread.
    Measurement api;
    {
        QThread thread;
        thread.start();
        ServeSide *serve = nullptr;
        clockid_t serveClock = CLOCK_THREAD_CPUTIME_ID;
        QObject context;
        context.moveToThread(&thread);
        QMetaObject::invokeMethod(
            &context,
            [&] {
                serve = new ServeSide(clients, true);
                serveClock = currentThreadClock();
            },
            Qt::BlockingQueuedConnection);
        ServeMirror mirror;
        AdminEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = serve->m_admin->serverPort();
        endpoint.token = serve->m_token;
        DashboardPanel panel(&mirror);
        showDashboard(panel);
        PaintCounter counter;
        panel.view()->viewport()->installEventFilter(&counter);
        mirror.attach(endpoint);
        api = measure(seconds, [&] { return threadCpuSeconds(serveClock); });
        api.rows = panel.model()->rowCount();
        api.paints = counter.paints;
        mirror.detach();
        QMetaObject::invokeMethod(
            &context, [&] { delete serve; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }

    // 2. The peer: one thread, the mirror fed from the registry directly.
    Measurement direct;
    {
        ServeSide serve(clients, false);
        ServeMirror mirror;
        QObject::connect(&serve.m_registry, &ClientRegistry::clientsChanged, &mirror,
            [&] { mirror.applyClients(serve.m_registry.clientsToJson()); });
        QObject::connect(&serve.m_registry, &ClientRegistry::swarmChanged, &mirror,
            [&] { mirror.applySwarm(serve.m_registry.swarmToJson()); });
        DashboardPanel panel(&mirror);
        showDashboard(panel);
        PaintCounter counter;
        panel.view()->viewport()->installEventFilter(&counter);
        direct = measure(seconds, [] { return 0.0; });
        direct.rows = panel.model()->rowCount();
        direct.paints = counter.paints;
    }

    out << "dashboardbench: " << clients << " clients, each changing once a second, " << seconds
        << " s measured per run, platform " << QGuiApplication::platformName() << "\n";
    out << QStringLiteral("  through the admin API: GUI thread %1 % of one core (serve's registry "
                          "+ API thread %2 %), "
                          "rows %3, table repaints %4, machine idle %5 %\n")
               .arg(api.guiPercent, 0, 'f', 2)
               .arg(api.servePercent, 0, 'f', 2)
               .arg(api.rows)
               .arg(api.paints)
               .arg(api.idlePercent, 0, 'f', 1);
    out << QStringLiteral("  in-process (peer: registry in the GUI thread, no HTTP): GUI thread %1 "
                          "% of one core, rows %2, "
                          "table repaints %3, machine idle %4 %\n")
               .arg(direct.guiPercent, 0, 'f', 2)
               .arg(direct.rows)
               .arg(direct.paints)
               .arg(direct.idlePercent, 0, 'f', 1);
    out << QStringLiteral(
        "  API / in-process: %1; goal: the GUI thread under 10 % of one core: %2\n")
               .arg(direct.guiPercent > 0 ? api.guiPercent / direct.guiPercent : 0.0, 0, 'f', 2)
               .arg(api.guiPercent < 10.0 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    return api.rows == clients && direct.rows == clients ? 0 : 1;
}

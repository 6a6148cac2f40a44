#include "cli.h"
#include "commands.h"

#include <serve/terminationsignals.h>

#include <builder/builder.h>
#include <environment/environment.h>
#include <environment/environmentsection.h>
#include <environment/listenaddress.h>
#include <serve/clientregistry.h>
#include <serve/clientstate.h>
#include <serve/dhcpprobe.h>
#include <serve/logmodel.h>
#include <serve/plaintext.h>
#include <serve/server.h>
#include <serve/servicesupervisor.h>
#include <serve/wavetracker.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#include <csignal>
#include <unistd.h>

namespace bt::cli {

namespace {

QString describe(const ClientRecord &client)
{
    QString line = QCoreApplication::translate("bt::cli", "client %1").arg(client.mac);
    if (!client.ip.isEmpty())
        line += QStringLiteral(" %1").arg(client.ip);
    line += QStringLiteral(": %1").arg(clientStateName(client.state));
    if (client.state == ClientState::Downloading && client.progress > 0)
        line += QStringLiteral(" %1%").arg(client.progress);
    if (!client.os.isEmpty())
        line += QStringLiteral(" (%1)").arg(client.os);
    if (!client.message.isEmpty())
        line += QStringLiteral(" - %1").arg(client.message);
    return line;
}

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Serves the environment DIR: builds out/ when it is stale, then runs dnsmasq (DHCP + "
        "TFTP),\n"
        "the aria2c seeder and opentracker, answers the clients' status reports and prints one\n"
        "line per change. Stops cleanly, with every child process gone, on Ctrl+C or SIGTERM."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("bt::cli", "The environment folder."));
    const QCommandLineOption interface({ QStringLiteral("interface") },
        QCoreApplication::translate("bt::cli",
            "Serve on this network interface instead of dnsmasq.interface (the file is "
            "not changed)."),
        QStringLiteral("IF"));
    const QCommandLineOption phase1({ QStringLiteral("phase1") },
        QCoreApplication::translate(
            "bt::cli", "Folder with the Phase-1 boot files (default: found next to boottorrent)."),
        QStringLiteral("FOLDER"));
    const QCommandLineOption clientArgs({ QStringLiteral("client-args") },
        QCoreApplication::translate("bt::cli",
            "Append ARGS to the Phase-1 kernel command line (e.g. bt.headless for "
            "virtual machines\n"
            "whose console is a serial port); out/ is rebuilt when they change."),
        QStringLiteral("ARGS"));
    const QCommandLineOption dhcpWatch({ QStringLiteral("dhcp-watch") },
        QCoreApplication::translate("bt::cli",
            "With full DHCP, ask the network every SECONDS whether another DHCP server appeared\n"
            "(default %1; 0: only once, before serving).")
            .arg(Server::DefaultDhcpWatchMs / 1000),
        QStringLiteral("SECONDS"), QString::number(Server::DefaultDhcpWatchMs / 1000));
    const QCommandLineOption maxClients({ QStringLiteral("max-clients") },
        QCoreApplication::translate("bt::cli",
            "Follow at most N machines (default: the DHCP range's size plus 64 with full DHCP,\n"
            "else 1024); reports of further ones are refused."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption admin({ QStringLiteral("admin") },
        QCoreApplication::translate("bt::cli",
            "Open the admin API on ADDRESS[:PORT] (default: boottorrent.admin_address, else\n"
            "127.0.0.1 with a free port; never a lab address). Its token and port are in the\n"
            "runtime file serve prints."),
        QStringLiteral("ADDRESS[:PORT]"));
    const QCommandLineOption runtimeDir({ QStringLiteral("runtime-dir") },
        QCoreApplication::translate("bt::cli",
            "Write the runtime and token files into DIR instead of /run/boottorrent "
            "(the user's runtime folder when not root)."),
        QStringLiteral("DIR"));
    const QCommandLineOption background({ QStringLiteral("background") },
        QCoreApplication::translate("bt::cli",
            "Run in a session of its own, as the desktop app starts it: closing the "
            "window or the terminal that started it does not stop serving."));
    const QCommandLineOption machines({ QStringLiteral("machines") },
        QCoreApplication::translate("bt::cli",
            "Keep the known machines in FILE instead of DIR/machines.yaml (the virtual\n"
            "lab keeps its own, so the room's stays as it is)."),
        QStringLiteral("FILE"));
    parser.addOptions({ interface, phase1, clientArgs, dhcpWatch, maxClients, admin, runtimeDir,
        background, machines });
    const QString dir = QDir(parseOrExit(parser, arguments, 1, 1).first()).absolutePath();
    bool watchOk = false;
    const int watchSeconds = parser.value(dhcpWatch).toInt(&watchOk);
    std::optional<ListenAddress> adminListen;
    if (parser.isSet(admin)) {
        adminListen = ListenAddress::parse(parser.value(admin));
        if (!adminListen) {
            printError(QCoreApplication::translate("bt::cli",
                "boottorrent serve: --admin takes an address and an optional port, "
                "e.g. 127.0.0.1:8292"));
            return BadInput;
        }
    }
    bool maxOk = false;
    const int maxClientCount = parser.value(maxClients).toInt(&maxOk);
    if (!maxOk || maxClientCount < 0 || maxClientCount > 65536) {
        printError(QCoreApplication::translate(
            "bt::cli", "boottorrent serve: --max-clients takes a number from 1 to 65536"));
        return BadInput;
    }
    if (!watchOk || watchSeconds < 0 || watchSeconds > 86400) {
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent serve: --dhcp-watch takes a number of seconds from 0 to 86400"));
        return BadInput;
    }

    if (parser.isSet(background)) {
        ::setsid();
        ::signal(SIGHUP, SIG_IGN);
    }

    Result<Environment> loaded = Environment::load(dir);
    if (!loaded.ok())
        return reportProblems(loaded.problems(), dir);
    Environment env = std::move(loaded).value();
    if (parser.isSet(interface)) {
        setSetting(env, &DnsmasqSettings::interface, parser.value(interface));
    }

    Builder::Options options;
    options.phase1Dir = parser.value(phase1);
    options.clientKernelArgs = parser.value(clientArgs);
    if (Builder::isStale(env, options)) {
        printLine(QCoreApplication::translate(
            "bt::cli", "building %1/out (it is older than the environment)")
                      .arg(dir));
        const Result<BuildReport> report = Builder::build(env, options);
        if (!report.ok()) {
            reportProblems(report.problems(), dir);
            return BadInput;
        }
        for (const QString &warning : report->warnings)
            printError(QCoreApplication::translate("bt::cli", "warning: %1").arg(warning));
    }

    Server server(env);
    server.setDhcpWatchInterval(watchSeconds * 1000);
    server.setMaxClients(maxClientCount);
    if (!adminListen && !env.boot().adminAddress.isEmpty())
        adminListen
            = ListenAddress::parse(env.boot().adminAddress); // validated with the environment
    if (!adminListen) {
        // This machine only; a lab on 127.0.0.1 (a test bench) leaves it 127.0.0.2.
        adminListen = ListenAddress { QHostAddress(env.boot().hostIp == QLatin1String("127.0.0.1")
                                              ? QStringLiteral("127.0.0.2")
                                              : QStringLiteral("127.0.0.1")),
            0 };
    }
    server.setAdminListener(adminListen->address, adminListen->port);
    if (parser.isSet(runtimeDir))
        server.setRuntimeDir(QDir(parser.value(runtimeDir)).absolutePath());
    if (parser.isSet(machines))
        server.setMachineBook(QFileInfo(parser.value(machines)).absoluteFilePath());
    QObject::connect(&server, &Server::otherDhcpServer, &server,
        [](const QString &, const QString &message, bool gone) {
            if (gone)
                printLine(message);
            else
                printError(QCoreApplication::translate("bt::cli", "warning: %1").arg(message));
        });
    int exitCode = Success;
    // Per machine: the boot cycle and how many of its transitions were
    // printed, and the last progress step, so each change prints once.
    struct Printed
    {
        int cycle = 0;
        int transitions = 0;
        int progressStep = -1;
        AlertLevel alert = AlertLevel::None;
    };
    QHash<QString, Printed> printed;
    QObject::connect(server.registry(), &ClientRegistry::clientsChanged, &server,
        [&](const QList<QString> &macs) {
            for (const QString &mac : macs) {
                const std::optional<ClientRecord> client = server.registry()->client(mac);
                if (!client)
                    continue;
                Printed &p = printed[mac];
                if (p.cycle != client->bootCycle)
                    p = Printed { client->bootCycle, 0, -1 };
                for (; p.transitions < client->transitions.size(); ++p.transitions) {
                    ClientRecord at = *client;
                    at.state = client->transitions[p.transitions].state;
                    printLine(describe(at));
                }
                // Progress is printed in steps of 10 %, so a line means something.
                const int step = client->progress / 10;
                if (client->state == ClientState::Downloading && step != p.progressStep) {
                    p.progressStep = step;
                    printLine(describe(*client));
                }
                // An alert prints when it is raised or changes level, not at each check.
                if (client->alert.level != p.alert) {
                    p.alert = client->alert.level;
                    if (p.alert != AlertLevel::None)
                        printLine(QCoreApplication::translate("bt::cli", "client %1: %2: %3")
                                      .arg(client->mac, alertLevelName(p.alert),
                                          plainText(client->alert.reason, 512)));
                }
            }
        });
    // Server keeps the report in <env>/reports before this line is printed.
    QObject::connect(server.waves(), &WaveTracker::settled, &server, [](const WaveReport &report) {
        printLine(QCoreApplication::translate("bt::cli", "wave settled: %1").arg(report.summary()));
    });
    QObject::connect(server.services(), &ServiceGroup::logLine, &server, [](const LogLine &line) {
        if (line.source == QLatin1String("boottorrent") || line.severity != LogSeverity::Info)
            printError(QStringLiteral("%1: %2").arg(line.source, line.text));
    });
    QObject::connect(&server, &Server::started, &server, [&] {
        QStringList running;
        for (ServiceSupervisor *s : server.services()->supervisors())
            running << QStringLiteral("%1 (pid %2)").arg(s->name()).arg(s->pid());
        printLine(QCoreApplication::translate("bt::cli", "serving %1 on %2: %3")
                      .arg(dir, env.boot().hostIp, running.join(QStringLiteral(", "))));
        printLine(QCoreApplication::translate(
            "bt::cli", "admin API on port %1, token in %2, runtime file %3")
                      .arg(server.adminPort())
                      .arg(server.tokenFile(), server.runtimeFile()));
    });
    QObject::connect(
        &server, &Server::failed, &server, [&](const QString &service, const QString &error) {
            printError(
                QCoreApplication::translate("bt::cli", "boottorrent serve: %1 failed to start: %2")
                    .arg(service, error));
            exitCode = BadInput;
        });
    QObject::connect(&server, &Server::stopped, QCoreApplication::instance(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    // Rebuild and restart, asked through the admin API: the environment as
    // saved now, built when out/ is older; a bad one leaves serving as it was.
    QObject::connect(&server, &Server::restartRequested, &server, [&] {
        Result<Environment> reloaded = Environment::load(dir);
        if (!reloaded.ok()) {
            printError(
                QCoreApplication::translate("bt::cli", "boottorrent serve: not restarted: %1")
                    .arg(toString(reloaded.problems())));
            server.log()->append(
                { QDateTime::currentDateTime(), QStringLiteral("boottorrent"), LogSeverity::Error,
                    QCoreApplication::translate("bt::cli", "not restarted: %1")
                        .arg(toString(reloaded.problems())) });
            return;
        }
        Environment next = std::move(reloaded).value();
        if (parser.isSet(interface)) {
            setSetting(next, &DnsmasqSettings::interface, parser.value(interface));
        }
        if (Builder::isStale(next, options)) {
            printLine(
                QCoreApplication::translate("bt::cli", "building %1/out for the restart").arg(dir));
            const Result<BuildReport> report = Builder::build(next, options);
            if (!report.ok()) {
                printError(
                    QCoreApplication::translate("bt::cli", "boottorrent serve: not restarted: %1")
                        .arg(toString(report.problems())));
                server.log()->append({ QDateTime::currentDateTime(), QStringLiteral("boottorrent"),
                    LogSeverity::Error,
                    QCoreApplication::translate("bt::cli", "not restarted: %1")
                        .arg(toString(report.problems())) });
                return;
            }
        }
        printLine(QCoreApplication::translate("bt::cli", "restarting"));
        server.restart(next);
    });
    watchTerminationSignals([&server] {
        printLine(QCoreApplication::translate("bt::cli", "stopping"));
        server.stop();
    });

    // A network with a DHCP server of its own must not get a second one;
    // proxyDHCP needs one. Asked once, before anything starts.
    if (env.dnsmasq().enableDhcp) {
        DhcpProbe probe;
        QEventLoop wait;
        DhcpProbe::Verdict verdict;
        QObject::connect(&probe, &DhcpProbe::finished, &wait,
            [&](const QList<DhcpProbe::Offer> &offers, const QString &error) {
                if (!error.isEmpty())
                    printError(QCoreApplication::translate(
                        "bt::cli", "warning: cannot ask for other DHCP servers on %1: %2")
                                   .arg(env.dnsmasq().interface, error));
                else
                    verdict = DhcpProbe::judge(!env.dnsmasq().proxyDhcp, env.dnsmasq().interface,
                        offers, DhcpProbe::DefaultWindowMs);
                wait.quit();
            });
        probe.start(env.dnsmasq().interface, DhcpProbe::DefaultWindowMs, env.boot().hostIp);
        wait.exec();
        for (const QString &warning : verdict.warnings)
            printError(QCoreApplication::translate("bt::cli", "warning: %1").arg(warning));
        if (!verdict.problems.isEmpty())
            return reportProblems(verdict.problems, dir);
    }

    if (const Problems problems = server.start(); !problems.isEmpty())
        return reportProblems(problems, dir);
    QCoreApplication::exec();
    printLine(QCoreApplication::translate("bt::cli", "stopped"));
    return exitCode;
}

} // namespace bt::cli

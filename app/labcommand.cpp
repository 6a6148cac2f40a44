#include "cli.h"
#include "commands.h"

#include <serve/terminationsignals.h>

#include <environment/environment.h>
#include <lab/virtuallab.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

namespace bt::cli {

namespace {

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) > 0;
}

} // namespace

int runLab(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Boots a virtual lab against the environment DIR on this machine: a network "
        "namespace whose bridge\n"
        "carries the environment's host address (198.18.0.0/15 only), `boottorrent "
        "serve DIR` inside it,\n"
        "simulated clients and qemu virtual machines that PXE-boot from it. Prints "
        "every change; ends when\n"
        "every client booted (exit 0) or one failed (exit 1), unless "
        "--keep-running. Removes every\n"
        "namespace and process it made on exit, Ctrl+C or SIGTERM. Needs root."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("bt::cli", "The environment folder."));
    const QCommandLineOption simulated({ QStringLiteral("simulated") },
        QCoreApplication::translate("bt::cli",
            "Simulated clients (namespaces running bttui --headless --dry-run); default "
            "4 without --vms."),
        QStringLiteral("N"));
    const QCommandLineOption vms({ QStringLiteral("vms") },
        QCoreApplication::translate("bt::cli",
            "qemu virtual machines that boot the real path (software emulation, 512 MiB each)."),
        QStringLiteral("M"));
    const QCommandLineOption firmware({ QStringLiteral("firmware") },
        QCoreApplication::translate("bt::cli",
            "Firmware of the virtual machines: bios (iPXE), uefi (OVMF) or\n"
            "secureboot (OVMF with Microsoft's keys, Secure Boot on); a comma-separated\n"
            "list gives each machine the next one in turn, e.g. uefi,secureboot (default bios)."),
        QStringLiteral("LIST"), QStringLiteral("bios"));
    const QCommandLineOption keepRunning({ QStringLiteral("keep-running") },
        QCoreApplication::translate(
            "bt::cli", "Keep the lab up after the clients booted, until Ctrl+C."));
    const QCommandLineOption workDir({ QStringLiteral("work-dir") },
        QCoreApplication::translate("bt::cli",
            "Keep the lab's logs, serial consoles and the final clients.json and swarm.json here\n"
            "(default: a temporary folder, removed at exit)."),
        QStringLiteral("FOLDER"));
    const QCommandLineOption timeout({ QStringLiteral("timeout") },
        QCoreApplication::translate("bt::cli",
            "Give up when the clients have not all booted after this many seconds (default 900)."),
        QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption kvm({ QStringLiteral("kvm") },
        QCoreApplication::translate("bt::cli", "Let the virtual machines use KVM."));
    const QCommandLineOption hostRate({ QStringLiteral("host-rate") },
        QCoreApplication::translate("bt::cli",
            "Limit what the host seeder and web seed send to MBIT Mbit/s, so the "
            "clients share with each other\n"
            "(default: no limit; TFTP and DHCP stay unlimited)."),
        QStringLiteral("MBIT"), QStringLiteral("0"));
    const QCommandLineOption siteDhcp({ QStringLiteral("site-dhcp") },
        QCoreApplication::translate("bt::cli",
            "Put the site's own DHCP server on the lab network (a dnsmasq that hands out\n"
            "dnsmasq.dhcp_range and nothing about booting), as on a school's network; the\n"
            "environment must serve with dnsmasq.proxy_dhcp: true."));
    const QCommandLineOption siteNamesHost({ QStringLiteral("site-names-host") },
        QCoreApplication::translate("bt::cli",
            "With --site-dhcp: the site's server names this host as next-server for UEFI PXE\n"
            "clients (boot file shimx64.efi), as a site must for Secure Boot machines."));
    const QCommandLineOption poweredOff({ QStringLiteral("powered-off") },
        QCoreApplication::translate("bt::cli",
            "Start the virtual machines powered off: each one starts when a Wake-on-LAN magic\n"
            "packet for its MAC reaches the lab network's broadcast address on UDP 9 or 7, e.g.\n"
            "from `ip netns exec btlab<PID>-h boottorrent wake DIR MAC`."));
    parser.addOptions({ simulated, vms, firmware, keepRunning, workDir, timeout, kvm, hostRate,
        siteDhcp, siteNamesHost, poweredOff });
    const QString dir = QDir(parseOrExit(parser, arguments, 1, 1).first()).absolutePath();

    VirtualLab::Options options;
    bool ok = true;
    options.vms = parser.isSet(vms) ? parser.value(vms).toInt(&ok) : 0;
    bool ok2 = true;
    options.simulated
        = parser.isSet(simulated) ? parser.value(simulated).toInt(&ok2) : (options.vms > 0 ? 0 : 4);
    bool ok3 = true;
    const int timeoutSeconds = parser.value(timeout).toInt(&ok3);
    bool ok4 = true;
    options.hostRateMbit = parser.value(hostRate).toInt(&ok4);
    if (!ok || !ok2 || !ok3 || !ok4 || timeoutSeconds <= 0 || options.hostRateMbit < 0) {
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent lab: --simulated, --vms, --timeout and --host-rate "
            "take numbers (see --help)"));
        return BadInput;
    }
    const std::optional<QList<VmFirmware>> firmwares = vmFirmwareList(parser.value(firmware));
    if (!firmwares) {
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent lab: --firmware takes bios, uefi or secureboot, or a "
            "comma-separated list of them (see --help)"));
        return BadInput;
    }
    options.firmwares = *firmwares;
    options.workDir = parser.value(workDir);
    options.kvm = parser.isSet(kvm);
    options.siteDhcp = parser.isSet(siteDhcp) || parser.isSet(siteNamesHost);
    options.siteNamesHost = parser.isSet(siteNamesHost);
    options.poweredOff = parser.isSet(poweredOff);
    if (options.poweredOff && options.vms == 0) {
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent lab: --powered-off is for virtual machines: add "
            "--vms M (see --help)"));
        return BadInput;
    }

    Result<Environment> loaded = Environment::load(dir);
    if (!loaded.ok())
        return reportProblems(loaded.problems(), dir);

    VirtualLab lab(std::move(loaded).value(), options);
    int exitCode = Success;
    const bool keep = parser.isSet(keepRunning);
    auto saveReplies = [&] {
        if (options.workDir.isEmpty())
            return;
        writeJson(lab.workDir() + QStringLiteral("/clients.json"), lab.clientsJson());
        writeJson(lab.workDir() + QStringLiteral("/swarm.json"), lab.swarmJson());
    };
    QObject::connect(
        &lab, &VirtualLab::logLine, &lab, [](const QString &line) { printLine(line); });
    QObject::connect(&lab, &VirtualLab::failed, &lab, [&](const QString &) {
        saveReplies();
        exitCode = Failure;
    });
    QObject::connect(&lab, &VirtualLab::settled, &lab, [&](bool allBooted) {
        saveReplies();
        if (!allBooted)
            exitCode = Failure;
        if (!keep || !allBooted)
            lab.stop();
    });
    QObject::connect(&lab, &VirtualLab::stopped, QCoreApplication::instance(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &lab, [&] {
        if (lab.state() != VirtualLab::State::Running && lab.state() != VirtualLab::State::Starting)
            return;
        printError(QCoreApplication::translate(
            "bt::cli", "boottorrent lab: the clients did not all boot within %1 s")
                       .arg(timeoutSeconds));
        saveReplies();
        exitCode = Failure;
        lab.stop();
    });
    watchTerminationSignals([&] {
        printLine(QCoreApplication::translate("bt::cli", "stopping"));
        saveReplies();
        lab.stop();
    });

    if (const Problems problems = lab.start(); !problems.isEmpty())
        return reportProblems(problems, dir);
    if (!keep)
        deadline.start(timeoutSeconds * 1000);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace bt::cli

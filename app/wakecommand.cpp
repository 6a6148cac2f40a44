#include "cli.h"
#include "commands.h"

#include <builder/outlayout.h>
#include <environment/environment.h>
#include <environment/macaddress.h>
#include <environment/machinebook.h>
#include <serve/dnsmasqlease.h>
#include <serve/leasefilereader.h>
#include <serve/plaintext.h>
#include <serve/wakeonlan.h>

#include <QCoreApplication>
#include <QDir>

namespace bt::cli {

int runWake(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Powers lab machines on with Wake-on-LAN: magic packets to the broadcast address of the\n"
        "network of boottorrent.host_ip on dnsmasq.interface, UDP ports 9 and 7, three times "
        "each,\n"
        "at most RATE machines a second. The machines' firmware must have Wake-on-LAN on."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
        QCoreApplication::translate("bt::cli", "The environment of the lab."));
    parser.addPositionalArgument(QStringLiteral("MACHINE"),
        QCoreApplication::translate(
            "bt::cli", "Machines to wake: a MAC (aa:bb:cc:dd:ee:ff) or a name from machines.yaml."),
        QStringLiteral("[MACHINE...]"));
    const QCommandLineOption all({ QStringLiteral("all") },
        QCoreApplication::translate("bt::cli",
            "Wake every known machine (machines.yaml) and every machine that holds a\n"
            "lease from this environment's DHCP (out/dnsmasq/dnsmasq.leases)."));
    const QCommandLineOption rate({ QStringLiteral("rate") },
        QCoreApplication::translate("bt::cli",
            "Machines woken per second (1-100; default boottorrent.wake_per_second,\n"
            "which is %1 unless the environment says otherwise).")
            .arg(WakeOnLan::DefaultPerSecond),
        QStringLiteral("RATE"));
    parser.addOptions({ all, rate });
    const QStringList positional = parseOrExit(parser, arguments, 1, 1 + 4096);
    const QString dir = QDir(positional.first()).absolutePath();
    bool rateOk = true;
    const int perSecond = parser.isSet(rate) ? parser.value(rate).toInt(&rateOk) : 0;
    if (parser.isSet(rate) && (!rateOk || perSecond < 1 || perSecond > 100)) {
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent wake: --rate takes a number of machines per second from 1 to 100"));
        return BadInput;
    }
    Result<Environment> loaded = Environment::load(dir);
    if (!loaded.ok())
        return reportProblems(loaded.problems(), dir);
    const Environment env = std::move(loaded).value();
    QStringList osNames;
    for (const OsConfig &os : env.oss())
        osNames << os.name;
    const Result<MachineBook> book = MachineBook::load(MachineBook::pathIn(dir), osNames);
    if (!book.ok())
        return reportProblems(book.problems(), dir);
    QStringList macs;
    for (const QString &given : positional.mid(1)) {
        if (const KnownMachine *known = book->findByNameOrMac(given)) {
            macs << known->mac;
            continue;
        }
        const std::optional<QString> mac = normalizedMac(given);
        if (!mac) {
            printError(QCoreApplication::translate("bt::cli",
                "boottorrent wake: \"%1\" is neither a MAC address "
                "(aa:bb:cc:dd:ee:ff) nor the name of a machine in %2/%3")
                           .arg(plainText(given, 64), dir, MachineBook::fileName()));
            return BadInput;
        }
        macs << *mac;
    }
    if (parser.isSet(all)) {
        for (const KnownMachine &machine : book->machines())
            macs << machine.mac;
        const QString leases = OutLayout::path(env, OutLayout::DnsmasqLeases);
        const Result<QList<DnsmasqLease>> read = LeaseFileReader::read(leases);
        if (read.ok())
            for (const DnsmasqLease &lease : read.value())
                macs << lease.mac;
    }
    macs.removeDuplicates();
    if (macs.isEmpty()) {
        printError(parser.isSet(all) ? QCoreApplication::translate("bt::cli",
                       "boottorrent wake: %1 knows no machine yet (machines.yaml, leases); "
                       "name the MACs to wake")
                                           .arg(dir)
                                     : QCoreApplication::translate("bt::cli",
                                         "boottorrent wake: name the machines to wake, or --all"));
        return BadInput;
    }
    QString error;
    std::optional<WakeOnLan::Options> options = WakeOnLan::optionsFor(env, &error);
    if (!options) {
        printError(QStringLiteral("%1/Boottorrent.yaml: %2").arg(dir, error));
        return BadInput;
    }
    if (perSecond > 0)
        options->perSecond = perSecond;
    WakeOnLan wake;
    QObject::connect(&wake, &WakeOnLan::sent, &wake, [&options](const QString &mac) {
        printLine(
            QCoreApplication::translate("bt::cli", "woke %1 (magic packets to %2, UDP 9 and 7)")
                .arg(mac, options->broadcast.toString()));
    });
    int exitCode = Success;
    QObject::connect(&wake, &WakeOnLan::finished, &wake, [&exitCode](const QString &failure) {
        if (!failure.isEmpty()) {
            printError(QCoreApplication::translate("bt::cli", "boottorrent wake: %1").arg(failure));
            exitCode = Failure;
        }
        QCoreApplication::quit();
    });
    wake.start(macs, *options);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace bt::cli

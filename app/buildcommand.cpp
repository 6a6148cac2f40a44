#include "cli.h"
#include "commands.h"

#include <builder/builder.h>
#include <environment/environment.h>

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <unistd.h>

namespace bt::cli {

int runBuild(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Builds DIR/out/: one torrent per OS, the client configuration (torrents.gz), the Phase-1\n"
        "boot files and the configuration of dnsmasq, aria2c and opentracker. The new out/\n"
        "replaces the old one only when every step succeeded."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("bt::cli", "The environment folder."));
    const QCommandLineOption phase1({ QStringLiteral("phase1") },
        QCoreApplication::translate(
            "bt::cli", "Folder with the Phase-1 boot files (default: found next to boottorrent)."),
        QStringLiteral("FOLDER"));
    const QCommandLineOption threads({ QStringLiteral("threads") },
        QCoreApplication::translate("bt::cli", "Hashing threads (default: every core)."),
        QStringLiteral("N"));
    const QCommandLineOption quiet({ QStringLiteral("q"), QStringLiteral("quiet") },
        QCoreApplication::translate("bt::cli", "Print only the result."));
    parser.addOptions({ phase1, threads, quiet });
    const QString dir = QDir(parseOrExit(parser, arguments, 1, 1).first()).absolutePath();

    Builder::Options options;
    options.phase1Dir = parser.value(phase1);
    if (parser.isSet(threads)) {
        bool ok = false;
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 1) {
            printError(QCoreApplication::translate("bt::cli",
                "boottorrent build: --threads: expected a number of at least 1, got \"%1\"")
                           .arg(parser.value(threads)));
            return BadInput;
        }
    }

    const Result<Environment> env = Environment::load(dir);
    if (!env.ok())
        return reportProblems(env.problems(), dir);

    const bool interactive = !parser.isSet(quiet) && ::isatty(STDOUT_FILENO);
    QString lastStep;
    QTextStream out(stdout);
    const Builder::Progress progress = [&](const QString &step, qint64 done, qint64 total) {
        if (parser.isSet(quiet))
            return;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (interactive) {
            out << QStringLiteral("\r\033[K[%1%] %2").arg(percent, 3).arg(step) << Qt::flush;
        } else if (step != lastStep) {
            out << QStringLiteral("[%1%] %2").arg(percent, 3).arg(step) << Qt::endl;
        }
        lastStep = step;
    };
    const Result<BuildReport> report = Builder::build(env.value(), options, progress);
    if (interactive)
        out << "\r\033[K" << Qt::flush;
    if (!report.ok()) {
        reportProblems(report.problems(), dir);
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent build: nothing was changed; the previous out/ is still in place."));
        return BadInput;
    }
    for (const QString &warning : report->warnings)
        printError(QCoreApplication::translate("bt::cli", "warning: %1").arg(warning));
    for (const BuiltTorrent &t : report->torrents)
        printLine(QCoreApplication::translate("bt::cli", "torrent %1: %2 (%3 bytes, %4 pieces)")
                      .arg(t.name, t.infoHashHex)
                      .arg(t.totalSize)
                      .arg(t.pieceCount));
    printLine(QCoreApplication::translate("bt::cli", "Built %1").arg(report->outDir));
    return Success;
}

} // namespace bt::cli

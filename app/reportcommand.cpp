#include "cli.h"
#include "commands.h"

#include <serve/adminclient.h>
#include <serve/plaintext.h>
#include <serve/serveruntime.h>
#include <serve/wavereport.h>
#include <serve/wavereportfiles.h>
#include <ui/wavecurveimage.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

namespace bt::cli {

namespace {

const QString kCommand = QStringLiteral("boottorrent report");

QString mebibytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / 1048576.0, 0, 'f', 1);
}

// The running wave or the last settled one, from the serve of `dir`; nothing
// when none runs or it does not answer.
std::optional<WaveReport> fromServe(const QString &dir, QString *source)
{
    const std::optional<ServeRuntime::Info> running = ServeRuntime::find(dir);
    if (!running || running->token.isEmpty())
        return std::nullopt;
    std::optional<AdminEndpoint> endpoint = AdminEndpoint::parse(running->admin);
    if (!endpoint)
        return std::nullopt;
    endpoint->token = running->token;
    AdminClient client;
    client.setEndpoint(*endpoint);
    std::optional<WaveReport> report;
    QEventLoop loop;
    client.get(QStringLiteral("/api/v1/report"),
        [&](int status, const QJsonObject &body, const QString &) {
            *source = QCoreApplication::translate("bt::cli", "the serve of %1 (pid %2)")
                          .arg(dir)
                          .arg(running->pid);
            if (status == 200) {
                Result<WaveReport> read = WaveReport::fromJson(
                    QJsonDocument(body).toJson(QJsonDocument::Compact), *source);
                if (read.ok() && read->status != WaveReport::Status::None)
                    report = read.value();
            }
            loop.quit();
        });
    loop.exec();
    return report;
}

QString table(const WaveReport &report)
{
    QList<QStringList> rows { columnTitles({ QT_TRANSLATE_NOOP("bt::cli", "MAC"),
        QT_TRANSLATE_NOOP("bt::cli", "NAME"), QT_TRANSLATE_NOOP("bt::cli", "OS"),
        QT_TRANSLATE_NOOP("bt::cli", "STATE"), QT_TRANSLATE_NOOP("bt::cli", "PHASE-1"),
        QT_TRANSLATE_NOOP("bt::cli", "DOWNLOADED"), QT_TRANSLATE_NOOP("bt::cli", "BOOTED"),
        QT_TRANSLATE_NOOP("bt::cli", "FROM HOST"), QT_TRANSLATE_NOOP("bt::cli", "FROM PEERS") }) };
    for (const WaveMachine &m : report.machines)
        rows << QStringList { m.mac, plainText(m.name, 63), plainText(m.os, 64), m.state,
            WaveReport::duration(m.toPhase1), WaveReport::duration(m.toDownloaded),
            WaveReport::duration(m.toBooted), mebibytes(m.bytesFromHost),
            mebibytes(m.bytesFromPeers) };
    return alignedColumns(rows);
}

QString summary(const WaveReport &report, const QString &source)
{
    QString text = QCoreApplication::translate("bt::cli", "Boot wave from %1\n").arg(source);
    text += QCoreApplication::translate("bt::cli", "started %1 UTC")
                .arg(report.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (report.status == WaveReport::Status::Settled)
        text += QCoreApplication::translate("bt::cli", ", settled %1 UTC%2")
                    .arg(report.settled.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        report.settledBy == QLatin1String("admin")
                            ? QCoreApplication::translate("bt::cli", " by the admin")
                            : QString());
    else
        text += QCoreApplication::translate("bt::cli", ", still running");
    text += QStringLiteral("\n%1\n").arg(report.summary());
    const qint64 host = report.bytesFromHost();
    const qint64 peers = report.bytesFromPeers();
    text += QCoreApplication::translate(
        "bt::cli", "median time to booted %1; from the host %2, from peers %3")
                .arg(WaveReport::duration(report.medianToBooted()), mebibytes(host),
                    mebibytes(peers));
    if (host + peers > 0)
        text += QCoreApplication::translate("bt::cli", " (%1 % peer-to-peer)")
                    .arg(qRound(100.0 * double(peers) / double(host + peers)));
    return text + QStringLiteral("\n\n") + table(report);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Prints the boot wave report of DIR: the wave the running serve of DIR follows (or its\n"
        "last settled one), else the newest DIR/reports/wave-*.json. Each machine's times from\n"
        "its first DHCP request to Phase 1, to its OS downloaded and to booted; the bytes it got\n"
        "from the host and from peers."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("bt::cli", "The environment folder."));
    const QCommandLineOption wave({ QStringLiteral("wave") },
        QCoreApplication::translate(
            "bt::cli", "Report this wave file instead (a reports/wave-*.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption csv({ QStringLiteral("csv") },
        QCoreApplication::translate(
            "bt::cli", "Write one line per machine to FILE and the curve to FILE-curve.csv."),
        QStringLiteral("FILE"));
    const QCommandLineOption png({ QStringLiteral("png") },
        QCoreApplication::translate(
            "bt::cli", "Draw the curve of machines booted over time to FILE (PNG)."),
        QStringLiteral("FILE"));
    parser.addOptions({ wave, csv, png });
    const QString dir = QDir(parseOrExit(parser, arguments, 1, 1).first()).absolutePath();
    if (!QFileInfo(dir).isDir()) {
        printError(QCoreApplication::translate("bt::cli", "%1: %2 is not an environment folder")
                       .arg(kCommand, dir));
        return BadInput;
    }
    for (const QCommandLineOption &option : { wave, csv, png })
        if (parser.isSet(option) && parser.value(option).isEmpty()) {
            printError(QCoreApplication::translate("bt::cli", "%1: --%2 needs a file name")
                           .arg(kCommand, option.names().first()));
            return BadInput;
        }
    if (parser.isSet(png)
        && !parser.value(png).endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate(
            "bt::cli", "%1: --png %2: the picture is a PNG; name it *.png")
                       .arg(kCommand, parser.value(png)));
        return BadInput;
    }

    QString source;
    std::optional<WaveReport> report;
    if (parser.isSet(wave)) {
        source = QDir(parser.value(wave)).absolutePath();
        const Result<WaveReport> read = WaveReportFiles::read(source);
        if (!read.ok()) {
            printError(QStringLiteral("%1: --wave %2").arg(kCommand, toString(read.problems())));
            return BadInput;
        }
        report = read.value();
    } else {
        report = fromServe(dir, &source);
        if (!report) {
            const Result<QString> newest = WaveReportFiles::newest(dir);
            if (!newest.ok()) {
                printError(QStringLiteral("%1: %2").arg(kCommand, toString(newest.problems())));
                return Failure;
            }
            source = newest.value();
            const Result<WaveReport> read = WaveReportFiles::read(source);
            if (!read.ok()) {
                printError(QStringLiteral("%1: %2").arg(kCommand, toString(read.problems())));
                return BadInput;
            }
            report = read.value();
        }
    }

    QTextStream(stdout) << summary(*report, source);
    QString error;
    if (parser.isSet(csv)) {
        const QString file = parser.value(csv);
        if (!writeFile(file, report->machinesCsv(), &error)
            || !writeFile(WaveReportFiles::curveCsvFile(file), report->curveCsv(), &error)) {
            printError(QCoreApplication::translate("bt::cli", "%1: --csv %2 cannot be written: %3")
                           .arg(kCommand, file, error));
            return BadInput;
        }
        printLine(QCoreApplication::translate("bt::cli", "wrote %1 and %2")
                      .arg(file, WaveReportFiles::curveCsvFile(file)));
    }
    if (parser.isSet(png)) {
        const QString file = parser.value(png);
        QImageWriter writer(file, "png");
        if (!writer.write(waveCurveImage(*report))) {
            printError(QCoreApplication::translate("bt::cli", "%1: --png %2 cannot be written: %3")
                           .arg(kCommand, file, writer.errorString()));
            return BadInput;
        }
        printLine(QCoreApplication::translate("bt::cli", "wrote %1").arg(file));
    }
    return Success;
}

} // namespace bt::cli

#include "cli.h"
#include "commands.h"

#include <environment/environment.h>
#include <serve/clientrecord.h>
#include <serve/jsonfields.h>
#include <serve/plaintext.h>
#include <serve/serveruntime.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

namespace bt::cli {

namespace {

QString humanRate(qint64 bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return QStringLiteral("-");
    if (bytesPerSecond >= 1 << 20)
        return QStringLiteral("%1 MiB/s").arg(double(bytesPerSecond) / (1 << 20), 0, 'f', 1);
    return QStringLiteral("%1 KiB/s").arg(bytesPerSecond / 1024);
}

// "45 s", "3:05", "1:02:03"; "-" when unknown.
QString etaText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    return seconds < 60 ? QStringLiteral("%1 s").arg(seconds) : etaClockText(seconds);
}

// One line per slow or stuck machine: its level, who it is and what to check.
QString alerts(const QJsonArray &clients)
{
    QString text;
    for (const QJsonValue &value : clients) {
        const QJsonObject c = value.toObject();
        const QJsonObject alert = c.value(QStringLiteral("alert")).toObject();
        const QString level = plainText(alert.value(QStringLiteral("level")).toString(), 8);
        if (level != QLatin1String("amber") && level != QLatin1String("red"))
            continue;
        text += QStringLiteral("%1 %2 (%3): %4\n")
                    .arg(level.toUpper(), plainText(c.value(QStringLiteral("mac")).toString(), 17),
                        plainText(c.value(QStringLiteral("ip")).toString(), 45),
                        plainText(alert.value(QStringLiteral("reason")).toString(), 512));
    }
    return text;
}

QString table(const QJsonArray &clients)
{
    QList<QStringList> rows { columnTitles({ QT_TRANSLATE_NOOP("bt::cli", "MAC"),
        QT_TRANSLATE_NOOP("bt::cli", "IP"), QT_TRANSLATE_NOOP("bt::cli", "HOSTNAME"),
        QT_TRANSLATE_NOOP("bt::cli", "OS"), QT_TRANSLATE_NOOP("bt::cli", "STATE"),
        QT_TRANSLATE_NOOP("bt::cli", "PROGRESS"), QT_TRANSLATE_NOOP("bt::cli", "RATE"),
        QT_TRANSLATE_NOOP("bt::cli", "ETA"), QT_TRANSLATE_NOOP("bt::cli", "MESSAGE") }) };
    for (const QJsonValue &value : clients) {
        const QJsonObject c = value.toObject();
        // Whatever the server relays from its clients stays text on this terminal.
        auto text = [&c](const char *key, int maxLength) {
            return plainText(c.value(QLatin1String(key)).toString(), maxLength);
        };
        rows << QStringList { text("mac", 17), text("ip", 45), text("hostname", 64),
            text("os", 128), text("state", 20),
            QStringLiteral("%1%").arg(c.value(QStringLiteral("progress")).toInt()),
            humanRate(jsonfields::count(c.value(QStringLiteral("downloadRate")).toDouble())),
            etaText(c.value(QStringLiteral("etaSeconds")).toInteger(-1)), text("message", 1024) };
    }
    return alignedColumns(rows);
}

} // namespace

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Prints the clients of the BootTorrent that serves DIR: from serve's admin API when its\n"
        "runtime file and token can be read (then its services too), else from the status\n"
        "endpoint (http://<host_ip>:<status_port>/api/v1/clients)."));
    parser.addPositionalArgument(
        QStringLiteral("DIR"), QCoreApplication::translate("bt::cli", "The environment folder."));
    const QCommandLineOption json({ QStringLiteral("json") },
        QCoreApplication::translate("bt::cli", "Print the clients and the swarm as JSON."));
    parser.addOption(json);
    const QString dir = QDir(parseOrExit(parser, arguments, 1, 1).first()).absolutePath();

    const Result<Environment> env = Environment::read(dir);
    if (!env.ok())
        return reportProblems(env.problems(), dir);
    QString base = QStringLiteral("http://%1:%2/api/v1/")
                       .arg(env->boot().hostIp)
                       .arg(env->boot().statusPort);
    QStringList paths { QStringLiteral("clients"), QStringLiteral("swarm") };
    QByteArray token;
    if (const std::optional<ServeRuntime::Info> running = ServeRuntime::find(dir);
        running && !running->token.isEmpty()) {
        base = QStringLiteral("http://%1/api/v1/").arg(running->admin);
        token = running->token;
        paths << QStringLiteral("services");
    }

    QNetworkAccessManager network;
    network.setTransferTimeout(5000);
    QHash<QString, QJsonObject> answers;
    QString error;
    int pending = 0;
    for (const QString &path : std::as_const(paths)) {
        QNetworkRequest request { QUrl(base + path) };
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.get(request);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, path] {
            if (reply->error() != QNetworkReply::NoError)
                error = reply->errorString();
            else
                answers.insert(path, QJsonDocument::fromJson(reply->readAll()).object());
            reply->deleteLater();
            if (--pending == 0)
                QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();
    if (!error.isEmpty()) {
        printError(QCoreApplication::translate("bt::cli",
            "boottorrent status: no BootTorrent answers for %1 at %2 (%3); is `boottorrent serve "
            "%1` "
            "running?")
                       .arg(dir, base, error));
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonObject all = answers.value(QStringLiteral("clients"));
        all.insert(QStringLiteral("swarm"), answers.value(QStringLiteral("swarm")));
        if (answers.contains(QStringLiteral("services")))
            all.insert(QStringLiteral("services"),
                answers.value(QStringLiteral("services")).value(QStringLiteral("services")));
        QTextStream(stdout) << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QJsonArray clients
        = answers.value(QStringLiteral("clients")).value(QStringLiteral("clients")).toArray();
    QTextStream(stdout) << table(clients) << alerts(clients);
    const QJsonObject swarm = answers.value(QStringLiteral("swarm"));
    QTextStream(stdout) << QCoreApplication::translate("bt::cli", "%1 clients; swarm: %2\n")
                               .arg(clients.size())
                               .arg(QString::fromUtf8(
                                   QJsonDocument(swarm).toJson(QJsonDocument::Compact)));
    const QJsonArray services
        = answers.value(QStringLiteral("services")).value(QStringLiteral("services")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject s = value.toObject();
        QTextStream(stdout) << QCoreApplication::translate(
            "bt::cli", "service %1: %2, pid %3, %4 restarts\n")
                                   .arg(plainText(s.value(QStringLiteral("name")).toString(), 40),
                                       plainText(s.value(QStringLiteral("state")).toString(), 20))
                                   .arg(s.value(QStringLiteral("pid")).toInteger())
                                   .arg(s.value(QStringLiteral("restarts")).toInt());
    }
    return Success;
}

} // namespace bt::cli

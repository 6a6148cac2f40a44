#include "adminserver.h"

#include "clientregistry.h"
#include "environment/macaddress.h"
#include "logmodel.h"
#include "machinerecorder.h"
#include "servicegroup.h"
#include "servicesupervisor.h"
#include "wavetracker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

namespace bt {

namespace {

constexpr std::size_t kJournalLines = 5000;
constexpr int kMaxLinesPerAnswer = 1000;

// Compares without telling through its timing how much of the token matched.
bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString stateName(ServiceSupervisor::State state)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<ServiceSupervisor::State>().valueToKey(int(state)))
        .toLower();
}

} // namespace

AdminServer::AdminServer(
    ClientRegistry *registry, ServiceGroup *services, LogModel *log, QObject *parent)
    : JsonEndpoint(5000, 64, parent)
    , m_registry(registry)
    , m_services(services)
    , m_log(log)
{
    if (m_log)
        connect(m_log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { journal(first, last); });
}

AdminServer::~AdminServer() = default;

QByteArray AdminServer::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

bool AdminServer::listen(
    const QHostAddress &address, quint16 port, const QList<QHostAddress> &labAddresses)
{
    QString refusal;
    if (m_token.size() < 32)
        refusal = QStringLiteral("The admin API needs a token.");
    else if (address.isNull() || address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6))
        refusal = QStringLiteral("The admin API listens on one management address (default "
                                 "127.0.0.1), not on every address.");
    for (const QHostAddress &lab : labAddresses)
        if (refusal.isEmpty() && address.isEqual(lab, QHostAddress::TolerantConversion))
            refusal = QStringLiteral(
                "The admin API must not listen on the lab address %1: lab machines would reach it.")
                          .arg(address.toString());
    return listenOn(address, port, refusal);
}

void AdminServer::journal(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_journal.emplace_back(++m_sequence, m_log->line(row));
        if (m_journal.size() > kJournalLines)
            m_journal.pop_front();
    }
}

void AdminServer::route(QTcpSocket *socket, const HttpRequest &request)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return respondError(
            socket, 401, QStringLiteral("The admin API needs the token from serve's token file."));
    if (!sameToken(authorization.mid(7).trimmed(), m_token))
        return respondError(socket, 403, QStringLiteral("The token is wrong."));

    const QString path = request.path();
    const QByteArray method = request.method;
    auto get = [&](const QString &name) { return path == name && method == "GET"; };
    if (get(QStringLiteral("/api/v1/state")))
        return respond(socket, 200,
            QJsonDocument(QJsonObject {
                              { QStringLiteral("state"), m_servingState },
                              { QStringLiteral("environment"), m_environment },
                              { QStringLiteral("pid"), qint64(QCoreApplication::applicationPid()) },
                              { QStringLiteral("networkAlert"), m_alert },
                          })
                .toJson(QJsonDocument::Compact));
    if (get(QStringLiteral("/api/v1/clients")))
        return respond(
            socket, 200, QJsonDocument(m_registry->clientsToJson()).toJson(QJsonDocument::Compact));
    if (get(QStringLiteral("/api/v1/swarm")))
        return respond(
            socket, 200, QJsonDocument(m_registry->swarmToJson()).toJson(QJsonDocument::Compact));
    if (get(QStringLiteral("/api/v1/services")))
        return respond(socket, 200, servicesJson());
    if (get(QStringLiteral("/api/v1/log"))) {
        bool ok = true;
        const QString since = QUrlQuery(request.query()).queryItemValue(QStringLiteral("since"));
        const qint64 from = since.isEmpty() ? 0 : since.toLongLong(&ok);
        if (!ok || from < 0)
            return respondError(socket, 400, QStringLiteral("since must be a sequence number."));
        return respond(socket, 200, logJson(from));
    }
    if (get(QStringLiteral("/api/v1/machines")))
        return respond(socket, 200,
            QJsonDocument(m_machines ? m_machines->toJson()
                                     : QJsonObject { { QStringLiteral("machines"), QJsonArray() } })
                .toJson(QJsonDocument::Compact));
    if (path == QStringLiteral("/api/v1/wake") && method == "POST")
        return routeWake(socket, request);
    if (path.startsWith(QStringLiteral("/api/v1/report")))
        return routeReport(socket, request);
    // Commands are taken at once and carried out after the answer.
    const bool stop = path == QStringLiteral("/api/v1/stop");
    if ((stop || path == QStringLiteral("/api/v1/restart")) && method == "POST") {
        respond(socket, stop ? 200 : 202,
            QJsonDocument(QJsonObject { { QStringLiteral("ok"), true } })
                .toJson(QJsonDocument::Compact));
        if (stop)
            Q_EMIT stopRequested();
        else
            Q_EMIT restartRequested();
        return;
    }
    respondError(socket, 404, QStringLiteral("There is nothing at this path for this method."));
}

void AdminServer::routeWake(QTcpSocket *socket, const HttpRequest &request)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return respondError(
            socket, 400, QStringLiteral("The body must be {\"macs\": [...]} or {\"all\": true}."));
    const QJsonObject object = document.object();
    QStringList macs;
    if (object.value(QStringLiteral("all")).toBool()) {
        if (m_machines)
            for (const KnownMachine &machine : m_machines->book().machines())
                macs << machine.mac;
        for (const ClientRecord &client : m_registry->clients())
            if (!macs.contains(client.mac))
                macs << client.mac;
    } else {
        const QJsonArray list = object.value(QStringLiteral("macs")).toArray();
        for (const QJsonValue &value : list) {
            const auto mac = normalizedMac(value.toString());
            if (!mac)
                return respondError(socket, 400,
                    QStringLiteral(
                        "Every entry of macs must be a MAC address like 52:54:00:12:34:56."));
            if (!macs.contains(*mac))
                macs << *mac;
        }
    }
    if (macs.isEmpty())
        return respondError(socket, 400, QStringLiteral("There is no machine to wake."));
    respond(socket, 202,
        QJsonDocument(QJsonObject { { QStringLiteral("ok"), true },
                          { QStringLiteral("machines"), int(macs.size()) } })
            .toJson(QJsonDocument::Compact));
    Q_EMIT wakeRequested(macs);
}

void AdminServer::routeReport(QTcpSocket *socket, const HttpRequest &request)
{
    const QString path = request.path();
    if (path == QStringLiteral("/api/v1/report") && request.method == "GET")
        return respond(socket, 200,
            QJsonDocument((m_waves ? m_waves->report() : WaveReport()).toJson())
                .toJson(QJsonDocument::Compact));
    if (path == QStringLiteral("/api/v1/report/settle") && request.method == "POST") {
        if (!m_waves || !m_waves->settle(QDateTime::currentDateTimeUtc()))
            return respondError(socket, 409, QStringLiteral("No boot wave runs."));
        return respond(
            socket, 200, QJsonDocument(m_waves->report().toJson()).toJson(QJsonDocument::Compact));
    }
    respondError(socket, 404, QStringLiteral("There is nothing at this path for this method."));
}

QByteArray AdminServer::servicesJson() const
{
    QJsonArray services;
    if (m_services)
        for (const ServiceSupervisor *s : m_services->supervisors())
            services.append(QJsonObject {
                { QStringLiteral("name"), s->name() },
                { QStringLiteral("state"), stateName(s->state()) },
                { QStringLiteral("pid"), s->pid() },
                { QStringLiteral("restarts"), s->restartCount() },
                { QStringLiteral("lastError"), s->lastError() },
            });
    return QJsonDocument(QJsonObject { { QStringLiteral("services"), services } })
        .toJson(QJsonDocument::Compact);
}

QByteArray AdminServer::logJson(qint64 since) const
{
    QJsonArray lines;
    for (const auto &[sequence, line] : m_journal) {
        if (sequence <= since)
            continue;
        lines.append(QJsonObject {
            { QStringLiteral("seq"), sequence },
            { QStringLiteral("time"), line.time.toString(Qt::ISODateWithMs) },
            { QStringLiteral("source"), line.source },
            { QStringLiteral("severity"), toString(line.severity) },
            { QStringLiteral("text"), line.text },
        });
        if (lines.size() >= kMaxLinesPerAnswer)
            break;
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("lines"), lines }, { QStringLiteral("last"), m_sequence } })
        .toJson(QJsonDocument::Compact);
}

} // namespace bt

#include "statusserver.h"

#include "clientregistry.h"
#include "environment/macaddress.h"

#include <wire/statusreport.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace bt {

namespace {

QString clientAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

StatusServer::StatusServer(ClientRegistry *registry, QObject *parent)
    : JsonEndpoint(5000, 256, parent)
    , m_registry(registry)
{
    Q_ASSERT(registry);
}

StatusServer::~StatusServer() = default;

bool StatusServer::listen(const QHostAddress &address, quint16 port)
{
    const bool wildcard = address.isNull() || address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
    return listenOn(address, port,
        wildcard ? QStringLiteral(
            "The status endpoint must listen on the host's lab address, not on every address.")
                 : QString());
}

void StatusServer::rejected(QTcpSocket *socket, int code, const QString &message)
{
    Q_EMIT requestRejected(socket->peerAddress(), code, message);
}

void StatusServer::route(QTcpSocket *socket, const HttpRequest &request)
{
    const QString path = request.path();
    const QString clientPrefix = QString::fromLatin1(
        wire::statusreport::ClientsPath.data(), qsizetype(wire::statusreport::ClientsPath.size()));
    const QString clients = clientPrefix.chopped(1);
    const QByteArray method = request.method;

    if (path == clients || path == clientPrefix) {
        if (method != "GET")
            return respondError(socket, 405, QStringLiteral("Use GET to read the clients."), "GET");
        return respond(
            socket, 200, QJsonDocument(m_registry->clientsToJson()).toJson(QJsonDocument::Compact));
    }
    if (path == QStringLiteral("/api/v1/swarm")) {
        if (method != "GET")
            return respondError(socket, 405, QStringLiteral("Use GET to read the swarm."), "GET");
        return respond(
            socket, 200, QJsonDocument(m_registry->swarmToJson()).toJson(QJsonDocument::Compact));
    }
    if (!path.startsWith(clientPrefix))
        return respondError(socket, 404, QStringLiteral("There is nothing at this path."));

    const QString macText = path.mid(clientPrefix.size());
    if (method != "GET" && method != "POST")
        return respondError(socket, 405,
            QStringLiteral("Use POST to report a status or GET to read one."), "GET, POST");
    const std::optional<QString> mac = normalizedMac(macText);
    if (!mac)
        return respondError(socket, 400,
            QStringLiteral("The path does not end in a MAC address like 52:54:00:12:34:56."));
    if (method == "GET") {
        const std::optional<ClientRecord> record = m_registry->client(*mac);
        if (!record)
            return respondError(
                socket, 404, QStringLiteral("No client with this MAC address is known."));
        return respond(socket, 200, QJsonDocument(record->toJson()).toJson(QJsonDocument::Compact));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return respondError(socket, 400, QStringLiteral("The body is not a JSON object."));
    QString error;
    bool unprocessable = false;
    std::optional<ClientStatus> status
        = ClientStatus::fromJson(document.object(), &error, &unprocessable);
    if (!status)
        return respondError(socket, unprocessable ? 422 : 400, error);
    status->ip = clientAddress(socket->peerAddress());
    status->time = QDateTime::currentDateTime();
    if (refusedForAddress(socket, *mac, status->ip))
        return;
    if (!m_registry->applyStatus(*mac, *status))
        return respondError(socket, 503,
            QStringLiteral("The host already follows %1 machines; no more are recorded.")
                .arg(m_registry->maxClients()));
    const std::optional<ClientRecord> record = m_registry->client(*mac);
    const QJsonObject answer {
        { QStringLiteral("ok"), true },
        { QStringLiteral("state"),
            record ? clientStateName(record->state) : clientStateName(status->state) },
    };
    respond(socket, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    Q_EMIT statusReceived(*mac, *status);
}

void StatusServer::setPerAddressLimits(int macs, int postsPer10s)
{
    m_macsPerAddress = macs;
    m_postsPer10s = postsPer10s;
}

bool StatusServer::refusedForAddress(QTcpSocket *socket, const QString &mac, const QString &ip)
{
    // With full DHCP the host leased every address: a machine reports from its own.
    if (!m_registry->leaseAllows(mac, ip)) {
        respondError(
            socket, 403, QStringLiteral("This MAC address's lease belongs to another address."));
        return true;
    }
    if (m_loopbackExempt && socket->peerAddress().isLoopback())
        return false;
    if (!m_addresses.contains(ip) && m_addresses.size() >= 4 * m_registry->maxClients())
        m_addresses.clear(); // a flood of addresses forgets, it does not grow
    AddressUse &use = m_addresses[ip];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - use.windowStart >= 10000) {
        use.windowStart = now;
        use.posts = 0;
    }
    if (++use.posts > m_postsPer10s) {
        respondError(socket, 429, QStringLiteral("Too many reports from this address; slow down."));
        return true;
    }
    if (!use.macs.contains(mac) && use.macs.size() >= m_macsPerAddress) {
        respondError(socket, 403,
            QStringLiteral("This address already reports for %1 MAC addresses.")
                .arg(m_macsPerAddress));
        return true;
    }
    use.macs.insert(mac);
    return false;
}

} // namespace bt

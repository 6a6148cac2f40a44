#include "statusserver.h"

#include "clientregistry.h"
#include "httprequestparser.h"
#include "macaddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bt {

namespace {

const char *AnsweredProperty = "bt_status_answered";

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QString clientAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

StatusServer::StatusServer(ClientRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_server(new QTcpServer(this))
{
    Q_ASSERT(registry);
    connect(m_server, &QTcpServer::newConnection, this, &StatusServer::acceptConnections);
}

StatusServer::~StatusServer() = default;

bool StatusServer::listen(const QHostAddress &address, quint16 port)
{
    if (address.isNull() || address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6)) {
        m_errorString = QStringLiteral(
            "The status endpoint must listen on the host's lab address, not on every address.");
        return false;
    }
    if (!m_server->listen(address, port)) {
        m_errorString = QStringLiteral("Cannot listen on %1:%2: %3.")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_server->errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

void StatusServer::close() { m_server->close(); }

bool StatusServer::isListening() const { return m_server->isListening(); }

QHostAddress StatusServer::serverAddress() const { return m_server->serverAddress(); }

quint16 StatusServer::serverPort() const { return m_server->serverPort(); }

void StatusServer::setConnectionTimeout(int milliseconds) { m_timeout = milliseconds; }

void StatusServer::setMaxConnections(int count) { m_maxConnections = count; }

void StatusServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] {
            --m_connections;
            m_parsers.remove(socket);
        });
        // Whatever the peer does, the connection ends after the timeout.
        QTimer::singleShot(m_timeout, socket, [socket] { socket->abort(); });
        if (m_connections > m_maxConnections) {
            respondError(socket, 503, QStringLiteral("Too many connections; try again shortly."));
            continue;
        }
        // Bounds what a connection can make us hold in memory.
        socket->setReadBufferSize(
            HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 4096);
        m_parsers.insert(socket, std::make_shared<HttpRequestParser>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
        if (socket->bytesAvailable() > 0)
            handleReadable(socket);
    }
}

void StatusServer::handleReadable(QTcpSocket *socket)
{
    if (socket->property(AnsweredProperty).toBool()) {
        socket->readAll(); // a request per connection; the rest is dropped
        return;
    }
    const std::shared_ptr<HttpRequestParser> parser = m_parsers.value(socket);
    if (!parser)
        return;
    const HttpRequestParser::Status status = parser->feed(socket->readAll());
    if (status == HttpRequestParser::Status::Incomplete)
        return;
    if (status == HttpRequestParser::Status::Failed) {
        respondError(socket, parser->errorCode(), parser->errorMessage());
        return;
    }
    route(socket);
}

void StatusServer::route(QTcpSocket *socket)
{
    const std::shared_ptr<HttpRequestParser> parser = m_parsers.value(socket);
    const HttpRequest &request = parser->request();
    const QString path = request.path();
    const QString clients = QStringLiteral("/api/v1/clients");
    const QString clientPrefix = QStringLiteral("/api/v1/clients/");
    const QByteArray method = request.method;

    if (path == clients || path == clients + QLatin1Char('/')) {
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
        respondError(socket, 403,
            QStringLiteral("This MAC address's lease belongs to another address."));
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
            QStringLiteral("This address already reports for %1 MAC addresses.").arg(m_macsPerAddress));
        return true;
    }
    use.macs.insert(mac);
    return false;
}

void StatusServer::respondError(
    QTcpSocket *socket, int code, const QString &message, const QByteArray &allow)
{
    Q_EMIT requestRejected(socket->peerAddress(), code, message);
    respond(socket, code,
        QJsonDocument(QJsonObject { { QStringLiteral("error"), message } })
            .toJson(QJsonDocument::Compact),
        allow);
}

void StatusServer::respond(
    QTcpSocket *socket, int code, const QByteArray &json, const QByteArray &allow)
{
    socket->setProperty(AnsweredProperty, true);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(json.size()) + "\r\n"
        + "Cache-Control: no-store\r\n" + "Connection: close\r\n";
    if (!allow.isEmpty())
        head += "Allow: " + allow + "\r\n";
    socket->write(head + "\r\n" + json);
    socket->disconnectFromHost();
}

} // namespace bt

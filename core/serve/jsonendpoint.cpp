#include "jsonendpoint.h"

#include "httprequestparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bt {

namespace {

const char *AnsweredProperty = "bt_endpoint_answered";

} // namespace

JsonEndpoint::JsonEndpoint(int timeoutMs, int maxConnections, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_timeout(timeoutMs)
    , m_maxConnections(maxConnections)
{
    connect(m_server, &QTcpServer::newConnection, this, &JsonEndpoint::acceptConnections);
}

JsonEndpoint::~JsonEndpoint() = default;

bool JsonEndpoint::listenOn(const QHostAddress &address, quint16 port, const QString &refusal)
{
    if (!refusal.isEmpty()) {
        m_errorString = refusal;
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

void JsonEndpoint::close() { m_server->close(); }

bool JsonEndpoint::isListening() const { return m_server->isListening(); }

QHostAddress JsonEndpoint::serverAddress() const { return m_server->serverAddress(); }

quint16 JsonEndpoint::serverPort() const { return m_server->serverPort(); }

void JsonEndpoint::setConnectionTimeout(int milliseconds) { m_timeout = milliseconds; }

void JsonEndpoint::setMaxConnections(int count) { m_maxConnections = count; }

void JsonEndpoint::rejected(QTcpSocket *, int, const QString &) { }

void JsonEndpoint::acceptConnections()
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
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readable(socket); });
        if (socket->bytesAvailable() > 0)
            readable(socket);
    }
}

void JsonEndpoint::readable(QTcpSocket *socket)
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
    route(socket, parser->request());
}

void JsonEndpoint::respondError(
    QTcpSocket *socket, int code, const QString &message, const QByteArray &allow)
{
    rejected(socket, code, message);
    respond(socket, code,
        QJsonDocument(QJsonObject { { QStringLiteral("error"), message } })
            .toJson(QJsonDocument::Compact),
        allow);
}

void JsonEndpoint::respond(
    QTcpSocket *socket, int code, const QByteArray &json, const QByteArray &allow)
{
    socket->setProperty(AnsweredProperty, true);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + ' ' + httpReasonPhrase(code) + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(json.size()) + "\r\n"
        + "Cache-Control: no-store\r\n" + "Connection: close\r\n";
    if (!allow.isEmpty())
        head += "Allow: " + allow + "\r\n";
    if (code == 401)
        head += "WWW-Authenticate: Bearer\r\n";
    socket->write(head + "\r\n" + json);
    socket->disconnectFromHost();
}

} // namespace bt

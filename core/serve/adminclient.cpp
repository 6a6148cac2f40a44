#include "adminclient.h"

#include "namespacesocket.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bt {

namespace {

// A TCP socket opened in the network namespace `name` and connected to
// address:port there.
int connectInNamespace(
    const QString &name, const QHostAddress &address, quint16 port, QString *error)
{
    const int family = address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    const int fd = socketInNamespace(name, family, SOCK_STREAM, error);
    if (fd < 0)
        return -1;
    // A namespace's addresses are local: connecting takes no time, but a
    // bound keeps a wrong address from holding the caller.
    timeval timeout { 2, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    int result = -1;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 to {};
        to.sin6_family = AF_INET6;
        to.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&to.sin6_addr, &bytes, sizeof to.sin6_addr);
        result = ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    } else {
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(address.toIPv4Address());
        result = ::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    }
    if (result != 0) {
        *error = QCoreApplication::translate("bt::AdminClient", "cannot connect to %1:%2 in %3: %4")
                     .arg(address.toString())
                     .arg(port)
                     .arg(name, QString::fromLocal8Bit(::strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}

// Status and body of a whole HTTP/1.1 answer; status 0 when it is none.
std::pair<int, QByteArray> parseAnswer(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (!answer.startsWith("HTTP/1.") || end < 0)
        return { 0, {} };
    const qsizetype space = answer.indexOf(' ');
    bool ok = false;
    const int status = answer.mid(space + 1, 3).toInt(&ok);
    if (space < 0 || !ok || status < 100 || status > 599)
        return { 0, {} };
    return { status, answer.mid(end + 4) };
}

} // namespace

QString AdminEndpoint::address() const
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

std::optional<AdminEndpoint> AdminEndpoint::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || trimmed.size() > 80)
        return std::nullopt;
    QString host = trimmed.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return std::nullopt; // IPv6 needs its brackets
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || QHostAddress(host).isNull())
        return std::nullopt;
    AdminEndpoint endpoint;
    endpoint.host = QHostAddress(host).toString();
    endpoint.port = quint16(port);
    return endpoint;
}

AdminClient::AdminClient(QObject *parent)
    : QObject(parent)
{
}

void AdminClient::get(const QString &path, const Reply &reply) { send("GET", path, reply); }

void AdminClient::post(const QString &path, const Reply &reply, const QByteArray &body)
{
    send("POST", path, reply, body);
}

void AdminClient::abortAll()
{
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        socket->disconnect(this);
        socket->setProperty("bt-aborted", true);
        socket->abort();
        socket->deleteLater();
    }
}

void AdminClient::send(
    const QByteArray &method, const QString &path, const Reply &reply, const QByteArray &body)
{
    auto *socket = new QTcpSocket(this);
    auto buffer = std::make_shared<QByteArray>();
    auto finish = [this, socket, buffer, reply](const QString &failure) {
        if (socket->property("bt-done").toBool())
            return;
        socket->setProperty("bt-done", true);
        socket->disconnect(this);
        const QByteArray answer = *buffer;
        socket->abort();
        socket->deleteLater();
        if (!failure.isEmpty())
            return reply(0, {}, failure);
        const auto [status, body] = parseAnswer(answer);
        if (status == 0)
            return reply(0, {},
                QCoreApplication::translate(
                    "bt::AdminClient", "the admin API's answer is not HTTP"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (!document.isObject())
            return reply(status, {},
                QCoreApplication::translate(
                    "bt::AdminClient", "the admin API's answer is not a JSON object (%1)")
                    .arg(error.errorString()));
        reply(status, document.object(), {});
    };
    const QByteArray request = method + ' ' + path.toUtf8()
        + " HTTP/1.1\r\nHost: " + m_endpoint.address().toUtf8() + "\r\nAuthorization: Bearer "
        + m_endpoint.token + "\r\nConnection: close\r\n"
        + (body.isEmpty() ? QByteArray() : QByteArrayLiteral("Content-Type: application/json\r\n"))
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    connect(socket, &QTcpSocket::connected, this, [socket, request] { socket->write(request); });
    connect(socket, &QTcpSocket::readyRead, this, [socket, buffer, finish] {
        buffer->append(socket->readAll());
        if (buffer->size() > MaxReplyBytes)
            finish(QCoreApplication::translate(
                "bt::AdminClient", "the admin API's answer is larger than %1 MiB")
                       .arg(MaxReplyBytes >> 20));
    });
    connect(socket, &QTcpSocket::disconnected, this, [finish] { finish({}); });
    connect(socket, &QTcpSocket::errorOccurred, this,
        [socket, buffer, finish](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError) {
                buffer->append(socket->readAll());
                return finish({});
            }
            finish(socket->errorString());
        });
    QTimer::singleShot(TimeoutMs, socket, [finish] {
        finish(QCoreApplication::translate(
            "bt::AdminClient", "the admin API did not answer within %1 s")
                   .arg(TimeoutMs / 1000));
    });
    const QHostAddress address(m_endpoint.host);
    if (m_endpoint.netns.isEmpty()) {
        socket->connectToHost(address, m_endpoint.port);
        return;
    }
    QString failure;
    const int fd = connectInNamespace(m_endpoint.netns, address, m_endpoint.port, &failure);
    if (fd < 0 || !socket->setSocketDescriptor(fd)) {
        if (fd >= 0)
            ::close(fd);
        // Answered on the next turn, like every other failure.
        QTimer::singleShot(0, socket, [finish, failure] { finish(failure); });
        return;
    }
    socket->write(request);
}

} // namespace bt

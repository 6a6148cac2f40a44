#include "wakelistener.h"

#include "serve/magicpacket.h"
#include "serve/namespacesocket.h"

#include <QUdpSocket>

#include <unistd.h>

namespace bt {

WakeListener::WakeListener(QObject *parent)
    : QObject(parent)
{
}

WakeListener::~WakeListener() { close(); }

bool WakeListener::listen(
    const QString &netns, const QHostAddress &address, const QList<quint16> &ports, QString *error)
{
    close();
    if (address.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = QStringLiteral("Wake-on-LAN listens on an IPv4 address, not %1")
                     .arg(address.toString());
        return false;
    }
    for (const quint16 port : ports) {
        QUdpSocket *socket = openSocket(netns, address, port, error);
        if (!socket) {
            close();
            return false;
        }
        connect(socket, &QUdpSocket::readyRead, this, [this, socket] { readDatagrams(socket); });
        m_sockets << socket;
    }
    return true;
}

QUdpSocket *WakeListener::openSocket(
    const QString &netns, const QHostAddress &address, quint16 port, QString *error)
{
    auto *socket = new QUdpSocket(this);
    const auto failed = [&](const QString &why) {
        *error = QStringLiteral("cannot listen for Wake-on-LAN on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(why);
        delete socket;
        return nullptr;
    };
    if (netns.isEmpty()) {
        if (!socket->bind(address, port))
            return failed(socket->errorString());
        return socket;
    }
    QString why;
    const int fd = udpSocketInNamespace(netns, address, port, &why);
    if (fd < 0)
        return failed(why);
    if (!socket->setSocketDescriptor(fd, QAbstractSocket::BoundState, QIODevice::ReadOnly)) {
        ::close(fd);
        return failed(socket->errorString());
    }
    return socket;
}

void WakeListener::close()
{
    for (QUdpSocket *socket : std::as_const(m_sockets)) {
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    m_sockets.clear();
}

QList<quint16> WakeListener::ports() const
{
    QList<quint16> ports;
    for (const QUdpSocket *socket : m_sockets)
        ports << socket->localPort();
    return ports;
}

void WakeListener::readDatagrams(QUdpSocket *socket)
{
    // One byte more than the largest magic packet: a larger datagram is cut
    // there and then refused for its size.
    char buffer[MagicPacket::MaxSize + 1];
    for (int i = 0; i < MaxDatagramsPerRead && socket->hasPendingDatagrams(); ++i) {
        QHostAddress sender;
        const qint64 size = socket->readDatagram(buffer, sizeof buffer, &sender);
        if (size < 0)
            break;
        const std::optional<MagicPacket> packet
            = MagicPacket::parse(QByteArray::fromRawData(buffer, size));
        if (!packet) {
            ++m_ignored;
            continue;
        }
        Q_EMIT wakeRequested(packet->mac, sender);
    }
}

} // namespace bt

#include "dhcpprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>
#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bt {

namespace {

constexpr int BootpFixedSize = 236; // op .. file, before the magic cookie
constexpr quint32 MagicCookie = 0x63825363;

QString ipv4(const uchar *bytes)
{
    return QHostAddress(
        quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3])
        .toString();
}

int prefixOf(const uchar *mask)
{
    const quint32 value
        = quint32(mask[0]) << 24 | quint32(mask[1]) << 16 | quint32(mask[2]) << 8 | mask[3];
    int length = 0;
    while (length < 32 && (value & (0x80000000u >> length)))
        ++length;
    return (quint64(value) << length & 0xffffffffu) == 0 ? length : -1; // not contiguous: unknown
}

QByteArray interfaceMac(const QString &interface)
{
    QFile file(QStringLiteral("/sys/class/net/%1/address").arg(interface));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll().trimmed();
    const QByteArray mac = QByteArray::fromHex(QByteArray(text).replace(':', ""));
    return mac.size() == 6 ? mac : QByteArray();
}

} // namespace

DhcpProbe::DhcpProbe(QObject *parent)
    : QObject(parent)
{
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, [this] { finish(); });
}

DhcpProbe::~DhcpProbe() = default;

QByteArray DhcpProbe::discoverPacket(quint32 xid, const QByteArray &mac)
{
    QByteArray packet(BootpFixedSize, '\0');
    packet[0] = 1; // BOOTREQUEST
    packet[1] = 1; // Ethernet
    packet[2] = 6; // hardware address length
    qToBigEndian(xid, packet.data() + 4);
    qToBigEndian(quint16(0x8000), packet.data() + 10); // broadcast: answer to everyone
    std::memcpy(packet.data() + 28, mac.constData(), size_t(std::min<qsizetype>(mac.size(), 16)));
    char cookie[4];
    qToBigEndian(MagicCookie, cookie);
    packet.append(cookie, 4);
    packet.append("\x35\x01\x01", 3); // DHCP message type: DISCOVER
    packet.append("\x37\x03\x01\x03\x36", 5); // parameters: netmask, router, server id
    packet.append('\xff');
    packet.append(
        QByteArray(300 - packet.size() > 0 ? 300 - packet.size() : 0, '\0')); // BOOTP minimum
    return packet;
}

std::optional<DhcpProbe::Offer> DhcpProbe::parseOffer(const QByteArray &datagram, quint32 xid)
{
    const auto *data = reinterpret_cast<const uchar *>(datagram.constData());
    const qsizetype size = datagram.size();
    if (size < BootpFixedSize + 4 || data[0] != 2 || qFromBigEndian<quint32>(data + 4) != xid
        || qFromBigEndian<quint32>(data + BootpFixedSize) != MagicCookie)
        return std::nullopt;
    Offer offer;
    offer.address = ipv4(data + 16);
    bool isOffer = false;
    for (qsizetype at = BootpFixedSize + 4; at < size;) {
        const uchar code = data[at];
        if (code == 255)
            break;
        if (code == 0) {
            ++at;
            continue;
        }
        if (at + 1 >= size || at + 2 + data[at + 1] > size)
            return std::nullopt; // an option running past the end
        const uchar length = data[at + 1];
        const uchar *value = data + at + 2;
        if (code == 53 && length == 1)
            isOffer = value[0] == 2;
        else if (code == 54 && length == 4)
            offer.server = ipv4(value);
        else if (code == 1 && length == 4)
            offer.prefixLength = prefixOf(value);
        at += 2 + length;
    }
    if (!isOffer)
        return std::nullopt;
    return offer;
}

DhcpProbe::Verdict DhcpProbe::judge(
    bool fullDhcp, const QString &interface, const QList<Offer> &offers, int windowMs)
{
    Verdict verdict;
    if (fullDhcp && !offers.isEmpty()) {
        const Offer &first = offers.first();
        QString offered = first.address;
        if (first.prefixLength >= 0)
            offered += QStringLiteral("/%1").arg(first.prefixLength);
        verdict.problems << Problem { QStringLiteral("Boottorrent.yaml"),
            QStringLiteral("dnsmasq.proxy_dhcp"),
            QCoreApplication::translate("bt::DhcpProbe",
                "another DHCP server, %1, already answers on %2 (it offered %3)%4; a "
                "second one would "
                "break this network: set dnsmasq.proxy_dhcp: true to boot the clients "
                "beside it, or "
                "serve a network of its own")
                .arg(first.server, interface, offered,
                    offers.size() > 1 ? QStringLiteral(", and %1 more").arg(offers.size() - 1)
                                      : QString()) };
    } else if (!fullDhcp && offers.isEmpty()) {
        verdict.warnings << QCoreApplication::translate("bt::DhcpProbe",
            "dnsmasq.proxy_dhcp is on, but no DHCP server answered on %1 within %2 s: "
            "clients get no address unless one runs there")
                                .arg(interface)
                                .arg(windowMs / 1000.0);
    }
    return verdict;
}

void DhcpProbe::start(const QString &interface, int windowMs, const QString &ignoreServer)
{
    m_ignore = ignoreServer;
    m_offers.clear();
    m_xid = QRandomGenerator::global()->generate();
    const QByteArray name = interface.toLocal8Bit();
    if (name.isEmpty() || name.size() >= IFNAMSIZ) {
        QTimer::singleShot(0, this, [this, interface] {
            finish(QCoreApplication::translate("bt::DhcpProbe", "no such interface '%1'")
                       .arg(interface));
        });
        return;
    }
    // A socket of our own: QUdpSocket cannot bind to a device, and the
    // offers must be read from this interface only.
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    auto fail = [this, fd](const QString &what) {
        const QString error
            = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        QTimer::singleShot(0, this, [this, error] { finish(error); });
    };
    if (fd < 0)
        return fail(QCoreApplication::translate("bt::DhcpProbe", "cannot open a UDP socket"));
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);
    if (::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size()))
        != 0)
        return fail(
            QCoreApplication::translate("bt::DhcpProbe", "cannot listen on %1").arg(interface));
    sockaddr_in local {};
    local.sin_family = AF_INET;
    local.sin_port = htons(68);
    local.sin_addr.s_addr = htonl(INADDR_ANY);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0)
        return fail(QCoreApplication::translate("bt::DhcpProbe", "cannot bind UDP port 68 on %1")
                        .arg(interface));

    m_socket = new QUdpSocket(this);
    if (!m_socket->setSocketDescriptor(fd, QAbstractSocket::BoundState, QIODevice::ReadWrite)) {
        ::close(fd);
        QTimer::singleShot(0, this, [this] {
            finish(QCoreApplication::translate("bt::DhcpProbe", "cannot use the probe's socket"));
        });
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &DhcpProbe::readPending);
    QByteArray mac = interfaceMac(interface);
    if (mac.isEmpty())
        mac = QByteArray::fromHex("020000000001");
    const QByteArray packet = discoverPacket(m_xid, mac);
    if (m_socket->writeDatagram(packet, QHostAddress::Broadcast, 67) != packet.size()) {
        const QString error
            = QCoreApplication::translate("bt::DhcpProbe", "cannot send a DHCP request on %1: %2")
                  .arg(interface, m_socket->errorString());
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    m_window.start(windowMs);
}

void DhcpProbe::readPending()
{
    // Bounded: a flood of datagrams is read, at most 64 offers kept.
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(1500);
        std::optional<Offer> offer = parseOffer(datagram.data(), m_xid);
        if (!offer)
            continue;
        if (offer->server.isEmpty())
            offer->server = QHostAddress(datagram.senderAddress().toIPv4Address()).toString();
        if (offer->server == m_ignore || m_offers.contains(*offer) || m_offers.size() >= 64)
            continue;
        m_offers << *offer;
    }
}

void DhcpProbe::finish(const QString &error)
{
    m_window.stop();
    if (m_socket) {
        readPending();
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(m_offers, error);
}

} // namespace bt

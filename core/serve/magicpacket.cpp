#include "magicpacket.h"

#include "environment/macaddress.h"

namespace bt {

QByteArray MagicPacket::forMac(const QString &mac)
{
    const std::optional<QString> normalized = normalizedMac(mac);
    if (!normalized)
        return {};
    const QByteArray bytes = QByteArray::fromHex(normalized->toLatin1().replace(':', ""));
    if (bytes.size() != 6)
        return {};
    QByteArray packet(6, char(0xff));
    for (int i = 0; i < 16; ++i)
        packet += bytes;
    return packet;
}

std::optional<MagicPacket> MagicPacket::parse(const QByteArray &datagram)
{
    const qsizetype size = datagram.size();
    if (size != Size && size != Size + 4 && size != Size + 6)
        return std::nullopt;
    for (int i = 0; i < 6; ++i)
        if (quint8(datagram.at(i)) != 0xff)
            return std::nullopt;
    const QByteArray mac = datagram.mid(6, 6);
    for (int i = 1; i < 16; ++i)
        if (datagram.mid(6 + i * 6, 6) != mac)
            return std::nullopt;
    // No card has the zero address, and a group address is no card's own.
    if (mac == QByteArray(6, '\0') || (quint8(mac.at(0)) & 0x01))
        return std::nullopt;
    return MagicPacket { QString::fromLatin1(mac.toHex(':')), datagram.mid(Size) };
}

} // namespace bt

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace bt {

// A Wake-on-LAN magic packet: 6 × 0xFF, then one MAC 16 times, optionally
// followed by a SecureOn password of 4 or 6 bytes. What `boottorrent wake`
// sends and what the virtual lab's machines answer to.
struct MagicPacket
{
    static constexpr qsizetype Size = 6 + 16 * 6; // 102 bytes
    static constexpr qsizetype MaxSize = Size + 6; // with a 6-byte password

    QString mac; // normalized: "52:54:00:18:01:01"
    QByteArray password; // empty, 4 or 6 bytes

    // The packet for `mac` (no password); empty when it is not a MAC.
    static QByteArray forMac(const QString &mac);
    // The packet in a datagram, read strictly: anything but exactly the
    // layout above (another size, a byte out of place, a MAC of all zeros
    // or a broadcast/multicast one) is nothing.
    static std::optional<MagicPacket> parse(const QByteArray &datagram);
};

} // namespace bt

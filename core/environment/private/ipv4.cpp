#include "ipv4.h"

#include <QList>

namespace bt::ipv4 {

std::optional<quint32> parse(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3
            || (part.size() > 1 && part.front() == QLatin1Char('0')))
            return std::nullopt;
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        const uint octet = part.toUInt();
        if (octet > 255)
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

QString toString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

std::optional<int> prefixLength(quint32 netmask)
{
    int length = 0;
    while (length < 32 && (netmask & (0x80000000u >> length)))
        ++length;
    const quint32 contiguous = length == 0 ? 0 : ~quint32(0) << (32 - length);
    if (netmask != contiguous)
        return std::nullopt;
    return length;
}

} // namespace bt::ipv4

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bt::ipv4 {

// Dotted-quad IPv4 text to a host-order number. Leading zeros are refused
// because some tools read them as octal and would serve a different address.
std::optional<quint32> parse(QStringView text);

QString toString(quint32 address);

// The prefix length of a contiguous netmask (255.255.255.0 -> 24), or
// nothing when the bits are not contiguous.
std::optional<int> prefixLength(quint32 netmask);

} // namespace bt::ipv4

#include "ipv4address.h"

#include <arpa/inet.h>

namespace bt::tui {

std::optional<Ipv4Address> Ipv4Address::parse(const std::string &text)
{
    // inet_pton accepts only the strict dotted-quad form, unlike inet_aton's "10.1" shortcuts.
    in_addr address {};
    if (text.empty() || inet_pton(AF_INET, text.c_str(), &address) != 1)
        return std::nullopt;
    return fromNetworkOrder(address.s_addr);
}

Ipv4Address Ipv4Address::fromNetworkOrder(std::uint32_t value)
{
    Ipv4Address address;
    address.m_networkOrder = value;
    return address;
}

std::string Ipv4Address::toString() const
{
    in_addr address {};
    address.s_addr = m_networkOrder;
    char buffer[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address, buffer, sizeof buffer);
    return buffer;
}

} // namespace bt::tui

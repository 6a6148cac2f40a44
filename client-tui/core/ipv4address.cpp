#include "ipv4address.h"

#include <wire/ipv4.h>

#include <arpa/inet.h>

namespace bt::tui {

std::optional<Ipv4Address> Ipv4Address::parse(const std::string &text)
{
    const std::optional<std::uint32_t> address = wire::ipv4::parse(text);
    if (!address)
        return std::nullopt;
    return fromNetworkOrder(htonl(*address));
}

Ipv4Address Ipv4Address::fromNetworkOrder(std::uint32_t value)
{
    Ipv4Address address;
    address.m_networkOrder = value;
    return address;
}

std::string Ipv4Address::toString() const { return wire::ipv4::toString(ntohl(m_networkOrder)); }

} // namespace bt::tui

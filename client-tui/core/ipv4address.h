#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace bt::tui {

// A numeric IPv4 address, in the byte order sockets take; its text is wire/ipv4.h's, which the
// host reads the same way.
class Ipv4Address
{
public:
    static std::optional<Ipv4Address> parse(const std::string &text);
    static Ipv4Address fromNetworkOrder(std::uint32_t value);

    std::uint32_t networkOrder() const { return m_networkOrder; }
    std::string toString() const;

private:
    std::uint32_t m_networkOrder = 0;
};

} // namespace bt::tui

#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace bt::tui {

// A numeric IPv4 address. bttui is linked statically, where glibc's resolver is unreliable,
// so host names are rejected instead of looked up.
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

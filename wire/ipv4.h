#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// IPv4 addresses as the environment files write them (host_ip, dhcp_range)
// and both the host and bttui read them. bttui is linked statically, where
// glibc's resolver is unreliable, so names are never looked up.
namespace bt::wire::ipv4 {

// Dotted-quad text to a host-order number. Leading zeros and shortcuts such as
// "10.1" are refused because some tools read them differently (octal, or
// filled in) and would use another address.
std::optional<std::uint32_t> parse(std::string_view text);

std::string toString(std::uint32_t address);

// The prefix length of a contiguous netmask (255.255.255.0 -> 24), or
// nothing when the bits are not contiguous.
std::optional<int> prefixLength(std::uint32_t netmask);

} // namespace bt::wire::ipv4

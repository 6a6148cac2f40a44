#pragma once

#include <optional>
#include <string>
#include <vector>

namespace bt::tui {

// Who this client is on the lab network: the interface that holds the default route (or the
// first non-loopback interface that is up), its IPv4 address and its MAC.
struct NetworkIdentity
{
    std::string interfaceName;
    std::string ip; // empty when the interface has no IPv4 address yet
    std::string mac; // lower-case, colon-separated

    static NetworkIdentity detect(const std::string &sysClassNet = "/sys/class/net",
        const std::string &procNetRoute = "/proc/net/route");
    // The interface of the default route with the lowest metric, from /proc/net/route's text.
    static std::optional<std::string> defaultRouteInterface(const std::string &routeTable);
    // Picks the default-route interface, else the first (by name) that is up and not loopback.
    static std::optional<std::string> chooseInterface(
        const std::string &sysClassNet, const std::string &routeTable);
    static std::string normalizedMac(const std::string &text);
    static std::string addressOf(const std::string &interfaceName);
};

} // namespace bt::tui

#pragma once

#include <string>

namespace bt::tui {

// One state change of this client, as the host's status endpoint receives it.
struct StatusReport
{
    std::string state; // phase1-up, menu, downloading, sharing, booting, failed
    std::string os;
    int progress = 0; // 0..100
    std::string message;
    std::string firmware {}; // Firmware::name(); left out of the JSON when empty

    // {"state":"downloading","os":"linux","progress":42,"message":"...","firmware":"uefi"}
    std::string toJson() const;
    // /api/v1/clients/<mac>
    static std::string target(const std::string &mac);
};

} // namespace bt::tui

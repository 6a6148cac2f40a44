#include "statusreport.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace bt::tui {

std::string StatusReport::toJson() const
{
    // In the documented member order; a message that is no UTF-8 is sent with U+FFFD in place of
    // the bad bytes rather than throwing.
    nlohmann::ordered_json body;
    body["state"] = state;
    body["os"] = os;
    body["progress"] = std::clamp(progress, 0, 100);
    body["message"] = message;
    if (!firmware.empty())
        body["firmware"] = firmware;
    return body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string StatusReport::target(const std::string &mac) { return "/api/v1/clients/" + mac; }

} // namespace bt::tui

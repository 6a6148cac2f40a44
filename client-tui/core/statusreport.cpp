#include "statusreport.h"

#include <wire/statusreport.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace bt::tui {

std::string StatusReport::toJson() const
{
    // In the documented member order; a message that is no UTF-8 is sent with U+FFFD in place of
    // the bad bytes rather than throwing.
    namespace key = wire::statusreport::key;
    nlohmann::ordered_json body;
    body[key::State] = state;
    body[key::Os] = os;
    body[key::Progress] = std::clamp(progress, 0, wire::statusreport::MaxProgress);
    body[key::Message] = message;
    if (!firmware.empty())
        body[key::Firmware] = firmware;
    return body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string StatusReport::target(const std::string &mac)
{
    return std::string(wire::statusreport::ClientsPath) + mac;
}

} // namespace bt::tui

#include "statusreport.h"

#include "jsonvalue.h"

#include <algorithm>

namespace bt::tui {

std::string StatusReport::toJson() const
{
    const int clamped = std::clamp(progress, 0, 100);
    return "{\"state\":" + JsonValue::quote(state) + ",\"os\":" + JsonValue::quote(os)
        + ",\"progress\":" + std::to_string(clamped) + ",\"message\":" + JsonValue::quote(message)
        + (firmware.empty() ? std::string() : ",\"firmware\":" + JsonValue::quote(firmware)) + "}";
}

std::string StatusReport::target(const std::string &mac) { return "/api/v1/clients/" + mac; }

} // namespace bt::tui

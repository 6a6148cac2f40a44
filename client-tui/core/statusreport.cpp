#include "statusreport.h"

#include "jsonvalue.h"

#include <wire/statusreport.h>

#include <algorithm>

namespace bt::tui {

std::string StatusReport::toJson() const
{
    namespace key = wire::statusreport::key;
    const int clamped = std::clamp(progress, 0, wire::statusreport::MaxProgress);
    return "{" + JsonValue::quote(std::string(key::State)) + ":" + JsonValue::quote(state) + ","
        + JsonValue::quote(std::string(key::Os)) + ":" + JsonValue::quote(os) + ","
        + JsonValue::quote(std::string(key::Progress)) + ":" + std::to_string(clamped) + ","
        + JsonValue::quote(std::string(key::Message)) + ":" + JsonValue::quote(message)
        + (firmware.empty() ? std::string()
                            : "," + JsonValue::quote(std::string(key::Firmware)) + ":"
                    + JsonValue::quote(firmware))
        + "}";
}

std::string StatusReport::target(const std::string &mac)
{
    return std::string(wire::statusreport::ClientsPath) + mac;
}

} // namespace bt::tui

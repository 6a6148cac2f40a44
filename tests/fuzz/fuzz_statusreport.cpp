// The JSON bttui writes to the host (StatusReport::toJson) with any text in its message: an
// engine's error line may quote a file name in any encoding, and the host must still get JSON.
#include "fuzzsupport.h"

#include "statusreport.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Escaping does not depend on length; long inputs only slow the checks down.
    if (size > 4096)
        return 0;
    const std::string text(reinterpret_cast<const char *>(data), size);

    // What bttui writes is JSON whatever bytes it was given, and text that is UTF-8 survives.
    const std::string written = bt::tui::StatusReport { "failed", "", 0, text }.toJson();
    const nlohmann::json body = nlohmann::json::parse(written, nullptr, false);
    BTFUZZ_CHECK(body.is_object() && body.contains("message") && body["message"].is_string());
    if (written.find("\xef\xbf\xbd") == std::string::npos)
        BTFUZZ_CHECK(body["message"].get<std::string>() == text);
    return 0;
}

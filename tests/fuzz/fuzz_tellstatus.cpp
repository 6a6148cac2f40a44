// bttui's reading of aria2's JSON-RPC replies (Aria2Rpc::parseTellStatus) and its writing of
// the JSON it sends (Aria2Rpc requests, StatusReport::toJson) with any text in it.
#include "fuzzsupport.h"

#include "aria2rpc.h"
#include "statusreport.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const bt::tui::Outcome<bt::tui::DownloadStatus> status
        = bt::tui::Aria2Rpc::parseTellStatus(text);
    BTFUZZ_CHECK(status.ok() || !status.error().empty());
    // Escaping does not depend on length; long inputs only slow the writing checks down.
    if (size > 4096)
        return 0;

    // What bttui writes is JSON whatever bytes it was given, and text that is UTF-8 survives.
    const std::string written = bt::tui::StatusReport { "failed", "", 0, text }.toJson();
    const nlohmann::json body = nlohmann::json::parse(written, nullptr, false);
    BTFUZZ_CHECK(body.is_object() && body.contains("message") && body["message"].is_string());
    if (written.find("\xef\xbf\xbd") == std::string::npos)
        BTFUZZ_CHECK(body["message"].get<std::string>() == text);
    BTFUZZ_CHECK(nlohmann::json::accept(bt::tui::Aria2Rpc(6800, text).tellStatusRequest(text)));
    return 0;
}

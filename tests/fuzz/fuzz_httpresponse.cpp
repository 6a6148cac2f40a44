// bttui's HTTP response reader, on what the host (or anything at its
// address) answers: status reports, tracker scrapes.
#include "fuzzsupport.h"

#include "httpclient.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string raw(reinterpret_cast<const char *>(data), size);
    const bt::tui::Outcome<bt::tui::HttpResponse> response
        = bt::tui::HttpClient::parseResponse(raw);
    // A body is never made up: it is at most what came after the head.
    if (response.ok())
        BTFUZZ_CHECK(response->body.size() <= raw.size());
    else
        BTFUZZ_CHECK(!response.error().empty());
    return 0;
}

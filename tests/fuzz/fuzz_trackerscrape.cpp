// bttui's bencode reader, on what the host's opentracker answers to a scrape.
#include "trackerscrape.h"

#include <cstddef>
#include <cstdint>

namespace {

// The info-hash of tests/data/opentracker-scrape-one.bencode, so recorded
// replies reach the counts.
const std::string infoHash = "c93efe3e5ade6ed92f004c4539c028442695315c";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string body(reinterpret_cast<const char *>(data), size);
    (void)bt::tui::TrackerScrape::parse(body, infoHash);
    return 0;
}

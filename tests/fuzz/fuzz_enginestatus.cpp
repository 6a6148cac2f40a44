// bttui's reading of btfetch's status file (EngineStatus::parse): whatever the file holds, the
// parse ends with a status or an error, and a status keeps the contract's bounds.
#include "fuzzsupport.h"

#include "enginestatus.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const bt::tui::Outcome<bt::tui::EngineStatus> status = bt::tui::EngineStatus::parse(text);
    BTFUZZ_CHECK(status.ok() || !status.error().empty());
    if (!status.ok())
        return 0;
    const bt::tui::EngineStatus &read = status.value();
    BTFUZZ_CHECK(read.total >= 0 && read.done >= 0 && read.done <= read.total);
    BTFUZZ_CHECK(read.error.size() <= std::size_t(bt::wire::enginestatus::MaxErrorLength) * 3);
    BTFUZZ_CHECK(read.infoHash.empty() || read.infoHash.size() == 40);
    for (const char c : read.error)
        BTFUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
    (void)read.downloadStatus();
    return 0;
}

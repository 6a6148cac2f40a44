// The shell-word rules the host and bttui share, on an OS's args or binargs.
#include "fuzzsupport.h"

#include <wire/shellwords.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using bt::wire::ShellWords;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ShellWords::Split split = ShellWords::split(text);
    BTFUZZ_CHECK(split.ok() || split.words.empty());
    if (!split.ok())
        return 0;
    // What bttui shows as the boot command splits back into the very words it runs.
    const ShellWords::Split again = ShellWords::split(ShellWords::join(split.words));
    BTFUZZ_CHECK(again.ok());
    BTFUZZ_CHECK(again.words == split.words);
    return 0;
}

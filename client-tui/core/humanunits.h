#pragma once

#include <cstdint>
#include <string>

namespace bt::tui {

// Sizes, rates and durations as a person reads them on a console.
class HumanUnits
{
public:
    static std::string bytes(std::int64_t count); // "12.3 MiB"
    static std::string rate(std::int64_t bytesPerSecond); // "1.2 MiB/s"
    static std::string duration(int seconds); // "0:07", "1:02:03"; "--:--" when unknown (< 0)
};

} // namespace bt::tui

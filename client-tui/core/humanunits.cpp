#include "humanunits.h"

#include <cstdio>

namespace bt::tui {

std::string HumanUnits::bytes(std::int64_t count)
{
    static const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    double value = static_cast<double>(count < 0 ? 0 : count);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    char buffer[32];
    if (unit == 0)
        std::snprintf(
            buffer, sizeof buffer, "%lld B", static_cast<long long>(count < 0 ? 0 : count));
    else
        std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
    return buffer;
}

std::string HumanUnits::rate(std::int64_t bytesPerSecond) { return bytes(bytesPerSecond) + "/s"; }

std::string HumanUnits::duration(int seconds)
{
    if (seconds < 0)
        return "--:--";
    char buffer[32];
    if (seconds >= 3600)
        std::snprintf(
            buffer, sizeof buffer, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%d:%02d", seconds / 60, seconds % 60);
    return buffer;
}

} // namespace bt::tui

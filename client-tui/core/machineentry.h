#pragma once

#include <optional>
#include <string>

namespace bt::tui {

// What the host set for one lab machine in Boottorrent.yaml's machines section, keyed there by
// its MAC. Every field is optional; an empty one leaves the environment's setting in force.
struct MachineEntry
{
    std::string name; // the administrator's name for the machine, already made printable
    std::string defaultOs;
    std::optional<int> timeout;
    std::string nextBoot; // boot this OS at once, without menu or countdown (one boot wave)
};

} // namespace bt::tui

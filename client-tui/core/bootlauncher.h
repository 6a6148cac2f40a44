#pragma once

#include "bootflow.h"

#include <functional>
#include <string>

namespace bt::tui {

// Hands the machine over to the chosen OS once the BootFlow is ready. kexec and bin never come
// back when they work; qemu comes back when the virtual machine ends.
class BootLauncher
{
public:
    struct Terminal
    {
        std::function<void()> release; // the OS gets the console
        std::function<void()> reclaim; // bttui draws again (failure or qemu ended)
    };

    // Returns the reason when booting failed, or an empty string after qemu ended normally.
    static std::string launch(BootFlow &flow, StatusReporter &reporter, const Terminal &terminal);
};

} // namespace bt::tui

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

    // Before the console is handed over: reports "booting", ends sharing where the boot replaces
    // this system, and gives the report up to two seconds to reach the host. Takes seconds when
    // btfetch or the host are slow; BootFlow::waiting() says which.
    static void prepare(BootFlow &flow);
    // After prepare(). Returns the reason when booting failed, or an empty string after qemu
    // ended normally.
    static std::string launch(BootFlow &flow, const Terminal &terminal);
};

} // namespace bt::tui

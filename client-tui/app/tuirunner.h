#pragma once

#include "commandline.h"

namespace bt::tui {

// bttui with its menu on the console: configuration errors, the OS menu with its countdown,
// download and sharing progress, failures with Retry / Back to menu, then the boot.
class TuiRunner
{
public:
    explicit TuiRunner(CommandLine line);
    int run();

private:
    CommandLine m_line;
};

} // namespace bt::tui

#pragma once

#include "commandline.h"

namespace bt::tui {

// bttui without a menu: boots the default OS (or --os), one log line per event on stdout.
// Exit codes: 0 done, 1 download or boot failed, 2 configuration problem.
class HeadlessRunner
{
public:
    explicit HeadlessRunner(CommandLine line);
    int run();

private:
    CommandLine m_line;
};

} // namespace bt::tui

#pragma once

#include "outcome.h"

#include <string>

namespace bt::tui {

// bttui's options. Phase-1's init starts it without any; tests and administrators add them.
struct CommandLine
{
    std::string root = "/torrents";
    std::string btfetch = "btfetch";
    bool btfetchGiven = false; // --btfetch was on the command line
    std::string os; // --os NAME: boot this one instead of the default (headless)
    bool dryRun = false;
    bool headless = false;
    bool help = false;
    int stallSeconds = 120;

    static Outcome<CommandLine> parse(int argc, const char *const *argv);

    // The btfetch to run when --btfetch is not given: the first on `path` (PATH's value, as in
    // Phase-1), else the one installed beside bttui (`self`, /usr/lib/boottorrent/), else the one
    // built beside it (client-tui/app/bttui -> client-tui/engine/btfetch); "btfetch" when there
    // is none, so the error names it.
    static std::string findBtfetch(const std::string &self, const std::string &path);
    static std::string usage();
};

} // namespace bt::tui

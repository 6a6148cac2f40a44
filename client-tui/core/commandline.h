#pragma once

#include "outcome.h"

#include <string>

namespace bt::tui {

// bttui's options. Phase-1's init starts it without any; tests and administrators add them.
struct CommandLine
{
    std::string root = "/torrents";
    std::string aria2c = "aria2c";
    std::string btfetch = "btfetch";
    std::string os; // --os NAME: boot this one instead of the default (headless)
    bool dryRun = false;
    bool headless = false;
    bool help = false;
    int stallSeconds = 120;

    static Outcome<CommandLine> parse(int argc, const char *const *argv);
    static std::string usage();
};

} // namespace bt::tui

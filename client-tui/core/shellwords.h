#pragma once

#include "outcome.h"

#include <string>
#include <vector>

namespace bt::tui {

// Shell-like word handling without a shell: config values such as "-fda odin1440.img" become
// argv entries, and commands are shown so that pasting them into a shell runs the same thing.
class ShellWords
{
public:
    // Splits on blanks; single quotes keep everything literally, double quotes allow \" \\ \$ \`,
    // a backslash outside quotes escapes the next character.
    static Outcome<std::vector<std::string>> split(const std::string &text);
    static std::string quote(const std::string &word);
    static std::string join(const std::vector<std::string> &words);
};

} // namespace bt::tui

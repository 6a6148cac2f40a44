#pragma once

#include <string>

namespace bt::tui {

// Text from the host that bttui shows or prints (a machine's name, a key it rejects): the
// console must never receive control sequences from a configuration file.
class PrintableText
{
public:
    // Keeps printable ASCII and well-formed UTF-8 above the C1 controls; every other byte
    // becomes '?'.
    static std::string sanitized(const std::string &text);
    // Characters (code points) in sanitized text.
    static std::size_t length(const std::string &sanitizedText);
};

} // namespace bt::tui

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bt::wire {

// Shell-like words without a shell: an OS's `args` and `binargs` such as
// "-fda 'my disk.img'" become argv entries on the client, and the host checks
// the files named in the very same words. Blanks separate words, single
// quotes keep text literally, double quotes allow \" \\ \$ \`, a backslash
// outside quotes escapes the next character. Nothing is expanded.
class ShellWords
{
public:
    // Why a text has no words; each side says it in a sentence of its own.
    enum class Error { None, UnterminatedSingleQuote, UnterminatedDoubleQuote, TrailingBackslash };

    struct Split
    {
        std::vector<std::string> words;
        Error error = Error::None;

        bool ok() const { return error == Error::None; }
    };

    static Split split(std::string_view text);
    // A word a POSIX shell reads back as itself: plain words stay as they are.
    static std::string quote(std::string_view word);
    static std::string join(const std::vector<std::string> &words);
};

} // namespace bt::wire

#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A property the parser promises, checked beyond "does not crash": when it
// does not hold, the input is kept like a crash's.
#define BTFUZZ_CHECK(condition)                                                                    \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(                                                                          \
                stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);         \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// Several files in one fuzz input, so a corpus file stays readable text:
//
//   boottorrent: {host_ip: 10.0.0.1}      <- the first file, named by the target
//   # ==== configs.yaml ====
//   linux: {method: kexec}                <- the file named on the marker line
//
// A marker is a YAML comment, so an input whose marker the fuzzer broke is
// still one valid file.
namespace btfuzz {

struct Section
{
    std::string name; // empty for the text before the first marker
    std::string text;
};

inline std::vector<Section> splitSections(std::string_view input)
{
    static constexpr std::string_view open = "# ==== ";
    static constexpr std::string_view close = " ====";
    std::vector<Section> sections(1);
    std::size_t at = 0;
    while (at < input.size()) {
        std::size_t end = input.find('\n', at);
        const bool lastLine = end == std::string_view::npos;
        if (lastLine)
            end = input.size();
        const std::string_view line = input.substr(at, end - at);
        if (line.size() > open.size() + close.size() && line.starts_with(open)
            && line.ends_with(close)) {
            const std::string_view name
                = line.substr(open.size(), line.size() - open.size() - close.size());
            sections.push_back(Section { std::string(name), {} });
        } else {
            sections.back().text.append(line);
            if (!lastLine)
                sections.back().text.push_back('\n');
        }
        at = end + 1;
    }
    return sections;
}

} // namespace btfuzz

#include "shellwords.h"

namespace bt::wire {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isPlain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '/' || c == '=' || c == ':' || c == ',' || c == '+'
        || c == '@' || c == '%';
}

ShellWords::Split failure(ShellWords::Error error) { return { {}, error }; }

} // namespace

ShellWords::Split ShellWords::split(std::string_view text)
{
    Split split;
    std::string word;
    bool inWord = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isBlank(c)) {
            if (inWord)
                split.words.push_back(std::move(word));
            word.clear();
            inWord = false;
            ++i;
        } else if (c == '\'') {
            const std::size_t end = text.find('\'', i + 1);
            if (end == std::string_view::npos)
                return failure(Error::UnterminatedSingleQuote);
            word += text.substr(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
        } else if (c == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const char d = text[i];
                if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == '\\' && i + 1 < text.size()) {
                    const char next = text[i + 1];
                    if (next == '"' || next == '\\' || next == '$' || next == '`') {
                        word += next;
                        i += 2;
                        continue;
                    }
                    if (next == '\n') {
                        i += 2;
                        continue;
                    }
                }
                word += d;
                ++i;
            }
            if (!closed)
                return failure(Error::UnterminatedDoubleQuote);
            inWord = true;
        } else if (c == '\\') {
            if (i + 1 >= text.size())
                return failure(Error::TrailingBackslash);
            if (text[i + 1] != '\n') {
                word += text[i + 1];
                inWord = true;
            }
            i += 2;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord)
        split.words.push_back(std::move(word));
    return split;
}

std::string ShellWords::quote(std::string_view word)
{
    if (word.empty())
        return "''";
    bool plain = true;
    for (const char c : word)
        plain = plain && isPlain(c);
    if (plain)
        return std::string(word);
    std::string quoted = "'";
    for (const char c : word) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

std::string ShellWords::join(const std::vector<std::string> &words)
{
    std::string line;
    for (const std::string &word : words) {
        if (!line.empty())
            line += ' ';
        line += quote(word);
    }
    return line;
}

} // namespace bt::wire

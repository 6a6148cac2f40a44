#pragma once

// A minimal test harness for bttui's core: bttui links no Qt, so its tests do not either.
// Each TUI_TEST is one behaviour; a failed CHECK ends that test and fails the executable.

#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace tuitest {

struct Failure
{
    std::string text;
};

struct Case
{
    const char *name;
    void (*function)();
};

inline std::vector<Case> &cases()
{
    static std::vector<Case> all;
    return all;
}

struct Registrar
{
    Registrar(const char *name, void (*function)()) { cases().push_back({ name, function }); }
};

template <typename T> std::string show(const T &value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

inline std::string show(const std::string &value) { return "\"" + value + "\""; }

inline std::string show(const char *value) { return "\"" + std::string(value) + "\""; }

inline std::string show(bool value) { return value ? "true" : "false"; }

inline std::string show(const std::vector<std::string> &value)
{
    std::string out = "[";
    for (const std::string &item : value)
        out += (out.size() > 1 ? ", " : "") + show(item);
    return out + "]";
}

inline std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Failure { "cannot read test data " + path };
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string dataFile(const std::string &name)
{
    return readFile(std::string(TUI_TEST_DATA_DIR) + "/" + name);
}

inline int runAll()
{
    int failed = 0;
    for (const Case &test : cases()) {
        try {
            test.function();
            std::printf("PASS   : %s\n", test.name);
        } catch (const Failure &failure) {
            ++failed;
            std::printf("FAIL!  : %s\n%s\n", test.name, failure.text.c_str());
        } catch (const std::exception &e) {
            ++failed;
            std::printf("FAIL!  : %s\n   unexpected exception: %s\n", test.name, e.what());
        }
    }
    std::printf(
        "Totals: %d passed, %d failed\n", static_cast<int>(cases().size()) - failed, failed);
    return failed == 0 ? 0 : 1;
}

} // namespace tuitest

#define TUI_TEST(name)                                                                             \
    static void name();                                                                            \
    static const tuitest::Registrar name##Registrar(#name, name);                                  \
    static void name()

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            throw tuitest::Failure { std::string("   ") + __FILE__ + ":"                           \
                + std::to_string(__LINE__) + ": CHECK(" #condition ") failed" };                   \
    } while (false)

#define CHECK_EQ(actual, expected)                                                                 \
    do {                                                                                           \
        const auto actualValue = (actual);                                                         \
        const auto expectedValue = (expected);                                                     \
        if (!(actualValue == expectedValue))                                                       \
            throw tuitest::Failure { std::string("   ") + __FILE__ + ":"                           \
                + std::to_string(__LINE__)                                                         \
                + ": " #actual "\n      actual:   " + tuitest::show(actualValue)                   \
                + "\n      expected: " + tuitest::show(expectedValue) };                           \
    } while (false)

#define CHECK_CONTAINS(text, part)                                                                 \
    do {                                                                                           \
        const std::string haystack = (text);                                                       \
        const std::string needle = (part);                                                         \
        if (haystack.find(needle) == std::string::npos)                                            \
            throw tuitest::Failure { std::string("   ") + __FILE__ + ":"                           \
                + std::to_string(__LINE__) + ": " + tuitest::show(haystack)                        \
                + "\n      does not contain " + tuitest::show(needle) };                           \
    } while (false)

#define TUI_TEST_MAIN()                                                                            \
    int main() { return tuitest::runAll(); }

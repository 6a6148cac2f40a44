#include "shellwords.h"
#include "tuitest.h"

using namespace bt::tui;
using Words = std::vector<std::string>;

namespace {

Words split(const std::string &text)
{
    const Outcome<Words> words = ShellWords::split(text);
    CHECK(words.ok());
    return words.value();
}

} // namespace

TUI_TEST(splitsOnBlanks)
{
    CHECK_EQ(split("  -fda  odin1440.img\t-m 64 "), (Words { "-fda", "odin1440.img", "-m", "64" }));
}

TUI_TEST(emptyTextHasNoWords) { CHECK_EQ(split("   "), Words {}); }

TUI_TEST(singleQuotesKeepEverything)
{
    CHECK_EQ(split("-append 'console=ttyS0 root=\"/dev/sda 1\" \\n'"),
        (Words { "-append", "console=ttyS0 root=\"/dev/sda 1\" \\n" }));
}

TUI_TEST(doubleQuotesHonourEscapes)
{
    CHECK_EQ(split("\"a \\\"b\\\" \\\\ $HOME\""), (Words { "a \"b\" \\ $HOME" }));
}

TUI_TEST(backslashEscapesOutsideQuotes)
{
    CHECK_EQ(split("disk\\ image.img a\\'b"), (Words { "disk image.img", "a'b" }));
}

TUI_TEST(adjacentPartsFormOneWord)
{
    CHECK_EQ(split("--name='my lab'\"-1\"x"), (Words { "--name=my lab-1x" }));
}

TUI_TEST(emptyQuotesMakeAnEmptyWord)
{
    CHECK_EQ(split("a '' \"\" b"), (Words { "a", "", "", "b" }));
}

TUI_TEST(noShellExpansion)
{
    CHECK_EQ(
        split("$(reboot) `id` *.img ; rm"), (Words { "$(reboot)", "`id`", "*.img", ";", "rm" }));
}

TUI_TEST(unterminatedQuoteIsAnError)
{
    CHECK(!ShellWords::split("-fda 'odin.img"));
    CHECK(!ShellWords::split("-fda \"odin.img"));
    CHECK_CONTAINS(ShellWords::split("x\\").error(), "trailing backslash");
}

TUI_TEST(quoteLeavesPlainWordsAlone)
{
    CHECK_EQ(ShellWords::quote("/torrents/linux/vmlinuz"), std::string("/torrents/linux/vmlinuz"));
    CHECK_EQ(ShellWords::quote("--initrd=/a/b.img"), std::string("--initrd=/a/b.img"));
    CHECK_EQ(ShellWords::quote(""), std::string("''"));
}

TUI_TEST(quotedWordsSplitBackToTheSameWords)
{
    const Words words { "kexec", "--append=quiet label='my lab'", "it's", "", "a\\b", "$x",
        "tab\there" };
    CHECK_EQ(split(ShellWords::join(words)), words);
}

TUI_TEST_MAIN()

#include <wire/shellwords.h>

#include <gtest/gtest.h>

using bt::wire::ShellWords;
using Words = std::vector<std::string>;

namespace {

Words split(const std::string &text)
{
    const ShellWords::Split split = ShellWords::split(text);
    EXPECT_TRUE(split.ok()) << text;
    return split.words;
}

} // namespace

TEST(ShellWords, splitsOnBlanks)
{
    EXPECT_EQ(
        split("  -fda  odin1440.img\t-m 64 "), (Words { "-fda", "odin1440.img", "-m", "64" }));
    EXPECT_EQ(split("  -m\t512 \n -hda disk.img\r "), (Words { "-m", "512", "-hda", "disk.img" }));
}

TEST(ShellWords, emptyTextHasNoWords)
{
    EXPECT_EQ(split(""), Words {});
    EXPECT_EQ(split("   "), Words {});
}

TEST(ShellWords, singleQuotesKeepEverything)
{
    EXPECT_EQ(split("-append 'console=ttyS0 root=\"/dev/sda 1\" \\n'"),
        (Words { "-append", "console=ttyS0 root=\"/dev/sda 1\" \\n" }));
}

TEST(ShellWords, doubleQuotesHonourTheirFourEscapesOnly)
{
    EXPECT_EQ(split("\"a \\\"b\\\" \\\\ $HOME\""), (Words { "a \"b\" \\ $HOME" }));
    EXPECT_EQ(split("\"\\$ \\` \\x\""), (Words { "$ ` \\x" }));
}

TEST(ShellWords, backslashNewlineContinuesTheLine)
{
    EXPECT_EQ(split("a\\\nb \"c\\\nd\""), (Words { "ab", "cd" }));
}

TEST(ShellWords, backslashEscapesOutsideQuotes)
{
    EXPECT_EQ(split("disk\\ image.img a\\'b"), (Words { "disk image.img", "a'b" }));
}

TEST(ShellWords, adjacentPartsFormOneWord)
{
    EXPECT_EQ(split("--name='my lab'\"-1\"x"), (Words { "--name=my lab-1x" }));
}

TEST(ShellWords, emptyQuotesMakeAnEmptyWord)
{
    EXPECT_EQ(split("a '' \"\" b"), (Words { "a", "", "", "b" }));
}

TEST(ShellWords, noShellExpansion)
{
    EXPECT_EQ(
        split("$(reboot) `id` *.img ; rm"), (Words { "$(reboot)", "`id`", "*.img", ";", "rm" }));
}

TEST(ShellWords, bytesBeyondAsciiPassThrough)
{
    EXPECT_EQ(split("-name 'Prüfung äöü'"), (Words { "-name", "Prüfung äöü" }));
}

TEST(ShellWords, driveOptionStaysOneWord)
{
    EXPECT_EQ(split("-drive file=disk.qcow2,if=virtio"),
        (Words { "-drive", "file=disk.qcow2,if=virtio" }));
}

TEST(ShellWords, unterminatedQuotesAndATrailingBackslashAreErrors)
{
    EXPECT_EQ(
        ShellWords::split("-fda 'odin.img").error, ShellWords::Error::UnterminatedSingleQuote);
    EXPECT_EQ(
        ShellWords::split("-fda \"odin.img").error, ShellWords::Error::UnterminatedDoubleQuote);
    EXPECT_EQ(
        ShellWords::split("-fda \"odin.img\\\"").error, ShellWords::Error::UnterminatedDoubleQuote);
    EXPECT_EQ(ShellWords::split("disk.img\\").error, ShellWords::Error::TrailingBackslash);
}

TEST(ShellWords, anErrorCarriesNoWords)
{
    const ShellWords::Split split = ShellWords::split("a b 'c");
    EXPECT_FALSE(split.ok());
    EXPECT_TRUE(split.words.empty());
}

TEST(ShellWords, quoteLeavesPlainWordsAlone)
{
    EXPECT_EQ(ShellWords::quote("/torrents/linux/vmlinuz"), "/torrents/linux/vmlinuz");
    EXPECT_EQ(ShellWords::quote("--initrd=/a/b.img"), "--initrd=/a/b.img");
    EXPECT_EQ(ShellWords::quote(""), "''");
    EXPECT_EQ(ShellWords::quote("it's"), "'it'\\''s'");
}

TEST(ShellWords, quotedWordsSplitBackToTheSameWords)
{
    const Words words { "kexec", "--append=quiet label='my lab'", "it's", "", "a\\b", "$x",
        "tab\there", "new\nline" };
    EXPECT_EQ(split(ShellWords::join(words)), words);
}

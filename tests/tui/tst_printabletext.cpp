#include "printabletext.h"

#include <gtest/gtest.h>

using namespace bt::tui;

TEST(PrintableText, keepsPrintableAscii)
{
    EXPECT_EQ(PrintableText::sanitized("pc-01 (Room B12) ~!"), "pc-01 (Room B12) ~!");
}

TEST(PrintableText, replacesControlCharactersOneByOne)
{
    EXPECT_EQ(PrintableText::sanitized("pc\x1b[2J\t01\x7f\n"), "pc?[2J?01??");
    EXPECT_EQ(PrintableText::sanitized(std::string("a\0b", 3)), "a?b");
}

TEST(PrintableText, keepsWellFormedUtf8)
{
    const std::string text = "B\xc3\xbcro \xe2\x82\xac \xf0\x9f\x96\xa5";
    EXPECT_EQ(PrintableText::sanitized(text), text);
    EXPECT_EQ(PrintableText::length(text), std::size_t(8));
}

TEST(PrintableText, replacesC1ControlsWrittenAsUtf8)
{
    // U+009B is the one-character CSI of some terminals.
    const std::string csi = "\xc2\x9b";
    EXPECT_EQ(PrintableText::sanitized("a" + csi + "2Jb"), "a??2Jb");
}

TEST(PrintableText, replacesMalformedUtf8)
{
    EXPECT_EQ(PrintableText::sanitized("\xc0\xaf"), "??"); // overlong '/'
    EXPECT_EQ(PrintableText::sanitized("\xed\xa0\x80"), "???"); // surrogate
    EXPECT_EQ(PrintableText::sanitized("x\xe2\x82"), "x??"); // cut short
    EXPECT_EQ(PrintableText::sanitized("\xff\xfe"), "??");
    EXPECT_EQ(PrintableText::sanitized("\xf4\x90\x80\x80"), "????"); // beyond U+10FFFF
}

#include "printabletext.h"
#include "tuitest.h"

using namespace bt::tui;

TUI_TEST(keepsPrintableAscii)
{
    CHECK_EQ(PrintableText::sanitized("pc-01 (Room B12) ~!"), std::string("pc-01 (Room B12) ~!"));
}

TUI_TEST(replacesControlCharactersOneByOne)
{
    CHECK_EQ(PrintableText::sanitized("pc\x1b[2J\t01\x7f\n"), std::string("pc?[2J?01??"));
    CHECK_EQ(PrintableText::sanitized(std::string("a\0b", 3)), std::string("a?b"));
}

TUI_TEST(keepsWellFormedUtf8)
{
    const std::string text = "B\xc3\xbcro \xe2\x82\xac \xf0\x9f\x96\xa5";
    CHECK_EQ(PrintableText::sanitized(text), text);
    CHECK_EQ(PrintableText::length(text), std::size_t(8));
}

TUI_TEST(replacesC1ControlsWrittenAsUtf8)
{
    // U+009B is the one-character CSI of some terminals.
    const std::string csi = "\xc2\x9b";
    CHECK_EQ(PrintableText::sanitized("a" + csi + "2Jb"), std::string("a??2Jb"));
}

TUI_TEST(replacesMalformedUtf8)
{
    CHECK_EQ(PrintableText::sanitized("\xc0\xaf"), std::string("??")); // overlong '/'
    CHECK_EQ(PrintableText::sanitized("\xed\xa0\x80"), std::string("???")); // surrogate
    CHECK_EQ(PrintableText::sanitized("x\xe2\x82"), std::string("x??")); // cut short
    CHECK_EQ(PrintableText::sanitized("\xff\xfe"), std::string("??"));
    CHECK_EQ(PrintableText::sanitized("\xf4\x90\x80\x80"), std::string("????")); // beyond U+10FFFF
}

TUI_TEST_MAIN()

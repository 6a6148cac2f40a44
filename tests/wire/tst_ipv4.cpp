#include <wire/ipv4.h>

#include <gtest/gtest.h>

namespace ipv4 = bt::wire::ipv4;

TEST(Ipv4, parsesDottedQuadsToHostOrder)
{
    EXPECT_EQ(ipv4::parse("198.18.0.1"), 0xc6120001u);
    EXPECT_EQ(ipv4::parse("0.0.0.0"), 0u);
    EXPECT_EQ(ipv4::parse("255.255.255.255"), 0xffffffffu);
}

TEST(Ipv4, refusesEverythingElse)
{
    for (const char *text : { "", "10.1", "10.0.0", "10.0.0.1.", "10.0.0.1.2", "256.0.0.1",
             "010.0.0.1", "10.0.0.01", "1.2.3.0255", "10.0.0.1 ", " 10.0.0.1", "10..0.1",
             "10.0.0.-1", "10.0.0.x", "lab-host", "::1", "1.2.3.4444" })
        EXPECT_EQ(ipv4::parse(text), std::nullopt) << text;
}

TEST(Ipv4, printsWhatItParsed)
{
    for (const char *text : { "198.18.0.1", "0.0.0.0", "255.255.255.255", "10.200.3.40" })
        EXPECT_EQ(ipv4::toString(*ipv4::parse(text)), text);
}

TEST(Ipv4, prefixLengthOfContiguousMasksOnly)
{
    EXPECT_EQ(ipv4::prefixLength(*ipv4::parse("255.255.255.0")), 24);
    EXPECT_EQ(ipv4::prefixLength(*ipv4::parse("255.254.0.0")), 15);
    EXPECT_EQ(ipv4::prefixLength(0), 0);
    EXPECT_EQ(ipv4::prefixLength(0xffffffffu), 32);
    EXPECT_EQ(ipv4::prefixLength(*ipv4::parse("255.0.255.0")), std::nullopt);
    EXPECT_EQ(ipv4::prefixLength(*ipv4::parse("0.0.0.255")), std::nullopt);
}

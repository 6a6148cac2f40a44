#include "statusreport.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bt::tui;
using ::testing::HasSubstr;

TEST(StatusReport, bodyHasStateOsProgressAndMessage)
{
    const StatusReport report { "downloading", "linux", 42, "" };
    EXPECT_EQ(report.toJson(),
        "{\"state\":\"downloading\",\"os\":\"linux\",\"progress\":42,\"message\":\"\"}");
}

TEST(StatusReport, messageIsEscaped)
{
    const StatusReport report { "failed", "freedos", 7, "aria2c: \"disk\" full\nretry" };
    EXPECT_EQ(report.toJson(),
        "{\"state\":\"failed\",\"os\":\"freedos\",\"progress\":7,\"message\":\"aria2c: "
        "\\\"disk\\\" full\\nretry\"}");
}

TEST(StatusReport, controlCharactersAreEscapedAndUtf8Kept)
{
    const StatusReport report { "failed", "", 0, "a\"b\\c\nd\x01 tab\t \xc3\xa9" };
    EXPECT_THAT(
        report.toJson(), HasSubstr("\"message\":\"a\\\"b\\\\c\\nd\\u0001 tab\\t \xc3\xa9\""));
}

TEST(StatusReport, bytesThatAreNoUtf8BecomeReplacementCharacters)
{
    // An aria2 error message may quote a file name in any encoding; the host must still get JSON.
    const std::string body = StatusReport { "failed", "linux\xff", 0, "B\xfcro \xc3" }.toJson();
    EXPECT_THAT(body, HasSubstr("\"os\":\"linux\xef\xbf\xbd\""));
    EXPECT_THAT(body, HasSubstr("\"message\":\"B\xef\xbf\xbdro \xef\xbf\xbd\""));
}

TEST(StatusReport, progressStaysWithinZeroToHundred)
{
    EXPECT_THAT(
        (StatusReport { "sharing", "linux", 140, "" }).toJson(), HasSubstr("\"progress\":100"));
    EXPECT_THAT((StatusReport { "menu", "", -3, "" }).toJson(), HasSubstr("\"progress\":0"));
}

TEST(StatusReport, firmwareIsSentWhenKnown)
{
    StatusReport report { "phase1-up", "", 0, "" };
    report.firmware = "uefi-secureboot";
    EXPECT_EQ(report.toJson(),
        "{\"state\":\"phase1-up\",\"os\":\"\",\"progress\":0,\"message\":\"\","
        "\"firmware\":\"uefi-secureboot\"}");
}

TEST(StatusReport, targetIsTheClientsMac)
{
    EXPECT_EQ(StatusReport::target("52:54:00:12:34:56"), "/api/v1/clients/52:54:00:12:34:56");
}

#include "statusreport.h"
#include "tuitest.h"

using namespace bt::tui;

TUI_TEST(bodyHasStateOsProgressAndMessage)
{
    const StatusReport report { "downloading", "linux", 42, "" };
    CHECK_EQ(report.toJson(),
        std::string(
            "{\"state\":\"downloading\",\"os\":\"linux\",\"progress\":42,\"message\":\"\"}"));
}

TUI_TEST(messageIsEscaped)
{
    const StatusReport report { "failed", "freedos", 7, "aria2c: \"disk\" full\nretry" };
    CHECK_EQ(report.toJson(),
        std::string("{\"state\":\"failed\",\"os\":\"freedos\",\"progress\":7,\"message\":\"aria2c: "
                    "\\\"disk\\\" full\\nretry\"}"));
}

TUI_TEST(progressStaysWithinZeroToHundred)
{
    CHECK_CONTAINS((StatusReport { "sharing", "linux", 140, "" }).toJson(), "\"progress\":100");
    CHECK_CONTAINS((StatusReport { "menu", "", -3, "" }).toJson(), "\"progress\":0");
}

TUI_TEST(firmwareIsSentWhenKnown)
{
    StatusReport report { "phase1-up", "", 0, "" };
    report.firmware = "uefi-secureboot";
    CHECK_EQ(report.toJson(),
        std::string("{\"state\":\"phase1-up\",\"os\":\"\",\"progress\":0,\"message\":\"\","
                    "\"firmware\":\"uefi-secureboot\"}"));
}

TUI_TEST(targetIsTheClientsMac)
{
    CHECK_EQ(StatusReport::target("52:54:00:12:34:56"),
        std::string("/api/v1/clients/52:54:00:12:34:56"));
}

TUI_TEST_MAIN()

#include "loopbackserver.h"
#include "statusreporter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bt::tui;
using ::testing::HasSubstr;
using namespace std::chrono;

namespace {

const std::string ok = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";

Ipv4Address loopback() { return *Ipv4Address::parse("127.0.0.1"); }

} // namespace

TEST(StatusReporter, postsJsonToTheClientsPath)
{
    LoopbackServer server(ok);
    {
        StatusReporter reporter(loopback(), server.port(), "52:54:00:ab:cd:ef");
        reporter.report(StatusReport { "phase1-up", "", 0, "" });
        reporter.report(StatusReport { "failed", "linux", 12, "no peer" });
        EXPECT_TRUE(reporter.flush(seconds(5)));
        EXPECT_EQ(reporter.sentCount(), 2);
    }
    const std::vector<std::string> requests = server.requests();
    EXPECT_EQ(requests.size(), std::size_t(2));
    EXPECT_THAT(requests[0], HasSubstr("POST /api/v1/clients/52:54:00:ab:cd:ef HTTP/1.1\r\n"));
    EXPECT_THAT(requests[0], HasSubstr("Content-Type: application/json\r\n"));
    EXPECT_THAT(requests[0],
        HasSubstr("\r\n\r\n{\"state\":\"phase1-up\",\"os\":\"\",\"progress\":0,\"message\":\"\"}"));
    EXPECT_THAT(requests[1],
        HasSubstr(
            "{\"state\":\"failed\",\"os\":\"linux\",\"progress\":12,\"message\":\"no peer\"}"));
}

TEST(StatusReporter, downloadingIsSentAtMostOncePerSecond)
{
    LoopbackServer server(ok);
    StatusReporter reporter(loopback(), server.port(), "52:54:00:ab:cd:ef");
    for (int i = 0; i < 20; ++i)
        reporter.report(StatusReport { "downloading", "linux", i, "" });
    reporter.report(StatusReport { "sharing", "linux", 100, "" });
    EXPECT_TRUE(reporter.flush(seconds(5)));
    EXPECT_EQ(reporter.sentCount(), 2);
}

TEST(StatusReporter, aSilentHostNeverBlocksTheCaller)
{
    LoopbackServer server(ok, true);
    const auto started = steady_clock::now();
    {
        StatusReporter reporter(loopback(), server.port(), "52:54:00:ab:cd:ef");
        reporter.report(StatusReport { "booting", "linux", 100, "" });
        EXPECT_TRUE(steady_clock::now() - started < milliseconds(100));
        EXPECT_TRUE(reporter.flush(seconds(4)));
        EXPECT_EQ(reporter.sentCount(), 0);
        EXPECT_THAT(reporter.lastError(), HasSubstr("no complete answer in time"));
    }
    EXPECT_TRUE(steady_clock::now() - started < milliseconds(3500));
}

TEST(StatusReporter, refusedConnectionIsRecordedNotFatal)
{
    int port = 0;
    {
        LoopbackServer closed(ok);
        port = closed.port();
    }
    StatusReporter reporter(loopback(), port, "52:54:00:ab:cd:ef");
    reporter.report(StatusReport { "menu", "", 0, "" });
    EXPECT_TRUE(reporter.flush(seconds(3)));
    EXPECT_THAT(reporter.lastError(), HasSubstr("Connection refused"));
}

TEST(StatusReporter, withoutMacNothingIsSent)
{
    LoopbackServer server(ok);
    StatusReporter reporter(loopback(), server.port(), "");
    reporter.report(StatusReport { "menu", "", 0, "" });
    EXPECT_TRUE(reporter.flush(milliseconds(100)));
    std::this_thread::sleep_for(milliseconds(200));
    EXPECT_TRUE(server.requests().empty());
}

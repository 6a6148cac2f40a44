#include "loopbackserver.h"
#include "statusreporter.h"
#include "tuitest.h"

using namespace bt::tui;
using namespace std::chrono;

namespace {

const std::string ok = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";

Ipv4Address loopback() { return *Ipv4Address::parse("127.0.0.1"); }

} // namespace

TUI_TEST(postsJsonToTheClientsPath)
{
    LoopbackServer server(ok);
    {
        StatusReporter reporter(loopback(), server.port(), "52:54:00:ab:cd:ef");
        reporter.report(StatusReport { "phase1-up", "", 0, "" });
        reporter.report(StatusReport { "failed", "linux", 12, "no peer" });
        CHECK(reporter.flush(seconds(5)));
        CHECK_EQ(reporter.sentCount(), 2);
    }
    const std::vector<std::string> requests = server.requests();
    CHECK_EQ(requests.size(), std::size_t(2));
    CHECK_CONTAINS(requests[0], "POST /api/v1/clients/52:54:00:ab:cd:ef HTTP/1.1\r\n");
    CHECK_CONTAINS(requests[0], "Content-Type: application/json\r\n");
    CHECK_CONTAINS(requests[0],
        "\r\n\r\n{\"state\":\"phase1-up\",\"os\":\"\",\"progress\":0,\"message\":\"\"}");
    CHECK_CONTAINS(requests[1],
        "{\"state\":\"failed\",\"os\":\"linux\",\"progress\":12,\"message\":\"no peer\"}");
}

TUI_TEST(downloadingIsSentAtMostOncePerSecond)
{
    LoopbackServer server(ok);
    StatusReporter reporter(loopback(), server.port(), "52:54:00:ab:cd:ef");
    for (int i = 0; i < 20; ++i)
        reporter.report(StatusReport { "downloading", "linux", i, "" });
    reporter.report(StatusReport { "sharing", "linux", 100, "" });
    CHECK(reporter.flush(seconds(5)));
    CHECK_EQ(reporter.sentCount(), 2);
}

TUI_TEST(aSilentHostNeverBlocksTheCaller)
{
    LoopbackServer server(ok, true);
    const auto started = steady_clock::now();
    {
        StatusReporter reporter(loopback(), server.port(), "52:54:00:ab:cd:ef");
        reporter.report(StatusReport { "booting", "linux", 100, "" });
        CHECK(steady_clock::now() - started < milliseconds(100));
        CHECK(reporter.flush(seconds(4)));
        CHECK_EQ(reporter.sentCount(), 0);
        CHECK_CONTAINS(reporter.lastError(), "no complete answer in time");
    }
    CHECK(steady_clock::now() - started < milliseconds(3500));
}

TUI_TEST(refusedConnectionIsRecordedNotFatal)
{
    int port = 0;
    {
        LoopbackServer closed(ok);
        port = closed.port();
    }
    StatusReporter reporter(loopback(), port, "52:54:00:ab:cd:ef");
    reporter.report(StatusReport { "menu", "", 0, "" });
    CHECK(reporter.flush(seconds(3)));
    CHECK_CONTAINS(reporter.lastError(), "Connection refused");
}

TUI_TEST(withoutMacNothingIsSent)
{
    LoopbackServer server(ok);
    StatusReporter reporter(loopback(), server.port(), "");
    reporter.report(StatusReport { "menu", "", 0, "" });
    CHECK(reporter.flush(milliseconds(100)));
    std::this_thread::sleep_for(milliseconds(200));
    CHECK(server.requests().empty());
}

TUI_TEST_MAIN()

#include "httpclient.h"
#include "loopbackserver.h"
#include "tuitest.h"

using namespace bt::tui;
using namespace std::chrono;

TUI_TEST(parsesContentLength)
{
    const Outcome<HttpResponse> response
        = HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello-extra");
    CHECK(response.ok());
    CHECK_EQ(response->status, 200);
    CHECK_EQ(response->body, std::string("hello"));
}

TUI_TEST(parsesChunkedBodies)
{
    const Outcome<HttpResponse> response
        = HttpClient::parseResponse("HTTP/1.1 201 Created\r\nTransfer-Encoding: "
                                    "chunked\r\n\r\n4\r\nboot\r\n7\r\ntorrent\r\n0\r\n\r\n");
    CHECK(response.ok());
    CHECK_EQ(response->status, 201);
    CHECK_EQ(response->body, std::string("boottorrent"));
}

TUI_TEST(rejectsTruncatedAnswers)
{
    CHECK(!HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort"));
    CHECK(!HttpClient::parseResponse("SSH-2.0-OpenSSH"));
}

TUI_TEST(survivesHostileSizes)
{
    // A chunk size near the top of size_t must not wrap or allocate.
    CHECK(!HttpClient::parseResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "ffffffffffffffff\r\nx\r\n0\r\n\r\n"));
    CHECK(!HttpClient::parseResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "fffffffffffffffffffff\r\nx\r\n0\r\n\r\n"));
    CHECK(!HttpClient::parseResponse(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n"));
    CHECK(!HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nbody"));
    CHECK(!HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nbody"));
    CHECK(!HttpClient::parseResponse(
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nbody"));
    // Chunk extensions are legal.
    const Outcome<HttpResponse> ok = HttpClient::parseResponse(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nok\r\n0\r\n\r\n");
    CHECK(ok.ok());
    CHECK_EQ(ok->body, std::string("ok"));
}

TUI_TEST(aBadContentLengthOnTheWireIsAnError)
{
    // Read while the connection is open: this used to throw out of bttui.
    LoopbackServer server("HTTP/1.1 200 OK\r\nContent-Length: banana\r\n\r\nok");
    const Outcome<HttpResponse> response
        = HttpClient::get(*Ipv4Address::parse("127.0.0.1"), server.port(), "/", seconds(2));
    CHECK(!response);
    CHECK_CONTAINS(response.error(), "Content-Length");
}

TUI_TEST(postsAndReadsTheAnswer)
{
    LoopbackServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    const Outcome<HttpResponse> response = HttpClient::post(*Ipv4Address::parse("127.0.0.1"),
        server.port(), "/x", "application/json", "{}", seconds(2));
    CHECK(response.ok());
    CHECK_EQ(response->body, std::string("ok"));
    CHECK_CONTAINS(server.requests().at(0), "POST /x HTTP/1.1\r\nHost: 127.0.0.1:");
    CHECK_CONTAINS(server.requests().at(0), "Content-Length: 2\r\n\r\n{}");
}

TUI_TEST(givesUpAfterTheTimeout)
{
    LoopbackServer server("", true);
    const auto started = steady_clock::now();
    const Outcome<HttpResponse> response
        = HttpClient::get(*Ipv4Address::parse("127.0.0.1"), server.port(), "/", milliseconds(300));
    const auto took = steady_clock::now() - started;
    CHECK(!response);
    CHECK(took >= milliseconds(250));
    CHECK(took < milliseconds(1500));
}

TUI_TEST_MAIN()

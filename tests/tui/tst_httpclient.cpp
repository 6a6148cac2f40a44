#include "httpclient.h"
#include "loopbackserver.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bt::tui;
using ::testing::HasSubstr;
using namespace std::chrono;

TEST(HttpClient, parsesContentLength)
{
    const Outcome<HttpResponse> response
        = HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello-extra");
    ASSERT_TRUE(response.ok()) << response.error();
    EXPECT_EQ(response->status, 200);
    EXPECT_EQ(response->body, "hello");
}

TEST(HttpClient, parsesChunkedBodies)
{
    const Outcome<HttpResponse> response
        = HttpClient::parseResponse("HTTP/1.1 201 Created\r\nTransfer-Encoding: "
                                    "chunked\r\n\r\n4\r\nboot\r\n7\r\ntorrent\r\n0\r\n\r\n");
    ASSERT_TRUE(response.ok()) << response.error();
    EXPECT_EQ(response->status, 201);
    EXPECT_EQ(response->body, "boottorrent");
}

TEST(HttpClient, rejectsTruncatedAnswers)
{
    EXPECT_FALSE(HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort"));
    EXPECT_FALSE(HttpClient::parseResponse("SSH-2.0-OpenSSH"));
}

TEST(HttpClient, survivesHostileSizes)
{
    // A chunk size near the top of size_t must not wrap or allocate.
    EXPECT_FALSE(HttpClient::parseResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "ffffffffffffffff\r\nx\r\n0\r\n\r\n"));
    EXPECT_FALSE(HttpClient::parseResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "fffffffffffffffffffff\r\nx\r\n0\r\n\r\n"));
    EXPECT_FALSE(HttpClient::parseResponse(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n"));
    EXPECT_FALSE(HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\nbody"));
    EXPECT_FALSE(HttpClient::parseResponse("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nbody"));
    EXPECT_FALSE(HttpClient::parseResponse(
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nbody"));
    // Chunk extensions are legal.
    const Outcome<HttpResponse> ok = HttpClient::parseResponse(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nok\r\n0\r\n\r\n");
    ASSERT_TRUE(ok.ok()) << ok.error();
    EXPECT_EQ(ok->body, "ok");
}

TEST(HttpClient, aBadContentLengthOnTheWireIsAnError)
{
    // Read while the connection is open: this used to throw out of bttui.
    LoopbackServer server("HTTP/1.1 200 OK\r\nContent-Length: banana\r\n\r\nok");
    const Outcome<HttpResponse> response
        = HttpClient::get(*Ipv4Address::parse("127.0.0.1"), server.port(), "/", seconds(2));
    EXPECT_FALSE(response);
    EXPECT_THAT(response.error(), HasSubstr("Content-Length"));
}

TEST(HttpClient, postsAndReadsTheAnswer)
{
    LoopbackServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    const Outcome<HttpResponse> response = HttpClient::post(*Ipv4Address::parse("127.0.0.1"),
        server.port(), "/x", "application/json", "{}", seconds(2));
    ASSERT_TRUE(response.ok()) << response.error();
    EXPECT_EQ(response->body, "ok");
    EXPECT_THAT(server.requests().at(0), HasSubstr("POST /x HTTP/1.1\r\nHost: 127.0.0.1:"));
    EXPECT_THAT(server.requests().at(0), HasSubstr("Content-Length: 2\r\n\r\n{}"));
}

TEST(HttpClient, givesUpAfterTheTimeout)
{
    LoopbackServer server("", true);
    const auto started = steady_clock::now();
    const Outcome<HttpResponse> response
        = HttpClient::get(*Ipv4Address::parse("127.0.0.1"), server.port(), "/", milliseconds(300));
    const auto took = steady_clock::now() - started;
    EXPECT_FALSE(response);
    EXPECT_TRUE(took >= milliseconds(250));
    EXPECT_TRUE(took < milliseconds(1500));
}

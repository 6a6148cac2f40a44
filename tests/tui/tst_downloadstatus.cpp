// Replays aria2 1.36 JSON-RPC replies recorded from a real aria2c (tests/tui/data/aria2-*.json)
// and hostile ones, through the decoder bttui reads aria2's answers with.
#include "aria2rpc.h"
#include "downloadstatus.h"

#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

using namespace bt::tui;
using ::testing::HasSubstr;

namespace {

std::string dataFile(const std::string &name)
{
    const std::string path = std::string(TUI_TEST_DATA_DIR) + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        ADD_FAILURE() << "cannot read test data " << path;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Outcome<DownloadStatus> replayed(const std::string &name)
{
    return Aria2Rpc::parseTellStatus(dataFile(name));
}

// A tellStatus reply whose result is `result`.
Outcome<DownloadStatus> withResult(const std::string &result)
{
    return Aria2Rpc::parseTellStatus(R"({"id":"bttui","jsonrpc":"2.0","result":)" + result + "}");
}

} // namespace

TEST(DownloadStatus, readsAnActiveDownload)
{
    const Outcome<DownloadStatus> status = replayed("aria2-tellstatus-active.json");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->status, "active");
    EXPECT_EQ(status->gid, "0123456789abcdef");
    EXPECT_EQ(status->completedLength, 16384);
    EXPECT_EQ(status->totalLength, 4000000);
    EXPECT_EQ(status->downloadSpeed, 19458);
    EXPECT_EQ(status->connections, 4);
    EXPECT_EQ(status->numSeeders, 1);
    EXPECT_EQ(status->infoHash, "7021baa15829cb1438803cab4c5deb2210cb69b3");
    EXPECT_FALSE(status->finished());
    EXPECT_FALSE(status->failed());
}

TEST(DownloadStatus, readsProgressLaterInTheDownload)
{
    const Outcome<DownloadStatus> status = replayed("aria2-tellstatus-active-late.json");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->completedLength, 3606784);
    EXPECT_EQ(status->downloadSpeed, 615072);
    EXPECT_FALSE(status->finished());
}

TEST(DownloadStatus, aSeederHasFinished)
{
    const Outcome<DownloadStatus> status = replayed("aria2-tellstatus-seeder.json");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->status, "active");
    EXPECT_TRUE(status->seeder);
    EXPECT_TRUE(status->finished());
    EXPECT_EQ(status->completedLength, status->totalLength);
}

TEST(DownloadStatus, readsTheErrorOfAFailedDownload)
{
    const Outcome<DownloadStatus> status = replayed("aria2-tellstatus-error.json");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_TRUE(status->failed());
    EXPECT_EQ(status->errorCode, "1");
    EXPECT_EQ(status->errorMessage, "Failed to establish connection, cause: Connection refused");
}

TEST(DownloadStatus, rpcErrorsBecomeMessages)
{
    const Outcome<DownloadStatus> wrongSecret = replayed("aria2-error-unauthorized.json");
    ASSERT_FALSE(wrongSecret);
    EXPECT_EQ(wrongSecret.error(), "aria2 RPC error: Unauthorized");
    const Outcome<DownloadStatus> unknown = replayed("aria2-error-unknown-gid.json");
    ASSERT_FALSE(unknown);
    EXPECT_THAT(unknown.error(), HasSubstr("GID ffffffffffffffff is not found"));
}

TEST(DownloadStatus, garbageIsAnError)
{
    EXPECT_FALSE(Aria2Rpc::parseTellStatus("<html>busy</html>"));
    EXPECT_FALSE(Aria2Rpc::parseTellStatus("{\"result\":\"0123\"}"));
}

TEST(DownloadStatus, requestCarriesTheSecretFirst)
{
    const Aria2Rpc rpc(6800, "abc\"def");
    EXPECT_EQ(rpc.tellStatusRequest("0123456789abcdef"),
        "{\"jsonrpc\":\"2.0\",\"id\":\"bttui\",\"method\":\"aria2.tellStatus\",\"params\":["
        "\"token:abc\\\"def\",\"0123456789abcdef\",[\"gid\",\"status\",\"completedLength\","
        "\"totalLength\",\"verifiedLength\",\"verifyIntegrityPending\",\"downloadSpeed\","
        "\"uploadSpeed\",\"uploadLength\",\"numSeeders\",\"connections\",\"seeder\",\"infoHash\","
        "\"errorCode\",\"errorMessage\"]]}");
    EXPECT_EQ(rpc.forceShutdownRequest(),
        "{\"jsonrpc\":\"2.0\",\"id\":\"bttui\",\"method\":\"aria2.forceShutdown\",\"params\":["
        "\"token:abc\\\"def\"]}");
}

TEST(DownloadStatus, aGidThatIsNoUtf8CannotBreakTheRequest)
{
    const Aria2Rpc rpc(6800, "s");
    EXPECT_THAT(rpc.tellStatusRequest("01\xff\n"), HasSubstr("\"01\xef\xbf\xbd\\n\""));
}

TEST(DownloadStatus, decodesEscapedText)
{
    const Outcome<DownloadStatus> status = withResult(
        R"({"errorMessage":"http:\/\/h\/a \"q\" \\ \n \u00e9 \ud83d\ude00","status":"error"})");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->errorMessage, "http://h/a \"q\" \\ \n \xc3\xa9 \xf0\x9f\x98\x80");
}

TEST(DownloadStatus, readsDecimalStringsAndNumbers)
{
    const Outcome<DownloadStatus> status = withResult(
        R"({"totalLength":"4000000","completedLength":12,"uploadLength":"12abc",)"
        R"("downloadSpeed":"99999999999999999999","connections":true,"numSeeders":"-1"})");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->totalLength, 4000000);
    EXPECT_EQ(status->completedLength, 12);
    EXPECT_EQ(status->uploadLength, 0);
    EXPECT_EQ(status->downloadSpeed, 0);
    EXPECT_EQ(status->connections, 0);
    EXPECT_EQ(status->numSeeders, -1);
}

TEST(DownloadStatus, fieldsOfAnotherTypeReadAsEmpty)
{
    const Outcome<DownloadStatus> status
        = withResult(R"({"gid":7,"status":["active"],"seeder":true,"errorMessage":{"a":1}})");
    ASSERT_TRUE(status.ok()) << status.error();
    EXPECT_EQ(status->gid, "");
    EXPECT_EQ(status->status, "");
    EXPECT_FALSE(status->seeder);
    EXPECT_EQ(status->errorMessage, "");
}

TEST(DownloadStatus, anErrorOfAnyShapeIsAnError)
{
    for (const char *error : { "null", "1", "\"x\"", "[]", "{\"message\":5}" }) {
        const Outcome<DownloadStatus> status = Aria2Rpc::parseTellStatus(
            std::string(R"({"result":{"status":"active"},"error":)") + error + "}");
        ASSERT_FALSE(status) << error;
        EXPECT_EQ(status.error(), "aria2 RPC error: unknown") << error;
    }
}

TEST(DownloadStatus, rejectsMalformedText)
{
    for (const char *text : { "", "{", "{\"a\" 1}", "[1,]x", "\"open", "{\"a\":1}}", "tru", "[1 2]",
             "{\"result\":{}} trailing", "{\"result\":{\"gid\":\"\\ud800\"}}",
             "{\"result\":{\"gid\":\"\xff\"}}", "{\"result\":{\"n\":1e999999}}" }) {
        const Outcome<DownloadStatus> status = Aria2Rpc::parseTellStatus(text);
        ASSERT_FALSE(status) << text;
        EXPECT_EQ(status.error(), "aria2 RPC: reply is no JSON") << text;
    }
}

TEST(DownloadStatus, rejectsAReplyWithoutResultOrObject)
{
    for (const char *text : { "[]", "\"result\"", "{\"id\":\"bttui\"}" })
        EXPECT_EQ(Aria2Rpc::parseTellStatus(text).error(), "aria2 RPC: reply without a result")
            << text;
    EXPECT_EQ(withResult("[]").error(), "aria2.tellStatus answered without a status object");
}

TEST(DownloadStatus, rejectsDeepNesting)
{
    const auto nested
        = [](int levels) { return std::string(levels, '[') + std::string(levels, ']'); };
    // The reply object is the first level, "result" the second.
    EXPECT_EQ(withResult("{\"x\":" + nested(Aria2Rpc::maximumDepth - 1) + "}").error(), "");
    EXPECT_EQ(withResult("{\"x\":" + nested(Aria2Rpc::maximumDepth) + "}").error(),
        "aria2 RPC: reply nested more than 64 levels deep");
    EXPECT_THAT(Aria2Rpc::parseTellStatus(nested(100000)).error(), HasSubstr("nested"));
}

TEST(DownloadStatus, rejectsAnOversizedReply)
{
    const std::string padding(Aria2Rpc::maximumReplySize, ' ');
    EXPECT_TRUE(withResult("{}" + padding.substr(100)).ok());
    EXPECT_EQ(withResult("{}" + padding).error(),
        "aria2 RPC: reply of 1048618 bytes, more than the 1048576 accepted");
}

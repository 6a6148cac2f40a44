// Replays aria2 1.36 JSON-RPC replies recorded from a real aria2c (tests/tui/data/aria2-*.json).
#include "aria2rpc.h"
#include "downloadstatus.h"
#include "tuitest.h"

using namespace bt::tui;

TUI_TEST(readsAnActiveDownload)
{
    const Outcome<DownloadStatus> status
        = DownloadStatus::fromReply(tuitest::dataFile("aria2-tellstatus-active.json"));
    CHECK(status.ok());
    CHECK_EQ(status->status, std::string("active"));
    CHECK_EQ(status->gid, std::string("0123456789abcdef"));
    CHECK_EQ(status->completedLength, std::int64_t(16384));
    CHECK_EQ(status->totalLength, std::int64_t(4000000));
    CHECK_EQ(status->downloadSpeed, std::int64_t(19458));
    CHECK_EQ(status->connections, 4);
    CHECK_EQ(status->numSeeders, 1);
    CHECK_EQ(status->infoHash, std::string("7021baa15829cb1438803cab4c5deb2210cb69b3"));
    CHECK(!status->finished());
    CHECK(!status->failed());
}

TUI_TEST(readsProgressLaterInTheDownload)
{
    const Outcome<DownloadStatus> status
        = DownloadStatus::fromReply(tuitest::dataFile("aria2-tellstatus-active-late.json"));
    CHECK(status.ok());
    CHECK_EQ(status->completedLength, std::int64_t(3606784));
    CHECK_EQ(status->downloadSpeed, std::int64_t(615072));
    CHECK(!status->finished());
}

TUI_TEST(aSeederHasFinished)
{
    const Outcome<DownloadStatus> status
        = DownloadStatus::fromReply(tuitest::dataFile("aria2-tellstatus-seeder.json"));
    CHECK(status.ok());
    CHECK_EQ(status->status, std::string("active"));
    CHECK(status->seeder);
    CHECK(status->finished());
    CHECK_EQ(status->completedLength, status->totalLength);
}

TUI_TEST(readsTheErrorOfAFailedDownload)
{
    const Outcome<DownloadStatus> status
        = DownloadStatus::fromReply(tuitest::dataFile("aria2-tellstatus-error.json"));
    CHECK(status.ok());
    CHECK(status->failed());
    CHECK_EQ(status->errorCode, std::string("1"));
    CHECK_EQ(status->errorMessage,
        std::string("Failed to establish connection, cause: Connection refused"));
}

TUI_TEST(rpcErrorsBecomeMessages)
{
    const Outcome<DownloadStatus> wrongSecret
        = DownloadStatus::fromReply(tuitest::dataFile("aria2-error-unauthorized.json"));
    CHECK(!wrongSecret);
    CHECK_EQ(wrongSecret.error(), std::string("aria2 RPC error: Unauthorized"));
    const Outcome<DownloadStatus> unknown
        = DownloadStatus::fromReply(tuitest::dataFile("aria2-error-unknown-gid.json"));
    CHECK(!unknown);
    CHECK_CONTAINS(unknown.error(), "GID ffffffffffffffff is not found");
}

TUI_TEST(garbageIsAnError)
{
    CHECK(!DownloadStatus::fromReply("<html>busy</html>"));
    CHECK(!DownloadStatus::fromReply("{\"result\":\"0123\"}"));
}

TUI_TEST(requestCarriesTheSecretFirst)
{
    const Aria2Rpc rpc(6800, "abc\"def");
    CHECK_EQ(rpc.requestBody("aria2.tellStatus", { "\"0123456789abcdef\"" }),
        std::string(
            "{\"jsonrpc\":\"2.0\",\"id\":\"bttui\",\"method\":\"aria2.tellStatus\",\"params\":["
            "\"token:abc\\\"def\",\"0123456789abcdef\"]}"));
}

TUI_TEST_MAIN()

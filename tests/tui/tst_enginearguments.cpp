#include "enginearguments.h"

#include <gtest/gtest.h>

using namespace bt::tui;

namespace {

EngineArguments arguments()
{
    EngineArguments a;
    a.program = "/usr/lib/boottorrent/btfetch";
    a.torrentPath = "/torrents/linux.torrent";
    a.directory = "/torrents";
    a.statusPath = "/tmp/bttui-7-btfetch-linux.status";
    a.stopWithPid = 77;
    return a;
}

} // namespace

TEST(EngineArguments, namesTheTorrentFolderAndStatusFile)
{
    ClientSettings settings;
    settings.seedTime = 45;
    EXPECT_EQ(arguments().build(settings),
        (std::vector<std::string> { "/usr/lib/boottorrent/btfetch", "--torrent",
            "/torrents/linux.torrent", "--dir", "/torrents", "--status",
            "/tmp/bttui-7-btfetch-linux.status", "--seed-time", "45", "--peer-exchange", "1",
            "--local-peer-discovery", "0", "--listen-port", "0", "--stop-with-pid", "77" }));
}

TEST(EngineArguments, passesThePeerSwitchesOfTheEnvironment)
{
    ClientSettings settings;
    settings.peerExchange = false;
    settings.localPeerDiscovery = true;
    const std::vector<std::string> argv = arguments().build(settings);
    const auto after = [&](const std::string &option) {
        const auto at = std::find(argv.begin(), argv.end(), option);
        return at == argv.end() || at + 1 == argv.end() ? std::string("?") : *(at + 1);
    };
    EXPECT_EQ(after("--peer-exchange"), "0");
    EXPECT_EQ(after("--local-peer-discovery"), "1");
}

TEST(EngineArguments, qemuSharingSeedsUntilStopped)
{
    EngineArguments a = arguments();
    a.seedUntilStopped = true;
    a.stopWithPid = 0;
    const std::vector<std::string> argv = a.build(ClientSettings());
    EXPECT_NE(std::find(argv.begin(), argv.end(), "--seed-until-stopped"), argv.end());
    EXPECT_EQ(std::find(argv.begin(), argv.end(), "--seed-time"), argv.end());
    EXPECT_EQ(std::find(argv.begin(), argv.end(), "--stop-with-pid"), argv.end());
}

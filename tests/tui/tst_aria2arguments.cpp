#include "aria2arguments.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace bt::tui;

namespace {

bool has(const std::vector<std::string> &argv, const std::string &arg)
{
    return std::find(argv.begin(), argv.end(), arg) != argv.end();
}

Aria2Arguments arguments()
{
    Aria2Arguments a;
    a.program = "/usr/bin/aria2c";
    a.torrentPath = "/torrents/linux.torrent";
    a.directory = "/torrents";
    a.rpcPort = 40123;
    a.rpcSecret = "feedbeef";
    a.gid = "0123456789abcdef";
    a.stopWithPid = 77;
    return a;
}

} // namespace

TEST(Aria2Arguments, seedTimeIsConvertedToMinutes)
{
    EXPECT_EQ(Aria2Arguments::seedMinutes(30), "0.5");
    EXPECT_EQ(Aria2Arguments::seedMinutes(90), "1.5");
    EXPECT_EQ(Aria2Arguments::seedMinutes(120), "2");
    EXPECT_EQ(Aria2Arguments::seedMinutes(20), "0.3333");
    EXPECT_EQ(Aria2Arguments::seedMinutes(0), "0");
}

TEST(Aria2Arguments, keepsTheOriginalClientsBehaviour)
{
    ClientSettings settings;
    settings.seedTime = 45;
    settings.localPeerDiscovery = true;
    settings.peerExchange = false;
    settings.consoleLogLevel = "warn";
    const std::vector<std::string> argv = arguments().build(settings);
    EXPECT_EQ(argv.front(), "/usr/bin/aria2c");
    EXPECT_EQ(argv.back(), "/torrents/linux.torrent");
    for (const char *arg : { "--check-integrity=true", "--enable-dht=false", "--bt-enable-lpd=true",
             "--enable-peer-exchange=false", "--dir=/torrents", "--seed-time=0.75",
             "--seed-ratio=0.0", "--file-allocation=none", "--stream-piece-selector=random",
             "--console-log-level=warn" })
        EXPECT_TRUE(has(argv, arg));
}

TEST(Aria2Arguments, enablesRpcOnLoopbackWithSecretAndGid)
{
    const std::vector<std::string> argv = arguments().build(ClientSettings());
    for (const char *arg :
        { "--enable-rpc=true", "--rpc-listen-all=false", "--rpc-listen-port=40123",
            "--rpc-secret=feedbeef", "--gid=0123456789abcdef", "--stop-with-process=77" })
        EXPECT_TRUE(has(argv, arg));
}

TEST(Aria2Arguments, qemuSharingHasNoSeedTime)
{
    Aria2Arguments a = arguments();
    a.seedUntilStopped = true;
    const std::vector<std::string> argv = a.build(ClientSettings());
    EXPECT_TRUE(std::none_of(argv.begin(), argv.end(),
        [](const std::string &arg) { return arg.rfind("--seed-time", 0) == 0; }));
    EXPECT_TRUE(has(argv, "--seed-ratio=0.0"));
}

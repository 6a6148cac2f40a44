#include "aria2arguments.h"
#include "tuitest.h"

#include <algorithm>

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

TUI_TEST(seedTimeIsConvertedToMinutes)
{
    CHECK_EQ(Aria2Arguments::seedMinutes(30), std::string("0.5"));
    CHECK_EQ(Aria2Arguments::seedMinutes(90), std::string("1.5"));
    CHECK_EQ(Aria2Arguments::seedMinutes(120), std::string("2"));
    CHECK_EQ(Aria2Arguments::seedMinutes(20), std::string("0.3333"));
    CHECK_EQ(Aria2Arguments::seedMinutes(0), std::string("0"));
}

TUI_TEST(keepsTheOriginalClientsBehaviour)
{
    ClientSettings settings;
    settings.seedTime = 45;
    settings.btEnableLpd = true;
    settings.enablePeerExchange = false;
    settings.consoleLogLevel = "warn";
    const std::vector<std::string> argv = arguments().build(settings);
    CHECK_EQ(argv.front(), std::string("/usr/bin/aria2c"));
    CHECK_EQ(argv.back(), std::string("/torrents/linux.torrent"));
    for (const char *arg : { "--check-integrity=true", "--enable-dht=false", "--bt-enable-lpd=true",
             "--enable-peer-exchange=false", "--dir=/torrents", "--seed-time=0.75",
             "--seed-ratio=0.0", "--file-allocation=none", "--stream-piece-selector=random",
             "--console-log-level=warn" })
        CHECK(has(argv, arg));
}

TUI_TEST(enablesRpcOnLoopbackWithSecretAndGid)
{
    const std::vector<std::string> argv = arguments().build(ClientSettings());
    for (const char *arg :
        { "--enable-rpc=true", "--rpc-listen-all=false", "--rpc-listen-port=40123",
            "--rpc-secret=feedbeef", "--gid=0123456789abcdef", "--stop-with-process=77" })
        CHECK(has(argv, arg));
}

TUI_TEST(qemuSharingHasNoSeedTime)
{
    Aria2Arguments a = arguments();
    a.seedUntilStopped = true;
    const std::vector<std::string> argv = a.build(ClientSettings());
    CHECK(std::none_of(argv.begin(), argv.end(),
        [](const std::string &arg) { return arg.rfind("--seed-time", 0) == 0; }));
    CHECK(has(argv, "--seed-ratio=0.0"));
}

TUI_TEST_MAIN()

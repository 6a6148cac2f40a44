// BootFlow's engine: how btfetch is started, the files it writes and the words the screen waits
// with. A stand-in program records how it was started; the real btfetch runs in
// tst_bttui_headless and tst_bttui_btfetch.
#include "bootflow.h"

#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace bt::tui;
using ::testing::HasSubstr;
using namespace std::chrono;

namespace {

struct Fixture
{
    std::filesystem::path folder
        = std::filesystem::temp_directory_path() / ("tst_bootflow_" + std::to_string(::getpid()));
    ClientConfig config;
    StatusReporter reporter { std::nullopt, 0, "" };
    BootFlow::Options options;

    Fixture()
    {
        std::filesystem::create_directories(folder / "root");
        std::filesystem::create_directories(folder / "logs");
        config.root = folder / "root";
        config.settings.peerExchange = false;
        config.settings.localPeerDiscovery = true;
        OsEntry os;
        os.name = "linux";
        os.dispname = "Debian 12";
        os.method = "kexec";
        os.kernel = "vmlinuz";
        config.oss.push_back(os);
        std::ofstream(config.torrentPath("linux")) << "d4:infod4:name5:linuxee";
        options.logDirectory = folder / "logs";
        // Each stand-in writes its arguments, one a line, then does `what`.
        options.btfetch = standIn("btfetch", "exec sleep 30");
    }
    ~Fixture() { std::filesystem::remove_all(folder); }

    std::string standIn(const std::string &name, const std::string &what) const
    {
        const std::string path = folder / name;
        std::ofstream(path) << "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" << path << ".argv'\n"
                            << what << "\n";
        ::chmod(path.c_str(), 0755);
        return path;
    }

    // The arguments the stand-in was given, once it wrote them (at most five seconds).
    std::vector<std::string> argv(const std::string &name) const
    {
        const std::string path = (folder / name).string() + ".argv";
        for (int i = 0; i < 500 && !std::filesystem::exists(path); ++i)
            std::this_thread::sleep_for(milliseconds(10));
        std::this_thread::sleep_for(milliseconds(50));
        std::ifstream in(path);
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);)
            lines.push_back(line);
        return lines;
    }

    std::string own(const std::string &name) const
    {
        return (folder / "logs").string() + "/bttui-" + std::to_string(::getpid()) + "-" + name;
    }
};

std::string after(const std::vector<std::string> &argv, const std::string &option)
{
    const auto at = std::find(argv.begin(), argv.end(), option);
    return at == argv.end() || at + 1 == argv.end() ? std::string("(none)") : *(at + 1);
}

} // namespace

TEST(BootFlow, theLibtorrentEngineRunsBtfetchWithTheEnvironmentsSwitches)
{
    Fixture f;
    BootFlow flow(f.config, f.options, f.reporter, nullptr);
    flow.start("linux");
    ASSERT_EQ(flow.phase(), BootFlow::Phase::Downloading) << flow.snapshot().message;
    const std::vector<std::string> argv = f.argv("btfetch");
    EXPECT_EQ(after(argv, "--torrent"), f.config.torrentPath("linux"));
    EXPECT_EQ(after(argv, "--dir"), f.config.root);
    EXPECT_EQ(after(argv, "--status"), f.own("btfetch-linux.status"));
    EXPECT_EQ(after(argv, "--peer-exchange"), "0");
    EXPECT_EQ(after(argv, "--local-peer-discovery"), "1");
    EXPECT_EQ(after(argv, "--stop-with-pid"), std::to_string(::getpid()));
}

TEST(BootFlow, waitsNamingTheLibtorrentEngine)
{
    Fixture f;
    BootFlow flow(f.config, f.options, f.reporter, nullptr);
    flow.start("linux");
    EXPECT_EQ(flow.waiting().what, "the libtorrent engine to start");
    flow.poll();
    EXPECT_EQ(flow.waiting().what, "the libtorrent engine to start");
    flow.cancel();
    EXPECT_EQ(flow.waiting().what, "");
    EXPECT_EQ(flow.phase(), BootFlow::Phase::Idle);
    EXPECT_FALSE(std::filesystem::exists(f.own("btfetch-linux.log")));
}

TEST(BootFlow, aFailingBtfetchIsNamedWithItsLastWords)
{
    Fixture f;
    f.options.btfetch = f.standIn(
        "btfetch", "echo 'btfetch: cannot write /torrents: Read-only file system' >&2; exit 1");
    std::vector<std::string> events;
    BootFlow flow(f.config, f.options, f.reporter,
        [&events](const std::string &line) { events.push_back(line); });
    flow.start("linux");
    for (int i = 0; i < 50 && flow.phase() == BootFlow::Phase::Downloading; ++i) {
        std::this_thread::sleep_for(milliseconds(100));
        flow.poll();
    }
    ASSERT_EQ(flow.phase(), BootFlow::Phase::Failed);
    EXPECT_EQ(flow.snapshot().message,
        "linux: btfetch exited with code 1: btfetch: cannot write /torrents: Read-only file "
        "system");
    EXPECT_EQ(events.back(), "failed: " + flow.snapshot().message);
    EXPECT_TRUE(std::filesystem::exists(f.own("btfetch-linux.log")));
}

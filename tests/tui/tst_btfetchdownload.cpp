// EngineDownload with the real btfetch (BTFETCH_PROGRAM, built from client-tui/engine) on
// loopback, as tests/tui/lab.sh sets a lab up: a real opentracker and a real aria2c seeder
// (the host's seeder) share a torrent made by mktorrent; btfetch fetches it into a folder of
// its own. Everything started here is stopped by its ChildProcess, also after a failure.
#include "enginedownload.h"
#include "printabletext.h"
#include "trackerscrape.h"

#include <arpa/inet.h>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <random>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace bt::tui;
using ::testing::HasSubstr;
using namespace std::chrono;

namespace {

// A port on 127.0.0.1 the kernel calls free; the program given it binds it a moment later.
int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

using Clock = steady_clock;

std::string contents(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs `command` through sh, its output into `log`; its exit code, -1 after 60 s.
int shell(const std::string &command, const std::string &log)
{
    ChildProcess child;
    if (!child.start({ "/bin/sh", "-c", command }, {}, log))
        return -1;
    if (!child.waitFinished(seconds(60))) {
        child.stop(milliseconds(1000));
        return -1;
    }
    return child.exitCode();
}

class Lab : public ::testing::Test
{
protected:
    std::filesystem::path folder = std::filesystem::temp_directory_path()
        / ("tst_btfetchdownload_" + std::to_string(::getpid()));
    std::string seed = folder / "seed";
    std::string root = folder / "root";
    std::string torrent = folder / "root" / "linux.torrent";
    std::string infoHash;
    int trackerPort = 0;
    ChildProcess tracker;
    ChildProcess seeder;

    void SetUp() override
    {
        std::filesystem::create_directories(folder / "seed" / "linux");
        std::filesystem::create_directories(folder / "root");
        std::filesystem::create_directories(folder / "tracker");
        std::mt19937_64 random(std::random_device {}());
        for (const auto &[name, size] :
            { std::pair { "vmlinuz", 2500000 }, { "initrd.img", 700000 } }) {
            std::string bytes(size, '\0');
            for (char &byte : bytes)
                byte = static_cast<char>(random());
            std::ofstream(folder / "seed" / "linux" / name, std::ios::binary) << bytes;
        }
        trackerPort = freeLocalPort();
        ASSERT_GT(trackerPort, 0);
        const std::string log = folder / "setup.log";
        ASSERT_EQ(shell("mktorrent -l 18 -a http://127.0.0.1:" + std::to_string(trackerPort)
                          + "/announce -o '" + torrent + "' '" + seed + "/linux' && aria2c -S '"
                          + torrent + "' | sed -n 's/^Info Hash: //p' > '" + folder.string()
                          + "/tracker/whitelist'",
                      log),
            0)
            << contents(log);
        infoHash = contents(folder / "tracker" / "whitelist");
        while (!infoHash.empty() && infoHash.back() == '\n')
            infoHash.pop_back();
        ASSERT_EQ(infoHash.size(), 40u) << contents(log);

        const std::string port = std::to_string(trackerPort);
        ASSERT_TRUE(tracker.start({ "opentracker", "-i", "127.0.0.1", "-p", port, "-P", port, "-d",
                                      (folder / "tracker").string(), "-w", "whitelist" },
            {}, folder / "opentracker.log"));
        ASSERT_TRUE(
            seeder.start({ "aria2c", "--no-conf=true", "--dir=" + seed, "--check-integrity=true",
                             "--seed-ratio=0.0", "--enable-dht=false", "--bt-enable-lpd=false",
                             "--listen-port=" + std::to_string(freeLocalPort()),
                             "--console-log-level=warn", "--summary-interval=0", torrent },
                {}, folder / "seeder.log"));
        // The seeder is found once the tracker counts it as complete.
        const auto deadline = Clock::now() + seconds(20);
        while (true) {
            const Outcome<TrackerScrape::Counts> counts
                = TrackerScrape::query(*Ipv4Address::parse("127.0.0.1"), trackerPort, infoHash);
            if (counts && counts->complete >= 1)
                break;
            ASSERT_LT(Clock::now(), deadline)
                << "the seeder never registered with the tracker: "
                << contents(folder / "seeder.log") << contents(folder / "opentracker.log");
            std::this_thread::sleep_for(milliseconds(200));
        }
    }

    void TearDown() override
    {
        seeder.stop(milliseconds(2000));
        tracker.stop(milliseconds(2000));
        std::filesystem::remove_all(folder);
    }

    EngineDownload download(int seedTime, bool seedUntilStopped = false) const
    {
        ClientSettings settings;
        settings.seedTime = seedTime;
        settings.hostIp = "127.0.0.1";
        return EngineDownload("linux", BTFETCH_PROGRAM, torrent, root, settings, seedUntilStopped,
            Download::Limits { seconds(20), seconds(15), seconds(60) },
            folder / "btfetch-linux.log", folder / "btfetch-linux.status");
    }
};

// Polls as BootFlow does until `done` holds for the download, at most `limit`.
template <typename Predicate>
bool pollUntil(Download &download, Predicate done, milliseconds limit = seconds(60))
{
    const auto deadline = Clock::now() + limit;
    while (Clock::now() < deadline) {
        download.poll();
        if (done())
            return true;
        std::this_thread::sleep_for(milliseconds(100));
    }
    return false;
}

bool alive(pid_t pid) { return pid > 0 && ::kill(pid, 0) == 0; }

} // namespace

TEST_F(Lab, downloadsFromTheSeederThroughTheTrackerAndEndsAfterItsSeedTime)
{
    EngineDownload d = download(2);
    ASSERT_TRUE(d.start()) << d.error();
    EXPECT_EQ(d.phase(), Download::Phase::Starting);
    ASSERT_TRUE(pollUntil(d,
        [&] {
            return d.phase() != Download::Phase::Starting && d.phase() != Download::Phase::Running;
        }))
        << "phase " << int(d.phase()) << ", " << d.status().completedLength << " bytes";
    ASSERT_EQ(d.phase(), Download::Phase::Finished) << d.error() << "\n"
                                                    << contents(folder / "btfetch-linux.log");
    EXPECT_EQ(d.status().totalLength, 3200000);
    EXPECT_EQ(d.status().completedLength, 3200000);
    EXPECT_EQ(d.status().infoHash, infoHash);
    for (const char *name : { "vmlinuz", "initrd.img" })
        EXPECT_TRUE(contents(seed + "/linux/" + name) == contents(root + "/linux/" + name))
            << name << " differs from the seeder's";
    // Its seed time over, btfetch ends on its own, and that is no failure.
    ASSERT_TRUE(pollUntil(
        d, [&] { return !d.processRunning(); }, seconds(15)));
    d.poll();
    EXPECT_EQ(d.phase(), Download::Phase::Finished) << d.error();
    d.stop();
    EXPECT_FALSE(std::filesystem::exists(folder / "btfetch-linux.status"));
}

TEST_F(Lab, reusesWhatIsAlreadyThere)
{
    std::filesystem::copy(seed + "/linux", root + "/linux");
    EngineDownload d = download(0);
    ASSERT_TRUE(d.start()) << d.error();
    ASSERT_TRUE(pollUntil(d, [&] {
        return d.phase() == Download::Phase::Finished || d.phase() == Download::Phase::Failed;
    }));
    EXPECT_EQ(d.phase(), Download::Phase::Finished) << d.error();
    EXPECT_EQ(d.status().uploadLength, 0);
}

TEST_F(Lab, stoppingWhileSeedingIsPrompt)
{
    EngineDownload d = download(0, true);
    ASSERT_TRUE(d.start()) << d.error();
    ASSERT_TRUE(pollUntil(d, [&] {
        return d.phase() == Download::Phase::Finished || d.phase() == Download::Phase::Failed;
    }));
    ASSERT_EQ(d.phase(), Download::Phase::Finished) << d.error();
    const pid_t pid = d.pid();
    ASSERT_TRUE(alive(pid)) << "--seed-until-stopped shares until told to stop";
    const auto before = Clock::now();
    d.stop();
    EXPECT_LT(Clock::now() - before, milliseconds(1500))
        << "btfetch took longer than SIGTERM allows";
    EXPECT_FALSE(alive(pid));
    EXPECT_FALSE(std::filesystem::exists(folder / "btfetch-linux.log"));
}

TEST_F(Lab, failsWhenTheTorrentIsMissing)
{
    std::filesystem::remove(torrent);
    EngineDownload d = download(0);
    EXPECT_FALSE(d.start());
    EXPECT_EQ(d.error(), "linux: " + torrent + ": torrent file missing");
}

TEST_F(Lab, failsWithBtfetchsSentenceOnABrokenTorrent)
{
    std::ofstream(torrent, std::ios::trunc) << "d8:announce3:bad4:infoi7ee";
    EngineDownload d = download(0);
    ASSERT_TRUE(d.start()) << d.error();
    ASSERT_TRUE(pollUntil(
        d, [&] { return d.phase() == Download::Phase::Failed; }, seconds(10)))
        << "phase " << int(d.phase());
    EXPECT_THAT(d.error(), HasSubstr("linux: "));
    EXPECT_GT(d.error().size(), std::string("linux: ").size() + 10) << d.error();
    EXPECT_EQ(d.error(), PrintableText::sanitized(d.error()));
    EXPECT_FALSE(d.processRunning());
}

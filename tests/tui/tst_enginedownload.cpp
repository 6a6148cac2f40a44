// EngineDownload's rules against engines that misbehave on purpose: shell scripts standing in
// for btfetch where the real one cannot be made to (stay silent, stall, ignore SIGTERM, send
// control sequences). The real btfetch is tst_btfetchdownload's.
#include "enginedownload.h"
#include "printabletext.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace bt::tui;
using ::testing::HasSubstr;
using namespace std::chrono;

namespace {

using Clock = steady_clock;

// Writes one status file the way btfetch does (temporary file, rename), seq from $seq.
const char *const writeStatus = R"(
while [ $# -gt 0 ]; do [ "$1" = --status ] && status=$2; shift; done
seq=0
write() { # state done peers error
    printf '{"engine":"btfetch","version":1,"state":"%s","total":1000,"done":%s,"checked":0,"down_rate":0,"up_rate":0,"uploaded":0,"peers":%s,"seeds":0,"web_seeds":0,"info_hash":"","error":"%s","seq":%s}' \
        "$1" "$2" "$3" "$4" "$seq" > "$status.tmp" && mv "$status.tmp" "$status"
    seq=$((seq + 1))
}
)";

struct Fixture
{
    std::filesystem::path folder = std::filesystem::temp_directory_path()
        / ("tst_enginedownload_" + std::to_string(::getpid()));
    std::string torrent = folder / "linux.torrent";
    std::string log = folder / "bttui-btfetch-linux.log";
    std::string status = folder / "bttui-btfetch-linux.status";
    Download::Limits limits { milliseconds(1000), milliseconds(1000), milliseconds(1000) };

    Fixture()
    {
        std::filesystem::create_directories(folder);
        std::ofstream(torrent) << "d4:infod4:name5:linuxee";
    }
    ~Fixture() { std::filesystem::remove_all(folder); }

    // A stand-in engine: writeStatus's helper, then `body`.
    std::string engine(const std::string &body) const
    {
        const std::string path = folder / "btfetch";
        std::ofstream(path) << "#!/bin/sh\n" << writeStatus << body << "\n";
        ::chmod(path.c_str(), 0755);
        return path;
    }

    EngineDownload download(const std::string &program, bool seedUntilStopped = false) const
    {
        return EngineDownload("linux", program, torrent, folder, ClientSettings(), seedUntilStopped,
            limits, log, status);
    }
};

// Polls as BootFlow does, ten times a second, until the download finished or failed; at most
// `limit`.
Download::Phase settle(Download &download, milliseconds limit = milliseconds(8000))
{
    const auto deadline = Clock::now() + limit;
    while (Clock::now() < deadline) {
        download.poll();
        if (download.phase() == Download::Phase::Finished
            || download.phase() == Download::Phase::Failed)
            break;
        std::this_thread::sleep_for(milliseconds(100));
    }
    return download.phase();
}

bool alive(pid_t pid) { return pid > 0 && ::kill(pid, 0) == 0; }

} // namespace

TEST(EngineDownload, failsWithoutATorrentFile)
{
    Fixture f;
    std::filesystem::remove(f.torrent);
    EngineDownload d = f.download(f.engine("exec sleep 30"));
    EXPECT_FALSE(d.start());
    EXPECT_EQ(d.phase(), Download::Phase::Failed);
    EXPECT_EQ(d.error(), "linux: " + f.torrent + ": torrent file missing");
}

TEST(EngineDownload, failsWhenTheProgramCannotStart)
{
    Fixture f;
    EngineDownload d = f.download((f.folder / "no-btfetch-here").string());
    EXPECT_FALSE(d.start());
    EXPECT_THAT(d.error(), HasSubstr("linux: cannot start btfetch: "));
    EXPECT_THAT(d.error(), HasSubstr("No such file or directory"));
}

TEST(EngineDownload, failsWithoutAStatusFileWithinTheStartupLimit)
{
    Fixture f;
    EngineDownload d = f.download(f.engine("exec sleep 30"));
    ASSERT_TRUE(d.start());
    const pid_t pid = d.pid();
    const auto started = Clock::now();
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_GE(Clock::now() - started, milliseconds(1000));
    EXPECT_EQ(d.error(),
        "linux: btfetch wrote no status within 1 s (" + f.status + ": No such file or directory)");
    EXPECT_FALSE(alive(pid));
}

TEST(EngineDownload, aStatusFileOfAnEarlierRunIsNoAnswer)
{
    Fixture f;
    std::ofstream(f.status) << R"({"engine":"btfetch","version":1,"state":"seeding","total":1000,)"
                               R"("done":1000,"checked":0,"down_rate":0,"up_rate":0,"uploaded":0,)"
                               R"("peers":0,"seeds":0,"web_seeds":0,"info_hash":"","error":"",)"
                               R"("seq":9})";
    EngineDownload d = f.download(f.engine("exec sleep 30"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_THAT(d.error(), HasSubstr("btfetch wrote no status within 1 s"));
}

TEST(EngineDownload, failsWhenTheStatusStopsAdvancing)
{
    Fixture f;
    EngineDownload d = f.download(f.engine("write downloading 10 2 ''; exec sleep 30"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_EQ(d.error(), "linux: btfetch stopped updating its status (seq 0 for 1 s)");
    EXPECT_EQ(d.status().completedLength, 10);
}

TEST(EngineDownload, failsAfterTheStallLimitWithoutProgress)
{
    Fixture f;
    EngineDownload d
        = f.download(f.engine("while :; do write downloading 10 0 ''; sleep 0.1; done"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_EQ(d.error(),
        "linux: no progress for 1 s (no peer reachable: is the host's tracker running?)");
}

TEST(EngineDownload, progressKeepsItRunning)
{
    Fixture f;
    EngineDownload d = f.download(
        f.engine("for n in $(seq 50 50 950); do write downloading $n 3 ''; sleep 0.1; done; "
                 "write seeding 1000 3 ''; exec sleep 30"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Finished) << d.error();
    EXPECT_EQ(d.status().completedLength, 1000);
    EXPECT_TRUE(d.status().seeder);
    EXPECT_TRUE(d.processRunning());
}

TEST(EngineDownload, anExitBeforeTheEndIsToldWithTheLogsLastLine)
{
    Fixture f;
    EngineDownload d
        = f.download(f.engine("echo 'btfetch: linux.torrent: no torrent (bad bencoding)' >&2; "
                              "exit 1"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_EQ(d.error(),
        "linux: btfetch exited with code 1: btfetch: linux.torrent: no torrent (bad bencoding)");
    d.stop();
    EXPECT_TRUE(std::filesystem::exists(f.log)) << "the log that explains a failure is kept";
}

TEST(EngineDownload, theEnginesErrorSentenceIsTheErrorAndPrintable)
{
    Fixture f;
    EngineDownload d = f.download(f.engine(
        R"(write error 0 0 'cannot write /torrents/linux: disk full \u001b[2J\u001b]0;x\u0007'; )"
        "exec sleep 30"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_EQ(d.error(), "linux: cannot write /torrents/linux: disk full ?[2J?]0;x?");
    EXPECT_EQ(d.error(), PrintableText::sanitized(d.error()));
}

TEST(EngineDownload, anEngineThatSeededAndLeftBeforeTheFirstLookHasFinished)
{
    Fixture f;
    EngineDownload d = f.download(f.engine("write seeding 1000 0 ''; write stopped 1000 0 ''"));
    ASSERT_TRUE(d.start());
    while (d.processRunning())
        std::this_thread::sleep_for(milliseconds(20));
    d.poll();
    EXPECT_EQ(d.phase(), Download::Phase::Finished) << d.error();
}

TEST(EngineDownload, stoppedBeforeTheEndIsAFailure)
{
    Fixture f;
    EngineDownload d = f.download(f.engine("write stopped 500 0 ''; exec sleep 30"));
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Failed);
    EXPECT_EQ(d.error(), "linux: btfetch stopped before the download was complete");
}

TEST(EngineDownload, stopKillsAnEngineThatIgnoresSigterm)
{
    Fixture f;
    EngineDownload d = f.download(
        f.engine("trap '' TERM; while :; do write seeding 1000 1 ''; sleep 0.1; done"), true);
    ASSERT_TRUE(d.start());
    ASSERT_EQ(settle(d), Download::Phase::Finished) << d.error();
    const pid_t pid = d.pid();
    const auto before = Clock::now();
    d.stop();
    const auto took = Clock::now() - before;
    EXPECT_FALSE(alive(pid));
    EXPECT_GE(took, milliseconds(1900));
    EXPECT_LT(took, milliseconds(4000));
    EXPECT_FALSE(std::filesystem::exists(f.status)) << "a stopped download leaves no status file";
    EXPECT_FALSE(std::filesystem::exists(f.log)) << "nor a log: nothing failed";
}

// A new status file ends a wait on newsFd() at once, not at the next tenth of a second: a
// finished download is seen when btfetch says so. Without news the wait lasts its time.
TEST(EngineDownload, aNewStatusFileEndsTheWaitForNews)
{
    Fixture f;
    EngineDownload d = f.download(
        f.engine("write downloading 10 1 ''; sleep 1; write seeding 1000 1 ''; exec sleep 30"));
    ASSERT_TRUE(d.start());
    ASSERT_GE(d.newsFd(), 0);
    const auto waitForNews = [&d](milliseconds most) {
        pollfd item { d.newsFd(), POLLIN, 0 };
        const int ready = ::poll(&item, 1, int(most.count()));
        char events[4096];
        while (::read(d.newsFd(), events, sizeof events) > 0) { }
        return ready > 0;
    };
    // The first status: downloading.
    const auto deadline = Clock::now() + milliseconds(5000);
    while (d.phase() != Download::Phase::Running && Clock::now() < deadline) {
        waitForNews(milliseconds(100));
        d.poll();
    }
    ASSERT_EQ(d.phase(), Download::Phase::Running) << d.error();
    // Nothing new for 1 s: a wait of 0.2 s lasts 0.2 s and brings no news.
    const auto quiet = Clock::now();
    EXPECT_FALSE(waitForNews(milliseconds(200)));
    EXPECT_GE(Clock::now() - quiet, milliseconds(190));
    // Then "seeding": one wait of up to 5 s ends with it, and the next look sees it finished.
    ASSERT_TRUE(waitForNews(milliseconds(5000)));
    const auto woken = Clock::now();
    d.poll();
    EXPECT_EQ(d.phase(), Download::Phase::Finished) << d.error();
    EXPECT_LT(Clock::now() - woken, milliseconds(100));
    d.stop();
    EXPECT_EQ(d.newsFd(), -1);
}

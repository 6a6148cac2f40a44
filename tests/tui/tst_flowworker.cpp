#include "flowworker.h"
#include "loopbackserver.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>

using namespace bt::tui;
using ::testing::HasSubstr;
using namespace std::chrono;

namespace {

using Clock = steady_clock;

// Waits up to five seconds for `done`; true when it came.
template <typename Predicate> bool eventually(Predicate done)
{
    const auto deadline = Clock::now() + seconds(5);
    while (!done()) {
        if (Clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(milliseconds(10));
    }
    return true;
}

struct Fixture
{
    ClientConfig config;
    StatusReporter reporter { std::nullopt, 0, "" };
};

} // namespace

TEST(FlowWorker, postReturnsAtOnceWhileTheJobRunsOnTheFlowsThread)
{
    Fixture f;
    FlowWorker worker(f.config, {}, f.reporter);
    std::thread::id ranOn;
    const auto before = Clock::now();
    const std::uint64_t ticket = worker.post([&ranOn](BootFlow &) {
        std::this_thread::sleep_for(milliseconds(500));
        ranOn = std::this_thread::get_id();
    });
    EXPECT_LT(Clock::now() - before, milliseconds(50));
    EXPECT_FALSE(worker.finished(ticket));
    const auto viewed = Clock::now();
    worker.view();
    EXPECT_LT(Clock::now() - viewed, milliseconds(50));
    ASSERT_TRUE(eventually([&] { return worker.finished(ticket); }));
    EXPECT_NE(ranOn, std::this_thread::get_id());
}

TEST(FlowWorker, theViewShowsTheFlowAfterAJob)
{
    Fixture f;
    FlowWorker worker(f.config, {}, f.reporter);
    const std::uint64_t ticket = worker.post([](BootFlow &flow) { flow.start("nothing"); });
    ASSERT_TRUE(eventually([&] { return worker.finished(ticket); }));
    const FlowWorker::View view = worker.view();
    EXPECT_EQ(view.phase, BootFlow::Phase::Failed);
    EXPECT_THAT(view.snapshot.message, HasSubstr("no OS named 'nothing'"));
}

TEST(FlowWorker, aSilentHostIsNamedWhileTheReportWaitsForIt)
{
    LoopbackServer silent("", true);
    ClientConfig config;
    StatusReporter reporter(*Ipv4Address::parse("127.0.0.1"), silent.port(), "52:54:00:ab:cd:ef");
    FlowWorker worker(config, {}, reporter);
    reporter.report(StatusReport { "phase1-up", "", 0, "" });
    const std::uint64_t ticket
        = worker.post([](BootFlow &flow) { flow.flushReports(milliseconds(1500)); });
    ASSERT_TRUE(eventually(
        [&] { return worker.view().waiting.what == "the status report to reach the host"; }));
    EXPECT_FALSE(worker.finished(ticket));
    ASSERT_TRUE(eventually([&] { return worker.finished(ticket); }));
    EXPECT_EQ(worker.view().waiting.what, "");
}

TEST(FlowWorker, holdKeepsJobsBackUntilResume)
{
    Fixture f;
    FlowWorker worker(f.config, {}, f.reporter);
    const std::uint64_t held = worker.hold();
    ASSERT_TRUE(eventually([&] { return worker.finished(held); }));
    std::atomic<bool> ran { false };
    const std::uint64_t ticket = worker.post([&ran](BootFlow &) { ran = true; });
    std::this_thread::sleep_for(milliseconds(300));
    EXPECT_FALSE(ran);
    EXPECT_FALSE(worker.finished(ticket));
    worker.resume();
    ASSERT_TRUE(eventually([&] { return worker.finished(ticket); }));
    EXPECT_TRUE(ran);
}

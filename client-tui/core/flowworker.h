#pragma once

#include "bootflow.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

namespace bt::tui {

// Drives a BootFlow on a thread of its own, so a screen never waits on it: the engine starting
// and stopping and the status reports take their seconds there while the screen keeps
// answering keys. Every call returns at once. Between jobs the flow is polled ten times a second.
class FlowWorker
{
public:
    using Job = std::function<void(BootFlow &flow)>;

    struct View
    {
        BootFlow::Phase phase = BootFlow::Phase::Idle;
        BootFlow::Snapshot snapshot;
        BootFlow::Wait waiting;
    };

    FlowWorker(const ClientConfig &config, BootFlow::Options options, StatusReporter &reporter);
    // Waits for the job running now; jobs not yet begun are dropped.
    ~FlowWorker();
    FlowWorker(const FlowWorker &) = delete;
    FlowWorker &operator=(const FlowWorker &) = delete;

    // Runs `job` on the flow's thread after the jobs posted before it; returns its ticket. What
    // the job writes is the caller's to read once finished(ticket).
    std::uint64_t post(Job job);
    // After the jobs posted so far, the flow's thread leaves the flow alone (no poll, no job)
    // until resume(): from finished(ticket) on, the caller may use flow() itself.
    std::uint64_t hold();
    void resume();
    bool finished(std::uint64_t ticket) const;
    // The flow as of its last poll or job, and what it waits for right now.
    View view() const;
    BootFlow &flow() { return m_flow; }

private:
    void run();
    View look() const;
    void wake(); // ends the worker's wait: a job, a resume or the end

    BootFlow m_flow;
    mutable std::mutex m_mutex;
    std::deque<std::pair<std::uint64_t, Job>> m_jobs;
    std::uint64_t m_posted = 0;
    std::uint64_t m_finished = 0;
    bool m_held = false;
    bool m_quit = false;
    View m_view;
    // Readable while the worker has something to do besides looking at the engines (eventfd).
    int m_wakeFd = -1;
    std::thread m_thread;
};

} // namespace bt::tui

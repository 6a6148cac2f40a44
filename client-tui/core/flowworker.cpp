#include "flowworker.h"

namespace bt::tui {

FlowWorker::FlowWorker(
    const ClientConfig &config, BootFlow::Options options, StatusReporter &reporter)
    : m_flow(config, std::move(options), reporter, {})
    , m_thread([this] { run(); })
{
}

FlowWorker::~FlowWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

std::uint64_t FlowWorker::post(Job job)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_posted;
        m_jobs.emplace_back(ticket, std::move(job));
    }
    m_wake.notify_all();
    return ticket;
}

std::uint64_t FlowWorker::hold()
{
    return post([this](BootFlow &) {
        std::lock_guard lock(m_mutex);
        m_held = true;
    });
}

void FlowWorker::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_wake.notify_all();
}

bool FlowWorker::finished(std::uint64_t ticket) const
{
    std::lock_guard lock(m_mutex);
    return m_finished >= ticket;
}

FlowWorker::View FlowWorker::view() const
{
    View view;
    {
        std::lock_guard lock(m_mutex);
        view = m_view;
    }
    view.waiting = m_flow.waiting();
    return view;
}

FlowWorker::View FlowWorker::look() const
{
    View view;
    view.phase = m_flow.phase();
    view.snapshot = m_flow.snapshot();
    return view;
}

void FlowWorker::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        if (!m_held && !m_jobs.empty()) {
            auto [ticket, job] = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job(m_flow);
            const View after = look();
            lock.lock();
            m_view = after;
            m_finished = ticket;
            continue;
        }
        if (!m_held) {
            lock.unlock();
            m_flow.poll();
            const View after = look();
            lock.lock();
            m_view = after;
        }
        // The engine is asked ten times a second (one read of btfetch's status file), as the
        // headless runner does.
        m_wake.wait_for(lock, std::chrono::milliseconds(100),
            [this] { return m_quit || (!m_held && !m_jobs.empty()); });
    }
}

} // namespace bt::tui

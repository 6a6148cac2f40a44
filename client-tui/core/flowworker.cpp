#include "flowworker.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace bt::tui {

FlowWorker::FlowWorker(
    const ClientConfig &config, BootFlow::Options options, StatusReporter &reporter)
    : m_flow(config, std::move(options), reporter, {})
    , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
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
    wake();
    m_thread.join();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void FlowWorker::wake()
{
    const std::uint64_t one = 1;
    if (m_wakeFd >= 0 && ::write(m_wakeFd, &one, sizeof one) < 0) {
        // Full only after 2^64 - 2 wakes not yet read: the worker is awake anyway.
    }
}

std::uint64_t FlowWorker::post(Job job)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(m_mutex);
        ticket = ++m_posted;
        m_jobs.emplace_back(ticket, std::move(job));
    }
    wake();
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
    wake();
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
        // The engines are asked as soon as btfetch renames a new status file into place, and
        // ten times a second anyway, as the headless runner does; a job, a resume or the end
        // wakes the worker at once. While held, the flow is the caller's: only the wake counts.
        // Without an eventfd (none left) a job waits for the next look, a tenth of a second.
        if (m_quit || (!m_held && !m_jobs.empty()))
            continue;
        const bool held = m_held;
        lock.unlock();
        if (held) {
            pollfd item { m_wakeFd, POLLIN, 0 };
            ::poll(&item, 1, 100);
        } else {
            m_flow.waitForNews(std::chrono::milliseconds(100), m_wakeFd);
        }
        std::uint64_t wakes = 0;
        while (::read(m_wakeFd, &wakes, sizeof wakes) > 0) { }
        lock.lock();
    }
}

} // namespace bt::tui

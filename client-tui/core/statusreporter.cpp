#include "statusreporter.h"

#include "httpclient.h"

#include <wire/clientstate.h>

namespace bt::tui {

StatusReporter::StatusReporter(std::optional<Ipv4Address> host, int port, std::string mac)
    : m_host(host)
    , m_port(port)
    , m_mac(std::move(mac))
{
    if (m_host && !m_mac.empty())
        m_thread = std::thread([this] { run(); });
}

StatusReporter::~StatusReporter()
{
    flush(std::chrono::milliseconds(2500));
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StatusReporter::setFirmware(const std::string &firmware)
{
    std::lock_guard lock(m_mutex);
    m_firmware = firmware;
}

void StatusReporter::report(const StatusReport &given)
{
    if (!m_thread.joinable())
        return;
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_mutex);
        StatusReport status = given;
        if (status.firmware.empty())
            status.firmware = m_firmware;
        const bool progress = status.state == wire::stateName(wire::ClientState::Downloading);
        if (progress) {
            if (now - m_lastProgress < std::chrono::seconds(1))
                return;
            m_lastProgress = now;
        }
        // A report still waiting is outdated by a newer one of the same state.
        if (progress && !m_queue.empty() && m_queue.back().state == status.state)
            m_queue.back() = status;
        else
            m_queue.push_back(status);
    }
    m_wake.notify_one();
}

bool StatusReporter::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return m_queue.empty() && !m_busy; });
}

int StatusReporter::sentCount() const
{
    std::lock_guard lock(m_mutex);
    return m_sent;
}

std::string StatusReporter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void StatusReporter::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_quit || !m_queue.empty(); });
        if (m_quit)
            break;
        const StatusReport status = m_queue.front();
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const Outcome<HttpResponse> response
            = HttpClient::post(*m_host, m_port, StatusReport::target(m_mac), "application/json",
                status.toJson(), std::chrono::milliseconds(2000));
        lock.lock();
        m_busy = false;
        if (!response)
            m_lastError = response.error();
        else if (response->status / 100 != 2)
            m_lastError = "status endpoint answered HTTP " + std::to_string(response->status);
        else
            ++m_sent;
        if (m_queue.empty())
            m_idle.notify_all();
    }
    m_busy = false;
    m_idle.notify_all();
}

} // namespace bt::tui

#pragma once

#include "ipv4address.h"
#include "statusreport.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace bt::tui {

// Posts StatusReports to the host from a thread of its own: report() returns at once, a host
// that does not answer costs that thread at most two seconds per report and never the boot.
class StatusReporter
{
public:
    // No host or no MAC: reports are dropped (the client still boots).
    StatusReporter(std::optional<Ipv4Address> host, int port, std::string mac);
    ~StatusReporter();
    StatusReporter(const StatusReporter &) = delete;
    StatusReporter &operator=(const StatusReporter &) = delete;

    // Every report from now on names this firmware (Firmware::name()).
    void setFirmware(const std::string &firmware);
    // "downloading" reports closer than a second to the previous one are dropped.
    void report(const StatusReport &status);
    // Waits until every queued report was tried, at most `timeout`; true when done.
    bool flush(std::chrono::milliseconds timeout);
    int sentCount() const;
    std::string lastError() const;

private:
    void run();

    std::optional<Ipv4Address> m_host;
    int m_port;
    std::string m_mac;
    std::string m_firmware;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<StatusReport> m_queue;
    bool m_busy = false;
    bool m_quit = false;
    int m_sent = 0;
    std::string m_lastError;
    std::chrono::steady_clock::time_point m_lastProgress {};
    std::thread m_thread;
};

} // namespace bt::tui

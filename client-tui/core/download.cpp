#include "download.h"

#include <fstream>
#include <unistd.h>

namespace bt::tui {

Download::Download(std::string label, std::string program, std::string torrentPath,
    std::string directory, ClientSettings settings, bool seedUntilStopped, Limits limits,
    std::string logPath)
    : m_label(std::move(label))
    , m_program(std::move(program))
    , m_torrentPath(std::move(torrentPath))
    , m_directory(std::move(directory))
    , m_settings(std::move(settings))
    , m_seedUntilStopped(seedUntilStopped)
    , m_limits(limits)
    , m_logPath(std::move(logPath))
{
}

// Subclasses stop their engine in their own destructor, while their stop() still exists.
Download::~Download() = default;

bool Download::prepareStart()
{
    m_error.clear();
    m_status = DownloadStatus();
    m_answered = false;
    m_progressMark = -1;
    if (::access(m_torrentPath.c_str(), R_OK) != 0) {
        fail(m_torrentPath + ": torrent file missing");
        return false;
    }
    return true;
}

bool Download::startProcess(const std::vector<std::string> &argv, const std::string &name)
{
    const Outcome<pid_t> started = m_process.start(argv, {}, m_logPath);
    if (!started) {
        fail("cannot start " + name + ": " + started.error());
        return false;
    }
    m_phase = Phase::Starting;
    m_startedAt = m_lastAnswer = m_lastProgress = Clock::now();
    return true;
}

void Download::noteExit(const std::string &name)
{
    if (m_phase == Phase::Finished || m_phase == Phase::Failed)
        return;
    std::string why = name + " " + m_process.exitDescription();
    const std::string tail = logTail();
    if (!tail.empty())
        why += ": " + tail;
    fail(why);
}

void Download::noteAnswer(Clock::time_point now)
{
    m_answered = true;
    m_lastAnswer = now;
}

bool Download::silentTooLong(Clock::time_point now) const
{
    return m_answered ? now - m_lastAnswer > m_limits.silence
                      : now - m_startedAt > m_limits.startup;
}

void Download::checkProgress(Clock::time_point now)
{
    const std::int64_t mark = m_status.completedLength + m_status.verifiedLength;
    if (mark != m_progressMark) {
        m_progressMark = mark;
        m_lastProgress = now;
    } else if (now - m_lastProgress > m_limits.stall) {
        const auto seconds
            = std::chrono::duration_cast<std::chrono::seconds>(m_limits.stall).count();
        fail("no progress for " + std::to_string(seconds) + " s ("
            + (m_status.connections == 0
                    ? std::string("no peer reachable: is the host's tracker running?")
                    : std::to_string(m_status.connections) + " peers connected")
            + ")");
    }
}

void Download::noteStopped()
{
    if (m_phase == Phase::Starting || m_phase == Phase::Running)
        m_phase = Phase::Idle;
    // The log only matters to explain a failure.
    if (m_phase != Phase::Failed && !m_logPath.empty())
        ::unlink(m_logPath.c_str());
}

void Download::fail(const std::string &why)
{
    m_phase = Phase::Failed;
    m_error = m_label + ": " + why;
    if (m_process.running())
        m_process.stop(std::chrono::milliseconds(2000));
}

std::string Download::logTail() const
{
    std::ifstream in(m_logPath);
    std::string line;
    std::string last;
    while (std::getline(in, line)) {
        // btfetch ends with its one sentence: keep the last line.
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            last = line;
    }
    // An engine may colour its words even when writing to a file.
    for (std::size_t escape = last.find('\x1b'); escape != std::string::npos;
         escape = last.find('\x1b')) {
        const std::size_t end = last.find('m', escape);
        last.erase(escape, end == std::string::npos ? std::string::npos : end - escape + 1);
    }
    while (!last.empty() && (last.back() == '\r' || last.back() == ' '))
        last.pop_back();
    const std::size_t start = last.find_first_not_of(" \t");
    return start == std::string::npos ? std::string() : last.substr(start, 200);
}

} // namespace bt::tui

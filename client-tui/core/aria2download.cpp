#include "aria2download.h"

#include <arpa/inet.h>
#include <cstdio>
#include <fstream>
#include <netinet/in.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

namespace bt::tui {

Aria2Download::Aria2Download(std::string label, std::string program, std::string torrentPath,
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

Aria2Download::~Aria2Download() { stop(); }

int Aria2Download::freeLocalPort()
{
    // The kernel picks a free port; aria2 binds it a moment later. A collision in between makes
    // aria2 exit, which start() reports like any other failure to start.
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

std::string Aria2Download::randomHex(int bytes)
{
    std::random_device device; // reads the kernel's random source
    static const char digits[] = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < bytes; ++i) {
        const unsigned value = device() & 0xFF;
        text += digits[value >> 4];
        text += digits[value & 0xF];
    }
    return text;
}

bool Aria2Download::start()
{
    stop();
    m_error.clear();
    m_status = DownloadStatus();
    m_rpcSeen = false;
    m_progressMark = -1;
    if (::access(m_torrentPath.c_str(), R_OK) != 0) {
        fail(m_torrentPath + ": torrent file missing");
        return false;
    }
    Aria2Arguments arguments;
    arguments.program = m_program;
    arguments.torrentPath = m_torrentPath;
    arguments.directory = m_directory;
    arguments.rpcPort = freeLocalPort();
    arguments.rpcSecret = randomHex(16);
    arguments.gid = randomHex(8);
    arguments.seedUntilStopped = m_seedUntilStopped;
    arguments.stopWithPid = static_cast<int>(::getpid());
    if (arguments.rpcPort == 0) {
        fail("no free local port for aria2's RPC");
        return false;
    }
    m_gid = arguments.gid;
    m_rpc = std::make_unique<Aria2Rpc>(arguments.rpcPort, arguments.rpcSecret);
    const Outcome<pid_t> started = m_process.start(arguments.build(m_settings), {}, m_logPath);
    if (!started) {
        fail("cannot start aria2c: " + started.error());
        return false;
    }
    m_phase = Phase::Starting;
    m_startedAt = m_lastAnswer = m_lastProgress = Clock::now();
    return true;
}

void Aria2Download::poll()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Failed)
        return;
    const Clock::time_point now = Clock::now();
    if (!m_process.running()) {
        // After the download, aria2 ending its own seeding time is expected.
        if (m_phase != Phase::Finished) {
            std::string why = "aria2c " + m_process.exitDescription();
            const std::string tail = logTail();
            if (!tail.empty())
                why += ": " + tail;
            fail(why);
        }
        return;
    }

    const Outcome<DownloadStatus> answer = m_rpc->tellStatus(m_gid);
    if (!answer) {
        const auto silence = now - (m_rpcSeen ? m_lastAnswer : m_startedAt);
        const auto limit = m_rpcSeen ? m_limits.rpcSilence : m_limits.rpcStartup;
        if (silence > limit)
            fail("aria2c does not answer on its RPC port (" + answer.error() + ")");
        return;
    }
    m_rpcSeen = true;
    m_lastAnswer = now;
    m_status = answer.value();
    if (m_phase == Phase::Starting)
        m_phase = Phase::Running;

    if (m_status.failed()) {
        std::string why = m_status.errorMessage.empty() ? "aria2 reports status " + m_status.status
                                                        : m_status.errorMessage;
        if (!m_status.errorCode.empty() && m_status.errorCode != "0")
            why += " (aria2 error " + m_status.errorCode + ")";
        fail(why);
        return;
    }
    if (m_status.finished()) {
        m_phase = Phase::Finished;
        return;
    }
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

void Aria2Download::stop()
{
    if (m_process.running()) {
        if (m_rpc)
            m_rpc->forceShutdown();
        if (!m_process.waitFinished(std::chrono::milliseconds(3000)))
            m_process.stop(std::chrono::milliseconds(2000));
    }
    if (m_phase == Phase::Starting || m_phase == Phase::Running)
        m_phase = Phase::Idle;
    // The log only matters to explain a failure.
    if (m_phase != Phase::Failed && !m_logPath.empty())
        ::unlink(m_logPath.c_str());
}

void Aria2Download::fail(const std::string &why)
{
    m_phase = Phase::Failed;
    m_error = m_label + ": " + why;
    if (m_process.running())
        m_process.stop(std::chrono::milliseconds(2000));
}

std::string Aria2Download::logTail() const
{
    std::ifstream in(m_logPath);
    std::string line;
    std::string last;
    while (std::getline(in, line)) {
        // aria2 prints its reason after an "Exception:" or "errorCode=" line; keep the last one.
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            last = line;
    }
    // aria2 colours its ERROR tag even when writing to a file.
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

#include "aria2download.h"

#include "aria2arguments.h"

#include <wire/urltext.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

namespace bt::tui {

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
    std::string random;
    for (int i = 0; i < bytes; ++i)
        random += char(device() & 0xFF);
    return wire::hexText(random);
}

bool Aria2Download::start()
{
    stop();
    if (!prepareStart())
        return false;
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
    return startProcess(arguments.build(m_settings), "aria2c");
}

void Aria2Download::poll()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Failed)
        return;
    const Clock::time_point now = Clock::now();
    if (!m_process.running()) {
        // After the download, aria2 ending its own seeding time is expected.
        noteExit("aria2c");
        return;
    }

    const Outcome<DownloadStatus> answer = m_rpc->tellStatus(m_gid);
    if (!answer) {
        if (silentTooLong(now))
            fail("aria2c does not answer on its RPC port (" + answer.error() + ")");
        return;
    }
    noteAnswer(now);
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
    checkProgress(now);
}

void Aria2Download::stop()
{
    if (m_process.running()) {
        if (m_rpc)
            m_rpc->forceShutdown();
        if (!m_process.waitFinished(std::chrono::milliseconds(3000)))
            m_process.stop(std::chrono::milliseconds(2000));
    }
    noteStopped();
}

} // namespace bt::tui

#include "enginedownload.h"

#include "enginearguments.h"
#include "enginestatus.h"

#include <filesystem>
#include <sys/inotify.h>
#include <unistd.h>

namespace bt::tui {

namespace {

std::string secondsOf(std::chrono::milliseconds duration)
{
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(duration).count())
        + " s";
}

} // namespace

EngineDownload::EngineDownload(std::string label, std::string program, std::string torrentPath,
    std::string directory, ClientSettings settings, bool seedUntilStopped, Limits limits,
    std::string logPath, std::string statusPath)
    : Download(std::move(label), std::move(program), std::move(torrentPath), std::move(directory),
        std::move(settings), seedUntilStopped, limits, std::move(logPath))
    , m_statusPath(std::move(statusPath))
{
}

EngineDownload::~EngineDownload() { stop(); }

bool EngineDownload::start()
{
    stop();
    m_seq = -1;
    m_lastReadError.clear();
    // A file left by an earlier run must not pass for this one's first answer.
    removeStatusFiles();
    if (!prepareStart())
        return false;
    // btfetch renames each new status file into place: the rename wakes the flow at once, so a
    // finished download is seen then, not at the next tenth of a second. Without inotify the
    // flow looks ten times a second as before.
    m_news = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    const std::filesystem::path folder = std::filesystem::path(m_statusPath).parent_path();
    if (m_news >= 0
        && ::inotify_add_watch(m_news, folder.empty() ? "." : folder.c_str(), IN_MOVED_TO) < 0)
        closeNews();
    EngineArguments arguments;
    arguments.program = m_program;
    arguments.torrentPath = m_torrentPath;
    arguments.directory = m_directory;
    arguments.statusPath = m_statusPath;
    arguments.seedUntilStopped = m_seedUntilStopped;
    arguments.stopWithPid = static_cast<int>(::getpid());
    return startProcess(arguments.build(m_settings), "btfetch");
}

void EngineDownload::poll()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Failed)
        return;
    const Clock::time_point now = Clock::now();
    // Reaped first, read second: once btfetch ended, the file read is its last word.
    const bool running = m_process.running();
    const Outcome<EngineStatus> read = EngineStatus::read(m_statusPath);
    const bool fresh = read && read->seq != m_seq;
    if (fresh) {
        m_seq = read->seq;
        noteAnswer(now);
        apply(read.value());
    } else if (!read) {
        m_lastReadError = read.error();
    }
    if (m_phase == Phase::Failed)
        return;
    if (!running) {
        // After the download, btfetch ending its own seeding time is expected.
        noteExit("btfetch");
        return;
    }
    if (!fresh) {
        if (!silentTooLong(now))
            return;
        if (!answered())
            fail("btfetch wrote no status within " + secondsOf(m_limits.startup) + " ("
                + m_lastReadError + ")");
        else
            fail("btfetch stopped updating its status (seq " + std::to_string(m_seq) + " for "
                + secondsOf(m_limits.silence) + ")");
        return;
    }
    if (m_phase != Phase::Finished)
        checkProgress(now);
}

void EngineDownload::apply(const EngineStatus &status)
{
    m_status = status.downloadStatus();
    switch (status.state) {
    case wire::EngineState::Error:
        fail(status.error.empty() ? std::string("btfetch reports an error without a reason")
                                  : status.error);
        return;
    case wire::EngineState::Stopped:
        if (status.complete())
            m_phase = Phase::Finished;
        else if (m_phase != Phase::Finished)
            fail("btfetch stopped before the download was complete");
        return;
    case wire::EngineState::Starting:
        return;
    case wire::EngineState::Checking:
    case wire::EngineState::Downloading:
    case wire::EngineState::Seeding:
        break;
    }
    if (m_status.finished())
        m_phase = Phase::Finished;
    else if (m_phase == Phase::Starting)
        m_phase = Phase::Running;
}

void EngineDownload::stop()
{
    // SIGTERM: btfetch writes "stopped" and ends within a second; SIGKILL after two.
    if (m_process.running())
        m_process.stop(std::chrono::milliseconds(2000));
    noteStopped();
    closeNews();
    if (m_phase != Phase::Failed)
        removeStatusFiles();
}

void EngineDownload::closeNews()
{
    if (m_news >= 0)
        ::close(m_news);
    m_news = -1;
}

void EngineDownload::removeStatusFiles()
{
    ::unlink(m_statusPath.c_str());
    ::unlink((m_statusPath + ".tmp").c_str());
}

} // namespace bt::tui

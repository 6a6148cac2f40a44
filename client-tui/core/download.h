#pragma once

#include "childprocess.h"
#include "clientsettings.h"
#include "downloadstatus.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace bt::tui {

// One torrent fetched (and then shared) by a BitTorrent engine that runs as bttui's child:
// btfetch (EngineDownload). poll() never waits longer than one look
// at the engine, and every way of getting stuck ends in Failed with a sentence saying why.
class Download
{
public:
    enum class Phase { Idle, Starting, Running, Finished, Failed };

    struct Limits
    {
        std::chrono::milliseconds startup { 20000 }; // until the engine's first answer
        std::chrono::milliseconds silence { 15000 }; // between two answers
        std::chrono::milliseconds stall { 120000 }; // without a byte more
    };

    Download(std::string label, std::string program, std::string torrentPath, std::string directory,
        ClientSettings settings, bool seedUntilStopped, Limits limits, std::string logPath);
    virtual ~Download();
    Download(const Download &) = delete;
    Download &operator=(const Download &) = delete;

    virtual bool start() = 0;
    virtual void poll() = 0;
    // Ends the engine; its log is kept only when it explains a failure.
    virtual void stop() = 0;
    // A descriptor that turns readable when the engine may have news (a new status file), or
    // -1; whoever waits on it reads and drops what it holds (BootFlow::waitForNews).
    virtual int newsFd() const = 0;

    Phase phase() const { return m_phase; }
    const DownloadStatus &status() const { return m_status; }
    const std::string &error() const { return m_error; }
    const std::string &label() const { return m_label; }
    bool processRunning() { return m_process.running(); }
    pid_t pid() const { return m_process.pid(); }

protected:
    using Clock = std::chrono::steady_clock;

    // Forgets the previous run; false (and Failed) when the torrent file is missing.
    bool prepareStart();
    // Runs the engine with its output in the log; Starting, or Failed naming `name`.
    bool startProcess(const std::vector<std::string> &argv, const std::string &name);
    // The engine ended: expected once Finished, a failure with its last words before.
    void noteExit(const std::string &name);
    void noteAnswer(Clock::time_point now);
    bool answered() const { return m_answered; }
    // Whether the engine has been silent for longer than it may: since the start until its
    // first answer (Limits::startup), since its last answer after that (Limits::silence).
    bool silentTooLong(Clock::time_point now) const;
    // Fails once the status showed no new byte, downloaded or checked, for the stall limit.
    void checkProgress(Clock::time_point now);
    // Phase and log after the engine was stopped.
    void noteStopped();
    void fail(const std::string &why);
    std::string logTail() const;

    std::string m_label;
    std::string m_program;
    std::string m_torrentPath;
    std::string m_directory;
    ClientSettings m_settings;
    bool m_seedUntilStopped;
    Limits m_limits;
    std::string m_logPath;

    ChildProcess m_process;
    Phase m_phase = Phase::Idle;
    DownloadStatus m_status;
    std::string m_error;

private:
    Clock::time_point m_startedAt;
    Clock::time_point m_lastAnswer;
    Clock::time_point m_lastProgress;
    std::int64_t m_progressMark = -1;
    bool m_answered = false;
};

} // namespace bt::tui

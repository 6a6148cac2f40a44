#pragma once

#include "aria2arguments.h"
#include "aria2rpc.h"
#include "childprocess.h"
#include "clientsettings.h"
#include "downloadstatus.h"

#include <chrono>
#include <memory>
#include <string>

namespace bt::tui {

// One torrent fetched (and then shared) by its own aria2c child, followed over JSON-RPC.
// poll() never waits longer than a local RPC call, and every way of getting stuck ends in
// Failed with a sentence saying why.
class Aria2Download
{
public:
    enum class Phase { Idle, Starting, Running, Finished, Failed };

    struct Limits
    {
        std::chrono::milliseconds rpcStartup { 20000 };
        std::chrono::milliseconds rpcSilence { 15000 };
        std::chrono::milliseconds stall { 120000 };
    };

    Aria2Download(std::string label, std::string program, std::string torrentPath,
        std::string directory, ClientSettings settings, bool seedUntilStopped, Limits limits,
        std::string logPath);
    ~Aria2Download();

    bool start();
    void poll();
    void stop();

    Phase phase() const { return m_phase; }
    const DownloadStatus &status() const { return m_status; }
    const std::string &error() const { return m_error; }
    const std::string &label() const { return m_label; }
    bool processRunning() { return m_process.running(); }
    pid_t pid() const { return m_process.pid(); }

    static int freeLocalPort();
    static std::string randomHex(int bytes);

private:
    using Clock = std::chrono::steady_clock;

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
    std::unique_ptr<Aria2Rpc> m_rpc;
    std::string m_gid;
    Phase m_phase = Phase::Idle;
    DownloadStatus m_status;
    std::string m_error;
    Clock::time_point m_startedAt;
    Clock::time_point m_lastAnswer;
    Clock::time_point m_lastProgress;
    std::int64_t m_progressMark = -1;
    bool m_rpcSeen = false;
};

} // namespace bt::tui

#pragma once

#include "download.h"

#include <cstdint>
#include <string>

namespace bt::tui {

struct EngineStatus;

// One torrent fetched (and then shared) by its own btfetch child, the libtorrent engine,
// followed through the status file it replaces ten times a second (EngineStatus).
class EngineDownload : public Download
{
public:
    // btfetch replaces `statusPath` (through statusPath.tmp) and prints to `logPath`.
    EngineDownload(std::string label, std::string program, std::string torrentPath,
        std::string directory, ClientSettings settings, bool seedUntilStopped, Limits limits,
        std::string logPath, std::string statusPath);
    ~EngineDownload() override;

    bool start() override;
    void poll() override;
    void stop() override;
    int newsFd() const override { return m_news; }

    const std::string &statusPath() const { return m_statusPath; }

private:
    // A status file with a new seq: what it says decides the phase.
    void apply(const EngineStatus &status);
    void removeStatusFiles();
    void closeNews();

    std::string m_statusPath;
    std::int64_t m_seq = -1;
    std::string m_lastReadError;
    int m_news = -1; // inotify on the status file's folder: btfetch renamed a new one in
};

} // namespace bt::tui

#pragma once

#include "fetchoptions.h"
#include "statusfile.h"

#include <csignal>
#include <cstdio>
#include <string>

namespace libtorrent {
struct torrent_status;
struct torrent_handle;
struct session;
} // namespace libtorrent

namespace bt::fetch {

class HostPieces;

// One btfetch run: checks what DIR already holds, downloads the rest of the torrent, shares it
// for the seed time (or until stopped) and publishes every step in the status file.
class TorrentFetch
{
public:
    explicit TorrentFetch(FetchOptions options);
    ~TorrentFetch();

    // The exit status: 0 stopped as asked, 1 failed (state "error", the sentence on stderr).
    int run();

    // Async-signal-safe: the run stops within its next 100 ms turn.
    static void requestStop() { s_stopRequested = 1; }

private:
    int fail(const std::string &sentence);
    void update(const libtorrent::torrent_status &torrent, std::string_view state);
    bool shouldStop() const;
    void logTotals(
        libtorrent::session &session, const libtorrent::torrent_handle &handle, double at);

    FetchOptions m_options;
    StatusFile m_file;
    FetchStatus m_status;
    std::FILE *m_log = nullptr;
    HostPieces *m_hostPieces = nullptr; // while run() fetches from the host by piece
    static volatile std::sig_atomic_t s_stopRequested;
};

} // namespace bt::fetch

#pragma once

#include "downloadstatus.h"
#include "outcome.h"

#include <wire/enginestate.h>

#include <cstdint>
#include <string>

namespace bt::tui {

// One status file of btfetch, the libtorrent engine (wire/enginestate.h): read with a bound,
// decoded without a throw, every key checked for its type. Public so tests replay hostile files.
struct EngineStatus
{
    // Deeper files are refused (btfetch's own have no nesting at all).
    static constexpr int maximumDepth = 8;

    wire::EngineState state = wire::EngineState::Starting;
    std::int64_t total = 0;
    std::int64_t done = 0;
    std::int64_t checked = 0;
    std::int64_t downRate = 0;
    std::int64_t upRate = 0;
    std::int64_t uploaded = 0;
    int peers = 0;
    int seeds = 0;
    int webSeeds = 0;
    std::string infoHash; // 40 lowercase hex digits, or empty before btfetch knows it
    std::string error; // printable, at most enginestatus::MaxErrorLength bytes
    std::int64_t seq = 0;

    bool complete() const { return total > 0 && done == total; }
    // What the screen and BootFlow read.
    DownloadStatus downloadStatus() const;

    static Outcome<EngineStatus> parse(const std::string &text);
    // At most enginestatus::MaxBytes bytes of a regular file.
    static Outcome<EngineStatus> read(const std::string &path);
};

} // namespace bt::tui

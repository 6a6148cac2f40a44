#pragma once

#include <cstdint>
#include <string>

namespace bt::tui {

// What the engine says of one download, the fields bttui shows and decides on (EngineStatus).
struct DownloadStatus
{
    std::string gid;
    std::string status; // active, waiting, paused, error, complete, removed
    std::int64_t completedLength = 0;
    std::int64_t totalLength = 0;
    std::int64_t verifiedLength = 0;
    std::int64_t downloadSpeed = 0;
    std::int64_t uploadSpeed = 0;
    std::int64_t uploadLength = 0;
    int numSeeders = 0;
    int connections = 0;
    bool seeder = false;
    bool verifying = false;
    std::string infoHash; // 40 hex digits
    std::string errorCode;
    std::string errorMessage;

    bool finished() const
    {
        return status == "complete" || seeder
            || (totalLength > 0 && completedLength == totalLength);
    }
    bool failed() const { return status == "error" || status == "removed"; }
};

} // namespace bt::tui

#pragma once

#include "clientsettings.h"

#include <string>
#include <vector>

namespace bt::tui {

// The btfetch command line for one torrent (client-tui/engine); bttui follows it through its
// status file.
struct EngineArguments
{
    std::string program = "btfetch";
    std::string torrentPath;
    std::string directory; // the torrent's root folder is created inside it
    std::string statusPath;
    bool seedUntilStopped = false; // qemu OSes share for as long as they run
    // 0: any free port. The OS and the qemu runtime are fetched by two engines at once, and
    // peers learn the port from the tracker.
    int listenPort = 0;
    int stopWithPid = 0;

    std::vector<std::string> build(const ClientSettings &settings) const;
};

} // namespace bt::tui

#pragma once

#include "clientsettings.h"

#include <string>
#include <vector>

namespace bt::tui {

// The aria2c command line for one torrent: the original BootTorrent client's behaviour plus
// JSON-RPC, so bttui can follow the download instead of reading aria2's console.
struct Aria2Arguments
{
    std::string program = "aria2c";
    std::string torrentPath;
    std::string directory; // the torrent's root folder is created inside it
    int rpcPort = 0;
    std::string rpcSecret;
    std::string gid; // 16 hex digits, chosen by bttui so it can ask for this download
    bool seedUntilStopped = false; // qemu OSes share for as long as they run
    int stopWithPid = 0;

    std::vector<std::string> build(const ClientSettings &settings) const;
    // aria2's --seed-time is in minutes and accepts fractions.
    static std::string seedMinutes(int seconds);
};

} // namespace bt::tui

#pragma once

#include "clientengine.h"

#include <string>

namespace bt::tui {

// The parts of Boottorrent.yaml the client acts on.
struct ClientSettings
{
    int timeout = 30; // seconds; 0 boots the default at once, negative waits for a key
    std::string defaultOs;
    int seedTime = 30; // seconds of sharing after the download before booting
    std::string hostIp;
    int statusPort = 8290;
    // client: the engine and how it finds peers (both engines obey the two switches).
    ClientEngine engine = defaultClientEngine;
    bool peerExchange = true;
    bool localPeerDiscovery = false;
    std::string consoleLogLevel = "error"; // aria2's only
    bool trackerEnabled = true;
    int trackerPort = 6969;
    // From this machine's entry in the machines section (ClientConfig::applyMachine).
    std::string machineName;
    std::string nextBoot; // boot this OS at once: no menu, no countdown
};

} // namespace bt::tui

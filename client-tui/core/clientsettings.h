#pragma once

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
    // client: how the engine finds peers.
    bool peerExchange = true;
    bool localPeerDiscovery = false;
    bool trackerEnabled = true;
    int trackerPort = 6969;
    // From this machine's entry in the machines section (ClientConfig::applyMachine).
    std::string machineName;
    std::string nextBoot; // boot this OS at once: no menu, no countdown
};

} // namespace bt::tui

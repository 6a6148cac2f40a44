#pragma once

#include "outcome.h"

#include <string>

namespace bt::fetch {

// btfetch's command line, as bttui and the bench give it (see FetchOptions::parse).
struct FetchOptions
{
    std::string torrent;
    std::string dir;
    std::string status;
    long long seedTime = 0; // seconds of sharing after the download
    bool seedUntilStopped = false;
    bool peerExchange = true;
    bool localPeerDiscovery = false;
    int listenPort = 6881; // 0: any free port
    long long stopWithPid = 0; // 0: none
    std::string log;
    std::string logLevel = "error";
    bool printSettings = false;
    // How the host's web seed is used: "pieces" (the host chooses whole pieces, HostPieces) or
    // "ranges" (libtorrent's BEP 19 web seed, the client chooses).
    std::string webSeed = "pieces";
    // One connection to each address (a lab: one client, one address), so each pair of clients
    // keeps one of the two connections they open to each other; false for several peers on one
    // address (the tests on loopback).
    bool onePeerPerAddress = true;

    // A bad command line gives one sentence, for stderr and exit status 2.
    static bt::tui::Outcome<FetchOptions> parse(int argc, const char *const *argv);
};

} // namespace bt::fetch

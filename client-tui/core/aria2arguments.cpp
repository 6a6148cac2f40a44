#include "aria2arguments.h"

#include <cstdio>

namespace bt::tui {

std::string Aria2Arguments::seedMinutes(int seconds)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", seconds / 60.0);
    std::string text(buffer);
    // "0.5000" reads better as "0.5", "2.0000" as "2".
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

std::vector<std::string> Aria2Arguments::build(const ClientSettings &settings) const
{
    const auto flag = [](bool value) { return value ? std::string("true") : std::string("false"); };
    std::vector<std::string> argv {
        program,
        "--no-conf=true",
        "--check-integrity=true",
        "--bt-hash-check-seed=true",
        "--allow-overwrite=true",
        "--auto-file-renaming=false",
        "--enable-dht=false",
        "--enable-dht6=false",
        "--disable-ipv6=true",
        "--bt-enable-lpd=" + flag(settings.localPeerDiscovery),
        "--enable-peer-exchange=" + flag(settings.peerExchange),
        "--dir=" + directory,
        "--seed-ratio=0.0",
    };
    if (!seedUntilStopped)
        argv.push_back("--seed-time=" + seedMinutes(settings.seedTime));
    const std::vector<std::string> rest {
        "--file-allocation=none",
        // The host's web seed (the torrent's url-list) is fetched piece by
        // piece at random, like BitTorrent's rarest-first, not from the
        // start of the file: thirty clients in order would all ask the host
        // for the same first pieces, and there would be nothing to trade.
        "--stream-piece-selector=random",
        "--bt-tracker-connect-timeout=10",
        "--bt-tracker-timeout=20",
        "--bt-save-metadata=false",
        "--console-log-level=" + settings.consoleLogLevel,
        "--summary-interval=0",
        "--show-console-readout=false",
        "--enable-rpc=true",
        "--rpc-listen-all=false",
        "--rpc-listen-port=" + std::to_string(rpcPort),
        "--rpc-secret=" + rpcSecret,
        "--gid=" + gid,
    };
    argv.insert(argv.end(), rest.begin(), rest.end());
    if (stopWithPid > 0)
        argv.push_back("--stop-with-process=" + std::to_string(stopWithPid));
    argv.push_back(torrentPath);
    return argv;
}

} // namespace bt::tui

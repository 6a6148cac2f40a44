#include "enginearguments.h"

namespace bt::tui {

std::vector<std::string> EngineArguments::build(const ClientSettings &settings) const
{
    const auto flag = [](bool value) { return value ? std::string("1") : std::string("0"); };
    std::vector<std::string> argv {
        program,
        "--torrent",
        torrentPath,
        "--dir",
        directory,
        "--status",
        statusPath,
    };
    if (seedUntilStopped) {
        argv.push_back("--seed-until-stopped");
    } else {
        argv.push_back("--seed-time");
        argv.push_back(std::to_string(settings.seedTime));
    }
    const std::vector<std::string> rest {
        "--peer-exchange",
        flag(settings.peerExchange),
        "--local-peer-discovery",
        flag(settings.localPeerDiscovery),
        "--listen-port",
        std::to_string(listenPort),
    };
    argv.insert(argv.end(), rest.begin(), rest.end());
    if (stopWithPid > 0) {
        argv.push_back("--stop-with-pid");
        argv.push_back(std::to_string(stopWithPid));
    }
    return argv;
}

} // namespace bt::tui

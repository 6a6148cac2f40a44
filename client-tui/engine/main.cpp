// btfetch: BootTorrent's client engine. Fetches one torrent with libtorrent tuned for a LAN,
// shares it, and publishes its progress in a status file that bttui reads.

#include "fetchoptions.h"
#include "lansettings.h"
#include "torrentfetch.h"

#include <csignal>
#include <cstdio>

namespace {

void stopOnSignal(int) { bt::fetch::TorrentFetch::requestStop(); }

} // namespace

int main(int argc, char **argv)
{
    const auto options = bt::fetch::FetchOptions::parse(argc, argv);
    if (!options) {
        std::fprintf(stderr, "%s\n", options.error().c_str());
        return 2;
    }
    if (options->printSettings) {
        std::fputs(bt::fetch::describeLanSession(options.value()).c_str(), stdout);
        return 0;
    }
    struct sigaction action
    {
    };
    action.sa_handler = stopOnSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    return bt::fetch::TorrentFetch(options.value()).run();
}

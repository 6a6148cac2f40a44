#include "fetchoptions.h"

#include <cstdlib>
#include <limits>

namespace bt::fetch {

namespace {

// A whole decimal number within [low, high], or false.
bool parseNumber(const std::string &text, long long low, long long high, long long *value)
{
    if (text.empty() || text.size() > 18
        || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *value = std::strtoll(text.c_str(), nullptr, 10);
    return *value >= low && *value <= high;
}

} // namespace

bt::tui::Outcome<FetchOptions> FetchOptions::parse(int argc, const char *const *argv)
{
    using Result = bt::tui::Outcome<FetchOptions>;
    FetchOptions options;
    bool seedTimeGiven = false;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "--seed-until-stopped") {
            options.seedUntilStopped = true;
            continue;
        }
        if (name == "--print-settings") {
            options.printSettings = true;
            continue;
        }
        const bool known = name == "--torrent" || name == "--dir" || name == "--status"
            || name == "--seed-time" || name == "--peer-exchange"
            || name == "--local-peer-discovery" || name == "--listen-port"
            || name == "--stop-with-pid" || name == "--log" || name == "--log-level"
            || name == "--web-seed" || name == "--peers-per-address";
        if (!known)
            return Result::failure("btfetch: unknown option \"" + name.substr(0, 100)
                + "\"; the options are --torrent, --dir, --status, --seed-time, "
                  "--seed-until-stopped, --peer-exchange, --local-peer-discovery, "
                  "--listen-port, --stop-with-pid, --log, --log-level, --web-seed, "
                  "--peers-per-address and --print-settings.");
        if (i + 1 >= argc)
            return Result::failure("btfetch: " + name + " needs a value after it.");
        const std::string value = argv[++i];
        long long number = 0;
        if (name == "--torrent" || name == "--dir" || name == "--status" || name == "--log") {
            if (value.empty())
                return Result::failure("btfetch: " + name + " needs a path, not an empty word.");
            (name == "--torrent"         ? options.torrent
                    : name == "--dir"    ? options.dir
                    : name == "--status" ? options.status
                                         : options.log)
                = value;
        } else if (name == "--seed-time") {
            if (!parseNumber(value, 0, std::numeric_limits<int>::max(), &options.seedTime))
                return Result::failure("btfetch: --seed-time takes a whole number of seconds.");
            seedTimeGiven = true;
        } else if (name == "--peer-exchange" || name == "--local-peer-discovery") {
            if (value != "0" && value != "1")
                return Result::failure("btfetch: " + name + " takes 0 or 1.");
            (name == "--peer-exchange" ? options.peerExchange : options.localPeerDiscovery)
                = value == "1";
        } else if (name == "--listen-port") {
            if (!parseNumber(value, 0, 65535, &number))
                return Result::failure("btfetch: --listen-port takes a port from 0 to 65535.");
            options.listenPort = int(number);
        } else if (name == "--stop-with-pid") {
            if (!parseNumber(value, 1, std::numeric_limits<int>::max(), &options.stopWithPid))
                return Result::failure("btfetch: --stop-with-pid takes a process id above 0.");
        } else if (name == "--log-level") {
            if (value != "error" && value != "warn" && value != "info" && value != "debug")
                return Result::failure("btfetch: --log-level takes error, warn, info or debug.");
            options.logLevel = value;
        } else if (name == "--web-seed") {
            if (value != "pieces" && value != "ranges")
                return Result::failure("btfetch: --web-seed takes pieces or ranges.");
            options.webSeed = value;
        } else if (name == "--peers-per-address") {
            if (value != "one" && value != "many")
                return Result::failure("btfetch: --peers-per-address takes one or many.");
            options.onePeerPerAddress = value == "one";
        }
    }
    if (seedTimeGiven && options.seedUntilStopped)
        return Result::failure(
            "btfetch: give either --seed-time or --seed-until-stopped, not both.");
    if (!options.printSettings
        && (options.torrent.empty() || options.dir.empty() || options.status.empty()))
        return Result::failure("btfetch: --torrent, --dir and --status are all needed.");
    return Result::success(options);
}

} // namespace bt::fetch

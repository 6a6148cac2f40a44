#include "commandline.h"

#include <algorithm>
#include <stdexcept>

#include <unistd.h>

namespace bt::tui {

std::string CommandLine::findBtfetch(const std::string &self, const std::string &path)
{
    const auto runnable = [](const std::string &file) {
        return !file.empty() && ::access(file.c_str(), X_OK) == 0;
    };
    std::size_t from = 0;
    while (from <= path.size()) {
        const std::size_t colon = std::min(path.find(':', from), path.size());
        const std::string folder = path.substr(from, colon - from);
        if (!folder.empty() && runnable(folder + "/btfetch"))
            return folder + "/btfetch";
        from = colon + 1;
    }
    const std::size_t slash = self.rfind('/');
    if (slash != std::string::npos) {
        const std::string folder = self.substr(0, slash);
        for (const std::string &candidate :
            { folder + "/btfetch", folder + "/../engine/btfetch" }) {
            if (runnable(candidate))
                return candidate;
        }
    }
    return "btfetch";
}

std::string CommandLine::usage()
{
    return "Usage: bttui [--root DIR] [--btfetch PATH] [--dry-run]\n"
           "             [--headless [--os NAME]]\n"
           "\n"
           "BootTorrent client: picks an OS, fetches it peer-to-peer with btfetch (the libtorrent\n"
           "engine) and boots it.\n"
           "\n"
           "  --root DIR          folder with Boottorrent.yaml, configs.yaml and the torrents\n"
           "                      (default /torrents)\n"
           "  --btfetch PATH      btfetch program to run (default: btfetch from PATH, else the\n"
           "                      one installed or built beside bttui)\n"
           "  --dry-run           print the boot command instead of running it, then exit 0\n"
           "  --headless          no menu: boot the default OS (or --os NAME), one log line per "
           "event\n"
           "  --os NAME           the OS folder name to boot in headless mode\n"
           "  --stall-timeout S   give up a download after S seconds without progress (default "
           "120)\n"
           "  --help              show this text\n"
           "\n"
           "Exit codes: 0 booted (or dry run done), 1 download or boot failed, 2 bad "
           "configuration\n"
           "or options.\n";
}

Outcome<CommandLine> CommandLine::parse(int argc, const char *const *argv)
{
    CommandLine line;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        bool hasInlineValue = false;
        if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
            value = arg.substr(arg.find('=') + 1);
            arg = arg.substr(0, arg.find('='));
            hasInlineValue = true;
        }
        const auto takeValue = [&](std::string &target) -> bool {
            if (hasInlineValue) {
                target = value;
                return true;
            }
            if (i + 1 >= argc)
                return false;
            target = argv[++i];
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            line.help = true;
        } else if (arg == "--dry-run") {
            line.dryRun = true;
        } else if (arg == "--headless") {
            line.headless = true;
        } else if (arg == "--root" || arg == "--btfetch" || arg == "--os"
            || arg == "--stall-timeout") {
            std::string text;
            if (!takeValue(text) || text.empty())
                return Outcome<CommandLine>::failure(arg + " needs a value");
            if (arg == "--root")
                line.root = text;
            else if (arg == "--btfetch") {
                line.btfetch = text;
                line.btfetchGiven = true;
            } else if (arg == "--os")
                line.os = text;
            else {
                try {
                    std::size_t used = 0;
                    line.stallSeconds = std::stoi(text, &used);
                    if (used != text.size() || line.stallSeconds < 1)
                        throw std::invalid_argument(text);
                } catch (const std::exception &) {
                    return Outcome<CommandLine>::failure(
                        "--stall-timeout needs a positive number of seconds");
                }
            }
        } else {
            return Outcome<CommandLine>::failure("unknown option '" + arg + "' (see --help)");
        }
    }
    while (line.root.size() > 1 && line.root.back() == '/')
        line.root.pop_back();
    return Outcome<CommandLine>::success(line);
}

} // namespace bt::tui

// bttui: the BootTorrent client on every lab machine's Phase-1 console.
#include "commandline.h"
#include "headlessrunner.h"
#include "tuirunner.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

int main(int argc, char **argv)
{
    using namespace bt::tui;
    // A status endpoint closing its socket early must not end the client.
    std::signal(SIGPIPE, SIG_IGN);
    const Outcome<CommandLine> line = CommandLine::parse(argc, argv);
    if (!line) {
        std::fprintf(stderr, "bttui: %s\n", line.error().c_str());
        return 2;
    }
    if (line->help) {
        std::fputs(CommandLine::usage().c_str(), stdout);
        return 0;
    }
    // Phase-1's init may start bttui with an empty environment; kexec lives in sbin.
    if (!std::getenv("PATH"))
        setenv("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", 1);
    CommandLine options = line.value();
    if (!options.btfetchGiven) {
        char self[4096] = {};
        const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
        options.btfetch = CommandLine::findBtfetch(
            length > 0 ? std::string(self, std::size_t(length)) : std::string(),
            std::getenv("PATH") ? std::getenv("PATH") : "");
    }
    if (options.headless)
        return HeadlessRunner(options).run();
    return TuiRunner(options).run();
}

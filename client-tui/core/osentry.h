#pragma once

#include <string>

namespace bt::tui {

// One operating system the client can boot, as configs.yaml describes it under its folder name.
struct OsEntry
{
    std::string name; // folder name: /torrents/<name>/ and /torrents/<name>.torrent
    std::string dispname;
    std::string method; // "kexec", "bin-qemu-x86_64" or "bin"
    std::string kernel;
    std::string initrd;
    std::string cmdline;
    std::string args;
    std::string bin;
    std::string binargs;
    std::string display = "curses"; // qemu's -display for bin-qemu-x86_64

    bool usesQemu() const { return method == "bin-qemu-x86_64"; }
};

} // namespace bt::tui

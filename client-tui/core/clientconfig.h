#pragma once

#include "clientsettings.h"
#include "osentry.h"

#include <string>
#include <vector>

namespace bt::tui {

// Everything bttui read from the torrents folder: settings and the OSes in file order.
struct ClientConfig
{
    std::string root = "/torrents";
    ClientSettings settings;
    std::vector<OsEntry> oss;

    const OsEntry *find(const std::string &name) const
    {
        for (const OsEntry &os : oss) {
            if (os.name == name)
                return &os;
        }
        return nullptr;
    }

    std::string osDirectory(const OsEntry &os) const { return root + "/" + os.name; }
    std::string torrentPath(const std::string &name) const
    {
        return root + "/" + name + ".torrent";
    }
};

} // namespace bt::tui

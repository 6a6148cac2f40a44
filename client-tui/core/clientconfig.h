#pragma once

#include "clientsettings.h"
#include "machineentry.h"
#include "osentry.h"

#include <map>
#include <string>
#include <vector>

namespace bt::tui {

// Everything bttui read from the torrents folder: settings and the OSes in file order.
struct ClientConfig
{
    std::string root = "/torrents";
    ClientSettings settings;
    std::vector<OsEntry> oss;
    std::map<std::string, MachineEntry> machines; // by lower-case MAC

    // Makes the settings this machine's: its entry's default_os and timeout replace the
    // environment's. An empty (unknown) or unlisted MAC leaves the settings as they are.
    void applyMachine(const std::string &mac)
    {
        const auto entry = mac.empty() ? machines.end() : machines.find(mac);
        if (entry == machines.end())
            return;
        const MachineEntry &machine = entry->second;
        settings.machineName = machine.name;
        settings.nextBoot = machine.nextBoot;
        if (!machine.defaultOs.empty())
            settings.defaultOs = machine.defaultOs;
        if (machine.timeout)
            settings.timeout = *machine.timeout;
    }

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

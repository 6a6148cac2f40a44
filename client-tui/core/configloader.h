#pragma once

#include "clientconfig.h"
#include "outcome.h"

#include <string>

namespace bt::tui {

// Reads and validates <root>/Boottorrent.yaml and <root>/configs.yaml. Every error names the
// file and the key path, so the lab administrator knows what to fix on the host.
class ConfigLoader
{
public:
    static Outcome<ClientConfig> load(const std::string &root);
    static Outcome<ClientConfig> parse(const std::string &boottorrentText,
        const std::string &configsText, const std::string &root);
};

} // namespace bt::tui

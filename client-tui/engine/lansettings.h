#pragma once

#include "fetchoptions.h"

#include <libtorrent/session_params.hpp>

#include <string>

namespace bt::fetch {

// The session btfetch runs: libtorrent tuned for a lab's LAN, where every peer is a few hundred
// microseconds away, links are equal, and the whole room wants the same bytes at once.
lt::session_params lanSession(const FetchOptions &options);

// What lanSession applies, one "name value" line each, in libtorrent's names.
std::string describeLanSession(const FetchOptions &options);

} // namespace bt::fetch

#pragma once

#include "enginestatus.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace bt::wire {

// Where btfetch is with its one torrent, as the status file's "state" names it
// (enginestatus.h holds the file's keys, names and limits).
enum class EngineState {
    Starting, // "starting": reading the torrent, opening the session
    Checking, // "checking": hashing data already in the folder
    Downloading, // "downloading": fetching the missing pieces
    Seeding, // "seeding": holds every piece and shares them
    Error, // "error": gave up; "error" says why
    Stopped, // "stopped": ended (seed time over, or told to stop)
};

inline constexpr std::array<EngineState, 6> AllEngineStates { EngineState::Starting,
    EngineState::Checking, EngineState::Downloading, EngineState::Seeding, EngineState::Error,
    EngineState::Stopped };

std::string_view engineStateName(EngineState state);
std::optional<EngineState> engineStateFromName(std::string_view name);

} // namespace bt::wire

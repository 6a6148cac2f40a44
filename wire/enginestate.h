#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace bt::wire {

// The status file btfetch (client-tui/engine) replaces ten times a second and bttui reads: its
// limits and the names of its states, written once for both sides.
namespace EngineStatusFile {

inline constexpr std::string_view engineName = "btfetch"; // its "engine"
inline constexpr int version = 1; // its "version"
inline constexpr std::size_t maximumSize = 4096; // bytes of the whole file
inline constexpr std::size_t maximumErrorSize = 200; // bytes of "error"

} // namespace EngineStatusFile

// Where btfetch is with its one torrent, as "state" names it.
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

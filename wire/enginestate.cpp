#include "enginestate.h"

namespace bt::wire {

std::string_view engineStateName(EngineState state)
{
    switch (state) {
    case EngineState::Starting:
        return "starting";
    case EngineState::Checking:
        return "checking";
    case EngineState::Downloading:
        return "downloading";
    case EngineState::Seeding:
        return "seeding";
    case EngineState::Error:
        return "error";
    case EngineState::Stopped:
        return "stopped";
    }
    return {};
}

std::optional<EngineState> engineStateFromName(std::string_view name)
{
    for (const EngineState state : AllEngineStates) {
        if (name == engineStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace bt::wire

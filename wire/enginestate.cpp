#include "enginestate.h"

namespace bt::wire {

std::string_view engineStateName(EngineState state)
{
    switch (state) {
    case EngineState::Starting:
        return enginestatus::state::Starting;
    case EngineState::Checking:
        return enginestatus::state::Checking;
    case EngineState::Downloading:
        return enginestatus::state::Downloading;
    case EngineState::Seeding:
        return enginestatus::state::Seeding;
    case EngineState::Error:
        return enginestatus::state::Error;
    case EngineState::Stopped:
        return enginestatus::state::Stopped;
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

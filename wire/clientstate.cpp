#include "clientstate.h"

namespace bt::wire {

std::string_view stateName(ClientState state)
{
    switch (state) {
    case ClientState::Discovered:
        return "discovered";
    case ClientState::Leased:
        return "leased";
    case ClientState::LoadingPhase1:
        return "loading-phase1";
    case ClientState::Phase1Up:
        return "phase1-up";
    case ClientState::Menu:
        return "menu";
    case ClientState::Downloading:
        return "downloading";
    case ClientState::Sharing:
        return "sharing";
    case ClientState::Booting:
        return "booting";
    case ClientState::Booted:
        return "booted";
    case ClientState::Failed:
        return "failed";
    }
    return {};
}

std::optional<ClientState> stateFromName(std::string_view name)
{
    for (const ClientState state : AllClientStates) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace bt::wire

#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace bt::wire {

// Where a lab machine is on its way from power-on to a running OS, in the
// order it gets there. Failed can follow any state. The host sees the first
// three itself (DHCP, TFTP); bttui reports the others.
enum class ClientState {
    Discovered, // "discovered": asked for an address (DHCPDISCOVER / PXE)
    Leased, // "leased": holds an address (DHCPACK)
    LoadingPhase1, // "loading-phase1": fetched Phase-1 files over TFTP
    Phase1Up, // "phase1-up": Phase-1 Linux runs and reported in
    Menu, // "menu": shows the OS menu
    Downloading, // "downloading": fetches its OS over BitTorrent
    Sharing, // "sharing": holds the whole OS and seeds it to others
    Booting, // "booting": hands over to the OS (kexec / qemu)
    Booted, // "booted": the OS reported that it runs
    Failed, // "failed": stopped with a reason
};

inline constexpr std::array<ClientState, 10> AllClientStates { ClientState::Discovered,
    ClientState::Leased, ClientState::LoadingPhase1, ClientState::Phase1Up, ClientState::Menu,
    ClientState::Downloading, ClientState::Sharing, ClientState::Booting, ClientState::Booted,
    ClientState::Failed };

// The name a state has in the status report's "state" and in the host's JSON.
std::string_view stateName(ClientState state);
std::optional<ClientState> stateFromName(std::string_view name);

} // namespace bt::wire

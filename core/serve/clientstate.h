#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bt {

// Where a lab machine is on its way from power-on to a running OS, in the
// order it gets there. Failed can follow any state.
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

// The wire form used by the status endpoint and its JSON.
QString clientStateName(ClientState state);
std::optional<ClientState> clientStateFromName(QStringView text);
QList<ClientState> allClientStates();

} // namespace bt

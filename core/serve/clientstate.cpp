#include "clientstate.h"

namespace bt {

QString clientStateName(ClientState state)
{
    switch (state) {
    case ClientState::Discovered:
        return QStringLiteral("discovered");
    case ClientState::Leased:
        return QStringLiteral("leased");
    case ClientState::LoadingPhase1:
        return QStringLiteral("loading-phase1");
    case ClientState::Phase1Up:
        return QStringLiteral("phase1-up");
    case ClientState::Menu:
        return QStringLiteral("menu");
    case ClientState::Downloading:
        return QStringLiteral("downloading");
    case ClientState::Sharing:
        return QStringLiteral("sharing");
    case ClientState::Booting:
        return QStringLiteral("booting");
    case ClientState::Booted:
        return QStringLiteral("booted");
    case ClientState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QList<ClientState> allClientStates()
{
    return { ClientState::Discovered, ClientState::Leased, ClientState::LoadingPhase1,
        ClientState::Phase1Up, ClientState::Menu, ClientState::Downloading, ClientState::Sharing,
        ClientState::Booting, ClientState::Booted, ClientState::Failed };
}

std::optional<ClientState> clientStateFromName(QStringView text)
{
    for (ClientState state : allClientStates()) {
        if (text == clientStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace bt

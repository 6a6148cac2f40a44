#pragma once

#include <wire/clientstate.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bt {

// Where a lab machine is on its way from power-on to a running OS; bttui
// reports the same states (wire/clientstate.h owns them and their names).
using ClientState = wire::ClientState;

// The wire form used by the status endpoint and its JSON.
QString clientStateName(ClientState state);
std::optional<ClientState> clientStateFromName(QStringView text);
QList<ClientState> allClientStates();

} // namespace bt

#include "clientstate.h"

namespace bt {

QString clientStateName(ClientState state)
{
    const std::string_view name = wire::stateName(state);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QList<ClientState> allClientStates()
{
    return QList<ClientState>(wire::AllClientStates.begin(), wire::AllClientStates.end());
}

std::optional<ClientState> clientStateFromName(QStringView text)
{
    // Every name is short ASCII: a longer or wider text is none of them.
    if (text.size() > 32)
        return std::nullopt;
    return wire::stateFromName(text.toLatin1().toStdString());
}

} // namespace bt

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bt::tui {

// The BitTorrent engine bttui runs for a download: Boottorrent.yaml's client.engine.
enum class ClientEngine {
    Aria2, // "aria2": aria2c, followed over JSON-RPC
    Libtorrent, // "libtorrent": btfetch, followed through its status file
};

// The engine of an environment that names none. The one place to switch it.
inline constexpr ClientEngine defaultClientEngine = ClientEngine::Libtorrent;

// The value client.engine spells it with.
inline std::string_view clientEngineKey(ClientEngine engine)
{
    return engine == ClientEngine::Libtorrent ? "libtorrent" : "aria2";
}

inline std::optional<ClientEngine> clientEngineFromKey(std::string_view key)
{
    if (key == clientEngineKey(ClientEngine::Aria2))
        return ClientEngine::Aria2;
    if (key == clientEngineKey(ClientEngine::Libtorrent))
        return ClientEngine::Libtorrent;
    return std::nullopt;
}

// How the screen names it in "Waiting for ... to start".
inline std::string clientEngineDescription(ClientEngine engine)
{
    return engine == ClientEngine::Libtorrent ? "the libtorrent engine" : "aria2";
}

} // namespace bt::tui

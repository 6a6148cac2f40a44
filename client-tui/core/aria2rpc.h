#pragma once

#include "downloadstatus.h"
#include "jsonvalue.h"
#include "outcome.h"

#include <chrono>
#include <string>
#include <vector>

namespace bt::tui {

// aria2's JSON-RPC on 127.0.0.1, authenticated with the secret bttui gave aria2 on its command
// line.
class Aria2Rpc
{
public:
    Aria2Rpc(int port, std::string secret);

    // params are JSON texts, placed after the token.
    Outcome<JsonValue> call(const std::string &method, const std::vector<std::string> &params,
        std::chrono::milliseconds timeout = std::chrono::milliseconds(2000)) const;
    Outcome<DownloadStatus> tellStatus(const std::string &gid) const;
    Outcome<JsonValue> getVersion() const;
    void forceShutdown() const;

    std::string requestBody(
        const std::string &method, const std::vector<std::string> &params) const;
    // The "result" of a reply, or aria2's error message.
    static Outcome<JsonValue> resultOf(const std::string &replyBody);

private:
    int m_port;
    std::string m_secret;
};

} // namespace bt::tui

#pragma once

#include "downloadstatus.h"
#include "outcome.h"

#include <chrono>
#include <string>

namespace bt::tui {

// aria2's JSON-RPC on 127.0.0.1, authenticated with the secret bttui gave aria2 on its command
// line. One C++ function per aria2 method bttui calls; the request bodies and the reply decoders
// are public so recorded replies replay without aria2 (tests/tui/data/aria2-*.json).
class Aria2Rpc
{
public:
    // Deeper replies are refused (aria2's own are at most five levels deep).
    static constexpr int maximumDepth = 64;
    // A reply of the fields bttui asks for is well under a kilobyte.
    static constexpr std::size_t maximumReplySize = 1024 * 1024;

    Aria2Rpc(int port, std::string secret);

    // aria2.tellStatus(gid, keys) with the keys DownloadStatus holds.
    Outcome<DownloadStatus> tellStatus(const std::string &gid) const;
    // aria2.forceShutdown(): aria2 ends without announcing its leave to the tracker.
    void forceShutdown() const;

    std::string tellStatusRequest(const std::string &gid) const;
    std::string forceShutdownRequest() const;
    // A whole reply to aria2.tellStatus, aria2's error replies included.
    static Outcome<DownloadStatus> parseTellStatus(const std::string &replyBody);

private:
    Outcome<std::string> post(const std::string &body, std::chrono::milliseconds timeout) const;

    int m_port;
    std::string m_secret;
};

} // namespace bt::tui

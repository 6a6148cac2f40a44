#pragma once

#include "aria2rpc.h"
#include "download.h"

#include <memory>
#include <string>

namespace bt::tui {

// One torrent fetched (and then shared) by its own aria2c child, followed over JSON-RPC.
class Aria2Download : public Download
{
public:
    using Download::Download;
    ~Aria2Download() override;

    bool start() override;
    void poll() override;
    void stop() override;

    static int freeLocalPort();
    static std::string randomHex(int bytes);

private:
    std::unique_ptr<Aria2Rpc> m_rpc;
    std::string m_gid;
};

} // namespace bt::tui

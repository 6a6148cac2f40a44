#pragma once

#include <libtorrent/extensions.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <utility>

namespace bt::fetch {

// Keeps libtorrent's end game from asking a second peer for a block a first peer was asked for
// moments ago. Once every block the client lacks has been asked for, libtorrent asks any idle
// peer for one of them again. On a full link the first answer is usually on its way already, and
// the copy arrives as well: at 32 clients on 5 Mbit/s, 38 blocks a client on average (0.6 MB of a
// 16 MiB image), at 25 Mbit/s 11 (bench/README.md). So such a request is held back (libtorrent
// counts it as sent; the peer never sees it, and ignores the cancel that follows) while the first
// is younger than FirstGetsTime; after that, or once the first peer is gone, choked this client
// or refused, the copy goes out. A block a slow peer sits on also reaches the host: HostPieces
// asks for it after 2 s.
class EndGameRequests
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds FirstGetsTime { 2000 };

    // The extension for session_params::extensions.
    static std::shared_ptr<libtorrent::plugin> extension();

    // The bookkeeping, apart from libtorrent (one torrent; peers are numbered by the caller).
    // Whether peer `peer` may send its request for `block` (piece, offset) at `now`; a request
    // that may is recorded as the block's first.
    bool maySend(int peer, std::pair<int, int> block, Clock::time_point now);
    // The block arrived (from anyone), or `peer` will not send it: its record goes.
    void received(std::pair<int, int> block);
    void dropped(int peer, std::pair<int, int> block);
    void peerGone(int peer); // disconnected or choked this client: none of its records hold
    void pieceDone(int piece);
    long long heldBack() const { return m_heldBack; }

private:
    struct First
    {
        int peer;
        Clock::time_point at;
    };
    std::map<std::pair<int, int>, First> m_first;
    long long m_heldBack = 0;
};

} // namespace bt::fetch

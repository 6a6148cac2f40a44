#include "endgamerequests.h"

#include <libtorrent/peer_connection_handle.hpp>
#include <libtorrent/peer_request.hpp>

namespace bt::fetch {

bool EndGameRequests::maySend(int peer, std::pair<int, int> block, Clock::time_point now)
{
    const auto found = m_first.find(block);
    if (found != m_first.end() && found->second.peer != peer
        && now - found->second.at < FirstGetsTime) {
        ++m_heldBack;
        return false;
    }
    m_first[block] = First { peer, now };
    return true;
}

void EndGameRequests::received(std::pair<int, int> block) { m_first.erase(block); }

void EndGameRequests::dropped(int peer, std::pair<int, int> block)
{
    const auto found = m_first.find(block);
    if (found != m_first.end() && found->second.peer == peer)
        m_first.erase(found);
}

void EndGameRequests::peerGone(int peer)
{
    for (auto it = m_first.begin(); it != m_first.end();)
        it = it->second.peer == peer ? m_first.erase(it) : std::next(it);
}

void EndGameRequests::pieceDone(int piece)
{
    m_first.erase(m_first.lower_bound({ piece, 0 }), m_first.lower_bound({ piece + 1, 0 }));
}

namespace {

// libtorrent calls every hook below on its network thread, one at a time: no lock is needed.
class PeerHooks : public lt::peer_plugin
{
public:
    PeerHooks(std::shared_ptr<EndGameRequests> book, int id)
        : m_book(std::move(book))
        , m_id(id)
    {
    }

    // true: libtorrent takes the request as sent and sends nothing.
    bool write_request(const lt::peer_request &r) override
    {
        return !m_book->maySend(m_id, key(r), EndGameRequests::Clock::now());
    }
    bool on_piece(const lt::peer_request &r, lt::span<char const>) override
    {
        m_book->received(key(r));
        return false;
    }
    bool on_reject(const lt::peer_request &r) override
    {
        m_book->dropped(m_id, key(r));
        return false;
    }
    bool on_choke() override
    {
        m_book->peerGone(m_id);
        return false;
    }
    // Every connection that ends passes here; the records go with it.
    void on_disconnect(const lt::error_code &) override { m_book->peerGone(m_id); }

private:
    static std::pair<int, int> key(const lt::peer_request &r)
    {
        return { static_cast<int>(r.piece), r.start };
    }
    std::shared_ptr<EndGameRequests> m_book;
    int m_id;
};

class TorrentHooks : public lt::torrent_plugin
{
public:
    // BitTorrent peers only: a web seed (the host's, when it hands out no pieces) sends what its
    // own requests name, and a request held back there would never be answered.
    std::shared_ptr<lt::peer_plugin> new_connection(const lt::peer_connection_handle &peer) override
    {
        if (peer.type() != lt::connection_type::bittorrent)
            return nullptr;
        return std::make_shared<PeerHooks>(m_book, m_nextPeer++);
    }
    void on_piece_pass(lt::piece_index_t piece) override
    {
        m_book->pieceDone(static_cast<int>(piece));
    }

private:
    std::shared_ptr<EndGameRequests> m_book = std::make_shared<EndGameRequests>();
    int m_nextPeer = 0;
};

class SessionHooks : public lt::plugin
{
public:
    std::shared_ptr<lt::torrent_plugin> new_torrent(
        const lt::torrent_handle &, lt::client_data_t) override
    {
        return std::make_shared<TorrentHooks>();
    }
};

} // namespace

std::shared_ptr<lt::plugin> EndGameRequests::extension()
{
    return std::make_shared<SessionHooks>();
}

} // namespace bt::fetch

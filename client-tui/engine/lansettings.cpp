#include "lansettings.h"

#include "endgamerequests.h"

#include <libtorrent/extensions.hpp>
#include <libtorrent/extensions/smart_ban.hpp>
#include <libtorrent/extensions/ut_pex.hpp>
#include <libtorrent/settings_pack.hpp>

namespace bt::fetch {

namespace {

using sp = lt::settings_pack;

// A per-torrent extension (ut_pex, smart_ban) as session_params lists it.
class TorrentExtension : public lt::plugin
{
public:
    using Factory
        = std::shared_ptr<lt::torrent_plugin> (*)(const lt::torrent_handle &, lt::client_data_t);
    explicit TorrentExtension(Factory factory)
        : m_factory(factory)
    {
    }
    std::shared_ptr<lt::torrent_plugin> new_torrent(
        const lt::torrent_handle &torrent, lt::client_data_t data) override
    {
        return m_factory(torrent, data);
    }

private:
    Factory m_factory;
};

sp lanSettings(const FetchOptions &options)
{
    sp s;
    // A lab's peers all come from the host's tracker (and peer exchange, local discovery): the
    // DHT would only send packets out of the lab and never find a peer there.
    s.set_bool(sp::enable_dht, false);
    // Local Peer Discovery (multicast on the segment) only when the environment asks for it.
    s.set_bool(sp::enable_lsd, options.localPeerDiscovery);
    // Nothing to open on a router: the clients and the host share one segment.
    s.set_bool(sp::enable_upnp, false);
    s.set_bool(sp::enable_natpmp, false);
    // TCP only: uTP backs off at the first queueing delay, exactly what a full LAN link shows,
    // and costs more CPU per byte in user space.
    s.set_bool(sp::enable_outgoing_utp, false);
    s.set_bool(sp::enable_incoming_utp, false);
    // Requests, unchokes and rate quota every 100 ms instead of 500: a piece crosses a LAN link
    // in milliseconds, so a half-second engine tick is the largest delay in the swarm.
    s.set_int(sp::tick_interval, 100);
    // Connect to every peer the tracker names at once, not 30 per second.
    s.set_int(sp::connection_speed, 200);
    // Fixed slots, unlimited: every interested peer is unchoked the moment it asks, so no
    // client waits for a 15-second unchoke round and every upload link fills. No tit-for-tat:
    // in one lab nobody free-rides.
    s.set_int(sp::choking_algorithm, sp::fixed_slots_choker);
    s.set_int(sp::unchoke_slots_limit, -1);
    // Orders peers if the slots ever run out: round robin gives each in turn a share of a
    // seed's link, so every client gets fresh pieces to trade on; fastest_upload would feed
    // the few fastest and leave a slow client starving.
    s.set_int(sp::seed_choking_algorithm, sp::round_robin);
    // Announce a piece 20 ms before it is complete: peers request it a round trip earlier, and
    // on a LAN a piece takes only a few round trips.
    s.set_int(sp::predictive_piece_announce, 20);
    // Suggest pieces just received or just read that are still rare, so peers take fresh
    // pieces from us rather than ones the whole room already holds.
    s.set_int(sp::suggest_mode, sp::suggest_read_cache);
    // No HAVE message to a peer that holds the piece already: with 32 clients most of those
    // announcements would go to peers that need nothing more of it.
    s.set_bool(sp::send_redundant_have, false);
    // Two disk threads, not ten: a client writes one image, and each thread costs switches.
    s.set_int(sp::aio_threads, 2);
    // Two clients each connect to the other, and libtorrent 2.0 keeps both connections unless
    // one address may hold only one peer: then both ends close the same one of the pair. Every
    // piece is announced (HAVE) on each connection, mostly in a packet of its own: at 32 clients
    // and 16 KiB pieces the second connection cost each client's link 9 % of the image and the
    // room a tenth of its time. Several peers on one address (tests on loopback) need "many".
    s.set_bool(sp::allow_multiple_connections_per_ip, !options.onePeerPerAddress);
    // The address filter leaves out the host's seeder (TorrentFetch), never its tracker.
    s.set_bool(sp::apply_ip_filter_to_trackers, false);
    // The torrent's url-list (the host's web seed) is connected as soon as the data is checked;
    // one connection per listed URL, with room for a second URL.
    s.set_int(sp::max_web_seed_connections, 4);
    // Web seed requests of 1 MiB (libtorrent's least for a keep-alive server), not 16: a request
    // holds its pieces for the web seed alone, and small ones leave the rest to the peers.
    s.set_int(sp::urlseed_max_request_bytes, 1024 * 1024);
    // A web seed that refused (busy) is tried again after 5 s, not 30.
    s.set_int(sp::urlseed_wait_retry, 5);
    // Never limit a LAN: the links are the limit.
    s.set_int(sp::upload_rate_limit, 0);
    s.set_int(sp::download_rate_limit, 0);
    // LAN timeouts: a peer answers within milliseconds or is gone (booted away), so its slot and
    // its requested blocks go to others after seconds, not minutes.
    s.set_int(sp::peer_connect_timeout, 3);
    s.set_int(sp::handshake_timeout, 5);
    s.set_int(sp::peer_timeout, 20);
    s.set_int(sp::urlseed_timeout, 10);
    // A peer that refused a connection (not listening yet) is tried again after a second, not
    // a minute.
    s.set_int(sp::min_reconnect_time, 1);
    // The host's tracker is one hop away: a silent one is noticed in seconds.
    s.set_int(sp::tracker_completion_timeout, 5);
    s.set_int(sp::tracker_receive_timeout, 5);
    // The "stopped" announce at exit waits at most 1 s, so a stop finishes promptly.
    s.set_int(sp::stop_tracker_timeout, 1);
    // Listen on every IPv4 address of the client, on the given port (0: any free port).
    s.set_str(sp::listen_interfaces, "0.0.0.0:" + std::to_string(options.listenPort));
    return s;
}

} // namespace

lt::session_params lanSession(const FetchOptions &options)
{
    lt::session_params params(lanSettings(options));
    // The extensions chosen here, not libtorrent's defaults (which always add peer exchange):
    // smart_ban bans a peer whose data fails the hash check, so one faulty client cannot keep
    // spoiling pieces for the room; ut_pex only when the environment asks for peer exchange;
    // end_game_hold keeps the end game from fetching a block twice (EndGameRequests).
    params.extensions.clear();
    params.extensions.push_back(std::make_shared<TorrentExtension>(&lt::create_smart_ban_plugin));
    if (options.peerExchange)
        params.extensions.push_back(std::make_shared<TorrentExtension>(&lt::create_ut_pex_plugin));
    params.extensions.push_back(EndGameRequests::extension());
    return params;
}

std::string describeLanSession(const FetchOptions &options)
{
    const sp s = lanSettings(options);
    std::string text;
    // Each of the pack's three kinds of setting, in libtorrent's order.
    const auto describe = [&](int first, int count, auto valueOf) {
        for (int id = first; id < first + count; ++id) {
            if (s.has_val(id))
                text += std::string(lt::name_for_setting(id)) + ' ' + valueOf(id) + '\n';
        }
    };
    describe(sp::string_type_base, sp::num_string_settings, [&](int id) { return s.get_str(id); });
    describe(sp::int_type_base, sp::num_int_settings,
        [&](int id) { return std::to_string(s.get_int(id)); });
    describe(sp::bool_type_base, sp::num_bool_settings,
        [&](int id) { return std::string(s.get_bool(id) ? "1" : "0"); });
    text += std::string("storage_mode sparse\n") + "extensions smart_ban"
        + (options.peerExchange ? ",ut_pex" : "") + ",end_game_hold\n";
    // How the host's web seed is used: whole pieces the host chooses, or byte ranges libtorrent
    // chooses (BEP 19).
    text += "web_seed " + options.webSeed + "\n";
    return text;
}

} // namespace bt::fetch

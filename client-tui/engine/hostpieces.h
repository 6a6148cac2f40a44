#pragma once

#include <libtorrent/torrent_handle.hpp>
#include <libtorrent/torrent_info.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace bt::fetch {

// Where the host hands out whole pieces: its web seed's address and the request path
// (/.bt-piece/<torrent name>), read from the torrent's url-list.
struct PieceSource
{
    std::string host; // an address or name, as the URL gives it
    std::string port;
    std::string path; // percent-encoded, without the query
    std::vector<std::string> webSeeds; // the torrent's url-list, to fall back on

    // The host's web seed of a torrent whose url-list names one http:// URL with the path "/"
    // (what BootTorrent's host writes), else nothing.
    static std::optional<PieceSource> of(const libtorrent::torrent_info &info);
};

// Fetches pieces from the host's web seed the host chooses (core/serve/webseedpieces.h):
// each request sends the pieces this client holds or can get from a peer that is still
// downloading, so the host sends only what none of them holds, each piece once before any twice.
// The pieces go into libtorrent with add_piece(), which checks them against the torrent's hashes
// and announces them to the peers. Two connections, so one piece is on the wire while the next is
// asked for. A host that does not serve pieces (404) is used as a plain BEP 19 web seed instead:
// once fellBack(), TorrentFetch gives the torrent's url-list back to libtorrent.
class HostPieces
{
public:
    HostPieces(PieceSource source, libtorrent::torrent_handle handle,
        std::shared_ptr<const libtorrent::torrent_info> info, std::FILE *log);
    ~HostPieces(); // stops and joins

    void start(int connections = 2);
    void stop();

    int connected() const { return m_connected.load(); }
    // Whether the host hands this client its pieces: not fallen back to byte ranges, and no
    // connection failing (refused, busy, silent, a bad answer) for FailingLong or more since the
    // last good answer. While it does, the host's own seeder is not needed.
    bool serves() const;
    bool fellBack() const { return m_fellBack.load(); }

private:
    class Connection;
    void run(int index);
    // What the host is told this client has: with `countPeers`, also what it is fetching from
    // peers or can get from one. *all: nothing is left to ask the host for; *lacking: the pieces
    // this client itself still lacks.
    std::string haveField(bool countPeers, bool *all, int *lacking);
    void fallBack(const std::string &why);
    void failing(); // a connection failed; the first failure since a good answer is kept
    void answered(); // a good answer (pieces or none to hand out)
    void note(const std::string &line);

    PieceSource m_source;
    libtorrent::torrent_handle m_handle;
    std::shared_ptr<const libtorrent::torrent_info> m_info;
    std::FILE *m_log;
    std::atomic_bool m_stop { false };
    std::atomic_bool m_fellBack { false };
    std::atomic_int m_connected { 0 };
    // Since when requests fail, as steady_clock ticks; 0 while they do not.
    std::atomic<long long> m_failingSince { 0 };
    std::mutex m_asking; // held by the connection asking the host, until its answer's head
    std::mutex m_mutex; // guards m_inFlight and m_added
    std::set<int> m_inFlight; // pieces being received, on either connection
    // Pieces in libtorrent's download queue, since when; read and written under m_asking.
    std::map<int, std::chrono::steady_clock::time_point> m_queuedSince;
    // Whether the log said that pieces from slow peers are asked of the host (read and written
    // under m_asking), and that the end game asks the host for what peers hold.
    bool m_staleNoted = false;
    std::atomic_bool m_endGameNoted { false };
    // Pieces given to libtorrent, by when: held while their hashes are checked.
    std::map<int, std::chrono::steady_clock::time_point> m_added;
    std::vector<std::thread> m_threads;
};

} // namespace bt::fetch

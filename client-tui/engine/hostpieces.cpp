#include "hostpieces.h"

#include "pieceanswer.h"

#include <wire/urltext.h>

#include <libtorrent/peer_info.hpp>
#include <libtorrent/torrent_status.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <optional>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bt::fetch {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// A response head larger than this, a body larger than what one request may be handed, or a
// host silent for longer than the timeout end the connection.
constexpr std::size_t MaxHeadBytes = 8 * 1024;
constexpr auto ReplyTimeout = 10s;
constexpr auto ConnectTimeout = 3s;
// How long a piece just handed to libtorrent counts as held while its hash is checked.
constexpr auto AddedGrace = 2s;
// The end of a download: at most this many pieces (or this share of them) left, every one with
// a peer for this long.
constexpr int EndGamePieces = 16;
constexpr int EndGameShare = 32;
constexpr auto EndGameWait = 500ms;
// A piece fetched for longer than this from peers each sending less than FastPeer bytes a second
// is asked of the host too.
constexpr auto StaleQueue = 2s;
constexpr int FastPeer = 256 * 1024;
// Requests failing this long: the host's seeder is let in again (HostPieces::serves).
constexpr auto FailingLong = 3s;

} // namespace

std::optional<PieceSource> PieceSource::of(const lt::torrent_info &info)
{
    PieceSource source;
    for (const lt::web_seed_entry &seed : info.web_seeds()) {
        if (seed.type == lt::web_seed_entry::url_seed)
            source.webSeeds.push_back(seed.url);
    }
    // A folder torrent: its pieces are the files end to end, what the host serves by piece.
    if (source.webSeeds.size() != 1 || info.files().num_files() < 1
        || info.files().file_path(lt::file_index_t(0)).find('/') == std::string::npos)
        return std::nullopt;
    const std::string &url = source.webSeeds.front();
    const std::string scheme = "http://";
    if (url.compare(0, scheme.size(), scheme) != 0)
        return std::nullopt;
    const std::size_t slash = url.find('/', scheme.size());
    if (slash == std::string::npos || url.substr(slash) != "/")
        return std::nullopt;
    const std::string authority = url.substr(scheme.size(), slash - scheme.size());
    if (authority.empty() || authority.front() == '[' || authority.find('@') != std::string::npos)
        return std::nullopt;
    const std::size_t colon = authority.find(':');
    source.host = authority.substr(0, colon);
    source.port = colon == std::string::npos ? "80" : authority.substr(colon + 1);
    const bool portIsNumber = !source.port.empty() && source.port.size() <= 5
        && source.port.find_first_not_of("0123456789") == std::string::npos;
    if (source.host.empty() || !portIsNumber || std::stoi(source.port) < 1
        || std::stoi(source.port) > 65535)
        return std::nullopt;
    source.path = "/.bt-piece/" + wire::percentEncoded(info.name());
    return source;
}

// One keep-alive HTTP/1.1 connection to the host's web seed, every wait bounded and cut short by
// the stop flag.
class HostPieces::Connection
{
public:
    explicit Connection(const std::atomic_bool &stop)
        : m_stop(stop)
    {
    }
    ~Connection() { close(); }

    bool isOpen() const { return m_fd >= 0; }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_buffer.clear();
    }

    bool open(const PieceSource &source)
    {
        close();
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        if (::getaddrinfo(source.host.c_str(), source.port.c_str(), &hints, &found) != 0)
            return false;
        for (addrinfo *at = found; at && m_fd < 0; at = at->ai_next) {
            m_fd = ::socket(at->ai_family, at->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (m_fd < 0)
                continue;
            if (::connect(m_fd, at->ai_addr, at->ai_addrlen) != 0
                && (errno != EINPROGRESS || !wait(POLLOUT, Clock::now() + ConnectTimeout)
                    || !connectedWithoutError()))
                close();
        }
        ::freeaddrinfo(found);
        return m_fd >= 0;
    }

    bool send(const std::string &text)
    {
        const Clock::time_point deadline = Clock::now() + ReplyTimeout;
        std::size_t sent = 0;
        while (sent < text.size()) {
            const ssize_t n = ::send(m_fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
            if (n > 0)
                sent += std::size_t(n);
            else if (n < 0 && errno == EINTR)
                continue;
            else if (n < 0 && errno == EAGAIN && wait(POLLOUT, deadline))
                continue;
            else
                return false;
        }
        return true;
    }

    // The head of the next response (up to and without its blank line), or nothing.
    std::optional<std::string> head()
    {
        for (;;) {
            const std::size_t end = m_buffer.find("\r\n\r\n");
            if (end != std::string::npos) {
                std::string text = m_buffer.substr(0, end);
                m_buffer.erase(0, end + 4);
                return text;
            }
            if (m_buffer.size() > MaxHeadBytes || !fill(Clock::now() + ReplyTimeout))
                return std::nullopt;
        }
    }

    // Exactly `length` bytes of body, or false. The timeout counts from the last byte received.
    bool body(std::size_t length, std::vector<char> *data)
    {
        data->resize(length);
        std::size_t at = std::min(length, m_buffer.size());
        std::memcpy(data->data(), m_buffer.data(), at);
        m_buffer.erase(0, at);
        while (at < length) {
            const ssize_t n = ::recv(m_fd, data->data() + at, length - at, 0);
            if (n > 0) {
                at += std::size_t(n);
                continue;
            }
            if (n == 0)
                return false;
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN || !wait(POLLIN, Clock::now() + ReplyTimeout))
                return false;
        }
        return true;
    }

private:
    bool connectedWithoutError()
    {
        int error = 0;
        socklen_t size = sizeof error;
        return ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0;
    }

    // Waits for `events` in steps of 100 ms, so a stop is seen promptly.
    bool wait(short events, Clock::time_point deadline)
    {
        while (!m_stop && Clock::now() < deadline) {
            pollfd entry { m_fd, events, 0 };
            const int ready = ::poll(&entry, 1, 100);
            if (ready > 0)
                return (entry.revents & (events | POLLHUP | POLLERR)) != 0;
            if (ready < 0 && errno != EINTR)
                return false;
        }
        return false;
    }

    bool fill(Clock::time_point deadline)
    {
        char chunk[16 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0) {
                m_buffer.append(chunk, std::size_t(n));
                return true;
            }
            if (n == 0)
                return false;
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN || !wait(POLLIN, deadline))
                return false;
        }
    }

    const std::atomic_bool &m_stop;
    int m_fd = -1;
    std::string m_buffer; // received, not yet taken
};

HostPieces::HostPieces(PieceSource source, lt::torrent_handle handle,
    std::shared_ptr<const lt::torrent_info> info, std::FILE *log)
    : m_source(std::move(source))
    , m_handle(std::move(handle))
    , m_info(std::move(info))
    , m_log(log)
{
}

HostPieces::~HostPieces() { stop(); }

void HostPieces::start(int connections)
{
    for (int number = 0; number < connections; ++number)
        m_threads.emplace_back([this, number] { run(number); });
}

void HostPieces::stop()
{
    m_stop = true;
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

void HostPieces::note(const std::string &line)
{
    if (m_log)
        std::fprintf(m_log, "host pieces: %s\n", line.c_str());
}

void HostPieces::fallBack(const std::string &why)
{
    if (!m_fellBack.exchange(true))
        note(why + "; the host's web seed is used by byte range instead");
}

bool HostPieces::serves() const
{
    if (m_fellBack)
        return false;
    const long long since = m_failingSince.load();
    return since == 0 || Clock::now() - Clock::time_point(Clock::duration(since)) < FailingLong;
}

void HostPieces::failing()
{
    long long none = 0;
    m_failingSince.compare_exchange_strong(none, Clock::now().time_since_epoch().count());
}

void HostPieces::answered() { m_failingSince = 0; }

// The pieces this client holds, is fetching from a peer, can get from a peer still downloading
// (a seed has every piece, and the host's own seeder is one), has asked the host for or just
// added: a bitfield in hex.
std::string HostPieces::haveField(bool countPeers, bool *all, int *lacking)
{
    const int pieces = m_info->num_pieces();
    std::vector<unsigned char> bits(std::size_t((pieces + 7) / 8), 0);
    const auto set = [&bits, pieces](int piece) {
        if (piece >= 0 && piece < pieces)
            bits[std::size_t(piece / 8)] |= static_cast<unsigned char>(0x80 >> (piece % 8));
    };
    const lt::torrent_status status = m_handle.status(lt::torrent_handle::query_pieces);
    *lacking = pieces;
    for (int piece = 0; piece < pieces && piece < status.pieces.size(); ++piece) {
        if (status.pieces.get_bit(lt::piece_index_t(piece))) {
            set(piece);
            --*lacking;
        }
    }
    // Pieces on their way from peers (the host's seeder among them): the host would only repeat
    // them. A piece on its way for longer than StaleQueue from peers that each send this client
    // less than FastPeer comes from a peer too slow or too busy to send it (one client on a tenth
    // of the link held pieces only it had for seconds): it counts as lacked, whoever holds it.
    // A fast peer is waited for: libtorrent requests seconds ahead from it (request_queue_time).
    const Clock::time_point now = Clock::now();
    std::vector<lt::peer_info> peers;
    std::vector<bool> stale(std::size_t(pieces), false);
    if (countPeers) {
        m_handle.get_peer_info(peers);
        std::map<lt::tcp::endpoint, int> rates; // bytes a second each peer sends this client
        for (const lt::peer_info &peer : peers)
            rates[peer.ip] = peer.payload_down_speed;
        std::map<int, Clock::time_point> queued;
        for (const lt::partial_piece_info &partial : m_handle.get_download_queue()) {
            const int piece = int(static_cast<int>(partial.piece_index));
            const auto since = m_queuedSince.find(piece);
            const Clock::time_point first = since == m_queuedSince.end() ? now : since->second;
            queued[piece] = first;
            bool fast = false;
            for (int block = 0; block < partial.blocks_in_piece && !fast; ++block) {
                const auto rate = rates.find(partial.blocks[block].peer());
                fast = rate != rates.end() && rate->second >= FastPeer;
            }
            if (piece >= 0 && piece < pieces && !fast && now - first > StaleQueue)
                stale[std::size_t(piece)] = true;
            else
                set(piece);
        }
        m_queuedSince.swap(queued);
        const auto staleCount = std::count(stale.begin(), stale.end(), true);
        if (staleCount > 0 && !m_staleNoted)
            note(std::to_string(staleCount) + " piece" + (staleCount == 1 ? "" : "s")
                + " on their way from slow peers for over " + std::to_string(StaleQueue.count())
                + " s: asking the host for them too");
        m_staleNoted = staleCount > 0;
    }
    for (const lt::peer_info &peer : peers) {
        if ((peer.flags & lt::peer_info::seed)
            || peer.connection_type != lt::peer_info::standard_bittorrent)
            continue;
        for (int piece = 0; piece < pieces && piece < peer.pieces.size(); ++piece) {
            if (peer.pieces.get_bit(lt::piece_index_t(piece)) && !stale[std::size_t(piece)])
                set(piece);
        }
    }
    {
        std::lock_guard lock(m_mutex);
        for (const int piece : m_inFlight)
            set(piece);
        for (auto it = m_added.begin(); it != m_added.end();) {
            if (now - it->second > AddedGrace) {
                it = m_added.erase(it);
            } else {
                set(it->first);
                ++it;
            }
        }
    }
    int held = 0;
    for (int piece = 0; piece < pieces; ++piece)
        held += (bits[std::size_t(piece / 8)] >> (7 - piece % 8)) & 1;
    *all = held == pieces;
    return wire::hexText(
        std::string_view(reinterpret_cast<const char *>(bits.data()), bits.size()));
}

void HostPieces::run(int index)
{
    Connection connection(m_stop);
    bool counted = false;
    const auto drop = [&] {
        connection.close();
        if (counted)
            --m_connected;
        counted = false;
    };
    const auto pause = [this](std::chrono::milliseconds length) {
        for (auto waited = 0ms; waited < length && !m_stop; waited += 50ms)
            std::this_thread::sleep_for(50ms);
    };
    const std::string prefix = "connection " + std::to_string(index) + ": ";
    const lt::file_storage &files = m_info->files();
    int failures = 0;
    std::optional<Clock::time_point> peersHoldSince; // since when peers hold all this lacks
    while (!m_stop && !m_fellBack) {
        const lt::torrent_status status = m_handle.status({});
        if (status.is_seeding || status.is_finished)
            break;
        if (status.state == lt::torrent_status::checking_files
            || status.state == lt::torrent_status::checking_resume_data) {
            pause(100ms);
            continue;
        }
        // One connection asks at a time, from reading what is held until the pieces handed out
        // count as on their way: the other's request then names them, and the host hands out
        // other pieces instead of sending one twice to this client.
        std::unique_lock asking(m_asking);
        bool all = false;
        int lacking = 0;
        std::string have = haveField(true, &all, &lacking);
        if (!all) {
            peersHoldSince.reset();
        } else {
            // Every piece lacked is on its way from a peer or held by one. At the end that peer
            // may be busy or slow (one client on a tenth of the link held the room's last
            // pieces for seconds), while the host's link is idle: after EndGameWait of this with
            // few pieces left, the host is asked for them as if no peer had them.
            const Clock::time_point now = Clock::now();
            if (!peersHoldSince)
                peersHoldSince = now;
            const int few = std::max(EndGamePieces, m_info->num_pieces() / EndGameShare);
            if (now - *peersHoldSince >= EndGameWait && lacking <= few) {
                if (!m_endGameNoted.exchange(true))
                    note("end game: the last " + std::to_string(lacking) + " piece"
                        + (lacking == 1 ? "" : "s") + " this client lacks are with peers for "
                        + std::to_string(EndGameWait.count()) + " ms; asking the host for them");
                have = haveField(false, &all, &lacking);
            }
            if (all) {
                asking.unlock();
                pause(200ms); // every piece is held, on its way or with a peer
                continue;
            }
        }
        if (!connection.isOpen()) {
            if (!connection.open(m_source)) {
                asking.unlock();
                failing();
                if (failures++ == 0)
                    note(prefix + "cannot connect to " + m_source.host + ":" + m_source.port);
                pause(std::chrono::milliseconds(std::min(failures, 10) * 200));
                continue;
            }
            counted = true;
            ++m_connected;
        }
        // held=: the pieces this client holds itself, from which the host learns its pace.
        const std::string request = "GET " + m_source.path + "?have=" + have
            + "&held=" + std::to_string(m_info->num_pieces() - lacking)
            + " HTTP/1.1\r\nHost: " + m_source.host + ":" + m_source.port + "\r\n\r\n";
        std::optional<std::string> head;
        if (!connection.send(request) || !(head = connection.head())) {
            asking.unlock();
            failing();
            drop();
            pause(200ms);
            continue;
        }
        const PieceAnswer answer = PieceAnswer::parse(*head);
        if (answer.code != 200)
            asking.unlock();
        if (answer.code == 404 || answer.code == 400 || answer.code == 405) {
            fallBack("the host answered " + std::to_string(answer.code) + " to piece requests");
            break;
        }
        if (answer.code == 204) {
            failures = 0;
            answered();
            if (answer.closes)
                drop();
            pause(250ms);
            continue;
        }
        const bool valid = answer.fits(m_info->num_pieces(),
            [&files](int piece) { return files.piece_size(lt::piece_index_t(piece)); });
        const std::vector<int> &indices = answer.pieces;
        if (valid) {
            std::lock_guard lock(m_mutex);
            m_inFlight.insert(indices.begin(), indices.end());
        }
        if (asking.owns_lock())
            asking.unlock();
        if (!valid) {
            failing();
            if (failures++ == 0)
                note(prefix + "the host's answer " + std::to_string(answer.code)
                    + " does not hand out pieces of this torrent; trying again");
            drop();
            pause(std::chrono::milliseconds(std::min(failures, 10) * 200));
            continue;
        }
        answered();
        // Each piece goes to libtorrent as soon as its bytes are in, not after the whole answer:
        // the host's link is shared by the whole room, so the last piece of an answer arrives
        // long after the first, and peers may fetch the first from this client meanwhile.
        // fits() checked that the pieces' sizes add up to the answer's length.
        bool received = true;
        for (const int piece : indices) {
            const std::size_t size = std::size_t(files.piece_size(lt::piece_index_t(piece)));
            std::vector<char> data;
            received = received && connection.body(size, &data);
            if (received)
                m_handle.add_piece(lt::piece_index_t(piece), std::move(data));
            std::lock_guard lock(m_mutex);
            m_inFlight.erase(piece);
            if (received)
                m_added[piece] = Clock::now();
        }
        if (!received) {
            failing();
            drop();
            pause(200ms);
            continue;
        }
        failures = 0;
        if (answer.closes)
            drop();
    }
    drop();
}

} // namespace bt::fetch

#include "torrentfetch.h"

#include "hostpieces.h"
#include "lansettings.h"

#include <wire/urltext.h>

#include <libtorrent/alert_types.hpp>
#include <libtorrent/ip_filter.hpp>
#include <libtorrent/session.hpp>
#include <libtorrent/session_stats.hpp>
#include <libtorrent/torrent_info.hpp>
#include <libtorrent/torrent_status.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>
#include <unistd.h>

namespace bt::fetch {

volatile std::sig_atomic_t TorrentFetch::s_stopRequested = 0;

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
namespace state = wire::enginestatus::state;

// The alerts written to --log at each --log-level.
lt::alert_category_t alertsFor(const std::string &level)
{
    namespace c = lt::alert_category;
    if (level == "debug")
        return lt::alert_category_t::all();
    lt::alert_category_t mask = c::error;
    if (level == "warn" || level == "info")
        mask |= c::tracker | c::storage;
    if (level == "info")
        mask |= c::status | c::connect | c::peer | c::file_progress;
    return mask;
}

std::string_view stateName(const lt::torrent_status &torrent)
{
    switch (torrent.state) {
    case lt::torrent_status::checking_files:
    case lt::torrent_status::checking_resume_data:
        return state::Checking;
    case lt::torrent_status::finished:
    case lt::torrent_status::seeding:
        return state::Seeding;
    default:
        return torrent.is_finished ? state::Seeding : state::Downloading;
    }
}

// The session's end waits for the trackers' "stopped" answers; the contract promises an exit
// within 1 s of the stop, so a tracker that never answers does not hold the client.
void exitWithin(std::chrono::milliseconds limit, int status)
{
    std::thread([limit, status] {
        std::this_thread::sleep_for(limit);
        std::_Exit(status);
    }).detach();
}

} // namespace

TorrentFetch::TorrentFetch(FetchOptions options)
    : m_options(std::move(options))
    , m_file(m_options.status)
{
}

TorrentFetch::~TorrentFetch()
{
    if (m_log)
        std::fclose(m_log);
}

int TorrentFetch::fail(const std::string &sentence)
{
    m_status.state = state::Error;
    m_status.error = StatusFile::printable(sentence, wire::enginestatus::MaxErrorLength);
    m_file.write(m_status);
    std::fprintf(stderr, "btfetch: %s\n", sentence.c_str());
    exitWithin(800ms, 1);
    return 1;
}

bool TorrentFetch::shouldStop() const
{
    if (s_stopRequested)
        return true;
    return m_options.stopWithPid > 0 && ::kill(pid_t(m_options.stopWithPid), 0) != 0
        && errno == ESRCH;
}

void TorrentFetch::update(const lt::torrent_status &torrent, std::string_view current)
{
    m_status.state = current;
    m_status.total = torrent.total_wanted;
    m_status.done = torrent.total_wanted_done;
    if (current == state::Checking)
        m_status.checked = std::int64_t(double(torrent.total_wanted) * torrent.progress);
    else if (current != state::Starting)
        m_status.checked = torrent.total_wanted;
    m_status.downRate = torrent.download_payload_rate;
    m_status.upRate = torrent.upload_payload_rate;
    m_status.uploaded = torrent.all_time_upload;
    m_status.peers = m_status.seeds = m_status.webSeeds = 0;
    std::vector<lt::peer_info> peers;
    torrent.handle.get_peer_info(peers);
    for (const lt::peer_info &peer : peers) {
        if (peer.flags & (lt::peer_info::connecting | lt::peer_info::handshake))
            continue;
        if (peer.connection_type != lt::peer_info::standard_bittorrent) {
            ++m_status.webSeeds;
            continue;
        }
        ++m_status.peers;
        if (peer.flags & lt::peer_info::seed)
            ++m_status.seeds;
    }
    if (m_hostPieces)
        m_status.webSeeds += m_hostPieces->connected();
}

// Writes what the peers' connections carried to the log, one line (libtorrent's totals, which it
// adds up once a second), with its reasons for data received twice: end game (a block asked of a
// second peer), timed out, cancelled, unknown, seed (arrived after the last piece), closing (its
// session counters, awaited at most 1 s).
void TorrentFetch::logTotals(lt::session &session, const lt::torrent_handle &handle, double at)
{
    const lt::torrent_status totals = handle.status();
    std::string waste;
    session.post_session_stats();
    std::vector<lt::alert *> alerts;
    for (int wait = 0; wait < 10 && waste.empty(); ++wait) {
        session.wait_for_alert(100ms);
        session.pop_alerts(&alerts);
        for (const lt::alert *alert : alerts) {
            const auto *stats = lt::alert_cast<lt::session_stats_alert>(alert);
            if (!stats)
                continue;
            const auto counters = stats->counters();
            for (const char *reason :
                { "end_game", "timed_out", "cancelled", "unknown", "seed", "closing" }) {
                const int index = lt::find_metric_idx(std::string("ses.waste_piece_") + reason);
                if (index >= 0 && index < counters.size())
                    waste += std::string(waste.empty() ? "" : ", ") + reason + " "
                        + std::to_string(counters[index]);
            }
        }
    }
    std::fprintf(m_log,
        "%.3f peers: received %lld bytes (%lld of data, %lld of it redundant: %s; %lld failing "
        "the hash check), sent %lld bytes (%lld of data)\n",
        at, static_cast<long long>(totals.total_download),
        static_cast<long long>(totals.total_payload_download),
        static_cast<long long>(totals.total_redundant_bytes), waste.c_str(),
        static_cast<long long>(totals.total_failed_bytes),
        static_cast<long long>(totals.total_upload),
        static_cast<long long>(totals.total_payload_upload));
}

int TorrentFetch::run()
{
    if (!m_file.write(m_status)) {
        std::fprintf(stderr, "btfetch: Cannot write the status file %s: %s.\n",
            m_options.status.c_str(), std::strerror(errno));
        return 1;
    }
    if (!m_options.log.empty()) {
        m_log = std::fopen(m_options.log.c_str(), "a");
        if (!m_log)
            return fail(
                "Cannot write the log " + m_options.log + ": " + std::strerror(errno) + ".");
        std::setvbuf(m_log, nullptr, _IOLBF, 0);
    }

    lt::error_code ec;
    auto info = std::make_shared<lt::torrent_info>(m_options.torrent, ec);
    if (ec)
        return fail("Cannot read the torrent " + m_options.torrent + ": " + ec.message() + ".");
    const lt::sha1_hash best = info->info_hashes().get_best();
    m_status.infoHash = wire::hexText(std::string_view(best.data(), best.size()));
    // The host's web seed hands out the pieces it chooses; libtorrent's own web seed
    // connection would choose them itself, so it is left out (and given back if the host
    // does not serve pieces).
    std::optional<PieceSource> pieceSource;
    if (m_options.webSeed == "pieces")
        pieceSource = PieceSource::of(*info);
    if (pieceSource)
        info->set_web_seeds({});
    m_status.total = info->total_size();

    std::error_code folderError;
    std::filesystem::create_directories(m_options.dir, folderError);
    if (folderError || ::access(m_options.dir.c_str(), W_OK) != 0)
        return fail("Cannot write into the folder " + m_options.dir + ": "
            + (folderError ? folderError.message() : std::string(std::strerror(errno))) + ".");

    lt::session_params params = lanSession(m_options);
    const lt::alert_category_t logged
        = m_log ? alertsFor(m_options.logLevel) : lt::alert_category_t(lt::alert_category::error);
    // Status alerts too, logged or not: the torrent's finish then wakes the loop below at once,
    // and the status file says so without waiting out the 0.1-s wait.
    params.settings.set_int(lt::settings_pack::alert_mask, logged | lt::alert_category::status);
    lt::session session(std::move(params));
    const Clock::time_point started = Clock::now();
    // Seconds since the session started, as the log stamps its lines.
    const auto elapsed
        = [started] { return std::chrono::duration<double>(Clock::now() - started).count(); };
    // While the host hands out pieces, its own seeder is left out: it would send whatever
    // blocks libtorrent asks of it, pieces the web seed sends other clients as well (at 32
    // clients on 5 Mbit/s a fifth of the image). Only where one address is one peer, and the
    // web seed's address names the host (not a name, not loopback shared with other peers).
    std::optional<lt::address> hostAddress;
    if (pieceSource && m_options.onePeerPerAddress) {
        lt::error_code addressError;
        const lt::address address = lt::make_address(pieceSource->host, addressError);
        if (!addressError)
            hostAddress = address;
    }
    bool seederLeftOut = false;
    bool byteRanges = false; // the url-list given back to libtorrent
    const auto leaveOutSeeder = [&](bool leaveOut) {
        lt::ip_filter filter;
        if (leaveOut)
            filter.add_rule(*hostAddress, *hostAddress, lt::ip_filter::blocked);
        session.set_ip_filter(filter);
        seederLeftOut = leaveOut;
    };
    const auto noteSeeder = [&](const char *how) {
        if (m_log)
            std::fprintf(m_log, "%.3f the host's seeder is %s\n", elapsed(), how);
    };
    // From the start, before the tracker names the seeder.
    if (hostAddress) {
        leaveOutSeeder(true);
        noteSeeder("left out: the host hands out pieces");
    }

    lt::add_torrent_params add;
    add.ti = info;
    add.save_path = m_options.dir;
    // Sparse files: nothing is written twice, and checking a folder without the data ends at
    // once. Existing data is checked piece by piece (no seed mode), like aria2's
    // --check-integrity, and what matches is kept.
    add.storage_mode = lt::storage_mode_sparse;
    // One torrent, started now: no queue may pause it.
    add.flags &= ~(lt::torrent_flags::auto_managed | lt::torrent_flags::paused);
    const lt::torrent_handle handle = session.add_torrent(std::move(add), ec);
    if (ec)
        return fail("Cannot start the torrent " + m_options.torrent + ": " + ec.message() + ".");

    std::unique_ptr<HostPieces> hostPieces;
    if (pieceSource) {
        hostPieces = std::make_unique<HostPieces>(*pieceSource, handle, info, m_log);
        hostPieces->start();
    }
    m_hostPieces = hostPieces.get();

    Clock::time_point nextWrite = started;
    std::optional<Clock::time_point> seedingSince;
    std::vector<lt::alert *> alerts;
    while (!shouldStop()) {
        session.wait_for_alert(100ms);
        session.pop_alerts(&alerts);
        // Alerts quote what peers and trackers sent: logged as printable text, one line each.
        for (const lt::alert *alert : alerts) {
            if (m_log && (alert->category() & logged))
                std::fprintf(m_log, "%.3f %s: %s\n", elapsed(), alert->what(),
                    StatusFile::printable(alert->message(), 2000).c_str());
        }

        const bool leaveOut = hostAddress && hostPieces->serves();
        if (leaveOut != seederLeftOut) {
            leaveOutSeeder(leaveOut);
            // The filter dropped the seeder from the peers: the tracker names it again, at once
            // (its minimum interval is for the swarm, not for this).
            if (!leaveOut)
                handle.force_reannounce(0, -1, lt::torrent_handle::ignore_min_interval);
            noteSeeder(leaveOut ? "left out: the host hands out pieces"
                                : "a peer again: the host hands out no pieces");
        }
        // A host that serves no pieces: libtorrent asks its web seed by byte range instead, once
        // the filter above lets the host's address in.
        if (hostPieces && hostPieces->fellBack() && !byteRanges) {
            for (const std::string &url : pieceSource->webSeeds)
                handle.add_url_seed(url);
            byteRanges = true;
        }

        const lt::torrent_status torrent = handle.status();
        if (torrent.errc) {
            std::string where;
            if (torrent.error_file >= lt::file_index_t(0))
                where = " " + m_options.dir + "/" + info->files().file_path(torrent.error_file);
            return fail("Cannot use" + (where.empty() ? " the torrent's files" : where) + ": "
                + torrent.errc.message() + ".");
        }
        const std::string_view current = stateName(torrent);
        const Clock::time_point now = Clock::now();
        if (current != m_status.state || now >= nextWrite) {
            update(torrent, current);
            m_file.write(m_status);
            nextWrite = now + 100ms;
        }
        if (current == state::Seeding && !seedingSince)
            seedingSince = now;
        if (seedingSince && !m_options.seedUntilStopped
            && now - *seedingSince >= std::chrono::seconds(m_options.seedTime))
            break;
    }

    m_hostPieces = nullptr;
    if (hostPieces)
        hostPieces->stop();
    // What the peers' connections carried (the host's pieces are not counted), and why any
    // data came twice: a room's figures.
    if (m_log)
        logTotals(session, handle, elapsed());
    m_status.state = state::Stopped;
    m_status.downRate = m_status.upRate = 0;
    m_file.write(m_status);
    exitWithin(800ms, 0);
    return 0;
}

} // namespace bt::fetch

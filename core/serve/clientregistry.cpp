#include "clientregistry.h"

#include "clientfirmware.h"
#include "environment/macaddress.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace bt {

namespace {

// A rate a client reported is shown until it is this old.
constexpr qint64 ReportedRateLifetimeMs = 5000;
// Time constant of the smoothed download rate behind ETAs and the slow
// alert: long enough that one bursty second does not swing the ETA.
constexpr double RateSmoothingMs = 10000;
constexpr qint64 MaxEtaSeconds = 366LL * 24 * 3600;

bool isFinishedOrStuck(ClientState state)
{
    return state == ClientState::Booting || state == ClientState::Booted
        || state == ClientState::Failed;
}

bool holdsWholeOs(ClientState state)
{
    return state == ClientState::Sharing || state == ClientState::Booting
        || state == ClientState::Booted;
}

double share(qint64 part, qint64 whole) { return whole > 0 ? double(part) / double(whole) : 0.0; }

// Loaders whose next request tells that they run, and what it means when
// that request never comes (DESIGN §7: UEFI, Secure Boot and proxyDHCP).
struct LoaderStep
{
    const char *sent;
    const char *next;
    const char *failure;
};
constexpr LoaderStep kLoaderSteps[] = {
    { "syslinux.efi", "ldlinux.e64",
        "the firmware refused syslinux.efi, so Secure Boot is on: Secure Boot machines boot only "
        "through shim, which needs the network's DHCP server to name this host as next-server "
        "(boot file shimx64.efi) or full DHCP on a network of its own; or switch Secure Boot off" },
    { "grubx64.efi", "grub.cfg",
        "GRUB never asked this host for grub/grub.cfg: it asks the server that leased the address, "
        "which beside another DHCP server (proxyDHCP) is that one; have that server name this host "
        "as next-server, or serve full DHCP on a network of its own" },
};

} // namespace

ClientRegistry::ClientRegistry(QObject *parent)
    : QObject(parent)
{
    const QStringList files = defaultPhase1Files();
    m_phase1Files = QSet<QString>(files.cbegin(), files.cend());
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &ClientRegistry::flush);
    m_loaderTimer.setInterval(2000);
    connect(&m_loaderTimer, &QTimer::timeout, this,
        [this] { checkLoaders(QDateTime::currentDateTime()); });
    connect(&m_alertTimer, &QTimer::timeout, this,
        [this] { checkAlerts(QDateTime::currentDateTime()); });
}

void ClientRegistry::setAlertSettings(const AlertSettings &settings)
{
    m_alertRules = AlertRules(settings);
}

void ClientRegistry::startAlertChecks(int intervalMs)
{
    m_alertTimer.setInterval(intervalMs);
    m_alertTimer.start();
}

void ClientRegistry::checkAlerts(const QDateTime &now)
{
    // Every download's pace first: each one is judged against the median of all.
    QList<qint64> rates;
    for (const ClientRecord &row : std::as_const(m_rows)) {
        if (row.state != ClientState::Downloading) {
            m_paces.remove(row.mac);
            continue;
        }
        // Bytes as the host's seeder saw them or as the machine's own
        // percentage tells, whichever is further: peers stop announcing
        // pieces to a seeder, and bttui reports a percentage only.
        const qint64 completed = std::max(row.completedBytes,
            row.totalBytes > 0 ? row.totalBytes / 100 * row.progress : qint64(0));
        const auto found = m_paces.find(row.mac);
        if (found == m_paces.end() || found->bootCycle != row.bootCycle) {
            const QDateTime began = row.transitionTime(ClientState::Downloading);
            // Bytes that came before the first check came after it began.
            const QDateTime moved = completed > 0 || !began.isValid() ? now : std::min(began, now);
            m_paces.insert(
                row.mac, { row.bootCycle, completed, moved, double(row.downloadRate), now });
        } else {
            Pace &pace = *found;
            const qint64 elapsed = pace.rateTime.msecsTo(now);
            const qint64 grown = completed - pace.completedBytes;
            if (grown > 0) {
                pace.completedBytes = completed;
                pace.lastProgress = now;
            }
            if (elapsed > 0) {
                const double seen = std::max(
                    double(row.downloadRate), grown > 0 ? grown * 1000.0 / elapsed : 0.0);
                const double weight = 1.0 - std::exp(-double(elapsed) / RateSmoothingMs);
                pace.smoothedRate += weight * (seen - pace.smoothedRate);
                pace.rateTime = now;
            }
        }
        rates << qint64(m_paces.value(row.mac).smoothedRate);
    }
    const qint64 median = AlertRules::medianRate(rates);

    for (int index = 0; index < m_rows.size(); ++index) {
        const ClientRecord before = m_rows.at(index);
        ClientRecord &row = m_rows[index];
        AlertFacts facts;
        facts.now = now;
        const auto pace = m_paces.constFind(row.mac);
        const bool downloading = pace != m_paces.constEnd();
        if (downloading) {
            facts.lastProgress = pace->lastProgress;
            facts.smoothedRate = qint64(pace->smoothedRate);
            facts.medianRate = median;
        }
        ClientAlert alert = m_alertRules.judge(row, facts);
        if (alert.level != AlertLevel::None)
            alert.since = alert.level == row.alert.level && row.alert.since.isValid()
                ? row.alert.since
                : now;
        row.alert = alert;
        row.etaSeconds = -1;
        if (downloading && row.totalBytes > 0 && pace->smoothedRate >= 1) {
            const double left = double(std::max<qint64>(0, row.totalBytes - pace->completedBytes));
            const qint64 eta = qint64(std::ceil(left / pace->smoothedRate));
            row.etaSeconds = eta <= MaxEtaSeconds ? eta : -1;
        }
        commit(index, before);
    }
}

void ClientRegistry::setLoaderTimeout(int milliseconds) { m_loaderTimeoutMs = milliseconds; }

void ClientRegistry::checkLoaders(const QDateTime &now)
{
    for (auto it = m_loaders.begin(); it != m_loaders.end();) {
        if (it->since.msecsTo(now) < m_loaderTimeoutMs) {
            ++it;
            continue;
        }
        const int index = m_indexByMac.value(it.key(), -1);
        if (index >= 0 && m_rows.at(index).state == ClientState::LoadingPhase1) {
            const ClientRecord before = m_rows.at(index);
            ClientRecord &row = m_rows[index];
            advance(row, ClientState::Failed, now);
            row.message = it->failure;
            commit(index, before);
        }
        it = m_loaders.erase(it);
    }
    if (m_loaders.isEmpty())
        m_loaderTimer.stop();
}

QStringList ClientRegistry::defaultPhase1Files()
{
    return { QStringLiteral("pxelinux.0"), QStringLiteral("lpxelinux.0"),
        QStringLiteral("ldlinux.c32"), QStringLiteral("syslinux.efi"),
        QStringLiteral("ldlinux.e64"), QStringLiteral("ipxe.efi"), QStringLiteral("shimx64.efi"),
        QStringLiteral("grubx64.efi"), QStringLiteral("grub.cfg"), QStringLiteral("kernel"),
        QStringLiteral("rootfs.gz"), QStringLiteral("diff.gz"), QStringLiteral("torrents.gz") };
}

void ClientRegistry::setPhase1Files(const QStringList &baseNames)
{
    m_phase1Files = QSet<QString>(baseNames.cbegin(), baseNames.cend());
}

void ClientRegistry::setCoalesceInterval(int milliseconds) { m_coalesce.setInterval(milliseconds); }

int ClientRegistry::indexOf(const QString &mac) const
{
    const std::optional<QString> key = normalizedMac(mac);
    return key ? m_indexByMac.value(*key, -1) : -1;
}

std::optional<ClientRecord> ClientRegistry::client(const QString &mac) const
{
    const int index = indexOf(mac);
    if (index < 0)
        return std::nullopt;
    return m_rows.at(index);
}

int ClientRegistry::ensureRow(const QString &mac, const QDateTime &time)
{
    const auto found = m_indexByMac.constFind(mac);
    if (found != m_indexByMac.constEnd())
        return *found;
    if (isFull())
        return -1;
    ClientRecord row;
    row.mac = mac;
    row.firstSeen = time;
    row.lastSeen = time;
    m_rows.append(row);
    const int index = int(m_rows.size() - 1);
    m_indexByMac.insert(mac, index);
    return index;
}

void ClientRegistry::seen(ClientRecord &row, const QDateTime &time)
{
    if (time.isValid() && (!row.lastSeen.isValid() || time > row.lastSeen))
        row.lastSeen = time;
}

void ClientRegistry::joinIp(ClientRecord &row, const QString &ip)
{
    if (ip.isEmpty())
        return;
    if (row.ip != ip && m_macByIp.value(row.ip) == row.mac)
        m_macByIp.remove(row.ip);
    row.ip = ip;
    m_macByIp.insert(ip, row.mac);
}

bool ClientRegistry::advance(ClientRecord &row, ClientState state, const QDateTime &time)
{
    if (row.state == ClientState::Failed && !row.transitions.isEmpty())
        return false; // only a new boot cycle leaves Failed
    const bool first = row.transitions.isEmpty();
    if (!first && state != ClientState::Failed && int(state) <= int(row.state))
        return false;
    row.state = state;
    row.transitions.append({ state, time });
    if (holdsWholeOs(state))
        row.progress = 100;
    else if (state != ClientState::Failed)
        row.progress = 0;
    return true;
}

void ClientRegistry::startNewCycle(ClientRecord &row, ClientState state, const QDateTime &time)
{
    row.state = state;
    row.transitions = { { state, time } };
    ++row.bootCycle;
    row.os.clear();
    row.progress = 0;
    row.message.clear();
    row.downloadRate = 0;
    row.alert = {};
    row.etaSeconds = -1;
    m_reported.remove(row.mac);
    m_rateSamples.remove(row.mac);
    m_paces.remove(row.mac);
}

void ClientRegistry::setIgnoredMacs(const QStringList &macs)
{
    m_ignoredMacs.clear();
    for (const QString &mac : macs)
        if (const std::optional<QString> key = normalizedMac(mac))
            m_ignoredMacs.insert(*key);
}

void ClientRegistry::applyDnsmasqEvents(const QList<DnsmasqEvent> &events)
{
    for (const DnsmasqEvent &event : events)
        applyDnsmasqEvent(event);
}

void ClientRegistry::applyDnsmasqEvent(const DnsmasqEvent &event)
{
    using Kind = DnsmasqEvent::Kind;
    QString mac = event.mac;
    if (!event.isDhcp())
        mac = m_macByIp.value(event.ip); // TFTP names only the address
    if (mac.isEmpty() || !normalizedMac(mac) || m_ignoredMacs.contains(*normalizedMac(mac)))
        return;
    const bool known = m_indexByMac.contains(mac);
    if (!known && event.isDhcp() && event.kind != Kind::Discover && event.kind != Kind::Pxe
        && event.kind != Kind::Ack)
        return; // offers and requests for machines we never saw start nothing
    if (event.kind == Kind::Ack && !event.ip.isEmpty() && m_leasedIps.size() < 4 * m_maxClients)
        m_leasedIps[mac].insert(event.ip);
    const int index = ensureRow(mac, event.time);
    if (index < 0)
        return;
    const ClientRecord before = known ? m_rows.at(index) : ClientRecord {};
    ClientRecord &row = m_rows[index];
    seen(row, event.time);

    const bool startsOver = event.pxe || !event.xid;
    if (event.pxe)
        row.firmware = ClientFirmware::merged(row.firmware, event.firmware, false);
    switch (event.kind) {
    case Kind::Discover:
        if (!known)
            advance(row, ClientState::Discovered, event.time);
        else if (isFinishedOrStuck(row.state) && startsOver)
            startNewCycle(row, ClientState::Discovered, event.time);
        break;
    case Kind::Pxe:
        if (!known)
            advance(row, ClientState::Discovered, event.time);
        else if (isFinishedOrStuck(row.state) && event.ip.isEmpty())
            startNewCycle(row, ClientState::Discovered, event.time);
        if (!event.ip.isEmpty()) {
            // proxyDHCP: another server leased the address; this answer names it.
            joinIp(row, event.ip);
            advance(row, ClientState::Leased, event.time);
        }
        break;
    case Kind::Offer:
    case Kind::Request:
        joinIp(row, event.ip);
        break;
    case Kind::Ack:
        joinIp(row, event.ip);
        if (!event.hostname.isEmpty())
            row.hostname = event.hostname;
        if (!known)
            advance(row, ClientState::Discovered, event.time);
        advance(row, ClientState::Leased, event.time);
        break;
    case Kind::Nak:
        break;
    case Kind::TftpSent:
        if (m_phase1Files.contains(event.file))
            advance(row, ClientState::LoadingPhase1, event.time);
        if (m_loaders.value(mac).next == event.file)
            m_loaders.remove(mac);
        for (const LoaderStep &step : kLoaderSteps)
            if (event.file == QLatin1String(step.sent)) {
                m_loaders.insert(mac,
                    { QLatin1String(step.next), event.time, QString::fromLatin1(step.failure) });
                if (!m_loaderTimer.isActive())
                    m_loaderTimer.start();
            }
        break;
    case Kind::TftpError:
        // Routine errors (PXE ROMs aborting after the size probe, pxelinux
        // probing config names) say nothing; a failed Phase-1 file does.
        if (m_phase1Files.contains(event.file) && event.detail == QStringLiteral("transfer failed")
            && !isFinishedOrStuck(row.state))
            row.message = QStringLiteral("Sending %1 over TFTP failed.").arg(event.file);
        break;
    case Kind::VendorClass:
        break;
    }
    commit(index, before);
}

void ClientRegistry::setMaxClients(int count) { m_maxClients = std::max(1, count); }

bool ClientRegistry::leaseAllows(const QString &mac, const QString &ip) const
{
    const std::optional<QString> key = normalizedMac(mac);
    if (!m_leasesAuthoritative || !key)
        return true;
    const auto found = m_leasedIps.constFind(*key);
    return found == m_leasedIps.constEnd() || found->contains(ip);
}

void ClientRegistry::applyLeases(const QList<DnsmasqLease> &leases) { joinAddresses(leases, true); }

void ClientRegistry::applyNeighbours(const QList<DnsmasqLease> &neighbours)
{
    joinAddresses(neighbours, false);
}

void ClientRegistry::joinAddresses(const QList<DnsmasqLease> &leases, bool leased)
{
    if (leased) {
        m_leasedIps.clear(); // the lease file is whole each time
        for (const DnsmasqLease &lease : leases)
            if (m_leasedIps.size() < 4 * m_maxClients)
                m_leasedIps[lease.mac].insert(lease.ip);
    }
    for (const DnsmasqLease &lease : leases) {
        const int index = m_indexByMac.value(lease.mac, -1);
        if (index < 0) {
            if (!m_macByIp.contains(lease.ip))
                m_macByIp.insert(lease.ip, lease.mac);
            continue;
        }
        const ClientRecord before = m_rows.at(index);
        ClientRecord &row = m_rows[index];
        joinIp(row, lease.ip);
        if (row.hostname.isEmpty())
            row.hostname = lease.hostname;
        commit(index, before);
    }
}

bool ClientRegistry::applyStatus(const QString &mac, const ClientStatus &status)
{
    const std::optional<QString> key = normalizedMac(mac);
    if (!key)
        return false;
    const QDateTime time = status.time.isValid() ? status.time : QDateTime::currentDateTime();
    const bool known = m_indexByMac.contains(*key);
    const int index = ensureRow(*key, time);
    if (index < 0)
        return false; // full: a new machine is not recorded
    const ClientRecord before = known ? m_rows.at(index) : ClientRecord {};
    ClientRecord &row = m_rows[index];
    seen(row, time);
    joinIp(row, status.ip);

    // What the machine says of its firmware holds whatever its state.
    row.firmware = ClientFirmware::merged(row.firmware, status.firmware, true);
    bool accepted = true;
    if (known && isFinishedOrStuck(row.state) && status.state == ClientState::Phase1Up)
        startNewCycle(
            row, ClientState::Phase1Up, time); // Phase 1 only runs after a fresh network boot
    else if (row.state == status.state && !row.transitions.isEmpty())
        accepted = row.state != ClientState::Failed || status.state == ClientState::Failed;
    else
        accepted = advance(row, status.state, time);

    if (accepted) {
        if (!status.os.isEmpty())
            row.os = status.os;
        if (!status.message.isEmpty() || status.state == ClientState::Failed)
            row.message = status.message;
        Reported &reported = m_reported[row.mac];
        if (status.progress >= 0) {
            row.progress = status.progress;
            reported.progressGiven = true;
        }
        if (status.completedBytes >= 0)
            reported.completedBytes = status.completedBytes;
        if (status.totalBytes >= 0)
            reported.totalBytes = status.totalBytes;
        if (status.downloadRate >= 0) {
            reported.downloadRate = status.downloadRate;
            reported.rateTime = time;
        }
        refreshTransfer(row, time);
    }
    commit(index, before);
    return true;
}

void ClientRegistry::applySwarm(const SwarmSnapshot &snapshot)
{
    const SwarmTotals totalsBefore = swarm();
    QSet<QString> present;
    QSet<QString> peerIps;
    for (const SwarmTorrent &torrent : snapshot.torrents) {
        if (torrent.infoHash.isEmpty())
            continue;
        if (!m_torrents.contains(torrent.infoHash))
            m_torrentOrder.append(torrent.infoHash);
        TorrentState &state = m_torrents[torrent.infoHash];
        present.insert(torrent.infoHash);
        state.infoHash = torrent.infoHash;
        state.name = torrent.name;
        state.totalLength = torrent.totalLength;
        state.peers = int(torrent.peers.size());
        state.seeds = torrent.seeds;
        state.downloadRate = torrent.downloadRate;
        state.uploadRate = torrent.uploadRate;
        // aria2's total restarts at zero when aria2 does; keep counting across.
        state.hostUploaded += torrent.hostUploaded >= state.lastUploadLength
            ? torrent.hostUploaded - state.lastUploadLength
            : torrent.hostUploaded;
        state.lastUploadLength = torrent.hostUploaded;
        for (const SwarmPeer &peer : torrent.peers) {
            qint64 &completed = state.bitfieldCompleted[peer.ip];
            completed = std::max(completed, peer.completedBytes);
            peerIps.insert(peer.ip);
        }
        for (auto it = torrent.hostUploadedToIp.cbegin(); it != torrent.hostUploadedToIp.cend();
             ++it) {
            qint64 &uploaded = state.hostUploadedToIp[it.key()];
            uploaded = std::max(uploaded, it.value());
        }
    }
    for (TorrentState &state : m_torrents) {
        if (!present.contains(state.infoHash)) {
            state.peers = state.seeds = 0;
            state.downloadRate = state.uploadRate = 0;
        }
    }
    m_swarmTime = snapshot.time;

    const QDateTime now = snapshot.time.isValid() ? snapshot.time : QDateTime::currentDateTime();
    for (int index = 0; index < m_rows.size(); ++index) {
        const ClientRecord before = m_rows.at(index);
        ClientRecord &row = m_rows[index];
        if (peerIps.contains(row.ip))
            seen(row, now);
        refreshTransfer(row, now);
        // Rates derived from the bitfield need two ticks to compare.
        RateSample &sample = m_rateSamples[row.mac];
        const Reported reported = m_reported.value(row.mac);
        const bool reportedFresh = reported.downloadRate >= 0 && reported.rateTime.isValid()
            && reported.rateTime.msecsTo(now) <= ReportedRateLifetimeMs;
        if (!reportedFresh) {
            const qint64 elapsed = sample.time.isValid() ? sample.time.msecsTo(now) : 0;
            const qint64 grown = row.completedBytes - sample.completedBytes;
            row.downloadRate = elapsed > 0 && grown > 0 ? grown * 1000 / elapsed : 0;
        }
        sample = { row.completedBytes, now };
        commit(index, before);
    }
    if (!(swarm() == totalsBefore)) {
        m_swarmDirty = true;
        schedule();
    }
}

void ClientRegistry::applyTracker(const TrackerSnapshot &snapshot)
{
    const SwarmTotals totalsBefore = swarm();
    QStringList infoHashes = snapshot.torrents.keys();
    infoHashes.sort(); // new rows in a stable order
    for (const QString &infoHash : std::as_const(infoHashes)) {
        if (infoHash.isEmpty())
            continue;
        if (!m_torrents.contains(infoHash))
            m_torrentOrder.append(infoHash);
        TorrentState &state = m_torrents[infoHash];
        state.infoHash = infoHash;
        state.tracker = snapshot.torrents.value(infoHash);
    }
    for (TorrentState &state : m_torrents) {
        if (!snapshot.torrents.contains(state.infoHash))
            state.tracker = {};
    }
    m_trackerTime = snapshot.time;
    if (!(swarm() == totalsBefore)) {
        m_swarmDirty = true;
        schedule();
    }
}

void ClientRegistry::applyWebSeed(const WebSeedCounters &counters)
{
    if (counters == m_webSeed)
        return;
    m_webSeed = counters;
    const QDateTime now = QDateTime::currentDateTime();
    for (int index = 0; index < m_rows.size(); ++index) {
        const ClientRecord before = m_rows.at(index);
        refreshTransfer(m_rows[index], now);
        commit(index, before);
    }
    m_swarmDirty = true;
    schedule();
}

QList<const ClientRegistry::TorrentState *> ClientRegistry::torrentsOf(
    const ClientRecord &row) const
{
    QList<const TorrentState *> torrents;
    for (const QString &infoHash : m_torrentOrder) {
        // constFind, not operator[]: the const operator[] returns a copy.
        const TorrentState &torrent = m_torrents.constFind(infoHash).value();
        const bool peer = !row.ip.isEmpty()
            && (torrent.bitfieldCompleted.contains(row.ip)
                || torrent.hostUploadedToIp.contains(row.ip)
                || m_webSeed.bytes.value(torrent.name).contains(row.ip));
        if (peer || (!row.os.isEmpty() && torrent.name == row.os))
            torrents.append(&torrent);
    }
    return torrents;
}

qint64 ClientRegistry::completedFor(
    const QString &ip, const ClientRecord *row, const TorrentState &torrent) const
{
    qint64 completed = torrent.bitfieldCompleted.value(ip, 0);
    if (row) {
        // Peers stop announcing pieces to a seeder, so the host's view of a
        // client lags; the client's own report and its state fill the gap.
        const QList<const TorrentState *> own = torrentsOf(*row);
        const bool onlyThis = own.size() == 1 && own.first() == &torrent;
        const Reported reported = m_reported.value(row->mac);
        if (reported.completedBytes >= 0
            && (onlyThis || (!row->os.isEmpty() && torrent.name == row->os)))
            completed = std::max(completed, reported.completedBytes);
        if (holdsWholeOs(row->state) && own.contains(&torrent))
            completed = torrent.totalLength;
    }
    return torrent.totalLength > 0 ? std::min(completed, torrent.totalLength) : completed;
}

void ClientRegistry::refreshTransfer(ClientRecord &row, const QDateTime &now)
{
    const QList<const TorrentState *> torrents = torrentsOf(row);
    const Reported reported = m_reported.value(row.mac);
    qint64 completed = 0;
    qint64 total = 0;
    qint64 fromHost = 0;
    qint64 overHttp = 0;
    for (const TorrentState *torrent : torrents) {
        completed += completedFor(row.ip, &row, *torrent);
        total += torrent->totalLength;
        fromHost += torrent->hostUploadedToIp.value(row.ip, 0);
        overHttp += m_webSeed.bytes.value(torrent->name).value(row.ip, 0);
    }
    fromHost += overHttp;
    if (torrents.isEmpty()) {
        completed = std::max<qint64>(reported.completedBytes, 0);
        total = std::max<qint64>(reported.totalBytes, 0);
    }
    row.completedBytes = completed;
    row.totalBytes = total;
    row.bytesFromHost = std::min(fromHost, completed);
    row.bytesOverHttp = std::min(overHttp, row.bytesFromHost);
    row.bytesFromPeers = completed - row.bytesFromHost;
    if (reported.downloadRate >= 0 && reported.rateTime.isValid()
        && reported.rateTime.msecsTo(now) <= ReportedRateLifetimeMs)
        row.downloadRate = reported.downloadRate;
    if (row.state == ClientState::Downloading && !reported.progressGiven && total > 0)
        row.progress = std::max(row.progress, int(completed * 100 / total));
}

SwarmTotals ClientRegistry::swarm() const
{
    SwarmTotals totals;
    totals.time = m_swarmTime;
    totals.trackerTime = m_trackerTime;
    for (const QString &infoHash : m_torrentOrder) {
        const TorrentState &state = m_torrents.constFind(infoHash).value();
        TorrentTotals torrent;
        torrent.infoHash = state.infoHash;
        torrent.name = state.name;
        torrent.totalLength = state.totalLength;
        torrent.peers = state.peers;
        torrent.seeds = state.seeds;
        torrent.downloadRate = state.downloadRate;
        torrent.uploadRate = state.uploadRate;
        const QHash<QString, qint64> webSeed = m_webSeed.bytes.value(state.name);
        torrent.webSeedUploaded = m_webSeed.forTorrent(state.name);
        torrent.webSeedRepeated = m_webSeed.repeated.value(state.name);
        torrent.seederUploaded = state.hostUploaded;
        torrent.hostUploaded = state.hostUploaded + torrent.webSeedUploaded;
        torrent.trackerSeeders = state.tracker.seeders;
        torrent.trackerLeechers = state.tracker.leechers;
        torrent.trackerCompleted = state.tracker.completedDownloads;
        // Every address that ever held a piece, plus machines that said they
        // hold this OS but never showed up as the host's peer.
        QSet<QString> ips;
        for (auto it = state.bitfieldCompleted.cbegin(); it != state.bitfieldCompleted.cend(); ++it)
            ips.insert(it.key());
        for (auto it = state.hostUploadedToIp.cbegin(); it != state.hostUploadedToIp.cend(); ++it)
            ips.insert(it.key());
        for (auto it = webSeed.cbegin(); it != webSeed.cend(); ++it)
            ips.insert(it.key());
        for (const ClientRecord &row : m_rows) {
            if (!row.ip.isEmpty() && !row.os.isEmpty() && row.os == state.name)
                ips.insert(row.ip);
        }
        for (const QString &ip : std::as_const(ips)) {
            const QString mac = m_macByIp.value(ip);
            const int index = m_indexByMac.value(mac, -1);
            torrent.delivered += completedFor(ip, index >= 0 ? &m_rows.at(index) : nullptr, state);
        }
        torrent.peerDelivered = std::max<qint64>(0, torrent.delivered - torrent.hostUploaded);
        torrent.p2pShare = share(torrent.peerDelivered, torrent.delivered);

        totals.downloadRate += torrent.downloadRate;
        totals.uploadRate += torrent.uploadRate;
        totals.hostUploaded += torrent.hostUploaded;
        totals.webSeedUploaded += torrent.webSeedUploaded;
        totals.seederUploaded += torrent.seederUploaded;
        totals.webSeedRepeated += torrent.webSeedRepeated;
        totals.delivered += torrent.delivered;
        totals.peerDelivered += torrent.peerDelivered;
        totals.torrents.append(torrent);
    }
    totals.p2pShare = share(totals.peerDelivered, totals.delivered);
    return totals;
}

QJsonObject ClientRegistry::clientsToJson() const
{
    QJsonArray list;
    for (const ClientRecord &row : m_rows)
        list.append(row.toJson());
    return QJsonObject { { QStringLiteral("clients"), list } };
}

QJsonObject ClientRegistry::swarmToJson() const { return swarm().toJson(); }

QJsonObject ClientRegistry::toJson() const
{
    QJsonObject object = clientsToJson();
    object.insert(QStringLiteral("swarm"), swarmToJson());
    return object;
}

void ClientRegistry::commit(int index, const ClientRecord &before)
{
    const ClientRecord &row = m_rows.at(index);
    if (row == before)
        return;
    if (!m_changed.contains(row.mac))
        m_changed.append(row.mac);
    schedule();
}

void ClientRegistry::schedule()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ClientRegistry::flush()
{
    m_coalesce.stop();
    if (!m_changed.isEmpty()) {
        const QList<QString> changed = std::exchange(m_changed, {});
        Q_EMIT clientsChanged(changed);
    }
    if (m_swarmDirty) {
        m_swarmDirty = false;
        Q_EMIT swarmChanged();
    }
}

} // namespace bt

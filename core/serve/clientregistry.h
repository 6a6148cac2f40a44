#pragma once

#include "alertrules.h"
#include "clientrecord.h"
#include "clientstatus.h"
#include "dnsmasqevent.h"
#include "dnsmasqlease.h"
#include "swarmsnapshot.h"
#include "swarmtotals.h"
#include "trackersnapshot.h"
#include "webseedcounters.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace bt {

// One row per lab machine, keyed by MAC, fed by what dnsmasq, aria2 and the
// clients themselves report; the IP address joins the sources (dnsmasq
// knows MAC and IP, aria2 only IPs, status posts the MAC and their source
// IP).
//
// States only move forward (ClientState's order; Failed from anywhere).
// The one way back is a new boot cycle: when a machine that is booting,
// booted or failed is seen starting over — a DHCPDISCOVER from its PXE ROM
// (or any DHCPDISCOVER when dnsmasq runs without log-dhcp and cannot tell),
// a proxyDHCP PXE request, or Phase-1 reporting "phase1-up" — its row
// starts again at that state and its boot cycle count goes up.
//
// Changes are collected and announced together: clientsChanged at most once
// per coalescing interval, naming every changed MAC, and swarmChanged when
// the swarm totals moved. New machines are appended, so a row's index in
// clients() never changes.
class ClientRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ClientRegistry(QObject *parent = nullptr);

    // TFTP files whose delivery means "loading Phase 1"; base names.
    static QStringList defaultPhase1Files();
    void setPhase1Files(const QStringList &baseNames);
    void setCoalesceInterval(int milliseconds); // default 100
    // Machines that are never lab clients: this host's own interface, whose
    // DHCP probes dnsmasq logs like any client's.
    void setIgnoredMacs(const QStringList &macs);

    // At most this many rows (default 1024): what a network can hold, so a
    // flood of made-up MACs cannot fill the host's memory. Beyond it new
    // machines are not recorded.
    void setMaxClients(int count);
    int maxClients() const { return m_maxClients; }
    bool isFull() const { return m_rows.size() >= m_maxClients; }
    // With full DHCP this host hands out every address: a machine's lease
    // (from dnsmasq's log and lease file) is the only address it may report from.
    void setLeasesAuthoritative(bool authoritative) { m_leasesAuthoritative = authoritative; }
    // False when leases are authoritative and dnsmasq leased `mac` other
    // addresses only (a machine may hold several: PXE ROM and Phase 1 can
    // send different client ids).
    bool leaseAllows(const QString &mac, const QString &ip) const;

    void applyDnsmasqEvents(const QList<DnsmasqEvent> &events);
    // Leases only join addresses to known machines; they create no rows,
    // because a lease file outlives the machines that are switched off.
    void applyLeases(const QList<DnsmasqLease> &leases);
    // The kernel's neighbour table (NeighbourTable): joins like leases, but
    // says nothing about which address a machine was given.
    void applyNeighbours(const QList<DnsmasqLease> &neighbours);
    // False (and nothing changes) when `mac` is not a MAC address, or names
    // a new machine while the registry is full.
    bool applyStatus(const QString &mac, const ClientStatus &status);
    void applySwarm(const SwarmSnapshot &snapshot);
    // The tracker's counts per torrent. A torrent the seeder has not
    // reported yet is listed in swarm() already, nameless until aria2 names it.
    void applyTracker(const TrackerSnapshot &snapshot);
    // What the host's web seed sent, by torrent name and client address
    // (running totals); counted as bytes from the host.
    void applyWebSeed(const WebSeedCounters &counters);

    QList<ClientRecord> clients() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    int indexOf(const QString &mac) const; // -1 when unknown
    std::optional<ClientRecord> client(const QString &mac) const;
    QString macForIp(const QString &ip) const { return m_macByIp.value(ip); }
    SwarmTotals swarm() const;

    QJsonObject clientsToJson() const; // {"clients": [...]}
    QJsonObject swarmToJson() const; // SwarmTotals::toJson()
    QJsonObject toJson() const; // {"clients": [...], "swarm": {...}}

    // Announces pending changes now instead of at the end of the interval.
    void flush();

    // A boot loader that was sent but never asked for its next file is
    // stuck; after this long its machine is marked failed with the reason
    // (default 30 s).
    void setLoaderTimeout(int milliseconds);
    // Marks the machines whose loader is overdue at `now`; a timer calls it.
    void checkLoaders(const QDateTime &now);

    // The alerts: section's thresholds (its defaults until set).
    void setAlertSettings(const AlertSettings &settings);
    // Judges every machine at `now` (AlertRules): how long it has been in
    // its state, whether its download moves and keeps up with the room's
    // median, and while downloading its ETA from a smoothed rate.
    void checkAlerts(const QDateTime &now);
    // From now on a timer calls checkAlerts every intervalMs; off until then,
    // so tests drive the clock themselves.
    void startAlertChecks(int intervalMs = 2000);
    void stopAlertChecks() { m_alertTimer.stop(); }

Q_SIGNALS:
    void clientsChanged(const QList<QString> &macs);
    void swarmChanged();

private:
    struct TorrentState
    {
        QString infoHash;
        QString name;
        qint64 totalLength = 0;
        int peers = 0;
        int seeds = 0;
        qint64 downloadRate = 0;
        qint64 uploadRate = 0;
        qint64 lastUploadLength = 0;
        qint64 hostUploaded = 0;
        QHash<QString, qint64> bitfieldCompleted; // per peer IP, the most seen
        QHash<QString, qint64> hostUploadedToIp;
        TrackerCounts tracker;
    };
    struct Reported
    {
        qint64 completedBytes = -1;
        qint64 totalBytes = -1;
        qint64 downloadRate = -1;
        QDateTime rateTime;
        bool progressGiven = false;
    };
    // A loader on its way: the file it must ask for next, and why it did not.
    struct LoaderWatch
    {
        QString next;
        QDateTime since;
        QString failure;
    };
    // A download's pace as the alert checks see it.
    struct Pace
    {
        int bootCycle = 0;
        qint64 completedBytes = 0;
        QDateTime lastProgress;
        double smoothedRate = 0; // bytes/s
        QDateTime rateTime;
    };
    struct RateSample
    {
        qint64 completedBytes = 0;
        QDateTime time;
    };

    int ensureRow(const QString &mac, const QDateTime &time);
    void applyDnsmasqEvent(const DnsmasqEvent &event);
    bool advance(ClientRecord &row, ClientState state, const QDateTime &time);
    void startNewCycle(ClientRecord &row, ClientState state, const QDateTime &time);
    void joinIp(ClientRecord &row, const QString &ip);
    void joinAddresses(const QList<DnsmasqLease> &leases, bool leased);
    void seen(ClientRecord &row, const QDateTime &time);
    QList<const TorrentState *> torrentsOf(const ClientRecord &row) const;
    qint64 completedFor(
        const QString &ip, const ClientRecord *row, const TorrentState &torrent) const;
    void refreshTransfer(ClientRecord &row, const QDateTime &now);
    void commit(int index, const ClientRecord &before);
    void schedule();

    QList<ClientRecord> m_rows;
    QHash<QString, int> m_indexByMac;
    QHash<QString, QString> m_macByIp;
    QHash<QString, Reported> m_reported;
    QHash<QString, RateSample> m_rateSamples;
    QHash<QString, TorrentState> m_torrents;
    QStringList m_torrentOrder;
    QDateTime m_swarmTime;
    WebSeedCounters m_webSeed;
    QDateTime m_trackerTime;
    QSet<QString> m_phase1Files;
    QSet<QString> m_ignoredMacs;
    int m_maxClients = 1024;
    bool m_leasesAuthoritative = false;
    QHash<QString, QSet<QString>> m_leasedIps; // by MAC, from DHCPACKs and the lease file
    QHash<QString, LoaderWatch> m_loaders; // by MAC
    int m_loaderTimeoutMs = 30000;
    QTimer m_loaderTimer;
    AlertRules m_alertRules;
    QHash<QString, Pace> m_paces; // by MAC, while downloading
    QTimer m_alertTimer;
    QList<QString> m_changed;
    bool m_swarmDirty = false;
    QTimer m_coalesce;
};

} // namespace bt

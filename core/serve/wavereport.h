#pragma once

#include "clientrecord.h"
#include "environment/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace bt {

// One machine of a boot wave: how long it took from its first DHCP request
// (discovered, else leased) to each milestone of its boot. Durations are
// milliseconds; -1 when the machine did not get there.
struct WaveMachine
{
    QString mac;
    QString name; // from the machine book; empty: none
    QString ip;
    QString os;
    QString state; // ClientState's wire name where it stands
    QString message; // why it failed, when it did
    QDateTime start; // its first DHCP request in this wave (UTC)
    qint64 toPhase1 = -1; // until Phase-1 reported in
    qint64 toDownloaded = -1; // until it held its whole OS (sharing)
    qint64 toBooted = -1; // until its OS runs
    qint64 bytesFromHost = 0;
    qint64 bytesFromPeers = 0;

    bool booted() const { return toBooted >= 0; }
    bool operator==(const WaveMachine &) const = default;
};

// The wave's curve: after `ms` from the wave's start, `booted` machines ran their OS.
struct WavePoint
{
    qint64 ms = 0;
    int booted = 0;
    bool operator==(const WavePoint &) const = default;
};

// What an administrator shows to say "the room was up in 4 minutes": every
// machine of one boot wave with its times and bytes, the curve of machines
// booted over time and the totals. Built from the registry's records; sent
// by serve's admin API, kept as <env>/reports/wave-<UTC>.json, read back by
// the app and the command line (bounded and validated: it crosses the
// network). The curve and the totals are always derived from the machines.
class WaveReport
{
public:
    enum class Status { None, Running, Settled };
    static constexpr int MaxMachines = 65536;
    static constexpr qint64 MaxJsonBytes = 32LL * 1024 * 1024;

    // names: the machine book's name for a MAC (empty: none).
    static WaveReport fromRecords(const QList<ClientRecord> &records, const QDateTime &start,
        const std::function<QString(const QString &mac)> &names = {});

    Status status = Status::None;
    QDateTime start; // the wave's first machine's first DHCP request (UTC)
    QDateTime settled; // invalid while it runs
    QString settledBy; // "booted" (every machine booted or failed) or "admin"
    QString environment;
    QList<WaveMachine> machines; // in the order they appeared

    QList<WavePoint> curve() const; // starts at (0, 0), one step per machine booted
    int bootedCount() const;
    int failedCount() const;
    qint64 timeToLastBooted() const; // ms from start; -1: none booted
    qint64 medianToBooted() const; // of the machines' own times; -1: none booted
    qint64 bytesFromHost() const;
    qint64 bytesFromPeers() const;
    // "12 machines booted in 3 min 40 s" (", 1 failed", " so far").
    QString summary() const;
    // "3 min 40 s", "12 s", "1 h 2 min"; "-" for -1.
    static QString duration(qint64 ms);

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // What toJson() wrote, from a file or the network: problems name
    // `source`, the key and what is wrong. Texts are bounded, times must be
    // ISO dates, durations within a day.
    static Result<WaveReport> fromJson(const QByteArray &json, const QString &source);

    // One line per machine with a header, RFC 4180 quoting.
    QByteArray machinesCsv() const;
    // The curve: seconds,booted.
    QByteArray curveCsv() const;

    bool operator==(const WaveReport &) const = default;
};

QString waveStatusName(WaveReport::Status status);

} // namespace bt

Q_DECLARE_METATYPE(bt::WaveReport)

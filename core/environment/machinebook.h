#pragma once

#include "problem.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace bt {

// One machine of the lab as the environment remembers it.
struct KnownMachine
{
    QString mac; // lower-case colon form; the key
    QString name; // the administrator's name for it; empty: none yet
    QString defaultOs; // this machine's default OS; empty: the environment's
    std::optional<int> timeout; // this machine's countdown; nothing: the environment's
    QString nextBoot; // boot this OS at once, without the menu, for one wave; then cleared
    QString hostname; // the DHCP host name it last sent (serve writes it)
    QDateTime lastSeen; // UTC; invalid: never seen (added by hand or by import)

    // Names the client may act on (default OS, countdown, next boot, name).
    bool hasClientSettings() const
    {
        return !name.isEmpty() || !defaultOs.isEmpty() || timeout || !nextBoot.isEmpty();
    }
    bool operator==(const KnownMachine &) const = default;
};

// machines.yaml beside Boottorrent.yaml: every machine that ever leased,
// with the administrator's name and per-machine boot choices. Optional: a
// missing file is an empty book. Made for people to edit: one line per
// machine, keys they add are kept on save. serve adds machines and updates
// last_seen; the app edits names and OS choices; both go through update(),
// which re-reads the file under a lock so that neither loses the other's
// change.
//
//   machines:
//     - {mac: "52:54:00:12:34:56", name: pc-01, default_os: debian, last_seen:
//     "2026-11-30T10:00:00Z"}
class MachineBook
{
public:
    static constexpr int MaxMachines = 4096;
    static constexpr int MaxNameLength = 63;
    static QString fileName(); // "machines.yaml"
    // <environmentDir>/machines.yaml, where an environment keeps its book.
    static QString pathIn(const QString &environmentDir);

    MachineBook();
    MachineBook(const MachineBook &);
    MachineBook &operator=(const MachineBook &);
    MachineBook(MachineBook &&) noexcept;
    MachineBook &operator=(MachineBook &&) noexcept;
    ~MachineBook();

    // Reads and checks the book in `file` (see pathIn()). osNames: the
    // environment's OSes, which default_os and next_boot must name (an empty
    // list skips that check). Any problem fails the load.
    static Result<MachineBook> load(const QString &file, const QStringList &osNames = {});

    // Every rule: MACs, unique names (which must not read as a MAC), OS
    // names, countdowns, the number of machines.
    Problems validate(const QStringList &osNames = {}) const;

    // Writes `file` atomically; nothing while validate() reports a problem.
    // Run as root (serve) in a folder that a user owns, the file stays the
    // user's.
    Problems save(const QString &file) const;

    // Loads, applies change, checks (against osNames too) and saves, all
    // under a lock file beside `file`. change returns false to write nothing.
    static Problems update(const QString &file, const QStringList &osNames,
        const std::function<bool(MachineBook &)> &change);

    // In file order.
    const QList<KnownMachine> &machines() const;
    const KnownMachine *find(const QString &mac) const;
    // By name, case-insensitively, or by MAC in any accepted form.
    const KnownMachine *findByNameOrMac(const QString &nameOrMac) const;
    // Whether `mac` may be called `name`: a valid name that no other
    // machine has (in any case).
    bool nameIsFree(const QString &name, const QString &mac) const;
    // Adds the machine at the end, or replaces the one with its MAC in place.
    void put(const KnownMachine &machine);
    bool remove(const QString &mac);

    // A CSV of mac,name,default_os (a header line of those words is
    // optional; fields may be quoted). Problems name `file` and the line.
    static Result<QList<KnownMachine>> parseCsv(const QByteArray &text, const QString &file);
    // Sets name and default_os of the listed machines (adding unknown ones);
    // an empty field clears the value.
    void import(const QList<KnownMachine> &rows);
    QByteArray toCsv() const;

    // The section the client reads in its Boottorrent.yaml: machines with a
    // name or boot choices, keyed by MAC. Empty when there are none.
    //   machines:
    //     "52:54:00:12:34:56": {name: pc-01, default_os: debian, next_boot: freedos}
    QByteArray clientSection() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace bt

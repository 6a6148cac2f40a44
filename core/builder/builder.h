#pragma once

#include "environment/environment.h"
#include "torrentmaker.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace bt {

struct BuiltTorrent
{
    QString name; // OS folder name, or "qemu-runtime"
    QString infoHashHex;
    qint64 totalSize = 0;
    int pieceCount = 0;
};

struct BuildReport
{
    QString outDir; // absolute path of the new out/
    QStringList warnings; // e.g. Phase-1 kernel missing: built, but clients cannot boot yet
    QList<BuiltTorrent> torrents;
};

// Writes <env>/out/ from an environment (layout: DESIGN.md §2). Everything
// is written into a temporary sibling folder, which replaces out/ only when
// every step succeeded, so a failed build keeps the last good out/ serving.
class Builder
{
public:
    struct Options
    {
        QString phase1Dir; // empty: Phase1Files::locate()
        int threads = 0; // hashing threads; 0: every core
        // Appended to the Phase-1 kernel command line in pxelinux.cfg, e.g.
        // "bt.headless" for a virtual lab whose consoles are serial ports.
        // Part of the fingerprint, so a build with other arguments is stale.
        QString clientKernelArgs;
    };

    // step: a short name in the user's language ("Hashing debian", "Packing torrents.gz", ...);
    // done/total: bytes or units of the whole build, so done/total is the
    // overall fraction. Called on the building thread.
    using Progress = std::function<void(const QString &step, qint64 done, qint64 total)>;

    static Result<BuildReport> build(const Environment &env, const Options &options,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // True when out/ is missing or was built from other inputs (settings,
    // OS files, Phase-1 files, BootTorrent version) than the current ones.
    static bool isStale(const Environment &env, const Options &options);

    static QString outDir(const Environment &env);

    // The folders the seeder seeds, by torrent name, as the last build wrote
    // them.
    static Result<QHash<QString, QString>> seededFolders(const Environment &env);

    // What the web seed serves: each seeded folder with exactly the files its
    // built torrent lists (paths inside the folder), by torrent name.
    struct SeededTorrent
    {
        QString folder;
        TorrentMaker::Layout layout; // its files, and how its pieces lie over them
    };
    static Result<QHash<QString, SeededTorrent>> seededTorrents(const Environment &env);
};

} // namespace bt

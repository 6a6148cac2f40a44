#pragma once

#include "environment/environment.h"
#include "environment/machinebook.h"

#include <QByteArray>
#include <QString>

namespace bt {

// The Boottorrent.yaml a client reads from torrents.gz: the environment's,
// with the machine book's per-machine choices (MachineBook::clientSection).
QByteArray clientSettingsYaml(const Environment &env, const MachineBook &book);

// Brings a built out/ up to date with a changed machine book while serving:
// rewrites out/torrents/Boottorrent.yaml and repacks torrents.gz (each
// replaced atomically, so a client fetching it gets the old or the new one).
// changed: whether anything was rewritten.
Problems refreshClientMachines(const QString &outDir, const Environment &env,
    const MachineBook &book, bool *changed = nullptr);

} // namespace bt

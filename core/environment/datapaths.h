#pragma once

#include <QString>

namespace bt {

// Where BootTorrent's own files are, found from the running program: in an
// installation (prefix/bin/boottorrent beside prefix/lib/boottorrent and
// prefix/share/boottorrent) or in a build folder (app/boottorrent beside
// phase1/, lab/ and client-tui/app/bttui). One lookup for every kind,
// each overridable by an environment variable; empty when nothing is there.
namespace DataPaths {

// The Phase-1 system: kernel, rootfs.gz, diff.gz, the loaders.
// BOOTTORRENT_PHASE1_DIR; prefix/lib/boottorrent/phase1; build/phase1.
QString phase1Dir();
// bttui, the client program. prefix/lib/boottorrent/bttui; build/client-tui/app/bttui.
QString clientProgram();
// The virtual lab's client scripts. BOOTTORRENT_LAB_DIR;
// prefix/share/boottorrent/lab; build/lab.
QString labScriptsDir();

} // namespace DataPaths

} // namespace bt

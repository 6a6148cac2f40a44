#pragma once

#include <QString>
#include <QStringList>

namespace bt {

// Where the Phase-1 boot files (the client's first-stage Linux and its
// loaders) are found, and which of them are there.
class Phase1Files
{
public:
    // Files a BIOS client needs over TFTP, in the order it fetches them.
    static QStringList required();
    // Every file copied into out/dnsmasq/ph1 when found: BIOS loaders, UEFI
    // loaders (shim → signed GRUB for Secure Boot, syslinux.efi), kernel and
    // initrds.
    static QStringList served();
    // Those of served() whose absence costs only one firmware path.
    static QStringList optional();
    // Files produced by the Phase-1 builder rather than shipped by Debian.
    static QStringList builtByPhase1Builder();

    // Search order: explicit folder, $BOOTTORRENT_PHASE1_DIR,
    // <exe>/../share/boottorrent/phase1, <exe>/../phase1 (the build tree).
    static QString locate(const QString &explicitDir = {});

    // Where a file is taken from: the Phase-1 folder first, then Debian's
    // pxelinux/syslinux-common for the loaders. Empty when not found.
    static QString sourceOf(const QString &fileName, const QString &phase1Dir);
};

} // namespace bt

#pragma once

#include <QString>
#include <QStringList>

namespace bt {

// The qemu command line of one lab virtual machine: software emulation,
// a network card on a tap device of the lab's bridge with iPXE as its boot
// ROM, booting from the network, its serial console written to a file.
struct VmCommand
{
    QString tap; // an existing tap device in qemu's network namespace
    QString mac;
    QString serialLog;
    QString pxeRom;
    int memoryMb = 512;
    bool kvm = false; // software emulation unless asked

    QStringList arguments() const;
};

} // namespace bt

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt {

// The firmware a lab virtual machine starts with.
enum class VmFirmware {
    Bios, // SeaBIOS, an e1000 card with iPXE as its boot ROM
    Uefi, // OVMF, Secure Boot off
    SecureBoot, // OVMF with Microsoft's keys enrolled, Secure Boot on
};

// "bios", "uefi", "secureboot": the names on the command line.
QString vmFirmwareName(VmFirmware firmware);
std::optional<VmFirmware> vmFirmwareFromName(const QString &name);
// "uefi,secureboot" → one per virtual machine in turn; empty on a bad name.
std::optional<QList<VmFirmware>> vmFirmwareList(const QString &commaSeparated);

// The qemu command line of one lab virtual machine: software emulation,
// a network card on a tap device of the lab's bridge, booting from the
// network, its serial console written to a file. BIOS machines boot through
// the iPXE ROM of an e1000 card; UEFI machines through OVMF's own network
// stack on a virtio card (OVMF does not network-boot with e1000's ROM, and
// an iPXE EFI ROM breaks shim's verification).
struct VmCommand
{
    QString tap; // an existing tap device in qemu's network namespace
    QString mac;
    QString serialLog;
    QString pxeRom; // BIOS only
    VmFirmware firmware = VmFirmware::Bios;
    QString firmwareCode; // UEFI: OVMF's code image (read-only)
    QString firmwareVars; // UEFI: this machine's own copy of OVMF's variables
    int memoryMb = 512;
    bool kvm = false; // software emulation unless asked

    QStringList arguments() const;
};

} // namespace bt

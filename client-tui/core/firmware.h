#pragma once

#include <string>

namespace bt::tui {

// How this client was started, as the running Phase-1 kernel sees it: BIOS,
// UEFI, or UEFI with Secure Boot. Under Secure Boot Debian's kernel locks
// itself down, and kexec must then go through kexec_file_load (`kexec -s`),
// which boots only kernels signed with a key the running kernel trusts.
struct Firmware
{
    enum class Kind { Bios, Uefi, UefiSecureBoot };

    Kind kind = Kind::Bios;
    bool lockedDown = false; // the kernel's lockdown is "integrity" or "confidentiality"

    // The wire name in the client's status reports (wire/clientfirmware.h): "bios", "uefi",
    // "uefi-secureboot".
    std::string name() const;

    // Reads <root>/sys/firmware/efi, the SecureBoot variable under
    // <root>/sys/firmware/efi/efivars and <root>/sys/kernel/security/lockdown.
    // root is empty on a client; tests give a folder that mimics it.
    static Firmware detect(const std::string &root = {});
};

} // namespace bt::tui

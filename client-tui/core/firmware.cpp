#include "firmware.h"

#include <wire/clientfirmware.h>

#include <fstream>
#include <iterator>
#include <sys/stat.h>

namespace bt::tui {

namespace {

bool isDirectory(const std::string &path)
{
    struct stat info
    {
    };
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::string readSmallFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string text;
    char buffer[256];
    in.read(buffer, sizeof buffer);
    text.assign(buffer, std::size_t(in.gcount()));
    return text;
}

// "none [integrity] confidentiality": the bracketed mode is the active one.
bool lockdownActive(const std::string &text)
{
    const auto open = text.find('[');
    const auto close = text.find(']', open);
    if (open == std::string::npos || close == std::string::npos)
        return false;
    return text.substr(open + 1, close - open - 1) != "none";
}

} // namespace

std::string Firmware::name() const
{
    switch (kind) {
    case Kind::Bios:
        return std::string(wire::firmware::Bios);
    case Kind::Uefi:
        return std::string(wire::firmware::Uefi);
    case Kind::UefiSecureBoot:
        return std::string(wire::firmware::UefiSecureBoot);
    }
    return std::string(wire::firmware::Bios);
}

Firmware Firmware::detect(const std::string &root)
{
    Firmware firmware;
    firmware.lockedDown = lockdownActive(readSmallFile(root + "/sys/kernel/security/lockdown"));
    if (!isDirectory(root + "/sys/firmware/efi"))
        return firmware;
    firmware.kind = Kind::Uefi;
    // The variable is 4 bytes of attributes, then 1 when Secure Boot is on.
    // Without efivarfs, Debian's kernel under Secure Boot is locked down.
    const std::string secureBoot = readSmallFile(
        root + "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c");
    const bool on = secureBoot.size() >= 5 ? secureBoot[4] == 1 : firmware.lockedDown;
    if (on)
        firmware.kind = Kind::UefiSecureBoot;
    return firmware;
}

} // namespace bt::tui

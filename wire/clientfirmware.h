#pragma once

#include <string_view>

// The firmware a lab machine boots with, as the status report's "firmware"
// names it. Only the client's own report from Phase-1 tells whether Secure
// Boot is on; the host's DHCP log tells BIOS from UEFI.
namespace bt::wire::firmware {

inline constexpr std::string_view Bios = "bios";
inline constexpr std::string_view Uefi = "uefi";
inline constexpr std::string_view UefiSecureBoot = "uefi-secureboot";

constexpr bool isName(std::string_view text)
{
    return text == Bios || text == Uefi || text == UefiSecureBoot;
}

} // namespace bt::wire::firmware

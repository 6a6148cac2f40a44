#pragma once

#include <wire/clientfirmware.h>

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace bt {

// The firmware a lab machine boots with, in its wire form: "bios", "uefi",
// "uefi-secureboot", or empty while unknown. The PXE ROM's DHCP request tells
// BIOS from UEFI (its client architecture); only the client's own report
// from Phase-1 tells whether Secure Boot is on.
namespace ClientFirmware {

inline const QString Bios
    = QLatin1StringView(wire::firmware::Bios.data(), wire::firmware::Bios.size());
inline const QString Uefi
    = QLatin1StringView(wire::firmware::Uefi.data(), wire::firmware::Uefi.size());
inline const QString UefiSecureBoot = QLatin1StringView(
    wire::firmware::UefiSecureBoot.data(), wire::firmware::UefiSecureBoot.size());

bool isName(QStringView text);

// From the vendor class a PXE ROM sends, "PXEClient:Arch:00007:UNDI:003016":
// architecture 0 is BIOS, 6, 7 and 9 are UEFI (RFC 4578); empty otherwise.
QString fromVendorClass(QStringView vendorClass);

// What a newer observation makes of the one kept: a DHCP request that says
// "uefi" does not undo a client's own "uefi-secureboot".
QString merged(const QString &kept, const QString &observed, bool fromClient);

} // namespace ClientFirmware

} // namespace bt

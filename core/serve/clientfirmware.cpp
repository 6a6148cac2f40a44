#include "clientfirmware.h"

namespace bt::ClientFirmware {

bool isName(QStringView text) { return text == Bios || text == Uefi || text == UefiSecureBoot; }

QString fromVendorClass(QStringView vendorClass)
{
    static const QLatin1String prefix("PXEClient:Arch:");
    if (!vendorClass.startsWith(prefix))
        return {};
    bool ok = false;
    const int arch = vendorClass.mid(prefix.size(), 5).toInt(&ok);
    if (!ok)
        return {};
    if (arch == 0)
        return Bios;
    if (arch == 6 || arch == 7 || arch == 9)
        return Uefi;
    return {};
}

QString merged(const QString &kept, const QString &observed, bool fromClient)
{
    if (observed.isEmpty())
        return kept;
    if (!fromClient && observed == Uefi && kept == UefiSecureBoot)
        return kept;
    return observed;
}

} // namespace bt::ClientFirmware

#include "vmcommand.h"

namespace bt {

QStringList VmCommand::arguments() const
{
    return {
        QStringLiteral("-accel"),
        kvm ? QStringLiteral("kvm") : QStringLiteral("tcg"),
        QStringLiteral("-m"),
        QString::number(memoryMb),
        QStringLiteral("-display"),
        QStringLiteral("none"),
        QStringLiteral("-monitor"),
        QStringLiteral("none"),
        QStringLiteral("-serial"),
        QStringLiteral("file:") + serialLog,
        QStringLiteral("-boot"),
        QStringLiteral("order=n"),
        QStringLiteral("-netdev"),
        QStringLiteral("tap,id=lan,ifname=%1,script=no,downscript=no").arg(tap),
        QStringLiteral("-device"),
        QStringLiteral("e1000,netdev=lan,mac=%1,romfile=%2").arg(mac, pxeRom),
    };
}

} // namespace bt

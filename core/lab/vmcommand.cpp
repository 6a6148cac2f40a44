#include "vmcommand.h"

namespace bt {

namespace {

// qemu's option syntax reads a comma as the next key: a path doubles them.
QString optionValue(const QString &path)
{
    QString escaped = path;
    return escaped.replace(QLatin1Char(','), QStringLiteral(",,"));
}

} // namespace

QString vmFirmwareName(VmFirmware firmware)
{
    switch (firmware) {
    case VmFirmware::Bios:
        return QStringLiteral("bios");
    case VmFirmware::Uefi:
        return QStringLiteral("uefi");
    case VmFirmware::SecureBoot:
        return QStringLiteral("secureboot");
    }
    return QStringLiteral("bios");
}

std::optional<VmFirmware> vmFirmwareFromName(const QString &name)
{
    for (VmFirmware firmware : { VmFirmware::Bios, VmFirmware::Uefi, VmFirmware::SecureBoot }) {
        if (vmFirmwareName(firmware) == name)
            return firmware;
    }
    return std::nullopt;
}

std::optional<QList<VmFirmware>> vmFirmwareList(const QString &commaSeparated)
{
    QList<VmFirmware> list;
    for (const QString &name : commaSeparated.split(QLatin1Char(','))) {
        const std::optional<VmFirmware> firmware = vmFirmwareFromName(name.trimmed());
        if (!firmware)
            return std::nullopt;
        list << *firmware;
    }
    return list;
}

QStringList VmCommand::arguments() const
{
    QStringList args {
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
        QStringLiteral("-netdev"),
        QStringLiteral("tap,id=lan,ifname=%1,script=no,downscript=no").arg(tap),
    };
    if (firmware == VmFirmware::Bios) {
        args << QStringLiteral("-boot") << QStringLiteral("order=n") << QStringLiteral("-device")
             << QStringLiteral("e1000,netdev=lan,mac=%1,romfile=%2").arg(mac, optionValue(pxeRom));
        return args;
    }
    // OVMF's Secure Boot build needs SMM and a flash it alone may write.
    if (firmware == VmFirmware::SecureBoot)
        args << QStringLiteral("-machine") << QStringLiteral("q35,smm=on")
             << QStringLiteral("-global")
             << QStringLiteral("driver=cfi.pflash01,property=secure,value=on");
    else
        args << QStringLiteral("-machine") << QStringLiteral("q35");
    args << QStringLiteral("-drive")
         << QStringLiteral("if=pflash,format=raw,unit=0,readonly=on,file=%1")
                .arg(optionValue(firmwareCode))
         << QStringLiteral("-drive")
         << QStringLiteral("if=pflash,format=raw,unit=1,file=%1").arg(optionValue(firmwareVars))
         << QStringLiteral("-device")
         << QStringLiteral("virtio-net-pci,netdev=lan,mac=%1,romfile=,bootindex=1").arg(mac);
    return args;
}

} // namespace bt

#include "labprograms.h"

#include "environment/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bt {

namespace {

QString firstExisting(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile())
            return info.canonicalFilePath();
    }
    return {};
}

QString onPath(const QString &name, const QStringList &extra = {})
{
    const QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(name, extra);
}

} // namespace

Result<LabPrograms> LabPrograms::locate(
    const LabPrograms &given, const QList<VmFirmware> &firmwares, bool siteDhcp)
{
    const bool needVms = !firmwares.isEmpty();
    const bool needBios = firmwares.contains(VmFirmware::Bios);
    const bool needUefi = firmwares.contains(VmFirmware::Uefi);
    const bool needSecureBoot = firmwares.contains(VmFirmware::SecureBoot);
    LabPrograms p = given;
    const QString exeDir = QCoreApplication::applicationDirPath();
    // The program itself: beside this one (an installation, or app/ of a
    // build folder), or app/ when this is a test of the build folder.
    const QString root = exeDir + QStringLiteral("/..");
    if (p.boottorrent.isEmpty()) {
        p.boottorrent = firstExisting(
            { exeDir + QStringLiteral("/boottorrent"), root + QStringLiteral("/app/boottorrent") });
        if (p.boottorrent.isEmpty())
            p.boottorrent = onPath(QStringLiteral("boottorrent"));
    }
    if (p.bttui.isEmpty()) {
        p.bttui = DataPaths::clientProgram();
        if (p.bttui.isEmpty())
            p.bttui = onPath(QStringLiteral("bttui"));
    }
    if (p.clientScript.isEmpty() && !DataPaths::labScriptsDir().isEmpty())
        p.clientScript = firstExisting(
            { DataPaths::labScriptsDir() + QStringLiteral("/simulated-client.sh") });
    const QStringList sbin { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") };
    if (p.ip.isEmpty())
        p.ip = onPath(QStringLiteral("ip"), sbin);
    if (p.curl.isEmpty())
        p.curl = onPath(QStringLiteral("curl"));
    if (siteDhcp && p.dnsmasq.isEmpty())
        p.dnsmasq = onPath(QStringLiteral("dnsmasq"), sbin);
    if (needVms && p.qemu.isEmpty())
        p.qemu = onPath(QStringLiteral("qemu-system-x86_64"));
    const QString ovmf = QStringLiteral("/usr/share/OVMF/");
    if (needUefi && p.ovmfCode.isEmpty())
        p.ovmfCode = firstExisting({ ovmf + QStringLiteral("OVMF_CODE_4M.fd") });
    if (needUefi && p.ovmfVars.isEmpty())
        p.ovmfVars = firstExisting({ ovmf + QStringLiteral("OVMF_VARS_4M.fd") });
    if (needSecureBoot && p.ovmfSecureCode.isEmpty())
        p.ovmfSecureCode = firstExisting({ ovmf + QStringLiteral("OVMF_CODE_4M.secboot.fd") });
    if (needSecureBoot && p.ovmfSecureVars.isEmpty())
        p.ovmfSecureVars = firstExisting({ ovmf + QStringLiteral("OVMF_VARS_4M.ms.fd") });
    if (needBios && p.pxeRom.isEmpty())
        p.pxeRom = firstExisting({ QStringLiteral("/usr/lib/ipxe/qemu/pxe-e1000.rom"),
            QStringLiteral("/usr/share/qemu/pxe-e1000.rom") });

    Problems problems;
    auto require = [&problems](const QString &value, const QString &what) {
        if (value.isEmpty())
            problems << Problem { {}, {}, QStringLiteral("%1 not found").arg(what) };
    };
    require(p.boottorrent, QStringLiteral("the boottorrent program"));
    require(p.bttui, QStringLiteral("bttui (build the client-tui target)"));
    require(p.clientScript, QStringLiteral("simulated-client.sh (build the btlab target)"));
    require(p.ip, QStringLiteral("ip (package iproute2)"));
    require(p.curl, QStringLiteral("curl (package curl)"));
    if (siteDhcp)
        require(p.dnsmasq, QStringLiteral("dnsmasq (package dnsmasq-base)"));
    if (needVms) {
        require(p.qemu, QStringLiteral("qemu-system-x86_64 (package qemu-system-x86)"));
        if (needBios)
            require(p.pxeRom, QStringLiteral("the iPXE ROM pxe-e1000.rom (package ipxe-qemu)"));
        if (needUefi) {
            require(p.ovmfCode, QStringLiteral("OVMF_CODE_4M.fd (package ovmf)"));
            require(p.ovmfVars, QStringLiteral("OVMF_VARS_4M.fd (package ovmf)"));
        }
        if (needSecureBoot) {
            require(p.ovmfSecureCode, QStringLiteral("OVMF_CODE_4M.secboot.fd (package ovmf)"));
            require(p.ovmfSecureVars, QStringLiteral("OVMF_VARS_4M.ms.fd (package ovmf)"));
        }
    }
    if (!problems.isEmpty())
        return problems;
    return p;
}

} // namespace bt

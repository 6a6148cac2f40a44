#pragma once

#include "environment/result.h"
#include "vmcommand.h"

#include <QString>

namespace bt {

// The programs and files a virtual lab runs. Empty fields are looked up:
// next to the running executable (the build tree or an installation), then
// on PATH.
struct LabPrograms
{
    QString boottorrent; // runs `serve` inside the host namespace
    QString bttui; // the client, for simulated clients
    QString clientScript; // simulated-client.sh (its pxe-dhcp.py beside it)
    QString ip;
    QString curl; // reads the status endpoint inside the namespace
    QString dnsmasq; // only for a lab with the site's own DHCP server
    QString qemu; // only for virtual machines
    QString pxeRom; // iPXE ROM for the virtual machines' e1000 card
    // OVMF (package ovmf): code and variable templates, without and with
    // Secure Boot (Microsoft's keys enrolled).
    QString ovmfCode;
    QString ovmfVars;
    QString ovmfSecureCode;
    QString ovmfSecureVars;

    // Fills the empty fields that the lab's machines need (`firmwares`: one
    // per virtual machine; `siteDhcp`: a site DHCP server runs beside
    // BootTorrent); a problem names each one that is missing.
    static Result<LabPrograms> locate(
        const LabPrograms &given, const QList<VmFirmware> &firmwares, bool siteDhcp = false);
};

} // namespace bt

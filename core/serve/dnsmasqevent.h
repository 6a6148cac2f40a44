#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace bt {

// One thing dnsmasq reported about a machine, as read from its log.
struct DnsmasqEvent
{
    enum class Kind {
        Discover, // DHCPDISCOVER: a machine asks for an address
        Offer, // DHCPOFFER
        Request, // DHCPREQUEST
        Ack, // DHCPACK: the machine holds a lease now
        Nak, // DHCPNAK
        Pxe, // proxyDHCP / PXE boot-server answer (ip empty for the first, "proxy" one)
        TftpSent, // a file went out completely over TFTP
        TftpError, // a TFTP transfer failed or the client aborted it
        VendorClass, // log-dhcp detail line; DnsmasqLogReader folds it into `pxe`
    };

    Kind kind = Kind::Discover;
    QDateTime time;
    std::optional<quint32> xid; // DHCP transaction id; present only with log-dhcp
    QString interface; // "br0" in DHCPACK(br0)
    QString mac; // lower-case colon form; empty for TFTP events
    QString ip;
    QString hostname; // DHCPACK only, when the client sent one
    QString file; // TFTP: base name of the file, e.g. "pxelinux.0"
    QString detail; // NAK reason, TFTP error text, vendor class, "proxy"
    // True when the same DHCP transaction carried the PXEClient vendor class,
    // i.e. a PXE ROM (not an installed OS) is asking: the machine rebooted.
    bool pxe = false;
    // From the PXE ROM's client architecture in that transaction:
    // ClientFirmware::Bios or ::Uefi; empty when not told.
    QString firmware;

    bool isDhcp() const { return kind <= Kind::Pxe; }
};

} // namespace bt

#pragma once

#include "environment/problem.h"
#include "preflightinput.h"

#include <QStringList>

namespace bt {

// Checks, before anything starts, what would make a service fail: missing
// programs, the lab interface and its address, ports already taken,
// privileges for DHCP/TFTP. Each problem is one sentence that says what to
// do; problems about a setting name Boottorrent.yaml and its key.
// Ports are tested by binding them the way the daemons do (SO_REUSEADDR;
// dnsmasq's DHCP socket also SO_REUSEPORT) and closing them at once.
class Preflight
{
public:
    static Problems run(const PreflightInput &input);

    static Problems checkPrograms(const QStringList &programs);
    static Problems checkInterface(const QString &interface, const QString &hostIp);
    static Problems checkPrivileges(const PreflightInput &input);
    static Problems checkPorts(const PreflightInput &input);

    // Absolute path of a program: PATH first, then the sbin folders that a
    // user's PATH often lacks (dnsmasq lives in /usr/sbin). Empty if absent.
    static QString findProgram(const QString &program);
    // The Debian package that provides a program ("aria2c" -> "aria2").
    static QString packageOf(const QString &program);
};

} // namespace bt

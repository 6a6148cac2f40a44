#pragma once

#include "environment/environment.h"

namespace bt {

// The rules for Boottorrent.yaml's values; osNames are the OS folders the
// environment knows (default_os must name one of them).
Problems checkSettings(const BootSettings &boot, const DnsmasqSettings &dnsmasq,
    const OpentrackerSettings &opentracker, const ClientSettings &client,
    const Aria2Settings &aria2, const AlertSettings &alerts, const QStringList &osNames);

} // namespace bt

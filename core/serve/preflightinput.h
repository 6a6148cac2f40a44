#pragma once

#include <QString>
#include <QStringList>

namespace bt {

class Environment;

// What Preflight checks: the host's side of an environment.
struct PreflightInput
{
    QString interface; // dnsmasq.interface; empty: any interface may carry hostIp
    QString hostIp; // boottorrent.host_ip
    bool dhcp = true; // dnsmasq.enable_dhcp
    bool tftp = true; // dnsmasq.enable_tftp
    bool tracker = true; // opentracker.enable
    int trackerPort = 10001; // opentracker.port, TCP and UDP on hostIp
    int aria2ListenPort = 6881; // aria2.listen_port, TCP on every address
    int aria2RpcPort = 6800; // aria2.rpc_port, TCP on 127.0.0.1
    int statusPort = 8290; // boottorrent.status_port, TCP on hostIp
    int webSeedPort = 0; // boottorrent.web_seed_port, TCP on hostIp; 0: no web seed
    QStringList programs; // "dnsmasq", "aria2c", "opentracker"

    // The settings of an environment and the programs it will run:
    // dnsmasq when DHCP or TFTP is on, aria2c always, opentracker when enabled.
    // Defined in its own file: it is the only part that needs the environment model.
    static PreflightInput fromEnvironment(const Environment &environment);
};

} // namespace bt

#include "preflightinput.h"

#include "environment/environment.h"

namespace bt {

PreflightInput PreflightInput::fromEnvironment(const Environment &environment)
{
    PreflightInput input;
    input.interface = environment.dnsmasq().interface;
    input.hostIp = environment.boot().hostIp;
    input.dhcp = environment.dnsmasq().enableDhcp;
    input.tftp = environment.dnsmasq().enableTftp;
    input.tracker = environment.opentracker().enable;
    input.trackerPort = environment.opentracker().port;
    input.aria2ListenPort = environment.aria2().listenPort;
    input.aria2RpcPort = environment.aria2().rpcPort;
    input.statusPort = environment.boot().statusPort;
    input.webSeedPort = environment.boot().webSeedPort;
    if (input.dhcp || input.tftp)
        input.programs << QStringLiteral("dnsmasq");
    input.programs << QStringLiteral("aria2c");
    if (input.tracker)
        input.programs << QStringLiteral("opentracker");
    return input;
}

} // namespace bt

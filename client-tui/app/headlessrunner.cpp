#include "headlessrunner.h"

#include "bootflow.h"
#include "bootlauncher.h"
#include "configloader.h"
#include "firmware.h"
#include "networkidentity.h"
#include "statusreporter.h"

#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace bt::tui {

namespace {

void logLine(const std::string &line)
{
    std::printf("bttui: %s\n", line.c_str());
    std::fflush(stdout);
}

} // namespace

HeadlessRunner::HeadlessRunner(CommandLine line)
    : m_line(std::move(line))
{
}

int HeadlessRunner::run()
{
    Outcome<ClientConfig> config = ConfigLoader::load(m_line.root);
    if (!config) {
        std::fprintf(stderr, "bttui: %s\n", config.error().c_str());
        return 2;
    }
    const NetworkIdentity identity = NetworkIdentity::detect();
    config.value().applyMachine(identity.mac);
    const ClientSettings &settings = config->settings;
    // --os is the operator's word on this console; next_boot the host's for this machine.
    std::string osName = !m_line.os.empty() ? m_line.os
        : !settings.nextBoot.empty()        ? settings.nextBoot
                                            : settings.defaultOs;
    if (osName.empty()) {
        std::fprintf(stderr,
            "bttui: %s/Boottorrent.yaml: boottorrent.default_os: missing, and no --os given\n",
            m_line.root.c_str());
        return 2;
    }
    if (!config->find(osName)) {
        std::fprintf(stderr, "bttui: %s/configs.yaml: no OS named '%s'\n", m_line.root.c_str(),
            osName.c_str());
        return 2;
    }

    logLine("client " + (identity.ip.empty() ? std::string("without IPv4 address") : identity.ip)
        + " mac " + (identity.mac.empty() ? std::string("unknown") : identity.mac) + ", host "
        + config->settings.hostIp);
    if (!settings.machineName.empty())
        logLine("machine " + settings.machineName);
    if (m_line.os.empty() && !settings.nextBoot.empty())
        logLine("next boot " + settings.nextBoot + ", set by the host for this machine");
    StatusReporter reporter(
        Ipv4Address::parse(config->settings.hostIp), config->settings.statusPort, identity.mac);
    const Firmware firmware = Firmware::detect();
    reporter.setFirmware(firmware.name());
    logLine("firmware " + firmware.name()
        + (firmware.lockedDown ? " (kernel locked down: kexec boots signed kernels only)" : ""));
    reporter.report(
        StatusReport { std::string(wire::stateName(wire::ClientState::Phase1Up)), "", 0, "" });
    logLine("state phase1-up");

    BootFlow::Options options;
    options.btfetch = m_line.btfetch;
    options.limits.stall = std::chrono::seconds(m_line.stallSeconds);
    options.kvmAvailable = ::access("/dev/kvm", F_OK) == 0;
    options.lockedDown = firmware.lockedDown;
    BootFlow flow(config.value(), options, reporter, logLine);
    flow.start(osName);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::hours(24);
    while (std::chrono::steady_clock::now() < deadline) {
        flow.poll();
        switch (flow.phase()) {
        case BootFlow::Phase::Failed:
            reporter.flush(std::chrono::milliseconds(2000));
            return 1;
        case BootFlow::Phase::ReadyToBoot:
            if (m_line.dryRun) {
                flow.report(wire::ClientState::Booting, 100, flow.plan().describe());
                flow.cancel();
                reporter.flush(std::chrono::milliseconds(2000));
                logLine("boot command:");
                std::printf("%s\n", flow.plan().describe().c_str());
                return 0;
            } else {
                logLine("booting: " + flow.plan().describe());
                BootLauncher::prepare(flow);
                const std::string why = BootLauncher::launch(flow, { [] {}, [] {} });
                return why.empty() ? 0 : 1;
            }
        default:
            break;
        }
        // The engine is asked as soon as btfetch renames a new status file into place, and ten
        // times a second anyway: the boot follows the end of the download at once.
        flow.waitForNews(std::chrono::milliseconds(100));
    }
    flow.fail("gave up after 24 hours");
    return 1;
}

} // namespace bt::tui

#include "configloader.h"
#include "tuitest.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace bt::tui;

namespace {

const std::string root = "/torrents";

const char *goodSettings
    = R"(boottorrent: {version: 0, timeout: 30, default_os: linux, seed_time: 45, host_ip: 192.168.1.1}
dnsmasq: {enable_dhcp: true, interface: eth0}
opentracker: {enable: true, port: 10001}
aria2: {bt_enable_lpd: true, enable_peer_exchange: false, console_log_level: warn}
)";

const char *goodConfigs
    = R"(linux: {dispname: "Debian 12", method: kexec, kernel: vmlinuz, initrd: initrd.img, cmdline: "quiet"}
freedos: {dispname: FreeDOS, method: bin-qemu-x86_64, args: "-fda odin1440.img", display: none}
memtest: {dispname: Memtest, method: bin, bin: hello, binargs: ""}
)";

std::string errorOf(const std::string &settings, const std::string &configs)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(settings, configs, root);
    CHECK(!config);
    return config.error();
}

const std::string ownMac = "52:54:00:12:34:56";

std::string withMachines(const std::string &machines)
{
    return std::string(goodSettings) + "machines:\n" + machines;
}

ClientConfig loadedFor(const std::string &settings, const std::string &mac)
{
    Outcome<ClientConfig> config = ConfigLoader::parse(settings, goodConfigs, root);
    if (!config)
        throw tuitest::Failure { "   unexpected error: " + config.error() };
    config.value().applyMachine(mac);
    return config.value();
}

const std::string twoMachines = "  \"52:54:00:12:34:56\": {name: pc-01, default_os: freedos, "
                                "timeout: 10, next_boot: memtest}\n"
                                "  \"52:54:00:12:34:57\": {default_os: memtest}\n";

std::string machineError(const std::string &entries)
{
    return errorOf(withMachines(entries), goodConfigs);
}

// The error for this machine's entry with these fields.
std::string ownEntryError(const std::string &fields)
{
    return machineError("  \"" + ownMac + "\": " + fields + "\n");
}

// The settings of goodSettings, untouched by any machines entry.
void checkEnvironmentsOwn(const ClientSettings &s)
{
    CHECK_EQ(s.defaultOs, std::string("linux"));
    CHECK_EQ(s.timeout, 30);
    CHECK_EQ(s.machineName, std::string());
    CHECK_EQ(s.nextBoot, std::string());
}

std::string manyMachines(int count)
{
    std::string entries;
    for (int i = 0; i < count; ++i) {
        char mac[18];
        std::snprintf(mac, sizeof mac, "52:54:00:00:%02x:%02x", i / 256, i % 256);
        entries += std::string("  \"") + mac + "\": {default_os: memtest}\n";
    }
    return withMachines(entries);
}

} // namespace

TUI_TEST(readsEverySetting)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(goodSettings, goodConfigs, root);
    CHECK(config.ok());
    const ClientSettings &s = config->settings;
    CHECK_EQ(s.timeout, 30);
    CHECK_EQ(s.defaultOs, std::string("linux"));
    CHECK_EQ(s.seedTime, 45);
    CHECK_EQ(s.hostIp, std::string("192.168.1.1"));
    CHECK_EQ(s.trackerPort, 10001);
    CHECK_EQ(s.trackerEnabled, true);
    CHECK_EQ(s.btEnableLpd, true);
    CHECK_EQ(s.enablePeerExchange, false);
    CHECK_EQ(s.consoleLogLevel, std::string("warn"));
}

TUI_TEST(keepsTheOrderOfConfigsYaml)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(goodSettings, goodConfigs, root);
    CHECK(config.ok());
    CHECK_EQ(config->oss.size(), std::size_t(3));
    CHECK_EQ(config->oss[0].name, std::string("linux"));
    CHECK_EQ(config->oss[0].dispname, std::string("Debian 12"));
    CHECK_EQ(config->oss[1].name, std::string("freedos"));
    CHECK_EQ(config->oss[2].name, std::string("memtest"));
    CHECK_EQ(config->oss[0].initrd, std::string("initrd.img"));
    CHECK_EQ(config->oss[2].bin, std::string("hello"));
}

TUI_TEST(appliesDefaultsForOptionalKeys)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(
        "boottorrent: {host_ip: 10.0.0.1}\n", "linux: {method: kexec, kernel: vmlinuz}\n", root);
    CHECK(config.ok());
    CHECK_EQ(config->settings.statusPort, 8290);
    CHECK_EQ(config->settings.timeout, 30);
    CHECK_EQ(config->settings.defaultOs, std::string());
    CHECK_EQ(config->oss[0].dispname, std::string("linux"));
    CHECK_EQ(config->oss[0].display, std::string("curses"));
}

TUI_TEST(readsStatusPortAndDisplay)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(
        "boottorrent: {host_ip: 10.0.0.1, status_port: 9000}\n", goodConfigs, root);
    CHECK(config.ok());
    CHECK_EQ(config->settings.statusPort, 9000);
    CHECK_EQ(config->find("freedos")->display, std::string("none"));
}

TUI_TEST(namesFileAndKeyOfMissingHostIp)
{
    const std::string error = errorOf("boottorrent: {timeout: 5}\n", goodConfigs);
    CHECK_CONTAINS(error, "/torrents/Boottorrent.yaml");
    CHECK_CONTAINS(error, "boottorrent.host_ip: missing");
}

TUI_TEST(rejectsHostNameForHostIp)
{
    const std::string error = errorOf("boottorrent: {host_ip: bthost.lab}\n", goodConfigs);
    CHECK_CONTAINS(error, "boottorrent.host_ip: expected a numeric IPv4 address");
}

TUI_TEST(rejectsMissingBoottorrentSection)
{
    CHECK_CONTAINS(errorOf("aria2: {bt_enable_lpd: false}\n", goodConfigs),
        "Boottorrent.yaml: boottorrent: missing");
}

TUI_TEST(reportsMalformedYamlWithLine)
{
    const std::string error = errorOf(goodSettings, "linux: {method: kexec\nfreedos: [\n");
    CHECK_CONTAINS(error, "/torrents/configs.yaml: malformed YAML at line");
}

TUI_TEST(rejectsTimeoutThatIsNoNumber)
{
    const std::string error
        = errorOf("boottorrent: {host_ip: 10.0.0.1, timeout: soon}\n", goodConfigs);
    CHECK_CONTAINS(error, "boottorrent.timeout: expected a whole number, got 'soon'");
}

TUI_TEST(rejectsUnknownMethodNamingTheOs)
{
    const std::string error = errorOf(goodSettings, "linux: {method: pxe}\n");
    CHECK_CONTAINS(
        error, "/torrents/configs.yaml: linux.method: expected kexec, bin-qemu-x86_64 or bin");
}

TUI_TEST(rejectsKexecWithoutKernel)
{
    CHECK_CONTAINS(errorOf(goodSettings, "linux: {method: kexec}\n"), "linux.kernel: missing");
}

TUI_TEST(rejectsBinWithoutProgram)
{
    CHECK_CONTAINS(errorOf(goodSettings, "memtest: {method: bin}\n"), "memtest.bin: missing");
}

TUI_TEST(rejectsDefaultOsThatIsNotConfigured)
{
    const std::string error
        = errorOf("boottorrent: {host_ip: 10.0.0.1, default_os: windows}\n", goodConfigs);
    CHECK_CONTAINS(error, "boottorrent.default_os: 'windows' is not an OS in configs.yaml");
}

TUI_TEST(rejectsBadBoolean)
{
    const std::string error
        = errorOf("boottorrent: {host_ip: 10.0.0.1}\naria2: {bt_enable_lpd: maybe}\n", goodConfigs);
    CHECK_CONTAINS(error, "aria2.bt_enable_lpd: expected true or false");
}

TUI_TEST(rejectsEmptyConfigs)
{
    CHECK_CONTAINS(errorOf(goodSettings, ""), "configs.yaml: expected a mapping");
}

TUI_TEST(rejectsFolderNameWithSlash)
{
    CHECK_CONTAINS(
        errorOf(goodSettings, "\"../etc\": {method: bin, bin: x}\n"), "not a usable folder name");
}

TUI_TEST(refusesAnAliasBomb)
{
    std::string bomb = "x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        std::string items;
        for (int i = 0; i < 9; ++i)
            items += std::string(i ? ", *" : "*") + char(level - 1);
        bomb += std::string("x") + level + ": &" + level + " [" + items + "]\n";
    }
    CHECK_CONTAINS(errorOf(goodSettings, bomb + "linux: {method: bin, bin: x}\n"), "too complex");
}

TUI_TEST(reportsMissingFileByPath)
{
    const std::string dir = std::filesystem::temp_directory_path()
        / ("tst_configloader_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/Boottorrent.yaml") << goodSettings;
    const Outcome<ClientConfig> config = ConfigLoader::load(dir);
    std::filesystem::remove_all(dir);
    CHECK(!config);
    CHECK_CONTAINS(config.error(), dir + "/configs.yaml: cannot read");
}

TUI_TEST(loadsFromRootFolder)
{
    const std::string dir = std::filesystem::temp_directory_path()
        / ("tst_configloader_ok_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/Boottorrent.yaml") << goodSettings;
    std::ofstream(dir + "/configs.yaml") << goodConfigs;
    const Outcome<ClientConfig> config = ConfigLoader::load(dir);
    std::filesystem::remove_all(dir);
    CHECK(config.ok());
    CHECK_EQ(config->torrentPath("linux"), dir + "/linux.torrent");
    CHECK_EQ(config->osDirectory(config->oss[0]), dir + "/linux");
}

TUI_TEST(appliesTheEntryOfThisMachine)
{
    const ClientSettings s = loadedFor(withMachines(twoMachines), ownMac).settings;
    CHECK_EQ(s.machineName, std::string("pc-01"));
    CHECK_EQ(s.defaultOs, std::string("freedos"));
    CHECK_EQ(s.timeout, 10);
    CHECK_EQ(s.nextBoot, std::string("memtest"));
    CHECK_EQ(s.seedTime, 45);
}

TUI_TEST(keepsTheEnvironmentsSettingsAnEntryLeavesOut)
{
    const ClientSettings s = loadedFor(withMachines(twoMachines), "52:54:00:12:34:57").settings;
    CHECK_EQ(s.defaultOs, std::string("memtest"));
    CHECK_EQ(s.timeout, 30);
    CHECK_EQ(s.nextBoot, std::string());
}

TUI_TEST(ignoresTheEntriesOfOtherMachines)
{
    checkEnvironmentsOwn(loadedFor(withMachines(twoMachines), "52:54:00:00:00:99").settings);
}

TUI_TEST(appliesNoEntryWhenTheMacIsUnknown)
{
    checkEnvironmentsOwn(loadedFor(withMachines(twoMachines), "").settings);
}

TUI_TEST(matchesMacKeysInAnyCase)
{
    const ClientSettings s
        = loadedFor(withMachines("  \"52:54:00:AB:cd:EF\": {default_os: memtest, timeout: -1}\n"),
            "52:54:00:ab:cd:ef")
              .settings;
    CHECK_EQ(s.defaultOs, std::string("memtest"));
    CHECK_EQ(s.timeout, -1);
}

TUI_TEST(ignoresUnknownKeysInAnEntry)
{
    const ClientSettings s = loadedFor(
        withMachines("  \"52:54:00:12:34:56\": {default_os: freedos, room: B12, wake: [1, 2]}\n"),
        ownMac)
                                 .settings;
    CHECK_EQ(s.defaultOs, std::string("freedos"));
}

TUI_TEST(acceptsAnEmptyMachinesSection)
{
    CHECK_EQ(loadedFor(std::string(goodSettings) + "machines:\n", ownMac).settings.defaultOs,
        std::string("linux"));
    CHECK_EQ(loadedFor(std::string(goodSettings) + "machines: {}\n", ownMac).machines.size(),
        std::size_t(0));
}

TUI_TEST(rejectsAKeyThatIsNoMac)
{
    for (const std::string key :
        { "pc-01", "52:54:00:12:34", "52-54-00-12-34-56", "52:54:00:12:34:5g" })
        CHECK_CONTAINS(machineError("  \"" + key + "\": {default_os: linux}\n"),
            "/torrents/Boottorrent.yaml: machines." + key + ": not a MAC address");
}

TUI_TEST(echoesNoControlCharactersOfABadKey)
{
    const std::string error = machineError("  \"\\e]2;owned\\a\": {default_os: linux}\n");
    CHECK_CONTAINS(error, "machines.?]2;owned?: not a MAC address");
    CHECK(error.find('\x1b') == std::string::npos);
}

TUI_TEST(rejectsTheSameMacTwice)
{
    CHECK_CONTAINS(machineError("  \"52:54:00:ab:cd:ef\": {}\n  \"52:54:00:AB:CD:EF\": {}\n"),
        "machines.52:54:00:AB:CD:EF: the same MAC as another entry (52:54:00:ab:cd:ef)");
}

TUI_TEST(rejectsAMachinesDefaultOsThatIsNotConfigured)
{
    CHECK_CONTAINS(ownEntryError("{default_os: windows}"),
        "/torrents/Boottorrent.yaml: machines.52:54:00:12:34:56.default_os: 'windows' is not an "
        "OS in configs.yaml");
}

TUI_TEST(rejectsANextBootThatIsNotConfigured)
{
    CHECK_CONTAINS(ownEntryError("{next_boot: dos622}"),
        "/torrents/Boottorrent.yaml: machines.52:54:00:12:34:56.next_boot: 'dos622' is not an "
        "OS in configs.yaml");
}

TUI_TEST(rejectsAMachineTimeoutOutOfRange)
{
    const std::pair<std::string, std::string> cases[] = {
        { "86401", "must be between -1 and 86400, got 86401" },
        { "-2", "must be between -1 and 86400, got -2" },
        { "soon", "expected a whole number, got 'soon'" },
    };
    for (const auto &[timeout, why] : cases)
        CHECK_CONTAINS(ownEntryError("{timeout: " + timeout + "}"),
            "machines.52:54:00:12:34:56.timeout: " + why);
}

TUI_TEST(acceptsUpTo4096Machines)
{
    const ClientConfig config = loadedFor(manyMachines(4096), "52:54:00:00:0f:ff");
    CHECK_EQ(config.machines.size(), std::size_t(4096));
    CHECK_EQ(config.settings.defaultOs, std::string("memtest"));
}

TUI_TEST(rejectsMoreThan4096Machines)
{
    CHECK_CONTAINS(errorOf(manyMachines(4097), goodConfigs),
        "/torrents/Boottorrent.yaml: machines: more than 4096 entries (4097)");
}

TUI_TEST(rejectsMachinesThatIsNoMapping)
{
    CHECK_CONTAINS(
        errorOf(std::string(goodSettings) + "machines: [\"52:54:00:12:34:56\"]\n", goodConfigs),
        "/torrents/Boottorrent.yaml: machines: expected a mapping");
    CHECK_CONTAINS(errorOf(std::string(goodSettings) + "machines: pc-01\n", goodConfigs),
        "/torrents/Boottorrent.yaml: machines: expected a mapping");
}

TUI_TEST(rejectsAnEntryThatIsNoMapping)
{
    CHECK_CONTAINS(ownEntryError("linux"), "machines.52:54:00:12:34:56: expected a mapping");
}

TUI_TEST(makesTheMachineNamePrintable)
{
    const ClientSettings s = loadedFor(
        withMachines("  \"52:54:00:12:34:56\": {name: \"pc\\e[2J-01\\x07 B\\xfcro\"}\n"), ownMac)
                                 .settings;
    CHECK_EQ(s.machineName, std::string("pc?[2J-01? B\xc3\xbcro"));
}

TUI_TEST(rejectsAMachineNameOfMoreThan63Characters)
{
    const std::string name63(63, 'x');
    CHECK_EQ(loadedFor(withMachines("  \"52:54:00:12:34:56\": {name: " + name63 + "}\n"), ownMac)
                 .settings.machineName,
        name63);
    CHECK_CONTAINS(ownEntryError("{name: " + name63 + "y}"),
        "machines.52:54:00:12:34:56.name: longer than 63 characters");
}

TUI_TEST_MAIN()

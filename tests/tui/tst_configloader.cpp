#include "configloader.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace bt::tui;
using ::testing::HasSubstr;

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
    EXPECT_FALSE(config);
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
    if (!config) {
        ADD_FAILURE() << "unexpected error: " << config.error();
        return {};
    }
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
    EXPECT_EQ(s.defaultOs, "linux");
    EXPECT_EQ(s.timeout, 30);
    EXPECT_EQ(s.machineName, std::string());
    EXPECT_EQ(s.nextBoot, std::string());
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

TEST(ConfigLoader, readsEverySetting)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(goodSettings, goodConfigs, root);
    ASSERT_TRUE(config.ok()) << config.error();
    const ClientSettings &s = config->settings;
    EXPECT_EQ(s.timeout, 30);
    EXPECT_EQ(s.defaultOs, "linux");
    EXPECT_EQ(s.seedTime, 45);
    EXPECT_EQ(s.hostIp, "192.168.1.1");
    EXPECT_EQ(s.trackerPort, 10001);
    EXPECT_EQ(s.trackerEnabled, true);
    EXPECT_EQ(s.localPeerDiscovery, true);
    EXPECT_EQ(s.peerExchange, false);
}

TEST(ConfigLoader, keepsTheOrderOfConfigsYaml)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(goodSettings, goodConfigs, root);
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config->oss.size(), std::size_t(3));
    EXPECT_EQ(config->oss[0].name, "linux");
    EXPECT_EQ(config->oss[0].dispname, "Debian 12");
    EXPECT_EQ(config->oss[1].name, "freedos");
    EXPECT_EQ(config->oss[2].name, "memtest");
    EXPECT_EQ(config->oss[0].initrd, "initrd.img");
    EXPECT_EQ(config->oss[2].bin, "hello");
}

TEST(ConfigLoader, appliesDefaultsForOptionalKeys)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(
        "boottorrent: {host_ip: 10.0.0.1}\n", "linux: {method: kexec, kernel: vmlinuz}\n", root);
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config->settings.statusPort, 8290);
    EXPECT_EQ(config->settings.timeout, 30);
    EXPECT_EQ(config->settings.defaultOs, std::string());
    EXPECT_EQ(config->oss[0].dispname, "linux");
    EXPECT_EQ(config->oss[0].display, "curses");
}

TEST(ConfigLoader, readsStatusPortAndDisplay)
{
    const Outcome<ClientConfig> config = ConfigLoader::parse(
        "boottorrent: {host_ip: 10.0.0.1, status_port: 9000}\n", goodConfigs, root);
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config->settings.statusPort, 9000);
    EXPECT_EQ(config->find("freedos")->display, "none");
}

TEST(ConfigLoader, namesFileAndKeyOfMissingHostIp)
{
    const std::string error = errorOf("boottorrent: {timeout: 5}\n", goodConfigs);
    EXPECT_THAT(error, HasSubstr("/torrents/Boottorrent.yaml"));
    EXPECT_THAT(error, HasSubstr("boottorrent.host_ip: missing"));
}

TEST(ConfigLoader, rejectsHostNameForHostIp)
{
    const std::string error = errorOf("boottorrent: {host_ip: bthost.lab}\n", goodConfigs);
    EXPECT_THAT(error, HasSubstr("boottorrent.host_ip: expected a numeric IPv4 address"));
}

TEST(ConfigLoader, rejectsMissingBoottorrentSection)
{
    EXPECT_THAT(errorOf("aria2: {bt_enable_lpd: false}\n", goodConfigs),
        HasSubstr("Boottorrent.yaml: boottorrent: missing"));
}

TEST(ConfigLoader, reportsMalformedYamlWithLine)
{
    const std::string error = errorOf(goodSettings, "linux: {method: kexec\nfreedos: [\n");
    EXPECT_THAT(error, HasSubstr("/torrents/configs.yaml: malformed YAML at line"));
}

TEST(ConfigLoader, rejectsTimeoutThatIsNoNumber)
{
    const std::string error
        = errorOf("boottorrent: {host_ip: 10.0.0.1, timeout: soon}\n", goodConfigs);
    EXPECT_THAT(error, HasSubstr("boottorrent.timeout: expected a whole number, got 'soon'"));
}

TEST(ConfigLoader, rejectsUnknownMethodNamingTheOs)
{
    const std::string error = errorOf(goodSettings, "linux: {method: pxe}\n");
    EXPECT_THAT(error,
        HasSubstr("/torrents/configs.yaml: linux.method: expected kexec, bin-qemu-x86_64 or bin"));
}

TEST(ConfigLoader, rejectsKexecWithoutKernel)
{
    EXPECT_THAT(
        errorOf(goodSettings, "linux: {method: kexec}\n"), HasSubstr("linux.kernel: missing"));
}

TEST(ConfigLoader, rejectsBinWithoutProgram)
{
    EXPECT_THAT(
        errorOf(goodSettings, "memtest: {method: bin}\n"), HasSubstr("memtest.bin: missing"));
}

TEST(ConfigLoader, rejectsDefaultOsThatIsNotConfigured)
{
    const std::string error
        = errorOf("boottorrent: {host_ip: 10.0.0.1, default_os: windows}\n", goodConfigs);
    EXPECT_THAT(error, HasSubstr("boottorrent.default_os: 'windows' is not an OS in configs.yaml"));
}

TEST(ConfigLoader, rejectsBadBoolean)
{
    const std::string error
        = errorOf("boottorrent: {host_ip: 10.0.0.1}\naria2: {bt_enable_lpd: maybe}\n", goodConfigs);
    EXPECT_THAT(error, HasSubstr("aria2.bt_enable_lpd: expected true or false"));
}

// The environment's settings with `sections` appended (client:, aria2: ...).
ClientSettings settingsWith(const std::string &sections)
{
    const Outcome<ClientConfig> config
        = ConfigLoader::parse("boottorrent: {host_ip: 10.0.0.1}\n" + sections, goodConfigs, root);
    if (!config) {
        ADD_FAILURE() << "unexpected error: " << config.error();
        return {};
    }
    return config->settings;
}

std::string settingsError(const std::string &sections)
{
    return errorOf("boottorrent: {host_ip: 10.0.0.1}\n" + sections, goodConfigs);
}

TEST(ConfigLoader, anEnvironmentWithoutAClientSectionKeepsTheDefaults)
{
    const ClientSettings s = settingsWith("");
    EXPECT_TRUE(s.peerExchange);
    EXPECT_FALSE(s.localPeerDiscovery);
}

TEST(ConfigLoader, readsTheClientSection)
{
    const ClientSettings s = settingsWith(
        "client: {engine: libtorrent, peer_exchange: false, local_peer_discovery: true}\n");
    EXPECT_FALSE(s.peerExchange);
    EXPECT_TRUE(s.localPeerDiscovery);
}

// aria2, the engine before btfetch, is no longer in Phase-1; an environment written when it was
// still there boots with btfetch, as the host reads it, and keeps its peer switches.
TEST(ConfigLoader, readsTheRetiredAria2EngineAsBtfetch)
{
    const ClientSettings s = settingsWith("client: {engine: aria2, peer_exchange: false}\n");
    EXPECT_FALSE(s.peerExchange);
    // aria2.console_log_level is the host's seeder's alone now: bttui no longer reads it.
    EXPECT_TRUE(ConfigLoader::parse("boottorrent: {host_ip: 10.0.0.1}\naria2: {console_log_level: "
                                    "shouting}\n",
        goodConfigs, root)
                    .ok());
}

TEST(ConfigLoader, readsTheOriginalAria2KeysWhenTheClientKeysAreAbsent)
{
    const ClientSettings s = settingsWith("client: {engine: libtorrent}\naria2: "
                                          "{enable_peer_exchange: false, bt_enable_lpd: true}\n");
    EXPECT_FALSE(s.peerExchange);
    EXPECT_TRUE(s.localPeerDiscovery);
}

TEST(ConfigLoader, acceptsBothSpellingsThatAgree)
{
    const ClientSettings s = settingsWith("client: {peer_exchange: false, local_peer_discovery: "
                                          "true}\naria2: {enable_peer_exchange: no, "
                                          "bt_enable_lpd: yes}\n");
    EXPECT_FALSE(s.peerExchange);
    EXPECT_TRUE(s.localPeerDiscovery);
}

TEST(ConfigLoader, theClientKeyWinsOverAnEmptyOriginal)
{
    const ClientSettings s
        = settingsWith("client: {local_peer_discovery: true}\naria2: {bt_enable_lpd: ~}\n");
    EXPECT_TRUE(s.localPeerDiscovery);
}

TEST(ConfigLoader, rejectsBothSpellingsOfPeerExchangeThatDisagree)
{
    EXPECT_EQ(
        settingsError("client: {peer_exchange: true}\naria2: {enable_peer_exchange: false}\n"),
        "/torrents/Boottorrent.yaml: client.peer_exchange: is true, but "
        "aria2.enable_peer_exchange (its original name) is false; keep only "
        "client.peer_exchange");
}

TEST(ConfigLoader, rejectsBothSpellingsOfLocalPeerDiscoveryThatDisagree)
{
    EXPECT_EQ(
        settingsError("client: {local_peer_discovery: false}\naria2: {bt_enable_lpd: true}\n"),
        "/torrents/Boottorrent.yaml: client.local_peer_discovery: is false, but "
        "aria2.bt_enable_lpd (its original name) is true; keep only "
        "client.local_peer_discovery");
}

TEST(ConfigLoader, rejectsAnUnknownEngineNamingTheKeyAndTheChoices)
{
    EXPECT_EQ(settingsError("client: {engine: transmission}\n"),
        "/torrents/Boottorrent.yaml: client.engine: expected libtorrent, got 'transmission'");
    EXPECT_EQ(settingsError("client: {engine: Libtorrent}\n"),
        "/torrents/Boottorrent.yaml: client.engine: expected libtorrent, got 'Libtorrent'");
    EXPECT_EQ(settingsError("client: {engine: \"lt\\e[2J\"}\n"),
        "/torrents/Boottorrent.yaml: client.engine: expected libtorrent, got 'lt?[2J'");
    EXPECT_EQ(settingsError("client: {engine: [aria2]}\n"),
        "/torrents/Boottorrent.yaml: client.engine: expected a single value");
}

TEST(ConfigLoader, rejectsBadClientValues)
{
    EXPECT_THAT(settingsError("client: {peer_exchange: sometimes}\n"),
        HasSubstr("client.peer_exchange: expected true or false"));
    EXPECT_THAT(settingsError("client: {local_peer_discovery: 2}\n"),
        HasSubstr("client.local_peer_discovery: expected true or false"));
    EXPECT_THAT(settingsError("client: [libtorrent]\n"), HasSubstr("client: expected a mapping"));
    // A bad original key is named even when the client key is there.
    EXPECT_THAT(settingsError("client: {peer_exchange: true}\naria2: {enable_peer_exchange: x}\n"),
        HasSubstr("aria2.enable_peer_exchange: expected true or false"));
}

TEST(ConfigLoader, rejectsEmptyConfigs)
{
    EXPECT_THAT(errorOf(goodSettings, ""), HasSubstr("configs.yaml: expected a mapping"));
}

TEST(ConfigLoader, rejectsFolderNameWithSlash)
{
    EXPECT_THAT(errorOf(goodSettings, "\"../etc\": {method: bin, bin: x}\n"),
        HasSubstr("not a usable folder name"));
}

TEST(ConfigLoader, refusesAnAliasBomb)
{
    std::string bomb = "x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        std::string items;
        for (int i = 0; i < 9; ++i)
            items += std::string(i ? ", *" : "*") + char(level - 1);
        bomb += std::string("x") + level + ": &" + level + " [" + items + "]\n";
    }
    EXPECT_THAT(
        errorOf(goodSettings, bomb + "linux: {method: bin, bin: x}\n"), HasSubstr("too complex"));
}

TEST(ConfigLoader, reportsMissingFileByPath)
{
    const std::string dir = std::filesystem::temp_directory_path()
        / ("tst_configloader_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/Boottorrent.yaml") << goodSettings;
    const Outcome<ClientConfig> config = ConfigLoader::load(dir);
    std::filesystem::remove_all(dir);
    EXPECT_FALSE(config);
    EXPECT_THAT(config.error(), HasSubstr(dir + "/configs.yaml: cannot read"));
}

TEST(ConfigLoader, loadsFromRootFolder)
{
    const std::string dir = std::filesystem::temp_directory_path()
        / ("tst_configloader_ok_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/Boottorrent.yaml") << goodSettings;
    std::ofstream(dir + "/configs.yaml") << goodConfigs;
    const Outcome<ClientConfig> config = ConfigLoader::load(dir);
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(config.ok()) << config.error();
    EXPECT_EQ(config->torrentPath("linux"), dir + "/linux.torrent");
    EXPECT_EQ(config->osDirectory(config->oss[0]), dir + "/linux");
}

TEST(ConfigLoader, appliesTheEntryOfThisMachine)
{
    const ClientSettings s = loadedFor(withMachines(twoMachines), ownMac).settings;
    EXPECT_EQ(s.machineName, "pc-01");
    EXPECT_EQ(s.defaultOs, "freedos");
    EXPECT_EQ(s.timeout, 10);
    EXPECT_EQ(s.nextBoot, "memtest");
    EXPECT_EQ(s.seedTime, 45);
}

TEST(ConfigLoader, keepsTheEnvironmentsSettingsAnEntryLeavesOut)
{
    const ClientSettings s = loadedFor(withMachines(twoMachines), "52:54:00:12:34:57").settings;
    EXPECT_EQ(s.defaultOs, "memtest");
    EXPECT_EQ(s.timeout, 30);
    EXPECT_EQ(s.nextBoot, std::string());
}

TEST(ConfigLoader, ignoresTheEntriesOfOtherMachines)
{
    checkEnvironmentsOwn(loadedFor(withMachines(twoMachines), "52:54:00:00:00:99").settings);
}

TEST(ConfigLoader, appliesNoEntryWhenTheMacIsUnknown)
{
    checkEnvironmentsOwn(loadedFor(withMachines(twoMachines), "").settings);
}

TEST(ConfigLoader, matchesMacKeysInAnyCase)
{
    const ClientSettings s
        = loadedFor(withMachines("  \"52:54:00:AB:cd:EF\": {default_os: memtest, timeout: -1}\n"),
            "52:54:00:ab:cd:ef")
              .settings;
    EXPECT_EQ(s.defaultOs, "memtest");
    EXPECT_EQ(s.timeout, -1);
}

TEST(ConfigLoader, ignoresUnknownKeysInAnEntry)
{
    const ClientSettings s = loadedFor(
        withMachines("  \"52:54:00:12:34:56\": {default_os: freedos, room: B12, wake: [1, 2]}\n"),
        ownMac)
                                 .settings;
    EXPECT_EQ(s.defaultOs, "freedos");
}

TEST(ConfigLoader, acceptsAnEmptyMachinesSection)
{
    EXPECT_EQ(
        loadedFor(std::string(goodSettings) + "machines:\n", ownMac).settings.defaultOs, "linux");
    EXPECT_EQ(loadedFor(std::string(goodSettings) + "machines: {}\n", ownMac).machines.size(),
        std::size_t(0));
}

TEST(ConfigLoader, rejectsAKeyThatIsNoMac)
{
    for (const std::string key :
        { "pc-01", "52:54:00:12:34", "52-54-00-12-34-56", "52:54:00:12:34:5g" })
        EXPECT_THAT(machineError("  \"" + key + "\": {default_os: linux}\n"),
            HasSubstr("/torrents/Boottorrent.yaml: machines." + key + ": not a MAC address"));
}

TEST(ConfigLoader, echoesNoControlCharactersOfABadKey)
{
    const std::string error = machineError("  \"\\e]2;owned\\a\": {default_os: linux}\n");
    EXPECT_THAT(error, HasSubstr("machines.?]2;owned?: not a MAC address"));
    EXPECT_EQ(error.find('\x1b'), std::string::npos);
}

TEST(ConfigLoader, rejectsTheSameMacTwice)
{
    EXPECT_THAT(machineError("  \"52:54:00:ab:cd:ef\": {}\n  \"52:54:00:AB:CD:EF\": {}\n"),
        HasSubstr("machines.52:54:00:AB:CD:EF: the same MAC as another entry (52:54:00:ab:cd:ef)"));
}

TEST(ConfigLoader, rejectsAMachinesDefaultOsThatIsNotConfigured)
{
    EXPECT_THAT(ownEntryError("{default_os: windows}"),
        HasSubstr("/torrents/Boottorrent.yaml: machines.52:54:00:12:34:56.default_os: 'windows' is "
                  "not an "
                  "OS in configs.yaml"));
}

TEST(ConfigLoader, rejectsANextBootThatIsNotConfigured)
{
    EXPECT_THAT(ownEntryError("{next_boot: dos622}"),
        HasSubstr(
            "/torrents/Boottorrent.yaml: machines.52:54:00:12:34:56.next_boot: 'dos622' is not an "
            "OS in configs.yaml"));
}

TEST(ConfigLoader, rejectsAMachineTimeoutOutOfRange)
{
    const std::pair<std::string, std::string> cases[] = {
        { "86401", "must be between -1 and 86400, got 86401" },
        { "-2", "must be between -1 and 86400, got -2" },
        { "soon", "expected a whole number, got 'soon'" },
    };
    for (const auto &[timeout, why] : cases)
        EXPECT_THAT(ownEntryError("{timeout: " + timeout + "}"),
            HasSubstr("machines.52:54:00:12:34:56.timeout: " + why));
}

TEST(ConfigLoader, acceptsUpTo4096Machines)
{
    const ClientConfig config = loadedFor(manyMachines(4096), "52:54:00:00:0f:ff");
    EXPECT_EQ(config.machines.size(), std::size_t(4096));
    EXPECT_EQ(config.settings.defaultOs, "memtest");
}

TEST(ConfigLoader, rejectsMoreThan4096Machines)
{
    EXPECT_THAT(errorOf(manyMachines(4097), goodConfigs),
        HasSubstr("/torrents/Boottorrent.yaml: machines: more than 4096 entries (4097)"));
}

TEST(ConfigLoader, rejectsMachinesThatIsNoMapping)
{
    EXPECT_THAT(
        errorOf(std::string(goodSettings) + "machines: [\"52:54:00:12:34:56\"]\n", goodConfigs),
        HasSubstr("/torrents/Boottorrent.yaml: machines: expected a mapping"));
    EXPECT_THAT(errorOf(std::string(goodSettings) + "machines: pc-01\n", goodConfigs),
        HasSubstr("/torrents/Boottorrent.yaml: machines: expected a mapping"));
}

TEST(ConfigLoader, rejectsAnEntryThatIsNoMapping)
{
    EXPECT_THAT(
        ownEntryError("linux"), HasSubstr("machines.52:54:00:12:34:56: expected a mapping"));
}

TEST(ConfigLoader, makesTheMachineNamePrintable)
{
    const ClientSettings s = loadedFor(
        withMachines("  \"52:54:00:12:34:56\": {name: \"pc\\e[2J-01\\x07 B\\xfcro\"}\n"), ownMac)
                                 .settings;
    EXPECT_EQ(s.machineName, "pc?[2J-01? B\xc3\xbcro");
}

TEST(ConfigLoader, rejectsAMachineNameOfMoreThan63Characters)
{
    const std::string name63(63, 'x');
    EXPECT_EQ(loadedFor(withMachines("  \"52:54:00:12:34:56\": {name: " + name63 + "}\n"), ownMac)
                  .settings.machineName,
        name63);
    EXPECT_THAT(ownEntryError("{name: " + name63 + "y}"),
        HasSubstr("machines.52:54:00:12:34:56.name: longer than 63 characters"));
}

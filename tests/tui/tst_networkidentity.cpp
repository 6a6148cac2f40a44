#include "networkidentity.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace bt::tui;

namespace {

const char *header
    = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";

void writeInterface(const std::string &root, const std::string &name, const std::string &flags,
    const std::string &mac)
{
    std::filesystem::create_directories(root + "/" + name);
    std::ofstream(root + "/" + name + "/flags") << flags << "\n";
    std::ofstream(root + "/" + name + "/address") << mac << "\n";
}

struct FakeSysfs
{
    std::string root = std::filesystem::temp_directory_path()
        / ("tst_networkidentity_" + std::to_string(::getpid()));
    FakeSysfs()
    {
        writeInterface(root, "lo", "0x9", "00:00:00:00:00:00");
        writeInterface(root, "eth1", "0x1003", "52:54:00:AA:BB:02");
        writeInterface(root, "eth0", "0x1002", "52:54:00:aa:bb:01");
    }
    ~FakeSysfs() { std::filesystem::remove_all(root); }
};

} // namespace

TEST(NetworkIdentity, findsTheDefaultRoute)
{
    const std::string table = std::string(header)
        + "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
        + "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n";
    EXPECT_EQ(NetworkIdentity::defaultRouteInterface(table).value_or(""), "eth0");
}

TEST(NetworkIdentity, prefersTheLowestMetric)
{
    const std::string table = std::string(header)
        + "wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
        + "enp3s0\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\n";
    EXPECT_EQ(NetworkIdentity::defaultRouteInterface(table).value_or(""), "enp3s0");
}

TEST(NetworkIdentity, ignoresRoutesThatAreDown)
{
    const std::string table
        = std::string(header) + "eth0\t00000000\t010200C0\t0002\t0\t0\t0\t00000000\t0\t0\t0\n";
    EXPECT_FALSE(NetworkIdentity::defaultRouteInterface(table));
}

TEST(NetworkIdentity, fallsBackToTheFirstInterfaceThatIsUp)
{
    FakeSysfs sysfs;
    EXPECT_EQ(NetworkIdentity::chooseInterface(sysfs.root, header).value_or(""), "eth1");
}

TEST(NetworkIdentity, defaultRouteWinsOverUpInterfaces)
{
    FakeSysfs sysfs;
    const std::string table
        = std::string(header) + "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n";
    EXPECT_EQ(NetworkIdentity::chooseInterface(sysfs.root, table).value_or(""), "eth0");
}

TEST(NetworkIdentity, detectReadsTheMacInLowerCase)
{
    FakeSysfs sysfs;
    const std::string routes = sysfs.root + "/route";
    std::ofstream(routes) << header;
    const NetworkIdentity identity = NetworkIdentity::detect(sysfs.root, routes);
    EXPECT_EQ(identity.interfaceName, "eth1");
    EXPECT_EQ(identity.mac, "52:54:00:aa:bb:02");
}

TEST(NetworkIdentity, normalizesMacs)
{
    EXPECT_EQ(NetworkIdentity::normalizedMac("52-54-00-AB-CD-EF"), "52:54:00:ab:cd:ef");
    EXPECT_EQ(NetworkIdentity::normalizedMac("garbage"), std::string());
}

TEST(NetworkIdentity, loopbackHasItsAddress)
{
    EXPECT_EQ(NetworkIdentity::addressOf("lo"), "127.0.0.1");
    EXPECT_EQ(NetworkIdentity::addressOf("nosuchif0"), std::string());
}

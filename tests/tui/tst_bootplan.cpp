#include "bootplan.h"
#include "configloader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace bt::tui;
using ::testing::HasSubstr;
using Words = std::vector<std::string>;

namespace {

ClientConfig config()
{
    const Outcome<ClientConfig> loaded = ConfigLoader::parse("boottorrent: {host_ip: 10.0.0.1}\n",
        R"(linux: {method: kexec, kernel: vmlinuz, initrd: initrd.img, cmdline: "quiet root=/dev/ram0 label='my lab'"}
bare: {method: kexec, kernel: bzImage}
freedos: {method: bin-qemu-x86_64, args: "-fda odin1440.img -m 32"}
serial: {method: bin-qemu-x86_64, args: "-hda 'disk one.img'", display: none}
memtest: {method: bin, bin: hello, binargs: "--rounds 2 'two words'"}
broken: {method: bin, bin: hello, binargs: "'open"}
)",
        "/torrents");
    if (!loaded) {
        ADD_FAILURE() << loaded.error();
        return {};
    }
    return loaded.value();
}

BootPlan planFor(const std::string &name, bool kvm = false)
{
    const ClientConfig c = config();
    const OsEntry *os = c.find(name);
    if (!os) {
        ADD_FAILURE() << "no OS " << name << " in configs.yaml";
        return {};
    }
    const Outcome<BootPlan> plan = BootPlan::forOs(c, *os, kvm);
    if (!plan) {
        ADD_FAILURE() << plan.error();
        return {};
    }
    return plan.value();
}

} // namespace

TEST(BootPlan, kexecLoadsThenExecutes)
{
    const BootPlan plan = planFor("linux");
    EXPECT_EQ(plan.kind, BootPlan::Kind::Kexec);
    EXPECT_EQ(plan.commands.size(), std::size_t(2));
    EXPECT_EQ(plan.commands[0],
        (Words { "kexec", "-l", "/torrents/linux/vmlinuz", "--initrd=/torrents/linux/initrd.img",
            "--append=quiet root=/dev/ram0 label='my lab' bt.host=10.0.0.1 bt.status_port=8290" }));
    EXPECT_EQ(plan.commands[1], (Words { "kexec", "-e" }));
    EXPECT_FALSE(plan.keepsSharing());
}

TEST(BootPlan, lockedDownKernelLoadsThroughKexecFile)
{
    const ClientConfig c = config();
    const Outcome<BootPlan> plan = BootPlan::forOs(c, *c.find("linux"), false, true);
    ASSERT_TRUE(plan.ok()) << plan.error();
    EXPECT_TRUE(plan->signedKernelOnly);
    EXPECT_EQ(plan->commands[0],
        (Words { "kexec", "-s", "-l", "/torrents/linux/vmlinuz",
            "--initrd=/torrents/linux/initrd.img",
            "--append=quiet root=/dev/ram0 label='my lab' bt.host=10.0.0.1 bt.status_port=8290" }));
    EXPECT_EQ(plan->commands[1], (Words { "kexec", "-e" }));
}

TEST(BootPlan, refusedKernelUnderSecureBootSaysWhatToDo)
{
    const ClientConfig c = config();
    const BootPlan locked = BootPlan::forOs(c, *c.find("linux"), false, true).value();
    EXPECT_EQ(locked.kexecLoadFailure(1),
        "kernel not signed for Secure Boot: sign it, use method bin-qemu-x86_64, or disable "
        "Secure Boot (kexec -s -l exited with code 1)");
    EXPECT_EQ(planFor("linux").kexecLoadFailure(1), "kexec -l exited with code 1");
}

TEST(BootPlan, onlyKexecIsTouchedByLockdown)
{
    const ClientConfig c = config();
    const BootPlan qemu = BootPlan::forOs(c, *c.find("freedos"), false, true).value();
    EXPECT_FALSE(qemu.signedKernelOnly);
    EXPECT_EQ(qemu.commands[0], planFor("freedos").commands[0]);
}

TEST(BootPlan, kexecWithoutInitrdLeavesItOut)
{
    EXPECT_EQ(planFor("bare").commands[0],
        (Words { "kexec", "-l", "/torrents/bare/bzImage",
            "--append=bt.host=10.0.0.1 bt.status_port=8290" }));
}

TEST(BootPlan, qemuRunsTheRuntimeWrapperInTheOsFolder)
{
    const BootPlan plan = planFor("freedos");
    EXPECT_EQ(plan.kind, BootPlan::Kind::Qemu);
    EXPECT_EQ(plan.workingDirectory, "/torrents/freedos");
    EXPECT_EQ(plan.commands[0],
        (Words { "/bin/sh", "/torrents/qemu-runtime/run-qemu", "-fda", "odin1440.img", "-m", "32",
            "-display", "curses" }));
    EXPECT_TRUE(plan.keepsSharing());
}

TEST(BootPlan, qemuUsesKvmWhenPresentAndTheConfiguredDisplay)
{
    EXPECT_EQ(planFor("serial", true).commands[0],
        (Words { "/bin/sh", "/torrents/qemu-runtime/run-qemu", "-hda", "disk one.img",
            "-enable-kvm", "-display", "none" }));
}

TEST(BootPlan, binRunsTheProgramWithSplitArguments)
{
    const BootPlan plan = planFor("memtest");
    EXPECT_EQ(plan.kind, BootPlan::Kind::Binary);
    EXPECT_EQ(
        plan.commands[0], (Words { "/torrents/memtest/hello", "--rounds", "2", "two words" }));
    EXPECT_EQ(plan.workingDirectory, "/torrents/memtest");
}

TEST(BootPlan, badArgumentsNameTheKey)
{
    const ClientConfig c = config();
    const Outcome<BootPlan> plan = BootPlan::forOs(c, *c.find("broken"), false);
    EXPECT_FALSE(plan);
    EXPECT_THAT(plan.error(), HasSubstr("broken.binargs: unterminated single quote"));
}

TEST(BootPlan, kexecTellsTheBootedSystemItsHostUnlessTheEntryDoes)
{
    ClientSettings settings;
    settings.hostIp = "198.18.0.1";
    settings.statusPort = 9000;
    EXPECT_EQ(
        BootPlan::withHost("quiet", settings), "quiet bt.host=198.18.0.1 bt.status_port=9000");
    EXPECT_EQ(BootPlan::withHost("quiet bt.host=10.1.1.1", settings), "quiet bt.host=10.1.1.1");
    settings.hostIp.clear();
    EXPECT_EQ(BootPlan::withHost("quiet", settings), "quiet");
}

TEST(BootPlan, describeIsOneShellLine)
{
    EXPECT_EQ(planFor("linux").describe(),
        "kexec -l /torrents/linux/vmlinuz --initrd=/torrents/linux/initrd.img "
        "'--append=quiet root=/dev/ram0 label='\\''my lab'\\'' bt.host=10.0.0.1 "
        "bt.status_port=8290' && kexec -e");
    EXPECT_EQ(planFor("serial").describe(),
        "cd /torrents/serial && /bin/sh /torrents/qemu-runtime/run-qemu -hda 'disk one.img' "
        "-display none");
}

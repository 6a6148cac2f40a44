#include "bootplan.h"
#include "configloader.h"
#include "tuitest.h"

using namespace bt::tui;
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
    CHECK(loaded.ok());
    return loaded.value();
}

BootPlan planFor(const std::string &name, bool kvm = false)
{
    const ClientConfig c = config();
    const Outcome<BootPlan> plan = BootPlan::forOs(c, *c.find(name), kvm);
    CHECK(plan.ok());
    return plan.value();
}

} // namespace

TUI_TEST(kexecLoadsThenExecutes)
{
    const BootPlan plan = planFor("linux");
    CHECK(plan.kind == BootPlan::Kind::Kexec);
    CHECK_EQ(plan.commands.size(), std::size_t(2));
    CHECK_EQ(plan.commands[0],
        (Words { "kexec", "-l", "/torrents/linux/vmlinuz", "--initrd=/torrents/linux/initrd.img",
            "--append=quiet root=/dev/ram0 label='my lab' bt.host=10.0.0.1 bt.status_port=8290" }));
    CHECK_EQ(plan.commands[1], (Words { "kexec", "-e" }));
    CHECK(!plan.keepsSharing());
}

TUI_TEST(lockedDownKernelLoadsThroughKexecFile)
{
    const ClientConfig c = config();
    const Outcome<BootPlan> plan = BootPlan::forOs(c, *c.find("linux"), false, true);
    CHECK(plan.ok());
    CHECK(plan->signedKernelOnly);
    CHECK_EQ(plan->commands[0],
        (Words { "kexec", "-s", "-l", "/torrents/linux/vmlinuz",
            "--initrd=/torrents/linux/initrd.img",
            "--append=quiet root=/dev/ram0 label='my lab' bt.host=10.0.0.1 bt.status_port=8290" }));
    CHECK_EQ(plan->commands[1], (Words { "kexec", "-e" }));
}

TUI_TEST(refusedKernelUnderSecureBootSaysWhatToDo)
{
    const ClientConfig c = config();
    const BootPlan locked = BootPlan::forOs(c, *c.find("linux"), false, true).value();
    CHECK_EQ(locked.kexecLoadFailure(1),
        std::string(
            "kernel not signed for Secure Boot: sign it, use method bin-qemu-x86_64, or disable "
            "Secure Boot (kexec -s -l exited with code 1)"));
    CHECK_EQ(planFor("linux").kexecLoadFailure(1), std::string("kexec -l exited with code 1"));
}

TUI_TEST(onlyKexecIsTouchedByLockdown)
{
    const ClientConfig c = config();
    const BootPlan qemu = BootPlan::forOs(c, *c.find("freedos"), false, true).value();
    CHECK(!qemu.signedKernelOnly);
    CHECK_EQ(qemu.commands[0], planFor("freedos").commands[0]);
}

TUI_TEST(kexecWithoutInitrdLeavesItOut)
{
    CHECK_EQ(planFor("bare").commands[0],
        (Words { "kexec", "-l", "/torrents/bare/bzImage",
            "--append=bt.host=10.0.0.1 bt.status_port=8290" }));
}

TUI_TEST(qemuRunsTheRuntimeWrapperInTheOsFolder)
{
    const BootPlan plan = planFor("freedos");
    CHECK(plan.kind == BootPlan::Kind::Qemu);
    CHECK_EQ(plan.workingDirectory, std::string("/torrents/freedos"));
    CHECK_EQ(plan.commands[0],
        (Words { "/bin/sh", "/torrents/qemu-runtime/run-qemu", "-fda", "odin1440.img", "-m", "32",
            "-display", "curses" }));
    CHECK(plan.keepsSharing());
}

TUI_TEST(qemuUsesKvmWhenPresentAndTheConfiguredDisplay)
{
    CHECK_EQ(planFor("serial", true).commands[0],
        (Words { "/bin/sh", "/torrents/qemu-runtime/run-qemu", "-hda", "disk one.img",
            "-enable-kvm", "-display", "none" }));
}

TUI_TEST(binRunsTheProgramWithSplitArguments)
{
    const BootPlan plan = planFor("memtest");
    CHECK(plan.kind == BootPlan::Kind::Binary);
    CHECK_EQ(plan.commands[0], (Words { "/torrents/memtest/hello", "--rounds", "2", "two words" }));
    CHECK_EQ(plan.workingDirectory, std::string("/torrents/memtest"));
}

TUI_TEST(badArgumentsNameTheKey)
{
    const ClientConfig c = config();
    const Outcome<BootPlan> plan = BootPlan::forOs(c, *c.find("broken"), false);
    CHECK(!plan);
    CHECK_CONTAINS(plan.error(), "broken.binargs: unterminated single quote");
}

TUI_TEST(kexecTellsTheBootedSystemItsHostUnlessTheEntryDoes)
{
    ClientSettings settings;
    settings.hostIp = "198.18.0.1";
    settings.statusPort = 9000;
    CHECK_EQ(BootPlan::withHost("quiet", settings),
        std::string("quiet bt.host=198.18.0.1 bt.status_port=9000"));
    CHECK_EQ(BootPlan::withHost("quiet bt.host=10.1.1.1", settings),
        std::string("quiet bt.host=10.1.1.1"));
    settings.hostIp.clear();
    CHECK_EQ(BootPlan::withHost("quiet", settings), std::string("quiet"));
}

TUI_TEST(describeIsOneShellLine)
{
    CHECK_EQ(planFor("linux").describe(),
        std::string("kexec -l /torrents/linux/vmlinuz --initrd=/torrents/linux/initrd.img "
                    "'--append=quiet root=/dev/ram0 label='\\''my lab'\\'' bt.host=10.0.0.1 "
                    "bt.status_port=8290' && kexec -e"));
    CHECK_EQ(planFor("serial").describe(),
        std::string(
            "cd /torrents/serial && /bin/sh /torrents/qemu-runtime/run-qemu -hda 'disk one.img' "
            "-display none"));
}

TUI_TEST_MAIN()

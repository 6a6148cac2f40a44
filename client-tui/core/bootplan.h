#pragma once

#include "clientconfig.h"
#include "outcome.h"

#include <string>
#include <vector>

namespace bt::tui {

// How a downloaded OS is started: the commands in order, each an explicit argv.
struct BootPlan
{
    enum class Kind { Kexec, Qemu, Binary };

    Kind kind = Kind::Kexec;
    // kexec through kexec_file_load (`kexec -s`): the running kernel is
    // locked down (Secure Boot) and boots only kernels signed for it.
    bool signedKernelOnly = false;
    std::vector<std::vector<std::string>> commands;
    std::string workingDirectory;

    // One shell line with every argument quoted, e.g. for --dry-run.
    std::string describe() const;
    // qemu runs beside bttui, so the engine keeps sharing while the OS is in use.
    bool keepsSharing() const { return kind == Kind::Qemu; }

    static constexpr const char *qemuRuntimeName = "qemu-runtime";
    static std::string qemuWrapper(const std::string &root)
    {
        return root + "/qemu-runtime/run-qemu";
    }

    // kvmAvailable: whether /dev/kvm exists on this client; lockedDown:
    // whether its kernel is locked down (Firmware::lockedDown).
    static Outcome<BootPlan> forOs(
        const ClientConfig &config, const OsEntry &os, bool kvmAvailable, bool lockedDown = false);

    // A kexec entry's command line with bt.host and bt.status_port added,
    // so the system it boots can report to this host.
    static std::string withHost(const std::string &cmdline, const ClientSettings &settings);

    // Why a kexec load failed, in words for the screen and the dashboard.
    std::string kexecLoadFailure(int exitCode) const;
};

} // namespace bt::tui

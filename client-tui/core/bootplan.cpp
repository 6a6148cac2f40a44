#include "bootplan.h"

#include <wire/shellwords.h>

namespace bt::tui {

using wire::ShellWords;

namespace {

// The words of an OS's args or binargs, or the sentence that says why there are none.
Outcome<std::vector<std::string>> shellWords(const std::string &text)
{
    ShellWords::Split split = ShellWords::split(text);
    switch (split.error) {
    case ShellWords::Error::None:
        break;
    case ShellWords::Error::UnterminatedSingleQuote:
        return Outcome<std::vector<std::string>>::failure("unterminated single quote in: " + text);
    case ShellWords::Error::UnterminatedDoubleQuote:
        return Outcome<std::vector<std::string>>::failure("unterminated double quote in: " + text);
    case ShellWords::Error::TrailingBackslash:
        return Outcome<std::vector<std::string>>::failure("trailing backslash in: " + text);
    }
    return Outcome<std::vector<std::string>>::success(std::move(split.words));
}

} // namespace

std::string BootPlan::describe() const
{
    std::string line;
    if (!workingDirectory.empty())
        line = "cd " + ShellWords::quote(workingDirectory) + " && ";
    for (std::size_t i = 0; i < commands.size(); ++i) {
        if (i > 0)
            line += " && ";
        line += ShellWords::join(commands[i]);
    }
    return line;
}

std::string BootPlan::kexecLoadFailure(int exitCode) const
{
    const std::string code = "kexec " + std::string(signedKernelOnly ? "-s " : "")
        + "-l exited with code " + std::to_string(exitCode);
    if (signedKernelOnly)
        return "kernel not signed for Secure Boot: sign it, use method bin-qemu-x86_64, or disable "
               "Secure Boot ("
            + code + ")";
    return code;
}

std::string BootPlan::withHost(const std::string &cmdline, const ClientSettings &settings)
{
    // The booted system can tell the host that it runs (the demo OS does),
    // also when another DHCP server gave it its address. Linux ignores
    // dotted parameters that no module claims; an entry's own bt.host wins.
    if (settings.hostIp.empty() || cmdline.find("bt.host=") != std::string::npos)
        return cmdline;
    return cmdline + (cmdline.empty() ? "" : " ") + "bt.host=" + settings.hostIp
        + " bt.status_port=" + std::to_string(settings.statusPort);
}

Outcome<BootPlan> BootPlan::forOs(
    const ClientConfig &config, const OsEntry &os, bool kvmAvailable, bool lockedDown)
{
    const std::string dir = config.osDirectory(os);
    BootPlan plan;
    if (os.method == "kexec") {
        plan.kind = Kind::Kexec;
        // A locked-down kernel refuses kexec_load; kexec_file_load checks the
        // new kernel's signature instead.
        plan.signedKernelOnly = lockedDown;
        std::vector<std::string> load { "kexec" };
        if (lockedDown)
            load.push_back("-s");
        load.insert(load.end(), { "-l", dir + "/" + os.kernel });
        if (!os.initrd.empty())
            load.push_back("--initrd=" + dir + "/" + os.initrd);
        load.push_back("--append=" + withHost(os.cmdline, config.settings));
        plan.commands = { load, { "kexec", "-e" } };
        return Outcome<BootPlan>::success(plan);
    }
    if (os.method == "bin-qemu-x86_64") {
        const Outcome<std::vector<std::string>> args = shellWords(os.args);
        if (!args)
            return Outcome<BootPlan>::failure(
                config.root + "/configs.yaml: " + os.name + ".args: " + args.error());
        plan.kind = Kind::Qemu;
        // Through sh: the engine keeps sharing the runtime with its files open
        // for writing, and Linux refuses to execute such a file.
        std::vector<std::string> command { "/bin/sh", qemuWrapper(config.root) };
        command.insert(command.end(), args->begin(), args->end());
        if (kvmAvailable)
            command.push_back("-enable-kvm");
        command.push_back("-display");
        command.push_back(os.display);
        plan.commands = { command };
        plan.workingDirectory = dir;
        return Outcome<BootPlan>::success(plan);
    }
    if (os.method == "bin") {
        const Outcome<std::vector<std::string>> args = shellWords(os.binargs);
        if (!args)
            return Outcome<BootPlan>::failure(
                config.root + "/configs.yaml: " + os.name + ".binargs: " + args.error());
        plan.kind = Kind::Binary;
        std::vector<std::string> command { dir + "/" + os.bin };
        command.insert(command.end(), args->begin(), args->end());
        plan.commands = { command };
        plan.workingDirectory = dir;
        return Outcome<BootPlan>::success(plan);
    }
    return Outcome<BootPlan>::failure(os.name + ": unknown boot method '" + os.method + "'");
}

} // namespace bt::tui

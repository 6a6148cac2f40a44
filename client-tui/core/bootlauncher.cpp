#include "bootlauncher.h"

#include "childprocess.h"

#include <thread>

namespace bt::tui {

void BootLauncher::prepare(BootFlow &flow)
{
    const BootPlan &plan = flow.plan();
    flow.report(wire::ClientState::Booting, 100, plan.describe());
    // kexec and bin replace the running system: sharing ends here. qemu shares while it runs.
    if (plan.kind != BootPlan::Kind::Qemu)
        flow.cancel();
    flow.flushReports(std::chrono::milliseconds(2000));
}

std::string BootLauncher::launch(BootFlow &flow, const Terminal &terminal)
{
    const BootPlan &plan = flow.plan();
    if (plan.kind == BootPlan::Kind::Qemu) {
        terminal.release();
        ChildProcess qemu;
        const Outcome<pid_t> started = qemu.start(plan.commands.front(), plan.workingDirectory);
        std::string outcome;
        if (!started) {
            outcome = "cannot start qemu: " + started.error();
        } else {
            // The user works inside qemu for as long as they like; the engine keeps sharing
            // meanwhile.
            while (qemu.running())
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            if (qemu.exitCode() != 0)
                outcome = "qemu " + qemu.exitDescription();
        }
        flow.cancel();
        terminal.reclaim();
        if (!outcome.empty())
            flow.fail(outcome);
        return outcome;
    }

    terminal.release();
    std::string why;
    if (plan.kind == BootPlan::Kind::Kexec) {
        const Outcome<int> load = ChildProcess::run(plan.commands.at(0), std::chrono::seconds(120));
        if (!load)
            why = load.error();
        else if (load.value() != 0)
            why = plan.kexecLoadFailure(load.value());
        else {
            const Outcome<int> execute
                = ChildProcess::run(plan.commands.at(1), std::chrono::seconds(60));
            why = execute ? "kexec -e returned with exit code " + std::to_string(execute.value())
                          : execute.error();
        }
    } else {
        why = ChildProcess::execReplacing(plan.commands.front(), plan.workingDirectory);
    }
    terminal.reclaim();
    flow.fail(why);
    return why;
}

} // namespace bt::tui

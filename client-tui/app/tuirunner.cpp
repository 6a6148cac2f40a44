#include "tuirunner.h"

#include "bootflow.h"
#include "bootlauncher.h"
#include "configloader.h"
#include "firmware.h"
#include "flowworker.h"
#include "headlessrunner.h"
#include "networkidentity.h"
#include "statusreporter.h"
#include "tuiscreen.h"

#include <chrono>
#include <cstdio>
#include <curses.h>
#include <filesystem>
#include <unistd.h>

namespace bt::tui {

namespace {

using Clock = std::chrono::steady_clock;

bool isEnter(int key) { return key == '\n' || key == '\r' || key == KEY_ENTER; }

// Shows the failure and waits for Retry (true) or Back to menu (false).
bool askRetry(TuiScreen &screen, const TuiScreen::Header &header, const std::string &title,
    const std::string &message)
{
    int button = 0;
    while (true) {
        screen.showFailure(header, title, message, button);
        const int key = screen.readKey(500);
        if (key == KEY_LEFT || key == KEY_RIGHT || key == '\t')
            button = 1 - button;
        else if (key == 'r' || key == 'R')
            return true;
        else if (key == 'b' || key == 'B' || key == 27)
            return false;
        else if (isEnter(key))
            return button == 0;
    }
}

// A wait shows once it lasted half a second: shorter ones would only flicker.
std::string waitNotice(const BootFlow::Wait &wait)
{
    if (wait.what.empty())
        return {};
    const auto waited = Clock::now() - wait.since;
    if (waited < std::chrono::milliseconds(500))
        return {};
    return "Waiting for " + wait.what + " ("
        + std::to_string(std::chrono::duration_cast<std::chrono::seconds>(waited).count()) + " s)";
}

std::string reportNotice(const StatusReporter &reporter)
{
    const std::string error = reporter.lastError();
    return error.empty() ? std::string() : "status report: " + error;
}

// Shows `message` until the worker finished `ticket`, with what it waits for meanwhile.
void showUntilFinished(TuiScreen &screen, TuiScreen::Header &header, const FlowWorker &worker,
    const StatusReporter &reporter, std::uint64_t ticket, const std::string &message)
{
    while (!worker.finished(ticket)) {
        header.notice = reportNotice(reporter);
        header.waiting = waitNotice(worker.view().waiting);
        screen.showMessage(header, message);
        screen.readKey(100);
    }
    header.waiting.clear();
}

} // namespace

TuiRunner::TuiRunner(CommandLine line)
    : m_line(std::move(line))
{
}

int TuiRunner::run()
{
    TuiScreen screen;
    if (!screen.open()) {
        std::fprintf(stderr,
            "bttui: cannot drive this terminal (TERM=%s, terminfo entry missing?); "
            "continuing without the menu\n",
            std::getenv("TERM") ? std::getenv("TERM") : "");
        return HeadlessRunner(m_line).run();
    }

    Outcome<ClientConfig> loaded = ConfigLoader::load(m_line.root);
    while (!loaded) {
        screen.showConfigError(loaded.error());
        const int key = screen.readKey(1000);
        if (key == 'q' || key == 'Q') {
            screen.close();
            std::fprintf(stderr, "bttui: %s\n", loaded.error().c_str());
            return 2;
        }
        if (key == 'r' || key == 'R')
            loaded = ConfigLoader::load(m_line.root);
    }
    TuiScreen::Header header;
    header.identity = NetworkIdentity::detect();
    loaded.value().applyMachine(header.identity.mac);
    const ClientConfig &config = loaded.value();
    header.hostIp = config.settings.hostIp;
    header.machineName = config.settings.machineName;
    StatusReporter reporter(Ipv4Address::parse(config.settings.hostIp), config.settings.statusPort,
        header.identity.mac);
    const Firmware firmware = Firmware::detect();
    reporter.setFirmware(firmware.name());
    reporter.report(
        StatusReport { std::string(wire::stateName(wire::ClientState::Phase1Up)), "", 0, "" });

    BootFlow::Options options;
    options.btfetch = m_line.btfetch;
    options.limits.stall = std::chrono::seconds(m_line.stallSeconds);
    options.kvmAvailable = ::access("/dev/kvm", F_OK) == 0;
    options.lockedDown = firmware.lockedDown;
    // Everything that waits on the engine or the host runs there; this thread only
    // draws and reads keys, so every key is answered within a tenth of a second.
    FlowWorker worker(config, options, reporter);

    std::vector<std::string> names;
    for (const OsEntry &os : config.oss)
        names.push_back(os.name);

    int timeout = config.settings.timeout;
    // The host's next_boot for this machine skips the menu once; after a
    // failure the menu comes back and a person decides.
    std::string nextBoot = config.settings.nextBoot;
    std::string error;
    while (true) {
        std::string chosen;
        std::string prefetched;
        if (!nextBoot.empty()) {
            chosen = nextBoot;
            nextBoot.clear();
            timeout = -1;
        } else {
            // The countdown runs once: after a failure the user decides.
            MenuModel menu(names, config.settings.defaultOs, timeout);
            timeout = -1;
            reporter.report(StatusReport {
                std::string(wire::stateName(wire::ClientState::Menu)), "", 0, error });
            header.identity = NetworkIdentity::detect();
            // While the countdown runs, the default OS is fetched already: the
            // room joins the swarm during the wait, and when the countdown ends
            // (or the user takes the default) the boot follows at once.
            if (menu.countdownActive()) {
                prefetched = config.settings.defaultOs;
                worker.post([prefetched](BootFlow &flow) { flow.start(prefetched); });
            }
            Clock::time_point last = Clock::now();
            while (!menu.chosen()) {
                header.notice = reportNotice(reporter);
                header.waiting = waitNotice(worker.view().waiting);
                screen.showMenu(header, config, menu, error);
                const int key = screen.readKey(100);
                if (key == KEY_UP || key == 'k')
                    menu.moveUp();
                else if (key == KEY_DOWN || key == 'j')
                    menu.moveDown();
                else if (isEnter(key))
                    menu.confirm();
                else if (key >= 0 && key != KEY_RESIZE)
                    menu.keyPressed();
                const Clock::time_point now = Clock::now();
                menu.advance(std::chrono::duration_cast<std::chrono::milliseconds>(now - last));
                last = now;
            }
            error.clear();
            chosen = *menu.chosen();
        }

        const OsEntry *entry = config.find(chosen);
        const std::string dispname = entry ? entry->dispname : chosen;
        std::uint64_t ticket = worker.post([&config, chosen, prefetched](BootFlow &flow) {
            const BootFlow::Phase ahead = flow.phase();
            if (chosen == prefetched && ahead != BootFlow::Phase::Failed
                && ahead != BootFlow::Phase::Idle)
                return;
            flow.cancel();
            // Another OS was chosen: what was fetched of the default would
            // only take memory (Phase-1 keeps everything in RAM).
            if (!prefetched.empty() && chosen != prefetched) {
                std::error_code ignored;
                std::filesystem::remove_all(config.osDirectory(*config.find(prefetched)), ignored);
            }
            flow.start(chosen);
        });
        bool backToMenu = false;
        while (!backToMenu) {
            // Until the worker took up the choice, what it shows belongs to before it. Asked
            // first: a view read after the job finished shows what the job left.
            const bool taken = worker.finished(ticket);
            const FlowWorker::View view = worker.view();
            header.notice = reportNotice(reporter);
            header.waiting = waitNotice(view.waiting);
            const BootFlow::Phase phase = taken ? view.phase : BootFlow::Phase::Downloading;
            if (phase == BootFlow::Phase::Failed) {
                if (askRetry(screen, header, "Could not fetch " + view.snapshot.dispname,
                        view.snapshot.message))
                    ticket = worker.post([chosen](BootFlow &flow) { flow.start(chosen); });
                else
                    backToMenu = true;
                continue;
            }
            if (phase == BootFlow::Phase::ReadyToBoot) {
                const std::string booting = "Booting " + dispname + "...";
                if (m_line.dryRun) {
                    std::string command;
                    showUntilFinished(screen, header, worker, reporter,
                        worker.post([&command](BootFlow &flow) {
                            command = flow.plan().describe();
                            flow.report(wire::ClientState::Booting, 100, command);
                            flow.cancel();
                            flow.flushReports(std::chrono::milliseconds(2000));
                        }),
                        booting);
                    screen.close();
                    std::printf("%s\n", command.c_str());
                    std::fflush(stdout);
                    return 0;
                }
                worker.post([](BootFlow &flow) { BootLauncher::prepare(flow); });
                showUntilFinished(screen, header, worker, reporter, worker.hold(), booting);
                const std::string why = BootLauncher::launch(
                    worker.flow(), { [&screen] { screen.close(); }, [&screen] { screen.open(); } });
                worker.resume();
                if (why.empty()) {
                    backToMenu = true;
                } else if (askRetry(screen, header, "Could not boot " + dispname, why)) {
                    ticket = worker.post([chosen](BootFlow &flow) { flow.start(chosen); });
                } else {
                    backToMenu = true;
                }
                continue;
            }
            if (phase == BootFlow::Phase::Idle) {
                backToMenu = true;
                continue;
            }
            if (taken && view.snapshot.os == chosen)
                screen.showProgress(header, phase, view.snapshot);
            else
                screen.showMessage(header, "Preparing " + dispname + "...");
            const int key = screen.readKey(100); // as often as the worker asks the engine
            if (key == 27 || key == 'q') {
                ticket = worker.post([](BootFlow &flow) { flow.cancel(); });
                backToMenu = true;
            }
        }
    }
}

} // namespace bt::tui

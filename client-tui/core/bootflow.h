#pragma once

#include "bootplan.h"
#include "clientconfig.h"
#include "download.h"
#include "statusreporter.h"
#include "trackerscrape.h"

#include <wire/clientstate.h>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace bt::tui {

// From "this OS was chosen" to "ready to boot": downloads the OS (and the qemu runtime when the
// OS needs it), shares it for a while, and reports each step. The menu and the headless mode
// both drive it by calling poll() a few times a second. Its calls may wait for seconds (the
// engine, btfetch, starting and stopping; the status reports);
// waiting() says for what, to any thread.
class BootFlow
{
public:
    enum class Phase { Idle, Downloading, Sharing, ReadyToBoot, Failed };

    // $TMPDIR, else /tmp: the engine's output is kept there when it fails.
    static std::string defaultLogDirectory();

    struct Options
    {
        std::string btfetch = "btfetch";
        Download::Limits limits;
        std::string logDirectory = defaultLogDirectory();
        bool kvmAvailable = false;
        bool lockedDown = false; // Firmware::lockedDown: kexec boots signed kernels only
    };

    struct Snapshot
    {
        std::string os;
        std::string dispname;
        std::int64_t completed = 0;
        std::int64_t total = 0;
        std::int64_t downloadSpeed = 0;
        std::int64_t uploadSpeed = 0;
        int connections = 0;
        int seeders = 0;
        bool verifying = false;
        int etaSeconds = -1;
        int incompletePeers = -1; // from the tracker; -1 unknown
        int sharingSecondsLeft = 0;
        std::string message;

        int percent() const;
    };

    using EventSink = std::function<void(const std::string &line)>;

    // What the flow waits for ("the libtorrent engine to stop", ...) and since
    // when; an empty text while it waits for nothing.
    struct Wait
    {
        std::string what;
        std::chrono::steady_clock::time_point since;
    };

    BootFlow(
        const ClientConfig &config, Options options, StatusReporter &reporter, EventSink events);
    ~BootFlow();

    void start(const std::string &osName);
    void poll();
    // Waits until an engine may have news or `most` passed, whichever is first; `wake`, unless
    // -1, is one more descriptor that ends the wait (left for its owner to read).
    void waitForNews(std::chrono::milliseconds most, int wake = -1) const;
    // Stops every engine child and returns to Idle.
    void cancel();
    void fail(const std::string &why);

    Phase phase() const { return m_phase; }
    const Snapshot &snapshot() const { return m_snapshot; }
    const BootPlan &plan() const { return m_plan; }
    const OsEntry *os() const { return m_os; }
    void report(wire::ClientState state, int progress, const std::string &message);
    // Waits until every status report was tried, at most `timeout`.
    void flushReports(std::chrono::milliseconds timeout);
    // Safe to call from any thread, also while another one is inside a call of this flow.
    Wait waiting() const;

private:
    using Clock = std::chrono::steady_clock;
    class Waiting;

    // A wait that lasts across polls (the engine still starting); keeps `since` while `what`
    // stays.
    void setWaiting(const std::string &what);
    void setWait(Wait wait);

    std::unique_ptr<Download> makeDownload(const std::string &name) const;
    // "the libtorrent engine to start".
    std::string engineWait(const std::string &what) const;
    void pollDownloading();
    void pollSharing();
    void finishDownload();
    void enterSharing();
    void enterReady(const std::string &why);
    void emit(const std::string &line);
    std::string prepareFiles();

    const ClientConfig &m_config;
    Options m_options;
    StatusReporter &m_reporter;
    EventSink m_events;

    Phase m_phase = Phase::Idle;
    const OsEntry *m_os = nullptr;
    BootPlan m_plan;
    std::vector<std::unique_ptr<Download>> m_downloads;
    Snapshot m_snapshot;
    Clock::time_point m_phaseStarted;
    Clock::time_point m_lastEvent;
    int m_lastEventPercent = -1;
    std::future<Outcome<TrackerScrape::Counts>> m_scrape;
    Clock::time_point m_lastScrape;
    mutable std::mutex m_waitMutex;
    Wait m_wait;
};

} // namespace bt::tui

#include "bootflow.h"

#include "enginedownload.h"
#include "humanunits.h"

#include <cstdlib>
#include <dirent.h>
#include <poll.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace bt::tui {

namespace {

// How the screen and the log name btfetch: "downloading ... with the libtorrent engine",
// "Waiting for the libtorrent engine to start".
constexpr char engineName[] = "the libtorrent engine";

// Torrents carry no file modes, so programs arrive without their executable bit.
std::string makeExecutable(const std::string &path)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0)
        return path + ": missing after the download";
    if (::chmod(path.c_str(), info.st_mode | S_IXUSR | S_IXGRP | S_IXOTH) != 0)
        return path + ": cannot make it executable";
    return {};
}

void makeFolderExecutable(const std::string &folder)
{
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            makeExecutable(folder + "/" + name);
    }
    ::closedir(dir);
}

} // namespace

// Names one blocking step for waiting() while it lasts, then restores what was named before.
class BootFlow::Waiting
{
public:
    Waiting(BootFlow &flow, const std::string &what)
        : m_flow(flow)
        , m_before(flow.waiting())
    {
        flow.setWait({ what, Clock::now() });
    }
    ~Waiting() { m_flow.setWait(m_before); }
    Waiting(const Waiting &) = delete;
    Waiting &operator=(const Waiting &) = delete;

private:
    BootFlow &m_flow;
    Wait m_before;
};

std::string BootFlow::defaultLogDirectory()
{
    const char *tmp = std::getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

int BootFlow::Snapshot::percent() const
{
    if (total <= 0)
        return 0;
    return static_cast<int>(completed * 100 / total);
}

BootFlow::BootFlow(
    const ClientConfig &config, Options options, StatusReporter &reporter, EventSink events)
    : m_config(config)
    , m_options(std::move(options))
    , m_reporter(reporter)
    , m_events(std::move(events))
{
}

BootFlow::~BootFlow() { cancel(); }

void BootFlow::emit(const std::string &line)
{
    if (m_events)
        m_events(line);
}

void BootFlow::report(wire::ClientState state, int progress, const std::string &message)
{
    m_reporter.report(StatusReport { std::string(wire::stateName(state)),
        m_os ? m_os->name : std::string(), progress, message });
}

void BootFlow::flushReports(std::chrono::milliseconds timeout)
{
    Waiting waiting(*this, "the status report to reach the host");
    m_reporter.flush(timeout);
}

BootFlow::Wait BootFlow::waiting() const
{
    std::lock_guard lock(m_waitMutex);
    return m_wait;
}

void BootFlow::setWait(Wait wait)
{
    std::lock_guard lock(m_waitMutex);
    m_wait = std::move(wait);
}

void BootFlow::setWaiting(const std::string &what)
{
    std::lock_guard lock(m_waitMutex);
    if (m_wait.what != what)
        m_wait = { what, Clock::now() };
}

void BootFlow::start(const std::string &osName)
{
    cancel();
    m_snapshot = Snapshot();
    m_os = m_config.find(osName);
    if (!m_os) {
        m_phase = Phase::Failed;
        m_snapshot.os = osName;
        m_snapshot.message = "no OS named '" + osName + "' in " + m_config.root + "/configs.yaml";
        report(wire::ClientState::Failed, 0, m_snapshot.message);
        emit("failed: " + m_snapshot.message);
        return;
    }
    m_snapshot.os = m_os->name;
    m_snapshot.dispname = m_os->dispname;
    const Outcome<BootPlan> plan
        = BootPlan::forOs(m_config, *m_os, m_options.kvmAvailable, m_options.lockedDown);
    if (!plan) {
        fail(plan.error());
        return;
    }
    m_plan = plan.value();

    std::vector<std::string> names { m_os->name };
    if (m_os->usesQemu())
        names.push_back(BootPlan::qemuRuntimeName);
    for (const std::string &name : names)
        m_downloads.push_back(makeDownload(name));
    m_phase = Phase::Downloading;
    m_phaseStarted = m_lastEvent = Clock::now();
    m_lastEventPercent = -1;
    emit("downloading " + m_os->name + " (" + m_os->dispname + ") with " + engineName);
    report(wire::ClientState::Downloading, 0, "");
    setWaiting(engineWait("to start"));
    for (auto &download : m_downloads) {
        if (!download->start()) {
            fail(download->error());
            return;
        }
    }
}

std::unique_ptr<Download> BootFlow::makeDownload(const std::string &name) const
{
    const std::string files
        = m_options.logDirectory + "/bttui-" + std::to_string(::getpid()) + "-btfetch-" + name;
    return std::make_unique<EngineDownload>(name, m_options.btfetch, m_config.torrentPath(name),
        m_config.root, m_config.settings, m_plan.keepsSharing(), m_options.limits, files + ".log",
        files + ".status");
}

std::string BootFlow::engineWait(const std::string &what) const
{
    return engineName + (" " + what);
}

void BootFlow::cancel()
{
    // A scrape still under way ends on its own within its timeout; its answer no longer counts.
    m_scrape = {};
    if (!m_downloads.empty()) {
        Waiting waiting(*this, engineWait("to stop"));
        for (auto &download : m_downloads)
            download->stop();
    }
    m_downloads.clear();
    setWaiting("");
    if (m_phase != Phase::Failed)
        m_phase = Phase::Idle;
}

void BootFlow::fail(const std::string &why)
{
    if (!m_downloads.empty()) {
        Waiting waiting(*this, engineWait("to stop"));
        for (auto &download : m_downloads)
            download->stop();
    }
    setWaiting("");
    m_phase = Phase::Failed;
    m_snapshot.message = why;
    report(wire::ClientState::Failed, m_snapshot.percent(), why);
    emit("failed: " + why);
}

void BootFlow::waitForNews(std::chrono::milliseconds most, int wake) const
{
    std::vector<pollfd> watched;
    if (wake >= 0)
        watched.push_back({ wake, POLLIN, 0 });
    for (const auto &download : m_downloads) {
        if (download->newsFd() >= 0)
            watched.push_back({ download->newsFd(), POLLIN, 0 });
    }
    if (::poll(watched.data(), nfds_t(watched.size()), int(most.count())) <= 0)
        return;
    // The news is only that there is some: poll() reads what it is.
    char events[4096];
    for (const pollfd &item : watched) {
        if (item.fd != wake && (item.revents & POLLIN)) {
            while (::read(item.fd, events, sizeof events) > 0) { }
        }
    }
}

void BootFlow::poll()
{
    if (m_phase == Phase::Downloading)
        pollDownloading();
    else if (m_phase == Phase::Sharing)
        pollSharing();
}

void BootFlow::pollDownloading()
{
    Snapshot &s = m_snapshot;
    s.completed = s.total = s.downloadSpeed = s.uploadSpeed = 0;
    s.connections = s.seeders = 0;
    s.verifying = false;
    bool allFinished = true;
    bool starting = false;
    for (auto &download : m_downloads) {
        {
            Waiting waiting(*this, engineWait("to answer"));
            download->poll();
        }
        if (download->phase() == Download::Phase::Failed) {
            fail(download->error());
            return;
        }
        const DownloadStatus &status = download->status();
        s.completed += status.completedLength;
        s.total += status.totalLength;
        s.downloadSpeed += status.downloadSpeed;
        s.uploadSpeed += status.uploadSpeed;
        s.connections += status.connections;
        s.seeders += status.numSeeders;
        s.verifying = s.verifying || status.verifying;
        allFinished = allFinished && download->phase() == Download::Phase::Finished;
        starting = starting || download->phase() == Download::Phase::Starting;
    }
    setWaiting(starting ? engineWait("to start") : "");
    s.etaSeconds
        = s.downloadSpeed > 0 ? static_cast<int>((s.total - s.completed) / s.downloadSpeed) : -1;
    if (allFinished) {
        finishDownload();
        return;
    }
    report(wire::ClientState::Downloading, s.percent(), "");
    const Clock::time_point now = Clock::now();
    if (s.percent() != m_lastEventPercent && now - m_lastEvent >= std::chrono::seconds(1)) {
        m_lastEvent = now;
        m_lastEventPercent = s.percent();
        emit("downloading " + s.os + " " + std::to_string(s.percent()) + "% ("
            + HumanUnits::bytes(s.completed) + " of " + HumanUnits::bytes(s.total) + ") "
            + HumanUnits::rate(s.downloadSpeed) + ", " + std::to_string(s.connections) + " peers");
    }
}

std::string BootFlow::prepareFiles()
{
    const std::string dir = m_config.osDirectory(*m_os);
    if (m_plan.kind == BootPlan::Kind::Kexec) {
        for (const std::string &file : { m_os->kernel, m_os->initrd }) {
            if (!file.empty() && ::access((dir + "/" + file).c_str(), R_OK) != 0)
                return dir + "/" + file + ": missing after the download";
        }
    } else if (m_plan.kind == BootPlan::Kind::Binary) {
        return makeExecutable(dir + "/" + m_os->bin);
    } else {
        const std::string runtime = m_config.root + "/" + BootPlan::qemuRuntimeName;
        makeFolderExecutable(runtime + "/bin");
        return makeExecutable(BootPlan::qemuWrapper(m_config.root));
    }
    return {};
}

void BootFlow::finishDownload()
{
    m_snapshot.completed = m_snapshot.total;
    emit("downloaded " + m_os->name + " (" + HumanUnits::bytes(m_snapshot.total) + ")");
    const std::string problem = prepareFiles();
    if (!problem.empty()) {
        fail(problem);
        return;
    }
    if (m_plan.keepsSharing())
        enterReady("qemu shares while it runs");
    else if (m_config.settings.seedTime <= 0)
        enterReady("seed_time is 0");
    else
        enterSharing();
}

void BootFlow::enterSharing()
{
    m_phase = Phase::Sharing;
    m_phaseStarted = Clock::now();
    m_lastScrape = Clock::time_point();
    m_snapshot.sharingSecondsLeft = m_config.settings.seedTime;
    m_snapshot.incompletePeers = -1;
    emit("sharing " + m_os->name + " for up to " + std::to_string(m_config.settings.seedTime)
        + " s");
    report(wire::ClientState::Sharing, 100,
        "sharing with " + std::to_string(m_snapshot.connections) + " peers");
}

void BootFlow::pollSharing()
{
    const Clock::time_point now = Clock::now();
    Download &main = *m_downloads.front();
    {
        Waiting waiting(*this, engineWait("to answer"));
        main.poll();
    }
    const DownloadStatus &status = main.status();
    const int previousPeers = m_snapshot.connections;
    m_snapshot.connections = status.connections;
    m_snapshot.uploadSpeed = status.uploadSpeed;
    m_snapshot.downloadSpeed = 0;
    const auto elapsed
        = std::chrono::duration_cast<std::chrono::seconds>(now - m_phaseStarted).count();
    m_snapshot.sharingSecondsLeft
        = std::max<int>(0, m_config.settings.seedTime - static_cast<int>(elapsed));
    if (m_snapshot.connections != previousPeers)
        report(wire::ClientState::Sharing, 100,
            "sharing with " + std::to_string(m_snapshot.connections) + " peers");

    if (m_scrape.valid()
        && m_scrape.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        const Outcome<TrackerScrape::Counts> counts = m_scrape.get();
        if (counts) {
            m_snapshot.incompletePeers = static_cast<int>(counts->incomplete);
            if (counts->incomplete == 0) {
                enterReady("the tracker reports no peer still downloading");
                return;
            }
        }
    }
    const auto host = Ipv4Address::parse(m_config.settings.hostIp);
    if (m_config.settings.trackerEnabled && host && !status.infoHash.empty() && !m_scrape.valid()
        && now - m_lastScrape >= std::chrono::seconds(3)) {
        m_lastScrape = now;
        const int port = m_config.settings.trackerPort;
        const std::string hash = status.infoHash;
        const Ipv4Address address = *host;
        // On a thread of its own that nobody waits for: a silent tracker costs that thread
        // its timeout, never the boot (a std::async future would wait when dropped).
        std::packaged_task<Outcome<TrackerScrape::Counts>()> scrape(
            [address, port, hash] { return TrackerScrape::query(address, port, hash); });
        m_scrape = scrape.get_future();
        std::thread(std::move(scrape)).detach();
    }
    if (m_snapshot.sharingSecondsLeft <= 0)
        enterReady("seed_time of " + std::to_string(m_config.settings.seedTime) + " s reached");
    else if (main.phase() != Download::Phase::Finished || !main.processRunning())
        enterReady(engineWait("stopped sharing"));
}

void BootFlow::enterReady(const std::string &why)
{
    m_scrape = {};
    m_phase = Phase::ReadyToBoot;
    emit("ready to boot " + m_os->name + " (" + why + ")");
}

} // namespace bt::tui

#include "labexitsweep.h"

#include "labnames.h"

#include <QString>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bt::LabExitSweep {

namespace {

std::mutex &guard()
{
    static std::mutex mutex;
    return mutex;
}

std::string &workDir()
{
    static std::string path;
    return path;
}

// Kills every process (but this one) whose network namespace is the one at `path`.
void killProcessesIn(const std::string &path)
{
    struct stat target = {};
    if (::stat(path.c_str(), &target) != 0)
        return;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator("/proc", error)) {
        const std::string pidText = entry.path().filename().string();
        if (pidText.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const pid_t pid = pid_t(std::atol(pidText.c_str()));
        struct stat ns = {};
        if (pid <= 1 || pid == ::getpid()
            || ::stat((entry.path() / "ns" / "net").c_str(), &ns) != 0)
            continue;
        if (ns.st_dev == target.st_dev && ns.st_ino == target.st_ino)
            ::kill(pid, SIGKILL);
    }
}

void sweepAtExit() { sweep(); }

} // namespace

void arm()
{
    static std::once_flag once;
    std::call_once(once, [] { std::atexit(sweepAtExit); });
}

void setWorkDir(const std::string &path)
{
    std::lock_guard lock(guard());
    workDir() = path;
}

std::vector<std::string> sweep(const std::string &netnsDir)
{
    std::vector<std::string> removed;
    std::error_code error;
    std::vector<std::string> ours;
    for (const auto &entry : std::filesystem::directory_iterator(netnsDir, error)) {
        const std::string name = entry.path().filename().string();
        if (LabNames::ownerOf(QString::fromStdString(name)) == qint64(::getpid()))
            ours.push_back(name);
    }
    for (const std::string &name : ours) {
        const std::string path = netnsDir + "/" + name;
        killProcessesIn(path);
        ::umount2(path.c_str(), MNT_DETACH);
        if (::unlink(path.c_str()) == 0)
            removed.push_back(name);
    }
    std::lock_guard lock(guard());
    if (!workDir().empty()) {
        std::filesystem::remove_all(workDir(), error);
        workDir().clear();
    }
    return removed;
}

} // namespace bt::LabExitSweep

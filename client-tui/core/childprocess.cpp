#include "childprocess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace bt::tui {

namespace {

std::vector<char *> argvPointers(const std::vector<std::string> &argv)
{
    std::vector<char *> pointers;
    for (const std::string &arg : argv)
        pointers.push_back(const_cast<char *>(arg.c_str()));
    pointers.push_back(nullptr);
    return pointers;
}

} // namespace

ChildProcess::~ChildProcess()
{
    if (m_pid > 0)
        stop(std::chrono::milliseconds(1000));
}

Outcome<pid_t> ChildProcess::start(const std::vector<std::string> &argv,
    const std::string &workingDirectory, const std::string &outputPath)
{
    if (argv.empty())
        return Outcome<pid_t>::failure("no program to start");
    // Everything the child needs is prepared before fork: only async-signal-safe calls after it.
    std::vector<char *> pointers = argvPointers(argv);
    int outputFd = -1;
    if (!outputPath.empty()) {
        outputFd = ::open(outputPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (outputFd < 0)
            return Outcome<pid_t>::failure(outputPath + ": " + std::strerror(errno));
    }
    int errorPipe[2];
    if (::pipe2(errorPipe, O_CLOEXEC) != 0) {
        if (outputFd >= 0)
            ::close(outputFd);
        return Outcome<pid_t>::failure(std::string("pipe: ") + std::strerror(errno));
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int error = errno;
        ::close(errorPipe[0]);
        ::close(errorPipe[1]);
        if (outputFd >= 0)
            ::close(outputFd);
        return Outcome<pid_t>::failure(std::string("fork: ") + std::strerror(error));
    }
    if (pid == 0) {
        if (outputFd >= 0) {
            const int devNull = ::open("/dev/null", O_RDONLY);
            if (devNull >= 0)
                ::dup2(devNull, STDIN_FILENO);
            ::dup2(outputFd, STDOUT_FILENO);
            ::dup2(outputFd, STDERR_FILENO);
        }
        if (!workingDirectory.empty() && ::chdir(workingDirectory.c_str()) != 0) {
            const int error = errno;
            (void)!::write(errorPipe[1], &error, sizeof error);
            ::_exit(127);
        }
        ::execvp(pointers[0], pointers.data());
        const int error = errno;
        (void)!::write(errorPipe[1], &error, sizeof error);
        ::_exit(127);
    }
    ::close(errorPipe[1]);
    if (outputFd >= 0)
        ::close(outputFd);
    int childError = 0;
    ssize_t n;
    do {
        n = ::read(errorPipe[0], &childError, sizeof childError);
    } while (n < 0 && errno == EINTR);
    ::close(errorPipe[0]);
    if (n == sizeof childError) {
        ::waitpid(pid, nullptr, 0);
        return Outcome<pid_t>::failure(argv[0] + ": " + std::strerror(childError));
    }
    m_pid = pid;
    m_exitCode = -1;
    m_exitDescription.clear();
    return Outcome<pid_t>::success(pid);
}

void ChildProcess::noteStatus(int status)
{
    if (WIFEXITED(status)) {
        m_exitCode = WEXITSTATUS(status);
        m_exitDescription = "exited with code " + std::to_string(m_exitCode);
    } else if (WIFSIGNALED(status)) {
        m_exitCode = 128 + WTERMSIG(status);
        m_exitDescription = std::string("killed by signal ") + std::to_string(WTERMSIG(status));
    }
    m_pid = -1;
}

bool ChildProcess::running()
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
    if (done == m_pid) {
        noteStatus(status);
        return false;
    }
    return done == 0;
}

bool ChildProcess::waitFinished(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

void ChildProcess::stop(std::chrono::milliseconds grace)
{
    if (!running())
        return;
    ::kill(m_pid, SIGTERM);
    if (waitFinished(grace))
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    noteStatus(status);
}

Outcome<int> ChildProcess::run(const std::vector<std::string> &argv,
    std::chrono::milliseconds timeout, const std::string &workingDirectory)
{
    ChildProcess child;
    const Outcome<pid_t> started = child.start(argv, workingDirectory);
    if (!started)
        return Outcome<int>::failure(started.error());
    if (!child.waitFinished(timeout)) {
        child.stop(std::chrono::milliseconds(1000));
        return Outcome<int>::failure(
            argv[0] + " did not finish within " + std::to_string(timeout.count() / 1000) + " s");
    }
    return Outcome<int>::success(child.exitCode());
}

std::string ChildProcess::execReplacing(
    const std::vector<std::string> &argv, const std::string &workingDirectory)
{
    if (argv.empty())
        return "no program to start";
    if (!workingDirectory.empty() && ::chdir(workingDirectory.c_str()) != 0)
        return workingDirectory + ": " + std::strerror(errno);
    std::vector<char *> pointers = argvPointers(argv);
    ::execvp(pointers[0], pointers.data());
    return argv[0] + ": " + std::strerror(errno);
}

} // namespace bt::tui

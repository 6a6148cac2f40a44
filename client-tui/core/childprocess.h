#pragma once

#include "outcome.h"

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace bt::tui {

// A program started with fork + execvp and an explicit argv, never through a shell.
class ChildProcess
{
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // outputPath empty: the child shares bttui's stdout/stderr; otherwise both go to that file.
    Outcome<pid_t> start(const std::vector<std::string> &argv,
        const std::string &workingDirectory = {}, const std::string &outputPath = {});
    bool running();
    pid_t pid() const { return m_pid; }
    // "exited with code 3", "killed by signal 9"; empty while running.
    std::string exitDescription() const { return m_exitDescription; }
    int exitCode() const { return m_exitCode; }
    // SIGTERM, then SIGKILL after `grace`; always reaps.
    void stop(std::chrono::milliseconds grace = std::chrono::milliseconds(3000));
    // Waits at most `timeout`; false if it still runs.
    bool waitFinished(std::chrono::milliseconds timeout);

    // Runs a program to its end (bounded by `timeout`, killed after it), output to this terminal.
    static Outcome<int> run(const std::vector<std::string> &argv, std::chrono::milliseconds timeout,
        const std::string &workingDirectory = {});
    // Replaces bttui by the program; returns only on failure.
    static std::string execReplacing(
        const std::vector<std::string> &argv, const std::string &workingDirectory = {});

private:
    void noteStatus(int status);

    pid_t m_pid = -1;
    int m_exitCode = -1;
    std::string m_exitDescription;
};

} // namespace bt::tui

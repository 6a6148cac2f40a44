#pragma once

#include "logline.h"
#include "servicespec.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace bt {

// Runs one service as a child process and keeps it running.
//
// Rules:
// - A child that exits (or cannot be executed) within the start-up window
//   (1.5 s) after start() failed to start: the supervisor reports one error
//   line (the exit code and the child's last output lines, or "dnsmasq not
//   found: install the dnsmasq package") and goes to Failed. It does not
//   retry: a port in use, a missing binary or a bad config will not fix
//   itself.
// - A child that dies after it was Running is restarted after a back-off of
//   1 s, 2 s, 4 s ... at most 30 s; the back-off starts again at 1 s once a
//   child has stayed up 60 s. A restarted child that dies again, even within
//   its start-up window, counts as another death (the cause may be
//   transient), never as a start failure.
// - stop() sends SIGTERM, then SIGKILL to the child's process group after
//   5 s (a timer, nothing blocks), and emits stopped().
// - Every child runs in its own process group (a Ctrl+C at the terminal
//   reaches BootTorrent, which stops the services in order) and gets
//   PR_SET_PDEATHSIG = SIGKILL, so no child outlives the app even when the
//   app itself is killed with SIGKILL.
//
// Caveats of the death signal: the kernel sends it when the *thread* that
// started the child exits, so create and start supervisors on a long-lived
// thread (the main thread), never on a worker thread. It is also cleared when
// the child changes its effective user or group (dnsmasq's --user, a
// set-uid binary): such a child does not get the guarantee.
class ServiceSupervisor : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Restarting, Stopping, Failed };
    Q_ENUM(State)

    struct Timings
    {
        int startupMs = 1500; // a child that exits sooner failed to start
        int firstBackoffMs = 1000;
        int maxBackoffMs = 30000;
        int stableMs = 60000; // up this long: the back-off starts again at firstBackoffMs
        int killAfterMs = 5000; // stop(): SIGKILL this long after SIGTERM
    };

    explicit ServiceSupervisor(ServiceSpec spec, QObject *parent = nullptr);
    ServiceSupervisor(ServiceSpec spec, Timings timings, QObject *parent = nullptr);
    // Kills a child that still runs (SIGKILL) and reaps it.
    ~ServiceSupervisor() override;

    const ServiceSpec &spec() const { return m_spec; }
    QString name() const { return m_spec.name; }
    const Timings &timings() const { return m_timings; }
    State state() const { return m_state; }
    qint64 pid() const; // 0 while no child runs
    int restartCount() const { return m_restartCount; } // since the last start()
    int nextBackoffMs() const { return m_backoffMs; }
    QString lastError() const { return m_lastError; } // last start failure or death; empty if none

public Q_SLOTS:
    // From Stopped or Failed: starts the child. Otherwise does nothing.
    void start();
    // Stops the child (or a pending restart). Emits stopped() once it is
    // gone; from Stopped it does nothing.
    void stop();

Q_SIGNALS:
    void stateChanged(bt::ServiceSupervisor::State state);
    void logLine(const bt::LogLine &line);
    void started(qint64 pid); // a child process started: the first and every restart
    void failed(const QString &error); // start failure; the supervisor is Failed
    void restartScheduled(int restartCount, int delayMs, const QString &reason);
    void stopped();

private:
    void launch();
    void onStarted();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStartupElapsed();
    void onKillTimeout();
    void readChannel(QProcess::ProcessChannel channel, bool final);
    void emitOutput(QProcess::ProcessChannel channel, const QByteArray &raw);
    void fail(const QString &error);
    void scheduleRestart(const QString &reason);
    void discardProcess();
    void setState(State state);
    void log(LogSeverity severity, const QString &text);
    QString describeExit(int exitCode, QProcess::ExitStatus status) const;
    QString notStartedMessage() const;

    ServiceSpec m_spec;
    Timings m_timings;
    State m_state = State::Stopped;
    QProcess *m_process = nullptr;
    QByteArray m_pending[2]; // partial lines of stdout and stderr
    QStringList m_tail; // the child's last output lines, for the failure message
    QTimer m_startupTimer;
    QTimer m_stableTimer;
    QTimer m_restartTimer;
    QTimer m_killTimer;
    int m_backoffMs = 0;
    int m_restartCount = 0;
    QString m_lastError;
};

} // namespace bt

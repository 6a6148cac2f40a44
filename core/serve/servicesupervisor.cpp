#include "servicesupervisor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstring>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace bt {

namespace {

constexpr int TailLines = 3; // output lines quoted in a start failure
constexpr qsizetype MaxLineBytes = 16 * 1024; // a longer run without newline is cut into lines

QString signalName(int sig)
{
    const char *abbrev = ::sigabbrev_np(sig);
    return abbrev ? QStringLiteral("signal %1 (SIG%2)").arg(sig).arg(QString::fromLatin1(abbrev))
                  : QStringLiteral("signal %1").arg(sig);
}

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000)
                          : QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

ServiceSupervisor::ServiceSupervisor(ServiceSpec spec, QObject *parent)
    : ServiceSupervisor(std::move(spec), Timings {}, parent)
{
}

ServiceSupervisor::ServiceSupervisor(ServiceSpec spec, Timings timings, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_timings(timings)
    , m_backoffMs(timings.firstBackoffMs)
{
    if (m_spec.name.isEmpty())
        m_spec.name = QFileInfo(m_spec.program).fileName();
    if (m_spec.package.isEmpty())
        m_spec.package = QFileInfo(m_spec.program).fileName();

    m_startupTimer.setSingleShot(true);
    m_stableTimer.setSingleShot(true);
    m_restartTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_startupTimer, &QTimer::timeout, this, &ServiceSupervisor::onStartupElapsed);
    connect(
        &m_stableTimer, &QTimer::timeout, this, [this] { m_backoffMs = m_timings.firstBackoffMs; });
    connect(&m_restartTimer, &QTimer::timeout, this, &ServiceSupervisor::launch);
    connect(&m_killTimer, &QTimer::timeout, this, &ServiceSupervisor::onKillTimeout);
}

ServiceSupervisor::~ServiceSupervisor()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        const qint64 pid = m_process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    delete m_process;
}

qint64 ServiceSupervisor::pid() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

void ServiceSupervisor::start()
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return;
    Q_ASSERT_X(!QCoreApplication::instance()
            || QThread::currentThread() == QCoreApplication::instance()->thread(),
        "ServiceSupervisor::start",
        "children must be started from the main thread (PR_SET_PDEATHSIG)");
    m_restartCount = 0;
    m_backoffMs = m_timings.firstBackoffMs;
    m_lastError.clear();
    setState(State::Starting);
    launch();
}

void ServiceSupervisor::stop()
{
    switch (m_state) {
    case State::Stopped:
    case State::Stopping:
        return;
    case State::Failed:
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    case State::Starting:
    case State::Running:
    case State::Restarting:
        break;
    }
    m_restartTimer.stop();
    m_startupTimer.stop();
    m_stableTimer.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        discardProcess();
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    setState(State::Stopping);
    m_process->terminate();
    m_killTimer.start(m_timings.killAfterMs);
}

void ServiceSupervisor::launch()
{
    discardProcess();
    m_tail.clear();

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_spec.program);
    process->setArguments(m_spec.arguments);
    if (!m_spec.workingDirectory.isEmpty())
        process->setWorkingDirectory(m_spec.workingDirectory);
    if (m_spec.environment)
        process->setProcessEnvironment(*m_spec.environment);
    process->setStandardInputFile(QProcess::nullDevice());

    // The user is looked up here: getpwnam is not safe after fork.
    std::optional<std::pair<uid_t, gid_t>> runAs;
    if (!m_spec.runAsUser.isEmpty() && ::geteuid() == 0) {
        if (const passwd *entry = ::getpwnam(m_spec.runAsUser.toLocal8Bit().constData()))
            runAs = std::make_pair(entry->pw_uid, entry->pw_gid);
    }

    // Runs in the child between fork and exec: only async-signal-safe calls.
    const pid_t parent = ::getpid();
    process->setChildProcessModifier([parent, runAs] {
        ::setpgid(0, 0);
        if (runAs
            && (::setgroups(0, nullptr) != 0 || ::setgid(runAs->second) != 0
                || ::setuid(runAs->first) != 0))
            ::_exit(126);
        // After the user switch, which would clear it.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The parent may have died before prctl took effect; then nobody
        // would ever send the signal.
        if (::getppid() != parent)
            ::_exit(127);
    });

    connect(process, &QProcess::readyReadStandardOutput, this,
        [this] { readChannel(QProcess::StandardOutput, false); });
    connect(process, &QProcess::readyReadStandardError, this,
        [this] { readChannel(QProcess::StandardError, false); });
    connect(process, &QProcess::started, this, &ServiceSupervisor::onStarted);
    connect(process, &QProcess::errorOccurred, this, &ServiceSupervisor::onErrorOccurred);
    connect(process, &QProcess::finished, this, &ServiceSupervisor::onFinished);

    process->start();
}

void ServiceSupervisor::onStarted()
{
    const qint64 pid = m_process->processId();
    log(LogSeverity::Info,
        QStringLiteral("started %1 (pid %2)")
            .arg((QStringList(m_spec.program) + m_spec.arguments).join(QLatin1Char(' ')),
                QString::number(pid)));
    m_startupTimer.start(m_timings.startupMs);
    Q_EMIT started(pid);
}

void ServiceSupervisor::onStartupElapsed()
{
    if (m_state != State::Starting && m_state != State::Restarting)
        return;
    setState(State::Running);
    m_stableTimer.start(m_timings.stableMs);
}

void ServiceSupervisor::onErrorOccurred(QProcess::ProcessError error)
{
    // Only a failed exec has no finished() to follow; crashes arrive there.
    if (error != QProcess::FailedToStart)
        return;
    const QString message = notStartedMessage();
    switch (m_state) {
    case State::Starting:
        fail(message);
        break;
    case State::Restarting:
    case State::Running:
        scheduleRestart(message);
        break;
    case State::Stopping:
        m_killTimer.stop();
        discardProcess();
        setState(State::Stopped);
        Q_EMIT stopped();
        break;
    case State::Stopped:
    case State::Failed:
        break;
    }
}

void ServiceSupervisor::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readChannel(QProcess::StandardOutput, true);
    readChannel(QProcess::StandardError, true);
    m_startupTimer.stop();
    m_stableTimer.stop();

    switch (m_state) {
    case State::Stopping:
        m_killTimer.stop();
        discardProcess();
        log(LogSeverity::Info, QStringLiteral("stopped"));
        setState(State::Stopped);
        Q_EMIT stopped();
        break;
    case State::Starting: {
        QString message
            = QCoreApplication::translate("bt::ServiceSupervisor", "%1 %2 during start-up")
                  .arg(m_spec.name, describeExit(exitCode, status));
        message += m_tail.isEmpty()
            ? QCoreApplication::translate("bt::ServiceSupervisor", " and printed nothing")
            : QStringLiteral(": ") + m_tail.join(QStringLiteral(" / "));
        fail(message);
        break;
    }
    case State::Running:
    case State::Restarting:
        scheduleRestart(QStringLiteral("%1 %2").arg(m_spec.name, describeExit(exitCode, status)));
        break;
    case State::Stopped:
    case State::Failed:
        break;
    }
}

void ServiceSupervisor::onKillTimeout()
{
    if (m_state != State::Stopping || !m_process)
        return;
    log(LogSeverity::Warning,
        QCoreApplication::translate(
            "bt::ServiceSupervisor", "did not stop within %1 of SIGTERM: sending SIGKILL")
            .arg(seconds(m_timings.killAfterMs)));
    // The whole group, so helpers the service forked die with it.
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    m_process->kill();
}

void ServiceSupervisor::readChannel(QProcess::ProcessChannel channel, bool final)
{
    if (!m_process)
        return;
    QByteArray &pending = m_pending[channel == QProcess::StandardError ? 1 : 0];
    pending += channel == QProcess::StandardError ? m_process->readAllStandardError()
                                                  : m_process->readAllStandardOutput();
    qsizetype from = 0;
    for (;;) {
        const qsizetype newline = pending.indexOf('\n', from);
        if (newline < 0) {
            if (pending.size() - from > MaxLineBytes) {
                emitOutput(channel, pending.mid(from, MaxLineBytes));
                from += MaxLineBytes;
                continue;
            }
            break;
        }
        emitOutput(channel, pending.mid(from, newline - from));
        from = newline + 1;
    }
    pending.remove(0, from);
    if (final && !pending.isEmpty()) {
        emitOutput(channel, pending);
        pending.clear();
    }
}

void ServiceSupervisor::emitOutput(QProcess::ProcessChannel channel, const QByteArray &raw)
{
    QByteArray bytes = raw;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    // Colour codes (aria2c's console) mean nothing in the log view.
    static const QRegularExpression ansiEscape(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    const QString text = QString::fromUtf8(bytes).remove(ansiEscape);
    if (text.trimmed().isEmpty())
        return;
    m_tail.append(text);
    if (m_tail.size() > TailLines)
        m_tail.removeFirst();
    log(channel == QProcess::StandardError ? m_spec.stderrSeverity : LogSeverity::Info, text);
}

void ServiceSupervisor::fail(const QString &error)
{
    discardProcess();
    m_lastError = error;
    log(LogSeverity::Error, error);
    setState(State::Failed);
    Q_EMIT failed(error);
}

void ServiceSupervisor::scheduleRestart(const QString &reason)
{
    discardProcess();
    const int delay = m_backoffMs;
    m_backoffMs = std::min(m_backoffMs * 2, m_timings.maxBackoffMs);
    ++m_restartCount;
    m_lastError = reason;
    log(LogSeverity::Warning,
        QStringLiteral("%1; restart %2 in %3").arg(reason).arg(m_restartCount).arg(seconds(delay)));
    setState(State::Restarting);
    m_restartTimer.start(delay);
    Q_EMIT restartScheduled(m_restartCount, delay, reason);
}

void ServiceSupervisor::discardProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_pending[0].clear();
    m_pending[1].clear();
}

void ServiceSupervisor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ServiceSupervisor::log(LogSeverity severity, const QString &text)
{
    Q_EMIT logLine(LogLine { QDateTime::currentDateTime(), m_spec.name, severity, text });
}

QString ServiceSupervisor::describeExit(int exitCode, QProcess::ExitStatus status) const
{
    // On Unix QProcess reports the terminating signal as the exit code of a crash.
    if (status == QProcess::CrashExit)
        return QCoreApplication::translate("bt::ServiceSupervisor", "was killed by %1")
            .arg(signalName(exitCode));
    return QCoreApplication::translate("bt::ServiceSupervisor", "exited with exit code %1")
        .arg(exitCode);
}

QString ServiceSupervisor::notStartedMessage() const
{
    const QString &program = m_spec.program;
    const QString path
        = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return QCoreApplication::translate(
            "bt::ServiceSupervisor", "%1 not found: install the %2 package")
            .arg(program, m_spec.package);
    return QCoreApplication::translate("bt::ServiceSupervisor", "%1 could not be started: %2")
        .arg(path, m_process ? m_process->errorString() : QString());
}

} // namespace bt

#include "servelauncher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace bt {

bool processAlive(qint64 pid)
{
    // A serve this process started is reaped by reapWhenDone() within 250 ms.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

namespace {

// serve is a child of this process until this process ends: whoever looks
// at it, its exit status is collected here, so it never lingers as a zombie.
void reapWhenDone(pid_t pid)
{
    static QTimer *timer = nullptr;
    static QList<pid_t> children;
    children << pid;
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setInterval(250);
        QObject::connect(timer, &QTimer::timeout, [] {
            for (qsizetype i = children.size() - 1; i >= 0; --i) {
                int status = 0;
                const pid_t result = ::waitpid(children[i], &status, WNOHANG);
                if (result == children[i] || (result < 0 && errno == ECHILD))
                    children.removeAt(i);
            }
            if (children.isEmpty())
                timer->stop();
        });
    }
    timer->start();
}

} // namespace

ServeLauncher::ServeLauncher(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &ServeLauncher::check);
}

ServeLauncher::~ServeLauncher() = default;

QStringList ServeLauncher::commandLine(const QString &environmentDir, const Options &options)
{
    const QString program = options.program.isEmpty()
        ? QCoreApplication::applicationFilePath()
        : QFileInfo(options.program).absoluteFilePath();
    const bool pkexec = options.privilege == Options::Privilege::Pkexec
        || (options.privilege == Options::Privilege::Auto && ::geteuid() != 0);
    QStringList argv;
    if (pkexec)
        argv << options.pkexec;
    // --background: its own session, deaf to the hang-up of the window's.
    argv << program << QStringLiteral("serve") << QStringLiteral("--background")
         << options.arguments << QDir(environmentDir).absolutePath();
    return argv;
}

std::optional<AdminEndpoint> ServeLauncher::endpointOf(const ServeRuntime::Info &info)
{
    std::optional<AdminEndpoint> endpoint = AdminEndpoint::parse(info.admin);
    if (!endpoint || info.token.isEmpty())
        return std::nullopt;
    endpoint->token = info.token;
    return endpoint;
}

bool ServeLauncher::start(const QString &environmentDir, const Options &options)
{
    m_dir = QDir(environmentDir).absolutePath();
    const QString folder = ServeRuntime::dir();
    QDir().mkpath(folder);
    m_output = ServeRuntime::baseName(folder, m_dir) + QStringLiteral(".log");
    {
        QFile output(m_output);
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            Q_EMIT failed(
                tr("Cannot write serve's output to %1: %2").arg(m_output, output.errorString()));
            return false;
        }
    }
    const QStringList argv = commandLine(m_dir, options);
    // A child of this process, not a detached grandchild: pkexec refuses to
    // run for a process whose parent is gone. serve leaves the session
    // itself (--background) and lives on when this process ends.
    const QString program = argv.first().contains(QLatin1Char('/'))
        ? argv.first()
        : QStandardPaths::findExecutable(argv.first());
    if (program.isEmpty()) {
        Q_EMIT failed(tr("Cannot start serve: %1 is not installed.").arg(argv.first()));
        return false;
    }
    std::vector<QByteArray> storage;
    for (const QString &arg : argv)
        storage.push_back(QFile::encodeName(arg));
    std::vector<char *> cargv;
    for (QByteArray &arg : storage)
        cargv.push_back(arg.data());
    cargv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    const QByteArray output = QFile::encodeName(m_output);
    posix_spawn_file_actions_addopen(&actions, 1, output.constData(), O_WRONLY | O_APPEND, 0);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const QByteArray path = QFile::encodeName(program);
    const int error
        = ::posix_spawn(&pid, path.constData(), &actions, nullptr, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        Q_EMIT failed(
            tr("Cannot start %1: %2").arg(program, QString::fromLocal8Bit(::strerror(error))));
        return false;
    }
    m_pid = pid;
    reapWhenDone(pid);
    m_timeoutMs = options.timeoutMs;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + options.timeoutMs;
    m_poll.start();
    return true;
}

QString ServeLauncher::tailOf(const QString &path, int lines)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > 64 * 1024)
        file.seek(file.size() - 64 * 1024);
    const QStringList all = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'));
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

QString ServeLauncher::reasonIn(const QString &path)
{
    // serve prints "boottorrent serve: <service> failed to start: <why>".
    const QLatin1String prefix("boottorrent serve: ");
    QString reason;
    for (const QString &line : tailOf(path, 200).split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            reason = line.mid(prefix.size())
                         .replace(QLatin1String(" failed to start: "), QLatin1String(" failed: "));
    return reason;
}

void ServeLauncher::check()
{
    const std::optional<ServeRuntime::Info> info = ServeRuntime::find(m_dir);
    if (info && info->pid == m_pid) {
        if (std::optional<AdminEndpoint> endpoint = endpointOf(*info)) {
            m_poll.stop();
            Q_EMIT ready(*endpoint, m_pid);
            return;
        }
    }
    if (!processAlive(m_pid)) {
        m_poll.stop();
        QString tail = outputTail();
        // pkexec's own words when the user said no.
        if (tail.contains(QLatin1String("Request dismissed"))
            || tail.contains(QLatin1String("Not authorized"))
            || tail.contains(QLatin1String("Error executing command as another user")))
            Q_EMIT failed(
                tr("Serving needs the administrator's permission, and it was not given."));
        else
            Q_EMIT failed(tail.isEmpty() ? tr("serve ended before it served.") : tail);
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        m_poll.stop();
        Q_EMIT failed(tr("serve did not come up within %n second(s); its output is in %1.", nullptr,
            m_timeoutMs / 1000)
                          .arg(m_output));
    }
}

} // namespace bt

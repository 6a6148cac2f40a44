#include "leftoverservices.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <csignal>

namespace bt::LeftoverServices {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

// The parent's pid from /proc/<pid>/stat ("pid (comm) state ppid ..."; comm may hold spaces).
qint64 parentOf(const QString &procDir, qint64 pid)
{
    const QByteArray stat = readSmall(QStringLiteral("%1/%2/stat").arg(procDir).arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

} // namespace

QList<qint64> find(const QString &program, const QString &argument, const QString &procDir)
{
    const QString proc = procDir.isEmpty() ? QStringLiteral("/proc") : procDir;
    QList<qint64> found;
    const QStringList entries = QDir(proc).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid <= 1)
            continue;
        if (readSmall(QStringLiteral("%1/%2/comm").arg(proc).arg(pid)).trimmed()
            != program.toLocal8Bit())
            continue;
        const QList<QByteArray> args
            = readSmall(QStringLiteral("%1/%2/cmdline").arg(proc).arg(pid)).split('\0');
        const QByteArray wanted = QFile::encodeName(argument);
        if (!std::any_of(args.begin(), args.end(), [&wanted](const QByteArray &arg) {
                return arg == wanted || arg.endsWith('=' + wanted);
            }))
            continue;
        // One that a running serve supervises is not left over.
        const qint64 parent = parentOf(proc, pid);
        if (parent > 1
            && readSmall(QStringLiteral("%1/%2/comm").arg(proc).arg(parent))
                   .startsWith("boottorrent"))
            continue;
        found << pid;
    }
    return found;
}

QStringList end(const QList<qint64> &pids, const QString &what)
{
    // Nobody supervises these any more and nothing of theirs needs a clean
    // shutdown: SIGKILL, so the caller (the app's thread too) waits only the
    // few milliseconds until their ports are free.
    QStringList ended;
    for (const qint64 pid : pids)
        if (::kill(pid_t(pid), SIGKILL) == 0)
            ended << QStringLiteral("ended %1 (pid %2), left running by a serve that was killed")
                         .arg(what)
                         .arg(pid);
    QElapsedTimer clock;
    clock.start();
    for (const qint64 pid : pids)
        while (::kill(pid_t(pid), 0) == 0 && clock.elapsed() < 500)
            QThread::msleep(5);
    return ended;
}

} // namespace bt::LeftoverServices

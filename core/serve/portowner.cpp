#include "portowner.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cstdio>

#include <dirent.h>
#include <unistd.h>

namespace bt {

namespace {

// Socket inodes bound to port, from /proc/net/{tcp,tcp6,udp,udp6}.
QSet<quint64> socketInodes(PortOwner::Transport transport, quint16 port)
{
    const bool tcp = transport == PortOwner::Transport::Tcp;
    const QStringList tables = tcp
        ? QStringList { QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6") }
        : QStringList { QStringLiteral("/proc/net/udp"), QStringLiteral("/proc/net/udp6") };
    QSet<quint64> inodes;
    for (const QString &table : tables) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
            if (fields.size() < 10)
                continue;
            const QByteArray &local = fields[1];
            const qsizetype colon = local.lastIndexOf(':');
            bool ok = false;
            if (colon < 0 || local.mid(colon + 1).toUInt(&ok, 16) != port || !ok)
                continue;
            if (tcp && fields[3] != "0A") // TCP_LISTEN
                continue;
            const quint64 inode = fields[9].toULongLong(&ok);
            if (ok && inode != 0)
                inodes.insert(inode);
        }
    }
    return inodes;
}

} // namespace

std::optional<PortOwner> PortOwner::find(Transport transport, quint16 port)
{
    const QSet<quint64> inodes = socketInodes(transport, port);
    if (inodes.isEmpty())
        return std::nullopt;

    const QStringList pids
        = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidText : pids) {
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray fdDir = QStringLiteral("/proc/%1/fd").arg(pid).toLatin1();
        DIR *dir = ::opendir(fdDir.constData());
        if (!dir)
            continue;
        bool found = false;
        while (const dirent *entry = ::readdir(dir)) {
            char link[64] = {};
            const QByteArray path = fdDir + '/' + entry->d_name;
            const ssize_t n = ::readlink(path.constData(), link, sizeof link - 1);
            unsigned long long inode = 0;
            if (n > 0 && std::sscanf(link, "socket:[%llu]", &inode) == 1
                && inodes.contains(inode)) {
                found = true;
                break;
            }
        }
        ::closedir(dir);
        if (found) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            PortOwner owner;
            owner.pid = pid;
            if (comm.open(QIODevice::ReadOnly))
                owner.command = QString::fromUtf8(comm.readAll().trimmed());
            return owner;
        }
    }
    return std::nullopt;
}

QString PortOwner::toString() const
{
    return QStringLiteral("%1 (pid %2)")
        .arg(command.isEmpty() ? QStringLiteral("a process") : command)
        .arg(pid);
}

} // namespace bt

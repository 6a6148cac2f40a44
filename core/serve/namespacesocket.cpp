#include "namespacesocket.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bt {

int socketInNamespace(const QString &name, int family, int type, QString *error)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))) {
        *error = QStringLiteral("%1 is not a network namespace name").arg(name);
        return -1;
    }
    const int target = ::open(
        QFile::encodeName(QStringLiteral("/run/netns/") + name).constData(), O_RDONLY | O_CLOEXEC);
    const int own = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (target < 0 || own < 0) {
        *error = QStringLiteral("cannot open network namespace %1: %2")
                     .arg(name, QString::fromLocal8Bit(::strerror(errno)));
        if (target >= 0)
            ::close(target);
        if (own >= 0)
            ::close(own);
        return -1;
    }
    int fd = -1;
    if (::setns(target, CLONE_NEWNET) == 0) {
        fd = ::socket(family, type | SOCK_CLOEXEC, 0);
        const int socketErrno = errno;
        if (::setns(own, CLONE_NEWNET) != 0)
            qFatal("cannot return to the own network namespace");
        if (fd < 0)
            *error = QStringLiteral("cannot open a socket in network namespace %1: %2")
                         .arg(name, QString::fromLocal8Bit(::strerror(socketErrno)));
    } else {
        *error = QStringLiteral("cannot enter network namespace %1: %2")
                     .arg(name, QString::fromLocal8Bit(::strerror(errno)));
    }
    ::close(target);
    ::close(own);
    return fd;
}

int udpSocketInNamespace(
    const QString &name, const QHostAddress &address, quint16 port, QString *error)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol) {
        *error = QStringLiteral("%1 is no IPv4 address").arg(address.toString());
        return -1;
    }
    const int fd = socketInNamespace(name, AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, error);
    if (fd < 0)
        return -1;
    const int on = 1;
    sockaddr_in at {};
    at.sin_family = AF_INET;
    at.sin_port = htons(port);
    at.sin_addr.s_addr = htonl(address.toIPv4Address());
    if (::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on) != 0
        || ::bind(fd, reinterpret_cast<const sockaddr *>(&at), sizeof at) != 0) {
        *error = QString::fromLocal8Bit(::strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace bt

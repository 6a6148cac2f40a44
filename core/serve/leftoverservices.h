#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bt {

// Services that outlived the serve that started them. dnsmasq drops its
// privileges itself, and the kernel then forgets the parent-death signal
// that ties every other child to serve: after serve was killed with
// SIGKILL, it kept answering DHCP with nobody watching. The next serve of
// the same environment ends such processes before it checks its ports.
namespace LeftoverServices {

// Processes (by /proc) running `program` with `argument` on their command
// line whose parent is not a running BootTorrent.
QList<qint64> find(const QString &program, const QString &argument, const QString &procDir = {});
// SIGKILL, then at most 0.5 s for them to go; returns what it ended, one line each.
QStringList end(const QList<qint64> &pids, const QString &what);

} // namespace LeftoverServices

} // namespace bt

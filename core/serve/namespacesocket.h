#pragma once

#include <QHostAddress>
#include <QString>

namespace bt {

// A socket (socket(2)'s `family` and `type`; close-on-exec is added) made in
// the network namespace `name` (a name under /run/netns). A socket stays in
// the namespace it was made in, so only its creation switches this thread's
// namespace, and back at once. -1 when it cannot be made; `error` says why.
// Needs root.
int socketInNamespace(const QString &name, int family, int type, QString *error);
// A non-blocking IPv4 UDP socket made in the namespace `name` and bound
// there to address:port, allowed to send to broadcast addresses.
int udpSocketInNamespace(
    const QString &name, const QHostAddress &address, quint16 port, QString *error);

} // namespace bt

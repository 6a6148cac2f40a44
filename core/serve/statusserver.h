#pragma once

#include "clientstatus.h"
#include "jsonendpoint.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QString>

class QTcpSocket;

namespace bt {

class ClientRegistry;

// The HTTP endpoint clients report to and scripts read from, on the host's
// lab address only:
//   POST /api/v1/clients/<mac>  {"state": ..., "os": ..., "progress": ..., "message": ...}
//   GET  /api/v1/clients        every client
//   GET  /api/v1/clients/<mac>  one client
//   GET  /api/v1/swarm          swarm totals
// Every answer is JSON; errors are {"error": "<sentence>"} and change
// nothing. One request per connection (Connection: close). Connections are
// bounded in number, size and time, so garbage or slow senders on the lab
// network cannot exhaust the host.
class StatusServer : public JsonEndpoint
{
    Q_OBJECT
public:
    explicit StatusServer(ClientRegistry *registry, QObject *parent = nullptr);
    ~StatusServer() override;

    // Refuses wildcard addresses: the endpoint belongs on the lab interface.
    // Port 0 picks a free port (see serverPort()). Connections: at most 256
    // (setMaxConnections), 5 s from accept to answer (setConnectionTimeout).
    bool listen(const QHostAddress &address, quint16 port);

    // One address may report for at most this many MACs (default 4: a
    // machine's network cards) and post this many times per 10 s (default
    // 200); loopback, this host itself, is exempt.
    void setPerAddressLimits(int macs, int postsPer10s);
    void setLoopbackExempt(bool exempt) { m_loopbackExempt = exempt; } // default true

Q_SIGNALS:
    // A client reported its state (after the registry took it).
    void statusReceived(const QString &mac, const bt::ClientStatus &status);
    // A request was answered with an error; for the log view.
    void requestRejected(const QHostAddress &peer, int statusCode, const QString &reason);

private:
    void route(QTcpSocket *socket, const HttpRequest &request) override;
    void rejected(QTcpSocket *socket, int code, const QString &message) override;
    // Refuses a post the address may not make (403/429); true when refused.
    bool refusedForAddress(QTcpSocket *socket, const QString &mac, const QString &ip);

    ClientRegistry *m_registry;
    struct AddressUse
    {
        QSet<QString> macs;
        qint64 windowStart = 0; // ms since epoch
        int posts = 0;
    };
    QHash<QString, AddressUse> m_addresses; // by client address, bounded
    int m_macsPerAddress = 4;
    int m_postsPer10s = 200;
    bool m_loopbackExempt = true;
};

} // namespace bt

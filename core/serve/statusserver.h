#pragma once

#include "clientstatus.h"

#include <QHash>
#include <QSet>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace bt {

class ClientRegistry;
class HttpRequestParser;

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
class StatusServer : public QObject
{
    Q_OBJECT
public:
    explicit StatusServer(ClientRegistry *registry, QObject *parent = nullptr);
    ~StatusServer() override;

    // Refuses wildcard addresses: the endpoint belongs on the lab interface.
    // Port 0 picks a free port (see serverPort()).
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const { return m_errorString; }

    void setConnectionTimeout(int milliseconds); // default 5000, from accept to answer
    void setMaxConnections(int count); // default 256
    // One address may report for at most this many MACs (default 4: a
    // machine's network cards) and post this many times per 10 s (default
    // 200); loopback, this host itself, is exempt.
    void setPerAddressLimits(int macs, int postsPer10s);
    void setLoopbackExempt(bool exempt) { m_loopbackExempt = exempt; } // default true
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    // A client reported its state (after the registry took it).
    void statusReceived(const QString &mac, const bt::ClientStatus &status);
    // A request was answered with an error; for the log view.
    void requestRejected(const QHostAddress &peer, int statusCode, const QString &reason);

private:
    void acceptConnections();
    void handleReadable(QTcpSocket *socket);
    void respond(
        QTcpSocket *socket, int code, const QByteArray &json, const QByteArray &allow = {});
    void respondError(
        QTcpSocket *socket, int code, const QString &message, const QByteArray &allow = {});
    void route(QTcpSocket *socket);

    ClientRegistry *m_registry;
    QTcpServer *m_server;
    QString m_errorString;
    int m_timeout = 5000;
    int m_maxConnections = 256;
    int m_connections = 0;
    QHash<QTcpSocket *, std::shared_ptr<HttpRequestParser>> m_parsers;
    // Refuses a post the address may not make (403/429); true when refused.
    bool refusedForAddress(QTcpSocket *socket, const QString &mac, const QString &ip);
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

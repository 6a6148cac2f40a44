#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace bt {

class HttpRequestParser;

// A JSON-over-HTTP listener as serve's endpoints need it: one request per
// connection (Connection: close), connections bounded in number, size and
// time, so garbage or slow senders cannot exhaust the host. A subclass
// answers each whole request in route(); errors are {"error": "<sentence>"}.
class JsonEndpoint : public QObject
{
    Q_OBJECT
public:
    ~JsonEndpoint() override;

    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const { return m_errorString; }

    void setConnectionTimeout(int milliseconds); // from accept to answer
    void setMaxConnections(int count);
    int connectionCount() const { return m_connections; }

protected:
    JsonEndpoint(int timeoutMs, int maxConnections, QObject *parent);

    // Listens unless `refusal` says why not (then that is the error).
    bool listenOn(const QHostAddress &address, quint16 port, const QString &refusal = {});
    virtual void route(QTcpSocket *socket, const HttpRequest &request) = 0;
    // Every error answer passes here first (for a log of refusals).
    virtual void rejected(QTcpSocket *socket, int code, const QString &message);
    // `allow`: the methods a 405 names. A 401 names the Bearer scheme.
    void respond(
        QTcpSocket *socket, int code, const QByteArray &json, const QByteArray &allow = {});
    void respondError(
        QTcpSocket *socket, int code, const QString &message, const QByteArray &allow = {});

    QString m_errorString;

private:
    void acceptConnections();
    void readable(QTcpSocket *socket);

    QTcpServer *m_server;
    int m_timeout;
    int m_maxConnections;
    int m_connections = 0;
    QHash<QTcpSocket *, std::shared_ptr<HttpRequestParser>> m_parsers;
};

} // namespace bt

#pragma once

// A TCP listener on loopback that accepts every connection and closes it at
// once, counting them: a service that is there and never answers. Tests
// wait for the count to know how often a client has tried.

#include <QTcpServer>
#include <QTcpSocket>

class HangUpServer : public QTcpServer
{
public:
    HangUpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                socket->abort();
                socket->deleteLater();
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    int connections() const { return m_connections; }

private:
    int m_connections = 0;
};

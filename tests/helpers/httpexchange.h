#pragma once

// One HTTP exchange with a server that answers on this thread's event loop
// (the status endpoint, the admin API): raw bytes out, the answer back.
#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace {

struct Reply
{
    int code = 0;
    QByteArray head;
    QJsonObject json;
    bool closed = false;
};

// Sends raw bytes and collects the answer until the server closes.
Reply exchange(quint16 port, const QByteArray &raw, int timeoutMs = 3000)
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(raw); });
    QObject::connect(
        &socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor([&] { return closed; }, timeoutMs);
    received += socket.readAll();

    Reply reply;
    reply.closed = closed;
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return reply;
    reply.head = received.left(headEnd);
    const QList<QByteArray> statusLine = reply.head.split('\n').first().split(' ');
    reply.code = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    reply.json = QJsonDocument::fromJson(received.mid(headEnd + 4)).object();
    return reply;
}

} // namespace

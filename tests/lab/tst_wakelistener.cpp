#include "lab/wakelistener.h"
#include "serve/magicpacket.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

using namespace bt;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

void send(const QByteArray &datagram, quint16 port)
{
    QUdpSocket socket;
    QCOMPARE(socket.writeDatagram(datagram, kLoopback, port), qint64(datagram.size()));
}

// Listens on one free loopback port: the port, 0 when it cannot.
quint16 listenOnLoopback(WakeListener &listener)
{
    QString error;
    if (listener.listen({}, kLoopback, { 0 }, &error))
        return listener.ports().constFirst();
    qWarning("%s", qPrintable(error));
    return 0;
}

bool runIp(const QStringList &args) { return QProcess::execute(QStringLiteral("ip"), args) == 0; }

} // namespace

class TestWakeListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsTheMacOfAMagicPacketOnEveryPort()
    {
        WakeListener listener;
        QString error;
        QVERIFY2(listener.listen({}, kLoopback, { 0, 0 }, &error), qPrintable(error));
        QCOMPARE(listener.ports().size(), 2);
        QSignalSpy woken(&listener, &WakeListener::wakeRequested);
        for (const quint16 port : listener.ports())
            send(MagicPacket::forMac(QStringLiteral("52:54:00:18:01:02")), port);
        QTRY_COMPARE(woken.size(), 2);
        QCOMPARE(woken.at(0).at(0).toString(), QStringLiteral("52:54:00:18:01:02"));
        QCOMPARE(woken.at(0).at(1).value<QHostAddress>(), kLoopback);
        QCOMPARE(listener.ignoredCount(), 0);
    }

    void dropsWhatIsNoMagicPacket()
    {
        WakeListener listener;
        const quint16 port = listenOnLoopback(listener);
        QVERIFY(port != 0);
        QSignalSpy woken(&listener, &WakeListener::wakeRequested);
        const QByteArray valid = MagicPacket::forMac(QStringLiteral("52:54:00:18:01:01"));
        send({}, port);
        send(valid.left(101), port);
        send(valid + "x", port);
        send(valid + QByteArray(60000, char(0xff)), port); // cut at 109 bytes, then refused
        send(QByteArray(MagicPacket::Size, char(0xff)), port);
        send(valid, port); // the one that counts, after the rest
        QTRY_COMPARE(woken.size(), 1);
        QCOMPARE(woken.at(0).at(0).toString(), QStringLiteral("52:54:00:18:01:01"));
        QCOMPARE(listener.ignoredCount(), 5);
    }

    void aFloodIsReadToTheEnd()
    {
        WakeListener listener;
        const quint16 port = listenOnLoopback(listener);
        QVERIFY(port != 0);
        QSignalSpy woken(&listener, &WakeListener::wakeRequested);
        // More than two batches waiting at once (the socket's buffer holds
        // about 150 small datagrams on loopback), each read in its turn.
        QUdpSocket socket;
        const int flood = 2 * WakeListener::MaxDatagramsPerRead + 8;
        for (int i = 0; i < flood; ++i)
            socket.writeDatagram(QByteArray(1 + i % 8, char(i)), kLoopback, port);
        socket.writeDatagram(
            MagicPacket::forMac(QStringLiteral("52:54:00:18:01:03")), kLoopback, port);
        QTRY_COMPARE(woken.size(), 1);
        QCOMPARE(listener.ignoredCount(), flood);
    }

    void refusesABusyPortAndListensNowhere()
    {
        QUdpSocket busy;
        QVERIFY(busy.bind(kLoopback, 0));
        WakeListener listener;
        QString error;
        QVERIFY(!listener.listen({}, kLoopback, { 0, busy.localPort() }, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot listen for Wake-on-LAN on 127.0.0.1:%1")
                                    .arg(busy.localPort())),
            qPrintable(error));
        QVERIFY(!listener.isListening());
    }

    void listensInsideANetworkNamespace()
    {
        if (::geteuid() != 0)
            QSKIP("making a network namespace needs root");
        const QString ns = QStringLiteral("btwake%1-t").arg(::getpid());
        if (!runIp({ QStringLiteral("netns"), QStringLiteral("add"), ns }))
            QSKIP("network namespaces are not available here");
        auto cleanup = qScopeGuard([&] {
            runIp({ QStringLiteral("netns"), QStringLiteral("del"), ns });
        });
        // `ip netns add` can succeed where a namespace cannot be entered (a chroot that shares
        // the host's mount namespace): that is the place, not the listener.
        if (!runIp({ QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                QStringLiteral("lo"), QStringLiteral("up") }))
            QSKIP("a network namespace cannot be entered here");
        WakeListener listener;
        QString error;
        QVERIFY2(listener.listen(ns, kLoopback, { 9 }, &error), qPrintable(error));
        QSignalSpy woken(&listener, &WakeListener::wakeRequested);
        // A packet sent in this process's own network does not reach it...
        QUdpSocket outside;
        outside.writeDatagram(
            MagicPacket::forMac(QStringLiteral("52:54:00:18:01:05")), kLoopback, 9);
        // ...one sent inside the namespace does.
        const QByteArray hex = MagicPacket::forMac(QStringLiteral("52:54:00:18:01:04")).toHex();
        QVERIFY(QProcess::execute(QStringLiteral("ip"),
                    { QStringLiteral("netns"), QStringLiteral("exec"), ns,
                        QStringLiteral("python3"), QStringLiteral("-c"),
                        QStringLiteral("import socket,sys; socket.socket(socket.AF_INET, "
                                       "socket.SOCK_DGRAM).sendto(bytes.fromhex(sys.argv[1]), "
                                       "('127.0.0.1', 9))"),
                        QString::fromLatin1(hex) })
            == 0);
        QTRY_COMPARE(woken.size(), 1);
        QCOMPARE(woken.at(0).at(0).toString(), QStringLiteral("52:54:00:18:01:04"));
        listener.close();
    }
};

QTEST_GUILESS_MAIN(TestWakeListener)
#include "tst_wakelistener.moc"

#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QUdpSocket;

namespace bt {

// What a powered-off machine's network card does for the virtual lab:
// listens for Wake-on-LAN magic packets on UDP ports of the lab network's
// broadcast address, inside the lab's host namespace where serve and
// `boottorrent wake` send them. Each datagram is read strictly
// (MagicPacket::parse) and bounded in size; anything else is counted and
// dropped, never repeated. A flood is read a batch per turn of the event
// loop, so the lab stays responsive.
class WakeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxDatagramsPerRead = 64;

    explicit WakeListener(QObject *parent = nullptr);
    ~WakeListener() override;

    // Opens one socket per port, bound to `address`, in the network
    // namespace `netns` (empty: this process's own network). On failure
    // nothing listens and `error` says why.
    bool listen(const QString &netns, const QHostAddress &address, const QList<quint16> &ports,
        QString *error);
    // Closes every socket (a namespace is gone only when no socket holds it).
    void close();
    bool isListening() const { return !m_sockets.isEmpty(); }
    // The bound ports, in the order asked (a port 0 asked is the one given).
    QList<quint16> ports() const;
    // Datagrams that were no magic packet.
    int ignoredCount() const { return m_ignored; }

Q_SIGNALS:
    // A valid magic packet for `mac` (normalized); a SecureOn password, if
    // any, is not passed on: the lab's machines have none.
    void wakeRequested(const QString &mac, const QHostAddress &sender);

private:
    QUdpSocket *openSocket(
        const QString &netns, const QHostAddress &address, quint16 port, QString *error);
    void readDatagrams(QUdpSocket *socket);

    QList<QUdpSocket *> m_sockets;
    int m_ignored = 0;
};

} // namespace bt

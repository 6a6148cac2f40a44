#pragma once

#include "environment/problem.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QUdpSocket;

namespace bt {

// Asks a network whether a DHCP server already runs there: broadcasts one
// DHCPDISCOVER from the interface (as a PXE ROM would, broadcast flag set)
// and collects the offers that come back within a bounded window. Starting
// a second, authoritative DHCP server on such a network would break it for
// everyone. Needs root (UDP port 68, SO_BINDTODEVICE). Asynchronous: the
// result arrives through finished(), the caller's thread never waits.
class DhcpProbe : public QObject
{
    Q_OBJECT
public:
    struct Offer
    {
        QString server; // option 54, else the sender's address
        QString address; // yiaddr, the address offered
        int prefixLength = -1; // from option 1; -1 when not given

        bool operator==(const Offer &) const = default;
    };

    // How long serve and the app listen for offers.
    static constexpr int DefaultWindowMs = 2000;

    explicit DhcpProbe(QObject *parent = nullptr);
    ~DhcpProbe() override;

    // Sends the DISCOVER on `interface` now and reports after `windowMs`.
    // Offers from `ignoreServer` (this host's own address) do not count.
    void start(
        const QString &interface, int windowMs = DefaultWindowMs, const QString &ignoreServer = {});

    // What serving with these DHCP settings beside these offers means: a
    // problem when full DHCP would start next to another server, a warning
    // when proxyDHCP has no server to work beside. One sentence each.
    struct Verdict
    {
        Problems problems;
        QStringList warnings;
    };
    static Verdict judge(
        bool fullDhcp, const QString &interface, const QList<Offer> &offers, int windowMs);

    // The packet and the parser, public so tests can check them byte by byte.
    static QByteArray discoverPacket(quint32 xid, const QByteArray &mac);
    // An offer answering `xid`, or nothing for anything else (bounded: never
    // reads past the datagram).
    static std::optional<Offer> parseOffer(const QByteArray &datagram, quint32 xid);

Q_SIGNALS:
    // Every distinct offer seen, or an error sentence when nothing could be sent.
    void finished(const QList<bt::DhcpProbe::Offer> &offers, const QString &error);

private:
    void readPending();
    void finish(const QString &error = {});

    QUdpSocket *m_socket = nullptr;
    QTimer m_window;
    quint32 m_xid = 0;
    QString m_ignore;
    QList<Offer> m_offers;
};

} // namespace bt

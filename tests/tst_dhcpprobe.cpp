#include "serve/dhcpprobe.h"

#include <QtEndian>
#include <QtTest>

using namespace bt;

namespace {

// An answer as a DHCP server sends it: BOOTREPLY, the request's xid, the
// offered address, then the options after the magic cookie.
QByteArray reply(quint32 xid, const QByteArray &options,
    const QByteArray &yiaddr = QByteArray::fromHex("c0a8012a"))
{
    QByteArray packet(236, '\0');
    packet[0] = 2;
    packet[1] = 1;
    packet[2] = 6;
    qToBigEndian(xid, packet.data() + 4);
    packet.replace(16, 4, yiaddr);
    packet.append(QByteArray::fromHex("63825363"));
    packet.append(options);
    return packet;
}

const QByteArray OfferOptions = QByteArray::fromHex("350102"
                                                    "3604c0a80101"
                                                    "0104ffffff00"
                                                    "ff");

} // namespace

class TestDhcpProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discoverIsABroadcastBootRequest()
    {
        const QByteArray mac = QByteArray::fromHex("525400123456");
        const QByteArray packet = DhcpProbe::discoverPacket(0x01020304, mac);
        QVERIFY(packet.size() >= 300);
        QCOMPARE(quint8(packet[0]), quint8(1));
        QCOMPARE(qFromBigEndian<quint32>(packet.constData() + 4), quint32(0x01020304));
        QCOMPARE(qFromBigEndian<quint16>(packet.constData() + 10), quint16(0x8000));
        QCOMPARE(packet.mid(28, 6), mac);
        QCOMPARE(packet.mid(236, 4), QByteArray::fromHex("63825363"));
        QCOMPARE(packet.mid(240, 3), QByteArray::fromHex("350101"));
    }

    void readsServerAddressAndNetworkOfAnOffer()
    {
        const auto offer = DhcpProbe::parseOffer(reply(7, OfferOptions), 7);
        QVERIFY(offer);
        QCOMPARE(offer->server, QStringLiteral("192.168.1.1"));
        QCOMPARE(offer->address, QStringLiteral("192.168.1.42"));
        QCOMPARE(offer->prefixLength, 24);
    }

    void ignoresWhatIsNotAnOfferForThisRequest()
    {
        QVERIFY(!DhcpProbe::parseOffer(reply(8, OfferOptions), 7)); // another xid
        QVERIFY(!DhcpProbe::parseOffer(reply(7, QByteArray::fromHex("350105ff")), 7)); // an ACK
        QVERIFY(!DhcpProbe::parseOffer(
            DhcpProbe::discoverPacket(7, QByteArray(6, '\1')), 7)); // a request
        QVERIFY(!DhcpProbe::parseOffer(reply(7, OfferOptions).left(200), 7)); // cut short
        QVERIFY(!DhcpProbe::parseOffer(reply(7,
                                           QByteArray::fromHex("350102"
                                                               "36ff")),
            7)); // option past the end
        QVERIFY(!DhcpProbe::parseOffer(QByteArray(), 7));
    }

    void fullDhcpBesideAnotherServerIsRefusedWithTheWayOut()
    {
        const QList<DhcpProbe::Offer> offers { { QStringLiteral("10.0.0.1"),
            QStringLiteral("10.0.0.57"), 24 } };
        const DhcpProbe::Verdict verdict
            = DhcpProbe::judge(true, QStringLiteral("eth1"), offers, 2000);
        QCOMPARE(verdict.problems.size(), 1);
        QCOMPARE(verdict.problems.first().keyPath, QStringLiteral("dnsmasq.proxy_dhcp"));
        QCOMPARE(verdict.problems.first().message,
            QStringLiteral("another DHCP server, 10.0.0.1, already answers on eth1 (it offered "
                           "10.0.0.57/24); a "
                           "second one would break this network: set dnsmasq.proxy_dhcp: true to "
                           "boot the clients "
                           "beside it, or serve a network of its own"));
        QVERIFY(verdict.warnings.isEmpty());
        QVERIFY(DhcpProbe::judge(false, QStringLiteral("eth1"), offers, 2000).problems.isEmpty());
    }

    void proxyWithoutAnyServerIsAWarning()
    {
        const DhcpProbe::Verdict verdict
            = DhcpProbe::judge(false, QStringLiteral("eth1"), {}, 2000);
        QVERIFY(verdict.problems.isEmpty());
        QCOMPARE(verdict.warnings.size(), 1);
        QVERIFY(verdict.warnings.first().contains(
            QStringLiteral("no DHCP server answered on eth1 within 2 s")));
        const DhcpProbe::Verdict alone = DhcpProbe::judge(true, QStringLiteral("eth1"), {}, 2000);
        QVERIFY(alone.problems.isEmpty() && alone.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDhcpProbe)
#include "tst_dhcpprobe.moc"

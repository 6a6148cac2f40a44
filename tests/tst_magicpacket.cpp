#include "serve/magicpacket.h"

#include <QTest>

using namespace bt;

namespace {

QByteArray macBytes(const char *hex) { return QByteArray::fromHex(hex); }

QByteArray packetOf(const QByteArray &mac, int repeats = 16)
{
    QByteArray packet(6, char(0xff));
    for (int i = 0; i < repeats; ++i)
        packet += mac;
    return packet;
}

} // namespace

class TestMagicPacket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsSixFfAndTheMacSixteenTimes()
    {
        const QByteArray packet = MagicPacket::forMac(QStringLiteral("52-54-00-18-01-0A"));
        QCOMPARE(packet.size(), MagicPacket::Size);
        QCOMPARE(packet, packetOf(macBytes("52540018010a")));
        QVERIFY(MagicPacket::forMac(QStringLiteral("52:54:00:zz:01:01")).isEmpty());
    }

    void readsWhatItBuilds()
    {
        const std::optional<MagicPacket> packet
            = MagicPacket::parse(MagicPacket::forMac(QStringLiteral("52:54:00:18:01:01")));
        QVERIFY(packet);
        QCOMPARE(packet->mac, QStringLiteral("52:54:00:18:01:01"));
        QVERIFY(packet->password.isEmpty());
    }

    void readsASecureOnPasswordOfFourOrSixBytes()
    {
        const QByteArray base = packetOf(macBytes("525400180101"));
        const std::optional<MagicPacket> four = MagicPacket::parse(base + macBytes("c0a80001"));
        QVERIFY(four);
        QCOMPARE(four->mac, QStringLiteral("52:54:00:18:01:01"));
        QCOMPARE(four->password, macBytes("c0a80001"));
        const std::optional<MagicPacket> six = MagicPacket::parse(base + macBytes("010203040506"));
        QVERIFY(six);
        QCOMPARE(six->password, macBytes("010203040506"));
        QCOMPARE(six->password.size(), 6);
    }

    void refusesEveryOtherLength_data()
    {
        QTest::addColumn<int>("extra");
        for (const int extra : { -102, -101, -6, -1, 1, 2, 3, 5, 7, 8, 102, 65507 - 102 })
            QTest::addRow("%+d bytes", extra) << extra;
    }

    void refusesEveryOtherLength()
    {
        QFETCH(int, extra);
        QByteArray datagram = packetOf(macBytes("525400180101"));
        if (extra < 0)
            datagram.chop(-extra);
        else
            datagram += QByteArray(extra, char(0xff));
        QVERIFY(!MagicPacket::parse(datagram));
    }

    void refusesFifteenOrEighteenRepetitions()
    {
        const QByteArray mac = macBytes("525400180101");
        QVERIFY(!MagicPacket::parse(packetOf(mac, 15)));
        // 17 repetitions read as 16 and a 6-byte password that equals the MAC.
        QVERIFY(MagicPacket::parse(packetOf(mac, 17)));
        QVERIFY(!MagicPacket::parse(packetOf(mac, 18)));
    }

    void refusesARepetitionThatDiffers_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addRow("first") << 6;
        QTest::addRow("second") << 12;
        QTest::addRow("middle") << 6 + 8 * 6 + 3;
        QTest::addRow("last byte") << 101;
    }

    void refusesARepetitionThatDiffers()
    {
        QFETCH(int, offset);
        QByteArray datagram = packetOf(macBytes("525400180101"));
        datagram[offset] = char(datagram.at(offset) ^ 0x40);
        QVERIFY(!MagicPacket::parse(datagram));
    }

    void refusesASynchronisationStreamThatIsNotSixFf()
    {
        for (int i = 0; i < 6; ++i) {
            QByteArray datagram = packetOf(macBytes("525400180101"));
            datagram[i] = char(0xfe);
            QVERIFY2(!MagicPacket::parse(datagram), qPrintable(QString::number(i)));
        }
    }

    void refusesNoCardsAddresses()
    {
        QVERIFY(!MagicPacket::parse(packetOf(macBytes("000000000000"))));
        QVERIFY(!MagicPacket::parse(packetOf(macBytes("ffffffffffff"))));
        QVERIFY(!MagicPacket::parse(packetOf(macBytes("01005e000001"))));
    }

    void refusesHostileContent()
    {
        QVERIFY(!MagicPacket::parse({}));
        QVERIFY(!MagicPacket::parse(QByteArray(MagicPacket::Size, char(0xff))));
        QVERIFY(!MagicPacket::parse(QByteArray(MagicPacket::Size, '\0')));
        QVERIFY(!MagicPacket::parse(QByteArray(1 << 20, char(0xff))));
    }
};

QTEST_GUILESS_MAIN(TestMagicPacket)
#include "tst_magicpacket.moc"

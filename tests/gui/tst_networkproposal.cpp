#include "ui/networkproposal.h"

#include <QTest>

using namespace bt;

class TestNetworkProposal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void proposesHundredAddressesFromDotHundredInASlash24()
    {
        const auto p
            = NetworkProposal::forInterfaceAddress(QHostAddress(QStringLiteral("192.168.1.1")), 24);
        QCOMPARE(p.hostIp, QStringLiteral("192.168.1.1"));
        QCOMPARE(p.rangeStart, QStringLiteral("192.168.1.100"));
        QCOMPARE(p.rangeEnd, QStringLiteral("192.168.1.199"));
        QCOMPARE(p.netmask, QStringLiteral("255.255.255.0"));
    }

    void keepsTheHostOutOfTheRange()
    {
        const auto p
            = NetworkProposal::forInterfaceAddress(QHostAddress(QStringLiteral("10.0.0.150")), 24);
        const quint32 host = QHostAddress(p.hostIp).toIPv4Address();
        const quint32 start = QHostAddress(p.rangeStart).toIPv4Address();
        const quint32 end = QHostAddress(p.rangeEnd).toIPv4Address();
        QVERIFY(start <= end);
        QVERIFY(host < start || host > end);
    }

    void staysInsideASmallSubnet()
    {
        const auto p
            = NetworkProposal::forInterfaceAddress(QHostAddress(QStringLiteral("198.18.0.1")), 28);
        QCOMPARE(p.netmask, QStringLiteral("255.255.255.240"));
        QCOMPARE(p.rangeStart, QStringLiteral("198.18.0.8"));
        QCOMPARE(p.rangeEnd, QStringLiteral("198.18.0.14"));
    }

    void proposesNothingForIpv6OrPointToPoint()
    {
        QVERIFY(NetworkProposal::forInterfaceAddress(QHostAddress(QStringLiteral("fe80::1")), 64)
                    .hostIp.isEmpty());
        QVERIFY(NetworkProposal::forInterfaceAddress(QHostAddress(QStringLiteral("10.0.0.1")), 31)
                    .hostIp.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkProposal)
#include "tst_networkproposal.moc"

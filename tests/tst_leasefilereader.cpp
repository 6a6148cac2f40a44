#include <serve/leasefilereader.h>
#include <serve/neighbourtable.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;

class TestLeaseFileReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRecordedLeaseFile()
    {
        const auto leases = LeaseFileReader::read(qEnvironmentVariable("BT_SOURCE_DIR")
            + QStringLiteral("/tests/data/dnsmasq-full.leases"));
        QVERIFY(leases.ok());
        QCOMPARE(leases->size(), 2);
        const DnsmasqLease &second = leases->at(1);
        QCOMPARE(second.mac, QStringLiteral("52:54:00:12:34:56"));
        QCOMPARE(second.ip, QStringLiteral("198.18.0.111"));
        QCOMPARE(second.hostname, QStringLiteral("labpc01"));
        QCOMPARE(second.clientId, QStringLiteral("01:52:54:00:12:34:56"));
        QVERIFY(second.expiry.isValid());
    }

    void readsStarsAsEmptyAndSkipsBrokenLines()
    {
        const QByteArray content = "0 52:54:00:AA:BB:CC 198.18.0.7 * *\n"
                                   "duid 00:01:00:01:2c:2f:1a:7b:52:54:00:12:34:56\n"
                                   "1700000000 not-a-mac 198.18.0.8 x *\n"
                                   "1700000000 52:54:00:aa:bb:cd 198.18.0.999 x *\n"
                                   "\n";
        const QList<DnsmasqLease> leases = LeaseFileReader::parse(content);
        QCOMPARE(leases.size(), 1);
        QCOMPARE(leases.first().mac, QStringLiteral("52:54:00:aa:bb:cc"));
        QVERIFY(leases.first().hostname.isEmpty());
        QVERIFY(leases.first().clientId.isEmpty());
        QVERIFY(!leases.first().expiry.isValid());
    }

    void joinsAddressesFromTheNeighbourTable()
    {
        // /proc/net/arp as the kernel writes it; proxyDHCP gives no leases.
        const QByteArray table
            = "IP address       HW type     Flags       HW address            Mask     Device\n"
              "198.18.0.55      0x1         0x2         52:54:00:18:00:01     *        bt-lab0\n"
              "198.18.0.56      0x1         0x0         00:00:00:00:00:00     *        bt-lab0\n"
              "198.18.0.57      0x1         0x2         52:54:00:18:00:02     *        eth0\n"
              "198.18.0.58      0x1         0x2         not-a-mac             *        bt-lab0\n"
              "broken line\n";
        const QList<bt::DnsmasqLease> entries
            = bt::NeighbourTable::parse(table, QStringLiteral("bt-lab0"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().ip, QStringLiteral("198.18.0.55"));
        QCOMPARE(entries.first().mac, QStringLiteral("52:54:00:18:00:01"));
        QCOMPARE(bt::NeighbourTable::parse(table, QString()).size(), 2);
        QVERIFY(bt::NeighbourTable::read(QStringLiteral("lo"), QStringLiteral("/nonexistent"))
                    .isEmpty());
    }

    void reportsAMissingFileAsProblem()
    {
        QTemporaryDir dir;
        const auto leases = LeaseFileReader::read(dir.filePath(QStringLiteral("none.leases")));
        QVERIFY(!leases.ok());
        QVERIFY(!leases.problems().first().message.isEmpty());
    }

    void emitsWhenTheFileChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dnsmasq.leases"));
        LeaseFileReader reader(path);
        reader.setPollInterval(50);
        QSignalSpy spy(&reader, &LeaseFileReader::leasesRead);
        reader.start();
        QCOMPARE(spy.size(), 0);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("1795695418 52:54:00:ab:cd:ef 198.18.0.112 labpc02 *\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20000);
        // Unchanged content is not announced again, even when rewritten.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("1795695418 52:54:00:ab:cd:ef 198.18.0.112 labpc02 *\n");
        }
        reader.readNow();
        QCOMPARE(spy.size(), 1);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("1795695418 52:54:00:ab:cd:ef 198.18.0.113 labpc02 *\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
        QCOMPARE(spy.last().at(0).value<QList<DnsmasqLease>>().first().ip,
            QStringLiteral("198.18.0.113"));
    }
};

QTEST_GUILESS_MAIN(TestLeaseFileReader)
#include "tst_leasefilereader.moc"

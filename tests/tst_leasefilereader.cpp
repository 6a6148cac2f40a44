#include <serve/leasefilereader.h>

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
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 3000);
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1); // unchanged content is not announced again
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("1795695418 52:54:00:ab:cd:ef 198.18.0.113 labpc02 *\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 3000);
        QCOMPARE(spy.last().at(0).value<QList<DnsmasqLease>>().first().ip,
            QStringLiteral("198.18.0.113"));
    }
};

QTEST_GUILESS_MAIN(TestLeaseFileReader)
#include "tst_leasefilereader.moc"

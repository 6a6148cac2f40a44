#include <serve/dnsmasqlogreader.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using Kind = DnsmasqEvent::Kind;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("BT_SOURCE_DIR") + QStringLiteral("/tests/data/") + name;
}

QStringList recordedLines(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    while (!file.atEnd())
        lines.append(QString::fromUtf8(file.readLine()).chopped(1));
    return lines;
}

QDateTime reference() { return QDateTime(QDate(2024, 11, 26), QTime(12, 0)); }

bool writeFile(const QString &path, const QByteArray &content, QIODevice::OpenMode mode)
{
    QFile file(path);
    if (!file.open(mode))
        return false;
    return file.write(content) == content.size();
}

QList<DnsmasqEvent> collected(const QSignalSpy &spy)
{
    QList<DnsmasqEvent> events;
    for (const QList<QVariant> &arguments : spy)
        events += arguments.at(0).value<QList<DnsmasqEvent>>();
    return events;
}

} // namespace

class TestDnsmasqLogReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!recordedLines(QStringLiteral("dnsmasq-full.log")).isEmpty(),
            "BT_SOURCE_DIR must point at the sources");
    }

    void parsesDiscoverWithTransactionId()
    {
        const auto event = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:15:53 dnsmasq-dhcp[12398]: 1924549159 DHCPDISCOVER(vh) "
                           "52:54:00:12:34:56 "),
            reference());
        QVERIFY(event);
        QCOMPARE(event->kind, Kind::Discover);
        QCOMPARE(event->xid, std::optional<quint32>(1924549159u));
        QCOMPARE(event->interface, QStringLiteral("vh"));
        QCOMPARE(event->mac, QStringLiteral("52:54:00:12:34:56"));
        QVERIFY(event->ip.isEmpty());
        QCOMPARE(event->time, QDateTime(QDate(2024, 11, 26), QTime(0, 15, 53)));
    }

    void parsesAckWithAddressAndHostname()
    {
        const auto event = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:15:53 dnsmasq-dhcp[12398]: 1924549159 DHCPACK(vh) "
                           "198.18.0.111 52:54:00:12:34:56 labpc01"),
            reference());
        QVERIFY(event);
        QCOMPARE(event->kind, Kind::Ack);
        QCOMPARE(event->ip, QStringLiteral("198.18.0.111"));
        QCOMPARE(event->mac, QStringLiteral("52:54:00:12:34:56"));
        QCOMPARE(event->hostname, QStringLiteral("labpc01"));
    }

    void parsesLinesWrittenWithoutLogDhcp()
    {
        // Without log-dhcp dnsmasq leaves out the transaction id.
        const auto event = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov  6 00:12:01 dnsmasq-dhcp[123]: DHCPOFFER(br0) 198.18.0.100 "
                           "52:54:00:AB:CD:EF "),
            reference());
        QVERIFY(event);
        QCOMPARE(event->kind, Kind::Offer);
        QVERIFY(!event->xid);
        QCOMPARE(event->interface, QStringLiteral("br0"));
        QCOMPARE(event->mac, QStringLiteral("52:54:00:ab:cd:ef"));
        QCOMPARE(event->time.date(), QDate(2024, 11, 6));
    }

    void parsesNakReason()
    {
        const auto event = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:15:53 dnsmasq-dhcp[1]: 77 DHCPNAK(br0) 10.0.0.5 "
                           "52:54:00:12:34:56 wrong network"),
            reference());
        QVERIFY(event);
        QCOMPARE(event->kind, Kind::Nak);
        QCOMPARE(event->detail, QStringLiteral("wrong network"));
    }

    void parsesTftpSentAsBaseName()
    {
        const auto event = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:15:53 dnsmasq-tftp[12398]: sent /srv/out dir/ph1/pxelinux.0 "
                           "to 198.18.0.111"),
            reference());
        QVERIFY(event);
        QCOMPARE(event->kind, Kind::TftpSent);
        QCOMPARE(event->file, QStringLiteral("pxelinux.0"));
        QCOMPARE(event->ip, QStringLiteral("198.18.0.111"));
        QVERIFY(event->mac.isEmpty());
    }

    void parsesTftpErrors()
    {
        const auto missing = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:16:59 dnsmasq-tftp[1]: file /t/ph1/missing.cfg not found for "
                           "198.18.0.112"),
            reference());
        QVERIFY(missing);
        QCOMPARE(missing->kind, Kind::TftpError);
        QCOMPARE(missing->file, QStringLiteral("missing.cfg"));
        QCOMPARE(missing->ip, QStringLiteral("198.18.0.112"));

        const auto aborted = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:16:59 dnsmasq-tftp[1]: error 8 User aborted the transfer "
                           "received from 198.18.0.112"),
            reference());
        QVERIFY(aborted);
        QCOMPARE(aborted->kind, Kind::TftpError);
        QCOMPARE(aborted->ip, QStringLiteral("198.18.0.112"));
        QCOMPARE(aborted->detail, QStringLiteral("User aborted the transfer (TFTP error 8)"));

        const auto failed = DnsmasqLogReader::parseLine(
            QStringLiteral(
                "Nov 26 00:15:25 dnsmasq-tftp[1]: failed sending /t/ph1/kernel to 198.18.0.112"),
            reference());
        QVERIFY(failed);
        QCOMPARE(failed->kind, Kind::TftpError);
        QCOMPARE(failed->file, QStringLiteral("kernel"));
    }

    void parsesProxyAnswers()
    {
        const auto proxy = DnsmasqLogReader::parseLine(
            QStringLiteral(
                "Nov 26 00:17:00 dnsmasq-dhcp[1]: 1257826653 PXE(vh) 52:54:00:00:00:07 proxy"),
            reference());
        QVERIFY(proxy);
        QCOMPARE(proxy->kind, Kind::Pxe);
        QVERIFY(proxy->ip.isEmpty());
        QCOMPARE(proxy->detail, QStringLiteral("proxy"));

        const auto boot = DnsmasqLogReader::parseLine(
            QStringLiteral("Nov 26 00:17:00 dnsmasq-dhcp[1]: 1257826653 PXE(br0) 198.18.0.100 "
                           "52:54:00:00:00:07 ph1/pxelinux.0"),
            reference());
        QVERIFY(boot);
        QCOMPARE(boot->ip, QStringLiteral("198.18.0.100"));
        QCOMPARE(boot->file, QStringLiteral("pxelinux.0"));
    }

    void ignoresLinesAboutNoClient()
    {
        const QStringList lines = {
            QStringLiteral("Nov 26 00:15:50 dnsmasq[12398]: started, version 2.90 DNS disabled"),
            QStringLiteral("Nov 26 00:15:50 dnsmasq-dhcp[12398]: DHCP, IP range 198.18.0.100 -- "
                           "198.18.0.150, lease time 12h"),
            QStringLiteral("Nov 26 00:15:50 dnsmasq-tftp[12398]: TFTP root is /tmp/x/tftp  "),
            QStringLiteral("Nov 26 00:15:53 dnsmasq-dhcp[12398]: 1924549159 sent size:  4 option: "
                           "54 server-identifier  198.18.0.1"),
            QStringLiteral("Nov 26 00:15:53 dnsmasq-dhcp[12398]: 1924549159 DHCPRELEASE(vh) "
                           "198.18.0.111 52:54:00:12:34:56"),
            QStringLiteral("garbage \x01\x02 dnsmasq-dhcp[ no close"),
            QString(),
        };
        for (const QString &line : lines)
            QVERIFY2(!DnsmasqLogReader::parseLine(line, reference()), qPrintable(line));
    }

    void takesLastYearForTimesAheadOfNow()
    {
        const auto event = DnsmasqLogReader::parseLine(
            QStringLiteral("Dec 31 23:59:59 dnsmasq-tftp[1]: sent /a/kernel to 198.18.0.5"),
            QDateTime(QDate(2025, 1, 1), QTime(0, 0, 30)));
        QVERIFY(event);
        QCOMPARE(event->time, QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59)));
    }

    void replaysRecordedFullDhcpLog()
    {
        DnsmasqLogReader reader(QString {});
        QList<DnsmasqEvent> events;
        for (const QString &line : recordedLines(QStringLiteral("dnsmasq-full.log")))
            events += reader.parseLines({ line }, reference());

        auto count = [&](Kind kind, const QString &mac, const QString &ip) {
            return std::count_if(events.cbegin(), events.cend(), [&](const DnsmasqEvent &e) {
                return e.kind == kind && (mac.isEmpty() || e.mac == mac)
                    && (ip.isEmpty() || e.ip == ip);
            });
        };
        const QString first = QStringLiteral("52:54:00:12:34:56");
        const QString second = QStringLiteral("52:54:00:ab:cd:ef");
        QCOMPARE(count(Kind::Ack, first, QStringLiteral("198.18.0.111")), 3);
        QCOMPARE(count(Kind::Ack, second, QStringLiteral("198.18.0.112")), 1);
        QVERIFY(count(Kind::Discover, second, {}) >= 1);
        QCOMPARE(count(Kind::TftpSent, {}, QStringLiteral("198.18.0.111")), 6);
        QCOMPARE(count(Kind::TftpError, {}, QStringLiteral("198.18.0.112")), 2);

        // Order within the first boot: discover, offer, request, ack, then the Phase-1 files.
        QList<Kind> firstBoot;
        QStringList files;
        for (const DnsmasqEvent &e : events) {
            if (e.mac == first && (firstBoot.isEmpty() || firstBoot.last() != e.kind))
                firstBoot.append(e.kind);
            if (e.kind == Kind::TftpSent && e.ip == QStringLiteral("198.18.0.111")
                && files.size() < 3)
                files.append(e.file);
            if (e.kind == Kind::Ack)
                break;
        }
        QCOMPARE(firstBoot.first(), Kind::Discover);
        QCOMPARE(firstBoot.last(), Kind::Ack);
        QVERIFY(firstBoot.contains(Kind::Offer));
        QVERIFY(firstBoot.indexOf(Kind::Request) < firstBoot.indexOf(Kind::Ack));

        // The PXE ROM's transactions carry the vendor class; the installed
        // system's DHCP client (udhcp) does not.
        QList<bool> discoverPxe;
        for (const DnsmasqEvent &e : events) {
            if (e.kind == Kind::Ack && e.mac == first)
                discoverPxe.append(e.pxe);
        }
        QCOMPARE(discoverPxe, (QList<bool> { true, false, true }));
        for (const DnsmasqEvent &e : events)
            QVERIFY(e.time.date() == QDate(2024, 11, 26));
    }

    void firmwareComesFromTheRomsClientArchitecture()
    {
        DnsmasqLogReader reader(QString {});
        const QStringList lines {
            QStringLiteral("Nov 26 00:16:52 dnsmasq-dhcp[1]: 11 vendor class: "
                           "PXEClient:Arch:00007:UNDI:003016"),
            QStringLiteral(
                "Nov 26 00:16:52 dnsmasq-dhcp[1]: 11 DHCPDISCOVER(vh) 52:54:00:00:00:07 "),
            QStringLiteral("Nov 26 00:16:52 dnsmasq-dhcp[1]: 12 vendor class: "
                           "PXEClient:Arch:00000:UNDI:002001"),
            QStringLiteral(
                "Nov 26 00:16:52 dnsmasq-dhcp[1]: 12 DHCPDISCOVER(vh) 52:54:00:00:00:08 "),
            QStringLiteral("Nov 26 00:16:52 dnsmasq-dhcp[1]: 13 vendor class: udhcp 1.35.0"),
            QStringLiteral(
                "Nov 26 00:16:52 dnsmasq-dhcp[1]: 13 DHCPDISCOVER(vh) 52:54:00:00:00:09 "),
            QStringLiteral("Nov 26 00:16:52 dnsmasq-dhcp[1]: 14 vendor class: "
                           "PXEClient:Arch:00009:UNDI:003016"),
            QStringLiteral(
                "Nov 26 00:16:52 dnsmasq-dhcp[1]: 14 DHCPDISCOVER(vh) 52:54:00:00:00:0a "),
        };
        const QList<DnsmasqEvent> events = reader.parseLines(lines, reference());
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).firmware, QStringLiteral("uefi"));
        QVERIFY(events.at(0).pxe);
        QCOMPARE(events.at(1).firmware, QStringLiteral("bios"));
        QCOMPARE(events.at(2).firmware, QString());
        QVERIFY(!events.at(2).pxe);
        QCOMPARE(events.at(3).firmware, QStringLiteral("uefi"));
    }

    void replaysRecordedProxyLog()
    {
        DnsmasqLogReader reader(QString {});
        QList<DnsmasqEvent> events;
        for (const QString &line : recordedLines(QStringLiteral("dnsmasq-proxy.log")))
            events += reader.parseLines({ line }, reference());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Pxe);
        QCOMPARE(events.first().mac, QStringLiteral("52:54:00:00:00:07"));
        QCOMPARE(events.first().detail, QStringLiteral("proxy"));
        QVERIFY(events.first().pxe);
    }

    void emitsOneBatchForWhatOneReadFinds()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("dnsmasq.log"));
        QFile source(dataPath(QStringLiteral("dnsmasq-full.log")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(log, source.readAll(), QIODevice::WriteOnly));

        DnsmasqLogReader reader(log);
        QSignalSpy spy(&reader, &DnsmasqLogReader::eventsRead);
        reader.start();
        QCOMPARE(spy.size(), 1);
        DnsmasqLogReader replay(QString {});
        QCOMPARE(collected(spy).size(),
            replay.parseLines(recordedLines(QStringLiteral("dnsmasq-full.log"))).size());
    }

    void followsAFileBeingAppendedTo()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("dnsmasq.log"));
        const QStringList lines = recordedLines(QStringLiteral("dnsmasq-full.log"));
        DnsmasqLogReader expected(QString {});
        const qsizetype total = expected.parseLines(lines).size();

        DnsmasqLogReader reader(log);
        reader.setPollInterval(50);
        QSignalSpy spy(&reader, &DnsmasqLogReader::eventsRead);
        QSignalSpy read(&reader, &DnsmasqLogReader::linesRead);
        reader.start(); // the file does not exist yet
        QCOMPARE(spy.size(), 0);

        // dnsmasq appends line by line; cut some lines in the middle and
        // read while only their first half is there, to prove half lines
        // wait for their end.
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).toUtf8() + '\n';
            if (i % 40 == 7) {
                file.write(line.left(20));
                reader.readNow();
                file.write(line.mid(20));
            } else {
                file.write(line);
            }
            // Now and then the reader's own watch picks the new lines up.
            if (i % 60 == 0) {
                const qsizetype before = read.size();
                QTRY_VERIFY_WITH_TIMEOUT(read.size() > before, 20000);
            }
        }
        // Every line arrives whole, once, in order.
        auto readSoFar = [&read] {
            QStringList whole;
            for (const QList<QVariant> &arguments : read)
                whole += arguments.at(0).toStringList();
            return whole;
        };
        QTRY_COMPARE_WITH_TIMEOUT(readSoFar().size(), lines.size(), 20000);
        QCOMPARE(readSoFar(), lines);
        QCOMPARE(collected(spy).size(), total);
        QVERIFY(spy.size() > 1);
        for (const DnsmasqEvent &e : collected(spy))
            QVERIFY(!e.mac.isEmpty() || !e.ip.isEmpty());
    }

    void startsOverAfterTruncation()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("dnsmasq.log"));
        const QByteArray sent
            = "Nov 26 00:16:59 dnsmasq-tftp[1]: sent /t/ph1/kernel to 198.18.0.112\n";
        QVERIFY(writeFile(log, sent + sent + sent, QIODevice::WriteOnly));
        DnsmasqLogReader reader(log);
        reader.setPollInterval(50);
        QSignalSpy spy(&reader, &DnsmasqLogReader::eventsRead);
        reader.start();
        QCOMPARE(collected(spy).size(), 3);

        const QByteArray ack
            = "Nov 26 00:17:01 dnsmasq-dhcp[2]: DHCPACK(br0) 198.18.0.120 52:54:00:00:00:09 pc9\n";
        QVERIFY(writeFile(log, ack, QIODevice::WriteOnly | QIODevice::Truncate));
        QTRY_COMPARE_WITH_TIMEOUT(collected(spy).size(), 4, 3000);
        QCOMPARE(collected(spy).last().kind, Kind::Ack);
        QCOMPARE(collected(spy).last().hostname, QStringLiteral("pc9"));
    }

    void followsRotationWithoutLosingTheOldTail()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("dnsmasq.log"));
        const QByteArray one
            = "Nov 26 00:16:59 dnsmasq-tftp[1]: sent /t/ph1/pxelinux.0 to 198.18.0.112\n";
        const QByteArray two
            = "Nov 26 00:16:59 dnsmasq-tftp[1]: sent /t/ph1/kernel to 198.18.0.112\n";
        const QByteArray three
            = "Nov 26 00:17:00 dnsmasq-tftp[1]: sent /t/ph1/rootfs.gz to 198.18.0.112\n";
        QVERIFY(writeFile(log, one, QIODevice::WriteOnly));
        DnsmasqLogReader reader(log);
        reader.setPollInterval(50);
        QSignalSpy spy(&reader, &DnsmasqLogReader::eventsRead);
        reader.start();
        QCOMPARE(collected(spy).size(), 1);

        // The old file gets one more line, is renamed away, and a new file starts.
        QVERIFY(writeFile(log, two, QIODevice::WriteOnly | QIODevice::Append));
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        QVERIFY(writeFile(log, three, QIODevice::WriteOnly));
        QTRY_COMPARE_WITH_TIMEOUT(collected(spy).size(), 3, 3000);
        QStringList files;
        for (const DnsmasqEvent &e : collected(spy))
            files.append(e.file);
        QCOMPARE(files,
            (QStringList { QStringLiteral("pxelinux.0"), QStringLiteral("kernel"),
                QStringLiteral("rootfs.gz") }));
    }

    void startAtEndSkipsOldLines()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("dnsmasq.log"));
        const QByteArray sent
            = "Nov 26 00:16:59 dnsmasq-tftp[1]: sent /t/ph1/kernel to 198.18.0.112\n";
        QVERIFY(writeFile(log, sent, QIODevice::WriteOnly));
        DnsmasqLogReader reader(log);
        reader.setPollInterval(50);
        QSignalSpy spy(&reader, &DnsmasqLogReader::eventsRead);
        QSignalSpy lines(&reader, &DnsmasqLogReader::linesRead);
        reader.start(DnsmasqLogReader::StartAt::End);
        QCOMPARE(spy.size(), 0);
        QVERIFY(writeFile(log, sent, QIODevice::WriteOnly | QIODevice::Append));
        QTRY_COMPARE_WITH_TIMEOUT(collected(spy).size(), 1, 3000);
        QCOMPARE(lines.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDnsmasqLogReader)
#include "tst_dnsmasqlogreader.moc"

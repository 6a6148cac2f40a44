#include "swarmfixtures.h"

#include <serve/clientregistry.h>
#include <serve/dnsmasqlogreader.h>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace bt;
using bt::test::snapshot;
using bt::test::swarmPeer;

// Readable failures: QCOMPARE prints states by their wire names.
namespace QTest {
template <> char *toString(const ClientState &state)
{
    return qstrdup(clientStateName(state).toUtf8().constData());
}
} // namespace QTest

namespace {

const QString First = QStringLiteral("52:54:00:12:34:56");
const QString Second = QStringLiteral("52:54:00:ab:cd:ef");

QList<DnsmasqEvent> recordedEvents(const QString &name)
{
    QFile file(qEnvironmentVariable("BT_SOURCE_DIR") + QStringLiteral("/tests/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    while (!file.atEnd())
        lines.append(QString::fromUtf8(file.readLine()).chopped(1));
    DnsmasqLogReader reader(QString {});
    return reader.parseLines(lines, QDateTime(QDate(2024, 11, 26), QTime(12, 0)));
}

// The recorded events up to (and including) the n-th event matching `stop`.
QList<DnsmasqEvent> eventsUntil(const QList<DnsmasqEvent> &events,
    const std::function<bool(const DnsmasqEvent &)> &stop, int occurrence = 1)
{
    QList<DnsmasqEvent> head;
    for (const DnsmasqEvent &event : events) {
        head.append(event);
        if (stop(event) && --occurrence == 0)
            break;
    }
    return head;
}

ClientStatus status(ClientState state, int progress = -1, const QString &os = QString())
{
    ClientStatus s;
    s.state = state;
    s.progress = progress;
    s.os = os;
    return s;
}

QList<ClientState> statesOf(const ClientRecord &record)
{
    QList<ClientState> states;
    for (const ClientTransition &t : record.transitions)
        states.append(t.state);
    return states;
}

// A report of `state` at `time` with the download's bytes and rate.
ClientStatus report(ClientState state, const QDateTime &time, qint64 completed = -1,
    qint64 total = -1, qint64 rate = -1)
{
    ClientStatus s = status(state);
    s.time = time;
    s.completedBytes = completed;
    s.totalBytes = total;
    s.downloadRate = rate;
    return s;
}

const QDateTime T0(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
constexpr qint64 MB = 1000000;

} // namespace

class TestClientRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(!recordedEvents(QStringLiteral("dnsmasq-full.log")).isEmpty()); }

    void stateNamesRoundTrip()
    {
        const QStringList wire = { QStringLiteral("discovered"), QStringLiteral("leased"),
            QStringLiteral("loading-phase1"), QStringLiteral("phase1-up"), QStringLiteral("menu"),
            QStringLiteral("downloading"), QStringLiteral("sharing"), QStringLiteral("booting"),
            QStringLiteral("booted"), QStringLiteral("failed") };
        QStringList names;
        for (ClientState state : allClientStates()) {
            names.append(clientStateName(state));
            QCOMPARE(
                clientStateFromName(clientStateName(state)), std::optional<ClientState>(state));
        }
        QCOMPARE(names, wire);
        QVERIFY(!clientStateFromName(u"Booted"));
    }

    void recordedBootMovesThroughDhcpAndTftpStatesInOrder()
    {
        ClientRegistry registry;
        const QList<DnsmasqEvent> events = recordedEvents(QStringLiteral("dnsmasq-full.log"));
        // Up to the first machine's first TFTP file.
        registry.applyDnsmasqEvents(eventsUntil(
            events, [](const DnsmasqEvent &e) { return e.kind == DnsmasqEvent::Kind::TftpSent; }));
        const auto first = registry.client(First);
        QVERIFY(first);
        QCOMPARE(statesOf(*first),
            (QList<ClientState> {
                ClientState::Discovered, ClientState::Leased, ClientState::LoadingPhase1 }));
        QCOMPARE(first->ip, QStringLiteral("198.18.0.111"));
        QCOMPARE(first->hostname, QStringLiteral("labpc01"));
        QCOMPARE(first->transitionTime(ClientState::Discovered),
            QDateTime(QDate(2024, 11, 26), QTime(0, 16, 55)));
        QVERIFY(first->transitionTime(ClientState::Leased)
            >= first->transitionTime(ClientState::Discovered));
        QVERIFY(!first->transitionTime(ClientState::Menu).isValid());
    }

    void recordedLogGivesOneRowPerMachineJoinedByIp()
    {
        ClientRegistry registry;
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        QCOMPARE(registry.count(), 2);
        QCOMPARE(registry.macForIp(QStringLiteral("198.18.0.111")), First);
        QCOMPARE(registry.macForIp(QStringLiteral("198.18.0.112")), Second);
        // labpc02's TFTP lines name only its address, yet moved its row.
        QCOMPARE(registry.client(Second)->state, ClientState::LoadingPhase1);
        // The missing file and the aborted size probe are routine, not failures.
        QVERIFY(registry.client(Second)->message.isEmpty());
        QCOMPARE(registry.indexOf(First), 0);
        QCOMPARE(registry.indexOf(QStringLiteral("52-54-00-AB-CD-EF")), 1);
    }

    void firmwareComesFromThePxeRomAndTheClientsReport()
    {
        ClientRegistry registry;
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        // The recorded ROMs are BIOS iPXE (PXEClient:Arch:00000).
        QCOMPARE(registry.client(First)->firmware, QStringLiteral("bios"));
        QVERIFY(registry.applyStatus(First, status(ClientState::Phase1Up)));
        QCOMPARE(registry.client(First)->firmware,
            QStringLiteral("bios")); // a report without it keeps it

        ClientStatus secure = status(ClientState::Menu);
        secure.firmware = QStringLiteral("uefi-secureboot");
        QVERIFY(registry.applyStatus(Second, secure));
        QCOMPARE(registry.client(Second)->firmware, QStringLiteral("uefi-secureboot"));
        QCOMPARE(registry.client(Second)->toJson().value(QStringLiteral("firmware")).toString(),
            QStringLiteral("uefi-secureboot"));

        // A UEFI ROM's next request cannot tell Secure Boot: it does not undo the report.
        DnsmasqEvent discover;
        discover.kind = DnsmasqEvent::Kind::Discover;
        discover.time = QDateTime::currentDateTime();
        discover.xid = 7;
        discover.mac = Second;
        discover.pxe = true;
        discover.firmware = QStringLiteral("uefi");
        registry.applyDnsmasqEvents({ discover });
        QCOMPARE(registry.client(Second)->firmware, QStringLiteral("uefi-secureboot"));
        secure.firmware = QStringLiteral("uefi");
        secure.state = ClientState::Phase1Up;
        QVERIFY(registry.applyStatus(Second, secure));
        QCOMPARE(registry.client(Second)->firmware, QStringLiteral("uefi"));
    }

    void recordedUefiBootIsUefiAndLoadsPhase1ThroughShim()
    {
        // Two OVMF machines of the virtual lab, one of them with Secure Boot.
        ClientRegistry registry;
        const QList<DnsmasqEvent> events = recordedEvents(QStringLiteral("dnsmasq-uefi.log"));
        registry.applyDnsmasqEvents(eventsUntil(events, [](const DnsmasqEvent &e) {
            return e.kind == DnsmasqEvent::Kind::TftpSent
                && e.file == QStringLiteral("shimx64.efi");
        }));
        for (const QString &mac :
            { QStringLiteral("52:54:00:18:01:01"), QStringLiteral("52:54:00:18:01:02") }) {
            const auto row = registry.client(mac);
            QVERIFY2(row, qPrintable(mac));
            QCOMPARE(row->firmware, QStringLiteral("uefi"));
        }
        QCOMPARE(registry.client(registry.macForIp(QStringLiteral("198.18.0.155")))->state,
            ClientState::LoadingPhase1);
    }

    void statusPostsAdvanceTheState()
    {
        ClientRegistry registry;
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        QVERIFY(registry.applyStatus(First, status(ClientState::Phase1Up)));
        QVERIFY(registry.applyStatus(First, status(ClientState::Menu)));
        QVERIFY(registry.applyStatus(
            First, status(ClientState::Downloading, 40, QStringLiteral("debian"))));
        const auto record = registry.client(First);
        QCOMPARE(record->state, ClientState::Downloading);
        QCOMPARE(record->progress, 40);
        QCOMPARE(record->os, QStringLiteral("debian"));
        QCOMPARE(statesOf(*record).mid(3),
            (QList<ClientState> {
                ClientState::Phase1Up, ClientState::Menu, ClientState::Downloading }));
        QVERIFY(!registry.applyStatus(QStringLiteral("not-a-mac"), status(ClientState::Booted)));
    }

    void ignoresBackwardMoves()
    {
        ClientRegistry registry;
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        registry.applyStatus(Second, status(ClientState::Downloading, 70));
        registry.applyStatus(Second, status(ClientState::Menu));
        registry.applyStatus(Second, status(ClientState::Phase1Up));
        auto record = registry.client(Second);
        QCOMPARE(record->state, ClientState::Downloading);
        QCOMPARE(record->progress, 70);
        QCOMPARE(statesOf(*record).last(), ClientState::Downloading);

        // The Phase-1 system's own DHCP (not a PXE ROM) neither.
        DnsmasqEvent ack;
        ack.kind = DnsmasqEvent::Kind::Ack;
        ack.mac = Second;
        ack.ip = QStringLiteral("198.18.0.112");
        ack.xid = 7;
        ack.time = QDateTime::currentDateTime();
        registry.applyDnsmasqEvents({ ack });
        QCOMPARE(registry.client(Second)->state, ClientState::Downloading);

        // Failed stays failed until the machine starts over.
        registry.applyStatus(Second, status(ClientState::Failed));
        registry.applyStatus(Second, status(ClientState::Sharing));
        QCOMPARE(registry.client(Second)->state, ClientState::Failed);
    }

    void failureKeepsItsReason()
    {
        ClientRegistry registry;
        ClientStatus failed = status(ClientState::Failed);
        failed.message = QStringLiteral("Checksum of debian.img did not match.");
        registry.applyStatus(First, status(ClientState::Downloading));
        registry.applyStatus(First, failed);
        QCOMPARE(registry.client(First)->state, ClientState::Failed);
        QCOMPARE(registry.client(First)->message, failed.message);
    }

    void rebootStartsANewCycle()
    {
        ClientRegistry registry;
        const QList<DnsmasqEvent> events = recordedEvents(QStringLiteral("dnsmasq-full.log"));
        // The first machine's first boot, up to its last Phase-1 file.
        const QList<DnsmasqEvent> firstBoot = eventsUntil(events, [](const DnsmasqEvent &e) {
            return e.kind == DnsmasqEvent::Kind::TftpSent && e.file == QStringLiteral("rootfs.gz");
        });
        registry.applyDnsmasqEvents(firstBoot);
        for (ClientState state : { ClientState::Phase1Up, ClientState::Downloading,
                 ClientState::Sharing, ClientState::Booting, ClientState::Booted })
            registry.applyStatus(First, status(state));
        QCOMPARE(registry.client(First)->state, ClientState::Booted);

        // The rest of the recording: labpc02 boots, labpc01's installed
        // system renews its lease (udhcp, not PXE: no new cycle), then
        // labpc01's PXE ROM asks again (new cycle) and loads Phase 1.
        const QList<DnsmasqEvent> rest = events.mid(firstBoot.size());
        const qsizetype udhcpAck
            = std::find_if(rest.cbegin(), rest.cend(),
                  [](const DnsmasqEvent &e) {
                      return e.kind == DnsmasqEvent::Kind::Ack && e.mac == First && !e.pxe;
                  })
            - rest.cbegin();
        QVERIFY(udhcpAck < rest.size());
        registry.applyDnsmasqEvents(rest.mid(0, udhcpAck + 1));
        QCOMPARE(registry.client(First)->state, ClientState::Booted);
        QCOMPARE(registry.client(First)->bootCycle, 1);

        registry.applyDnsmasqEvents(rest.mid(udhcpAck + 1));
        const auto record = registry.client(First);
        QCOMPARE(record->bootCycle, 2);
        QCOMPARE(statesOf(*record),
            (QList<ClientState> {
                ClientState::Discovered, ClientState::Leased, ClientState::LoadingPhase1 }));
        QCOMPARE(record->progress, 0);
        QVERIFY(record->os.isEmpty());
    }

    void phase1ReportAfterBootStartsANewCycle()
    {
        // proxyDHCP: the registry may never see the DHCP of a reboot.
        ClientRegistry registry;
        registry.applyStatus(First, status(ClientState::Booted));
        registry.applyStatus(First, status(ClientState::Phase1Up));
        QCOMPARE(registry.client(First)->state, ClientState::Phase1Up);
        QCOMPARE(registry.client(First)->bootCycle, 2);
    }

    void proxyPxeRequestCreatesARow()
    {
        ClientRegistry registry;
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-proxy.log")));
        QCOMPARE(registry.count(), 1);
        QCOMPARE(
            registry.client(QStringLiteral("52:54:00:00:00:07"))->state, ClientState::Discovered);
    }

    void loaderThatNeverAsksForItsNextFileFailsWithTheReason()
    {
        // proxyDHCP without a Secure Boot path: the firmware fetched
        // syslinux.efi and refused it (never asked for ldlinux.e64). A second
        // machine's GRUB never asked for grub.cfg; a third went on.
        ClientRegistry registry;
        registry.setLoaderTimeout(30000);
        const QDateTime t0(QDate(2026, 11, 30), QTime(10, 0));
        const QString third = QStringLiteral("52:54:00:00:00:03");
        registry.applyLeases({ { {}, First, QStringLiteral("198.18.0.11"), {}, {} },
            { {}, Second, QStringLiteral("198.18.0.12"), {}, {} },
            { {}, third, QStringLiteral("198.18.0.13"), {}, {} } });
        auto sent = [&](const QString &ip, const QString &file, int second) {
            DnsmasqEvent event;
            event.kind = DnsmasqEvent::Kind::TftpSent;
            event.time = t0.addSecs(second);
            event.ip = ip;
            event.file = file;
            registry.applyDnsmasqEvents({ event });
        };
        for (const QString &mac : { First, Second, third }) {
            DnsmasqEvent pxe;
            pxe.kind = DnsmasqEvent::Kind::Pxe;
            pxe.time = t0;
            pxe.mac = mac;
            registry.applyDnsmasqEvents({ pxe });
        }
        sent(QStringLiteral("198.18.0.11"), QStringLiteral("syslinux.efi"), 1);
        sent(QStringLiteral("198.18.0.12"), QStringLiteral("shimx64.efi"), 1);
        sent(QStringLiteral("198.18.0.12"), QStringLiteral("grubx64.efi"), 2);
        sent(QStringLiteral("198.18.0.13"), QStringLiteral("syslinux.efi"), 1);
        sent(QStringLiteral("198.18.0.13"), QStringLiteral("ldlinux.e64"), 2);

        registry.checkLoaders(t0.addSecs(20)); // not yet overdue
        QCOMPARE(registry.client(First)->state, ClientState::LoadingPhase1);
        registry.checkLoaders(t0.addSecs(40));
        QCOMPARE(registry.client(First)->state, ClientState::Failed);
        QVERIFY2(registry.client(First)->message.contains(QStringLiteral("Secure Boot is on")),
            qPrintable(registry.client(First)->message));
        QCOMPARE(registry.client(Second)->state, ClientState::Failed);
        QVERIFY2(registry.client(Second)->message.contains(QStringLiteral("grub/grub.cfg")),
            qPrintable(registry.client(Second)->message));
        QCOMPARE(registry.client(third)->state, ClientState::LoadingPhase1);
    }

    void ignoresTheHostsOwnProbes()
    {
        // serve's DHCP watch asks from the host's interface; dnsmasq logs it.
        ClientRegistry registry;
        registry.setIgnoredMacs({ QStringLiteral("52-54-00-00-00-07") });
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-proxy.log")));
        QCOMPARE(registry.count(), 0);
    }

    void leasesJoinAddressesWithoutCreatingRows()
    {
        ClientRegistry registry;
        DnsmasqLease lease { QDateTime::currentDateTime().addSecs(3600), First,
            QStringLiteral("198.18.0.150"), QStringLiteral("labpc01"), QString() };
        registry.applyLeases({ lease });
        QCOMPARE(registry.count(), 0);
        // A TFTP transfer to that address now finds the machine...
        registry.applyStatus(First, status(ClientState::Phase1Up));
        QCOMPARE(registry.client(First)->ip, QString());
        registry.applyLeases({ lease });
        QCOMPARE(registry.client(First)->ip, QStringLiteral("198.18.0.150"));
        QCOMPARE(registry.client(First)->hostname, QStringLiteral("labpc01"));
    }

    void statusPostJoinsByItsSourceAddress()
    {
        ClientRegistry registry;
        ClientStatus s = status(ClientState::Downloading, -1, QStringLiteral("debian"));
        s.ip = QStringLiteral("198.18.0.120");
        registry.applyStatus(First, s);
        QCOMPARE(registry.macForIp(QStringLiteral("198.18.0.120")), First);
        // aria2 knows the machine only by address; the bytes land on the right row.
        registry.applySwarm(snapshot(300, { swarmPeer(QStringLiteral("198.18.0.120"), 500) },
            { { QStringLiteral("198.18.0.120"), 300 } }));
        const auto record = registry.client(First);
        QCOMPARE(record->completedBytes, qint64(500));
        QCOMPARE(record->totalBytes, qint64(1000));
        QCOMPARE(record->bytesFromHost, qint64(300));
        QCOMPARE(record->bytesFromPeers, qint64(200));
        QCOMPARE(record->progress, 50); // derived: the client reported no progress
    }

    void computesPeerToPeerShare()
    {
        ClientRegistry registry;
        const QString a = QStringLiteral("198.18.0.101");
        const QString b = QStringLiteral("198.18.0.102");
        const QString c = QStringLiteral("198.18.0.103");
        // Three clients hold 1000 + 1000 + 400 bytes; the host sent 1200 of them.
        registry.applySwarm(snapshot(1200,
            { swarmPeer(a, 1000, true), swarmPeer(b, 1000, true), swarmPeer(c, 400) },
            { { a, 800 }, { b, 300 }, { c, 100 } }));
        SwarmTotals totals = registry.swarm();
        QCOMPARE(totals.torrents.size(), 1);
        const TorrentTotals &t = totals.torrents.first();
        QCOMPARE(t.peers, 3);
        QCOMPARE(t.seeds, 2);
        QCOMPARE(t.hostUploaded, qint64(1200));
        QCOMPARE(t.delivered, qint64(2400));
        QCOMPARE(t.peerDelivered, qint64(1200));
        QCOMPARE(t.p2pShare, 0.5);
        QCOMPARE(totals.p2pShare, 0.5);

        // A client that leaves keeps what it got; aria2 restarting keeps the count.
        registry.applySwarm(snapshot(100, { swarmPeer(a, 1000, true) }, {}));
        totals = registry.swarm();
        QCOMPARE(totals.torrents.first().peers, 1);
        QCOMPARE(totals.hostUploaded, qint64(1300));
        QCOMPARE(totals.delivered, qint64(2400));
        QCOMPARE(totals.peerDelivered, qint64(1100));
    }

    void countsTheWebSeedAsBytesFromTheHost()
    {
        ClientRegistry registry;
        const QString a = QStringLiteral("198.18.0.101");
        const QString b = QStringLiteral("198.18.0.102");
        ClientStatus s = status(ClientState::Downloading, -1, QStringLiteral("debian"));
        s.ip = a;
        registry.applyStatus(First, s);
        // The seeder sent 200 bytes to a; both hold 1000.
        registry.applySwarm(
            snapshot(200, { swarmPeer(a, 1000, true), swarmPeer(b, 1000, true) }, { { a, 200 } }));
        QCOMPARE(registry.swarm().hostUploaded, qint64(200));
        QSignalSpy changed(&registry, &ClientRegistry::swarmChanged);
        // Over HTTP the host sent a another 300 and b 100.
        WebSeedCounters web;
        web.bytes[QStringLiteral("debian")] = { { a, 300 }, { b, 100 } };
        registry.applyWebSeed(web);
        registry.flush();
        QCOMPARE(changed.size(), 1);
        const SwarmTotals totals = registry.swarm();
        QCOMPARE(totals.torrents.first().webSeedUploaded, qint64(400));
        QCOMPARE(totals.hostUploaded, qint64(600));
        QCOMPARE(totals.delivered, qint64(2000));
        QCOMPARE(totals.peerDelivered, qint64(1400));
        QCOMPARE(registry.client(First)->bytesFromHost, qint64(500));
        QCOMPARE(registry.client(First)->bytesOverHttp, qint64(300));
        QCOMPARE(registry.client(First)->bytesFromPeers, qint64(500));
        QCOMPARE(registry.swarmToJson()
                     .value(QStringLiteral("torrents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("webSeedUploaded"))
                     .toDouble(),
            400.0);
        // The same counters again change nothing.
        registry.applyWebSeed(web);
        registry.flush();
        QCOMPARE(changed.size(), 1);
    }

    void splitsHostBytesBySource()
    {
        ClientRegistry registry;
        const QString a = QStringLiteral("198.18.0.101");
        registry.applySwarm(snapshot(200, { swarmPeer(a, 1000, true) }, { { a, 200 } }));
        WebSeedCounters web;
        web.bytes[QStringLiteral("debian")] = { { a, 700 } };
        web.repeated[QStringLiteral("debian")] = 50;
        registry.applyWebSeed(web);
        const SwarmTotals totals = registry.swarm();
        const TorrentTotals &torrent = totals.torrents.first();
        QCOMPARE(torrent.hostUploaded, qint64(900));
        QCOMPARE(torrent.seederUploaded, qint64(200));
        QCOMPARE(torrent.webSeedUploaded, qint64(700));
        QCOMPARE(torrent.webSeedRepeated, qint64(50));
        QCOMPARE(totals.hostUploaded, qint64(900));
        QCOMPARE(totals.seederUploaded, qint64(200));
        QCOMPARE(totals.webSeedUploaded, qint64(700));
        QCOMPARE(totals.webSeedRepeated, qint64(50));
        // As the status and admin APIs send it, and as a mirror reads it back.
        const QJsonObject json = registry.swarmToJson();
        QCOMPARE(json.value(QStringLiteral("seederUploaded")).toDouble(), 200.0);
        QCOMPARE(json.value(QStringLiteral("webSeedUploaded")).toDouble(), 700.0);
        QCOMPARE(json.value(QStringLiteral("webSeedRepeated")).toDouble(), 50.0);
        QCOMPARE(SwarmTotals::fromJson(json), totals);
    }

    void clientReportFillsWhatTheSeederCannotSee()
    {
        // Peers stop telling a seeder which pieces they got; the client's own
        // report and its state are believed instead.
        ClientRegistry registry;
        const QString a = QStringLiteral("198.18.0.101");
        ClientStatus s = status(ClientState::Downloading, 80, QStringLiteral("debian"));
        s.ip = a;
        s.completedBytes = 800;
        registry.applyStatus(First, s);
        registry.applySwarm(snapshot(200, { swarmPeer(a, 100) }, { { a, 200 } }));
        QCOMPARE(registry.client(First)->completedBytes, qint64(800));
        QCOMPARE(registry.swarm().delivered, qint64(800));
        registry.applyStatus(First, status(ClientState::Sharing));
        QCOMPARE(registry.client(First)->completedBytes, qint64(1000));
        QCOMPARE(registry.swarm().peerDelivered, qint64(800));
    }

    void nothingDeliveredMeansNoShare()
    {
        ClientRegistry registry;
        registry.applySwarm(snapshot(0, {}, {}));
        QCOMPARE(registry.swarm().p2pShare, 0.0);
        QCOMPARE(registry.swarm().delivered, qint64(0));
    }

    void keepsTheTrackersCountsPerTorrent()
    {
        ClientRegistry registry;
        QSignalSpy swarmChanged(&registry, &ClientRegistry::swarmChanged);
        registry.applySwarm(snapshot(0, {}, {}));
        registry.flush();
        QCOMPARE(swarmChanged.size(), 1);
        QVERIFY(!registry.swarm().trackerTime.isValid());

        const QString debian = QStringLiteral("38a50cfdddae6f3c5e884f5d1ea5ecf28aff37dc");
        const QString freedos = QStringLiteral("7ab58dd5d9e7653dd8d3e35ce8d482eef52b343c");
        TrackerSnapshot tracker;
        tracker.time = QDateTime::currentDateTime();
        tracker.torrents = { { debian, { 3, 2, 1 } }, { freedos, { 0, 1, 0 } } };
        registry.applyTracker(tracker);
        registry.flush();
        QCOMPARE(swarmChanged.size(), 2);
        SwarmTotals totals = registry.swarm();
        QCOMPARE(totals.trackerTime, tracker.time);
        QCOMPARE(totals.torrents.size(), 2);
        QCOMPARE(totals.torrents.at(0).name, QStringLiteral("debian"));
        QCOMPARE(totals.torrents.at(0).trackerSeeders, 3);
        QCOMPARE(totals.torrents.at(0).trackerLeechers, 2);
        QCOMPARE(totals.torrents.at(0).trackerCompleted, 1);
        // A torrent only the tracker knows so far is listed, nameless, with its counts.
        QCOMPARE(totals.torrents.at(1).infoHash, freedos);
        QVERIFY(totals.torrents.at(1).name.isEmpty());
        QCOMPARE(totals.torrents.at(1).trackerLeechers, 1);
        const QJsonObject json
            = registry.swarmToJson().value(QStringLiteral("torrents")).toArray().at(0).toObject();
        QCOMPARE(json.value(QStringLiteral("trackerSeeders")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("trackerLeechers")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("trackerCompleted")).toInt(), 1);

        // The same snapshot again announces nothing; aria2 naming the torrent keeps the counts.
        registry.applyTracker(tracker);
        registry.flush();
        QCOMPARE(swarmChanged.size(), 2);
        registry.applySwarm(snapshot(0, {}, {}));
        QCOMPARE(registry.swarm().torrents.at(0).trackerSeeders, 3);

        // A torrent missing from a later snapshot has no peers at the tracker any more.
        tracker.torrents = { { debian, { 4, 0, 3 } } };
        registry.applyTracker(tracker);
        registry.flush();
        QCOMPARE(swarmChanged.size(), 3);
        totals = registry.swarm();
        QCOMPARE(totals.torrents.at(0).trackerSeeders, 4);
        QCOMPARE(totals.torrents.at(0).trackerCompleted, 3);
        QCOMPARE(totals.torrents.at(1).trackerLeechers, 0);
    }

    void batchesManyUpdatesIntoOneSignal()
    {
        ClientRegistry registry;
        registry.setCoalesceInterval(50);
        QSignalSpy changed(&registry, &ClientRegistry::clientsChanged);
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        for (int i = 0; i <= 100; ++i)
            registry.applyStatus(First, status(ClientState::Downloading, i));
        registry.applyStatus(Second, status(ClientState::Menu));
        QCOMPARE(changed.size(), 0);
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QList<QString>>(), (QList<QString> { First, Second }));
        // Nothing is left over for a second signal: flushing announces nothing.
        registry.flush();
        QCOMPARE(changed.size(), 1);

        // Nothing changed, nothing announced: the same log lines again move no row.
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        registry.flush();
        QCOMPARE(changed.size(), 1);
    }

    void flushAnnouncesAtOnce()
    {
        ClientRegistry registry;
        QSignalSpy changed(&registry, &ClientRegistry::clientsChanged);
        QSignalSpy swarm(&registry, &ClientRegistry::swarmChanged);
        registry.applyStatus(First, status(ClientState::Menu));
        registry.applySwarm(snapshot(10, {}, {}));
        registry.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(swarm.size(), 1);
    }

    void writesClientsAndSwarmAsJson()
    {
        ClientRegistry registry;
        registry.applyDnsmasqEvents(recordedEvents(QStringLiteral("dnsmasq-full.log")));
        registry.applyStatus(First, status(ClientState::Downloading, 12, QStringLiteral("debian")));
        const QJsonObject json = registry.toJson();
        const QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
        QCOMPARE(clients.size(), 2);
        const QJsonObject first = clients.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("mac")).toString(), First);
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("downloading"));
        QCOMPARE(first.value(QStringLiteral("progress")).toInt(), 12);
        QCOMPARE(first.value(QStringLiteral("ip")).toString(), QStringLiteral("198.18.0.111"));
        QCOMPARE(first.value(QStringLiteral("transitions"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("downloading"));
        QVERIFY(
            json.value(QStringLiteral("swarm")).toObject().contains(QStringLiteral("p2pShare")));
    }

    // --- alerts -----------------------------------------------------------------

    void leasedMachineThatNeverFetchesTheBootFileTurnsRed()
    {
        ClientRegistry registry;
        DnsmasqEvent ack;
        ack.kind = DnsmasqEvent::Kind::Ack;
        ack.mac = First;
        ack.ip = QStringLiteral("198.18.0.111");
        ack.xid = 7;
        ack.time = T0;
        registry.applyDnsmasqEvents({ ack });
        registry.checkAlerts(T0.addSecs(59));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::None);
        registry.checkAlerts(T0.addSecs(60));
        const ClientAlert alert = registry.client(First)->alert;
        QCOMPARE(alert.level, AlertLevel::Red);
        QCOMPARE(alert.since, T0.addSecs(60));
        QVERIFY2(alert.reason.contains(QStringLiteral("never asked for the boot file")),
            qPrintable(alert.reason));

        // The boot file is asked for at last: a new step, no flag until it is overdue.
        DnsmasqEvent sent;
        sent.kind = DnsmasqEvent::Kind::TftpSent;
        sent.ip = ack.ip;
        sent.file = QStringLiteral("pxelinux.0");
        sent.time = T0.addSecs(61);
        registry.applyDnsmasqEvents({ sent });
        registry.checkAlerts(T0.addSecs(62));
        QCOMPARE(registry.client(First)->state, ClientState::LoadingPhase1);
        QCOMPARE(registry.client(First)->alert, ClientAlert {});
        registry.checkAlerts(T0.addSecs(61 + 120));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Red);
    }

    void stalledDownloadIsAmberThenRedAndClearsWhenItMoves()
    {
        ClientRegistry registry;
        registry.applyStatus(First, report(ClientState::Downloading, T0, 0, 100 * MB, 0));
        registry.applyStatus(
            First, report(ClientState::Downloading, T0.addSecs(20), 10 * MB, 100 * MB));
        registry.checkAlerts(T0.addSecs(20));
        registry.checkAlerts(T0.addSecs(64));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::None);
        registry.checkAlerts(T0.addSecs(65));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Amber);
        QCOMPARE(registry.client(First)->alert.reason,
            QStringLiteral("no progress for 45 s: is its link up? see the swarm panel"));
        registry.checkAlerts(T0.addSecs(70));
        QCOMPARE(registry.client(First)->alert.since, T0.addSecs(65)); // raised once
        QCOMPARE(registry.client(First)->alert.reason,
            QStringLiteral("no progress for 50 s: is its link up? see the swarm panel"));
        registry.checkAlerts(T0.addSecs(200));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Red);
        QCOMPARE(registry.client(First)->alert.since, T0.addSecs(200));

        registry.applyStatus(
            First, report(ClientState::Downloading, T0.addSecs(201), 11 * MB, 100 * MB));
        registry.checkAlerts(T0.addSecs(201));
        QCOMPARE(registry.client(First)->alert, ClientAlert {});
    }

    void thresholdsComeFromTheAlertSettings()
    {
        ClientRegistry registry;
        AlertSettings settings;
        settings.noProgress = 5;
        settings.noProgressRed = 0;
        registry.setAlertSettings(settings);
        registry.applyStatus(First, report(ClientState::Downloading, T0, 0, 100 * MB));
        registry.checkAlerts(T0.addSecs(4));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::None);
        registry.checkAlerts(T0.addSecs(5));
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Amber);
        registry.checkAlerts(T0.addSecs(3600)); // no red configured
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Amber);
    }

    void slowDownloadIsFlaggedAgainstTheRoomsMedian()
    {
        ClientRegistry registry;
        const QString third = QStringLiteral("52:54:00:00:00:03");
        const QString slow = QStringLiteral("52:54:00:00:00:04");
        const QList<QString> fast { First, Second, third };
        for (int second = 0; second <= 20; second += 2) {
            const QDateTime now = T0.addSecs(second);
            for (const QString &mac : fast)
                registry.applyStatus(
                    mac, report(ClientState::Downloading, now, second * 4 * MB, 400 * MB, 4 * MB));
            registry.applyStatus(
                slow, report(ClientState::Downloading, now, second * MB / 2, 400 * MB, MB / 2));
            registry.checkAlerts(now);
        }
        const ClientAlert alert = registry.client(slow)->alert;
        QCOMPARE(alert.level, AlertLevel::Amber);
        QCOMPARE(alert.reason,
            QStringLiteral("downloading at 500 kB/s, 12% of the room's median 4.0 MB/s: check "
                           "its link, cable and switch port"));
        for (const QString &mac : fast)
            QCOMPARE(registry.client(mac)->alert, ClientAlert {});
    }

    void etaIsTheRemainingBytesAtTheSmoothedRate()
    {
        ClientRegistry registry;
        registry.applyStatus(First, report(ClientState::Downloading, T0, 40 * MB, 100 * MB, MB));
        QCOMPARE(registry.client(First)->etaSeconds, -1); // not judged yet
        registry.checkAlerts(T0);
        QCOMPARE(registry.client(First)->etaSeconds, 60);
        // One burst moves the ETA only part of the way.
        registry.applyStatus(
            First, report(ClientState::Downloading, T0.addSecs(1), 50 * MB, 100 * MB, 10 * MB));
        registry.checkAlerts(T0.addSecs(1));
        const qint64 eta = registry.client(First)->etaSeconds;
        QVERIFY2(eta > 5 && eta < 50, qPrintable(QString::number(eta)));
        // Done downloading: no ETA.
        registry.applyStatus(First, report(ClientState::Sharing, T0.addSecs(2)));
        registry.checkAlerts(T0.addSecs(2));
        QCOMPARE(registry.client(First)->etaSeconds, -1);
    }

    void failedMachineIsRedWithItsMessage()
    {
        ClientRegistry registry;
        ClientStatus failed = report(ClientState::Failed, T0);
        failed.message = QStringLiteral("Checksum of debian.img did not match.");
        registry.applyStatus(First, failed);
        registry.checkAlerts(T0);
        QCOMPARE(
            registry.client(First)->alert, (ClientAlert { AlertLevel::Red, failed.message, T0 }));
    }

    void alertChangesAreAnnounced()
    {
        ClientRegistry registry;
        registry.applyStatus(First, report(ClientState::Booting, T0));
        registry.flush();
        QSignalSpy changed(&registry, &ClientRegistry::clientsChanged);
        registry.checkAlerts(T0.addSecs(10));
        registry.flush();
        QCOMPARE(changed.size(), 0); // nothing to say yet
        registry.checkAlerts(T0.addSecs(180));
        registry.flush();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Amber);
    }

    void newBootCycleClearsTheAlert()
    {
        ClientRegistry registry;
        registry.applyStatus(First, report(ClientState::Failed, T0));
        registry.checkAlerts(T0);
        QCOMPARE(registry.client(First)->alert.level, AlertLevel::Red);
        registry.applyStatus(First, report(ClientState::Phase1Up, T0.addSecs(5)));
        QCOMPARE(registry.client(First)->bootCycle, 2);
        QCOMPARE(registry.client(First)->alert, ClientAlert {});
    }

    void alertAndEtaSurviveTheJsonRoundTrip()
    {
        ClientRecord record;
        record.mac = First;
        record.state = ClientState::Downloading;
        record.transitions = { { ClientState::Downloading, T0 } };
        record.firstSeen = record.lastSeen = T0;
        record.alert = { AlertLevel::Amber, QStringLiteral("no progress for 45 s"), T0 };
        record.etaSeconds = 93;
        QCOMPARE(ClientRecord::fromJson(record.toJson()), record);
        const QJsonObject json = record.toJson();
        QCOMPARE(json.value(QStringLiteral("alert"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toString(),
            QStringLiteral("amber"));
        QCOMPARE(json.value(QStringLiteral("etaSeconds")).toInt(), 93);
    }

    void hostileAlertJsonIsBoundedAndValidated()
    {
        ClientRecord record;
        record.mac = First;
        record.state = ClientState::Downloading;
        QJsonObject json = record.toJson();
        auto read = [&json](const QJsonValue &alert, const QJsonValue &eta) {
            json.insert(QStringLiteral("alert"), alert);
            json.insert(QStringLiteral("etaSeconds"), eta);
            return *ClientRecord::fromJson(json);
        };
        const ClientRecord purple
            = read(QJsonObject { { QStringLiteral("level"), QStringLiteral("purple") },
                       { QStringLiteral("reason"), QStringLiteral("x") } },
                -5);
        QCOMPARE(purple.alert, ClientAlert {});
        QCOMPARE(purple.etaSeconds, -1);
        const ClientRecord huge
            = read(QJsonObject { { QStringLiteral("level"), QStringLiteral("red") },
                       { QStringLiteral("reason"), QString(100000, QLatin1Char('r')) },
                       { QStringLiteral("since"), 12 } },
                1e300);
        QCOMPARE(huge.alert.level, AlertLevel::Red);
        QCOMPARE(huge.alert.reason.size(), 512);
        QVERIFY(!huge.alert.since.isValid());
        QCOMPARE(huge.etaSeconds, -1);
        const ClientRecord wrongTypes = read(QStringLiteral("red"), QStringLiteral("soon"));
        QCOMPARE(wrongTypes.alert, ClientAlert {});
        QCOMPARE(wrongTypes.etaSeconds, -1);
        QCOMPARE(read(QJsonObject {}, QJsonValue()).etaSeconds, -1);
    }
};

QTEST_GUILESS_MAIN(TestClientRegistry)
#include "tst_clientregistry.moc"

#include <serve/alertrules.h>

#include <QTest>

using namespace bt;

Q_DECLARE_METATYPE(bt::ClientState)
Q_DECLARE_METATYPE(bt::AlertLevel)

namespace {

const QDateTime T0(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);

// A machine that reached `state` at T0 (after the states before it).
ClientRecord machineIn(ClientState state, const QString &message = QString())
{
    ClientRecord record;
    record.mac = QStringLiteral("52:54:00:12:34:56");
    record.state = state;
    record.message = message;
    record.firstSeen = T0.addSecs(-30);
    record.transitions = { { ClientState::Discovered, T0.addSecs(-30) }, { state, T0 } };
    return record;
}

AlertSettings thresholds(
    int lease, int phase1, int noProgress, int noProgressRed, int slowPercent, int booting)
{
    return { lease, phase1, noProgress, noProgressRed, slowPercent, booting };
}

AlertFacts at(qint64 seconds)
{
    AlertFacts facts;
    facts.now = T0.addSecs(seconds);
    return facts;
}

AlertFacts downloadingAt(qint64 seconds, qint64 lastProgress, qint64 rate = 0, qint64 median = 0)
{
    AlertFacts facts = at(seconds);
    facts.lastProgress = T0.addSecs(lastProgress);
    facts.smoothedRate = rate;
    facts.medianRate = median;
    return facts;
}

} // namespace

namespace QTest {
template <> char *toString(const AlertLevel &level)
{
    return qstrdup(alertLevelName(level).toUtf8().constData());
}
} // namespace QTest

class TestAlertRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelNamesRoundTrip()
    {
        for (AlertLevel level : { AlertLevel::None, AlertLevel::Amber, AlertLevel::Red })
            QCOMPARE(alertLevelFromName(alertLevelName(level)), level);
        QVERIFY(!alertLevelFromName(u"purple").has_value());
    }

    void stuckStepIsFlaggedAfterItsThreshold_data()
    {
        QTest::addColumn<ClientState>("state");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("later"); // seconds in the state when checked again
        QTest::addColumn<AlertLevel>("level");
        QTest::addColumn<QString>("reason");
        QTest::newRow("leased, no boot file")
            << ClientState::Leased << 60 << 60 << AlertLevel::Red
            << QStringLiteral("leased 60 s ago but never asked for the boot file: is network "
                              "boot first in its firmware?");
        QTest::newRow("Phase 1 never up")
            << ClientState::LoadingPhase1 << 120 << 180 << AlertLevel::Red
            << QStringLiteral("loading Phase 1 for 3 min but it never reported up: check the "
                              "TFTP log, the boot loader's screen and Secure Boot");
        QTest::newRow("OS never booted")
            << ClientState::Booting << 180 << 180 << AlertLevel::Amber
            << QStringLiteral("handed over to its OS 3 min ago and never reported booted: the "
                              "OS may not report back, or kexec failed (see its screen)");
    }

    void stuckStepIsFlaggedAfterItsThreshold()
    {
        QFETCH(ClientState, state);
        QFETCH(int, threshold);
        QFETCH(int, later);
        QFETCH(AlertLevel, level);
        QFETCH(QString, reason);
        const AlertRules rules;
        QCOMPARE(rules.judge(machineIn(state), at(threshold - 1)).level, AlertLevel::None);
        const ClientAlert alert = rules.judge(machineIn(state), at(later));
        QCOMPARE(alert.level, level);
        QCOMPARE(alert.reason, reason);
    }

    void downloadWithoutProgressIsAmberThenRed()
    {
        const AlertRules rules;
        const ClientRecord downloading = machineIn(ClientState::Downloading);
        QCOMPARE(rules.judge(downloading, downloadingAt(100, 56)).level, AlertLevel::None);
        const ClientAlert amber = rules.judge(downloading, downloadingAt(100, 55));
        QCOMPARE(amber.level, AlertLevel::Amber);
        QCOMPARE(amber.reason,
            QStringLiteral("no progress for 45 s: is its link up? see the swarm panel"));
        const ClientAlert red = rules.judge(downloading, downloadingAt(200, 20));
        QCOMPARE(red.level, AlertLevel::Red);
        QCOMPARE(red.reason,
            QStringLiteral("no progress for 3 min: is its link up? see the swarm panel"));
    }

    void downloadWithoutAnyProgressCountsFromItsStart()
    {
        const AlertRules rules;
        AlertFacts facts = at(45);
        facts.lastProgress = {};
        QCOMPARE(rules.judge(machineIn(ClientState::Downloading), facts).level, AlertLevel::Amber);
    }

    void slowDownloadAgainstTheRoomsMedianIsAmber()
    {
        const AlertRules rules;
        const ClientRecord downloading = machineIn(ClientState::Downloading);
        const ClientAlert alert = rules.judge(downloading, downloadingAt(30, 29, 1200000, 5000000));
        QCOMPARE(alert.level, AlertLevel::Amber);
        QCOMPARE(alert.reason,
            QStringLiteral("downloading at 1.2 MB/s, 24% of the room's median 5.0 MB/s: check "
                           "its link, cable and switch port"));
        // At the ratio, not below it: fine.
        QCOMPARE(rules.judge(downloading, downloadingAt(30, 29, 1250000, 5000000)).level,
            AlertLevel::None);
    }

    void slowIsNotJudgedBeforeTheDownloadSettles()
    {
        const AlertRules rules;
        const ClientRecord downloading = machineIn(ClientState::Downloading);
        QCOMPARE(
            rules.judge(downloading, downloadingAt(9, 9, 100000, 5000000)).level, AlertLevel::None);
        // Without a median (too few downloading) nothing is slow.
        QCOMPARE(
            rules.judge(downloading, downloadingAt(30, 29, 100000, 0)).level, AlertLevel::None);
    }

    void noProgressWinsOverSlow()
    {
        const AlertRules rules;
        const ClientAlert alert = rules.judge(
            machineIn(ClientState::Downloading), downloadingAt(100, 0, 100000, 5000000));
        QVERIFY2(alert.reason.startsWith(QStringLiteral("no progress")), qPrintable(alert.reason));
    }

    void failedIsRedWithItsMessage()
    {
        const AlertRules rules;
        const ClientAlert alert = rules.judge(
            machineIn(ClientState::Failed, QStringLiteral("Checksum of debian.img did not match.")),
            at(0));
        QCOMPARE(alert.level, AlertLevel::Red);
        QCOMPARE(alert.reason, QStringLiteral("Checksum of debian.img did not match."));
        QCOMPARE(rules.judge(machineIn(ClientState::Failed), at(0)).reason,
            QStringLiteral("failed without saying why: see its screen"));
    }

    void healthyStatesAreNeverFlagged()
    {
        const AlertRules rules;
        for (ClientState state : { ClientState::Discovered, ClientState::Phase1Up,
                 ClientState::Menu, ClientState::Sharing, ClientState::Booted })
            QCOMPARE(rules.judge(machineIn(state), at(86400)).level, AlertLevel::None);
    }

    void thresholdsComeFromTheSettings()
    {
        const AlertRules rules(thresholds(5, 6, 7, 8, 50, 9));
        QCOMPARE(rules.judge(machineIn(ClientState::Leased), at(4)).level, AlertLevel::None);
        QCOMPARE(rules.judge(machineIn(ClientState::Leased), at(5)).level, AlertLevel::Red);
        QCOMPARE(rules.judge(machineIn(ClientState::LoadingPhase1), at(6)).level, AlertLevel::Red);
        const ClientRecord downloading = machineIn(ClientState::Downloading);
        QCOMPARE(rules.judge(downloading, downloadingAt(7, 0)).level, AlertLevel::Amber);
        QCOMPARE(rules.judge(downloading, downloadingAt(8, 0)).level, AlertLevel::Red);
        QCOMPARE(rules.judge(downloading, downloadingAt(30, 29, 2400000, 5000000)).level,
            AlertLevel::Amber);
        QCOMPARE(rules.judge(machineIn(ClientState::Booting), at(9)).level, AlertLevel::Amber);
    }

    void zeroTurnsACheckOff()
    {
        const AlertRules rules(thresholds(0, 0, 0, 0, 0, 0));
        for (ClientState state : { ClientState::Leased, ClientState::LoadingPhase1,
                 ClientState::Downloading, ClientState::Booting })
            QCOMPARE(rules.judge(machineIn(state), downloadingAt(86400, 0, 1, 5000000)).level,
                AlertLevel::None);
        // A failure is no threshold: it stays red.
        QCOMPARE(rules.judge(machineIn(ClientState::Failed), at(0)).level, AlertLevel::Red);
    }

    void medianOfTheRoomNeedsThreeRates()
    {
        QCOMPARE(AlertRules::medianRate({ 5, 1, 3 }), 3);
        QCOMPARE(AlertRules::medianRate({ 4, 1, 3, 10 }), 3); // (3 + 4) / 2, whole bytes
        QCOMPARE(AlertRules::medianRate({ 0, 0, 3, 4 }), 0); // stalled ones have no rate
        QCOMPARE(AlertRules::medianRate({ 3, 4 }), 0);
        QCOMPARE(AlertRules::medianRate({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"

#include "lab/labnetwork.h"

#include <QProcess>
#include <QTest>

using namespace bt;

namespace {

QStringList words(const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); }

QList<QStringList> lines(std::initializer_list<const char *> list)
{
    QList<QStringList> result;
    for (const char *line : list)
        result << words(line);
    return result;
}

QList<QStringList> argvOf(const QList<LabCommandQueue::Command> &commands)
{
    QList<QStringList> result;
    for (const LabCommandQueue::Command &command : commands)
        result << command.argv;
    return result;
}

// A process of this test's own to kill.
bool startSleeper(QProcess &process)
{
    process.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    return process.waitForStarted();
}

LabNetwork::Layout smallLayout()
{
    LabNetwork::Layout layout;
    layout.bridge = QStringLiteral("btlab0");
    layout.hostIp = QStringLiteral("198.18.0.1");
    layout.prefixLength = 24;
    layout.simulated = 1;
    layout.vms = 1;
    return layout;
}

} // namespace

class TestLabNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setsUpBridgeVethAndTapInOrder()
    {
        const LabNetwork network(LabNames(42), QStringLiteral("/sbin/ip"), smallLayout());
        QCOMPARE(network.setUpCommands(),
            lines({
                "/sbin/ip netns add btlab42-h",
                "/sbin/ip -n btlab42-h link set lo up",
                "/sbin/ip -n btlab42-h link add btlab0 type bridge",
                "/sbin/ip -n btlab42-h link set btlab0 type bridge forward_delay 0",
                "/sbin/ip -n btlab42-h addr add 198.18.0.1/24 dev btlab0",
                "/sbin/ip -n btlab42-h link set btlab0 up",
                "/sbin/ip netns add btlab42-c1",
                "/sbin/ip -n btlab42-c1 link set lo up",
                "/sbin/ip -n btlab42-h link add p1 type veth peer name eth0 netns btlab42-c1",
                "/sbin/ip -n btlab42-h link set p1 master btlab0 up",
                "/sbin/ip -n btlab42-c1 link set eth0 address 52:54:00:18:00:01",
                "/sbin/ip -n btlab42-c1 link set eth0 up",
                "/sbin/ip -n btlab42-h tuntap add dev tap1 mode tap",
                "/sbin/ip -n btlab42-h link set tap1 master btlab0 up",
            }));
    }

    void limitsOnlyTheSlowPortsOfTheHost()
    {
        LabNetwork::Layout layout = smallLayout();
        layout.simulated = 0;
        layout.vms = 0;
        layout.prefixLength = 16;
        layout.hostRateMbit = 80;
        layout.slowPorts = { 6881, 8080 };
        const LabNetwork network(LabNames(42), QStringLiteral("ip"), layout);
        const QList<QStringList> commands = network.setUpCommands();
        QCOMPARE(commands.at(4), words("ip -n btlab42-h addr add 198.18.0.1/16 dev btlab0"));
        QCOMPARE(commands.mid(6),
            lines({
                "ip netns exec btlab42-h tc qdisc replace dev btlab0 root handle 1: htb default 20",
                "ip netns exec btlab42-h tc class add dev btlab0 parent 1: classid 1:10 htb rate "
                "80mbit",
                "ip netns exec btlab42-h tc class add dev btlab0 parent 1: classid 1:20 htb rate "
                "10gbit",
                "ip netns exec btlab42-h tc filter add dev btlab0 parent 1: protocol ip u32 match "
                "ip sport 6881 0xffff flowid 1:10",
                "ip netns exec btlab42-h tc filter add dev btlab0 parent 1: protocol ip u32 match "
                "ip sport 8080 0xffff flowid 1:10",
            }));
    }

    void putsTheSiteServerInItsOwnNamespaceBeforeTheClients()
    {
        LabNetwork::Layout layout = smallLayout();
        layout.vms = 0;
        layout.siteIp = QStringLiteral("198.18.0.254");
        const LabNetwork network(LabNames(42), QStringLiteral("ip"), layout);
        QCOMPARE(network.setUpCommands().mid(6, 7),
            lines({
                "ip netns add btlab42-s",
                "ip -n btlab42-s link set lo up",
                "ip -n btlab42-h link add site type veth peer name eth0 netns btlab42-s",
                "ip -n btlab42-h link set site master btlab0 up",
                "ip -n btlab42-s addr add 198.18.0.254/24 dev eth0",
                "ip -n btlab42-s link set eth0 up",
                "ip netns add btlab42-c1",
            }));
    }

    void runsProgramsInsideANamespace()
    {
        const LabNetwork network(LabNames(42), QStringLiteral("ip"), smallLayout());
        QCOMPARE(network.listNamespaces(), words("ip netns list"));
        QCOMPARE(network.execIn(QStringLiteral("btlab42-h"), words("qemu -m 512")),
            words("ip netns exec btlab42-h qemu -m 512"));
    }

    void tearsDownOnlyItsOwnNamespaces()
    {
        LabNetwork::Layout layout = smallLayout();
        layout.vms = 2;
        const LabNetwork network(LabNames(42), QStringLiteral("ip"), layout);
        const QByteArray list = "btlab42-c1 (id: 3)\nbtlab420-h\nbtlab42-h (id: 2)\nbtlab7-h\n"
                                "btlab42-other\nnetns42\n";
        const QList<LabCommandQueue::Command> commands = network.teardownCommands(list);
        QCOMPARE(argvOf(commands),
            lines({
                "ip netns pids btlab42-c1",
                "ip netns pids btlab42-h",
                "ip -n btlab42-h link del tap1",
                "ip -n btlab42-h link del tap2",
                "ip netns del btlab42-c1",
                "ip netns del btlab42-h",
            }));
        for (const LabCommandQueue::Command &command : commands)
            QVERIFY2(command.mayFail, qPrintable(command.argv.join(QLatin1Char(' '))));
    }

    void leavesTapsAloneWithoutTheHostNamespace()
    {
        const LabNetwork network(LabNames(42), QStringLiteral("ip"), smallLayout());
        QCOMPARE(argvOf(network.teardownCommands("btlab42-c1\n")),
            lines({ "ip netns pids btlab42-c1", "ip netns del btlab42-c1" }));
    }

    void removesStaleNamespacesOneAfterTheOther()
    {
        const QList<LabCommandQueue::Command> commands = LabNetwork::removeCommands(
            QStringLiteral("ip"), { QStringLiteral("btlab9-h"), QStringLiteral("btlab9-c1") });
        QCOMPARE(argvOf(commands),
            lines({ "ip netns pids btlab9-h", "ip netns del btlab9-h", "ip netns pids btlab9-c1",
                "ip netns del btlab9-c1" }));
    }

    void killsTheListedProcessesOfALabNamespace()
    {
        QProcess sleeper;
        QVERIFY(startSleeper(sleeper));
        const LabCommandQueue::Command kill
            = LabNetwork::killProcessesIn(QStringLiteral("ip"), QStringLiteral("btlab42-c1"));
        QCOMPARE(kill.argv, words("ip netns pids btlab42-c1"));
        QVERIFY(kill.mayFail);
        kill.onOutput(QByteArray::number(sleeper.processId()) + "\n\nnot-a-pid\n");
        QVERIFY(sleeper.waitForFinished(5000));
        QCOMPARE(sleeper.exitStatus(), QProcess::CrashExit);
    }

    void killsNothingInAnotherNamespace()
    {
        QProcess sleeper;
        QVERIFY(startSleeper(sleeper));
        const LabCommandQueue::Command kill
            = LabNetwork::killProcessesIn(QStringLiteral("ip"), QStringLiteral("someone-else"));
        kill.onOutput(QByteArray::number(sleeper.processId()) + "\n");
        QVERIFY(!sleeper.waitForFinished(300));
        sleeper.kill();
        sleeper.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestLabNetwork)
#include "tst_labnetwork.moc"

#include "labnetwork.h"

#include <csignal>

namespace bt {

LabNetwork::LabNetwork(LabNames names, QString ipProgram, Layout layout)
    : m_names(std::move(names))
    , m_ip(std::move(ipProgram))
    , m_layout(std::move(layout))
{
}

QStringList LabNetwork::ip(const QStringList &args) const { return QStringList { m_ip } + args; }

QStringList LabNetwork::listNamespaces() const
{
    return ip({ QStringLiteral("netns"), QStringLiteral("list") });
}

QStringList LabNetwork::execIn(const QString &ns, const QStringList &argv) const
{
    return ip(QStringList { QStringLiteral("netns"), QStringLiteral("exec"), ns } + argv);
}

QList<QStringList> LabNetwork::setUpCommands() const
{
    QList<QStringList> commands;
    const QString host = m_names.hostNamespace();
    const QString bridge = m_layout.bridge;
    const QString n = QStringLiteral("-n");
    const QString link = QStringLiteral("link");
    auto add = [this, &commands](const QStringList &args) { commands << ip(args); };
    add({ QStringLiteral("netns"), QStringLiteral("add"), host });
    add({ n, host, link, QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up") });
    add({ n, host, link, QStringLiteral("add"), bridge, QStringLiteral("type"),
        QStringLiteral("bridge") });
    // Forward at once: the VMs' PXE ROMs give up before the default 15 s learning delay ends.
    add({ n, host, link, QStringLiteral("set"), bridge, QStringLiteral("type"),
        QStringLiteral("bridge"), QStringLiteral("forward_delay"), QStringLiteral("0") });
    add({ n, host, QStringLiteral("addr"), QStringLiteral("add"),
        QStringLiteral("%1/%2").arg(m_layout.hostIp).arg(m_layout.prefixLength),
        QStringLiteral("dev"), bridge });
    add({ n, host, link, QStringLiteral("set"), bridge, QStringLiteral("up") });
    if (m_layout.hostRateMbit > 0) {
        // Frames the host sends leave through the bridge device's qdisc;
        // those of the seeder's and the web seed's ports go to a slow class,
        // the rest to a fast one.
        const QStringList tc { QStringLiteral("netns"), QStringLiteral("exec"), host,
            QStringLiteral("tc") };
        const QString dev = QStringLiteral("dev");
        add(tc
            + QStringList { QStringLiteral("qdisc"), QStringLiteral("replace"), dev, bridge,
                QStringLiteral("root"), QStringLiteral("handle"), QStringLiteral("1:"),
                QStringLiteral("htb"), QStringLiteral("default"), QStringLiteral("20") });
        add(tc
            + QStringList { QStringLiteral("class"), QStringLiteral("add"), dev, bridge,
                QStringLiteral("parent"), QStringLiteral("1:"), QStringLiteral("classid"),
                QStringLiteral("1:10"), QStringLiteral("htb"), QStringLiteral("rate"),
                QStringLiteral("%1mbit").arg(m_layout.hostRateMbit) });
        add(tc
            + QStringList { QStringLiteral("class"), QStringLiteral("add"), dev, bridge,
                QStringLiteral("parent"), QStringLiteral("1:"), QStringLiteral("classid"),
                QStringLiteral("1:20"), QStringLiteral("htb"), QStringLiteral("rate"),
                QStringLiteral("10gbit") });
        for (int slowPort : m_layout.slowPorts)
            add(tc
                + QStringList { QStringLiteral("filter"), QStringLiteral("add"), dev, bridge,
                    QStringLiteral("parent"), QStringLiteral("1:"), QStringLiteral("protocol"),
                    QStringLiteral("ip"), QStringLiteral("u32"), QStringLiteral("match"),
                    QStringLiteral("ip"), QStringLiteral("sport"), QString::number(slowPort),
                    QStringLiteral("0xffff"), QStringLiteral("flowid"), QStringLiteral("1:10") });
    }
    if (!m_layout.siteIp.isEmpty()) {
        const QString site = m_names.siteNamespace();
        add({ QStringLiteral("netns"), QStringLiteral("add"), site });
        add({ n, site, link, QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up") });
        add({ n, host, link, QStringLiteral("add"), QStringLiteral("site"), QStringLiteral("type"),
            QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
            QStringLiteral("eth0"), QStringLiteral("netns"), site });
        add({ n, host, link, QStringLiteral("set"), QStringLiteral("site"),
            QStringLiteral("master"), bridge, QStringLiteral("up") });
        add({ n, site, QStringLiteral("addr"), QStringLiteral("add"),
            QStringLiteral("%1/%2").arg(m_layout.siteIp).arg(m_layout.prefixLength),
            QStringLiteral("dev"), QStringLiteral("eth0") });
        add({ n, site, link, QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("up") });
    }
    for (int i = 1; i <= m_layout.simulated; ++i) {
        const QString ns = m_names.clientNamespace(i);
        const QString port = QStringLiteral("p%1").arg(i);
        add({ QStringLiteral("netns"), QStringLiteral("add"), ns });
        add({ n, ns, link, QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up") });
        // Made inside the host namespace, so no end ever shows in the machine's own.
        add({ n, host, link, QStringLiteral("add"), port, QStringLiteral("type"),
            QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
            QStringLiteral("eth0"), QStringLiteral("netns"), ns });
        add({ n, host, link, QStringLiteral("set"), port, QStringLiteral("master"), bridge,
            QStringLiteral("up") });
        add({ n, ns, link, QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("address"),
            m_names.clientMac(i) });
        add({ n, ns, link, QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("up") });
    }
    for (int i = 1; i <= m_layout.vms; ++i) {
        const QString tap = m_names.tapDevice(i);
        add({ n, host, QStringLiteral("tuntap"), QStringLiteral("add"), QStringLiteral("dev"), tap,
            QStringLiteral("mode"), QStringLiteral("tap") });
        add({ n, host, link, QStringLiteral("set"), tap, QStringLiteral("master"), bridge,
            QStringLiteral("up") });
    }
    return commands;
}

QList<LabCommandQueue::Command> LabNetwork::teardownCommands(const QByteArray &netnsList) const
{
    QStringList ours;
    for (const QString &ns : LabNames::parseNetnsList(netnsList))
        if (LabNames::ownerOf(ns) == m_names.ownerPid())
            ours << ns;
    QList<LabCommandQueue::Command> commands;
    for (const QString &ns : std::as_const(ours))
        commands << killProcessesIn(m_ip, ns);
    if (ours.contains(m_names.hostNamespace()))
        for (int i = 1; i <= m_layout.vms; ++i)
            commands << LabCommandQueue::Command {
                ip({ QStringLiteral("-n"), m_names.hostNamespace(), QStringLiteral("link"),
                    QStringLiteral("del"), m_names.tapDevice(i) }),
                true, {}
            };
    for (const QString &ns : std::as_const(ours))
        commands << LabCommandQueue::Command {
            ip({ QStringLiteral("netns"), QStringLiteral("del"), ns }), true, {}
        };
    return commands;
}

QList<LabCommandQueue::Command> LabNetwork::removeCommands(
    const QString &ipProgram, const QStringList &namespaces)
{
    QList<LabCommandQueue::Command> commands;
    for (const QString &ns : namespaces) {
        commands << killProcessesIn(ipProgram, ns);
        commands << LabCommandQueue::Command {
            { ipProgram, QStringLiteral("netns"), QStringLiteral("del"), ns }, true, {}
        };
    }
    return commands;
}

LabCommandQueue::Command LabNetwork::killProcessesIn(const QString &ipProgram, const QString &ns)
{
    const bool labNamespace = LabNames::ownerOf(ns).has_value();
    return { { ipProgram, QStringLiteral("netns"), QStringLiteral("pids"), ns }, true,
        [labNamespace](const QByteArray &pids) {
            if (!labNamespace)
                return;
            for (const QByteArray &pid : pids.split('\n'))
                if (const int value = pid.trimmed().toInt(); value > 1)
                    ::kill(value, SIGKILL);
        } };
}

} // namespace bt

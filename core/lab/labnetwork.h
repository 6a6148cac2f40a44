#pragma once

#include "labcommandqueue.h"
#include "labnames.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bt {

// The network of one virtual lab as `ip` and `tc` command lines: the host
// namespace with its bridge (and, if asked, a rate limit on what the host
// sends), a veth pair per simulated client, a tap device per virtual machine
// and the site's DHCP server's namespace; and the commands that take it all
// down again. Composes commands only; LabCommandQueue runs them.
class LabNetwork
{
public:
    struct Layout
    {
        QString bridge; // dnsmasq.interface, inside the host namespace
        QString hostIp;
        int prefixLength = 24;
        int simulated = 0;
        int vms = 0;
        // What the host sends from these ports is limited to hostRateMbit
        // (0: no limit): the seeder's and the web seed's.
        int hostRateMbit = 0;
        QList<int> slowPorts;
        QString siteIp; // the site's DHCP server; empty: none
    };

    LabNetwork(LabNames names, QString ipProgram, Layout layout);

    const LabNames &names() const { return m_names; }
    const Layout &layout() const { return m_layout; }

    // `ip netns list`: what the set-up and the teardown start from.
    QStringList listNamespaces() const;
    // Creates every namespace, link and address of the lab, in order.
    QList<QStringList> setUpCommands() const;
    // Runs argv (program first) inside one of the lab's namespaces.
    QStringList execIn(const QString &ns, const QStringList &argv) const;
    // Given the output of listNamespaces(): ends every process in this
    // lab's namespaces, removes the virtual machines' taps and then the
    // namespaces. Nothing outside this lab's namespaces is touched.
    QList<LabCommandQueue::Command> teardownCommands(const QByteArray &netnsList) const;

    // Ends the processes inside, then removes each of `namespaces`: lab
    // namespaces (LabNames) of a lab whose process is gone.
    static QList<LabCommandQueue::Command> removeCommands(
        const QString &ipProgram, const QStringList &namespaces);
    // Sends SIGKILL to every process inside the lab namespace `ns`, as `ip
    // netns pids` lists them. Any other namespace is left alone: the command
    // lists its processes and kills none.
    static LabCommandQueue::Command killProcessesIn(const QString &ipProgram, const QString &ns);

private:
    QStringList ip(const QStringList &args) const;

    LabNames m_names;
    QString m_ip;
    Layout m_layout;
};

} // namespace bt

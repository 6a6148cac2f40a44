#pragma once

#include "environment/environment.h"
#include "labnames.h"
#include "labnetwork.h"
#include "labprograms.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QProcess;
class QTemporaryDir;

namespace bt {

class LabCommandQueue;
class ServeMirror;
class WakeListener;

// A lab on this one machine: a host network namespace whose bridge carries
// the environment's host address (named after dnsmasq.interface, so the
// environment serves unchanged), `boottorrent serve` running inside it, and
// clients of two kinds: simulated ones (a namespace each, running
// simulated-client.sh: DHCP, TFTP, bttui --headless --dry-run, "booted")
// and virtual machines (qemu with an iPXE ROM on a tap device of the
// bridge, booting the real path up to the OS). Optionally a site DHCP
// server shares the bridge and BootTorrent answers as proxyDHCP. Every address lies in
// 198.18.0.0/15, inside namespaces the lab made; the machine's own
// interfaces are never touched.
//
// Everything runs asynchronously as child processes. Teardown removes every
// namespace, link and process: on stop(), in the destructor, and, for a lab
// whose process was killed, at the next lab's start (the children also get
// SIGTERM when the lab's process dies). Needs root.
class VirtualLab : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping, Stopped };
    Q_ENUM(State)

    struct Options
    {
        int simulated = 0;
        int vms = 0;
        // Holds serve.log, one folder and log per client and the serial
        // consoles (vm<N>.serial.log); kept after the lab. Empty: a
        // temporary folder, removed at teardown.
        QString workDir;
        LabPrograms programs; // empty fields are looked up
        int vmMemoryMb = 512;
        // The firmware of each virtual machine in turn: {Uefi, SecureBoot}
        // gives vm1 UEFI, vm2 Secure Boot, vm3 UEFI, ... Empty: BIOS.
        QList<VmFirmware> firmwares;
        bool kvm = false;
        // Limits what the host's seeder sends (Mbit/s, 0: no limit), like a
        // busy host in a real lab: the clients then fetch most pieces from
        // each other. TFTP, DHCP and the clients' own traffic stay free.
        int hostRateMbit = 0;
        // A site DHCP server on the bridge, as on a school's or a company's
        // network: a dnsmasq in a namespace of its own hands out the
        // addresses (from dnsmasq.dhcp_range) and nothing about booting,
        // and the environment must serve with dnsmasq.proxy_dhcp.
        bool siteDhcp = false;
        // The site's server names this host as next-server for x86-64 UEFI
        // PXE clients, with shimx64.efi as boot file: how a site lets Secure
        // Boot machines boot beside it (Debian's signed GRUB reads its
        // configuration from the server of its lease).
        bool siteNamesHost = false;
        // The virtual machines start powered off, like a room in the
        // morning: their taps, MACs and serial logs are ready, and each one
        // starts when a Wake-on-LAN magic packet for its MAC reaches the
        // lab's broadcast address (UDP 9 or 7), e.g. from `boottorrent wake`.
        bool poweredOff = false;
    };

    struct Machine
    {
        QString name; // "c1" (simulated) or "vm1"
        bool vm = false;
        QString mac;
        QString log; // the client script's or qemu's own output
        QString serialLog; // virtual machines: the serial console
        VmFirmware firmware = VmFirmware::Bios; // virtual machines
    };

    VirtualLab(Environment env, Options options, QObject *parent = nullptr);
    ~VirtualLab() override;

    // Checks what the lab needs; when nothing is missing, begins setting up
    // (watch stateChanged, running, failed). Nothing runs otherwise.
    Problems start();
    // Tears everything down; stopped() follows.
    void stop();

    State state() const { return m_state; }
    const Environment &environment() const { return m_env; }
    // What the lab's serve knows, through its admin API.
    ServeMirror *mirror() const { return m_mirror; }
    const LabNames &names() const { return m_names; }
    QString workDir() const { return m_workDir; }
    QList<Machine> machines() const { return m_machines; }
    // The lab network's broadcast address, where Wake-on-LAN is heard.
    QString broadcastAddress() const;
    // Virtual machines waiting for a magic packet: never powered on yet.
    // A lab with any is "waiting", never settled.
    QStringList poweredOffMachines() const;
    // The clients and the swarm as serve's admin API last told them.
    QJsonObject clientsJson() const;
    QJsonObject swarmJson() const;

    // Removes the namespaces, with every process inside, of labs whose
    // process is gone. Blocks for the few `ip` commands; returns the names.
    static QStringList removeStaleLabs(const QString &ipProgram = {});

Q_SIGNALS:
    void stateChanged(bt::VirtualLab::State state);
    void logLine(const QString &line);
    // serve is up and the clients were started.
    void running();
    // Every machine is booted or failed; emitted once. Never while a
    // virtual machine still waits to be woken.
    void settled(bool allBooted);
    // Set-up failed or serve died; teardown follows by itself.
    void failed(const QString &error);
    void stopped();

private:
    VmFirmware firmwareOfVm(int index) const; // index from 1
    void setState(State state);
    void note(const QString &line);
    void fail(const QString &error);
    void queueStaleCleanup(const QByteArray &netnsList);
    void queueSetUp();
    void startSiteDhcp();
    void startServe();
    void onServeOutput();
    void checkServeReady();
    void startMachines();
    void startSimulated(int index);
    void startVm(int index);
    void listenForWake();
    void wake(const QString &mac, const QString &sender);
    QProcess *spawn(const QStringList &argv, const QString &logFile);
    void checkSettled();
    void terminateProcesses();
    void queueTeardown(LabCommandQueue *queue, const QByteArray &netnsList);
    void finishStop();
    void teardownNow();

    Environment m_env;
    Options m_options;
    LabNames m_names;
    std::optional<LabNetwork> m_network; // from start(), once the layout is checked
    State m_state = State::Idle;
    QString m_workDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    int m_prefixLength = 24;
    QList<Machine> m_machines;
    ServeMirror *m_mirror;
    QTimer m_readyTimer; // looks for serve's runtime file while starting
    LabCommandQueue *m_queue;
    QProcess *m_serve = nullptr;
    QProcess *m_site = nullptr; // the site's DHCP server
    QString m_siteIp;
    QString m_siteRange; // dnsmasq's --dhcp-range
    QByteArray m_serveBuffer;
    QList<QProcess *> m_clients; // one per machine started
    QHash<QString, QProcess *> m_vmProcesses; // machine name -> its (last) qemu
    WakeListener *m_wakeListener;
    QStringList m_unknownWakes; // MACs of no machine here, each noted once
    QHash<QString, bool> m_clientExited; // machine name -> exited with success
    QTimer m_killTimer;
    bool m_settled = false;
    bool m_everRunning = false;
};

} // namespace bt

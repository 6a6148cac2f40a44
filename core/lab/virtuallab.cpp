#include "virtuallab.h"

#include "labcommandqueue.h"
#include "labexitsweep.h"
#include "labnetwork.h"
#include "vmcommand.h"
#include "wakelistener.h"

#include "environment/machinebook.h"
#include "serve/clientstate.h"
#include "serve/servemirror.h"
#include "serve/serveruntime.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace bt {

namespace {

constexpr int kTerminateGraceMs = 6000;
// Where Wake-on-LAN is sent: the discard and echo ports.
const QList<quint16> kWakePorts { 9, 7 };
// MACs of no machine of this lab are noted once each, up to this many.
constexpr int kMaxUnknownWakesNoted = 16;

// A child dies with the lab: the kernel sends it SIGTERM when the lab's
// process ends, even by SIGKILL. `ip netns exec` keeps the setting across
// its exec of the real program.
void dieWithParent() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); }

int prefixLengthOf(const QString &netmask)
{
    const QHostAddress mask(netmask);
    if (mask.protocol() != QAbstractSocket::IPv4Protocol)
        return 24;
    return __builtin_popcount(mask.toIPv4Address());
}

Problem labProblem(const QString &message, const QString &key = {})
{
    return Problem { key.isEmpty() ? QString() : QStringLiteral("Boottorrent.yaml"), key, message };
}

} // namespace

VirtualLab::VirtualLab(Environment env, Options options, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_options(std::move(options))
    , m_names(::getpid())
    , m_mirror(new ServeMirror(this))
    , m_queue(new LabCommandQueue(this))
    , m_wakeListener(new WakeListener(this))
{
    connect(m_wakeListener, &WakeListener::wakeRequested, this,
        [this](const QString &mac, const QHostAddress &sender) { wake(mac, sender.toString()); });
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        for (QProcess *process : m_clients)
            if (process && process->state() != QProcess::NotRunning)
                process->kill();
        if (m_serve && m_serve->state() != QProcess::NotRunning)
            m_serve->kill();
        if (m_site && m_site->state() != QProcess::NotRunning)
            m_site->kill();
    });
    connect(m_mirror, &ServeMirror::polled, this, &VirtualLab::checkSettled);
    // serve says it is ready through its API: the lab starts the machines then.
    connect(m_mirror, &ServeMirror::servingStateChanged, this, [this](const QString &state) {
        if (m_state != State::Starting || state != QLatin1String("running"))
            return;
        m_everRunning = true;
        setState(State::Running);
        startMachines();
        Q_EMIT running();
    });
    m_readyTimer.setInterval(200);
    connect(&m_readyTimer, &QTimer::timeout, this, &VirtualLab::checkServeReady);
}

VirtualLab::~VirtualLab()
{
    if (m_state == State::Starting || m_state == State::Running || m_state == State::Stopping)
        teardownNow();
}

QJsonObject VirtualLab::clientsJson() const
{
    QJsonArray rows;
    for (const ClientRecord &client : m_mirror->clients())
        rows.append(client.toJson());
    return QJsonObject { { QStringLiteral("clients"), rows } };
}

QJsonObject VirtualLab::swarmJson() const { return m_mirror->swarm().toJson(); }

QString VirtualLab::broadcastAddress() const
{
    const quint32 mask = m_prefixLength == 0 ? 0 : ~quint32(0) << (32 - m_prefixLength);
    return QHostAddress((QHostAddress(m_env.boot().hostIp).toIPv4Address() & mask) | ~mask)
        .toString();
}

QStringList VirtualLab::poweredOffMachines() const
{
    QStringList off;
    if (!m_options.poweredOff)
        return off;
    for (const Machine &machine : m_machines)
        if (machine.vm && !m_vmProcesses.contains(machine.name))
            off << machine.name;
    return off;
}

void VirtualLab::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VirtualLab::note(const QString &line) { Q_EMIT logLine(line); }

VmFirmware VirtualLab::firmwareOfVm(int index) const
{
    if (m_options.firmwares.isEmpty())
        return VmFirmware::Bios;
    return m_options.firmwares.at((index - 1) % m_options.firmwares.size());
}

Problems VirtualLab::start()
{
    if (m_state != State::Idle)
        return { labProblem(QStringLiteral("this lab was already started")) };
    Problems problems;
    if (m_options.simulated < 0 || m_options.vms < 0 || m_options.simulated + m_options.vms < 1
        || m_options.simulated + m_options.vms > 200)
        problems << labProblem(QStringLiteral("a lab has 1 to 200 clients"));
    if (::geteuid() != 0)
        problems << labProblem(
            QStringLiteral("the virtual lab creates network namespaces and needs root"));
    const QString hostIp = m_env.boot().hostIp;
    // The lab's addresses stay in the benchmarking range, so even a mistake
    // could never collide with a real network.
    if (!QHostAddress(hostIp).isInSubnet(QHostAddress(QStringLiteral("198.18.0.0")), 15))
        problems << labProblem(
            QStringLiteral("the virtual lab serves only host addresses in 198.18.0.0/15, not %1")
                .arg(hostIp),
            QStringLiteral("boottorrent.host_ip"));
    const QString bridge = m_env.dnsmasq().interface;
    if (bridge.isEmpty() || bridge.size() > 15)
        problems << labProblem(
            QStringLiteral("the lab's bridge is named after dnsmasq.interface, which must "
                           "be a valid interface name (1 to 15 characters)"),
            QStringLiteral("dnsmasq.interface"));
    if (const Result<DhcpRange> range = DhcpRange::parse(m_env.dnsmasq().dhcpRange); range.ok())
        m_prefixLength = prefixLengthOf(range->netmask);
    if (m_options.siteDhcp) {
        const DnsmasqSettings &dnsmasq = m_env.dnsmasq();
        const Result<DhcpRange> range = DhcpRange::parse(dnsmasq.dhcpRange);
        if (!dnsmasq.enableDhcp || !dnsmasq.proxyDhcp)
            problems << labProblem(
                QStringLiteral("a lab with the site's own DHCP server needs dnsmasq.enable_dhcp "
                               "and dnsmasq.proxy_dhcp: true (serve refuses full DHCP beside it)"),
                QStringLiteral("dnsmasq.proxy_dhcp"));
        else if (!range.ok() || range->end.isEmpty())
            problems << labProblem(
                QStringLiteral("the site's DHCP server hands out dnsmasq.dhcp_range, which must "
                               "be \"start,end[,netmask][,lease]\""),
                QStringLiteral("dnsmasq.dhcp_range"));
        else {
            // The site's server takes the highest address of the network
            // that is neither the host's nor in the range it hands out.
            const quint32 host = QHostAddress(hostIp).toIPv4Address();
            const quint32 mask = m_prefixLength == 0 ? 0 : ~quint32(0) << (32 - m_prefixLength);
            const quint32 start = QHostAddress(range->start).toIPv4Address();
            const quint32 end = QHostAddress(range->end).toIPv4Address();
            quint32 site = (host & mask) | ~mask;
            do
                --site;
            while (
                (site == host || (site >= start && site <= end)) && (site & mask) == (host & mask));
            if ((site & mask) != (host & mask) || site == (host & mask))
                problems << labProblem(
                    QStringLiteral("the lab's network has no address left for the site's DHCP "
                                   "server beside the host and dnsmasq.dhcp_range"),
                    QStringLiteral("dnsmasq.dhcp_range"));
            m_siteIp = QHostAddress(site).toString();
            m_siteRange = QStringLiteral("%1,%2,%3,1h")
                              .arg(range->start, range->end, QHostAddress(mask).toString());
        }
    }
    if (m_options.firmwares.isEmpty())
        m_options.firmwares = { VmFirmware::Bios };
    QList<VmFirmware> vmFirmwares;
    for (int i = 1; i <= m_options.vms; ++i)
        vmFirmwares << firmwareOfVm(i);
    const Result<LabPrograms> programs
        = LabPrograms::locate(m_options.programs, vmFirmwares, m_options.siteDhcp);
    if (!programs.ok())
        problems += programs.problems();
    if (!problems.isEmpty())
        return problems;
    m_options.programs = programs.value();
    LabNetwork::Layout layout;
    layout.bridge = bridge;
    layout.hostIp = hostIp;
    layout.prefixLength = m_prefixLength;
    layout.simulated = m_options.simulated;
    layout.vms = m_options.vms;
    layout.hostRateMbit = m_options.hostRateMbit;
    layout.slowPorts = { m_env.aria2().listenPort };
    if (m_env.boot().webSeedPort > 0)
        layout.slowPorts << m_env.boot().webSeedPort;
    if (m_options.siteDhcp)
        layout.siteIp = m_siteIp;
    m_network.emplace(m_names, m_options.programs.ip, layout);

    if (m_options.workDir.isEmpty()) {
        m_tempDir
            = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bt-lab-XXXXXX"));
        if (!m_tempDir->isValid())
            return { labProblem(QStringLiteral("cannot create a temporary folder: %1")
                                    .arg(m_tempDir->errorString())) };
        m_workDir = m_tempDir->path();
        LabExitSweep::setWorkDir(m_workDir.toStdString());
    } else {
        m_workDir = QDir(m_options.workDir).absolutePath();
        if (!QDir().mkpath(m_workDir))
            return { labProblem(QStringLiteral("cannot create %1").arg(m_workDir)) };
    }
    // The clients' programs run as other users (dnsmasq as nobody reads nothing here, but aria2 and
    // bttui write below it as root): readable for all keeps logs easy to collect.
    QFile::setPermissions(
        m_workDir, QFile::permissions(m_workDir) | QFileDevice::ReadOther | QFileDevice::ExeOther);

    for (int i = 1; i <= m_options.simulated; ++i)
        m_machines << Machine { QStringLiteral("c%1").arg(i), false, m_names.clientMac(i),
            m_workDir + QStringLiteral("/c%1.log").arg(i), {} };
    for (int i = 1; i <= m_options.vms; ++i)
        m_machines << Machine { QStringLiteral("vm%1").arg(i), true, m_names.vmMac(i),
            m_workDir + QStringLiteral("/vm%1.qemu.log").arg(i),
            m_workDir + QStringLiteral("/vm%1.serial.log").arg(i), firmwareOfVm(i) };

    // The lab's room in a machine book of its own: the dashboard lists every
    // machine by name from the start (a powered-off one as off), and the
    // environment's machines.yaml, the real room's, stays as it is.
    MachineBook book;
    for (const Machine &machine : std::as_const(m_machines)) {
        KnownMachine known;
        known.mac = machine.mac;
        known.name = machine.name;
        book.put(known);
    }
    if (const Problems problems = book.save(m_workDir + QStringLiteral("/machines.yaml"));
        !problems.isEmpty())
        return problems;

    setState(State::Starting);
    note(QStringLiteral("lab %1: %2 simulated clients, %3 virtual machines, files in %4")
             .arg(m_names.prefix())
             .arg(m_options.simulated)
             .arg(m_options.vms)
             .arg(m_workDir));
    if (m_options.siteDhcp)
        note(QStringLiteral(
            "the site's DHCP server %1 hands out %2%3; BootTorrent answers as proxyDHCP")
                 .arg(m_siteIp, m_siteRange,
                     m_options.siteNamesHost
                         ? QStringLiteral(" and names %1 as next-server for UEFI clients")
                               .arg(m_env.boot().hostIp)
                         : QString()));
    // An exit() that skips the teardown below (a lost X11 display) still removes the namespaces.
    LabExitSweep::arm();
    m_queue->add(LabCommandQueue::Command {
        m_network->listNamespaces(), false, [this](const QByteArray &output) {
            if (m_state != State::Starting)
                return;
            queueStaleCleanup(output);
            queueSetUp();
        } });
    connect(m_queue, &LabCommandQueue::finished, this, [this](bool ok, const QString &error) {
        if (m_state == State::Stopping) {
            finishStop();
            return;
        }
        if (m_state != State::Starting)
            return;
        if (!ok) {
            fail(QStringLiteral("setting up the lab failed: %1").arg(error));
            return;
        }
        if (m_options.siteDhcp)
            startSiteDhcp();
        else
            startServe();
    });
    m_queue->start();
    return {};
}

void VirtualLab::queueStaleCleanup(const QByteArray &netnsList)
{
    const QStringList stale = LabNames::staleNamespaces(LabNames::parseNetnsList(netnsList));
    for (const QString &ns : stale)
        note(QStringLiteral("removing %1, left by a lab whose process is gone").arg(ns));
    for (LabCommandQueue::Command &command :
        LabNetwork::removeCommands(m_options.programs.ip, stale))
        m_queue->add(std::move(command));
}

void VirtualLab::queueSetUp()
{
    for (const QStringList &command : m_network->setUpCommands())
        m_queue->add(command);
}

QProcess *VirtualLab::spawn(const QStringList &argv, const QString &logFile)
{
    auto *process = new QProcess(this);
    process->setProgram(argv.first());
    process->setArguments(argv.mid(1));
    process->setChildProcessModifier(dieWithParent);
    process->setStandardInputFile(QProcess::nullDevice());
    if (!logFile.isEmpty()) {
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->setStandardOutputFile(logFile, QIODevice::Truncate);
    }
    return process;
}

void VirtualLab::startSiteDhcp()
{
    // Addresses and nothing about booting, like a school's router.
    const QString log = m_workDir + QStringLiteral("/site-dhcp.log");
    QFile::remove(log);
    const QStringList argv
        = m_network->execIn(m_names.siteNamespace(), { m_options.programs.dnsmasq })
        + QStringList { QStringLiteral("--keep-in-foreground"),
              QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--port=0"),
              QStringLiteral("--interface=eth0"), QStringLiteral("--bind-interfaces"),
              QStringLiteral("--no-ping"), QStringLiteral("--dhcp-range=") + m_siteRange,
              QStringLiteral("--dhcp-leasefile=") + m_workDir + QStringLiteral("/site-dhcp.leases"),
              QStringLiteral("--pid-file=") + m_workDir + QStringLiteral("/site-dhcp.pid"),
              QStringLiteral("--user=root"), QStringLiteral("--log-dhcp"),
              QStringLiteral("--log-facility=") + log }
        + (m_options.siteNamesHost
                ? QStringList { QStringLiteral("--dhcp-match=set:efi-x86_64,option:client-arch,7"),
                    QStringLiteral("--dhcp-match=set:efi-x86_64,option:client-arch,9"),
                    QStringLiteral("--dhcp-boot=tag:efi-x86_64,shimx64.efi,,%1")
                        .arg(m_env.boot().hostIp) }
                : QStringList {});
    m_site = spawn(argv, m_workDir + QStringLiteral("/site-dhcp.out"));
    connect(m_site, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_state == State::Starting || m_state == State::Running)
            fail(QStringLiteral("the site's DHCP server exited (status %1); see %2/site-dhcp.out")
                     .arg(exitCode)
                     .arg(m_workDir));
        else if (m_state == State::Stopping)
            finishStop();
    });
    note(QStringLiteral("starting the site's DHCP server: %1").arg(argv.join(QLatin1Char(' '))));
    m_site->start();
    // serve probes the network before it starts: the site's server must answer by then.
    auto *ready = new QTimer(this);
    ready->setInterval(100);
    connect(ready, &QTimer::timeout, this, [this, ready, log, tries = 0]() mutable {
        QFile file(log);
        const bool up = file.open(QIODevice::ReadOnly) && file.readAll().contains("DHCP, IP range");
        if (m_state != State::Starting || up || ++tries > 100) {
            ready->deleteLater();
            if (m_state != State::Starting)
                return;
            if (up)
                startServe();
            else
                fail(QStringLiteral("the site's DHCP server did not come up within 10 s; see %1")
                         .arg(log));
        }
    });
    ready->start();
}

void VirtualLab::startServe()
{
    QStringList argv = m_network->execIn(
        m_names.hostNamespace(), { m_options.programs.boottorrent, QStringLiteral("serve") });
    // Phase-1 puts bttui on the serial console, where the lab reads it.
    if (m_options.vms > 0)
        argv << QStringLiteral("--client-args") << QStringLiteral("bt.headless");
    // Its runtime and token files stay with the lab, apart from a serve of
    // the same environment on this machine.
    argv << QStringLiteral("--runtime-dir") << m_workDir;
    argv << QStringLiteral("--machines") << m_workDir + QStringLiteral("/machines.yaml");
    argv << m_env.dir();
    m_serve = spawn(argv, {});
    m_serve->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_serve, &QProcess::readyReadStandardOutput, this, &VirtualLab::onServeOutput);
    connect(m_serve, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        onServeOutput();
        if (m_state == State::Starting || m_state == State::Running)
            fail(QStringLiteral("boottorrent serve exited (status %1); see %2/serve.log")
                     .arg(exitCode)
                     .arg(m_workDir));
        else if (m_state == State::Stopping)
            finishStop();
    });
    connect(m_serve, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("boottorrent serve did not start: %1").arg(m_serve->errorString()));
    });
    note(QStringLiteral("starting %1").arg(argv.join(QLatin1Char(' '))));
    m_serve->start();
    m_readyTimer.start();
}

void VirtualLab::checkServeReady()
{
    if (m_state != State::Starting) {
        m_readyTimer.stop();
        return;
    }
    // The runtime file names the admin API (on the lab host's loopback);
    // once it is there, the mirror asks the API until serve says "running".
    const std::optional<ServeRuntime::Info> info = ServeRuntime::findIn(m_workDir, m_env.dir());
    if (!info || info->token.isEmpty() || !m_serve || info->pid <= 0)
        return;
    std::optional<AdminEndpoint> endpoint = AdminEndpoint::parse(info->admin);
    if (!endpoint)
        return fail(
            QStringLiteral("serve's runtime file names no admin address: %1").arg(info->admin));
    endpoint->token = info->token;
    endpoint->netns = m_names.hostNamespace();
    m_readyTimer.stop();
    m_mirror->attach(*endpoint);
}

void VirtualLab::onServeOutput()
{
    if (!m_serve)
        return;
    const QByteArray data = m_serve->readAllStandardOutput();
    QFile log(m_workDir + QStringLiteral("/serve.log"));
    if (log.open(QIODevice::Append))
        log.write(data);
    m_serveBuffer += data;
    qsizetype end;
    while ((end = m_serveBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_serveBuffer.left(end)).trimmed();
        m_serveBuffer.remove(0, end + 1);
        note(QStringLiteral("serve: %1").arg(line));
    }
}

void VirtualLab::startMachines()
{
    for (int i = 1; i <= m_options.simulated; ++i)
        startSimulated(i);
    if (m_options.poweredOff && m_options.vms > 0)
        listenForWake();
    else
        for (int i = 1; i <= m_options.vms; ++i)
            startVm(i);
}

void VirtualLab::listenForWake()
{
    // In the host namespace, where serve and `boottorrent wake` send: the
    // packets are broadcasts on the bridge, as the machines' cards see them.
    QString error;
    if (!m_wakeListener->listen(
            m_names.hostNamespace(), QHostAddress(broadcastAddress()), kWakePorts, &error))
        return fail(error);
    for (const Machine &machine : std::as_const(m_machines)) {
        if (!machine.vm)
            continue;
        // The console is there from the start, empty until the machine runs.
        QFile serial(machine.serialLog);
        serial.open(QIODevice::WriteOnly | QIODevice::Truncate);
        note(QStringLiteral("%1 (%2, %3): powered off, waiting for a magic packet to %4 on UDP "
                            "9 or 7; serial console in %5")
                 .arg(machine.name, machine.mac, vmFirmwareName(machine.firmware),
                     broadcastAddress(), machine.serialLog));
    }
}

void VirtualLab::wake(const QString &mac, const QString &sender)
{
    if (m_state != State::Running)
        return;
    for (int i = 1; i <= m_options.vms; ++i) {
        const Machine &machine = m_machines.at(m_options.simulated + i - 1);
        if (machine.mac != mac)
            continue;
        // A running machine ignores the rest of the packets (a wake sends several).
        if (const QProcess *process = m_vmProcesses.value(machine.name);
            process && process->state() != QProcess::NotRunning)
            return;
        note(QStringLiteral("%1 (%2): magic packet from %3").arg(machine.name, mac, sender));
        startVm(i);
        return;
    }
    if (m_unknownWakes.contains(mac) || m_unknownWakes.size() >= kMaxUnknownWakesNoted)
        return;
    m_unknownWakes << mac;
    note(QStringLiteral("a magic packet from %1 for %2, which is no machine of this lab")
             .arg(sender, mac));
}

void VirtualLab::startSimulated(int index)
{
    const Machine machine = m_machines.at(index - 1);
    const QString work = m_workDir + QLatin1Char('/') + machine.name;
    QDir(work).removeRecursively();
    // simulated-client.sh is the one place that knows how a simulated
    // client boots; the end-to-end tests run the same function.
    QProcess *process = spawn(
        { QStringLiteral("bash"), QStringLiteral("-c"),
            QStringLiteral("source \"$1\" && shift && client_boot \"$@\""),
            QStringLiteral("bt-lab-client"), m_options.programs.clientScript,
            m_names.clientNamespace(index), work, m_env.boot().hostIp, m_options.programs.bttui },
        machine.log);
    connect(process, &QProcess::finished, this,
        [this, machine](int exitCode, QProcess::ExitStatus status) {
            const bool ok = status == QProcess::NormalExit && exitCode == 0;
            m_clientExited.insert(machine.name, ok);
            if (m_state == State::Running)
                note(ok ? QStringLiteral("%1 (%2): booted").arg(machine.name, machine.mac)
                        : QStringLiteral("%1 (%2) failed; see %3")
                              .arg(machine.name, machine.mac, machine.log));
            if (m_state == State::Stopping)
                finishStop();
            checkSettled();
        });
    m_clients << process;
    process->start();
}

void VirtualLab::startVm(int index)
{
    const Machine machine = m_machines.at(m_options.simulated + index - 1);
    QFile::remove(machine.serialLog);
    VmCommand vm;
    vm.tap = m_names.tapDevice(index);
    vm.mac = machine.mac;
    vm.serialLog = machine.serialLog;
    vm.pxeRom = m_options.programs.pxeRom;
    vm.firmware = machine.firmware;
    if (machine.firmware != VmFirmware::Bios) {
        // Each machine writes its own copy of the variables (boot entries).
        const bool secure = machine.firmware == VmFirmware::SecureBoot;
        vm.firmwareCode = secure ? m_options.programs.ovmfSecureCode : m_options.programs.ovmfCode;
        vm.firmwareVars = m_workDir + QStringLiteral("/%1.vars.fd").arg(machine.name);
        QFile::remove(vm.firmwareVars);
        if (!QFile::copy(secure ? m_options.programs.ovmfSecureVars : m_options.programs.ovmfVars,
                vm.firmwareVars)) {
            fail(QStringLiteral("%1: cannot copy the OVMF variables to %2")
                     .arg(machine.name, vm.firmwareVars));
            return;
        }
        QFile::setPermissions(vm.firmwareVars, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    vm.memoryMb = m_options.vmMemoryMb;
    vm.kvm = m_options.kvm;
    // qemu opens its tap device in the host namespace, where the bridge is.
    const QStringList argv = m_network->execIn(
        m_names.hostNamespace(), QStringList { m_options.programs.qemu } + vm.arguments());
    // A machine woken again after it ended starts afresh.
    if (QProcess *previous = m_vmProcesses.take(machine.name)) {
        m_clients.removeOne(previous);
        previous->deleteLater();
    }
    m_clientExited.remove(machine.name);
    QProcess *process = spawn(argv, machine.log);
    m_vmProcesses.insert(machine.name, process);
    connect(
        process, &QProcess::finished, this, [this, machine](int exitCode, QProcess::ExitStatus) {
            m_clientExited.insert(machine.name, false);
            if (m_state == State::Running)
                note(QStringLiteral("%1: qemu exited (status %2); see %3")
                         .arg(machine.name)
                         .arg(exitCode)
                         .arg(machine.log));
            if (m_state == State::Stopping)
                finishStop();
            checkSettled();
        });
    note(QStringLiteral("%1 (%2, %3): powering on, serial console in %4")
             .arg(machine.name, machine.mac, vmFirmwareName(machine.firmware), machine.serialLog));
    m_clients << process;
    process->start();
}

void VirtualLab::checkSettled()
{
    if (m_settled || m_state != State::Running)
        return;
    // A machine still powered off is neither booted nor failed: the lab waits.
    if (!poweredOffMachines().isEmpty())
        return;
    bool allBooted = true;
    for (const Machine &machine : std::as_const(m_machines)) {
        const int index = m_mirror->indexOf(machine.mac);
        const std::optional<ClientRecord> record = index >= 0
            ? std::optional<ClientRecord>(m_mirror->clients().at(index))
            : std::nullopt;
        const bool booted = record && record->state == ClientState::Booted;
        const bool failed = (record && record->state == ClientState::Failed)
            || (m_clientExited.contains(machine.name) && !m_clientExited.value(machine.name));
        // A simulated client is done when its script ended and its "booted" arrived.
        const bool done = machine.vm ? booted : (m_clientExited.contains(machine.name) && booted);
        if (!done && !failed)
            return;
        allBooted = allBooted && booted && !failed;
    }
    m_settled = true;
    note(allBooted ? QStringLiteral("every client booted")
                   : QStringLiteral("every client finished; some failed"));
    Q_EMIT settled(allBooted);
}

void VirtualLab::fail(const QString &error)
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    note(QStringLiteral("lab failed: %1").arg(error));
    Q_EMIT failed(error);
    stop();
}

void VirtualLab::stop()
{
    if (m_state == State::Idle) {
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    }
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    setState(State::Stopping);
    note(QStringLiteral("tearing the lab down"));
    m_readyTimer.stop();
    m_wakeListener->close();
    m_mirror->freeze();
    m_queue->clear();
    terminateProcesses();
    finishStop();
}

void VirtualLab::terminateProcesses()
{
    // SIGTERM first: serve stops its services, qemu powers off.
    for (QProcess *process : std::as_const(m_clients))
        if (process->state() != QProcess::NotRunning)
            process->terminate();
    if (m_serve && m_serve->state() != QProcess::NotRunning)
        m_serve->terminate();
    if (m_site && m_site->state() != QProcess::NotRunning)
        m_site->terminate();
    m_killTimer.start(kTerminateGraceMs);
}

void VirtualLab::finishStop()
{
    if (m_state != State::Stopping || m_queue->isRunning())
        return;
    for (QProcess *process : std::as_const(m_clients))
        if (process->state() != QProcess::NotRunning)
            return; // each one's finished() calls again
    if (m_serve && m_serve->state() != QProcess::NotRunning)
        return;
    if (m_site && m_site->state() != QProcess::NotRunning)
        return;
    m_killTimer.stop();
    // Whatever still runs in our namespaces (aria2c and bttui of simulated
    // clients, dnsmasq if serve was killed) is ours: the sweep ends it.
    auto *queue = new LabCommandQueue(this);
    queue->add(LabCommandQueue::Command { m_network->listNamespaces(), false,
        [this, queue](const QByteArray &output) { queueTeardown(queue, output); } });
    connect(queue, &LabCommandQueue::finished, this, [this, queue](bool ok, const QString &error) {
        queue->deleteLater();
        if (!ok)
            note(QStringLiteral("teardown: %1").arg(error));
        m_tempDir.reset();
        LabExitSweep::setWorkDir({});
        setState(State::Stopped);
        note(QStringLiteral("lab %1 removed").arg(m_names.prefix()));
        Q_EMIT stopped();
    });
    queue->start();
}

void VirtualLab::queueTeardown(LabCommandQueue *queue, const QByteArray &netnsList)
{
    for (LabCommandQueue::Command &command : m_network->teardownCommands(netnsList))
        queue->add(std::move(command));
}

void VirtualLab::teardownNow()
{
    m_readyTimer.stop();
    m_wakeListener->close();
    m_mirror->freeze();
    m_queue->clear();
    for (QProcess *process : std::as_const(m_clients))
        process->terminate();
    if (m_serve)
        m_serve->terminate();
    if (m_site)
        m_site->terminate();
    for (QProcess *process : std::as_const(m_clients))
        if (!process->waitForFinished(3000))
            process->kill();
    if (m_site && !m_site->waitForFinished(3000))
        m_site->kill();
    if (m_serve && !m_serve->waitForFinished(kTerminateGraceMs))
        m_serve->kill();
    for (QProcess *process : std::as_const(m_clients))
        process->waitForFinished(1000);
    if (m_serve)
        m_serve->waitForFinished(1000);
    if (!m_network)
        return;
    LabCommandQueue queue;
    queue.add(LabCommandQueue::Command { m_network->listNamespaces(), false,
        [this, &queue](const QByteArray &output) { queueTeardown(&queue, output); } });
    queue.runBlocking();
    m_state = State::Stopped;
    LabExitSweep::setWorkDir({});
}

QStringList VirtualLab::removeStaleLabs(const QString &ipProgram)
{
    QString ip = ipProgram;
    if (ip.isEmpty())
        ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty())
        ip = QStandardPaths::findExecutable(
            QStringLiteral("ip"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
    if (ip.isEmpty())
        return {};
    QStringList removed;
    LabCommandQueue queue;
    queue.add(LabCommandQueue::Command { { ip, QStringLiteral("netns"), QStringLiteral("list") },
        false, [&](const QByteArray &output) {
            removed = LabNames::staleNamespaces(LabNames::parseNetnsList(output));
            for (LabCommandQueue::Command &command : LabNetwork::removeCommands(ip, removed))
                queue.add(std::move(command));
        } });
    queue.runBlocking();
    return removed;
}

} // namespace bt

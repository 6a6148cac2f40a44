#include "preflight.h"

#include "portowner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <optional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace bt {

namespace {

const QString SettingsFile = QStringLiteral("Boottorrent.yaml");

Problem setting(const QString &key, const QString &message)
{
    return Problem { SettingsFile, key, message };
}

// Binds like the daemons do and closes at once; returns errno, 0 when free.
int bindError(PortOwner::Transport transport, quint32 ipv4, quint16 port, bool reusePort)
{
    const bool tcp = transport == PortOwner::Transport::Tcp;
    const int fd = ::socket(AF_INET, (tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errno;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(ipv4);
    int error = 0;
    // listen() too: with SO_REUSEADDR a TCP bind only fails against a listener.
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        || (tcp && ::listen(fd, 1) != 0))
        error = errno;
    ::close(fd);
    return error;
}

// Capability bits as in /proc/<pid>/status.
constexpr quint64 capBit(int cap) { return quint64(1) << cap; }
constexpr quint64 ServeCaps
    = capBit(10) | capBit(12) | capBit(13); // NET_BIND_SERVICE, NET_ADMIN, NET_RAW

quint64 ownCapabilities(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().toULongLong(nullptr, 16);
    }
    return 0;
}

// Effective file capabilities of a binary (setcap ...+ep), from its xattr.
quint64 fileCapabilities(const QString &path)
{
    struct
    {
        quint32 magicEtc;
        quint32 data[4]; // permitted, inheritable (low word), permitted, inheritable (high word)
        quint32 rootId;
    } caps {};
    const QByteArray native = QFile::encodeName(path);
    const ssize_t size = ::getxattr(native.constData(), "security.capability", &caps, sizeof caps);
    constexpr quint32 EffectiveFlag = 0x000001;
    if (size < ssize_t(sizeof(quint32) * 3) || !(caps.magicEtc & EffectiveFlag))
        return 0;
    return caps.data[0] | (size >= ssize_t(sizeof(quint32) * 5) ? quint64(caps.data[2]) << 32 : 0);
}

struct PortUse
{
    PortOwner::Transport transport;
    quint32 address; // host order
    int port;
    QString role; // "DHCP", "opentracker"
    QString key; // the setting that moves it
    QString likely; // who probably holds it when we cannot see
    QString remedy;
    bool reusePort = false;
};

} // namespace

Problems Preflight::run(const PreflightInput &input)
{
    Problems problems;
    problems << checkPrograms(input.programs);
    problems << checkInterface(input.interface, input.hostIp);
    problems << checkPrivileges(input);
    problems << checkPorts(input);
    return problems;
}

QString Preflight::findProgram(const QString &program)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(program,
            { QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"),
                QStringLiteral("/sbin") });
    }
    return path;
}

QString Preflight::packageOf(const QString &program)
{
    const QString name = QFileInfo(program).fileName();
    if (name == QLatin1String("aria2c"))
        return QStringLiteral("aria2");
    return name;
}

Problems Preflight::checkPrograms(const QStringList &programs)
{
    Problems problems;
    for (const QString &program : programs) {
        if (!findProgram(program).isEmpty())
            continue;
        const QString missing
            = QCoreApplication::translate("bt::Preflight", "%1 not found: install the %2 package")
                  .arg(program, packageOf(program));
        if (QFileInfo(program).fileName() == QLatin1String("opentracker"))
            problems << setting(QStringLiteral("opentracker.enable"),
                missing
                    + QCoreApplication::translate(
                        "bt::Preflight", " or set opentracker.enable: false"));
        else
            problems << Problem { {}, {}, missing };
    }
    return problems;
}

Problems Preflight::checkInterface(const QString &interface, const QString &hostIp)
{
    const QString hostKey = QStringLiteral("boottorrent.host_ip");
    const QString interfaceKey = QStringLiteral("dnsmasq.interface");
    Problems problems;

    const QHostAddress ip(hostIp);
    const bool ipUsable = ip.protocol() == QAbstractSocket::IPv4Protocol;
    if (hostIp.isEmpty())
        problems << setting(hostKey,
            QCoreApplication::translate("bt::Preflight",
                "host_ip is not set: set it to this host's IPv4 address on the lab network"));
    else if (!ipUsable)
        problems << setting(hostKey,
            QCoreApplication::translate("bt::Preflight",
                "%1 is not an IPv4 address: set host_ip to this host's IPv4 address on "
                "the lab network")
                .arg(hostIp));

    const auto carries = [&ip](const QNetworkInterface &iface) {
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        return std::any_of(entries.cbegin(), entries.cend(),
            [&ip](const QNetworkAddressEntry &e) { return e.ip() == ip; });
    };

    if (interface.isEmpty()) {
        if (!ipUsable)
            return problems;
        const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
        const bool found
            = std::any_of(all.cbegin(), all.cend(), [&](const QNetworkInterface &iface) {
                  return iface.flags().testFlag(QNetworkInterface::IsUp) && carries(iface);
              });
        if (!found) {
            problems << setting(hostKey,
                QCoreApplication::translate("bt::Preflight",
                    "no interface that is up carries %1: assign it to the lab interface "
                    "(ip addr add %1/24 dev <interface>) or change boottorrent.host_ip")
                    .arg(hostIp));
        }
        return problems;
    }

    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interface);
    if (!iface.isValid()) {
        QStringList names;
        for (const QNetworkInterface &other : QNetworkInterface::allInterfaces())
            names << other.name();
        problems << setting(interfaceKey,
            QCoreApplication::translate("bt::Preflight",
                "interface %1 does not exist: connect the lab network adapter or change "
                "dnsmasq.interface (this host has: %2)")
                .arg(interface, names.join(QStringLiteral(", "))));
        return problems;
    }
    if (!iface.flags().testFlag(QNetworkInterface::IsUp)) {
        problems << setting(interfaceKey,
            QCoreApplication::translate("bt::Preflight",
                "interface %1 is down: bring it up (ip link set %1 up) or change dnsmasq.interface")
                .arg(interface));
    }
    if (ipUsable && !carries(iface)) {
        problems << setting(hostKey,
            QCoreApplication::translate("bt::Preflight",
                "interface %1 does not carry %2: assign it (ip addr add %2/24 dev %1) "
                "or change boottorrent.host_ip")
                .arg(interface, hostIp));
    }
    return problems;
}

Problems Preflight::checkPrivileges(const PreflightInput &input)
{
    if (!input.dhcp && !input.tftp)
        return {};
    if (::geteuid() == 0 && (ownCapabilities("CapEff") & ServeCaps) == ServeCaps)
        return {};
    // Ambient capabilities survive the exec of dnsmasq.
    if ((ownCapabilities("CapAmb") & ServeCaps) == ServeCaps)
        return {};
    const QString dnsmasq = findProgram(QStringLiteral("dnsmasq"));
    if (!dnsmasq.isEmpty() && (fileCapabilities(dnsmasq) & ServeCaps) == ServeCaps)
        return {};
    const QString path = dnsmasq.isEmpty() ? QStringLiteral("/usr/sbin/dnsmasq") : dnsmasq;
    return { Problem { {}, {},
        QCoreApplication::translate("bt::Preflight",
            "dnsmasq needs root or CAP_NET_BIND_SERVICE, CAP_NET_RAW and CAP_NET_ADMIN "
            "to serve DHCP/TFTP: "
            "run boottorrent as root, or grant them to dnsmasq (setcap "
            "cap_net_bind_service,cap_net_raw,cap_net_admin+ep %1)")
            .arg(path) } };
}

Problems Preflight::checkPorts(const PreflightInput &input)
{
    using T = PortOwner::Transport;
    Problems problems;

    // Two of our own services on one TCP port would fight each other.
    QList<std::pair<QString, int>> tcpPorts;
    if (input.tracker)
        tcpPorts.append({ QStringLiteral("opentracker.port"), input.trackerPort });
    tcpPorts.append({ QStringLiteral("aria2.listen_port"), input.aria2ListenPort });
    tcpPorts.append({ QStringLiteral("aria2.rpc_port"), input.aria2RpcPort });
    tcpPorts.append({ QStringLiteral("boottorrent.status_port"), input.statusPort });
    if (input.webSeedPort != 0)
        tcpPorts.append({ QStringLiteral("boottorrent.web_seed_port"), input.webSeedPort });
    bool clash = false;
    for (qsizetype i = 0; i < tcpPorts.size(); ++i) {
        const auto &[key, port] = tcpPorts[i];
        if (port < 1 || port > 65535) {
            problems << setting(key,
                QCoreApplication::translate(
                    "bt::Preflight", "%1 is not a port: choose one from 1024 to 65535")
                    .arg(port));
            clash = true;
            continue;
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (tcpPorts[j].second == port) {
                problems << setting(key,
                    QCoreApplication::translate(
                        "bt::Preflight", "%1 is %2 like %3: give each service its own port")
                        .arg(key)
                        .arg(port)
                        .arg(tcpPorts[j].first));
                clash = true;
            }
        }
    }
    if (clash)
        return problems;

    const QHostAddress ip(input.hostIp);
    const bool hostUsable = ip.protocol() == QAbstractSocket::IPv4Protocol;
    const quint32 host = hostUsable ? ip.toIPv4Address() : 0;
    const quint32 any = 0;
    const quint32 loopback = 0x7f000001;

    QList<PortUse> uses;
    if (input.dhcp) {
        uses.append(
            { T::Udp, any, 67, QStringLiteral("DHCP"), QStringLiteral("dnsmasq.enable_dhcp"),
                QCoreApplication::translate("bt::Preflight",
                    "another DHCP server (dnsmasq, isc-dhcp-server, a virtual machine network)"),
                QCoreApplication::translate(
                    "bt::Preflight", "stop it or set dnsmasq.enable_dhcp: false"),
                true });
    }
    if (hostUsable && input.tftp) {
        uses.append(
            { T::Udp, host, 69, QStringLiteral("TFTP"), QStringLiteral("dnsmasq.enable_tftp"),
                QCoreApplication::translate(
                    "bt::Preflight", "a TFTP server (tftpd-hpa, atftpd) or another dnsmasq"),
                QCoreApplication::translate(
                    "bt::Preflight", "stop it or set dnsmasq.enable_tftp: false") });
    }
    if (hostUsable && input.tracker) {
        for (T transport : { T::Tcp, T::Udp }) {
            uses.append({ transport, host, input.trackerPort, QStringLiteral("opentracker"),
                QStringLiteral("opentracker.port"),
                QCoreApplication::translate(
                    "bt::Preflight", "another opentracker or a BootTorrent that is still serving"),
                QCoreApplication::translate(
                    "bt::Preflight", "stop it or change opentracker.port") });
        }
    }
    uses.append({ T::Tcp, any, input.aria2ListenPort, QStringLiteral("aria2 BitTorrent"),
        QStringLiteral("aria2.listen_port"),
        QCoreApplication::translate("bt::Preflight", "another BitTorrent client"),
        QCoreApplication::translate("bt::Preflight", "stop it or change aria2.listen_port") });
    uses.append({ T::Tcp, loopback, input.aria2RpcPort, QStringLiteral("aria2 RPC"),
        QStringLiteral("aria2.rpc_port"),
        QCoreApplication::translate("bt::Preflight", "another aria2c with RPC enabled"),
        QCoreApplication::translate("bt::Preflight", "stop it or change aria2.rpc_port") });
    if (hostUsable) {
        uses.append({ T::Tcp, host, input.statusPort,
            QCoreApplication::translate("bt::Preflight", "status endpoint"),
            QStringLiteral("boottorrent.status_port"),
            QCoreApplication::translate("bt::Preflight", "a BootTorrent that is still serving"),
            QCoreApplication::translate(
                "bt::Preflight", "stop it or change boottorrent.status_port") });
        if (input.webSeedPort != 0)
            uses.append({ T::Tcp, host, input.webSeedPort,
                QCoreApplication::translate("bt::Preflight", "web seed"),
                QStringLiteral("boottorrent.web_seed_port"),
                QCoreApplication::translate("bt::Preflight", "a BootTorrent that is still serving"),
                QCoreApplication::translate("bt::Preflight",
                    "stop it or change boottorrent.web_seed_port (0 turns the web seed off)") });
    }

    for (const PortUse &use : uses) {
        const int error = bindError(use.transport, use.address, quint16(use.port), use.reusePort);
        // EACCES is the privilege check's to report, EADDRNOTAVAIL the interface check's.
        if (error != EADDRINUSE)
            continue;
        const QString where = use.address == any
            ? QString()
            : QCoreApplication::translate("bt::Preflight", " on %1")
                  .arg(QHostAddress(use.address).toString());
        const std::optional<PortOwner> owner = PortOwner::find(use.transport, quint16(use.port));
        const QString who = owner
            ? QCoreApplication::translate("bt::Preflight", " by %1").arg(owner->toString())
            : QCoreApplication::translate("bt::Preflight", ", likely by %1").arg(use.likely);
        problems << setting(use.key,
            QCoreApplication::translate(
                "bt::Preflight", "%1 port %2 (%3)%4 is already in use%5: %6")
                .arg(use.transport == T::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"),
                    QString::number(use.port), use.role, where, who, use.remedy));
    }
    return problems;
}

} // namespace bt

#include "settingsrules.h"

#include "environment/listenaddress.h"
#include <wire/ipv4.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace bt {

namespace {

class SettingsChecker
{
    Q_DECLARE_TR_FUNCTIONS(bt::SettingsRules)

public:
    Problems problems;

    void add(const QString &keyPath, const QString &message)
    {
        problems << Problem { QStringLiteral("Boottorrent.yaml"), keyPath, message };
    }

    void checkBoot(const BootSettings &boot, const QStringList &osNames)
    {
        if (boot.version != 0)
            add(QStringLiteral("boottorrent.version"),
                tr("this BootTorrent reads format version 0, got %1").arg(boot.version));
        if (boot.timeout < 0)
            add(QStringLiteral("boottorrent.timeout"),
                tr("must be 0 or more seconds, got %1").arg(boot.timeout));
        if (boot.seedTime < 0)
            add(QStringLiteral("boottorrent.seed_time"),
                tr("must be 0 or more seconds, got %1").arg(boot.seedTime));
        if (boot.wakePerSecond < 1 || boot.wakePerSecond > 100)
            add(QStringLiteral("boottorrent.wake_per_second"),
                tr("must be from 1 to 100 machines a second, got %1").arg(boot.wakePerSecond));
        if (boot.hostIp.isEmpty())
            add(QStringLiteral("boottorrent.host_ip"),
                tr("missing; give the host's IPv4 address on the lab network, e.g. 192.168.1.1"));
        else if (!wire::ipv4::parse(boot.hostIp.toStdString()))
            add(QStringLiteral("boottorrent.host_ip"),
                tr("\"%1\" is not an IPv4 address").arg(boot.hostIp));
        if (!boot.adminAddress.isEmpty()) {
            const std::optional<ListenAddress> admin = ListenAddress::parse(boot.adminAddress);
            const QString key = QStringLiteral("boottorrent.admin_address");
            if (!admin)
                add(key,
                    tr("\"%1\" is not ADDRESS or ADDRESS:PORT; give a management address such as "
                       "127.0.0.1 or 192.0.2.5:8292")
                        .arg(boot.adminAddress.left(64)));
            else if (admin->isWildcard())
                add(key,
                    tr("must be one address of this host, not every address: the lab side "
                       "must not reach the admin API"));
            else if (admin->address == QHostAddress(boot.hostIp))
                add(key,
                    tr("is the lab address (boottorrent.host_ip): lab machines would reach "
                       "the admin API; give a management address or leave it out"));
        }
        if (!boot.defaultOs.isEmpty() && !osNames.contains(boot.defaultOs)) {
            const QString choices = osNames.isEmpty()
                ? tr("there are no OS folders in oss/ yet")
                : tr("name one of: %1").arg(osNames.join(QStringLiteral(", ")));
            add(QStringLiteral("boottorrent.default_os"),
                tr("there is no OS folder oss/%1; %2").arg(boot.defaultOs, choices));
        }
    }

    void checkDnsmasq(const DnsmasqSettings &dnsmasq, const QString &hostIp)
    {
        static const QRegularExpression interfaceName(
            QStringLiteral("^[^\\s/:\\x{0}-\\x{1f}\\x{7f}]{1,15}$"));
        // A line of dnsmasq.conf: a user name as useradd accepts it, nothing more.
        static const QRegularExpression userName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"));
        if (!dnsmasq.user.isEmpty() && !userName.match(dnsmasq.user).hasMatch())
            add(QStringLiteral("dnsmasq.user"),
                tr("is not a user name (letters, digits, _ . - only, at most 32); "
                   "name an existing user such as nobody"));
        if (dnsmasq.interface.isEmpty()) {
            if (dnsmasq.enableDhcp || dnsmasq.enableTftp)
                add(QStringLiteral("dnsmasq.interface"),
                    tr("missing; name the network interface that faces the lab, e.g. eth0"));
        } else if (!interfaceName.match(dnsmasq.interface).hasMatch()) {
            add(QStringLiteral("dnsmasq.interface"),
                tr("\"%1\" is not a network interface name").arg(dnsmasq.interface));
        }
        if (dnsmasq.proxyDhcp && !dnsmasq.enableDhcp)
            add(QStringLiteral("dnsmasq.proxy_dhcp"),
                tr("needs enable_dhcp: true, because proxyDHCP is an answer to DHCP requests"));
        if (dnsmasq.siteNamesHost && !dnsmasq.proxyDhcp)
            add(QStringLiteral("dnsmasq.site_names_host"),
                tr("needs proxy_dhcp: true; with full DHCP this host names itself as "
                   "next-server already"));
        checkRange(dnsmasq, hostIp);
    }

    void checkRange(const DnsmasqSettings &dnsmasq, const QString &hostIp)
    {
        const QString key = QStringLiteral("dnsmasq.dhcp_range");
        if (dnsmasq.dhcpRange.trimmed().isEmpty()) {
            if (dnsmasq.enableDhcp)
                add(key,
                    tr("missing; give start,end[,netmask][,lease], "
                       "e.g. 192.168.1.50,192.168.1.150,255.255.255.0,12h"));
            return;
        }
        // proxyDHCP serves a network without handing out addresses, so
        // dnsmasq takes a single address of that network instead of a range.
        if (dnsmasq.proxyDhcp && !dnsmasq.dhcpRange.contains(QLatin1Char(','))) {
            if (!wire::ipv4::parse(dnsmasq.dhcpRange.trimmed().toStdString()))
                add(key, tr("\"%1\" is not an IPv4 network address").arg(dnsmasq.dhcpRange));
            return;
        }
        const Result<DhcpRange> range = DhcpRange::parse(dnsmasq.dhcpRange);
        if (!range.ok()) {
            for (const Problem &p : range.problems())
                add(key, p.message);
            return;
        }
        const auto host = wire::ipv4::parse(hostIp.toStdString());
        if (range->netmask.isEmpty() || !host)
            return;
        const quint32 mask = *wire::ipv4::parse(range->netmask.toStdString());
        const QString subnet
            = QStringLiteral("%1/%2").arg(hostIp).arg(*wire::ipv4::prefixLength(mask));
        for (const auto &[what, address] :
            { std::pair { tr("start", "of dnsmasq.dhcp_range"), range->start },
                std::pair { tr("end", "of dnsmasq.dhcp_range"), range->end } }) {
            if ((*wire::ipv4::parse(address.toStdString()) & mask) != (*host & mask))
                add(key,
                    tr("%1 %2 is outside the subnet of host_ip %3").arg(what, address, subnet));
        }
    }

    void checkPorts(const BootSettings &boot, const OpentrackerSettings &opentracker,
        const Aria2Settings &aria2)
    {
        QList<std::pair<QString, int>> ports {
            { QStringLiteral("boottorrent.status_port"), boot.statusPort },
            { QStringLiteral("opentracker.port"), opentracker.port },
            { QStringLiteral("aria2.listen_port"), aria2.listenPort },
            { QStringLiteral("aria2.rpc_port"), aria2.rpcPort },
        };
        if (boot.webSeedPort != 0) // 0: no web seed
            ports.insert(1, { QStringLiteral("boottorrent.web_seed_port"), boot.webSeedPort });
        for (qsizetype i = 0; i < ports.size(); ++i) {
            const auto &[key, port] = ports[i];
            if (port < 1 || port > 65535) {
                add(key, tr("must be between 1 and 65535, got %1").arg(port));
                continue;
            }
            for (qsizetype j = 0; j < i; ++j) {
                if (ports[j].second == port) {
                    add(key, tr("%1 is already used by %2").arg(port).arg(ports[j].first));
                    break;
                }
            }
        }
    }

    void checkClient(const ClientSettings &client)
    {
        if (client.engine != ClientEngine::Libtorrent)
            add(QStringLiteral("client.engine"),
                tr("must be %1, got \"%2\"").arg(ClientEngine::Libtorrent, client.engine.left(64)));
    }

    void checkAria2(const Aria2Settings &aria2)
    {
        const QStringList levels { QStringLiteral("debug"), QStringLiteral("info"),
            QStringLiteral("notice"), QStringLiteral("warn"), QStringLiteral("error") };
        if (!levels.contains(aria2.consoleLogLevel))
            add(QStringLiteral("aria2.console_log_level"),
                tr("must be one of %1, got \"%2\"")
                    .arg(levels.join(QStringLiteral(", ")), aria2.consoleLogLevel));
    }

    void checkAlerts(const AlertSettings &alerts)
    {
        // A day is far beyond any boot step; more is a typo.
        constexpr int maxSeconds = 86400;
        const std::pair<const char *, int> durations[] = {
            { "lease_to_boot_file", alerts.leaseToBootFile },
            { "boot_file_to_phase1", alerts.bootFileToPhase1 },
            { "no_progress", alerts.noProgress },
            { "no_progress_red", alerts.noProgressRed },
            { "booting", alerts.booting },
        };
        for (const auto &[key, value] : durations) {
            if (value < 0 || value > maxSeconds)
                add(QStringLiteral("alerts.") + QLatin1StringView(key),
                    tr("must be 0 (no alert) to %1 seconds, got %2").arg(maxSeconds).arg(value));
        }
        if (alerts.noProgress > 0 && alerts.noProgressRed > 0
            && alerts.noProgressRed <= alerts.noProgress)
            add(QStringLiteral("alerts.no_progress_red"),
                tr("%1 s is not longer than alerts.no_progress (%2 s): give more "
                   "seconds, or 0 for no red alert")
                    .arg(alerts.noProgressRed)
                    .arg(alerts.noProgress));
        if (alerts.slowPercent < 0 || alerts.slowPercent > 100)
            add(QStringLiteral("alerts.slow_percent"),
                tr("must be 0 (no alert) to 100 percent of the median rate, got %1")
                    .arg(alerts.slowPercent));
    }
};

} // namespace

Problems checkSettings(const BootSettings &boot, const DnsmasqSettings &dnsmasq,
    const OpentrackerSettings &opentracker, const ClientSettings &client,
    const Aria2Settings &aria2, const AlertSettings &alerts, const QStringList &osNames)
{
    SettingsChecker checker;
    checker.checkBoot(boot, osNames);
    checker.checkDnsmasq(dnsmasq, boot.hostIp);
    checker.checkPorts(boot, opentracker, aria2);
    checker.checkClient(client);
    checker.checkAria2(aria2);
    checker.checkAlerts(alerts);
    return checker.problems;
}

} // namespace bt

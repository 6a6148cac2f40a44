#pragma once

#include "problem.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bt {

// boottorrent: section of Boottorrent.yaml
struct BootSettings
{
    int version = 0;
    int timeout = 30; // seconds the client menu waits before booting default_os
    QString defaultOs; // an OS folder name; empty: the client waits for a choice
    int seedTime = 30; // seconds a client keeps sharing after its download
    QString hostIp; // IPv4 of the host on the lab network
    int statusPort = 8290; // status endpoint (new key: boottorrent.status_port)
    // HTTP web seed the torrents name (new key: boottorrent.web_seed_port); 0: none
    int webSeedPort = 8291;
    // serve's admin API, ADDRESS[:PORT] (new key: boottorrent.admin_address):
    // a management address to watch the lab from another desk; never a lab
    // address. Empty: loopback (127.0.0.1, or 127.0.0.2 when the lab itself
    // is on 127.0.0.1) with a free port.
    QString adminAddress;
    // Machines Wake-on-LAN powers on per second, so a room does not draw
    // power all at once (new key: boottorrent.wake_per_second, 1-100).
    int wakePerSecond = 5;
    bool operator==(const BootSettings &) const = default;
};

// dnsmasq: section
struct DnsmasqSettings
{
    bool enableDhcp = true;
    QString user; // optional: the user dnsmasq drops to
    QString interface;
    bool bindInterfaces = true;
    QString dhcpRange; // "start,end[,netmask][,lease]"
    bool enableTftp = true;
    bool proxyDhcp = false; // new key: answer PXE beside an existing DHCP server
    // With proxyDhcp: the network's DHCP server names this host as
    // next-server, so UEFI clients may boot shim and GRUB (Secure Boot).
    bool siteNamesHost = false;
    bool operator==(const DnsmasqSettings &) const = default;
};

// opentracker: section
struct OpentrackerSettings
{
    bool enable = true;
    int port = 10001;
    bool operator==(const OpentrackerSettings &) const = default;
};

// The BitTorrent engine a client runs: client.engine in Boottorrent.yaml.
namespace ClientEngine {
inline constexpr QLatin1StringView Libtorrent { "libtorrent" }; // btfetch
// aria2c, the clients' engine before btfetch: bench/lab measured it slower at
// every room size (bench/README.md), and it is no longer shipped. An
// environment that still names it is read as naming libtorrent, the engine
// its clients now run; bttui reads it the same way.
inline constexpr QLatin1StringView Retired { "aria2" };
} // namespace ClientEngine

// client: section (new): what the clients download with and how they find
// each other. The host's seeder follows the same two peer settings.
struct ClientSettings
{
    QString engine { ClientEngine::Libtorrent }; // text, so a bad one shows
    // client.peer_exchange; formerly aria2.enable_peer_exchange, still read
    bool peerExchange = true;
    // client.local_peer_discovery; formerly aria2.bt_enable_lpd, still read
    bool localPeerDiscovery = false;
    bool operator==(const ClientSettings &) const = default;
};

// aria2: section: the host's seeder
struct Aria2Settings
{
    QString consoleLogLevel = QStringLiteral("error");
    int listenPort = 6881; // new key: aria2.listen_port (BitTorrent)
    int rpcPort = 6800; // new key: aria2.rpc_port (JSON-RPC on 127.0.0.1)
    bool operator==(const Aria2Settings &) const = default;
};

// alerts: section (new, optional): how long each step of a boot may take
// before the dashboard flags the machine. Seconds; 0 turns a check off.
struct AlertSettings
{
    int leaseToBootFile = 60; // alerts.lease_to_boot_file: leased, boot file never asked for
    int bootFileToPhase1 = 120; // alerts.boot_file_to_phase1: Phase 1 loading, never up
    int noProgress = 45; // alerts.no_progress: downloading without a new byte (amber)
    int noProgressRed = 180; // alerts.no_progress_red: the same, longer (red)
    int slowPercent = 25; // alerts.slow_percent: below this % of the room's median rate (amber)
    int booting = 180; // alerts.booting: handed over to its OS, which never said "booted"
    bool operator==(const AlertSettings &) const = default;
};

enum class BootMethod { Kexec, BinQemuX86_64, Bin };

// "kexec", "bin-qemu-x86_64", "bin"
QString toString(BootMethod method);
std::optional<BootMethod> bootMethodFromString(const QString &text);

// oss/<name>/config.yaml
struct OsConfig
{
    QString name; // folder name under oss/; the key in configs.yaml
    QString dispname;
    BootMethod method = BootMethod::Kexec;
    QString kernel, initrd, cmdline; // kexec
    QString args; // bin-qemu-x86_64: qemu arguments, files relative to the OS folder
    QString bin, binargs; // bin
    bool operator==(const OsConfig &) const = default;
};

// A parsed dhcp_range value.
struct DhcpRange
{
    QString start, end;
    QString netmask; // may be empty
    QString lease; // may be empty: "12h", "30m", "45s", "infinite", or seconds
    static Result<DhcpRange> parse(const QString &text); // problems carry only the message
    QString toString() const;
};

// An environment folder: Boottorrent.yaml plus oss/<name>/config.yaml.
// A copyable value: copies are independent. Keys the model does not know
// are kept and written back on save.
class Environment
{
public:
    Environment();
    Environment(const Environment &);
    Environment &operator=(const Environment &);
    Environment(Environment &&) noexcept;
    Environment &operator=(Environment &&) noexcept;
    ~Environment();

    // Reads and validates. Any parse or validation problem fails the load.
    static Result<Environment> load(const QString &dir);
    // Reads without failing on validation problems (the GUI shows them
    // inline); only unreadable or malformed YAML fails.
    static Result<Environment> read(const QString &dir);
    // Writes a commented skeleton into dir (created if needed). Refuses a
    // folder that already holds a Boottorrent.yaml.
    static Problems init(const QString &dir);

    QString dir() const;
    void setDir(const QString &dir);

    const BootSettings &boot() const;
    void setBoot(const BootSettings &);
    const DnsmasqSettings &dnsmasq() const;
    void setDnsmasq(const DnsmasqSettings &);
    const OpentrackerSettings &opentracker() const;
    void setOpentracker(const OpentrackerSettings &);
    const ClientSettings &client() const;
    void setClient(const ClientSettings &);
    const Aria2Settings &aria2() const;
    void setAria2(const Aria2Settings &);
    const AlertSettings &alerts() const;
    void setAlerts(const AlertSettings &);

    // Sorted by name.
    const QList<OsConfig> &oss() const;
    std::optional<OsConfig> os(const QString &name) const;
    void setOs(const OsConfig &config); // adds or replaces by name
    void removeOs(const QString &name); // from the model only; save() leaves the folder

    // Every rule: types, IPv4, dhcp_range, ports, default_os, methods, files
    // inside the OS folders (no "..", no absolute path, no symlink out).
    Problems validate() const;

    // Saves Boottorrent.yaml and each oss/<name>/config.yaml atomically
    // (QSaveFile). Writes nothing while validate() reports a problem.
    Problems save() const;

    // The texts the client receives in torrents.gz.
    QByteArray boottorrentYaml() const; // Boottorrent.yaml, unknown keys kept
    QByteArray configsYaml() const; // every OS config keyed by folder name

    // Absolute path of an OS folder.
    QString osDir(const QString &name) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace bt

#pragma once

#include "environment/environment.h"

#include <QString>

namespace bt {

// out/'s layout, named once: the build writes these files, serve and its
// services read them, the commands look into them. Paths are relative to
// out/ (the build writes a new out/ beside the old one, then swaps them).
namespace OutLayout {

inline const QString BuildInfo = QStringLiteral("build-info.json"); // the build's fingerprint
inline const QString Torrents
    = QStringLiteral("torrents"); // *.torrent, configs.yaml, Boottorrent.yaml
inline const QString ClientConfigs = QStringLiteral("torrents/configs.yaml");
inline const QString ClientSettings = QStringLiteral("torrents/Boottorrent.yaml");
inline const QString Dnsmasq = QStringLiteral("dnsmasq");
inline const QString DnsmasqConf = QStringLiteral("dnsmasq/dnsmasq.conf");
inline const QString DnsmasqLeases = QStringLiteral("dnsmasq/dnsmasq.leases");
inline const QString DnsmasqLog = QStringLiteral("dnsmasq/dnsmasq.log");
inline const QString DnsmasqPid = QStringLiteral("dnsmasq/dnsmasq.pid");
inline const QString TftpRoot
    = QStringLiteral("dnsmasq/ph1"); // Phase-1 files, loader configs, torrents.gz
inline const QString TorrentsGz = QStringLiteral("dnsmasq/ph1/torrents.gz");
inline const QString Aria2 = QStringLiteral("aria2");
inline const QString Aria2Conf = QStringLiteral("aria2/conf");
inline const QString Aria2RpcSecret = QStringLiteral("aria2/rpc-secret");
inline const QString Aria2List = QStringLiteral("aria2/list");
inline const QString Aria2Log = QStringLiteral("aria2/aria2.log");
inline const QString SeededFolders = QStringLiteral("aria2/seeded-folders.json");
inline const QString Opentracker = QStringLiteral("opentracker");
inline const QString TrackerWhitelist = QStringLiteral("opentracker/whitelist");

// <environment>/out/<relative>
QString path(const Environment &env, const QString &relative);

} // namespace OutLayout

} // namespace bt

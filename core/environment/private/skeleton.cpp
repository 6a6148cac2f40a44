#include "skeleton.h"

namespace bt {

QByteArray skeletonBoottorrentYaml()
{
    return QByteArrayLiteral(R"(# BootTorrent environment settings.
# Each OS the clients can boot lives in its own folder oss/<name>/ with its
# files and a config.yaml, for example:
#   dispname: "Debian 12"      # the name the boot menu shows (default: the folder name)
#   method: kexec              # kexec, bin-qemu-x86_64 or bin
#   kernel: vmlinuz            # kexec: kernel file in the folder
#   initrd: initrd.img         # kexec: optional initrd file in the folder
#   cmdline: "quiet"           # kexec: kernel command line
#   args: "-fda disk.img"      # bin-qemu-x86_64: qemu's arguments, files in the folder
#   bin: program               # bin: program in the folder to run
#   binargs: ""                # bin: its arguments

boottorrent:
  # Format version of this file.
  version: 0
  # Seconds the client's menu waits before booting default_os.
  timeout: 30
  # OS folder (under oss/) booted when the timeout runs out; without it the
  # client waits for a choice.
  # default_os: debian
  # Seconds a client keeps sharing its OS with the others after its download.
  seed_time: 30
  # IPv4 address of this host on the lab network.
  host_ip: 192.168.1.1
  # TCP port of the status endpoint the clients report to.
  status_port: 8290
  # TCP port on which this host also serves the OS files over HTTP as a web
  # seed, so a client starts loading at once; 0 turns it off.
  web_seed_port: 8291
  # Where the app and `boottorrent status` reach serve's admin API
  # (ADDRESS[:PORT], with a token): this machine only, unless a management
  # address is given here, never an address of the lab network.
  # admin_address: 127.0.0.1
  # Machines powered on by Wake-on-LAN per second, so that a room does not
  # draw power all at once (1-100).
  # wake_per_second: 5

dnsmasq:
  # Hand out addresses and boot files by DHCP.
  enable_dhcp: true
  # Answer only the boot part of DHCP beside an existing DHCP server
  # (proxyDHCP); dhcp_range may then be just the network address, e.g. 192.168.1.0.
  proxy_dhcp: false
  # With proxy_dhcp: the network's DHCP server names this host as next-server
  # for PXE clients. UEFI clients then get shim and Debian's signed GRUB, so
  # machines with Secure Boot on boot too; without it they get syslinux.efi.
  site_names_host: false
  # User dnsmasq drops its privileges to after start.
  # user: nobody
  # Network interface that faces the lab.
  interface: eth0
  # Listen on that interface only.
  bind_interfaces: true
  # Addresses for the clients: start,end[,netmask][,lease]; lease like 12h,
  # 30m, 45s, infinite or plain seconds.
  dhcp_range: "192.168.1.50,192.168.1.150,255.255.255.0,12h"
  # Serve the boot loader and the client system by TFTP.
  enable_tftp: true

opentracker:
  # Run the BitTorrent tracker that introduces the clients to each other.
  enable: true
  # Its TCP and UDP port.
  port: 10001

client:
  # The BitTorrent engine on the clients: libtorrent (btfetch, BootTorrent's
  # engine tuned for a LAN).
  engine: libtorrent
  # Exchange peer lists between clients (and with the seeder on this host).
  peer_exchange: true
  # Find peers by Local Peer Discovery as well.
  local_peer_discovery: false

aria2:
  # How much the seeder on this host (aria2c) logs: debug, info, notice, warn
  # or error.
  console_log_level: error
  # BitTorrent port of the seeder on this host.
  listen_port: 6881
  # JSON-RPC port of the seeder, reachable on 127.0.0.1 only.
  rpc_port: 6800

# When the dashboard flags a machine as slow (amber) or stuck (red); seconds,
# 0 turns a check off.
alerts:
  # Leased an address but never asked for the boot file (is network boot
  # first in its firmware?).
  lease_to_boot_file: 60
  # Fetched the boot loader but Phase 1 never reported up (TFTP, loader,
  # Secure Boot).
  boot_file_to_phase1: 120
  # Downloading without a new byte for this long: amber ...
  no_progress: 45
  # ... and for this long: red.
  no_progress_red: 180
  # Downloading at less than this percentage of the room's median rate.
  slow_percent: 25
  # Handed over to its OS, which never reported "booted".
  booting: 180
)");
}

} // namespace bt

#include "builder.h"

#include "clientmachines.h"
#include "outlayout.h"

#include "initrdwriter.h"
#include "phase1files.h"
#include "templaterenderer.h"
#include "torrentmaker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bt {

namespace {

const QString kQemuRuntime = QStringLiteral("qemu-runtime");

Problem buildProblem(const QString &message)
{
    return Problem { QStringLiteral("out"), {}, message };
}

bool isCancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }

Problems writeFile(const QString &path, const QByteArray &content,
    QFileDevice::Permissions permissions = QFileDevice::Permissions())
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return { buildProblem(QCoreApplication::translate("bt::Builder", "cannot write %1: %2")
                                  .arg(path, file.errorString())) };
    if (permissions)
        file.setPermissions(permissions);
    file.write(content);
    if (!file.commit())
        return { buildProblem(QCoreApplication::translate("bt::Builder", "cannot write %1: %2")
                                  .arg(path, file.errorString())) };
    return {};
}

// A hard link when source and destination share a file system (kernels and
// root file systems are large and never modified in place), a copy otherwise.
Problems linkOrCopy(const QString &source, const QString &destination)
{
    QDir().mkpath(QFileInfo(destination).absolutePath());
    QFile::remove(destination);
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(destination).constData())
        == 0)
        return {};
    if (!QFile::copy(source, destination))
        return { buildProblem(QCoreApplication::translate("bt::Builder", "cannot copy %1 to %2")
                                  .arg(source, destination)) };
    return {};
}

// dnsmasq drops to "nobody" unless told otherwise, and nobody may not read
// an environment kept in a private home folder: without an explicit
// dnsmasq.user it keeps the identity BootTorrent runs with.
QString currentUser()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

// Whether `user` may reach `path`: every folder on the way lets it pass
// (x for others, or for its owner or group when they are the user's).
bool userCanReach(const passwd &user, const QString &path)
{
    QString folder = QDir(path).absolutePath();
    while (true) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(folder).constData(), &info) != 0)
            return false;
        const bool passes = (info.st_mode & S_IXOTH)
            || (info.st_uid == user.pw_uid && (info.st_mode & S_IXUSR))
            || (info.st_gid == user.pw_gid && (info.st_mode & S_IXGRP));
        if (!passes)
            return false;
        if (folder == QLatin1String("/"))
            return true;
        folder = QFileInfo(folder).absolutePath();
    }
}

QByteArray randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

QString announceUrl(const Environment &env)
{
    if (!env.opentracker().enable)
        return {};
    return QStringLiteral("http://%1:%2/announce")
        .arg(env.boot().hostIp)
        .arg(env.opentracker().port);
}

// The web seed every torrent names (BEP 19): the client appends
// <torrent name>/<path>, which the host's WebSeedServer maps to the folder.
QStringList webSeeds(const Environment &env)
{
    if (env.boot().webSeedPort <= 0)
        return {};
    return { QStringLiteral("http://%1:%2/").arg(env.boot().hostIp).arg(env.boot().webSeedPort) };
}

bool needsQemuRuntime(const Environment &env)
{
    for (const OsConfig &os : env.oss()) {
        if (os.method == BootMethod::BinQemuX86_64)
            return true;
    }
    return false;
}

// Everything the output depends on, so `serve` can tell a stale out/.
QByteArray fingerprint(
    const Environment &env, const QString &phase1Dir, const QString &clientKernelArgs)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QCoreApplication::applicationVersion().toUtf8());
    // Raised whenever out/ gains or changes a file, so older builds are redone.
    hash.addData(QByteArrayLiteral("out layout 2"));
    hash.addData(clientKernelArgs.toUtf8());
    hash.addData(env.boottorrentYaml());
    hash.addData(env.configsYaml());
    auto addTree = [&hash](const QString &root) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            return;
        QStringList entries;
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            entries << QStringLiteral("%1 %2 %3")
                           .arg(info.filePath())
                           .arg(info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch());
        }
        entries.sort();
        hash.addData(entries.join(QLatin1Char('\n')).toUtf8());
    };
    for (const OsConfig &os : env.oss())
        addTree(env.osDir(os.name));
    addTree(phase1Dir);
    return hash.result().toHex();
}

class Build
{
public:
    Build(const Environment &env, const Builder::Options &options,
        const Builder::Progress &progress, const std::atomic_bool *cancel)
        : m_env(env)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_threads(options.threads)
        , m_phase1Dir(Phase1Files::locate(options.phase1Dir))
        , m_clientKernelArgs(options.clientKernelArgs.simplified())
        , m_finalOut(Builder::outDir(env))
    {
    }

    Result<BuildReport> run()
    {
        if (Problems problems = m_env.validate(); !problems.isEmpty())
            return problems;
        if (Problems problems = checkConfigValues(); !problems.isEmpty())
            return problems;
        QStringList osNames;
        for (const OsConfig &os : m_env.oss())
            osNames << os.name;
        auto book = MachineBook::load(MachineBook::pathIn(m_env.dir()), osNames);
        if (!book)
            return book.problems();
        m_machines = std::move(book.value());
        removeStaleStaging();

        // The temporary folder is a sibling of out/, so the final swap is a
        // rename within one file system. Its name carries this process's id,
        // so a later build can tell one left by a killed build.
        QTemporaryDir staging(
            m_env.dir() + QStringLiteral("/.out-build-%1-XXXXXX").arg(::getpid()));
        if (!staging.isValid())
            return buildProblem(QCoreApplication::translate(
                "bt::Builder", "cannot create a temporary folder in %1: %2")
                                    .arg(m_env.dir(), staging.errorString()));
        m_out = staging.path();
        // dnsmasq's TFTP server and the tracker read below out/ under their own user.
        QFile::setPermissions(m_out,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        m_totalWork = plannedWork();

        const std::function<Problems()> steps[] = {
            [this] { return makeTorrents(); },
            [this] { return writeClientConfig(); },
            [this] { return packInitrd(); },
            [this] { return copyPhase1(); },
            [this] { return writeDnsmasq(); },
            [this] { return writeAria2(); },
            [this] { return writeTracker(); },
            [this] { return writeFingerprint(); },
        };
        for (const auto &step : steps) {
            if (isCancelled(m_cancel))
                return buildProblem(QCoreApplication::translate(
                    "bt::Builder", "build cancelled; the previous out/ is unchanged"));
            if (Problems problems = step(); !problems.isEmpty())
                return problems;
        }
        if (Problems problems = swapIntoPlace(); !problems.isEmpty())
            return problems;
        report(QCoreApplication::translate("bt::Builder", "Done"), m_totalWork);
        m_report.outDir = m_finalOut;
        return m_report;
    }

private:
    // Hashing dominates; every other step counts as one mebibyte of work.
    static constexpr qint64 kStepWork = 1 << 20;

    qint64 plannedWork() const
    {
        qint64 total = 7 * kStepWork;
        for (const QString &folder : torrentFolders().values())
            total += folderSize(folder);
        return total;
    }

    static qint64 folderSize(const QString &folder)
    {
        qint64 size = 0;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            size += it.fileInfo().size();
        }
        return size;
    }

    // Torrent name → folder, in build order.
    QList<std::pair<QString, QString>> torrentFolderList() const
    {
        QList<std::pair<QString, QString>> folders;
        for (const OsConfig &os : m_env.oss())
            folders.append({ os.name, m_env.osDir(os.name) });
        const QString runtime
            = m_phase1Dir.isEmpty() ? QString() : m_phase1Dir + QLatin1Char('/') + kQemuRuntime;
        if (needsQemuRuntime(m_env) && QFileInfo(runtime).isDir())
            folders.append({ kQemuRuntime, runtime });
        return folders;
    }

    QHash<QString, QString> torrentFolders() const
    {
        QHash<QString, QString> map;
        for (const auto &[name, folder] : torrentFolderList())
            map.insert(name, folder);
        return map;
    }

    void report(const QString &step, qint64 done)
    {
        if (m_progress)
            m_progress(step, done, m_totalWork);
    }

    // Paths and arguments that land in dnsmasq.conf, aria2's conf and list,
    // pxelinux.cfg and grub.cfg, one value per line: a newline or a quote
    // would add directives of its own (dnsmasq reads '"' as quoting and
    // " #" as a comment). The values from Boottorrent.yaml have their own
    // grammar (Environment::validate).
    Problems checkConfigValues() const
    {
        auto breaksALine = [](const QString &text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) {
                return c.category() == QChar::Other_Control || c == QLatin1Char('"')
                    || c == QLatin1Char('\\') || c == QLatin1Char('#');
            });
        };
        Problems problems;
        if (breaksALine(QDir(m_env.dir()).absolutePath()))
            problems << buildProblem(QCoreApplication::translate("bt::Builder",
                "the environment's folder path has a control character (such as a newline), a "
                "quote, a backslash or a '#', which would break dnsmasq's and aria2's "
                "configuration: move the environment to a plain path"));
        if (std::any_of(m_clientKernelArgs.begin(), m_clientKernelArgs.end(),
                [](QChar c) { return c.category() == QChar::Other_Control; }))
            problems << buildProblem(QCoreApplication::translate("bt::Builder",
                "the Phase-1 kernel arguments (--client-args) have a control character, which "
                "would break pxelinux.cfg and grub.cfg: give plain text"));
        return problems;
    }

    // Removes the staging folders of builds whose process is gone (killed
    // while building); a running build's folder is left alone.
    void removeStaleStaging() const
    {
        static const QRegularExpression pattern(QStringLiteral("^\\.out-build-([0-9]+)-"));
        const QStringList names = QDir(m_env.dir())
                                      .entryList({ QStringLiteral(".out-build-*") },
                                          QDir::Dirs | QDir::Hidden | QDir::NoSymLinks);
        for (const QString &name : names) {
            const QRegularExpressionMatch match = pattern.match(name);
            if (!match.hasMatch())
                continue;
            const pid_t pid = pid_t(match.captured(1).toLongLong());
            if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH)
                QDir(m_env.dir() + QLatin1Char('/') + name).removeRecursively();
        }
    }

    void finishStep(const QString &step)
    {
        m_done += kStepWork;
        report(step, m_done);
    }

    Problems makeTorrents()
    {
        bool runtimeWanted = needsQemuRuntime(m_env);
        for (const auto &[name, folder] : torrentFolderList()) {
            const QString step = QCoreApplication::translate("bt::Builder", "Hashing %1").arg(name);
            report(step, m_done);
            TorrentMaker::Options options;
            options.folder = folder;
            options.announceUrl = announceUrl(m_env);
            options.webSeeds = webSeeds(m_env);
            options.threads = m_threads;
            const qint64 base = m_done;
            const Result<TorrentFile> torrent = TorrentMaker::make(
                options, [&](qint64 done, qint64) { report(step, base + done); }, m_cancel);
            if (!torrent.ok()) {
                Problems problems = torrent.problems();
                for (Problem &p : problems) {
                    if (p.file.isEmpty())
                        p.file = name == kQemuRuntime ? folder : QStringLiteral("oss/") + name;
                }
                return problems;
            }
            m_done = base + torrent->totalSize;
            if (Problems p = writeFile(m_out + QLatin1Char('/') + OutLayout::Torrents
                        + QStringLiteral("/%1.torrent").arg(name),
                    torrent->data);
                !p.isEmpty())
                return p;
            m_report.torrents.append(
                { name, torrent->infoHashHex, torrent->totalSize, torrent->pieceCount });
            m_seeds.append({ m_out + QLatin1Char('/') + OutLayout::Torrents
                    + QStringLiteral("/%1.torrent").arg(name),
                QFileInfo(folder).absolutePath(), name });
            if (name == kQemuRuntime)
                runtimeWanted = false;
        }
        if (runtimeWanted)
            m_report.warnings << QCoreApplication::translate("bt::Builder",
                "no qemu runtime in the Phase-1 folder (%1): clients cannot start bin-qemu-x86_64 "
                "systems; "
                "rebuild the Phase-1 system with qemu-system-x86 installed")
                                     .arg(m_phase1Dir.isEmpty() ? QCoreApplication::translate(
                                              "bt::Builder", "not found")
                                                                : m_phase1Dir);
        return {};
    }

    Problems writeClientConfig()
    {
        Problems problems
            = writeFile(m_out + QLatin1Char('/') + OutLayout::ClientConfigs, m_env.configsYaml());
        problems += writeFile(m_out + QLatin1Char('/') + OutLayout::ClientSettings,
            clientSettingsYaml(m_env, m_machines));
        finishStep(QCoreApplication::translate("bt::Builder", "Writing client configuration"));
        return problems;
    }

    Problems packInitrd()
    {
        report(QCoreApplication::translate("bt::Builder", "Packing torrents.gz"), m_done);
        QDir().mkpath(m_out + QLatin1Char('/') + OutLayout::TftpRoot);
        Problems problems = InitrdWriter::write(m_out + QLatin1Char('/') + OutLayout::Torrents,
            OutLayout::Torrents, m_out + QLatin1Char('/') + OutLayout::TorrentsGz);
        finishStep(QCoreApplication::translate("bt::Builder", "Packing torrents.gz"));
        return problems;
    }

    Problems copyPhase1()
    {
        report(QCoreApplication::translate("bt::Builder", "Copying Phase-1 files"), m_done);
        const QString ph1 = m_out + QLatin1Char('/') + OutLayout::TftpRoot + QLatin1Char('/');
        QStringList missing;
        for (const QString &name : Phase1Files::served()) {
            const QString source = Phase1Files::sourceOf(name, m_phase1Dir);
            if (source.isEmpty()) {
                missing << name;
                continue;
            }
            if (Problems p = linkOrCopy(source, ph1 + name); !p.isEmpty())
                return p;
        }
        if (missing.contains(QStringLiteral("pxelinux.0"))
            || missing.contains(QStringLiteral("ldlinux.c32")))
            return { buildProblem(QCoreApplication::translate("bt::Builder",
                "pxelinux.0 or ldlinux.c32 not found: install the pxelinux and "
                "syslinux-common packages")) };
        m_hasSyslinuxEfi = !missing.contains(QStringLiteral("syslinux.efi"))
            && !missing.contains(QStringLiteral("ldlinux.e64"));
        m_hasShim = !missing.contains(QStringLiteral("shimx64.efi"))
            && !missing.contains(QStringLiteral("grubx64.efi"));
        for (const QString &optional : Phase1Files::optional())
            missing.removeAll(optional);
        if (!missing.isEmpty())
            m_report.warnings << QCoreApplication::translate("bt::Builder",
                "Phase-1 %1 not found (looked in %2): out/ is built, but clients "
                "cannot boot until the Phase-1 system is built (scripts/setup does it)")
                                     .arg(missing.join(QStringLiteral(", ")),
                                         m_phase1Dir.isEmpty() ? QStringLiteral("no Phase-1 folder")
                                                               : m_phase1Dir);
        if (!m_hasShim && !missing.contains(QStringLiteral("kernel")))
            m_report.warnings << QCoreApplication::translate("bt::Builder",
                "shimx64.efi and grubx64.efi not found in the Phase-1 folder: UEFI "
                "clients with Secure Boot on cannot boot (scripts/setup builds them)");
        if (m_env.dnsmasq().proxyDhcp && m_env.dnsmasq().enableDhcp) {
            if (m_env.dnsmasq().siteNamesHost)
                m_report.warnings << QCoreApplication::translate("bt::Builder",
                    "proxyDHCP with dnsmasq.site_names_host: UEFI clients boot shim and GRUB, "
                    "which reads grub/grub.cfg from the next-server the network's DHCP server "
                    "names; unless that is this host, they stop at the grub> prompt");
            else
                m_report.warnings << QCoreApplication::translate("bt::Builder",
                    "proxyDHCP: UEFI clients boot syslinux.efi, so Secure Boot must be off on "
                    "them, unless the network's DHCP server names this host as next-server "
                    "(then set dnsmasq.site_names_host: true)");
        }

        const QString append
            = QStringLiteral(
                "console=tty0 console=ttyS0,115200 quiet bt.host=%1 bt.status_port=%2%3")
                  .arg(m_env.boot().hostIp)
                  .arg(m_env.boot().statusPort)
                  .arg(m_clientKernelArgs.isEmpty() ? QString()
                                                    : QLatin1Char(' ') + m_clientKernelArgs);
        const QStringList initrds { QStringLiteral("rootfs.gz"), QStringLiteral("diff.gz"),
            QStringLiteral("torrents.gz") };
        const Result<QByteArray> cfg = TemplateRenderer::render(QStringLiteral("pxelinux.cfg"),
            { { QStringLiteral("kernel"), QStringLiteral("kernel") },
                { QStringLiteral("initrds"), initrds.join(QLatin1Char(',')) },
                { QStringLiteral("append"), append } });
        if (!cfg.ok())
            return cfg.problems();
        Problems problems = writeFile(ph1 + QStringLiteral("pxelinux.cfg/default"), cfg.value());
        if (m_hasShim && problems.isEmpty()) {
            // The same kernel, initrds and command line for UEFI clients, read
            // by the signed GRUB from its prefix folder over TFTP.
            QStringList grubInitrds;
            for (const QString &initrd : initrds)
                grubInitrds << QLatin1Char('/') + initrd;
            const Result<QByteArray> grubCfg = TemplateRenderer::render(QStringLiteral("grub.cfg"),
                { { QStringLiteral("kernel"), QStringLiteral("kernel") },
                    { QStringLiteral("initrds"), grubInitrds.join(QLatin1Char(' ')) },
                    { QStringLiteral("append"), append } });
            if (!grubCfg.ok())
                return grubCfg.problems();
            QDir().mkpath(ph1 + QStringLiteral("grub"));
            problems += writeFile(ph1 + QStringLiteral("grub/grub.cfg"), grubCfg.value());
        }
        finishStep(QCoreApplication::translate("bt::Builder", "Copying Phase-1 files"));
        return problems;
    }

    // The loader x86-64 UEFI clients get: shim → signed GRUB, which Secure
    // Boot accepts, with full DHCP; syslinux.efi through proxyDHCP, where the
    // signed GRUB asks the site's DHCP server for its configuration, unless
    // that server names this host as next-server.
    QString efiBootFile() const
    {
        if (m_env.dnsmasq().proxyDhcp && !(m_env.dnsmasq().siteNamesHost && m_hasShim))
            return m_hasSyslinuxEfi ? QStringLiteral("syslinux.efi") : QString();
        if (m_hasShim)
            return QStringLiteral("shimx64.efi");
        return m_hasSyslinuxEfi ? QStringLiteral("syslinux.efi") : QString();
    }

    // dnsmasq parses DHCP and TFTP from the network: as root it drops to an
    // unprivileged user (Debian's own "dnsmasq", else nobody), when that
    // user can reach the files it serves. Otherwise, and as any other user,
    // it keeps the user that runs it.
    QString defaultDnsmasqUser(const QString &dnsmasqDir)
    {
        if (::geteuid() != 0)
            return currentUser();
        for (const char *name : { "dnsmasq", "nobody" }) {
            const passwd *entry = ::getpwnam(name);
            if (!entry)
                continue;
            if (userCanReach(*entry, m_env.dir()))
                return QString::fromLatin1(name);
            m_report.warnings << QCoreApplication::translate("bt::Builder",
                "dnsmasq keeps running as root: the user %1 cannot reach %2 (a private home "
                "folder?); move the environment where others may pass, or set dnsmasq.user")
                                     .arg(QString::fromLatin1(name),
                                         QDir(dnsmasqDir).absolutePath());
            return currentUser();
        }
        return currentUser();
    }

    Problems writeDnsmasq()
    {
        const DnsmasqSettings &d = m_env.dnsmasq();
        const QString dir = m_finalOut + QLatin1Char('/') + OutLayout::Dnsmasq;
        // Written as parsed (validate() passed), never as typed: no stray
        // spaces or line breaks reach the file.
        const Result<DhcpRange> parsed = DhcpRange::parse(d.dhcpRange);
        QString range = parsed.ok() ? parsed->toString() : d.dhcpRange.trimmed();
        if (d.proxyDhcp)
            range = parsed.ok() ? parsed->start : d.dhcpRange.trimmed();
        QVariantHash context {
            { QStringLiteral("interface"), d.interface },
            { QStringLiteral("bind_interfaces"), d.bindInterfaces },
            { QStringLiteral("user"), d.user.isEmpty() ? defaultDnsmasqUser(dir) : d.user },
            { QStringLiteral("enable_dhcp"), d.enableDhcp },
            { QStringLiteral("proxy_dhcp"), d.proxyDhcp },
            { QStringLiteral("dhcp_range"), range },
            { QStringLiteral("enable_tftp"), d.enableTftp },
            { QStringLiteral("tftp_root"), m_finalOut + QLatin1Char('/') + OutLayout::TftpRoot },
            { QStringLiteral("lease_file"),
                m_finalOut + QLatin1Char('/') + OutLayout::DnsmasqLeases },
            { QStringLiteral("log_file"), m_finalOut + QLatin1Char('/') + OutLayout::DnsmasqLog },
            { QStringLiteral("pid_file"), m_finalOut + QLatin1Char('/') + OutLayout::DnsmasqPid },
            { QStringLiteral("host_ip"), m_env.boot().hostIp },
            { QStringLiteral("boot_file_bios"), QStringLiteral("pxelinux.0") },
            { QStringLiteral("boot_file_efi"), efiBootFile() },
        };
        const Result<QByteArray> conf
            = TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), context);
        if (!conf.ok())
            return conf.problems();
        Problems problems
            = writeFile(m_out + QLatin1Char('/') + OutLayout::DnsmasqConf, conf.value());
        finishStep(QCoreApplication::translate("bt::Builder", "Writing dnsmasq.conf"));
        return problems;
    }

    Problems writeAria2()
    {
        const Aria2Settings &a = m_env.aria2();
        const QString dir = m_finalOut + QLatin1Char('/') + OutLayout::Aria2;
        const QByteArray secret = randomSecret();
        QVariantList torrents;
        for (const Seed &seed : m_seeds) {
            const QString finalTorrent = m_finalOut + QLatin1Char('/') + OutLayout::Torrents
                + QLatin1Char('/') + QFileInfo(seed.torrent).fileName();
            torrents << QVariantHash { { QStringLiteral("torrent"), finalTorrent },
                { QStringLiteral("dir"), seed.dir } };
        }
        const QVariantHash context {
            { QStringLiteral("input_file"), m_finalOut + QLatin1Char('/') + OutLayout::Aria2List },
            { QStringLiteral("log_file"), m_finalOut + QLatin1Char('/') + OutLayout::Aria2Log },
            { QStringLiteral("console_log_level"), a.consoleLogLevel },
            // The seeder is one peer of the clients' swarm and finds peers as they do.
            { QStringLiteral("enable_lpd"), m_env.client().localPeerDiscovery },
            { QStringLiteral("enable_pex"), m_env.client().peerExchange },
            { QStringLiteral("listen_port"), a.listenPort },
            // The BitTorrent port faces the lab only, not every network of the host.
            { QStringLiteral("interface"), m_env.boot().hostIp },
            { QStringLiteral("rpc_port"), a.rpcPort },
            { QStringLiteral("rpc_secret"), QString::fromLatin1(secret) },
            { QStringLiteral("torrents"), torrents },
            // The same condition as the torrents' url-list (webSeeds()).
            { QStringLiteral("web_seed"), !webSeeds(m_env).isEmpty() },
        };
        const Result<QByteArray> conf
            = TemplateRenderer::render(QStringLiteral("aria2.conf"), context);
        if (!conf.ok())
            return conf.problems();
        const Result<QByteArray> list
            = TemplateRenderer::render(QStringLiteral("aria2.list"), context);
        if (!list.ok())
            return list.problems();
        // The RPC secret lets anyone on the host control the seeder: owner only.
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        Problems problems
            = writeFile(m_out + QLatin1Char('/') + OutLayout::Aria2Conf, conf.value(), ownerOnly);
        problems
            += writeFile(m_out + QLatin1Char('/') + OutLayout::Aria2RpcSecret, secret, ownerOnly);
        problems += writeFile(m_out + QLatin1Char('/') + OutLayout::Aria2List, list.value());
        // What the web seed serves: each torrent's folder by torrent name.
        QJsonObject folders;
        for (const Seed &seed : m_seeds)
            folders.insert(seed.name, seed.dir + QLatin1Char('/') + seed.name);
        problems += writeFile(
            m_out + QLatin1Char('/') + OutLayout::SeededFolders, QJsonDocument(folders).toJson());
        finishStep(QCoreApplication::translate("bt::Builder", "Writing aria2 configuration"));
        return problems;
    }

    Problems writeTracker()
    {
        QByteArray whitelist;
        for (const BuiltTorrent &t : std::as_const(m_report.torrents))
            whitelist += t.infoHashHex.toLatin1() + '\n';
        Problems problems
            = writeFile(m_out + QLatin1Char('/') + OutLayout::TrackerWhitelist, whitelist);
        finishStep(QCoreApplication::translate("bt::Builder", "Writing tracker whitelist"));
        return problems;
    }

    Problems writeFingerprint()
    {
        QJsonObject info {
            { QStringLiteral("fingerprint"),
                QString::fromLatin1(fingerprint(m_env, m_phase1Dir, m_clientKernelArgs)) },
            { QStringLiteral("phase1_dir"), m_phase1Dir },
            { QStringLiteral("built_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        };
        Problems problems = writeFile(
            m_out + QLatin1Char('/') + OutLayout::BuildInfo, QJsonDocument(info).toJson());
        finishStep(QCoreApplication::translate("bt::Builder", "Finishing"));
        return problems;
    }

    // Exchanges the staging folder with out/ in one step (renameat2
    // RENAME_EXCHANGE), so out/ is always either the old or the new build.
    Problems swapIntoPlace()
    {
        const QByteArray staging = QFile::encodeName(m_out);
        const QByteArray target = QFile::encodeName(m_finalOut);
        if (!QFileInfo::exists(m_finalOut)) {
            if (::rename(staging.constData(), target.constData()) != 0)
                return { buildProblem(
                    QCoreApplication::translate(
                        "bt::Builder", "cannot move the new build into %1: %2")
                        .arg(m_finalOut, QString::fromLocal8Bit(strerror(errno)))) };
            return {};
        }
        if (::renameat2(
                AT_FDCWD, staging.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE)
            != 0)
            return { buildProblem(
                QCoreApplication::translate("bt::Builder", "cannot replace %1: %2")
                    .arg(m_finalOut, QString::fromLocal8Bit(strerror(errno)))) };
        return {}; // the staging path now holds the previous out/, which QTemporaryDir removes
    }

    struct Seed
    {
        QString torrent; // path in the staging folder
        QString dir; // aria2's dir= : the parent of the seeded folder
        QString name;
    };

    const Environment &m_env;
    MachineBook m_machines; // per-machine choices for the client
    Builder::Progress m_progress;
    const std::atomic_bool *m_cancel;
    int m_threads;
    QString m_phase1Dir;
    QString m_clientKernelArgs;
    QString m_finalOut;
    QString m_out;
    qint64 m_totalWork = 0;
    qint64 m_done = 0;
    bool m_hasSyslinuxEfi = false;
    bool m_hasShim = false;
    QList<Seed> m_seeds;
    BuildReport m_report;
};

} // namespace

Result<BuildReport> Builder::build(const Environment &env, const Options &options,
    const Progress &progress, const std::atomic_bool *cancel)
{
    return Build(env, options, progress, cancel).run();
}

bool Builder::isStale(const Environment &env, const Options &options)
{
    QFile file(outDir(env) + QLatin1Char('/') + OutLayout::BuildInfo);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    const QString phase1Dir = Phase1Files::locate(options.phase1Dir);
    return info.value(QStringLiteral("fingerprint")).toString().toLatin1()
        != fingerprint(env, phase1Dir, options.clientKernelArgs.simplified());
}

QString Builder::outDir(const Environment &env)
{
    return QDir(env.dir()).absoluteFilePath(QStringLiteral("out"));
}

Result<QHash<QString, QString>> Builder::seededFolders(const Environment &env)
{
    const QString path = outDir(env) + QLatin1Char('/') + OutLayout::SeededFolders;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem { QStringLiteral("out/") + OutLayout::SeededFolders, {},
            QCoreApplication::translate(
                "bt::Builder", "cannot be read (%1): rebuild the environment")
                .arg(file.errorString()) };
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Problem { QStringLiteral("out/") + OutLayout::SeededFolders, {},
            QCoreApplication::translate(
                "bt::Builder", "is not a JSON object: rebuild the environment") };
    QHash<QString, QString> folders;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        folders.insert(it.key(), it.value().toString());
    return folders;
}

Result<QHash<QString, Builder::SeededTorrent>> Builder::seededTorrents(const Environment &env)
{
    const Result<QHash<QString, QString>> folders = seededFolders(env);
    if (!folders.ok())
        return folders.problems();
    QHash<QString, SeededTorrent> torrents;
    for (auto it = folders->begin(); it != folders->end(); ++it) {
        const QString relative = OutLayout::Torrents + QStringLiteral("/%1.torrent").arg(it.key());
        QFile file(outDir(env) + QLatin1Char('/') + relative);
        if (!file.open(QIODevice::ReadOnly))
            return Problem { QStringLiteral("out/") + relative, {},
                QCoreApplication::translate(
                    "bt::Builder", "cannot be read (%1): rebuild the environment")
                    .arg(file.errorString()) };
        const Result<TorrentMaker::Layout> layout = TorrentMaker::layoutOf(file.readAll());
        if (!layout.ok())
            return Problem { QStringLiteral("out/") + relative, {},
                QCoreApplication::translate("bt::Builder", "%1: rebuild the environment")
                    .arg(layout.problems().value(0).message) };
        torrents.insert(it.key(), SeededTorrent { it.value(), layout.value() });
    }
    return torrents;
}

} // namespace bt

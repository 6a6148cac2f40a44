#include <builder/builder.h>
#include <environment/environment.h>

#include <libtorrent/torrent_info.hpp>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace bt;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int freePort()
{
    // A port free for TCP and UDP alike (the tracker takes both).
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

// Every file under dir with its content hash: equal trees, equal maps.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path),
                QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1));
    }
    return files;
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(QRandomGenerator::global()->bounded(256));
    return data;
}

} // namespace

class TestBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_env;
    int m_trackerPort = 0;
    int m_listenPort = 0;
    int m_rpcPort = 0;

    Environment loadEnv()
    {
        Result<Environment> env = Environment::load(m_env);
        if (!env.ok())
            qWarning().noquote() << toString(env.problems());
        return env.ok() ? env.value() : Environment();
    }

    // A lab on loopback: the host is 127.0.0.1, so the generated files can be
    // served for real without any network namespace.
    void makeEnvironment()
    {
        m_env = m_tmp.path() + QStringLiteral("/env");
        m_trackerPort = freePort();
        m_listenPort = freePort();
        m_rpcPort = freePort();
        QVERIFY(m_trackerPort && m_listenPort && m_rpcPort);
        writeFile(m_env + QStringLiteral("/Boottorrent.yaml"),
            QStringLiteral("boottorrent: {version: 0, timeout: 5, default_os: linux, seed_time: "
                           "30, host_ip: 127.0.0.1}\n"
                           "dnsmasq: {enable_dhcp: true, interface: lo, bind_interfaces: true,\n"
                           "          dhcp_range: \"127.0.0.50,127.0.0.150,255.0.0.0,12h\", "
                           "enable_tftp: true}\n"
                           "opentracker: {enable: true, port: %1}\n"
                           "aria2: {bt_enable_lpd: false, enable_peer_exchange: true, "
                           "console_log_level: error,\n"
                           "        listen_port: %2, rpc_port: %3}\n")
                .arg(m_trackerPort)
                .arg(m_listenPort)
                .arg(m_rpcPort)
                .toUtf8());
        writeFile(m_env + QStringLiteral("/oss/linux/config.yaml"),
            "{dispname: \"Linux\", method: kexec, kernel: vmlinuz, initrd: initrd.img, cmdline: "
            "\"quiet\"}\n");
        writeFile(m_env + QStringLiteral("/oss/linux/vmlinuz"), randomBytes(700 * 1024));
        writeFile(m_env + QStringLiteral("/oss/linux/initrd.img"), randomBytes(300 * 1024 + 17));
        writeFile(m_env + QStringLiteral("/oss/tool/config.yaml"),
            "{dispname: Tool, method: bin, bin: run, binargs: \"-v\"}\n");
        writeFile(m_env + QStringLiteral("/oss/tool/run"), "#!/bin/sh\necho tool\n");
    }

    void withoutWebSeed()
    {
        const QString yaml = m_env + QStringLiteral("/Boottorrent.yaml");
        QByteArray text = readFile(yaml);
        QVERIFY(text.contains("host_ip: 127.0.0.1}"));
        text.replace("host_ip: 127.0.0.1}", "host_ip: 127.0.0.1, web_seed_port: 0}");
        writeFile(yaml, text);
    }

    Builder::Options options() const
    {
        Builder::Options o;
        o.phase1Dir = m_tmp.path() + QStringLiteral("/no-phase1"); // Debian's loaders only
        return o;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        QDir(m_tmp.path()).removeRecursively();
        QDir().mkpath(m_tmp.path());
        makeEnvironment();
    }

    void writesEveryFileOfOut()
    {
        const Result<BuildReport> report = Builder::build(loadEnv(), options());
        QVERIFY2(report.ok(), qPrintable(toString(report.problems())));
        const QString out = m_env + QStringLiteral("/out");
        QCOMPARE(report->outDir, out);
        for (const char *file :
            { "dnsmasq/dnsmasq.conf", "dnsmasq/ph1/pxelinux.0", "dnsmasq/ph1/ldlinux.c32",
                "dnsmasq/ph1/pxelinux.cfg/default", "dnsmasq/ph1/torrents.gz",
                "torrents/linux.torrent", "torrents/tool.torrent", "torrents/configs.yaml",
                "torrents/Boottorrent.yaml", "aria2/conf", "aria2/list", "opentracker/whitelist" })
            QVERIFY2(QFileInfo(out + QLatin1Char('/') + QLatin1String(file)).isFile(), file);
        // No staging folder is left beside out/.
        QCOMPARE(QDir(m_env)
                     .entryList({ QStringLiteral(".out-build-*") }, QDir::AllEntries | QDir::Hidden)
                     .size(),
            0);
    }

    void warnsOnceWhenThePhase1KernelIsMissing()
    {
        const Result<BuildReport> report = Builder::build(loadEnv(), options());
        QVERIFY(report.ok());
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(QStringLiteral("kernel")));
    }

    // A Phase-1 folder as build-phase1 makes it, with stand-ins for its files.
    Builder::Options optionsWithPhase1(bool withSyslinuxEfi) const
    {
        const QString dir = m_tmp.path() + QStringLiteral("/phase1");
        QStringList names { QStringLiteral("kernel"), QStringLiteral("rootfs.gz"),
            QStringLiteral("diff.gz"), QStringLiteral("shimx64.efi"), QStringLiteral("grubx64.efi"),
            QStringLiteral("mmx64.efi") };
        if (withSyslinuxEfi)
            names << QStringLiteral("syslinux.efi") << QStringLiteral("ldlinux.e64");
        for (const QString &name : names)
            writeFile(dir + QLatin1Char('/') + name, name.toUtf8());
        Builder::Options o;
        o.phase1Dir = dir;
        return o;
    }

    void uefiClientsGetShimAndGrubWithTheSameKernelLine()
    {
        const Result<BuildReport> report = Builder::build(loadEnv(), optionsWithPhase1(true));
        QVERIFY2(report.ok(), qPrintable(toString(report.problems())));
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        const QString ph1 = m_env + QStringLiteral("/out/dnsmasq/ph1/");
        for (const char *file : { "shimx64.efi", "grubx64.efi", "mmx64.efi", "grub/grub.cfg" })
            QVERIFY2(QFileInfo(ph1 + QLatin1String(file)).isFile(), file);

        const QByteArray conf = readFile(m_env + QStringLiteral("/out/dnsmasq/dnsmasq.conf"));
        QVERIFY(conf.contains("dhcp-match=set:efi-x86_64,option:client-arch,7\n"));
        QVERIFY(conf.contains("dhcp-match=set:efi-x86_64,option:client-arch,9\n"));
        QVERIFY(conf.contains("dhcp-boot=tag:efi-x86_64,shimx64.efi,,127.0.0.1\n"));
        QVERIFY(conf.contains("dhcp-boot=tag:!efi-x86_64,pxelinux.0,,127.0.0.1\n"));
        QVERIFY(!conf.contains("pxe-service")); // kept out of full DHCP: it breaks UEFI netboot

        // GRUB boots what pxelinux boots: kernel, initrds in order, command line.
        const QString pxelinux
            = QString::fromUtf8(readFile(ph1 + QStringLiteral("pxelinux.cfg/default")));
        const QString append
            = pxelinux.section(QStringLiteral("APPEND initrd=rootfs.gz,diff.gz,torrents.gz "), 1)
                  .section(u'\n', 0, 0);
        QVERIFY(append.contains(QStringLiteral("bt.host=127.0.0.1")));
        const QString grub = QString::fromUtf8(readFile(ph1 + QStringLiteral("grub/grub.cfg")));
        QVERIFY2(
            grub.contains(QStringLiteral("    linux /kernel %1\n").arg(append)), qPrintable(grub));
        QVERIFY2(grub.contains(QStringLiteral("    initrd /rootfs.gz /diff.gz /torrents.gz\n")),
            qPrintable(grub));
        QVERIFY(grub.contains(QStringLiteral("set timeout=0\n")));
    }

    void proxyDhcpGivesUefiClientsSyslinuxEfi()
    {
        QByteArray yaml = readFile(m_env + QStringLiteral("/Boottorrent.yaml"));
        yaml.replace("enable_dhcp: true,", "enable_dhcp: true, proxy_dhcp: true,");
        writeFile(m_env + QStringLiteral("/Boottorrent.yaml"), yaml);
        const Result<BuildReport> report = Builder::build(loadEnv(), optionsWithPhase1(true));
        QVERIFY2(report.ok(), qPrintable(toString(report.problems())));
        const QByteArray conf = readFile(m_env + QStringLiteral("/out/dnsmasq/dnsmasq.conf"));
        QVERIFY2(conf.contains("pxe-service=x86-64_EFI,\"BootTorrent\",syslinux.efi,127.0.0.1\n"),
            conf.constData());
        QVERIFY(!conf.contains("shimx64.efi"));
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(QStringLiteral("Secure Boot must be off")));
    }

    void refusesAnEnvironmentPathThatWouldBreakTheConfigFiles()
    {
        // A newline in the path added lines to dnsmasq.conf and aria2's conf.
        const QString moved = m_tmp.path() + QStringLiteral("/lab\ndhcp-script=x");
        QVERIFY(QDir().rename(m_env, moved));
        m_env = moved;
        const Result<BuildReport> report = Builder::build(loadEnv(), options());
        QVERIFY(!report.ok());
        QVERIFY2(toString(report.problems())
                     .contains(QStringLiteral("move the environment to a plain path")),
            qPrintable(toString(report.problems())));
        QVERIFY(!QFileInfo::exists(m_env + QStringLiteral("/out")));
    }

    void refusesClientArgumentsWithControlCharacters()
    {
        Builder::Options o = options();
        o.clientKernelArgs = QStringLiteral("bt.headless\x01");
        const Result<BuildReport> report = Builder::build(loadEnv(), o);
        QVERIFY(!report.ok());
        QVERIFY(toString(report.problems()).contains(QStringLiteral("--client-args")));
    }

    void writesTheDhcpRangeAsParsed()
    {
        QByteArray yaml = readFile(m_env + QStringLiteral("/Boottorrent.yaml"));
        yaml.replace("dhcp_range: \"127.0.0.50,127.0.0.150,255.0.0.0,12h\"",
            "dhcp_range: \" 127.0.0.50 , 127.0.0.150,255.0.0.0 , 12h \"");
        writeFile(m_env + QStringLiteral("/Boottorrent.yaml"), yaml);
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QVERIFY(readFile(m_env + QStringLiteral("/out/dnsmasq/dnsmasq.conf"))
                    .contains("\ndhcp-range=127.0.0.50,127.0.0.150,255.0.0.0,12h\n"));
    }

    // The seeder is a peer of the clients' swarm: it finds peers as client: says,
    // in either spelling, and the clients get client: as written.
    void theSeederFollowsTheClientsPeerSettings()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QByteArray conf = readFile(m_env + QStringLiteral("/out/aria2/conf"));
        QVERIFY2(conf.contains("\nbt-enable-lpd=false\n"), conf.constData());
        QVERIFY(conf.contains("\nenable-peer-exchange=true\n"));

        QByteArray yaml = readFile(m_env + QStringLiteral("/Boottorrent.yaml"));
        yaml.replace("aria2: {bt_enable_lpd: false, enable_peer_exchange: true, ",
            "client: {engine: libtorrent, peer_exchange: false, local_peer_discovery: true}\n"
            "aria2: {");
        writeFile(m_env + QStringLiteral("/Boottorrent.yaml"), yaml);
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        conf = readFile(m_env + QStringLiteral("/out/aria2/conf"));
        QVERIFY2(conf.contains("\nbt-enable-lpd=true\n"), conf.constData());
        QVERIFY(conf.contains("\nenable-peer-exchange=false\n"));
        QVERIFY(readFile(m_env + QStringLiteral("/out/torrents/Boottorrent.yaml"))
                    .contains("client: {engine: libtorrent, peer_exchange: false, "
                              "local_peer_discovery: true}\n"));
    }

    void removesWhatAKilledBuildLeft()
    {
        QVERIFY(QDir().mkpath(m_env + QStringLiteral("/.out-build-999999999-abcdef/torrents")));
        const QString running = m_env + QStringLiteral("/.out-build-%1-xyz").arg(::getppid());
        QVERIFY(QDir().mkpath(running)); // a build of a live process: left alone
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QVERIFY(!QFileInfo::exists(m_env + QStringLiteral("/.out-build-999999999-abcdef")));
        QVERIFY(QFileInfo::exists(running));
        QVERIFY(QDir(m_env)
                    .entryList({ QStringLiteral(".out-build-*") }, QDir::Dirs | QDir::Hidden)
                    .size()
            == 1);
    }

    void proxyDhcpGivesShimWhenTheSiteNamesThisHost()
    {
        QByteArray yaml = readFile(m_env + QStringLiteral("/Boottorrent.yaml"));
        yaml.replace(
            "enable_dhcp: true,", "enable_dhcp: true, proxy_dhcp: true, site_names_host: true,");
        writeFile(m_env + QStringLiteral("/Boottorrent.yaml"), yaml);
        const Result<BuildReport> report = Builder::build(loadEnv(), optionsWithPhase1(true));
        QVERIFY2(report.ok(), qPrintable(toString(report.problems())));
        const QByteArray conf = readFile(m_env + QStringLiteral("/out/dnsmasq/dnsmasq.conf"));
        QVERIFY2(conf.contains("pxe-service=x86-64_EFI,\"BootTorrent\",shimx64.efi,127.0.0.1\n"),
            conf.constData());
        QVERIFY(conf.contains("pxe-service=x86PC,\"BootTorrent\",pxelinux.0,127.0.0.1\n"));
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(QStringLiteral("grub> prompt")));
    }

    void warnsWhenThePhase1FolderHasNoSignedLoaders()
    {
        const Builder::Options o = optionsWithPhase1(true);
        QVERIFY(QFile::remove(o.phase1Dir + QStringLiteral("/shimx64.efi")));
        const Result<BuildReport> report = Builder::build(loadEnv(), o);
        QVERIFY(report.ok());
        QCOMPARE(report->warnings.size(), 1);
        QVERIFY(report->warnings.first().contains(QStringLiteral("Secure Boot")));
        QVERIFY(!QFileInfo::exists(m_env + QStringLiteral("/out/dnsmasq/ph1/grub/grub.cfg")));
        QVERIFY(readFile(m_env + QStringLiteral("/out/dnsmasq/dnsmasq.conf"))
                    .contains("dhcp-boot=tag:efi-x86_64,syslinux.efi,,127.0.0.1\n"));
    }

    void torrentsAreV1WithTheTrackerAndEveryFile()
    {
        const Result<BuildReport> report = Builder::build(loadEnv(), options());
        QVERIFY(report.ok());
        lt::error_code ec;
        const lt::torrent_info info(
            (m_env + QStringLiteral("/out/torrents/linux.torrent")).toStdString(), ec);
        QVERIFY2(!ec, ec.message().c_str());
        QVERIFY(info.info_hashes().has_v1());
        QVERIFY(!info.info_hashes().has_v2());
        QCOMPARE(QString::fromStdString(info.name()), QStringLiteral("linux"));
        QCOMPARE(info.num_files(), 3); // config.yaml, initrd.img, vmlinuz
        QCOMPARE(info.trackers().size(), size_t(1));
        QCOMPARE(QString::fromStdString(info.trackers().front().url),
            QStringLiteral("http://127.0.0.1:%1/announce").arg(m_trackerPort));
        // The whitelist lists exactly the info-hashes of the built torrents.
        QFile whitelist(m_env + QStringLiteral("/out/opentracker/whitelist"));
        QVERIFY(whitelist.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromLatin1(whitelist.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList expected;
        for (const BuiltTorrent &t : report->torrents)
            expected << t.infoHashHex;
        QCOMPARE(lines, expected);
        std::stringstream hex;
        hex << info.info_hashes().v1;
        QVERIFY(lines.contains(QString::fromStdString(hex.str())));
    }

    void torrentsNameTheWebSeedThatServesTheirFolders()
    {
        const Result<BuildReport> report = Builder::build(loadEnv(), options());
        QVERIFY(report.ok());
        lt::error_code ec;
        const lt::torrent_info info(
            (m_env + QStringLiteral("/out/torrents/linux.torrent")).toStdString(), ec);
        QVERIFY2(!ec, ec.message().c_str());
        QCOMPARE(info.web_seeds().size(), size_t(1));
        QCOMPARE(QString::fromStdString(info.web_seeds().front().url),
            QStringLiteral("http://127.0.0.1:8291/"));
        const Result<QHash<QString, QString>> folders = Builder::seededFolders(loadEnv());
        QVERIFY2(folders.ok(), qPrintable(toString(folders.problems())));
        QCOMPARE(folders->size(), 2);
        QCOMPARE(QFileInfo(folders->value(QStringLiteral("linux"))).canonicalFilePath(),
            QFileInfo(m_env + QStringLiteral("/oss/linux")).canonicalFilePath());
        QCOMPARE(QFileInfo(folders->value(QStringLiteral("tool"))).canonicalFilePath(),
            QFileInfo(m_env + QStringLiteral("/oss/tool")).canonicalFilePath());

        // web_seed_port 0: no url-list, and the build is stale until redone.
        withoutWebSeed();
        QVERIFY(Builder::isStale(loadEnv(), options()));
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        const lt::torrent_info plain(
            (m_env + QStringLiteral("/out/torrents/linux.torrent")).toStdString(), ec);
        QVERIFY(plain.web_seeds().empty());
        // BitTorrent alone trades larger pieces better.
        QCOMPARE(info.piece_length(), 16 * 1024);
        QCOMPARE(plain.piece_length(), 256 * 1024);
    }

    void theSeederTricklesWhileTheWebSeedServes()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        const QString conf = m_env + QStringLiteral("/out/aria2/conf");
        QVERIFY(readFile(conf).contains("\nmax-overall-upload-limit=256K\n"));
        // Without the web seed the seeder is the host's only source: full speed.
        withoutWebSeed();
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QVERIFY(readFile(conf).contains("\nmax-overall-upload-limit=0\n"));
        QVERIFY(!readFile(conf).contains("256K"));
    }

    void torrentsGzCarriesTheClientConfiguration()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QProcess cpio;
        cpio.setStandardInputFile(m_env + QStringLiteral("/out/dnsmasq/ph1/torrents.gz"));
        cpio.start(QStringLiteral("bsdcpio"), { QStringLiteral("-it") });
        QVERIFY(cpio.waitForFinished(10000));
        const QStringList entries = QString::fromUtf8(cpio.readAllStandardOutput())
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const char *name : { "torrents", "torrents/Boottorrent.yaml", "torrents/configs.yaml",
                 "torrents/linux.torrent", "torrents/tool.torrent" })
            QVERIFY2(
                entries.contains(QLatin1String(name)), qPrintable(entries.join(QLatin1Char(' '))));
    }

    void dnsmasqAcceptsItsConfiguration()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QProcess dnsmasq;
        dnsmasq.start(QStringLiteral("dnsmasq"),
            { QStringLiteral("--test"), QStringLiteral("-C"),
                m_env + QStringLiteral("/out/dnsmasq/dnsmasq.conf") });
        QVERIFY(dnsmasq.waitForFinished(10000));
        QCOMPARE(dnsmasq.exitCode(), 0);
        QVERIFY(dnsmasq.readAllStandardError().contains("syntax check OK"));
    }

    void aria2SeedsEveryTorrentFromOut()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        const QString out = m_env + QStringLiteral("/out");
        QProcess aria2;
        aria2.start(QStringLiteral("aria2c"),
            { QStringLiteral("--conf-path=") + out + QStringLiteral("/aria2/conf") });
        QVERIFY(aria2.waitForStarted(5000));
        auto stop = qScopeGuard([&aria2] {
            aria2.terminate();
            if (!aria2.waitForFinished(5000))
                aria2.kill();
            aria2.waitForFinished(2000);
        });
        QFile secretFile(out + QStringLiteral("/aria2/rpc-secret"));
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        const QString token
            = QStringLiteral("token:") + QString::fromLatin1(secretFile.readAll().trimmed());

        QNetworkAccessManager nam;
        auto call = [&](const QString &method, const QJsonArray &params) -> QJsonObject {
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/jsonrpc").arg(m_rpcPort)));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            const QJsonObject body { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                { QStringLiteral("id"), QStringLiteral("t") }, { QStringLiteral("method"), method },
                { QStringLiteral("params"), params } };
            QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(3000);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return answer;
        };
        // Both torrents are verified against oss/ and seeding.
        bool seeding = false;
        for (int i = 0; i < 50 && !seeding; ++i) {
            const QJsonObject answer = call(QStringLiteral("aria2.tellActive"),
                { token,
                    QJsonArray { QStringLiteral("status"), QStringLiteral("completedLength"),
                        QStringLiteral("totalLength"), QStringLiteral("seeder") } });
            const QJsonArray active = answer.value(QStringLiteral("result")).toArray();
            seeding = active.size() == 2;
            for (const QJsonValue &v : active) {
                const QJsonObject d = v.toObject();
                seeding = seeding
                    && d.value(QStringLiteral("seeder")).toString() == QStringLiteral("true")
                    && d.value(QStringLiteral("completedLength"))
                        == d.value(QStringLiteral("totalLength"));
            }
            if (!seeding)
                QTest::qWait(200);
        }
        QVERIFY2(seeding, aria2.readAllStandardOutput().constData());
        // The secret is required.
        const QJsonObject refused
            = call(QStringLiteral("aria2.getVersion"), { QStringLiteral("token:wrong") });
        QVERIFY(refused.contains(QStringLiteral("error")));
    }

    void opentrackerServesOnlyTheBuiltTorrents()
    {
        const Result<BuildReport> report = Builder::build(loadEnv(), options());
        QVERIFY(report.ok());
        const QString out = m_env + QStringLiteral("/out");
        QProcess tracker;
        tracker.setWorkingDirectory(out + QStringLiteral("/opentracker"));
        tracker.start(QStringLiteral("opentracker"),
            { QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_trackerPort), QStringLiteral("-P"),
                QString::number(m_trackerPort), QStringLiteral("-d"),
                out + QStringLiteral("/opentracker"), QStringLiteral("-w"),
                QStringLiteral("whitelist") });
        QVERIFY(tracker.waitForStarted(5000));
        auto stop = qScopeGuard([&tracker] {
            tracker.kill();
            tracker.waitForFinished(2000);
        });
        QNetworkAccessManager nam;
        // The tracker loads its whitelist shortly after it starts listening,
        // so the first answers may still refuse; retry a bounded number of times.
        auto announce = [&](const QString &hexHash, const QByteArray &until) -> QByteArray {
            QByteArray escaped;
            for (char c : QByteArray::fromHex(hexHash.toLatin1()))
                escaped += '%' + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            const QString url = QStringLiteral(
                "http://127.0.0.1:%1/announce?info_hash=%2&peer_id=-BT0001-abcdefghijkl"
                "&port=6881&uploaded=0&downloaded=0&left=0&compact=1")
                                    .arg(m_trackerPort)
                                    .arg(QString::fromLatin1(escaped));
            for (int attempt = 0; attempt < 30; ++attempt) {
                QNetworkReply *reply = nam.get(QNetworkRequest(QUrl::fromEncoded(url.toLatin1())));
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(2000);
                const QByteArray body = reply->readAll();
                reply->deleteLater();
                if (body.contains(until) || attempt == 29)
                    return body;
                QTest::qWait(100);
            }
            return {};
        };
        const QByteArray known = announce(report->torrents.first().infoHashHex, "interval");
        QVERIFY2(known.contains("interval"), known.constData());
        const QByteArray unknown = announce(QString(40, QLatin1Char('a')), "not authorized");
        QVERIFY2(unknown.contains("not authorized"), unknown.constData());
    }

    void failedBuildKeepsThePreviousOut()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        const QMap<QString, QByteArray> before = snapshot(m_env + QStringLiteral("/out"));
        // A dangling link inside an OS folder fails the hashing step, after
        // the build has started writing.
        QVERIFY(QFile::link(
            QStringLiteral("missing-target"), m_env + QStringLiteral("/oss/tool/dangling")));
        const Result<BuildReport> failed = Builder::build(loadEnv(), options());
        QVERIFY(!failed.ok());
        QVERIFY2(toString(failed.problems()).contains(QStringLiteral("dangling")),
            qPrintable(toString(failed.problems())));
        QCOMPARE(snapshot(m_env + QStringLiteral("/out")), before);
        QCOMPARE(QDir(m_env)
                     .entryList({ QStringLiteral(".out-build-*") }, QDir::AllEntries | QDir::Hidden)
                     .size(),
            0);
    }

    void cancelledBuildKeepsThePreviousOut()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        const QMap<QString, QByteArray> before = snapshot(m_env + QStringLiteral("/out"));
        writeFile(m_env + QStringLiteral("/oss/tool/run"), "#!/bin/sh\necho changed\n");
        std::atomic_bool cancel { true };
        const Result<BuildReport> cancelled = Builder::build(loadEnv(), options(), {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(snapshot(m_env + QStringLiteral("/out")), before);
    }

    void rebuildReplacesOut()
    {
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        writeFile(m_env + QStringLiteral("/oss/tool/run"), "#!/bin/sh\necho changed\n");
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QFile torrent(m_env + QStringLiteral("/out/torrents/tool.torrent"));
        QVERIFY(torrent.open(QIODevice::ReadOnly));
        lt::error_code ec;
        const QByteArray data = torrent.readAll();
        const lt::torrent_info info(
            lt::span<const char>(data.constData(), data.size()), ec, lt::from_span);
        QVERIFY(!ec);
        QCOMPARE(info.total_size(),
            qint64(QFileInfo(m_env + QStringLiteral("/oss/tool/run")).size()
                + QFileInfo(m_env + QStringLiteral("/oss/tool/config.yaml")).size()));
    }

    void staleUntilBuiltAndAfterAChange()
    {
        QVERIFY(Builder::isStale(loadEnv(), options()));
        QVERIFY(Builder::build(loadEnv(), options()).ok());
        QVERIFY(!Builder::isStale(loadEnv(), options()));
        const QString kernel = m_env + QStringLiteral("/oss/linux/vmlinuz");
        const QDateTime built = QFileInfo(kernel).lastModified();
        writeFile(kernel, "another kernel");
        // A later modification time without waiting for the clock to move on.
        QFile changed(kernel);
        QVERIFY(changed.open(QIODevice::ReadWrite));
        QVERIFY(changed.setFileTime(built.addSecs(60), QFileDevice::FileModificationTime));
        changed.close();
        QVERIFY(Builder::isStale(loadEnv(), options()));
    }

    void progressEndsAtTheTotal()
    {
        qint64 last = -1, total = 0;
        bool monotone = true;
        const Result<BuildReport> report
            = Builder::build(loadEnv(), options(), [&](const QString &, qint64 done, qint64 all) {
                  monotone = monotone && done >= last;
                  last = done;
                  total = all;
              });
        QVERIFY(report.ok());
        QVERIFY(monotone);
        QVERIFY(total > 1000 * 1024);
        QCOMPARE(last, total);
    }

    void refusesAnInvalidEnvironmentWithoutWriting()
    {
        Environment env = loadEnv();
        DnsmasqSettings d = env.dnsmasq();
        d.dhcpRange = QStringLiteral("127.0.0.150,127.0.0.50");
        env.setDnsmasq(d);
        const Result<BuildReport> report = Builder::build(env, options());
        QVERIFY(!report.ok());
        QVERIFY(!QFileInfo::exists(m_env + QStringLiteral("/out")));
    }
};

QTEST_GUILESS_MAIN(TestBuilder)
#include "tst_builder.moc"

#include <environment/environment.h>
#include <environment/environmentsection.h>

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;

namespace {

// The original BootTorrent's example, byte for byte as its users wrote it.
const QByteArray originalSettings
    = R"(boottorrent: {version: 0, timeout: 30, default_os: linux, seed_time: 30, host_ip: 192.168.1.1}
dnsmasq: {enable_dhcp: true, user: nobody, interface: eth0, bind_interfaces: true,
          dhcp_range: "192.168.1.50,192.168.1.150,12h", enable_tftp: true}
opentracker: {enable: true, port: 10001}
aria2: {bt_enable_lpd: false, enable_peer_exchange: true, console_log_level: error}
)";
const QByteArray linuxConfig
    = R"({dispname: "Debian 12", method: kexec, kernel: vmlinuz, initrd: initrd.img, cmdline: "quiet"}
)";
const QByteArray freedosConfig
    = R"({dispname: FreeDOS, method: bin-qemu-x86_64, args: "-fda odin1440.img"}
)";
const QByteArray memtestConfig = R"({dispname: "Memtest", method: bin, bin: hello, binargs: ""}
)";

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(text), text.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Writes the original's example environment with the files its OS configs name.
void writeOriginal(const QString &dir, const QByteArray &settings = originalSettings)
{
    writeFile(dir + QStringLiteral("/Boottorrent.yaml"), settings);
    writeFile(dir + QStringLiteral("/oss/linux/config.yaml"), linuxConfig);
    writeFile(dir + QStringLiteral("/oss/linux/vmlinuz"), "kernel");
    writeFile(dir + QStringLiteral("/oss/linux/initrd.img"), "initrd");
    writeFile(dir + QStringLiteral("/oss/freedos/config.yaml"), freedosConfig);
    writeFile(dir + QStringLiteral("/oss/freedos/odin1440.img"), "floppy");
    writeFile(dir + QStringLiteral("/oss/memtest/config.yaml"), memtestConfig);
    writeFile(dir + QStringLiteral("/oss/memtest/hello"), "#!/bin/sh\n");
}

QStringList lines(const Problems &problems)
{
    QStringList result;
    for (const Problem &p : problems)
        result << p.toString();
    return result;
}

#define VERIFY_PROBLEM(problems, expected)                                                         \
    do {                                                                                           \
        const QStringList all_ = lines(problems);                                                  \
        QVERIFY2(all_.contains(QStringLiteral(expected)),                                          \
            qPrintable(QStringLiteral("expected: %1\ngot:\n%2")                                    \
                           .arg(QStringLiteral(expected), all_.join(QLatin1Char('\n')))));         \
    } while (false)

} // namespace

class TestEnvironment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;

    // The original example with one piece of Boottorrent.yaml replaced.
    Problems problemsWithSettings(const QByteArray &from, const QByteArray &to)
    {
        QByteArray text = originalSettings;
        if (!text.contains(from))
            qFatal("fixture text not found: %s", from.constData());
        text.replace(from, to);
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"), text);
        const Result<Environment> env = Environment::read(m_dir);
        if (!env.ok())
            return env.problems();
        return env->validate();
    }

    Problems problemsWithOsConfig(const QString &name, const QByteArray &config)
    {
        writeFile(m_dir + QStringLiteral("/oss/%1/config.yaml").arg(name), config);
        const Result<Environment> env = Environment::read(m_dir);
        if (!env.ok())
            return env.problems();
        return env->validate();
    }

    Environment loadOriginal()
    {
        const Result<Environment> env = Environment::load(m_dir);
        if (!env.ok())
            qFatal("%s", qPrintable(toString(env.problems())));
        return env.value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        writeOriginal(m_dir);
    }

    // --- the original format ------------------------------------------------

    void loadsOriginalExampleUnchanged()
    {
        const Result<Environment> env = Environment::load(m_dir);
        QVERIFY2(env.ok(), qPrintable(toString(env.problems())));
        QCOMPARE(env->dir(), QDir(m_dir).absolutePath());
        QCOMPARE(env->boot().version, 0);
        QCOMPARE(env->boot().timeout, 30);
        QCOMPARE(env->boot().defaultOs, QStringLiteral("linux"));
        QCOMPARE(env->boot().seedTime, 30);
        QCOMPARE(env->boot().hostIp, QStringLiteral("192.168.1.1"));
        QCOMPARE(env->boot().statusPort, 8290);
        QCOMPARE(env->dnsmasq().enableDhcp, true);
        QCOMPARE(env->dnsmasq().user, QStringLiteral("nobody"));
        QCOMPARE(env->dnsmasq().interface, QStringLiteral("eth0"));
        QCOMPARE(env->dnsmasq().bindInterfaces, true);
        QCOMPARE(env->dnsmasq().dhcpRange, QStringLiteral("192.168.1.50,192.168.1.150,12h"));
        QCOMPARE(env->dnsmasq().enableTftp, true);
        QCOMPARE(env->dnsmasq().proxyDhcp, false);
        QCOMPARE(env->opentracker().enable, true);
        QCOMPARE(env->opentracker().port, 10001);
        // The original's aria2.bt_enable_lpd and aria2.enable_peer_exchange.
        QCOMPARE(env->client().localPeerDiscovery, false);
        QCOMPARE(env->client().peerExchange, true);
        QCOMPARE(env->client().engine, QString(ClientEngine::Libtorrent));
        QCOMPARE(env->aria2().consoleLogLevel, QStringLiteral("error"));
        QCOMPARE(env->aria2().listenPort, 6881);
        QCOMPARE(env->aria2().rpcPort, 6800);

        QCOMPARE(env->oss().size(), 3);
        QCOMPARE(env->oss()[0].name, QStringLiteral("freedos"));
        QCOMPARE(env->oss()[1].name, QStringLiteral("linux"));
        QCOMPARE(env->oss()[2].name, QStringLiteral("memtest"));
        const OsConfig debian = *env->os(QStringLiteral("linux"));
        QCOMPARE(debian.dispname, QStringLiteral("Debian 12"));
        QVERIFY(debian.method == BootMethod::Kexec);
        QCOMPARE(debian.kernel, QStringLiteral("vmlinuz"));
        QCOMPARE(debian.initrd, QStringLiteral("initrd.img"));
        QCOMPARE(debian.cmdline, QStringLiteral("quiet"));
        const OsConfig freedos = *env->os(QStringLiteral("freedos"));
        QVERIFY(freedos.method == BootMethod::BinQemuX86_64);
        QCOMPARE(freedos.args, QStringLiteral("-fda odin1440.img"));
        const OsConfig memtest = *env->os(QStringLiteral("memtest"));
        QVERIFY(memtest.method == BootMethod::Bin);
        QCOMPARE(memtest.bin, QStringLiteral("hello"));
        QCOMPARE(memtest.binargs, QString());
        QCOMPARE(env->osDir(QStringLiteral("linux")),
            QDir(m_dir).absoluteFilePath(QStringLiteral("oss/linux")));
    }

    void loadsTheDemoEnvironment()
    {
        // The demo is completed at build time (its Linux comes from the
        // Phase-1 builder), so the built copy is the one users open.
        const QString binary = qEnvironmentVariable("BT_BINARY_DIR");
        if (binary.isEmpty())
            QSKIP("BT_BINARY_DIR is not set (run through ctest)");
        const Result<Environment> env = Environment::load(binary + QStringLiteral("/demo"));
        QVERIFY2(env.ok(), qPrintable(toString(env.problems())));
        QVERIFY(!env->boot().defaultOs.isEmpty());
        QVERIFY(env->os(env->boot().defaultOs).has_value());
        QVERIFY(env->os(QStringLiteral("hello")).has_value());
    }

    void savingUnchangedModelLeavesFilesAlone()
    {
        const Environment env = loadOriginal();
        QVERIFY(env.save().isEmpty());
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), originalSettings);
        QCOMPARE(readFile(m_dir + QStringLiteral("/oss/linux/config.yaml")), linuxConfig);
    }

    void generatedTextReadsBackAsTheSameValues()
    {
        const Environment env = loadOriginal();
        const YAML::Node root = YAML::Load(env.boottorrentYaml().toStdString());
        QCOMPARE(root["boottorrent"]["host_ip"].as<std::string>(), std::string("192.168.1.1"));
        QCOMPARE(root["dnsmasq"]["dhcp_range"].as<std::string>(),
            std::string("192.168.1.50,192.168.1.150,12h"));
        QCOMPARE(root["aria2"]["console_log_level"].as<std::string>(), std::string("error"));
        // Values at their default that were not in the file stay out of it.
        QVERIFY(!root["boottorrent"]["status_port"].IsDefined());
        QVERIFY(!root["aria2"]["rpc_port"].IsDefined());
    }

    // --- round trips ----------------------------------------------------------

    void roundTripKeepsUnknownSection()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            originalSettings + "per_mac:\n  \"52:54:00:12:34:56\": linux\n");
        Environment env = loadOriginal();
        BootSettings boot = env.boot();
        boot.timeout = 12;
        env.setBoot(boot);
        QVERIFY(env.save().isEmpty());
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        QCOMPARE(root["per_mac"]["52:54:00:12:34:56"].as<std::string>(), std::string("linux"));
        QCOMPARE(root["boottorrent"]["timeout"].as<int>(), 12);
        QCOMPARE(Environment::load(m_dir)->boot().timeout, 12);
    }

    void roundTripKeepsUnknownKeyInSection()
    {
        QByteArray text = originalSettings;
        text.replace("enable_tftp: true}", "enable_tftp: true, dhcp_boot_uefi: ipxe.efi}");
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"), text);
        Environment env = loadOriginal();
        DnsmasqSettings dnsmasq = env.dnsmasq();
        dnsmasq.interface = QStringLiteral("enp3s0");
        env.setDnsmasq(dnsmasq);
        QVERIFY(env.save().isEmpty());
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        QCOMPARE(root["dnsmasq"]["dhcp_boot_uefi"].as<std::string>(), std::string("ipxe.efi"));
        QCOMPARE(root["dnsmasq"]["interface"].as<std::string>(), std::string("enp3s0"));
    }

    void roundTripKeepsUnknownKeyInOsConfig()
    {
        writeFile(m_dir + QStringLiteral("/oss/linux/config.yaml"),
            "{dispname: \"Debian 12\", method: kexec, kernel: vmlinuz, initrd: initrd.img, "
            "cmdline: \"quiet\", "
            "menu_colour: blue}\n");
        Environment env = loadOriginal();
        OsConfig debian = *env.os(QStringLiteral("linux"));
        debian.cmdline = QStringLiteral("quiet splash");
        env.setOs(debian);
        QVERIFY(env.save().isEmpty());
        const YAML::Node config
            = YAML::LoadFile((m_dir + QStringLiteral("/oss/linux/config.yaml")).toStdString());
        QCOMPARE(config["menu_colour"].as<std::string>(), std::string("blue"));
        QCOMPARE(config["cmdline"].as<std::string>(), std::string("quiet splash"));
        // An OS that did not change keeps its file byte for byte.
        QCOMPARE(readFile(m_dir + QStringLiteral("/oss/memtest/config.yaml")), memtestConfig);
    }

    void savedFileReloadsToTheSameModel()
    {
        Environment env = loadOriginal();
        BootSettings boot = env.boot();
        boot.defaultOs.clear();
        boot.statusPort = 8300;
        env.setBoot(boot);
        DnsmasqSettings dnsmasq = env.dnsmasq();
        dnsmasq.user.clear();
        dnsmasq.proxyDhcp = true;
        dnsmasq.dhcpRange = QStringLiteral("192.168.1.0");
        env.setDnsmasq(dnsmasq);
        Aria2Settings aria2 = env.aria2();
        aria2.listenPort = 6999;
        env.setAria2(aria2);
        setSetting(env, &ClientSettings::localPeerDiscovery, true); // not the default
        // Text that YAML would otherwise read as a boolean or a number.
        OsConfig debian = *env.os(QStringLiteral("linux"));
        debian.dispname = QStringLiteral("yes");
        debian.cmdline = QStringLiteral("123");
        env.setOs(debian);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));

        const Result<Environment> reloaded = Environment::load(m_dir);
        QVERIFY2(reloaded.ok(), qPrintable(toString(reloaded.problems())));
        QCOMPARE(reloaded->boot(), env.boot());
        QCOMPARE(reloaded->dnsmasq(), env.dnsmasq());
        QCOMPARE(reloaded->opentracker(), env.opentracker());
        QCOMPARE(reloaded->client(), env.client());
        QCOMPARE(reloaded->aria2(), env.aria2());
        QCOMPARE(reloaded->oss(), env.oss());
    }

    void changingAValueKeepsTheRestOfTheTextByteForByte()
    {
        Environment env = loadOriginal();
        DnsmasqSettings dnsmasq = env.dnsmasq();
        dnsmasq.dhcpRange = QStringLiteral("192.168.1.60,192.168.1.160,255.255.255.0,1h");
        dnsmasq.interface = QStringLiteral("enp3s0");
        env.setDnsmasq(dnsmasq);
        QVERIFY(env.save().isEmpty());
        QByteArray expected = originalSettings;
        expected
            .replace("\"192.168.1.50,192.168.1.150,12h\"",
                "\"192.168.1.60,192.168.1.160,255.255.255.0,1h\"")
            .replace("interface: eth0", "interface: enp3s0");
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), expected);
    }

    void savingKeepsTheSkeletonsComments()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("commented"));
        QVERIFY(Environment::init(dir).isEmpty());
        Environment env = Environment::load(dir).value();
        BootSettings boot = env.boot();
        boot.timeout = 12;
        boot.hostIp = QStringLiteral("10.1.0.1");
        env.setBoot(boot);
        DnsmasqSettings dnsmasq = env.dnsmasq();
        dnsmasq.dhcpRange = QStringLiteral("10.1.0.50,10.1.0.99,255.255.255.0,30m");
        env.setDnsmasq(dnsmasq);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        const QByteArray text = readFile(dir + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY(text.contains(
            "# Seconds the client's menu waits before booting default_os.\n  timeout: 12\n"));
        QVERIFY(text.contains("host_ip: 10.1.0.1\n"));
        const Result<Environment> reloaded = Environment::load(dir);
        QVERIFY2(reloaded.ok(), qPrintable(toString(reloaded.problems())));
        QCOMPARE(reloaded->boot(), env.boot());
        QCOMPARE(reloaded->dnsmasq(), env.dnsmasq());
        QCOMPARE(env.boottorrentYaml(), text);
    }

    void savingIntoAnotherFolderWritesEverything()
    {
        Environment env = loadOriginal();
        const QString other = m_tmp.filePath(QStringLiteral("copy"));
        // The OS files have to be there for the environment to be valid.
        for (const QString &file :
            { QStringLiteral("linux/vmlinuz"), QStringLiteral("linux/initrd.img"),
                QStringLiteral("freedos/odin1440.img"), QStringLiteral("memtest/hello") })
            writeFile(other + QStringLiteral("/oss/") + file, "x");
        env.setDir(other);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        const Result<Environment> copy = Environment::load(other);
        QVERIFY2(copy.ok(), qPrintable(toString(copy.problems())));
        QCOMPARE(copy->boot(), env.boot());
        QCOMPARE(copy->oss(), env.oss());
    }

    // --- types ------------------------------------------------------------------

    void rejectsTimeoutThatIsNotANumber()
    {
        VERIFY_PROBLEM(problemsWithSettings("timeout: 30", "timeout: abc"),
            "Boottorrent.yaml: boottorrent.timeout: must be a whole number of seconds, got "
            "\"abc\"");
    }

    void rejectsFlagThatIsNotABoolean()
    {
        VERIFY_PROBLEM(problemsWithSettings("enable_dhcp: true", "enable_dhcp: maybe"),
            "Boottorrent.yaml: dnsmasq.enable_dhcp: must be true or false, got \"maybe\"");
    }

    void rejectsListWhereTextBelongs()
    {
        VERIFY_PROBLEM(problemsWithSettings("interface: eth0", "interface: [eth0, eth1]"),
            "Boottorrent.yaml: dnsmasq.interface: must be text, got a list");
    }

    void rejectsSectionThatIsNotAMapping()
    {
        VERIFY_PROBLEM(
            problemsWithSettings("opentracker: {enable: true, port: 10001}", "opentracker: yes"),
            "Boottorrent.yaml: opentracker: must be a mapping of keys, got \"yes\"");
    }

    void readsYamlBooleanSpellings()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings).replace("bt_enable_lpd: false", "bt_enable_lpd: yes"));
        QCOMPARE(loadOriginal().client().localPeerDiscovery, true);
    }

    void settingASectionReplacesItsUnreadableValue()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings).replace("seed_time: 30", "seed_time: soon"));
        Result<Environment> env = Environment::read(m_dir);
        QVERIFY(env.ok());
        QVERIFY(!env->save().isEmpty());
        BootSettings boot = env->boot();
        boot.seedTime = 45;
        env->setBoot(boot);
        QVERIFY2(env->save().isEmpty(), qPrintable(toString(env->save())));
        QCOMPARE(Environment::load(m_dir)->boot().seedTime, 45);
    }

    // --- Boottorrent.yaml rules ----------------------------------------------

    void rejectsNegativeSeconds()
    {
        const Problems problems
            = problemsWithSettings("timeout: 30, default_os: linux, seed_time: 30",
                "timeout: -5, default_os: linux, seed_time: -1");
        VERIFY_PROBLEM(
            problems, "Boottorrent.yaml: boottorrent.timeout: must be 0 or more seconds, got -5");
        VERIFY_PROBLEM(
            problems, "Boottorrent.yaml: boottorrent.seed_time: must be 0 or more seconds, got -1");
    }

    void wakePaceIsBounded()
    {
        VERIFY_PROBLEM(problemsWithSettings("timeout: 30", "timeout: 30, wake_per_second: 0"),
            "Boottorrent.yaml: boottorrent.wake_per_second: must be from 1 to 100 machines a "
            "second, got 0");
        VERIFY_PROBLEM(problemsWithSettings("timeout: 30", "timeout: 30, wake_per_second: 500"),
            "Boottorrent.yaml: boottorrent.wake_per_second: must be from 1 to 100 machines a "
            "second, got 500");
        QCOMPARE(lines(problemsWithSettings("timeout: 30", "timeout: 30, wake_per_second: 20")),
            QStringList());
    }

    void acceptsZeroTimeout()
    {
        QCOMPARE(lines(problemsWithSettings("timeout: 30", "timeout: 0")), QStringList());
    }

    void rejectsUnknownVersion()
    {
        VERIFY_PROBLEM(problemsWithSettings("version: 0", "version: 2"),
            "Boottorrent.yaml: boottorrent.version: this BootTorrent reads format version 0, got "
            "2");
    }

    void rejectsHostIpThatIsNotIpv4()
    {
        VERIFY_PROBLEM(problemsWithSettings("host_ip: 192.168.1.1", "host_ip: 192.168.1"),
            "Boottorrent.yaml: boottorrent.host_ip: \"192.168.1\" is not an IPv4 address");
        VERIFY_PROBLEM(problemsWithSettings("host_ip: 192.168.1.1", "host_ip: 192.168.1.256"),
            "Boottorrent.yaml: boottorrent.host_ip: \"192.168.1.256\" is not an IPv4 address");
    }

    void adminAddressIsAManagementAddress()
    {
        const char *const host = "host_ip: 192.168.1.1";
        QVERIFY(problemsWithSettings(host, "host_ip: 192.168.1.1, admin_address: \"10.9.0.5:8292\"")
                    .isEmpty());
        QVERIFY(problemsWithSettings(host, "host_ip: 192.168.1.1, admin_address: \"[::1]:8292\"")
                    .isEmpty());
        VERIFY_PROBLEM(
            problemsWithSettings(host, "host_ip: 192.168.1.1, admin_address: 192.168.1.1"),
            "Boottorrent.yaml: boottorrent.admin_address: is the lab address "
            "(boottorrent.host_ip): lab "
            "machines would reach the admin API; give a management address or leave it out");
        VERIFY_PROBLEM(
            problemsWithSettings(host, "host_ip: 192.168.1.1, admin_address: \"0.0.0.0:8292\""),
            "Boottorrent.yaml: boottorrent.admin_address: must be one address of this host, not "
            "every "
            "address: the lab side must not reach the admin API");
        VERIFY_PROBLEM(
            problemsWithSettings(host, "host_ip: 192.168.1.1, admin_address: \"admin:80\""),
            "Boottorrent.yaml: boottorrent.admin_address: \"admin:80\" is not ADDRESS or "
            "ADDRESS:PORT; give "
            "a management address such as 127.0.0.1 or 192.0.2.5:8292");
    }

    void rejectsMissingHostIp()
    {
        VERIFY_PROBLEM(problemsWithSettings(", host_ip: 192.168.1.1", ""),
            "Boottorrent.yaml: boottorrent.host_ip: missing; give the host's IPv4 address on the "
            "lab network, "
            "e.g. 192.168.1.1");
    }

    void rejectsDefaultOsWithoutFolder()
    {
        VERIFY_PROBLEM(problemsWithSettings("default_os: linux", "default_os: windows"),
            "Boottorrent.yaml: boottorrent.default_os: there is no OS folder oss/windows; name one "
            "of: freedos, "
            "linux, memtest");
    }

    void acceptsMissingDefaultOsAndUser()
    {
        QCOMPARE(lines(problemsWithSettings("default_os: linux, ", "")), QStringList());
        QCOMPARE(lines(problemsWithSettings("user: nobody, ", "")), QStringList());
    }

    void rejectsMissingInterface()
    {
        VERIFY_PROBLEM(problemsWithSettings("interface: eth0", "interface: \"\""),
            "Boottorrent.yaml: dnsmasq.interface: missing; name the network interface that faces "
            "the lab, e.g. "
            "eth0");
    }

    void acceptsMissingInterfaceWithoutDhcpAndTftp()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"), originalSettings);
        Environment env = loadOriginal();
        DnsmasqSettings dnsmasq = env.dnsmasq();
        dnsmasq.interface.clear();
        dnsmasq.enableDhcp = false;
        dnsmasq.enableTftp = false;
        env.setDnsmasq(dnsmasq);
        QCOMPARE(lines(env.validate()), QStringList());
    }

    void rejectsEndBeforeStart()
    {
        VERIFY_PROBLEM(
            problemsWithSettings("192.168.1.50,192.168.1.150,12h", "192.168.1.50,192.168.1.10,12h"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: end 192.168.1.10 is before start 192.168.1.50");
    }

    void rejectsRangeOutsideSubnet()
    {
        const Problems problems = problemsWithSettings(
            "192.168.1.50,192.168.1.150,12h", "10.0.0.5,192.168.1.150,255.255.255.0,12h");
        VERIFY_PROBLEM(problems,
            "Boottorrent.yaml: dnsmasq.dhcp_range: start 10.0.0.5 is outside the subnet of host_ip "
            "192.168.1.1/24");
        QCOMPARE(problems.size(), 1);
    }

    void rejectsRangeEndOutsideSubnet()
    {
        VERIFY_PROBLEM(problemsWithSettings("192.168.1.50,192.168.1.150,12h",
                           "192.168.1.50,192.168.2.9,255.255.255.0"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: end 192.168.2.9 is outside the subnet of "
            "host_ip "
            "192.168.1.1/24");
    }

    void rejectsRangeStartThatIsNotIpv4()
    {
        VERIFY_PROBLEM(
            problemsWithSettings("192.168.1.50,192.168.1.150,12h", "192.168.1.x,192.168.1.150,12h"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: start \"192.168.1.x\" is not an IPv4 address");
    }

    void rejectsRangeWithoutEnd()
    {
        VERIFY_PROBLEM(problemsWithSettings("192.168.1.50,192.168.1.150,12h", "192.168.1.50"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: needs start and end addresses separated by a "
            "comma "
            "(start,end[,netmask][,lease]), got \"192.168.1.50\"");
    }

    void rejectsMissingRangeWithDhcp()
    {
        VERIFY_PROBLEM(problemsWithSettings("\"192.168.1.50,192.168.1.150,12h\"", "\"\""),
            "Boottorrent.yaml: dnsmasq.dhcp_range: missing; give start,end[,netmask][,lease], e.g. "
            "192.168.1.50,192.168.1.150,255.255.255.0,12h");
    }

    void rejectsNetmaskWithHoles()
    {
        VERIFY_PROBLEM(problemsWithSettings("192.168.1.50,192.168.1.150,12h",
                           "192.168.1.50,192.168.1.150,255.0.255.0"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: netmask 255.0.255.0 is not a netmask (its one "
            "bits must come "
            "first)");
    }

    void rejectsBadLease()
    {
        VERIFY_PROBLEM(problemsWithSettings("192.168.1.150,12h", "192.168.1.150,12x"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: lease \"12x\" is not a lease time (use 12h, "
            "30m, 45s, infinite "
            "or plain seconds)");
        VERIFY_PROBLEM(problemsWithSettings("192.168.1.150,12h", "192.168.1.150,0"),
            "Boottorrent.yaml: dnsmasq.dhcp_range: lease 0 is zero; give at least 1 second "
            "(dnsmasq raises "
            "leases under 2 minutes to 2 minutes)");
    }

    void acceptsLeaseForms_data()
    {
        QTest::addColumn<QString>("lease");
        for (const char *lease : { "12h", "30m", "45s", "infinite", "3600", "1", "2d", "1w" })
            QTest::newRow(lease) << QString::fromLatin1(lease);
    }

    void acceptsLeaseForms()
    {
        QFETCH(QString, lease);
        const Problems problems = problemsWithSettings(
            "192.168.1.150,12h", "192.168.1.150,255.255.255.0," + lease.toLatin1());
        QCOMPARE(lines(problems), QStringList());
    }

    void acceptsNetworkAddressWithProxyDhcp()
    {
        QCOMPARE(lines(problemsWithSettings("dhcp_range: \"192.168.1.50,192.168.1.150,12h\"",
                     "dhcp_range: \"192.168.1.0\", proxy_dhcp: true")),
            QStringList());
    }

    void rejectsNetworkAddressWithoutProxyDhcp()
    {
        VERIFY_PROBLEM(
            problemsWithSettings("\"192.168.1.50,192.168.1.150,12h\"", "\"192.168.1.0\""),
            "Boottorrent.yaml: dnsmasq.dhcp_range: needs start and end addresses separated by a "
            "comma "
            "(start,end[,netmask][,lease]), got \"192.168.1.0\"");
    }

    void rejectsValuesThatWouldAddConfigLines()
    {
        // dnsmasq would run the script as root.
        VERIFY_PROBLEM(
            problemsWithSettings("user: nobody", "user: \"nobody\\ndhcp-script=/tmp/x.sh\""),
            "Boottorrent.yaml: dnsmasq.user: is not a user name (letters, digits, _ . - only, at "
            "most 32); name an existing user such as nobody");
        VERIFY_PROBLEM(problemsWithSettings("interface: eth0", "interface: \"eth\\u00010\""),
            "Boottorrent.yaml: dnsmasq.interface: \"eth\u00010\" is not a network interface name");
        QCOMPARE(
            lines(problemsWithSettings("user: nobody", "user: Debian-dnsmasq_2")), QStringList());
    }

    void refusesAnAliasBomb()
    {
        // Nine nested aliases in 1 KB expanded to 351 MB wherever the file was walked.
        QByteArray bomb = "x-laughs:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (char level = 'b'; level <= 'i'; ++level) {
            QByteArray items;
            for (int i = 0; i < 9; ++i)
                items += QByteArray(i ? ", *" : "*") + char(level - 1);
            bomb += QByteArray("  ") + level + ": &" + level + " [" + items + "]\n";
        }
        writeOriginal(m_dir, bomb + originalSettings);
        const Result<Environment> env = Environment::read(m_dir);
        QVERIFY(!env.ok());
        QVERIFY2(
            toString(env.problems()).contains(QStringLiteral("Boottorrent.yaml: is too complex")),
            qPrintable(toString(env.problems())));
    }

    void rejectsOsFolderNamesWithControlCharacters()
    {
        // A newline in the folder name added lines to out/aria2/list.
        writeOriginal(m_dir);
        const QString name = QStringLiteral("evil\n  dir=here");
        writeFile(
            m_dir + QStringLiteral("/oss/") + name + QStringLiteral("/config.yaml"), linuxConfig);
        writeFile(m_dir + QStringLiteral("/oss/") + name + QStringLiteral("/vmlinuz"), "k");
        writeFile(m_dir + QStringLiteral("/oss/") + name + QStringLiteral("/initrd.img"), "i");
        const Result<Environment> env = Environment::read(m_dir);
        const Problems problems = env.ok() ? env->validate() : env.problems();
        QVERIFY2(
            toString(problems).contains(QStringLiteral("no control characters such as newlines")),
            qPrintable(toString(problems)));
    }

    void rejectsSiteNamesHostWithoutProxyDhcp()
    {
        VERIFY_PROBLEM(
            problemsWithSettings("enable_dhcp: true", "enable_dhcp: true, site_names_host: true"),
            "Boottorrent.yaml: dnsmasq.site_names_host: needs proxy_dhcp: true; with full DHCP "
            "this host names itself as next-server already");
    }

    void rejectsProxyDhcpWithoutDhcp()
    {
        VERIFY_PROBLEM(
            problemsWithSettings("enable_dhcp: true", "enable_dhcp: false, proxy_dhcp: true"),
            "Boottorrent.yaml: dnsmasq.proxy_dhcp: needs enable_dhcp: true, because proxyDHCP is "
            "an answer to "
            "DHCP requests");
    }

    void rejectsPortZero()
    {
        VERIFY_PROBLEM(problemsWithSettings("port: 10001", "port: 0"),
            "Boottorrent.yaml: opentracker.port: must be between 1 and 65535, got 0");
    }

    void rejectsPortAbove65535()
    {
        VERIFY_PROBLEM(problemsWithSettings(
                           "console_log_level: error", "console_log_level: error, rpc_port: 70000"),
            "Boottorrent.yaml: aria2.rpc_port: must be between 1 and 65535, got 70000");
        VERIFY_PROBLEM(
            problemsWithSettings("host_ip: 192.168.1.1", "host_ip: 192.168.1.1, status_port: 0"),
            "Boottorrent.yaml: boottorrent.status_port: must be between 1 and 65535, got 0");
    }

    void webSeedPortIsOptional()
    {
        VERIFY_PROBLEM(problemsWithSettings(
                           "host_ip: 192.168.1.1", "host_ip: 192.168.1.1, web_seed_port: 8290"),
            "Boottorrent.yaml: boottorrent.web_seed_port: 8290 is already used by "
            "boottorrent.status_port");
        VERIFY_PROBLEM(problemsWithSettings(
                           "host_ip: 192.168.1.1", "host_ip: 192.168.1.1, web_seed_port: 65536"),
            "Boottorrent.yaml: boottorrent.web_seed_port: must be between 1 and 65535, got 65536");
        QVERIFY(
            problemsWithSettings("host_ip: 192.168.1.1", "host_ip: 192.168.1.1, web_seed_port: 0")
                .isEmpty());
    }

    void rejectsPortThatIsNotANumber()
    {
        VERIFY_PROBLEM(problemsWithSettings("port: 10001", "port: http"),
            "Boottorrent.yaml: opentracker.port: must be a port number (1-65535), got \"http\"");
    }

    void rejectsSharedPorts()
    {
        VERIFY_PROBLEM(problemsWithSettings("console_log_level: error",
                           "console_log_level: error, listen_port: 10001"),
            "Boottorrent.yaml: aria2.listen_port: 10001 is already used by opentracker.port");
        VERIFY_PROBLEM(problemsWithSettings(
                           "console_log_level: error", "console_log_level: error, rpc_port: 6881"),
            "Boottorrent.yaml: aria2.rpc_port: 6881 is already used by aria2.listen_port");
    }

    void rejectsUnknownLogLevel()
    {
        VERIFY_PROBLEM(problemsWithSettings("console_log_level: error", "console_log_level: loud"),
            "Boottorrent.yaml: aria2.console_log_level: must be one of debug, info, notice, warn, "
            "error, got "
            "\"loud\"");
    }

    // --- client: and its former keys under aria2: -------------------------------

    void readsTheClientSection()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings)
                .replace("aria2: {bt_enable_lpd: false, enable_peer_exchange: true, ",
                    "client: {engine: libtorrent, peer_exchange: false, local_peer_discovery: "
                    "true}\naria2: {"));
        const Environment env = loadOriginal();
        QCOMPARE(env.client().engine, QStringLiteral("libtorrent"));
        QCOMPARE(env.client().peerExchange, false);
        QCOMPARE(env.client().localPeerDiscovery, true);
        QCOMPARE(env.aria2().consoleLogLevel, QStringLiteral("error"));
    }

    void clientSectionHasDefaultsWithoutItsKeys()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings)
                .replace("bt_enable_lpd: false, enable_peer_exchange: true, ", ""));
        QCOMPARE(loadOriginal().client(), ClientSettings {});
        QCOMPARE(ClientSettings {}.engine, QStringLiteral("libtorrent"));
        QCOMPARE(ClientSettings {}.peerExchange, true);
        QCOMPARE(ClientSettings {}.localPeerDiscovery, false);
    }

    void readsTheFormerAria2Keys()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings)
                .replace("bt_enable_lpd: false, enable_peer_exchange: true",
                    "bt_enable_lpd: true, enable_peer_exchange: false"));
        const Environment env = loadOriginal();
        QCOMPARE(env.client().peerExchange, false);
        QCOMPARE(env.client().localPeerDiscovery, true);
    }

    void acceptsBothSpellingsWithTheSameValue()
    {
        QCOMPARE(lines(problemsWithSettings("aria2:",
                     "client: {peer_exchange: true, local_peer_discovery: false}\naria2:")),
            QStringList());
    }

    void rejectsBothSpellingsWithDifferentValues()
    {
        const Problems problems = problemsWithSettings(
            "aria2:", "client: {peer_exchange: false, local_peer_discovery: true}\naria2:");
        QCOMPARE(lines(problems),
            (QStringList {
                QStringLiteral("Boottorrent.yaml: client.peer_exchange: is false but "
                               "aria2.enable_peer_exchange, its former name, is true; delete "
                               "aria2.enable_peer_exchange and keep the value you want here"),
                QStringLiteral("Boottorrent.yaml: client.local_peer_discovery: is true but "
                               "aria2.bt_enable_lpd, its former name, is false; delete "
                               "aria2.bt_enable_lpd and keep the value you want here"),
            }));
        QVERIFY(!Environment::load(m_dir).ok());
    }

    void rejectsUnknownEngine()
    {
        QCOMPARE(lines(problemsWithSettings("aria2:", "client: {engine: qbittorrent}\naria2:")),
            QStringList { QStringLiteral(
                "Boottorrent.yaml: client.engine: must be libtorrent, got \"qbittorrent\"") });
        QCOMPARE(lines(problemsWithSettings("aria2:", "client: {engine: libtorrent}\naria2:")),
            QStringList());
    }

    // aria2 was the clients' engine before btfetch; it is no longer shipped, and an
    // environment that chose it still opens, builds and gets the engine there is.
    void readsTheRetiredAria2EngineAsLibtorrent()
    {
        QCOMPARE(lines(problemsWithSettings("aria2:", "client: {engine: aria2}\naria2:")),
            QStringList());
        const Result<Environment> env = Environment::load(m_dir);
        QVERIFY2(env.ok(), qPrintable(toString(env.problems())));
        QCOMPARE(env->client().engine, QString(ClientEngine::Libtorrent));
    }

    void rejectsAFormerKeyThatIsNotABoolean()
    {
        QCOMPARE(lines(problemsWithSettings("bt_enable_lpd: false", "bt_enable_lpd: maybe")),
            QStringList { QStringLiteral(
                "Boottorrent.yaml: aria2.bt_enable_lpd: must be true or false, got \"maybe\"") });
    }

    void formerKeysStayWhileTheirValuesDoNotChange()
    {
        Environment env = loadOriginal();
        setSetting(env, &BootSettings::timeout, 12);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        const YAML::Node client = root["client"];
        QVERIFY(!client.IsDefined() || !client["peer_exchange"].IsDefined());
        QVERIFY(!client.IsDefined() || !client["local_peer_discovery"].IsDefined());
        QCOMPARE(root["aria2"]["enable_peer_exchange"].as<bool>(), true);
        QCOMPARE(root["aria2"]["bt_enable_lpd"].as<bool>(), false);
        const Environment reloaded = loadOriginal();
        QCOMPARE(reloaded.client(), env.client());
    }

    void aChangedFormerValueMovesToTheClientSection()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings)
                .replace("console_log_level: error}", "console_log_level: error, max_peers: 55}"));
        Environment env = loadOriginal();
        setSetting(env, &ClientSettings::peerExchange, false);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        QCOMPARE(root["client"]["peer_exchange"].as<bool>(), false);
        QVERIFY(!root["aria2"]["enable_peer_exchange"].IsDefined());
        // The other former key did not change and keeps its place; nothing else is lost.
        QVERIFY(!root["client"]["local_peer_discovery"].IsDefined());
        QCOMPARE(root["aria2"]["bt_enable_lpd"].as<bool>(), false);
        QCOMPARE(root["aria2"]["console_log_level"].as<std::string>(), std::string("error"));
        QCOMPARE(root["aria2"]["max_peers"].as<int>(), 55);
        const Environment reloaded = loadOriginal();
        QCOMPARE(reloaded.client(), env.client());
        QCOMPARE(reloaded.boot(), env.boot());
        QCOMPARE(reloaded.dnsmasq(), env.dnsmasq());
        QCOMPARE(reloaded.opentracker(), env.opentracker());
        QCOMPARE(reloaded.aria2(), env.aria2());
        QCOMPARE(reloaded.oss(), env.oss());
    }

    void bothFormerKeysMoveWhenBothChange()
    {
        Environment env = loadOriginal();
        ClientSettings client = env.client();
        client.peerExchange = false;
        client.localPeerDiscovery = true;
        env.setClient(client);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        const QByteArray text = readFile(m_dir + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY2(!text.contains("enable_peer_exchange") && !text.contains("bt_enable_lpd"),
            text.constData());
        QCOMPARE(loadOriginal().client(), client);
    }

    void disagreeingSpellingsAreReplacedOnceTheSectionIsEdited()
    {
        const QByteArray both = QByteArray(originalSettings)
                                    .replace("aria2:", "client: {peer_exchange: false}\naria2:");
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"), both);
        Result<Environment> env = Environment::read(m_dir);
        QVERIFY(env.ok());
        // The newer spelling is the model's value; save refuses while both stand.
        QCOMPARE(env->client().peerExchange, false);
        setSetting(env.value(), &Aria2Settings::consoleLogLevel, QStringLiteral("warn"));
        QCOMPARE(env->save().size(), 1);
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), both);
        // Editing the client section settles it: its value, under its new name only.
        setSetting(env.value(), &ClientSettings::peerExchange, false);
        QVERIFY2(env->save().isEmpty(), qPrintable(toString(env->save())));
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        QCOMPARE(root["client"]["peer_exchange"].as<bool>(), false);
        QVERIFY(!root["aria2"]["enable_peer_exchange"].IsDefined());
        QCOMPARE(root["aria2"]["console_log_level"].as<std::string>(), std::string("warn"));
        QCOMPARE(loadOriginal().client().peerExchange, false);
    }

    void anUnreadableFormerKeyIsReplacedUnderItsNewName()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings).replace("bt_enable_lpd: false", "bt_enable_lpd: maybe"));
        Result<Environment> env = Environment::read(m_dir);
        QVERIFY(env.ok());
        // Its value belongs to client: now, so editing aria2: does not settle it.
        setSetting(env.value(), &Aria2Settings::consoleLogLevel, QStringLiteral("warn"));
        QCOMPARE(lines(env->save()),
            QStringList { QStringLiteral(
                "Boottorrent.yaml: aria2.bt_enable_lpd: must be true or false, got \"maybe\"") });
        setSetting(env.value(), &ClientSettings::localPeerDiscovery, true);
        QVERIFY2(env->save().isEmpty(), qPrintable(toString(env->save())));
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        QCOMPARE(root["client"]["local_peer_discovery"].as<bool>(), true);
        QVERIFY(!root["aria2"]["bt_enable_lpd"].IsDefined());
        QCOMPARE(root["aria2"]["enable_peer_exchange"].as<bool>(), true);
        QCOMPARE(loadOriginal().client().localPeerDiscovery, true);
    }

    // Without an aria2: section there is no former key to look up: writing
    // the file must not ask the type of the missing section.
    void anUnreadableClientValueWithoutAnAria2SectionIsReplaced()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings)
                .replace("aria2: {bt_enable_lpd: false, enable_peer_exchange: true, "
                         "console_log_level: error}",
                    "client: {peer_exchange: maybe}"));
        Result<Environment> env = Environment::read(m_dir);
        QVERIFY(env.ok());
        QVERIFY(!env->boottorrentYaml().isEmpty());
        setSetting(env.value(), &ClientSettings::peerExchange, false);
        QVERIFY2(env->save().isEmpty(), qPrintable(toString(env->save())));
        const YAML::Node root
            = YAML::LoadFile((m_dir + QStringLiteral("/Boottorrent.yaml")).toStdString());
        QCOMPARE(root["client"]["peer_exchange"].as<bool>(), false);
        QVERIFY(!root["aria2"].IsDefined());
    }

    // An environment of the previous release: block style, commented, the
    // peer settings under aria2:. Moving them keeps every other line.
    void movingAFormerKeyKeepsTheFilesComments()
    {
        const QByteArray before = "# The lab in room 4.\n"
                                  "boottorrent:\n"
                                  "  # Format version of this file.\n"
                                  "  version: 0\n"
                                  "  host_ip: 192.168.1.1\n"
                                  "dnsmasq:\n"
                                  "  interface: eth0\n"
                                  "  dhcp_range: \"192.168.1.50,192.168.1.150,12h\"\n"
                                  "\n"
                                  "aria2:\n"
                                  "  # Find peers by Local Peer Discovery as well.\n"
                                  "  bt_enable_lpd: false\n"
                                  "  # Exchange peer lists between clients.\n"
                                  "  enable_peer_exchange: true # on since 2019\n"
                                  "  # How much aria2 logs.\n"
                                  "  console_log_level: error\n"
                                  "\n"
                                  "# Alerts of the dashboard.\n"
                                  "alerts:\n"
                                  "  no_progress: 45\n";
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"), before);
        Environment env = loadOriginal();
        setSetting(env, &ClientSettings::peerExchange, false);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        QByteArray expected
            = QByteArray(before).replace("  # Exchange peer lists between clients.\n"
                                         "  enable_peer_exchange: true # on since 2019\n",
                  "")
            + "\nclient:\n  peer_exchange: false\n";
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), expected);

        env = loadOriginal();
        setSetting(env, &ClientSettings::localPeerDiscovery, true);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        expected.replace(
            "  # Find peers by Local Peer Discovery as well.\n  bt_enable_lpd: false\n", "");
        expected += "  local_peer_discovery: true\n";
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), expected);
        QCOMPARE(loadOriginal().client(), env.client());
    }

    void theClientSectionKeepsItsCommentsOnSave()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("commentedClient"));
        QVERIFY(Environment::init(dir).isEmpty());
        Environment env = Environment::load(dir).value();
        ClientSettings client = env.client();
        client.peerExchange = false;
        client.localPeerDiscovery = true;
        env.setClient(client);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        const QByteArray text = readFile(dir + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY2(
            text.contains("engine tuned for a LAN).\n  engine: libtorrent\n"), text.constData());
        QVERIFY(text.contains("  peer_exchange: false\n"));
        QVERIFY(text.contains("  local_peer_discovery: true\n"));
        QCOMPARE(Environment::load(dir)->client(), client);
    }

    // --- alerts ---------------------------------------------------------------

    void alertsHaveDefaultsWithoutTheSection()
    {
        const Environment env = loadOriginal();
        QCOMPARE(env.alerts(), AlertSettings {});
        QCOMPARE(env.alerts().leaseToBootFile, 60);
        QCOMPARE(env.alerts().noProgress, 45);
        QCOMPARE(env.alerts().slowPercent, 25);
        // The original's file gains no section it did not have.
        QVERIFY(!YAML::Load(env.boottorrentYaml().toStdString())["alerts"].IsDefined());
    }

    void readsAlertsSection()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            originalSettings
                + "alerts: {lease_to_boot_file: 20, boot_file_to_phase1: 0, no_progress: 10, "
                  "no_progress_red: 30, slow_percent: 50, booting: 90}\n");
        const AlertSettings alerts = loadOriginal().alerts();
        QCOMPARE(alerts.leaseToBootFile, 20);
        QCOMPARE(alerts.bootFileToPhase1, 0);
        QCOMPARE(alerts.noProgress, 10);
        QCOMPARE(alerts.noProgressRed, 30);
        QCOMPARE(alerts.slowPercent, 50);
        QCOMPARE(alerts.booting, 90);
    }

    void savedAlertsReloadAndKeepUnknownKeys()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            originalSettings + "alerts:\n  no_progress: 30 # seconds\n  sound: bell\n");
        Environment env = loadOriginal();
        AlertSettings alerts = env.alerts();
        alerts.noProgress = 20;
        env.setAlerts(alerts);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        QByteArray text = readFile(m_dir + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY2(text.contains("no_progress: 20 # seconds"), text.constData());
        QVERIFY2(text.contains("sound: bell"), text.constData());
        QCOMPARE(Environment::load(m_dir)->alerts(), alerts);

        // A key the file did not have yet is added beside the unknown one.
        env = loadOriginal();
        alerts.booting = 240;
        env.setAlerts(alerts);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        text = readFile(m_dir + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY2(text.contains("sound: bell"), text.constData());
        QCOMPARE(Environment::load(m_dir)->alerts(), alerts);
    }

    void rejectsABadAlertValueWithOneProblem_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::addColumn<QString>("problem");
        QTest::newRow("negative") << QByteArray("alerts: {booting: -5}")
                                  << QStringLiteral("Boottorrent.yaml: alerts.booting: must be 0 "
                                                    "(no alert) to 86400 seconds, got -5");
        QTest::newRow("not a number")
            << QByteArray("alerts: {no_progress: soon}")
            << QStringLiteral("Boottorrent.yaml: alerts.no_progress: must be a whole number of "
                              "seconds, got \"soon\"");
        QTest::newRow("percent above 100")
            << QByteArray("alerts: {slow_percent: 150}")
            << QStringLiteral("Boottorrent.yaml: alerts.slow_percent: must be 0 (no alert) to 100 "
                              "percent of the median rate, got 150");
    }

    void rejectsABadAlertValueWithOneProblem()
    {
        QFETCH(QByteArray, section);
        QFETCH(QString, problem);
        QCOMPARE(
            lines(problemsWithSettings("aria2:", section + "\naria2:")), QStringList { problem });
    }

    void rejectsRedNoProgressNotLongerThanAmber()
    {
        VERIFY_PROBLEM(problemsWithSettings(
                           "aria2:", "alerts: {no_progress: 60, no_progress_red: 60}\naria2:"),
            "Boottorrent.yaml: alerts.no_progress_red: 60 s is not longer than alerts.no_progress "
            "(60 s): give more seconds, or 0 for no red alert");
        QVERIFY(
            problemsWithSettings("aria2:", "alerts: {no_progress: 60, no_progress_red: 0}\naria2:")
                .isEmpty());
    }

    void rejectsAlertsThatIsNotAMapping()
    {
        VERIFY_PROBLEM(problemsWithSettings("aria2:", "alerts: loud\naria2:"),
            "Boottorrent.yaml: alerts: must be a mapping of keys, got \"loud\"");
    }

    // --- OS configs -------------------------------------------------------------

    void rejectsUnknownMethod()
    {
        const Problems problems
            = problemsWithOsConfig(QStringLiteral("freedos"), "{dispname: FreeDOS, method: pxe}\n");
        VERIFY_PROBLEM(problems,
            "oss/freedos/config.yaml: method: must be kexec, bin-qemu-x86_64 or bin, got \"pxe\"");
        // Fields of a method that could not be read are not judged.
        QCOMPARE(problems.size(), 1);
    }

    void rejectsMissingMethod()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("memtest"), "{bin: hello}\n"),
            "oss/memtest/config.yaml: method: missing; use kexec, bin-qemu-x86_64 or bin");
    }

    void rejectsKexecWithoutKernel()
    {
        VERIFY_PROBLEM(
            problemsWithOsConfig(QStringLiteral("linux"), "{method: kexec, initrd: initrd.img}\n"),
            "oss/linux/config.yaml: kernel: missing; name the kernel file in oss/linux");
    }

    void rejectsQemuWithoutArgs()
    {
        VERIFY_PROBLEM(
            problemsWithOsConfig(QStringLiteral("freedos"), "{method: bin-qemu-x86_64}\n"),
            "oss/freedos/config.yaml: args: missing; give qemu's arguments, e.g. -fda disk.img");
    }

    void rejectsBinWithoutProgram()
    {
        VERIFY_PROBLEM(
            problemsWithOsConfig(QStringLiteral("memtest"), "{method: bin, binargs: -v}\n"),
            "oss/memtest/config.yaml: bin: missing; name the program file in oss/memtest");
    }

    void rejectsMissingKernelFile()
    {
        VERIFY_PROBLEM(
            problemsWithOsConfig(QStringLiteral("linux"), "{method: kexec, kernel: bzImage}\n"),
            "oss/linux/config.yaml: kernel: file bzImage not found in oss/linux");
    }

    void rejectsMissingInitrdFile()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("linux"),
                           "{method: kexec, kernel: vmlinuz, initrd: initrd.gz}\n"),
            "oss/linux/config.yaml: initrd: file initrd.gz not found in oss/linux");
    }

    void rejectsKernelOutsideFolder()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(
                           QStringLiteral("linux"), "{method: kexec, kernel: ../memtest/hello}\n"),
            "oss/linux/config.yaml: kernel: ../memtest/hello leaves oss/linux (\"..\" is not "
            "allowed)");
    }

    void rejectsAbsoluteKernelPath()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(
                           QStringLiteral("linux"), "{method: kexec, kernel: /boot/vmlinuz}\n"),
            "oss/linux/config.yaml: kernel: /boot/vmlinuz is an absolute path; name a file inside "
            "oss/linux");
    }

    void rejectsSymlinkOutOfFolder()
    {
        writeFile(m_dir + QStringLiteral("/outside"), "secret");
        QVERIFY(QFile::link(
            m_dir + QStringLiteral("/outside"), m_dir + QStringLiteral("/oss/memtest/escape")));
        const Problems problems
            = problemsWithOsConfig(QStringLiteral("memtest"), "{method: bin, bin: escape}\n");
        const QString expected
            = QStringLiteral("oss/memtest/config.yaml: bin: escape is a symlink that leads "
                             "outside oss/memtest, to %1")
                  .arg(QFileInfo(m_dir + QStringLiteral("/outside")).canonicalFilePath());
        QVERIFY2(lines(problems).contains(expected),
            qPrintable(lines(problems).join(QLatin1Char('\n'))));
    }

    void acceptsSymlinkInsideFolder()
    {
        QVERIFY(QFile::link(
            QStringLiteral("vmlinuz"), m_dir + QStringLiteral("/oss/linux/vmlinuz-6.1")));
        QCOMPARE(lines(problemsWithOsConfig(
                     QStringLiteral("linux"), "{method: kexec, kernel: vmlinuz-6.1}\n")),
            QStringList());
    }

    void rejectsDirectoryAsProgram()
    {
        QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/oss/memtest/sub")));
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("memtest"), "{method: bin, bin: sub}\n"),
            "oss/memtest/config.yaml: bin: sub is not a regular file");
    }

    void rejectsMissingArgsFile()
    {
        VERIFY_PROBLEM(
            problemsWithOsConfig(QStringLiteral("freedos"),
                "{method: bin-qemu-x86_64, args: \"-m 64 -fda odin1440.img -hda disk.qcow2\"}\n"),
            "oss/freedos/config.yaml: args: -hda: file disk.qcow2 not found in oss/freedos");
    }

    void rejectsDriveFileOutsideFolder()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("freedos"),
                           "{method: bin-qemu-x86_64, args: \"-drive "
                           "if=floppy,file=../linux/vmlinuz,format=raw\"}\n"),
            "oss/freedos/config.yaml: args: -drive: ../linux/vmlinuz leaves oss/freedos (\"..\" is "
            "not allowed)");
    }

    void rejectsFileOptionWithoutFile()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("freedos"),
                           "{method: bin-qemu-x86_64, args: \"-m 64 -cdrom\"}\n"),
            "oss/freedos/config.yaml: args: -cdrom needs a file name");
    }

    void acceptsQemuArgsWithDriveAndQuotes()
    {
        writeFile(m_dir + QStringLiteral("/oss/freedos/my disk.img"), "disk");
        QCOMPARE(lines(problemsWithOsConfig(QStringLiteral("freedos"),
                     "{method: bin-qemu-x86_64, args: \"-drive file=odin1440.img,if=floppy -hda "
                     "'my disk.img' "
                     "-boot a\"}\n")),
            QStringList());
    }

    void rejectsUnbalancedQuotesInArguments()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("freedos"),
                           "{method: bin-qemu-x86_64, args: '-fda \"odin1440.img'}\n"),
            "oss/freedos/config.yaml: args: has an unterminated double quote");
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("memtest"),
                           "{method: bin, bin: hello, binargs: \"'x\"}\n"),
            "oss/memtest/config.yaml: binargs: has an unterminated single quote");
    }

    void rejectsEmptyDispname()
    {
        VERIFY_PROBLEM(problemsWithOsConfig(QStringLiteral("memtest"),
                           "{dispname: \"\", method: bin, bin: hello}\n"),
            "oss/memtest/config.yaml: dispname: is empty; give the name the boot menu shows, or "
            "leave the key out "
            "to use the folder name");
    }

    void defaultsDispnameToFolderName()
    {
        writeFile(
            m_dir + QStringLiteral("/oss/memtest/config.yaml"), "{method: bin, bin: hello}\n");
        Environment env = loadOriginal();
        QCOMPARE(env.os(QStringLiteral("memtest"))->dispname, QStringLiteral("memtest"));
        // The default is not written into the file.
        OsConfig memtest = *env.os(QStringLiteral("memtest"));
        memtest.binargs = QStringLiteral("-v");
        env.setOs(memtest);
        QVERIFY(env.save().isEmpty());
        QVERIFY(!readFile(m_dir + QStringLiteral("/oss/memtest/config.yaml")).contains("dispname"));
    }

    void rejectsOsFolderWithoutConfig()
    {
        QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/oss/windows")));
        VERIFY_PROBLEM(problemsWithSettings("timeout: 30", "timeout: 30"),
            "oss/windows: has no config.yaml; add one with dispname and method, or remove the "
            "folder");
    }

    // --- files that cannot be read ----------------------------------------------

    void reportsMalformedYamlWithLine()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            "boottorrent:\n  timeout: 30\n  host_ip: [1,\n");
        const Result<Environment> env = Environment::read(m_dir);
        QVERIFY(!env.ok());
        QCOMPARE(env.problems().size(), 1);
        const Problem p = env.problems().first();
        QCOMPARE(p.file, QStringLiteral("Boottorrent.yaml"));
        QCOMPARE(p.keyPath, QString());
        QVERIFY2(p.message.startsWith(QStringLiteral("is not valid YAML: line 4, column 1: ")),
            qPrintable(p.message));
    }

    void reportsMalformedOsConfig()
    {
        writeFile(m_dir + QStringLiteral("/oss/linux/config.yaml"),
            "{dispname: \"Debian 12\", method: kexec\n");
        const Result<Environment> env = Environment::read(m_dir);
        QVERIFY(!env.ok());
        QCOMPARE(env.problems().first().file, QStringLiteral("oss/linux/config.yaml"));
        QVERIFY(
            env.problems().first().message.startsWith(QStringLiteral("is not valid YAML: line ")));
    }

    void reportsMissingBoottorrentYaml()
    {
        const QString empty = m_tmp.filePath(QStringLiteral("empty"));
        const Result<Environment> env = Environment::load(empty);
        QVERIFY(!env.ok());
        QCOMPARE(lines(env.problems()),
            QStringList { QStringLiteral(
                "Boottorrent.yaml: not found; run `boottorrent init %1` to create one")
                              .arg(empty) });
    }

    void readKeepsValidationProblemsForLater()
    {
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"),
            QByteArray(originalSettings).replace("port: 10001", "port: 0"));
        QVERIFY(Environment::read(m_dir).ok());
        QVERIFY(!Environment::load(m_dir).ok());
    }

    void reportsEveryProblemAtOnce()
    {
        QByteArray text = originalSettings;
        text.replace("timeout: 30", "timeout: abc").replace("port: 10001", "port: 0");
        writeFile(m_dir + QStringLiteral("/Boottorrent.yaml"), text);
        writeFile(
            m_dir + QStringLiteral("/oss/memtest/config.yaml"), "{method: bin, bin: nothere}\n");
        const Result<Environment> env = Environment::load(m_dir);
        QVERIFY(!env.ok());
        QCOMPARE(env.problems().size(), 3);
    }

    // --- save ---------------------------------------------------------------------

    void saveRefusesWhileAProblemStands()
    {
        Environment env = loadOriginal();
        BootSettings boot = env.boot();
        boot.timeout = 99;
        env.setBoot(boot);
        OsConfig memtest = *env.os(QStringLiteral("memtest"));
        memtest.binargs = QStringLiteral("-x");
        env.setOs(memtest);
        OpentrackerSettings tracker = env.opentracker();
        tracker.port = 0;
        env.setOpentracker(tracker);
        const Problems problems = env.save();
        QCOMPARE(lines(problems),
            QStringList { QStringLiteral(
                "Boottorrent.yaml: opentracker.port: must be between 1 and 65535, got 0") });
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), originalSettings);
        QCOMPARE(readFile(m_dir + QStringLiteral("/oss/memtest/config.yaml")), memtestConfig);
    }

    void saveCreatesFolderForNewOs()
    {
        Environment env = loadOriginal();
        OsConfig qemu;
        qemu.name = QStringLiteral("tiny");
        qemu.dispname = QStringLiteral("Tiny");
        qemu.method = BootMethod::BinQemuX86_64;
        qemu.args = QStringLiteral("-m 32 -nographic");
        env.setOs(qemu);
        QVERIFY2(env.save().isEmpty(), qPrintable(toString(env.save())));
        QVERIFY(QFileInfo(m_dir + QStringLiteral("/oss/tiny/config.yaml")).isFile());
        const Result<Environment> reloaded = Environment::load(m_dir);
        QVERIFY2(reloaded.ok(), qPrintable(toString(reloaded.problems())));
        QCOMPARE(*reloaded->os(QStringLiteral("tiny")), qemu);
    }

    void removedOsIsNoLongerOffered()
    {
        Environment env = loadOriginal();
        env.removeOs(QStringLiteral("memtest"));
        QCOMPARE(env.oss().size(), 2);
        QVERIFY(!env.os(QStringLiteral("memtest")));
        QVERIFY(!YAML::Load(env.configsYaml().toStdString())["memtest"].IsDefined());
    }

    // --- init -----------------------------------------------------------------------

    void initWritesSkeletonThatLoads()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("fresh/env"));
        QCOMPARE(lines(Environment::init(dir)), QStringList());
        QVERIFY(QFileInfo(dir + QStringLiteral("/oss")).isDir());
        const Result<Environment> env = Environment::load(dir);
        QVERIFY2(env.ok(), qPrintable(toString(env.problems())));
        QVERIFY(env->oss().isEmpty());
        QCOMPARE(env->boot().hostIp, QStringLiteral("192.168.1.1"));
        QCOMPARE(env->boot().defaultOs, QString());
        QCOMPARE(env->dnsmasq().interface, QStringLiteral("eth0"));
        QCOMPARE(env->dnsmasq().dhcpRange,
            QStringLiteral("192.168.1.50,192.168.1.150,255.255.255.0,12h"));
        QCOMPARE(env->boot().statusPort, 8290);
        QCOMPARE(env->boot().webSeedPort, 8291);
        QCOMPARE(env->alerts(), AlertSettings {});
        QCOMPARE(env->client(), ClientSettings {});
        // The new file names the engine.
        QVERIFY(readFile(dir + QStringLiteral("/Boottorrent.yaml"))
                    .contains("\n  engine: " + QByteArray(ClientEngine::Libtorrent.data()) + '\n'));
    }

    void initExplainsEveryKey()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("explained"));
        QVERIFY(Environment::init(dir).isEmpty());
        const QList<QByteArray> text
            = readFile(dir + QStringLiteral("/Boottorrent.yaml")).split('\n');
        for (const char *key : { "version:", "timeout:", "default_os:", "seed_time:", "host_ip:",
                 "status_port:", "web_seed_port:", "wake_per_second:", "enable_dhcp:",
                 "proxy_dhcp:", "site_names_host:", "user:", "interface:", "bind_interfaces:",
                 "dhcp_range:", "enable_tftp:", "enable:", "port:", "engine:", "peer_exchange:",
                 "local_peer_discovery:", "console_log_level:", "listen_port:", "rpc_port:",
                 "lease_to_boot_file:", "boot_file_to_phase1:", "no_progress:", "no_progress_red:",
                 "slow_percent:", "booting:" }) {
            const auto it = std::find_if(text.begin(), text.end(), [&](const QByteArray &line) {
                const QByteArray t = line.trimmed();
                return t.startsWith(key) || t.startsWith(QByteArray("# ") + key);
            });
            QVERIFY2(it != text.end(), key);
            QVERIFY2(it != text.begin() && (it - 1)->trimmed().startsWith('#'), key);
        }
    }

    void initRefusesExistingEnvironment()
    {
        const QByteArray before = readFile(m_dir + QStringLiteral("/Boottorrent.yaml"));
        const Problems problems = Environment::init(m_dir);
        QCOMPARE(lines(problems),
            QStringList { QStringLiteral(
                "Boottorrent.yaml: already exists in %1; init only creates new environments")
                              .arg(m_dir) });
        QCOMPARE(readFile(m_dir + QStringLiteral("/Boottorrent.yaml")), before);
    }

    // --- values ---------------------------------------------------------------------

    void copiesAreIndependent()
    {
        const Environment original = loadOriginal();
        const QByteArray settingsBefore = original.boottorrentYaml();
        const QByteArray configsBefore = original.configsYaml();
        Environment copy = original;
        BootSettings boot = copy.boot();
        boot.timeout = 1;
        copy.setBoot(boot);
        OsConfig debian = *copy.os(QStringLiteral("linux"));
        debian.cmdline = QStringLiteral("single");
        copy.setOs(debian);
        copy.removeOs(QStringLiteral("memtest"));
        QCOMPARE(original.boot().timeout, 30);
        QCOMPARE(original.os(QStringLiteral("linux"))->cmdline, QStringLiteral("quiet"));
        QCOMPARE(original.oss().size(), 3);
        QCOMPARE(original.boottorrentYaml(), settingsBefore);
        QCOMPARE(original.configsYaml(), configsBefore);
        Environment assigned;
        assigned = copy;
        QCOMPARE(assigned.boot().timeout, 1);
        QCOMPARE(assigned.oss().size(), 2);
    }

    void configsYamlKeysEveryOsByFolder()
    {
        writeFile(m_dir + QStringLiteral("/oss/memtest/config.yaml"),
            "{dispname: \"Memtest\", method: bin, bin: hello, binargs: \"\", keyboard: de}\n");
        const Environment env = loadOriginal();
        const YAML::Node configs = YAML::Load(env.configsYaml().toStdString());
        QVERIFY(configs.IsMap());
        QCOMPARE(configs.size(), size_t(3));
        QCOMPARE(configs["linux"]["dispname"].as<std::string>(), std::string("Debian 12"));
        QCOMPARE(configs["linux"]["method"].as<std::string>(), std::string("kexec"));
        QCOMPARE(configs["linux"]["kernel"].as<std::string>(), std::string("vmlinuz"));
        QCOMPARE(configs["linux"]["initrd"].as<std::string>(), std::string("initrd.img"));
        QCOMPARE(configs["linux"]["cmdline"].as<std::string>(), std::string("quiet"));
        QCOMPARE(configs["freedos"]["args"].as<std::string>(), std::string("-fda odin1440.img"));
        QCOMPARE(configs["memtest"]["bin"].as<std::string>(), std::string("hello"));
        QCOMPARE(configs["memtest"]["binargs"].as<std::string>(), std::string());
        QCOMPARE(configs["memtest"]["keyboard"].as<std::string>(), std::string("de"));
    }

    void dhcpRangeParsesAndPrints()
    {
        const Result<DhcpRange> full
            = DhcpRange::parse(QStringLiteral("192.168.1.50,192.168.1.150,255.255.255.0,12h"));
        QVERIFY(full.ok());
        QCOMPARE(full->start, QStringLiteral("192.168.1.50"));
        QCOMPARE(full->end, QStringLiteral("192.168.1.150"));
        QCOMPARE(full->netmask, QStringLiteral("255.255.255.0"));
        QCOMPARE(full->lease, QStringLiteral("12h"));
        QCOMPARE(full->toString(), QStringLiteral("192.168.1.50,192.168.1.150,255.255.255.0,12h"));
        const Result<DhcpRange> leaseOnly
            = DhcpRange::parse(QStringLiteral("192.168.1.50,192.168.1.150,12h"));
        QVERIFY(leaseOnly.ok());
        QCOMPARE(leaseOnly->netmask, QString());
        QCOMPARE(leaseOnly->lease, QStringLiteral("12h"));
        QCOMPARE(leaseOnly->toString(), QStringLiteral("192.168.1.50,192.168.1.150,12h"));
        const Result<DhcpRange> maskOnly
            = DhcpRange::parse(QStringLiteral("10.0.0.2,10.0.0.9,255.0.0.0"));
        QVERIFY(maskOnly.ok());
        QCOMPARE(maskOnly->netmask, QStringLiteral("255.0.0.0"));
        QCOMPARE(maskOnly->lease, QString());
        QCOMPARE(DhcpRange::parse(QStringLiteral("10.0.0.9,10.0.0.2")).problems().first().message,
            QStringLiteral("end 10.0.0.2 is before start 10.0.0.9"));
        QVERIFY(!DhcpRange::parse(QStringLiteral("a,b,c,d,e")).ok());
        QVERIFY(!DhcpRange::parse(QStringLiteral("010.0.0.1,10.0.0.9")).ok());
    }

    void bootMethodsHaveTheOriginalNames()
    {
        QCOMPARE(toString(BootMethod::Kexec), QStringLiteral("kexec"));
        QCOMPARE(toString(BootMethod::BinQemuX86_64), QStringLiteral("bin-qemu-x86_64"));
        QCOMPARE(toString(BootMethod::Bin), QStringLiteral("bin"));
        QVERIFY(
            bootMethodFromString(QStringLiteral("bin-qemu-x86_64")) == BootMethod::BinQemuX86_64);
        QVERIFY(bootMethodFromString(QStringLiteral("kexec")) == BootMethod::Kexec);
        QVERIFY(!bootMethodFromString(QStringLiteral("KEXEC")));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"

#include "builder/templaterenderer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bt;

namespace {

QByteArray renderedOrFail(const Result<QByteArray> &result)
{
    if (!result.ok())
        qWarning("%s", qPrintable(toString(result.problems())));
    return result.ok() ? result.value() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.flush();
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'));
}

// A port nobody listens on right now; aria2 binds it a moment later.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QVariantHash dnsmasqContext(const QString &dir)
{
    return {
        { QStringLiteral("interface"), QStringLiteral("bt0") },
        { QStringLiteral("bind_interfaces"), true },
        { QStringLiteral("enable_dhcp"), true },
        { QStringLiteral("proxy_dhcp"), false },
        { QStringLiteral("dhcp_range"), QStringLiteral("198.18.0.50,198.18.0.150,12h") },
        { QStringLiteral("enable_tftp"), true },
        { QStringLiteral("tftp_root"), dir + QStringLiteral("/ph1") },
        { QStringLiteral("lease_file"), dir + QStringLiteral("/dnsmasq.leases") },
        { QStringLiteral("log_file"), dir + QStringLiteral("/dnsmasq.log") },
        { QStringLiteral("pid_file"), dir + QStringLiteral("/dnsmasq.pid") },
        { QStringLiteral("host_ip"), QStringLiteral("198.18.0.1") },
        { QStringLiteral("boot_file_bios"), QStringLiteral("pxelinux.0") },
    };
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // dnsmasq --test parses the file like a real start but binds nothing.
    QString dnsmasqCheck(const QByteArray &conf, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, conf))
            return QStringLiteral("cannot write ") + path;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(
            QStringLiteral("dnsmasq"), { QStringLiteral("--test"), QStringLiteral("-C"), path });
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished(5000);
            return QStringLiteral("dnsmasq --test did not finish");
        }
        const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return p.exitCode() == 0 ? output
                                 : QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(output);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void insertsValuesWithoutHtmlEscaping()
    {
        const auto result = TemplateRenderer::renderText(
            "dhcp-option={{opt}}\n", { { QStringLiteral("opt"), QStringLiteral("\"<a & b>\"'") } });
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QByteArray("dhcp-option=\"<a & b>\"'\n"));
    }

    void rendersBoolsNumbersListsAndNestedHashes()
    {
        const QVariantHash context {
            { QStringLiteral("on"), true },
            { QStringLiteral("off"), false },
            { QStringLiteral("port"), 6881 },
            { QStringLiteral("names"), QStringList { QStringLiteral("a"), QStringLiteral("b") } },
            { QStringLiteral("items"),
                QVariantList { QVariantHash { { QStringLiteral("n"), 1 } },
                    QVariantMap { { QStringLiteral("n"), 2 } } } },
            { QStringLiteral("outer"),
                QVariantHash { { QStringLiteral("inner"), QStringLiteral("x") } } },
        };
        const QByteArray text = "{{#on}}on{{/on}}{{#off}}off{{/off}}{{^off}}!off{{/off}} {{port}} "
                                "{{#names}}[{{.}}]{{/names}} {{#items}}<{{n}}>{{/items}} "
                                "{{outer.inner}}{{#outer}}{{inner}}{{/outer}}";
        const auto result = TemplateRenderer::renderText(text, context);
        QVERIFY2(result.ok(), qPrintable(toString(result.problems())));
        QCOMPARE(result.value(), QByteArray("on!off 6881 [a][b] <1><2> xx"));
    }

    void treatsEmptyOrMissingStringAsFalse()
    {
        const QByteArray text = "{{#user}}user={{user}}{{/user}}{{^user}}no user{{/user}}";
        QCOMPARE(renderedOrFail(
                     TemplateRenderer::renderText(text, { { QStringLiteral("user"), QString() } })),
            QByteArray("no user"));
        QCOMPARE(renderedOrFail(TemplateRenderer::renderText(text, {})), QByteArray("no user"));
        QCOMPARE(renderedOrFail(TemplateRenderer::renderText(
                     text, { { QStringLiteral("user"), QStringLiteral("nobody") } })),
            QByteArray("user=nobody"));
    }

    void syntaxErrorIsAProblem()
    {
        const auto result = TemplateRenderer::renderText("{{#open}}never closed\n", {});
        QVERIFY(!result.ok());
        QCOMPARE(result.problems().size(), 1);
        QVERIFY(!result.problems().first().message.isEmpty());
    }

    void unrenderableValueIsAProblem()
    {
        const auto result = TemplateRenderer::renderText(
            "{{when}}", { { QStringLiteral("when"), QDateTime::currentDateTime() } });
        QVERIFY(!result.ok());
        QCOMPARE(result.problems().first().keyPath, QStringLiteral("when"));
    }

    void missingTemplateIsAProblem()
    {
        const auto result = TemplateRenderer::render(QStringLiteral("no-such-template"), {});
        QVERIFY(!result.ok());
        QVERIFY(result.problems().first().message.contains(QLatin1String("no-such-template")));
    }

    void everyTemplateIsCompiledInAndSaysItIsGenerated()
    {
        const QStringList names { QStringLiteral("dnsmasq.conf"), QStringLiteral("aria2.conf"),
            QStringLiteral("aria2.list"), QStringLiteral("pxelinux.cfg"),
            QStringLiteral("grub.cfg") };
        for (const QString &name : names) {
            const auto result = TemplateRenderer::render(name, {});
            QVERIFY2(result.ok(), qPrintable(name));
            QVERIFY2(result.value().startsWith("# Generated by BootTorrent"), qPrintable(name));
            QVERIFY2(!result.value().contains("{{"), qPrintable(name));
        }
    }

    void dnsmasqFullDhcpPassesDnsmasqTest()
    {
        const QByteArray conf = renderedOrFail(
            TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), dnsmasqContext(m_dir.path())));
        const QStringList l = lines(conf);
        for (const char *line : { "keep-in-foreground", "port=0", "interface=bt0",
                 "bind-interfaces", "dhcp-range=198.18.0.50,198.18.0.150,12h", "dhcp-authoritative",
                 "dhcp-boot=pxelinux.0,,198.18.0.1", "enable-tftp", "log-dhcp" })
            QVERIFY2(l.contains(QLatin1String(line)), line);
        QVERIFY(l.contains(QStringLiteral("tftp-root=") + m_dir.path() + QStringLiteral("/ph1")));
        QVERIFY(l.contains(
            QStringLiteral("log-facility=") + m_dir.path() + QStringLiteral("/dnsmasq.log")));
        QVERIFY(l.contains(
            QStringLiteral("dhcp-leasefile=") + m_dir.path() + QStringLiteral("/dnsmasq.leases")));
        QVERIFY(l.contains(
            QStringLiteral("pid-file=") + m_dir.path() + QStringLiteral("/dnsmasq.pid")));
        QVERIFY(!conf.contains("proxy"));
        QVERIFY(!conf.contains("pxe-service"));
        QVERIFY(!conf.contains("user="));
        QVERIFY(!conf.contains("dhcp-match"));
        QVERIFY(!conf.contains("bind-dynamic"));
        QCOMPARE(dnsmasqCheck(conf, QStringLiteral("full.conf")),
            QStringLiteral("dnsmasq: syntax check OK."));
    }

    void dnsmasqProxyDhcpPassesDnsmasqTest()
    {
        QVariantHash context = dnsmasqContext(m_dir.path());
        context[QStringLiteral("proxy_dhcp")] = true;
        context[QStringLiteral("dhcp_range")] = QStringLiteral("198.18.0.0");
        context[QStringLiteral("boot_file_efi")] = QStringLiteral("syslinux.efi");
        const QByteArray conf
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), context));
        const QStringList l = lines(conf);
        for (const char *line : { "dhcp-range=198.18.0.0,proxy",
                 "pxe-service=x86PC,\"BootTorrent\",pxelinux.0,198.18.0.1",
                 "pxe-service=x86-64_EFI,\"BootTorrent\",syslinux.efi,198.18.0.1",
                 "dhcp-match=set:efi-x86_64,option:client-arch,7",
                 "dhcp-match=set:efi-x86_64,option:client-arch,9",
                 "dhcp-boot=tag:efi-x86_64,syslinux.efi,,198.18.0.1",
                 "dhcp-boot=tag:!efi-x86_64,pxelinux.0,,198.18.0.1" })
            QVERIFY2(l.contains(QLatin1String(line)), line);
        QVERIFY(!conf.contains("dhcp-authoritative"));
        QCOMPARE(dnsmasqCheck(conf, QStringLiteral("proxy.conf")),
            QStringLiteral("dnsmasq: syntax check OK."));
    }

    void dnsmasqWithoutTftpServesNoFiles()
    {
        QVariantHash context = dnsmasqContext(m_dir.path());
        context[QStringLiteral("enable_tftp")] = false;
        context[QStringLiteral("bind_interfaces")] = false;
        const QByteArray conf
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), context));
        QVERIFY(!conf.contains("enable-tftp"));
        QVERIFY(!conf.contains("tftp-root"));
        QVERIFY(!conf.contains("tftp-max"));
        QVERIFY(!lines(conf).contains(QStringLiteral("bind-interfaces")));
        QVERIFY(lines(conf).contains(QStringLiteral("dhcp-boot=pxelinux.0,,198.18.0.1")));
        QCOMPARE(dnsmasqCheck(conf, QStringLiteral("notftp.conf")),
            QStringLiteral("dnsmasq: syntax check OK."));
    }

    void dnsmasqWithUserAndUefiPassesDnsmasqTest()
    {
        QVariantHash context = dnsmasqContext(m_dir.path());
        context[QStringLiteral("user")] = QStringLiteral("nobody");
        context[QStringLiteral("boot_file_efi")] = QStringLiteral("syslinux.efi");
        const QByteArray conf
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), context));
        QVERIFY(lines(conf).contains(QStringLiteral("user=nobody")));
        QVERIFY(lines(conf).contains(
            QStringLiteral("dhcp-boot=tag:efi-x86_64,syslinux.efi,,198.18.0.1")));
        QVERIFY(!conf.contains("pxe-service"));
        QCOMPARE(dnsmasqCheck(conf, QStringLiteral("user.conf")),
            QStringLiteral("dnsmasq: syntax check OK."));
    }

    void dnsmasqLeavesTheTftpBlockSizeToTheLoaders()
    {
        const QByteArray conf = renderedOrFail(
            TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), dnsmasqContext(m_dir.path())));
        const QStringList l = lines(conf);
        QVERIFY(l.contains(QLatin1String("enable-tftp")));
        // Every Phase-1 block waits for its acknowledgement: a smaller block
        // multiplies the round trips of every client's 20 MB.
        for (const QString &line : l) {
            QVERIFY2(!line.startsWith(QLatin1String("tftp-no-blocksize")), qPrintable(line));
            QVERIFY2(!line.startsWith(QLatin1String("tftp-mtu")), qPrintable(line));
        }
    }

    void dnsmasqSendsToARoomAtOnce()
    {
        const QByteArray conf = renderedOrFail(
            TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), dnsmasqContext(m_dir.path())));
        // dnsmasq's own limit, 50 transfers, leaves the 51st client of a room unanswered.
        QVERIFY(lines(conf).contains(QLatin1String("tftp-max=512")));
        QCOMPARE(dnsmasqCheck(conf, QStringLiteral("tftpmax.conf")),
            QStringLiteral("dnsmasq: syntax check OK."));
    }

    void dnsmasqWithoutDhcpOnlyServesTftp()
    {
        QVariantHash context = dnsmasqContext(m_dir.path());
        context[QStringLiteral("enable_dhcp")] = false;
        const QByteArray conf
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("dnsmasq.conf"), context));
        QVERIFY(!conf.contains("dhcp-range"));
        QVERIFY(!conf.contains("dhcp-boot"));
        QVERIFY(conf.contains("enable-tftp"));
        QCOMPARE(dnsmasqCheck(conf, QStringLiteral("nodhcp.conf")),
            QStringLiteral("dnsmasq: syntax check OK."));
    }

    void pxelinuxBootsPhase1WithItsInitrds()
    {
        const QByteArray cfg
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("pxelinux.cfg"),
                { { QStringLiteral("kernel"), QStringLiteral("kernel") },
                    { QStringLiteral("initrds"), QStringLiteral("rootfs.gz,diff.gz,torrents.gz") },
                    { QStringLiteral("append"),
                        QStringLiteral("console=tty0 console=ttyS0,115200 quiet") } }));
        const QStringList l = lines(cfg);
        QVERIFY(l.contains(QStringLiteral("DEFAULT boottorrent")));
        QVERIFY(l.contains(QStringLiteral("PROMPT 0")));
        QVERIFY(l.contains(QStringLiteral("LABEL boottorrent")));
        QVERIFY(l.contains(QStringLiteral("  KERNEL kernel")));
        QVERIFY(l.contains(QStringLiteral("  APPEND initrd=rootfs.gz,diff.gz,torrents.gz "
                                          "console=tty0 console=ttyS0,115200 quiet")));
        const QString timeout
            = l.filter(QRegularExpression(QStringLiteral("^TIMEOUT \\d+$"))).value(0);
        QVERIFY(!timeout.isEmpty());
        QVERIFY(timeout.mid(8).toInt() <= 50);

        const QByteArray bare
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("pxelinux.cfg"),
                { { QStringLiteral("kernel"), QStringLiteral("kernel") },
                    { QStringLiteral("initrds"), QStringLiteral("rootfs.gz") } }));
        QVERIFY(lines(bare).contains(QStringLiteral("  APPEND initrd=rootfs.gz")));
    }

    void aria2ListGivesEachTorrentItsFolder()
    {
        const QVariantList torrents {
            QVariantHash {
                { QStringLiteral("torrent"), QStringLiteral("/env/out/torrents/debian.torrent") },
                { QStringLiteral("dir"), QStringLiteral("/env/oss") } },
            QVariantHash {
                { QStringLiteral("torrent"), QStringLiteral("/env/out/torrents/freedos.torrent") },
                { QStringLiteral("dir"), QStringLiteral("/env/oss") } },
        };
        const QByteArray list = renderedOrFail(TemplateRenderer::render(
            QStringLiteral("aria2.list"), { { QStringLiteral("torrents"), torrents } }));
        QStringList body = lines(list).filter(QRegularExpression(QStringLiteral("^[^#]")));
        QCOMPARE(body,
            QStringList({ QStringLiteral("/env/out/torrents/debian.torrent"),
                QStringLiteral("  dir=/env/oss"),
                QStringLiteral("/env/out/torrents/freedos.torrent"),
                QStringLiteral("  dir=/env/oss") }));
    }

    void aria2ConfSetsTheSeederOptions()
    {
        const QByteArray conf
            = renderedOrFail(TemplateRenderer::render(QStringLiteral("aria2.conf"),
                { { QStringLiteral("input_file"), QStringLiteral("/env/out/aria2/list") },
                    { QStringLiteral("log_file"), QStringLiteral("/env/aria2.log") },
                    { QStringLiteral("console_log_level"), QStringLiteral("error") },
                    { QStringLiteral("enable_lpd"), false }, { QStringLiteral("enable_pex"), true },
                    { QStringLiteral("listen_port"), 6881 }, { QStringLiteral("rpc_port"), 6800 },
                    { QStringLiteral("rpc_secret"), QStringLiteral("s3cret") } }));
        const QStringList l = lines(conf);
        for (const char *line : { "enable-dht=false", "enable-dht6=false", "bt-enable-lpd=false",
                 "enable-peer-exchange=true", "seed-ratio=0.0", "check-integrity=true",
                 "bt-seed-unverified=false", "continue=true", "listen-port=6881",
                 "input-file=/env/out/aria2/list", "log=/env/aria2.log", "console-log-level=error",
                 "enable-rpc=true", "rpc-listen-all=false", "rpc-listen-port=6800",
                 "rpc-secret=s3cret", "max-upload-limit=0", "file-allocation=none" })
            QVERIFY2(l.contains(QLatin1String(line)), line);
        QVERIFY(!conf.contains("interface="));
    }

    void aria2ConfHoldsTheSeederBackWhileTheWebSeedServes()
    {
        auto limits = [](bool webSeed) {
            const QByteArray conf = renderedOrFail(TemplateRenderer::render(
                QStringLiteral("aria2.conf"), { { QStringLiteral("web_seed"), webSeed } }));
            return lines(conf).filter(QStringLiteral("max-overall-upload-limit="));
        };
        QCOMPARE(limits(true), QStringList { QStringLiteral("max-overall-upload-limit=256K") });
        QCOMPARE(limits(false), QStringList { QStringLiteral("max-overall-upload-limit=0") });
    }

    void aria2SeedsFromTheRenderedFilesAndGuardsRpc()
    {
        const QString mktorrent = QStandardPaths::findExecutable(QStringLiteral("mktorrent"));
        const QString aria2c = QStandardPaths::findExecutable(QStringLiteral("aria2c"));
        if (mktorrent.isEmpty() || aria2c.isEmpty())
            QSKIP("mktorrent and aria2c are needed");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray payload(300000, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(
            reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("oss/hello/hello.img")), payload));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("oss/hello/config.yaml")),
            "dispname: Hello\nmethod: bin\n"));
        const QString torrent = dir.filePath(QStringLiteral("out/torrents/hello.torrent"));
        QVERIFY(QDir().mkpath(QFileInfo(torrent).absolutePath()));
        const quint16 trackerPort = freePort();
        QProcess mk;
        mk.setProcessChannelMode(QProcess::MergedChannels);
        mk.start(mktorrent,
            { QStringLiteral("-a"), QStringLiteral("http://127.0.0.1:%1/announce").arg(trackerPort),
                QStringLiteral("-o"), torrent, dir.filePath(QStringLiteral("oss/hello")) });
        QVERIFY(mk.waitForFinished(30000));
        QVERIFY2(mk.exitCode() == 0, mk.readAll().constData());

        const QString secret = QStringLiteral("t%1").arg(QRandomGenerator::global()->generate());
        const quint16 rpcPort = freePort();
        const quint16 btPort = freePort();
        QVERIFY(rpcPort && btPort && rpcPort != btPort);
        const QString list = dir.filePath(QStringLiteral("out/aria2/list"));
        const QString conf = dir.filePath(QStringLiteral("out/aria2/conf"));
        const QString log = dir.filePath(QStringLiteral("aria2.log"));
        QVERIFY(writeFile(list,
            renderedOrFail(TemplateRenderer::render(QStringLiteral("aria2.list"),
                { { QStringLiteral("torrents"),
                    QVariantList { QVariantHash { { QStringLiteral("torrent"), torrent },
                        { QStringLiteral("dir"), dir.filePath(QStringLiteral("oss")) } } } } }))));
        QVERIFY(writeFile(conf,
            renderedOrFail(TemplateRenderer::render(QStringLiteral("aria2.conf"),
                { { QStringLiteral("input_file"), list }, { QStringLiteral("log_file"), log },
                    { QStringLiteral("console_log_level"), QStringLiteral("warn") },
                    { QStringLiteral("enable_lpd"),
                        false }, // LPD would multicast beyond the loopback
                    { QStringLiteral("enable_pex"), true },
                    { QStringLiteral("listen_port"), int(btPort) },
                    { QStringLiteral("rpc_port"), int(rpcPort) },
                    { QStringLiteral("rpc_secret"), secret },
                    { QStringLiteral("interface"), QStringLiteral("127.0.0.1") },
                    { QStringLiteral("web_seed"), true } }))));

        QProcess aria;
        aria.setProcessChannelMode(QProcess::MergedChannels);
        aria.start(aria2c, { QStringLiteral("--conf-path=") + conf });
        QVERIFY(aria.waitForStarted(10000));
        auto stopAria = qScopeGuard([&aria] {
            if (aria.state() != QProcess::NotRunning) {
                aria.kill();
                aria.waitForFinished(5000);
            }
        });

        QNetworkAccessManager manager;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/jsonrpc").arg(rpcPort));
        auto call = [&](const QString &method, const QString &token,
                        const QJsonValue &argument = {}) -> QJsonObject {
            QJsonArray params { QStringLiteral("token:") + token };
            if (!argument.isNull())
                params.append(argument);
            const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
                { QStringLiteral("id"), QStringLiteral("bt") },
                { QStringLiteral("method"), method }, { QStringLiteral("params"), params } };
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            req.setTransferTimeout(5000);
            QNetworkReply *reply
                = manager.post(req, QJsonDocument(request).toJson(QJsonDocument::Compact));
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(6000, &loop, &QEventLoop::quit);
            loop.exec();
            const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
            reply->abort();
            reply->deleteLater();
            return QJsonDocument::fromJson(body).object();
        };

        // aria2 needs a moment to open its RPC port.
        QJsonObject version;
        QDeadlineTimer startDeadline(15000);
        while (!startDeadline.hasExpired() && aria.state() == QProcess::Running) {
            version = call(QStringLiteral("aria2.getVersion"), secret);
            if (version.contains(QStringLiteral("result")))
                break;
            QTest::qWait(200);
        }
        QVERIFY2(version.contains(QStringLiteral("result")), aria.readAll().constData());
        QCOMPARE(version[QStringLiteral("result")][QStringLiteral("version")].toString(),
            QStringLiteral("1.36.0"));

        // After check-integrity the whole payload is on disk: aria2 seeds.
        QJsonObject seeding;
        QJsonObject lastReply;
        QDeadlineTimer seedDeadline(30000);
        while (!seedDeadline.hasExpired()) {
            lastReply = call(QStringLiteral("aria2.tellActive"), secret,
                QJsonArray { QStringLiteral("gid"), QStringLiteral("status"),
                    QStringLiteral("completedLength"), QStringLiteral("totalLength"),
                    QStringLiteral("seeder") });
            const QJsonArray active = lastReply[QStringLiteral("result")].toArray();
            if (active.size() == 1) {
                seeding = active.first().toObject();
                if (seeding[QStringLiteral("seeder")].toString() == QLatin1String("true"))
                    break;
            }
            QTest::qWait(200);
        }
        QVERIFY2(!seeding.isEmpty(), QJsonDocument(lastReply).toJson().constData());
        QCOMPARE(seeding[QStringLiteral("status")].toString(), QStringLiteral("active"));
        QCOMPARE(seeding[QStringLiteral("seeder")].toString(), QStringLiteral("true"));
        const qint64 expectedTotal
            = payload.size() + QByteArray("dispname: Hello\nmethod: bin\n").size();
        QCOMPARE(seeding[QStringLiteral("totalLength")].toString().toLongLong(), expectedTotal);
        QCOMPARE(seeding[QStringLiteral("completedLength")].toString(),
            seeding[QStringLiteral("totalLength")].toString());

        // aria2 took the seeder's limit beside a web seed, in bytes per second.
        QCOMPARE(call(QStringLiteral("aria2.getGlobalOption"),
                     secret)[QStringLiteral("result")][QStringLiteral("max-overall-upload-limit")]
                     .toString(),
            QStringLiteral("262144"));

        const QJsonObject refused
            = call(QStringLiteral("aria2.tellActive"), secret + QStringLiteral("x"));
        QVERIFY(!refused.contains(QStringLiteral("result")));
        QCOMPARE(refused[QStringLiteral("error")][QStringLiteral("message")].toString(),
            QStringLiteral("Unauthorized"));

        QCOMPARE(
            call(QStringLiteral("aria2.shutdown"), secret)[QStringLiteral("result")].toString(),
            QStringLiteral("OK"));
        QVERIFY(aria.waitForFinished(15000));
        QVERIFY(QFileInfo(log).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"

#include "ui/buildpanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bt;

class TestBuildPanel : public QObject
{
    Q_OBJECT

private:
    // An environment with one qemu OS whose disk image has the given size.
    static Environment environmentWithImage(const QString &dir, qint64 size)
    {
        if (!Environment::init(dir).isEmpty())
            qFatal("init failed");
        Environment env = Environment::read(dir).value();
        QDir().mkpath(env.osDir(QStringLiteral("disk")));
        QFile image(env.osDir(QStringLiteral("disk")) + QStringLiteral("/disk.img"));
        if (!image.open(QIODevice::WriteOnly) || !image.resize(size))
            qFatal("cannot create the image");
        OsConfig os;
        os.name = QStringLiteral("disk");
        os.dispname = QStringLiteral("Disk");
        os.method = BootMethod::BinQemuX86_64;
        os.args = QStringLiteral("-hda disk.img");
        env.setOs(os);
        auto boot = env.boot();
        boot.defaultOs = os.name;
        env.setBoot(boot);
        if (!env.validate().isEmpty())
            qFatal("invalid: %s", qPrintable(toString(env.validate())));
        return env;
    }

private Q_SLOTS:
    void buildReachesHundredPercentAndWritesOut()
    {
        QTemporaryDir dir;
        const Environment env = environmentWithImage(dir.path(), 8 * 1024 * 1024);
        BuildPanel panel;
        panel.setDialogsEnabled(false);
        panel.show();
        QSignalSpy finished(&panel, &BuildPanel::finished);
        panel.start(env);
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(),
            qPrintable(toString(finished.first().at(2).value<Problems>())));
        QCOMPARE(panel.percent(), 100);
        QCOMPARE(panel.findChild<QProgressBar *>(QStringLiteral("buildProgress"))->value(), 100);
        const QString out = dir.filePath(QStringLiteral("out"));
        for (const char *file :
            { "dnsmasq/dnsmasq.conf", "torrents/disk.torrent", "torrents/configs.yaml",
                "torrents/Boottorrent.yaml", "aria2/conf", "opentracker/whitelist" })
            QVERIFY2(QFileInfo::exists(out + u'/' + QLatin1String(file)), file);
    }

    void eventLoopStaysResponsiveDuringA512MiBBuild()
    {
        QTemporaryDir dir;
        const Environment env = environmentWithImage(dir.path(), qint64(512) * 1024 * 1024);
        BuildPanel panel;
        panel.setDialogsEnabled(false);
        panel.show();
        QSignalSpy finished(&panel, &BuildPanel::finished);

        // A probe every 10 ms: the longest gap between two ticks is the
        // longest time the GUI thread could not answer the user.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(10);
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (now - last > 30)
                qInfo("gap %lld ms at %lld", now - last, now);
            worst = std::max(worst, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        probe.start();
        panel.start(env);
        QVERIFY(finished.wait(300000));
        probe.stop();
        QVERIFY2(finished.first().at(0).toBool(),
            qPrintable(toString(finished.first().at(2).value<Problems>())));
        qInfo(
            "build took %lld ms, %d probes, longest stall %lld ms", clock.elapsed(), ticks, worst);
        QVERIFY(ticks > 5);
        QVERIFY2(
            worst < 100, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worst)));
    }

    void cancelStopsTheBuildAndKeepsNoOut()
    {
        QTemporaryDir dir;
        const Environment env = environmentWithImage(dir.path(), qint64(1024) * 1024 * 1024);
        BuildPanel panel;
        panel.setDialogsEnabled(false);
        QSignalSpy finished(&panel, &BuildPanel::finished);
        panel.start(env);
        panel.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!panel.isRunning());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/dnsmasq/dnsmasq.conf"))));
    }
};

QTEST_MAIN(TestBuildPanel)
#include "tst_buildpanel.moc"

#include "ui/dropclassifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;

class TestDropClassifier : public QObject
{
    Q_OBJECT

private:
    QString makeFile(const QString &relative, qint64 size = 16, bool executable = false)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
        file.write("boot");
        file.resize(size); // sparse: a large image costs no disk space
        if (executable)
            file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void kernelAndInitrdMakeOneKexecEntry()
    {
        const auto result
            = DropClassifier().classify({ makeFile(QStringLiteral("a/vmlinuz-6.1.0-13-amd64")),
                makeFile(QStringLiteral("a/initrd.img-6.1.0-13-amd64")) });
        QCOMPARE(result.plans.size(), 1);
        QVERIFY(result.rejected.isEmpty());
        const DropPlan &plan = result.plans.first();
        QCOMPARE(bt::toString(plan.config.method), bt::toString(BootMethod::Kexec));
        QCOMPARE(plan.config.kernel, QStringLiteral("vmlinuz-6.1.0-13-amd64"));
        QCOMPARE(plan.config.initrd, QStringLiteral("initrd.img-6.1.0-13-amd64"));
        QCOMPARE(plan.config.name, QStringLiteral("linux-6.1.0-13-amd64"));
        QCOMPARE(plan.config.dispname, QStringLiteral("Linux 6.1.0-13-amd64"));
        QCOMPARE(plan.files.size(), 2);
    }

    void kernelsPairWithInitrdsOfTheirVersion()
    {
        const auto result = DropClassifier().classify({ makeFile(QStringLiteral("b/vmlinuz-1")),
            makeFile(QStringLiteral("b/vmlinuz-2")), makeFile(QStringLiteral("b/initrd.img-2")),
            makeFile(QStringLiteral("b/initrd.img-1")) });
        QCOMPARE(result.plans.size(), 2);
        for (const DropPlan &plan : result.plans)
            QCOMPARE(plan.config.initrd.right(1), plan.config.kernel.right(1));
    }

    void bzImageAndInitramfsPairWhateverTheirNames()
    {
        const auto result = DropClassifier().classify({ makeFile(QStringLiteral("c/bzImage")),
            makeFile(QStringLiteral("c/initramfs.cpio.gz")) });
        QCOMPARE(result.plans.size(), 1);
        QCOMPARE(result.plans.first().config.kernel, QStringLiteral("bzImage"));
        QCOMPARE(result.plans.first().config.initrd, QStringLiteral("initramfs.cpio.gz"));
        QCOMPARE(result.plans.first().config.name, QStringLiteral("linux"));
    }

    void isoBootsFromQemuCdrom()
    {
        const auto result
            = DropClassifier().classify({ makeFile(QStringLiteral("debian live.iso"), 1 << 20) });
        QCOMPARE(result.plans.size(), 1);
        const OsConfig &config = result.plans.first().config;
        QCOMPARE(bt::toString(config.method), bt::toString(BootMethod::BinQemuX86_64));
        QCOMPARE(config.args, QStringLiteral("-cdrom debian_live.iso"));
        QCOMPARE(config.name, QStringLiteral("debian-live"));
        QCOMPARE(config.dispname, QStringLiteral("debian live"));
        QCOMPARE(result.plans.first().files.first().target, QStringLiteral("debian_live.iso"));
    }

    void floppySizedImageBootsFromFda()
    {
        const auto result = DropClassifier().classify(
            { makeFile(QStringLiteral("odin1440.img"), DropClassifier::FloppyMaxBytes) });
        QCOMPARE(result.plans.first().config.args, QStringLiteral("-fda odin1440.img"));
    }

    void largerImageBootsFromHda()
    {
        const auto result = DropClassifier().classify(
            { makeFile(QStringLiteral("disk.img"), DropClassifier::FloppyMaxBytes + 1),
                makeFile(QStringLiteral("win.qcow2")), makeFile(QStringLiteral("plain.raw")) });
        QCOMPARE(result.plans.size(), 3);
        QCOMPARE(result.plans.at(0).config.args, QStringLiteral("-hda disk.img"));
        QCOMPARE(result.plans.at(1).config.args, QStringLiteral("-hda win.qcow2"));
        QCOMPARE(result.plans.at(2).config.args, QStringLiteral("-hda plain.raw"));
    }

    void executableRunsAsBin()
    {
        const auto result
            = DropClassifier().classify({ makeFile(QStringLiteral("memtest"), 64, true) });
        QCOMPARE(result.plans.size(), 1);
        QCOMPARE(bt::toString(result.plans.first().config.method), bt::toString(BootMethod::Bin));
        QCOMPARE(result.plans.first().config.bin, QStringLiteral("memtest"));
    }

    void folderWithConfigIsImportedAsIs()
    {
        makeFile(QStringLiteral("Hello OS/config.yaml"));
        makeFile(QStringLiteral("Hello OS/hello"), 8, true);
        makeFile(QStringLiteral("Hello OS/data/readme.txt"));
        const auto result
            = DropClassifier().classify({ m_dir.filePath(QStringLiteral("Hello OS")) });
        QCOMPARE(result.plans.size(), 1);
        const DropPlan &plan = result.plans.first();
        QVERIFY(plan.importsFolder);
        QCOMPARE(plan.config.name, QStringLiteral("hello-os"));
        QStringList targets;
        for (const CopyItem &item : plan.files)
            targets << item.target;
        targets.sort();
        QCOMPARE(targets,
            QStringList({ QStringLiteral("config.yaml"), QStringLiteral("data/readme.txt"),
                QStringLiteral("hello") }));
    }

    void folderWithoutConfigTakesTheFolderName()
    {
        makeFile(QStringLiteral("Alpine/vmlinuz-lts"));
        makeFile(QStringLiteral("Alpine/initramfs-lts"));
        const auto result = DropClassifier().classify({ m_dir.filePath(QStringLiteral("Alpine")) });
        QCOMPARE(result.plans.size(), 1);
        QCOMPARE(result.plans.first().config.name, QStringLiteral("alpine"));
        QCOMPARE(bt::toString(result.plans.first().config.method), bt::toString(BootMethod::Kexec));
        QCOMPARE(result.plans.first().config.initrd, QStringLiteral("initramfs-lts"));
    }

    void initrdWithoutKernelIsRejected()
    {
        const auto result = DropClassifier().classify({ makeFile(QStringLiteral("d/initrd.img")) });
        QVERIFY(result.plans.isEmpty());
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY(result.rejected.first().contains(QStringLiteral("initrd.img")));
    }

    void unknownFileIsRejected()
    {
        const auto result = DropClassifier().classify({ makeFile(QStringLiteral("notes.txt")) });
        QVERIFY(result.plans.isEmpty());
        QCOMPARE(result.rejected.size(), 1);
    }

    void namesAvoidTakenFolders()
    {
        const auto result
            = DropClassifier({ QStringLiteral("freedos"), QStringLiteral("freedos-2") })
                  .classify({ makeFile(QStringLiteral("e/FreeDOS.img"), 1474560) });
        QCOMPARE(result.plans.first().config.name, QStringLiteral("freedos-3"));
    }

    void twoDropsOfTheSameNameGetDistinctFolders()
    {
        const auto result = DropClassifier().classify(
            { makeFile(QStringLiteral("f/x.iso")), makeFile(QStringLiteral("g/x.iso")) });
        QCOMPARE(result.plans.size(), 2);
        QCOMPARE(result.plans.at(0).config.name, QStringLiteral("x"));
        QCOMPARE(result.plans.at(1).config.name, QStringLiteral("x-2"));
    }
};

QTEST_GUILESS_MAIN(TestDropClassifier)
#include "tst_dropclassifier.moc"

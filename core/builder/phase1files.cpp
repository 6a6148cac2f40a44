#include "phase1files.h"

#include "environment/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bt {

QStringList Phase1Files::required()
{
    return { QStringLiteral("pxelinux.0"), QStringLiteral("ldlinux.c32"),
        QStringLiteral("pxelinux.cfg/default"), QStringLiteral("kernel"),
        QStringLiteral("rootfs.gz"), QStringLiteral("diff.gz") };
}

QStringList Phase1Files::served()
{
    return { QStringLiteral("pxelinux.0"), QStringLiteral("ldlinux.c32"), QStringLiteral("kernel"),
        QStringLiteral("rootfs.gz"), QStringLiteral("diff.gz"), QStringLiteral("shimx64.efi"),
        QStringLiteral("grubx64.efi"), QStringLiteral("mmx64.efi"), QStringLiteral("syslinux.efi"),
        QStringLiteral("ldlinux.e64") };
}

QStringList Phase1Files::optional()
{
    return { QStringLiteral("shimx64.efi"), QStringLiteral("grubx64.efi"),
        QStringLiteral("mmx64.efi"), QStringLiteral("syslinux.efi"),
        QStringLiteral("ldlinux.e64") };
}

QStringList Phase1Files::builtByPhase1Builder()
{
    return { QStringLiteral("kernel"), QStringLiteral("rootfs.gz"), QStringLiteral("diff.gz") };
}

QString Phase1Files::locate(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    return DataPaths::phase1Dir();
}

QString Phase1Files::sourceOf(const QString &fileName, const QString &phase1Dir)
{
    if (!phase1Dir.isEmpty()) {
        const QString inPhase1 = phase1Dir + QLatin1Char('/') + fileName;
        if (QFileInfo(inPhase1).isFile())
            return inPhase1;
    }
    // Debian's own loaders, so a host without a Phase-1 build still serves them.
    static const QList<QPair<QString, QString>> debian {
        { QStringLiteral("pxelinux.0"), QStringLiteral("/usr/lib/PXELINUX/pxelinux.0") },
        { QStringLiteral("ldlinux.c32"),
            QStringLiteral("/usr/lib/syslinux/modules/bios/ldlinux.c32") },
    };
    for (const auto &[name, path] : debian) {
        if (name == fileName && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace bt

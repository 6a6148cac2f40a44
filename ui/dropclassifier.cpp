#include "dropclassifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace bt {

namespace {

// A target file name the client's argument splitting cannot break apart.
QString safeFileName(const QString &name)
{
    QString safe = name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._+-]"));
    safe.replace(unsafe, QStringLiteral("_"));
    return safe;
}

bool isImageSuffix(const QString &suffix)
{
    return suffix == QLatin1String("iso") || suffix == QLatin1String("img")
        || suffix == QLatin1String("qcow2") || suffix == QLatin1String("raw");
}

// "vmlinuz-6.1.0-13-amd64" → "6.1.0-13-amd64"
QString versionOf(const QString &fileName)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(vmlinuz|vmlinux|bzimage|kernel|initrd\\.img|initrd|initramfs)[-_.]?"),
        QRegularExpression::CaseInsensitiveOption);
    QString version = fileName;
    version.remove(prefix);
    if (version.endsWith(QLatin1String(".img"), Qt::CaseInsensitive))
        version.chop(4);
    return version;
}

} // namespace

DropClassifier::DropClassifier(QStringList takenNames)
    : m_taken(std::move(takenNames))
{
}

bool DropClassifier::isKernelName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    const QString suffix = QFileInfo(lower).suffix();
    if (suffix == QLatin1String("iso") || suffix == QLatin1String("qcow2")
        || suffix == QLatin1String("raw"))
        return false;
    return lower.startsWith(QLatin1String("vmlinuz")) || lower.startsWith(QLatin1String("vmlinux"))
        || lower.startsWith(QLatin1String("bzimage")) || lower.startsWith(QLatin1String("kernel"));
}

bool DropClassifier::isInitrdName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    return lower.startsWith(QLatin1String("initrd"))
        || lower.startsWith(QLatin1String("initramfs"));
}

QString DropClassifier::folderName(const QString &text, const QStringList &taken)
{
    QString base = text.toLower();
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9._-]+"));
    base.replace(unsafe, QStringLiteral("-"));
    while (!base.isEmpty() && (base.front() == u'-' || base.front() == u'.'))
        base.remove(0, 1);
    while (!base.isEmpty() && (base.back() == u'-' || base.back() == u'.'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("os");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

DropClassification DropClassifier::classify(const QStringList &paths) const
{
    DropClassification result;
    QStringList taken = m_taken;
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            result.rejected
                << tr("%1 does not exist (any more).").arg(QDir::toNativeSeparators(path));
        else if (info.isDir())
            classifyFolder(info.absoluteFilePath(), result, taken);
        else
            files << info.absoluteFilePath();
    }
    classifyFiles(files, QString(), result, taken);
    return result;
}

void DropClassifier::classifyFolder(
    const QString &path, DropClassification &result, QStringList &taken) const
{
    const QDir dir(path);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("config.yaml")))) {
        DropPlan plan;
        plan.importsFolder = true;
        plan.config.name = folderName(dir.dirName(), taken);
        plan.config.dispname = dir.dirName();
        QDirIterator it(
            path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            plan.files << CopyItem { file, dir.relativeFilePath(file) };
        }
        taken << plan.config.name;
        result.plans << plan;
        return;
    }
    QStringList files;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries)
        files << entry.absoluteFilePath();
    if (files.isEmpty()) {
        result.rejected << tr("The folder %1 holds no files and no config.yaml.")
                               .arg(QDir::toNativeSeparators(path));
        return;
    }
    classifyFiles(files, dir.dirName(), result, taken);
}

void DropClassifier::classifyFiles(const QStringList &files, const QString &groupName,
    DropClassification &result, QStringList &taken) const
{
    const qsizetype firstPlan = result.plans.size();
    QStringList kernels, initrds;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const QString fileName = info.fileName();
        const QString suffix = info.suffix().toLower();
        if (isKernelName(fileName)) {
            kernels << file;
            continue;
        }
        if (isInitrdName(fileName)) {
            initrds << file;
            continue;
        }
        DropPlan plan;
        const QString target = safeFileName(fileName);
        plan.files << CopyItem { file, target };
        plan.config.dispname = info.completeBaseName();
        if (isImageSuffix(suffix)) {
            plan.config.method = BootMethod::BinQemuX86_64;
            if (suffix == QLatin1String("iso"))
                plan.config.args = QStringLiteral("-cdrom ") + target;
            else if (suffix == QLatin1String("img") && info.size() <= FloppyMaxBytes)
                plan.config.args = QStringLiteral("-fda ") + target;
            else
                plan.config.args = QStringLiteral("-hda ") + target;
        } else if (info.isExecutable()) {
            plan.config.method = BootMethod::Bin;
            plan.config.bin = target;
        } else {
            result.rejected << tr(
                "%1 is no kernel, initrd, ISO, disk image or program, so no OS entry was made "
                "for it.")
                                   .arg(fileName);
            continue;
        }
        plan.config.name = folderName(info.completeBaseName(), taken);
        taken << plan.config.name;
        result.plans << plan;
    }

    // Kernels and initrds pair by their version suffix (Debian's
    // vmlinuz-6.1.0-13-amd64 + initrd.img-6.1.0-13-amd64); a single kernel
    // and a single initrd pair whatever their names.
    QStringList unpairedInitrds = initrds;
    for (const QString &kernel : std::as_const(kernels)) {
        const QString kernelName = QFileInfo(kernel).fileName();
        const QString version = versionOf(kernelName);
        QString initrd;
        for (const QString &candidate : std::as_const(unpairedInitrds)) {
            if (versionOf(QFileInfo(candidate).fileName()) == version) {
                initrd = candidate;
                break;
            }
        }
        if (initrd.isEmpty() && kernels.size() == 1 && unpairedInitrds.size() == 1)
            initrd = unpairedInitrds.first();
        unpairedInitrds.removeAll(initrd);

        DropPlan plan;
        plan.config.method = BootMethod::Kexec;
        plan.config.kernel = safeFileName(kernelName);
        plan.files << CopyItem { kernel, plan.config.kernel };
        if (!initrd.isEmpty()) {
            plan.config.initrd = safeFileName(QFileInfo(initrd).fileName());
            plan.files << CopyItem { initrd, plan.config.initrd };
        }
        plan.config.dispname
            = version.isEmpty() ? QStringLiteral("Linux") : QStringLiteral("Linux ") + version;
        plan.config.name = folderName(
            version.isEmpty() ? QStringLiteral("linux") : QStringLiteral("linux-") + version,
            taken);
        taken << plan.config.name;
        result.plans << plan;
    }
    for (const QString &initrd : std::as_const(unpairedInitrds))
        result.rejected << tr(
            "%1 looks like an initrd, but no kernel came with it: drop the kernel and the "
            "initrd together.")
                               .arg(QFileInfo(initrd).fileName());

    // Files of one dropped folder that make a single entry take the folder's name.
    if (!groupName.isEmpty() && result.plans.size() == firstPlan + 1) {
        DropPlan &plan = result.plans.last();
        taken.removeAll(plan.config.name);
        plan.config.name = folderName(groupName, taken);
        plan.config.dispname = groupName;
        taken << plan.config.name;
    }
}

} // namespace bt

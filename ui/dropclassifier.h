#pragma once

#include "copyitem.h"

#include "environment/environment.h"

#include <QCoreApplication>
#include <QStringList>

namespace bt {

// What one drop onto the OS list turns into: an OS entry whose folder
// oss/<config.name>/ receives the listed files.
struct DropPlan
{
    OsConfig config; // prefilled; config.name is the new folder's name
    CopyItems files; // targets relative to oss/<config.name>/
    bool importsFolder = false; // the folder brings its own config.yaml
};

struct DropClassification
{
    QList<DropPlan> plans;
    QStringList rejected; // one sentence per path that makes no entry
};

// Decides which OS entries a set of dropped paths makes. It only looks at
// names, sizes and permissions, so it is quick on the GUI thread and easy to
// test: kernel + initrd → kexec, .iso → qemu -cdrom, floppy .img → -fda,
// disk images → -hda, executables → bin, folders with config.yaml → as is.
class DropClassifier
{
    Q_DECLARE_TR_FUNCTIONS(DropClassifier)
public:
    // 2.88 MB, the largest floppy format qemu emulates.
    static constexpr qint64 FloppyMaxBytes = 2880 * 1024;

    // takenNames: folder names that already exist under oss/.
    explicit DropClassifier(QStringList takenNames = {});

    DropClassification classify(const QStringList &paths) const;

    // A folder name made of [a-z0-9._-] from any text, unique among taken.
    static QString folderName(const QString &text, const QStringList &taken);

    static bool isKernelName(const QString &fileName);
    static bool isInitrdName(const QString &fileName);

private:
    void classifyFiles(const QStringList &files, const QString &groupName,
        DropClassification &result, QStringList &taken) const;
    void classifyFolder(const QString &path, DropClassification &result, QStringList &taken) const;

    QStringList m_taken;
};

} // namespace bt

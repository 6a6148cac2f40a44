#pragma once

#include "environment/environment.h"

#include <optional>

namespace bt {

// The rules for one oss/<name>/config.yaml; osDir is the OS folder's
// absolute path. checkMethodFields is false while the method itself could
// not be read, so its fields are not judged against the wrong method.
Problems checkOs(const OsConfig &os, const QString &osDir, bool checkMethodFields);

// What is wrong with `relative` as a file inside folder (shown as
// folderLabel), or nothing: it must be a regular file reached without "..",
// absolute paths or symlinks that lead out of the folder.
std::optional<QString> checkFileInside(
    const QString &folder, const QString &folderLabel, const QString &relative);

// The files qemu would open from an argument string: values of -fda -fdb
// -hda -hdb -hdc -hdd -cdrom -kernel -initrd -bios -pflash and the file= of
// -drive, each with the option that names it.
struct QemuFile
{
    QString option;
    QString file; // empty when the option is the last argument
};
Result<QList<QemuFile>> qemuFiles(const QString &args); // problems: unbalanced quotes

} // namespace bt

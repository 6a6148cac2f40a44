#include "initrdwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <memory>

namespace bt {

namespace {

struct Entry
{
    QString archivePath; // e.g. "torrents/debian.torrent"
    QString diskPath;
    mode_t type = 0; // AE_IFDIR, AE_IFREG or AE_IFLNK
    mode_t permissions = 0;
    qint64 size = 0;
    QByteArray linkTarget;
};

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};
using EntryPtr = std::unique_ptr<archive_entry, EntryDeleter>;

Problem problemAt(const QString &path, const QString &message)
{
    return Problem { QDir::toNativeSeparators(path), {}, message };
}

// A symlink stays a symlink in the archive, but only when it points to
// something inside the packed folder: anything else would make the
// client's unpacked tree depend on the host's files.
bool symlinkTarget(const QString &root, const QString &linkPath, QByteArray *target)
{
    char buffer[PATH_MAX];
    const ssize_t length
        = ::readlink(QFile::encodeName(linkPath).constData(), buffer, sizeof buffer);
    if (length <= 0 || size_t(length) >= sizeof buffer)
        return false;
    const QString raw = QFile::decodeName(QByteArray(buffer, length));
    const QString linkDir = QFileInfo(linkPath).absolutePath();
    const QString resolved
        = QDir::cleanPath(QDir::isAbsolutePath(raw) ? raw : linkDir + QLatin1Char('/') + raw);
    const QString cleanRoot = QDir::cleanPath(root);
    if (resolved != cleanRoot && !resolved.startsWith(cleanRoot + QLatin1Char('/')))
        return false;
    *target = QFile::encodeName(QDir(linkDir).relativeFilePath(resolved));
    if (target->isEmpty())
        *target = ".";
    return true;
}

// Depth first with each folder's children sorted by their bytes, so a
// folder always comes before its contents and the order never depends
// on the file system.
void collect(const QString &root, const QString &dir, const QString &archiveDir,
    QList<Entry> *entries, Problems *problems)
{
    QStringList names = QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    for (const QString &name : std::as_const(names)) {
        const QString diskPath = dir + QLatin1Char('/') + name;
        const QString archivePath = archiveDir + QLatin1Char('/') + name;
        struct stat st;
        if (::lstat(QFile::encodeName(diskPath).constData(), &st) != 0) {
            problems->append(problemAt(diskPath,
                QCoreApplication::translate(
                    "bt::InitrdWriter", "Cannot read this file's attributes.")));
            continue;
        }
        Entry entry;
        entry.archivePath = archivePath;
        entry.diskPath = diskPath;
        if (S_ISDIR(st.st_mode)) {
            entry.type = AE_IFDIR;
            entry.permissions = 0755;
            entries->append(entry);
            collect(root, diskPath, archivePath, entries, problems);
        } else if (S_ISREG(st.st_mode)) {
            entry.type = AE_IFREG;
            entry.permissions = st.st_mode & 07777;
            entry.size = st.st_size;
            entries->append(entry);
        } else if (S_ISLNK(st.st_mode)) {
            entry.type = AE_IFLNK;
            entry.permissions = 0777;
            if (!symlinkTarget(root, diskPath, &entry.linkTarget)) {
                problems->append(problemAt(diskPath,
                    QCoreApplication::translate("bt::InitrdWriter",
                        "This symbolic link points outside %1; copy the file in instead.")
                        .arg(QDir::toNativeSeparators(root))));
                continue;
            }
            entries->append(entry);
        } else {
            problems->append(problemAt(diskPath,
                QCoreApplication::translate("bt::InitrdWriter",
                    "Only files, folders and symbolic links can be packed into an initrd.")));
        }
    }
}

la_ssize_t writeToSaveFile(archive *a, void *clientData, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(clientData);
    errno = 0;
    const qint64 written = file->write(static_cast<const char *>(buffer), qint64(length));
    if (written == qint64(length))
        return la_ssize_t(written);
    // The system's reason (disk full, file too large) becomes libarchive's
    // error; QFile does not always keep it.
    const int error = errno;
    const QByteArray reason
        = error != 0 ? QByteArray(std::strerror(error)) : file->errorString().toLocal8Bit();
    archive_set_error(a, error != 0 ? error : EIO, "%s", reason.constData());
    return -1;
}

QString archiveError(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message)
                   : QCoreApplication::translate("bt::InitrdWriter", "unknown libarchive error");
}

// Copies a file's bytes into the current archive entry in pieces, so
// large files never sit whole in memory.
bool writeFileData(archive *a, const Entry &entry, Problems *problems)
{
    QFile in(entry.diskPath);
    if (!in.open(QIODevice::ReadOnly)) {
        problems->append(problemAt(entry.diskPath,
            QCoreApplication::translate("bt::InitrdWriter", "Cannot read: %1")
                .arg(in.errorString())));
        return false;
    }
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 total = 0;
    while (total < entry.size) {
        const qint64 got
            = in.read(buffer.data(), std::min<qint64>(buffer.size(), entry.size - total));
        if (got <= 0) {
            problems->append(problemAt(entry.diskPath,
                QCoreApplication::translate("bt::InitrdWriter",
                    "The file changed or could not be read while packing it.")));
            return false;
        }
        if (archive_write_data(a, buffer.constData(), size_t(got)) != got)
            return false;
        total += got;
    }
    return true;
}

} // namespace

Problems InitrdWriter::write(
    const QString &sourceDir, const QString &prefix, const QString &destFile)
{
    const QFileInfo sourceInfo(sourceDir);
    if (!sourceInfo.isDir())
        return { problemAt(sourceDir,
            QCoreApplication::translate(
                "bt::InitrdWriter", "The folder to pack into an initrd does not exist.")) };
    const QString cleanPrefix = QDir::cleanPath(prefix);
    if (prefix.isEmpty() || QDir::isAbsolutePath(prefix) || cleanPrefix == QLatin1String("..")
        || cleanPrefix.startsWith(QLatin1String("../")) || cleanPrefix == QLatin1String("."))
        return { problemAt(destFile,
            QCoreApplication::translate(
                "bt::InitrdWriter", "The initrd prefix \"%1\" must be a relative folder name.")
                .arg(prefix)) };

    const QString root = sourceInfo.absoluteFilePath();
    QList<Entry> entries;
    // A nested prefix ("boot/torrents") needs its parents first: the kernel
    // creates no missing folders.
    const QStringList parts = cleanPrefix.split(QLatin1Char('/'));
    for (qsizetype i = 1; i <= parts.size(); ++i)
        entries.append(
            Entry { parts.first(i).join(QLatin1Char('/')), root, AE_IFDIR, 0755, 0, {} });
    Problems problems;
    collect(root, root, cleanPrefix, &entries, &problems);
    if (!problems.isEmpty())
        return problems;

    // libarchive already writes whole blocks; unbuffered, a failing write
    // reports its own reason (disk full, file too large) at once.
    QSaveFile out(destFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return { problemAt(destFile,
            QCoreApplication::translate("bt::InitrdWriter", "Cannot write the initrd: %1")
                .arg(out.errorString())) };

    ArchivePtr a(archive_write_new());
    // No gzip timestamp and no padding after the gzip member: the output is
    // one plain gzip stream and identical for identical input.
    if (archive_write_set_format_cpio_newc(a.get()) != ARCHIVE_OK
        || archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK
        || archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr) != ARCHIVE_OK
        || archive_write_set_filter_option(a.get(), "gzip", "compression-level", "9") != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK
        || archive_write_open2(a.get(), &out, nullptr, writeToSaveFile, nullptr, nullptr)
            != ARCHIVE_OK) {
        out.cancelWriting();
        return { problemAt(destFile,
            QCoreApplication::translate("bt::InitrdWriter", "Cannot start the initrd: %1")
                .arg(archiveError(a.get()))) };
    }

    auto fail = [&](const QString &path, const QString &what) {
        problems.append(problemAt(path, what));
        out.cancelWriting();
        return problems;
    };

    // The kernel treats entries with several links as hard links of each
    // other, so every entry gets its own inode number and one link.
    la_int64_t inode = 0;
    for (const Entry &entry : std::as_const(entries)) {
        EntryPtr e(archive_entry_new());
        const QByteArray path = entry.archivePath.toUtf8();
        archive_entry_set_pathname(e.get(), path.constData());
        archive_entry_set_filetype(e.get(), entry.type);
        archive_entry_set_perm(e.get(), entry.permissions);
        archive_entry_set_uid(e.get(), 0);
        archive_entry_set_gid(e.get(), 0);
        archive_entry_set_mtime(e.get(), 0, 0);
        archive_entry_set_ino64(e.get(), ++inode);
        archive_entry_set_nlink(e.get(), entry.type == AE_IFDIR ? 2 : 1);
        if (entry.type == AE_IFREG)
            archive_entry_set_size(e.get(), entry.size);
        else if (entry.type == AE_IFLNK) {
            archive_entry_set_symlink(e.get(), entry.linkTarget.constData());
            archive_entry_set_size(e.get(), entry.linkTarget.size());
        } else
            archive_entry_set_size(e.get(), 0);

        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK)
            return fail(destFile,
                QCoreApplication::translate("bt::InitrdWriter", "Cannot add %1: %2")
                    .arg(entry.archivePath, archiveError(a.get())));
        if (entry.type == AE_IFREG && !writeFileData(a.get(), entry, &problems)) {
            if (problems.isEmpty())
                problems.append(problemAt(destFile,
                    QCoreApplication::translate("bt::InitrdWriter", "Cannot write the initrd: %1")
                        .arg(archiveError(a.get()))));
            out.cancelWriting();
            return problems;
        }
    }

    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail(destFile,
            QCoreApplication::translate("bt::InitrdWriter", "Cannot finish the initrd: %1")
                .arg(archiveError(a.get())));
    if (!out.commit())
        return { problemAt(destFile,
            QCoreApplication::translate("bt::InitrdWriter", "Cannot save the initrd: %1")
                .arg(out.errorString())) };
    return {};
}

} // namespace bt

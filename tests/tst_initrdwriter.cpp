#include "builder/initrdwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <csignal>
#include <sys/resource.h>

using namespace bt;

namespace {

struct ReadEntry
{
    QString path;
    mode_t type = 0;
    mode_t perm = 0;
    la_int64_t uid = -1;
    la_int64_t gid = -1;
    time_t mtime = -1;
    QByteArray data;
    QString symlink;
};

struct ReadArchive
{
    int format = 0;
    int filter = 0;
    QList<ReadEntry> entries;
    QString error;

    const ReadEntry *find(const QString &path) const
    {
        for (const ReadEntry &e : entries) {
            if (e.path == path)
                return &e;
        }
        return nullptr;
    }
    QStringList paths() const
    {
        QStringList result;
        for (const ReadEntry &e : entries)
            result << e.path;
        return result;
    }
};

ReadArchive readBack(const QString &file)
{
    ReadArchive result;
    archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(file).constData(), 10240) != ARCHIVE_OK) {
        result.error = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return result;
    }
    archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        ReadEntry e;
        e.path = QString::fromUtf8(archive_entry_pathname(entry));
        e.type = archive_entry_filetype(entry);
        e.perm = archive_entry_perm(entry);
        e.uid = archive_entry_uid(entry);
        e.gid = archive_entry_gid(entry);
        e.mtime = archive_entry_mtime(entry);
        if (const char *link = archive_entry_symlink(entry))
            e.symlink = QString::fromUtf8(link);
        char buffer[8192];
        la_ssize_t got;
        while ((got = archive_read_data(a, buffer, sizeof buffer)) > 0)
            e.data.append(buffer, got);
        result.format = archive_format(a);
        result.entries.append(e);
    }
    if (rc != ARCHIVE_EOF)
        result.error = QString::fromLocal8Bit(archive_error_string(a));
    result.filter = archive_filter_code(a, 0);
    archive_read_free(a);
    return result;
}

void writeFile(const QString &path, const QByteArray &data, QFile::Permissions perms = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
    f.close();
    if (perms)
        QVERIFY(f.setPermissions(perms));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a program with a bounded wait; returns its exit code or -1.
int run(const QString &program, const QStringList &args, const QString &stdinFile, QByteArray *out,
    QByteArray *err = nullptr, const QString &workDir = {})
{
    QProcess p;
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestInitrdWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

    QString dest(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("src"));
        writeFile(m_source + QStringLiteral("/configs.yaml"), "hello:\n  method: bin\n",
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        writeFile(m_source + QStringLiteral("/debian.torrent"), QByteArray(70000, 'd'),
            QFile::ReadOwner | QFile::WriteOwner);
        writeFile(m_source + QStringLiteral("/bin/run.sh"), "#!/bin/sh\necho run\n",
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        writeFile(m_source + QStringLiteral("/Boottorrent.yaml"), "boottorrent: {version: 0}\n",
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY(QDir().mkpath(m_source + QStringLiteral("/empty")));
        // A private folder on the host must still be enterable on the client.
        QVERIFY(QFile::setPermissions(m_source + QStringLiteral("/bin"),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::link(
            QStringLiteral("debian.torrent"), m_source + QStringLiteral("/current.torrent")));
        QVERIFY(QFile::link(
            QStringLiteral("../configs.yaml"), m_source + QStringLiteral("/bin/configs.yaml")));
    }

    void writesNewcCpioInsideOneGzipMember()
    {
        QCOMPARE(InitrdWriter::write(
                     m_source, QStringLiteral("torrents"), dest(QStringLiteral("format.gz"))),
            Problems {});
        const ReadArchive archive = readBack(dest(QStringLiteral("format.gz")));
        QVERIFY2(archive.error.isEmpty(), qPrintable(archive.error));
        QCOMPARE(archive.format, ARCHIVE_FORMAT_CPIO_SVR4_NOCRC);
        QCOMPARE(archive.filter, ARCHIVE_FILTER_GZIP);
    }

    void packsEveryEntryUnderThePrefixFoldersFirstSorted()
    {
        QCOMPARE(InitrdWriter::write(
                     m_source, QStringLiteral("torrents"), dest(QStringLiteral("paths.gz"))),
            Problems {});
        const ReadArchive archive = readBack(dest(QStringLiteral("paths.gz")));
        QVERIFY2(archive.error.isEmpty(), qPrintable(archive.error));
        const QStringList expected {
            QStringLiteral("torrents"),
            QStringLiteral("torrents/Boottorrent.yaml"),
            QStringLiteral("torrents/bin"),
            QStringLiteral("torrents/bin/configs.yaml"),
            QStringLiteral("torrents/bin/run.sh"),
            QStringLiteral("torrents/configs.yaml"),
            QStringLiteral("torrents/current.torrent"),
            QStringLiteral("torrents/debian.torrent"),
            QStringLiteral("torrents/empty"),
        };
        QCOMPARE(archive.paths(), expected);
        QCOMPARE(archive.find(QStringLiteral("torrents/configs.yaml"))->data,
            QByteArray("hello:\n  method: bin\n"));
        QCOMPARE(
            archive.find(QStringLiteral("torrents/debian.torrent"))->data, QByteArray(70000, 'd'));
        QCOMPARE(archive.find(QStringLiteral("torrents/bin/run.sh"))->data,
            QByteArray("#!/bin/sh\necho run\n"));
    }

    void keepsFileModesOwnedByRootAtTimeZero()
    {
        QCOMPARE(InitrdWriter::write(
                     m_source, QStringLiteral("torrents"), dest(QStringLiteral("modes.gz"))),
            Problems {});
        const ReadArchive archive = readBack(dest(QStringLiteral("modes.gz")));
        QVERIFY2(archive.error.isEmpty(), qPrintable(archive.error));
        QCOMPARE(archive.find(QStringLiteral("torrents"))->type, mode_t(AE_IFDIR));
        QCOMPARE(archive.find(QStringLiteral("torrents"))->perm, mode_t(0755));
        QCOMPARE(archive.find(QStringLiteral("torrents/bin"))->perm, mode_t(0755));
        QCOMPARE(archive.find(QStringLiteral("torrents/empty"))->type, mode_t(AE_IFDIR));
        QCOMPARE(archive.find(QStringLiteral("torrents/configs.yaml"))->type, mode_t(AE_IFREG));
        QCOMPARE(archive.find(QStringLiteral("torrents/configs.yaml"))->perm, mode_t(0644));
        QCOMPARE(archive.find(QStringLiteral("torrents/debian.torrent"))->perm, mode_t(0600));
        QCOMPARE(archive.find(QStringLiteral("torrents/bin/run.sh"))->perm, mode_t(0755));
        for (const ReadEntry &e : archive.entries) {
            QCOMPARE(e.uid, 0);
            QCOMPARE(e.gid, 0);
            QCOMPARE(e.mtime, time_t(0));
        }
    }

    void keepsSymlinksThatStayInside()
    {
        QCOMPARE(InitrdWriter::write(
                     m_source, QStringLiteral("torrents"), dest(QStringLiteral("links.gz"))),
            Problems {});
        const ReadArchive archive = readBack(dest(QStringLiteral("links.gz")));
        const ReadEntry *current = archive.find(QStringLiteral("torrents/current.torrent"));
        QVERIFY(current);
        QCOMPARE(current->type, mode_t(AE_IFLNK));
        QCOMPARE(current->symlink, QStringLiteral("debian.torrent"));
        QCOMPARE(archive.find(QStringLiteral("torrents/bin/configs.yaml"))->symlink,
            QStringLiteral("../configs.yaml"));
    }

    void isOnePlainGzipStreamOfPaddedNewc()
    {
        const QString file = dest(QStringLiteral("plain.gz"));
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("torrents"), file), Problems {});
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.size() > 18);
        // Magic, deflate, no flags (no name, no extra field) and no timestamp.
        QCOMPARE(bytes.left(4), QByteArray("\x1f\x8b\x08\x00", 4));
        QCOMPARE(bytes.mid(4, 4), QByteArray(4, '\0'));

        QByteArray out, err;
        QCOMPARE(run(QStringLiteral("gzip"), { QStringLiteral("-t"), file }, {}, &out, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData()); // "trailing garbage" would show here
        QCOMPARE(run(QStringLiteral("gzip"), { QStringLiteral("-dc") }, file, &out), 0);
        QVERIFY(out.startsWith("070701"));
        QCOMPARE(out.size() % 4, 0);
        const qsizetype trailer = out.lastIndexOf("TRAILER!!!");
        QVERIFY(trailer > 0);
        // After the trailer's name only NUL padding may follow.
        for (qsizetype i = trailer + 10; i < out.size(); ++i)
            QCOMPARE(out.at(i), '\0');
    }

    // Walks the archive the way the kernel's init/initramfs.c does: every
    // header and every body starts on a 4-byte boundary, names end in NUL,
    // and TRAILER!!! ends the archive.
    void followsTheKernelsNewcLayout()
    {
        const QString file = dest(QStringLiteral("kernel.gz"));
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("torrents"), file), Problems {});
        QByteArray data;
        QCOMPARE(run(QStringLiteral("gzip"), { QStringLiteral("-dc") }, file, &data), 0);

        auto align4 = [](qsizetype n) { return (n + 3) & ~qsizetype(3); };
        QStringList names;
        QSet<qulonglong> inodes;
        qsizetype pos = 0;
        bool trailer = false;
        for (int guard = 0; guard < 100 && !trailer; ++guard) {
            QCOMPARE(pos % 4, 0);
            QVERIFY(pos + 110 <= data.size());
            QCOMPARE(data.mid(pos, 6), QByteArray("070701"));
            qulonglong field[13];
            for (int i = 0; i < 13; ++i) {
                bool ok = false;
                field[i] = data.mid(pos + 6 + 8 * i, 8).toULongLong(&ok, 16);
                QVERIFY(ok);
            }
            const qulonglong ino = field[0], mode = field[1], uid = field[2], gid = field[3],
                             nlink = field[4], mtime = field[5], fileSize = field[6],
                             nameSize = field[11], check = field[12];
            const QByteArray name = data.mid(pos + 110, qsizetype(nameSize));
            QVERIFY(name.endsWith('\0'));
            const QString path = QString::fromUtf8(name.chopped(1));
            pos = align4(pos + 110 + qsizetype(nameSize)) + qsizetype(fileSize);
            QVERIFY(pos <= data.size());
            pos = align4(pos);
            QCOMPARE(check, 0ULL);
            if (path == QLatin1String("TRAILER!!!")) {
                trailer = true;
                break;
            }
            names << path;
            QCOMPARE(uid, 0ULL);
            QCOMPARE(gid, 0ULL);
            QCOMPARE(mtime, 0ULL);
            // Equal inode numbers with several links would be joined as hard links.
            QVERIFY(!inodes.contains(ino));
            inodes.insert(ino);
            if ((mode & 0170000) == 0040000)
                QCOMPARE(fileSize, 0ULL);
            else
                QCOMPARE(nlink, 1ULL);
        }
        QVERIFY(trailer);
        QCOMPARE(names.size(), 9);
        QCOMPARE(names.first(), QStringLiteral("torrents"));
    }

    void listsWithBsdcpio()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("bsdcpio")).isEmpty())
            QSKIP("bsdcpio (libarchive-tools) is not installed");
        const QString file = dest(QStringLiteral("list.gz"));
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("torrents"), file), Problems {});
        QByteArray out, err;
        QCOMPARE(run(QStringLiteral("bsdcpio"), { QStringLiteral("-itv") }, file, &out, &err), 0);
        const QStringList lines
            = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.at(0).startsWith(QLatin1String("drwxr-xr-x")));
        QVERIFY(lines.at(0).endsWith(QLatin1String(" torrents")));
        QVERIFY(out.contains(" torrents/debian.torrent\n"));
        QVERIFY(out.contains(" torrents/current.torrent -> debian.torrent\n"));
        QVERIFY(out.contains("-rwxr-xr-x"));
    }

    void extractsIdenticalBytesWithGnuCpio()
    {
        const QString file = dest(QStringLiteral("gnu.gz"));
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("torrents"), file), Problems {});
        QByteArray cpioData;
        QCOMPARE(run(QStringLiteral("gzip"), { QStringLiteral("-dc") }, file, &cpioData), 0);
        const QString raw = dest(QStringLiteral("gnu.cpio"));
        writeFile(raw, cpioData);
        const QString into = dest(QStringLiteral("gnu-extract"));
        QVERIFY(QDir().mkpath(into));
        QByteArray out, err;
        QCOMPARE(run(QStringLiteral("cpio"),
                     { QStringLiteral("-idv"), QStringLiteral("--no-absolute-filenames") }, raw,
                     &out, &err, into),
            0);
        const QStringList files { QStringLiteral("configs.yaml"), QStringLiteral("debian.torrent"),
            QStringLiteral("bin/run.sh"), QStringLiteral("Boottorrent.yaml") };
        for (const QString &name : files)
            QCOMPARE(readAll(into + QStringLiteral("/torrents/") + name),
                readAll(m_source + QLatin1Char('/') + name));
        QVERIFY(QFileInfo(into + QStringLiteral("/torrents/empty")).isDir());
        QCOMPARE(QFileInfo(into + QStringLiteral("/torrents/current.torrent")).symLinkTarget(),
            QFileInfo(into + QStringLiteral("/torrents/debian.torrent")).absoluteFilePath());
        QVERIFY(QFileInfo(into + QStringLiteral("/torrents/bin/run.sh")).isExecutable());
    }

    void sameInputGivesSameBytes()
    {
        const QString first = dest(QStringLiteral("same1.gz"));
        const QString second = dest(QStringLiteral("same2.gz"));
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("torrents"), first), Problems {});
        // A newer modification time must not change the archive.
        QFile touched(m_source + QStringLiteral("/configs.yaml"));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(
            QDateTime::currentDateTime().addDays(1), QFileDevice::FileModificationTime));
        touched.close();
        // Nor must the time of writing: a second later, any clock in the
        // archive (gzip header, cpio entries) would differ. A wait for time
        // on purpose, bounded, to prove something does not happen.
        QTest::qWait(1100);
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("torrents"), second), Problems {});
        QCOMPARE(readAll(first), readAll(second));
        QVERIFY(!readAll(first).isEmpty());
    }

    void rejectsSymlinkLeavingTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString src = dir.filePath(QStringLiteral("src"));
        writeFile(src + QStringLiteral("/a.yaml"), "a: 1\n");
        QVERIFY(QFile::link(QStringLiteral("../../etc/passwd"), src + QStringLiteral("/passwd")));
        const QString file = dir.filePath(QStringLiteral("out.gz"));
        const Problems problems = InitrdWriter::write(src, QStringLiteral("torrents"), file);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().file.endsWith(QLatin1String("/passwd")));
        QVERIFY(!QFile::exists(file));
    }

    void rejectsAbsoluteSymlinkOutside()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString src = dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(src));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), src + QStringLiteral("/hostname")));
        const QString file = dir.filePath(QStringLiteral("out.gz"));
        QCOMPARE(InitrdWriter::write(src, QStringLiteral("torrents"), file).size(), 1);
        QVERIFY(!QFile::exists(file));
    }

    void unwritableDestinationIsAProblem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A regular file where the destination's folder should be: no one,
        // not even root, can create a file below it.
        writeFile(dir.filePath(QStringLiteral("notafolder")), "x");
        const QString file = dir.filePath(QStringLiteral("notafolder/torrents.gz"));
        const Problems problems = InitrdWriter::write(m_source, QStringLiteral("torrents"), file);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().file.endsWith(QLatin1String("torrents.gz")));
        QVERIFY(!QFile::exists(file));
    }

    void failedWriteKeepsPreviousFileAndLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString src = dir.filePath(QStringLiteral("src"));
        QByteArray noise(4 << 20, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        writeFile(src + QStringLiteral("/image.bin"), noise);
        const QString outDir = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString file = outDir + QStringLiteral("/torrents.gz");
        writeFile(file, "previous build");

        // The file size limit makes the disk "full" after 256 KiB, half-way
        // through the archive.
        rlimit saved;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 256 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const Problems problems = InitrdWriter::write(src, QStringLiteral("torrents"), file);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, file);
        QVERIFY2(problems.first().message.contains(QLatin1String("too large")),
            qPrintable(problems.first().toString()));
        QCOMPARE(readAll(file), QByteArray("previous build"));
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("torrents.gz") });
    }

    void nestedPrefixCreatesItsParentsFirst()
    {
        const QString file = dest(QStringLiteral("nested.gz"));
        QCOMPARE(InitrdWriter::write(m_source, QStringLiteral("boot/torrents"), file), Problems {});
        const ReadArchive archive = readBack(file);
        QVERIFY2(archive.error.isEmpty(), qPrintable(archive.error));
        QCOMPARE(archive.paths().mid(0, 3),
            QStringList({ QStringLiteral("boot"), QStringLiteral("boot/torrents"),
                QStringLiteral("boot/torrents/Boottorrent.yaml") }));
        QCOMPARE(archive.find(QStringLiteral("boot"))->type, mode_t(AE_IFDIR));
    }

    void rejectsPrefixOutsideTheArchive()
    {
        const QString file = dest(QStringLiteral("prefix.gz"));
        for (const QString &prefix :
            { QString(), QStringLiteral("."), QStringLiteral("../up"), QStringLiteral("/abs") }) {
            QCOMPARE(InitrdWriter::write(m_source, prefix, file).size(), 1);
            QVERIFY(!QFile::exists(file));
        }
    }

    void missingSourceIsAProblem()
    {
        const QString file = dest(QStringLiteral("missing.gz"));
        QCOMPARE(InitrdWriter::write(
                     m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("torrents"), file)
                     .size(),
            1);
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestInitrdWriter)
#include "tst_initrdwriter.moc"

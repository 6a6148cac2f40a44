#include <builder/torrentmaker.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <libtorrent/bdecode.hpp>
#include <libtorrent/create_torrent.hpp>
#include <libtorrent/hasher.hpp>
#include <libtorrent/load_torrent.hpp>
#include <libtorrent/torrent_info.hpp>

#include <atomic>
#include <memory>
#include <thread>

#include <unistd.h>

using namespace bt;

namespace {

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(static_cast<quint32>(size) ^ 0x5eedu);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(gen.generate() & 0xff);
    return data;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(data), data.size());
}

std::shared_ptr<const lt::torrent_info> parse(const QByteArray &data)
{
    return std::make_shared<lt::torrent_info>(
        lt::span<const char>(data.constData(), data.size()), lt::from_span);
}

TorrentMaker::Options options(const QString &folder, int pieceSize = 0, int threads = 0)
{
    TorrentMaker::Options o;
    o.folder = folder;
    o.pieceSize = pieceSize;
    o.threads = threads;
    return o;
}

QString hex(const lt::sha1_hash &h)
{
    return QString::fromLatin1(QByteArray(h.data(), int(h.size())).toHex());
}

QString mktorrentInfoHash(const QString &folder, int pieceSize, const QString &outDir)
{
    const QString out = outDir + QStringLiteral("/mktorrent.torrent");
    QFile::remove(out);
    QProcess p;
    p.setProgram(QStringLiteral("mktorrent"));
    p.setArguments(
        { QStringLiteral("-l"), QString::number(qCountTrailingZeroBits(quint32(pieceSize))),
            QStringLiteral("-o"), out, folder });
    p.start();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return hex(parse(f.readAll())->info_hashes().v1);
}

// A folder with everything mktorrent's file order and file set depend on:
// hidden files, an empty file, '-' sorting before '/', nesting, links that
// stay inside, and sizes that make pieces cross file boundaries.
void makeTrickyFolder(const QString &dir)
{
    writeFile(dir + QStringLiteral("/vmlinuz"), randomBytes(70000));
    writeFile(dir + QStringLiteral("/.hidden"), randomBytes(123));
    writeFile(dir + QStringLiteral("/a-b"), randomBytes(40000));
    writeFile(dir + QStringLiteral("/a/b"), randomBytes(16384));
    writeFile(dir + QStringLiteral("/a/c/deep.img"), randomBytes(100001));
    writeFile(dir + QStringLiteral("/empty"), {});
    writeFile(dir + QStringLiteral("/B-upper"), randomBytes(5));
    writeFile(dir + QString::fromUtf8("/\xc3\xa9t\xc3\xa9.txt"), randomBytes(777));
    QVERIFY(QFile::link(QStringLiteral("a/b"), dir + QStringLiteral("/link-to-b")));
    QVERIFY(QFile::link(QStringLiteral("a/c"), dir + QStringLiteral("/link-to-c")));
}

} // namespace

class TestTorrentMaker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void makesV1MultiFileTorrentOfFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/debian");
        writeFile(dir + QStringLiteral("/vmlinuz"), randomBytes(100000));
        writeFile(dir + QStringLiteral("/boot/initrd.img"), randomBytes(50000));
        writeFile(dir + QStringLiteral("/config.yaml"), QByteArrayLiteral("method: kexec\n"));

        TorrentMaker::Options o;
        o.folder = dir;
        o.announceUrl = QStringLiteral("http://198.18.0.1:6969/announce");
        o.pieceSize = 32768;
        o.comment = QStringLiteral("Debian 12");
        const Result<TorrentFile> r = TorrentMaker::make(o);
        QVERIFY2(r.ok(), qPrintable(toString(r.problems())));

        QCOMPARE(r->totalSize, 150014);
        QCOMPARE(r->pieceSize, 32768);
        QCOMPARE(r->pieceCount, 5);
        QCOMPARE(r->infoHashHex.size(), 40);
        QCOMPARE(r->infoHashHex, r->infoHashHex.toLower());

        const auto ti = parse(r->data);
        QCOMPARE(hex(ti->info_hashes().v1), r->infoHashHex);
        QVERIFY(!ti->info_hashes().has_v2());
        QCOMPARE(ti->name(), std::string("debian"));
        QCOMPARE(ti->piece_length(), 32768);
        QCOMPARE(ti->num_pieces(), 5);
        QCOMPARE(ti->total_size(), 150014);
        QVERIFY2(QByteArray::fromStdString(ti->creator()).startsWith("BootTorrent "),
            ti->creator().c_str());
        QCOMPARE(ti->comment(), std::string("Debian 12"));
        QCOMPARE(ti->trackers().size(), size_t(1));
        QCOMPARE(ti->trackers().front().url, std::string("http://198.18.0.1:6969/announce"));

        const lt::file_storage &fs = ti->files();
        QCOMPARE(fs.num_files(), 3);
        const std::vector<std::pair<std::string, qint64>> expected { { "debian/boot/initrd.img",
                                                                         50000 },
            { "debian/config.yaml", 14 }, { "debian/vmlinuz", 100000 } };
        for (int i = 0; i < 3; ++i) {
            const lt::file_index_t f(i);
            QCOMPARE(fs.file_path(f), expected[size_t(i)].first);
            QCOMPARE(fs.file_size(f), expected[size_t(i)].second);
            QVERIFY(!fs.pad_file_at(f));
        }

        // No v2 keys in the info dictionary: aria2 1.36 would refuse the torrent.
        lt::error_code ec;
        const lt::bdecode_node root
            = lt::bdecode(lt::span<const char>(r->data.constData(), r->data.size()), ec);
        QVERIFY(!ec);
        const lt::bdecode_node info = root.dict_find_dict("info");
        QVERIFY(info);
        QVERIFY(!info.dict_find("meta version"));
        QVERIFY(!info.dict_find("file tree"));
        QVERIFY(info.dict_find_list("files"));
        QCOMPARE(info.dict_find_int_value("private", -1), -1);

        const lt::add_torrent_params atp
            = lt::load_torrent_buffer(lt::span<const char>(r->data.constData(), r->data.size()));
        QVERIFY(atp.ti);
        QCOMPARE(hex(atp.ti->info_hashes().v1), r->infoHashHex);
    }

    void omitsTrackerWhenNoAnnounceUrl()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/os/file"), randomBytes(1000));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY2(r.ok(), qPrintable(toString(r.problems())));
        QVERIFY(parse(r->data)->trackers().empty());
        QCOMPARE(r->pieceSize, TorrentMaker::pieceSizeFor(1000, false)); // no web seed either
    }

    void listsWebSeedsOutsideTheInfoDictionary()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/os/file"), randomBytes(70000));
        const Result<TorrentFile> plain
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os"), 64 * 1024));
        TorrentMaker::Options seeded = options(tmp.path() + QStringLiteral("/os"), 64 * 1024);
        seeded.webSeeds = { QStringLiteral("http://198.18.0.1:8291/") };
        const Result<TorrentFile> r = TorrentMaker::make(seeded);
        QVERIFY2(r.ok(), qPrintable(toString(r.problems())));
        QVERIFY(r->data.contains("8:url-list"));
        const std::vector<lt::web_seed_entry> seeds = parse(r->data)->web_seeds();
        QCOMPARE(seeds.size(), size_t(1));
        QCOMPARE(
            QString::fromStdString(seeds.front().url), QStringLiteral("http://198.18.0.1:8291/"));
        // At one piece size, the same info-hash with or without: mktorrent's
        // hash and the tracker's whitelist stay valid.
        QVERIFY(plain.ok());
        QCOMPARE(r->infoHashHex, plain->infoHashHex);
    }

    void namesTorrentAfterFolderAsGiven()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/store/debian-12.4/vmlinuz"), randomBytes(1000));
        QVERIFY(QFile::link(tmp.path() + QStringLiteral("/store/debian-12.4"),
            tmp.path() + QStringLiteral("/debian")));
        const Result<TorrentFile> viaLink
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/debian/")));
        QVERIFY2(viaLink.ok(), qPrintable(toString(viaLink.problems())));
        QCOMPARE(parse(viaLink->data)->name(), std::string("debian"));
        const Result<TorrentFile> direct
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/store/debian-12.4")));
        QVERIFY2(direct.ok(), qPrintable(toString(direct.problems())));
        QCOMPARE(parse(direct->data)->name(), std::string("debian-12.4"));
    }

    void infoHashEqualsMktorrents_data()
    {
        QTest::addColumn<int>("pieceSize");
        QTest::addColumn<bool>("singleFile");
        // mktorrent 1.1 takes 2^15 bytes as its smallest piece.
        QTest::newRow("32 KiB pieces") << 32768 << false;
        QTest::newRow("64 KiB pieces") << 65536 << false;
        QTest::newRow("512 KiB, one piece") << 524288 << false;
        QTest::newRow("folder with one file") << 32768 << true;
    }

    void infoHashEqualsMktorrents()
    {
        QFETCH(int, pieceSize);
        QFETCH(bool, singleFile);
        if (QStandardPaths::findExecutable(QStringLiteral("mktorrent")).isEmpty())
            QSKIP("mktorrent is not installed (scripts/setup installs it)");
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/freedos");
        if (singleFile)
            writeFile(dir + QStringLiteral("/odin1440.img"), randomBytes(50000));
        else
            makeTrickyFolder(dir);

        const Result<TorrentFile> r = TorrentMaker::make(options(dir, pieceSize, 3));
        QVERIFY2(r.ok(), qPrintable(toString(r.problems())));
        const QString theirs = mktorrentInfoHash(dir, pieceSize, tmp.path());
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(r->infoHashHex, theirs);
    }

    void everyPieceHashIsCorrect_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("two threads") << 2;
        QTest::newRow("seven threads") << 7;
    }

    void everyPieceHashIsCorrect()
    {
        QFETCH(int, threads);
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/os");
        makeTrickyFolder(dir);
        writeFile(dir + QStringLiteral("/big/disk.img"), randomBytes(3 * 1024 * 1024 + 17));

        const Result<TorrentFile> r = TorrentMaker::make(options(dir, 16384, threads));
        QVERIFY2(r.ok(), qPrintable(toString(r.problems())));
        const auto ours = parse(r->data);

        // libtorrent hashes the same file list itself.
        lt::file_storage fs = ours->files();
        lt::create_torrent reference(fs, 16384, lt::create_torrent::v1_only);
        lt::error_code ec;
        lt::set_piece_hashes(reference, tmp.path().toStdString(), ec);
        QVERIFY2(!ec, ec.message().c_str());
        const std::vector<char> referenceData = reference.generate_buf();
        const lt::torrent_info theirs(lt::span<const char>(referenceData), lt::from_span);
        QCOMPARE(theirs.num_pieces(), ours->num_pieces());
        for (int i = 0; i < ours->num_pieces(); ++i) {
            const lt::piece_index_t p(i);
            QVERIFY2(theirs.hash_for_piece(p) == ours->hash_for_piece(p),
                qPrintable(QString::number(i)));
        }

        // And lt::hasher over the bytes laid end to end, independent of set_piece_hashes.
        QByteArray all;
        for (const lt::file_index_t f : fs.file_range()) {
            QFile file(tmp.path() + QLatin1Char('/') + QString::fromStdString(fs.file_path(f)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            all += file.readAll();
        }
        QCOMPARE(all.size(), r->totalSize);
        for (int i = 0; i < ours->num_pieces(); ++i) {
            const qsizetype offset = qsizetype(i) * 16384;
            const lt::hasher h(
                all.constData() + offset, int(std::min<qsizetype>(16384, all.size() - offset)));
            QVERIFY2(lt::hasher(h).final() == ours->hash_for_piece(lt::piece_index_t(i)),
                qPrintable(QString::number(i)));
        }
    }

    void progressIsMonotoneOnCallingThreadAndReachesTotal()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/os");
        QDir().mkpath(dir);
        // A sparse file: hashing 1 GiB of holes takes long enough for several reports.
        QFile sparse(dir + QStringLiteral("/disk.img"));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(qint64(1) << 30));
        sparse.close();
        writeFile(dir + QStringLiteral("/kernel"), randomBytes(1000));

        QList<qint64> done;
        QList<qint64> totals;
        bool otherThread = false;
        QThread *const caller = QThread::currentThread();
        QElapsedTimer timer;
        timer.start();
        const Result<TorrentFile> r
            = TorrentMaker::make(options(dir, 0, 1), [&](qint64 d, qint64 t) {
                  done << d;
                  totals << t;
                  otherThread = otherThread || QThread::currentThread() != caller;
              });
        const qint64 elapsedMs = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(toString(r.problems())));
        QVERIFY(!otherThread);
        QVERIFY(done.size() >= 2);
        for (qsizetype i = 1; i < done.size(); ++i)
            QVERIFY(done[i] > done[i - 1]);
        for (const qint64 t : std::as_const(totals))
            QCOMPARE(t, r->totalSize);
        QCOMPARE(done.last(), r->totalSize);
        QCOMPARE(done.count(r->totalSize), 1);
        // At most about 20 reports a second.
        QVERIFY2(done.size() <= elapsedMs / 50 + 2,
            qPrintable(QStringLiteral("%1 reports in %2 ms").arg(done.size()).arg(elapsedMs)));
    }

    void cancelStopsHashingQuickly()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/os");
        QDir().mkpath(dir);
        QFile sparse(dir + QStringLiteral("/disk.img"));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(qint64(8) << 30));
        sparse.close();

        std::atomic_bool cancel { false };
        QElapsedTimer sinceCancel;
        qint64 doneAtCancel = -1;
        const Result<TorrentFile> r = TorrentMaker::make(
            options(dir, 0, 2),
            [&](qint64 d, qint64) {
                if (!cancel) {
                    doneAtCancel = d;
                    cancel = true;
                    sinceCancel.start();
                }
            },
            &cancel);
        QVERIFY(cancel);
        QVERIFY(doneAtCancel < (qint64(8) << 30));
        QVERIFY(!r.ok());
        QVERIFY(TorrentMaker::isCancelled(r.problems()));
        QCOMPARE(r.problems().first().message, QStringLiteral("cancelled"));
        QVERIFY2(sinceCancel.elapsed() < 500, qPrintable(QString::number(sinceCancel.elapsed())));
    }

    void cancelBeforeStartMakesNothing()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/os/file"), randomBytes(100));
        const std::atomic_bool cancel { true };
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")), {}, &cancel);
        QVERIFY(!r.ok());
        QVERIFY(TorrentMaker::isCancelled(r.problems()));
    }

    void rejectsSymlinkLeavingFolder()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/secret"), QByteArrayLiteral("host only"));
        writeFile(tmp.path() + QStringLiteral("/os/kernel"), randomBytes(100));
        QVERIFY(
            QFile::link(QStringLiteral("../secret"), tmp.path() + QStringLiteral("/os/escape")));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().size(), 1);
        QVERIFY2(r.problems().first().file.endsWith(QStringLiteral("/os/escape")),
            qPrintable(toString(r.problems())));
        QVERIFY(r.problems().first().message.contains(QStringLiteral("outside")));
    }

    void rejectsBrokenSymlink()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/os/kernel"), randomBytes(100));
        QVERIFY(
            QFile::link(QStringLiteral("missing"), tmp.path() + QStringLiteral("/os/dangling")));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY(!r.ok());
        QVERIFY(r.problems().first().file.endsWith(QStringLiteral("/os/dangling")));
    }

    void rejectsSymlinkLoop()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/os/sub/kernel"), randomBytes(100));
        QVERIFY(QFile::link(QStringLiteral(".."), tmp.path() + QStringLiteral("/os/sub/up")));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY(!r.ok());
        QVERIFY2(r.problems().first().file.endsWith(QStringLiteral("/os/sub/up")),
            qPrintable(toString(r.problems())));
    }

    void rejectsEmptyFolder()
    {
        QTemporaryDir tmp;
        QDir().mkpath(tmp.path() + QStringLiteral("/os/empty-sub"));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().file, tmp.path() + QStringLiteral("/os"));
        QVERIFY2(r.problems().first().message.contains(QStringLiteral("no files")),
            qPrintable(toString(r.problems())));
    }

    void rejectsFolderOfEmptyFiles()
    {
        QTemporaryDir tmp;
        writeFile(tmp.path() + QStringLiteral("/os/a"), {});
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY(!r.ok());
        QVERIFY(r.problems().first().message.contains(QStringLiteral("empty")));
    }

    void rejectsMissingFolderAndBadPieceSize()
    {
        QTemporaryDir tmp;
        QVERIFY(!TorrentMaker::make(options(tmp.path() + QStringLiteral("/nope"))).ok());
        writeFile(tmp.path() + QStringLiteral("/os/a"), randomBytes(10));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os"), 100000));
        QVERIFY(!r.ok());
        QVERIFY(r.problems().first().message.contains(QStringLiteral("power of two")));
    }

    void namesUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file regardless of its mode");
        QTemporaryDir tmp;
        const QString file = tmp.path() + QStringLiteral("/os/locked");
        writeFile(file, randomBytes(100));
        QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
        const Result<TorrentFile> r
            = TorrentMaker::make(options(tmp.path() + QStringLiteral("/os")));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().first().file, file);
    }

    void pieceSizeForGivesPowersOfTwoForAboutFourThousandPieces_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("expected");
        const qint64 MiB = 1024 * 1024;
        QTest::newRow("tiny") << qint64(1000) << 16 * 1024;
        QTest::newRow("64 MiB") << 64 * MiB << 16 * 1024;
        QTest::newRow("65 MiB") << 65 * MiB << 32 * 1024;
        QTest::newRow("100 MiB") << 100 * MiB << 32 * 1024;
        QTest::newRow("128 MiB") << 128 * MiB << 32 * 1024;
        QTest::newRow("129 MiB") << 129 * MiB << 64 * 1024;
        QTest::newRow("1 GiB") << 1024 * MiB << 256 * 1024;
        QTest::newRow("4 GiB") << 4096 * MiB << 1024 * 1024;
        QTest::newRow("32 GiB") << 32 * 1024 * MiB << 8 * 1024 * 1024;
        QTest::newRow("1 TiB") << 1024 * 1024 * MiB << 8 * 1024 * 1024;
    }

    void pieceSizeForGivesPowersOfTwoForAboutFourThousandPieces()
    {
        QFETCH(qint64, total);
        QFETCH(int, expected);
        const int size = TorrentMaker::pieceSizeFor(total);
        QCOMPARE(size, expected);
        QCOMPARE(size & (size - 1), 0);
        if (size > 16 * 1024 && size < 8 * 1024 * 1024) {
            const qint64 pieces = (total + size - 1) / size;
            QVERIFY(pieces > 2048 && pieces <= 4096);
        }
        // Without a web seed: fewer, larger pieces, 256 KiB at least.
        const int plain = TorrentMaker::pieceSizeFor(total, false);
        QCOMPARE(plain & (plain - 1), 0);
        QVERIFY(plain >= std::max(size, 256 * 1024));
        if (plain > 256 * 1024 && plain < 8 * 1024 * 1024) {
            const qint64 pieces = (total + plain - 1) / plain;
            QVERIFY(pieces > 1000 && pieces <= 2000);
        }
    }
};

QTEST_GUILESS_MAIN(TestTorrentMaker)
#include "tst_torrentmaker.moc"

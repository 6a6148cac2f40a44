#include "torrentmaker.h"

#include "private/piecehasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libtorrent/create_torrent.hpp>
#include <libtorrent/file_storage.hpp>
#include <libtorrent/torrent_info.hpp>

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

namespace bt {

namespace {

Problem cancelledProblem(const QString &folder)
{
    return Problem { folder, {}, QCoreApplication::translate("bt::TorrentMaker", "cancelled") };
}

// One regular file of the torrent: its path inside the torrent (bytes, as
// mktorrent sorts them) and where its data is read from.
struct Entry
{
    QByteArray relativePath;
    QString source;
    qint64 size = 0;
};

// Collects every regular file below a folder the way mktorrent does (hidden
// files too, symbolic links followed), but refuses links that leave the
// folder: a torrent must not carry files from elsewhere on the host.
class FolderWalker
{
public:
    FolderWalker(QString root, const std::atomic_bool *cancel)
        : m_root(std::move(root))
        , m_cancel(cancel)
    {
    }

    std::optional<Problem> walk(const QString &dir, const QByteArray &prefix)
    {
        if (m_cancel && m_cancel->load())
            return cancelled();
        if (!QFileInfo(dir).isReadable())
            return Problem { dir, {},
                QCoreApplication::translate(
                    "bt::TorrentMaker", "cannot be read (permission denied)") };
        m_stack.append(dir);
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
        for (const QFileInfo &info : entries) {
            const QByteArray relative = prefix + QFile::encodeName(info.fileName());
            QFileInfo target = info;
            if (info.isSymLink()) {
                const QString resolved = info.canonicalFilePath();
                if (resolved.isEmpty())
                    return Problem { info.absoluteFilePath(), {},
                        QCoreApplication::translate(
                            "bt::TorrentMaker", "is a symbolic link to %1, which does not exist")
                            .arg(info.symLinkTarget()) };
                if (resolved != m_root && !resolved.startsWith(m_root + QLatin1Char('/')))
                    return Problem { info.absoluteFilePath(), {},
                        QCoreApplication::translate("bt::TorrentMaker",
                            "is a symbolic link to %1, outside the OS folder; copy the file into "
                            "the "
                            "folder instead")
                            .arg(resolved) };
                target = QFileInfo(resolved);
            }
            if (target.isDir()) {
                const QString canonical = target.canonicalFilePath();
                if (m_stack.contains(canonical))
                    return Problem { info.absoluteFilePath(), {},
                        QCoreApplication::translate("bt::TorrentMaker",
                            "is a symbolic link to a folder that contains it, which would repeat "
                            "forever") };
                if (auto problem = walk(canonical, relative + '/'))
                    return problem;
            } else if (target.isFile()) {
                // Devices, pipes and sockets are not files to download; mktorrent skips them too.
                m_entries.append({ relative, target.absoluteFilePath(), target.size() });
            }
        }
        m_stack.removeLast();
        return std::nullopt;
    }

    QList<Entry> takeEntries() { return std::move(m_entries); }

    Problem cancelled() const { return cancelledProblem(m_root); }

private:
    QString m_root;
    const std::atomic_bool *m_cancel;
    QStringList m_stack; // canonical folders being walked, to stop link loops
    QList<Entry> m_entries;
};

QString toHex(const lt::sha1_hash &hash)
{
    return QString::fromLatin1(QByteArray(hash.data(), int(hash.size())).toHex());
}

} // namespace

int TorrentMaker::pieceSizeFor(qint64 totalSize, bool webSeeded)
{
    // What matters on a LAN is the number of pieces, and how long one takes
    // to cross a link: a client passes a piece on only once it holds all of
    // it. A crowd fetching pieces from the host's web seed and trading them
    // did best with the smallest pieces BitTorrent has (bench/lab, 16 KiB,
    // one block each, against 32 KiB: 32 clients at 5 Mbit/s 1.37-1.46 x
    // the time of one copy against 1.48-1.56, the host sending 1.26 x the
    // image against 1.31-1.40; 16 clients at 25 Mbit/s 1.22-1.24 against
    // 1.25-1.31; and 256 KiB pieces were far behind). Without a web seed,
    // BitTorrent alone traded small pieces worse (2.4-2.7 x with 32 KiB
    // against 2.0-2.2 x with 256 KiB): then 256 KiB (mktorrent's default)
    // and about 2000 pieces. The .torrent travels over TFTP inside
    // torrents.gz, 20 bytes a piece: 4096 pieces are 80 KiB. 8 MiB caps what
    // a client re-fetches after a corrupt piece and what aria2 keeps in
    // memory.
    const int kMin = webSeeded ? 16 * 1024 : 256 * 1024;
    constexpr int kMax = 8 * 1024 * 1024;
    const qint64 kMostPieces = webSeeded ? 4096 : 2000;
    int size = kMin;
    while (size < kMax && totalSize / size > kMostPieces)
        size *= 2;
    return size;
}

bool TorrentMaker::isCancelled(const Problems &problems)
{
    return problems.size() == 1 && problems.first().message == cancelledProblem({}).message;
}

Result<TorrentFile> TorrentMaker::make(
    const Options &options, const Progress &progress, const std::atomic_bool *cancel)
{
    const QFileInfo folderInfo(options.folder);
    if (!folderInfo.isDir())
        return Problem { options.folder, {},
            QCoreApplication::translate("bt::TorrentMaker", "is not a folder") };
    const QString root = folderInfo.canonicalFilePath();
    // Named as the folder was given (a link named "debian" gives "debian", as with mktorrent).
    const QByteArray name
        = QFile::encodeName(QFileInfo(QDir(options.folder).absolutePath()).fileName());
    if (name.isEmpty())
        return Problem { options.folder, {},
            QCoreApplication::translate("bt::TorrentMaker", "has no name to give the torrent") };

    FolderWalker walker(root, cancel);
    if (auto problem = walker.walk(root, {}))
        return *problem;
    QList<Entry> entries = walker.takeEntries();
    if (entries.isEmpty())
        return Problem { options.folder, {},
            QCoreApplication::translate(
                "bt::TorrentMaker", "contains no files; put the OS files into it") };
    // mktorrent sorts by strcmp() of the path; the same order gives the same info-hash.
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.relativePath < b.relativePath; });

    QList<PieceHasher::File> files;
    qint64 totalSize = 0;
    for (const Entry &e : std::as_const(entries)) {
        files.append({ e.source, e.size });
        totalSize += e.size;
    }
    if (totalSize == 0)
        return Problem { options.folder, {},
            QCoreApplication::translate(
                "bt::TorrentMaker", "contains only empty files; a torrent needs data") };

    const int pieceSize = options.pieceSize > 0
        ? options.pieceSize
        : pieceSizeFor(totalSize, !options.webSeeds.isEmpty());
    if (pieceSize < 16 * 1024 || (pieceSize & (pieceSize - 1)) != 0)
        return Problem { options.folder, {},
            QCoreApplication::translate(
                "bt::TorrentMaker", "piece size %1 is not a power of two of at least 16 KiB")
                .arg(pieceSize) };

    const int threads = options.threads > 0
        ? options.threads
        : int(std::max(1u, std::thread::hardware_concurrency()));
    const PieceHasher hasher(files, pieceSize, threads);
    Result<QByteArray> digests = hasher.run(progress, cancel);
    if (!digests)
        return cancel && cancel->load() ? Problems { cancelledProblem(options.folder) }
                                        : digests.problems();

    try {
        lt::file_storage storage;
        for (const Entry &e : std::as_const(entries))
            storage.add_file((name + '/' + e.relativePath).toStdString(), e.size);
        // v1 only: aria2 1.36 on the clients reads neither v2 nor hybrid torrents.
        // No attributes and no pad files, as mktorrent, so the info-hashes agree.
        lt::create_torrent creator(
            storage, pieceSize, lt::create_torrent::v1_only | lt::create_torrent::no_attributes);
        if (creator.num_pieces() != hasher.pieceCount())
            return Problem { options.folder, {},
                QCoreApplication::translate(
                    "bt::TorrentMaker", "libtorrent counts %1 pieces where %2 were hashed")
                    .arg(creator.num_pieces())
                    .arg(hasher.pieceCount()) };
        const char *digest = digests->constData();
        for (int i = 0; i < hasher.pieceCount(); ++i)
            creator.set_hash(lt::piece_index_t(i), lt::sha1_hash(digest + qsizetype(i) * 20));
        creator.set_creator("BootTorrent " BOOTTORRENT_VERSION);
        if (!options.comment.isEmpty())
            creator.set_comment(options.comment.toUtf8().constData());
        if (!options.announceUrl.isEmpty())
            creator.add_tracker(options.announceUrl.toStdString(), 0);
        // url-list (BEP 19) sits outside the info dictionary: the info-hash
        // stays the one mktorrent gives.
        for (const QString &url : options.webSeeds)
            creator.add_url_seed(url.toStdString());
        const std::vector<char> buffer = creator.generate_buf();

        const lt::torrent_info info(lt::span<const char>(buffer), lt::from_span);
        TorrentFile torrent;
        torrent.data = QByteArray(buffer.data(), qsizetype(buffer.size()));
        torrent.infoHashHex = toHex(info.info_hashes().v1);
        torrent.totalSize = totalSize;
        torrent.pieceSize = pieceSize;
        torrent.pieceCount = hasher.pieceCount();
        return torrent;
    } catch (const std::exception &e) {
        return Problem { options.folder, {},
            QCoreApplication::translate(
                "bt::TorrentMaker", "libtorrent could not make the torrent: %1")
                .arg(QString::fromLocal8Bit(e.what())) };
    }
}

Result<TorrentMaker::Layout> TorrentMaker::layoutOf(const QByteArray &torrentData)
{
    lt::error_code ec;
    const lt::torrent_info info(
        lt::span<char const>(torrentData.constData(), torrentData.size()), ec, lt::from_span);
    if (ec)
        return Problem { {}, {},
            QCoreApplication::translate("bt::TorrentMaker", "is not a torrent: %1")
                .arg(QString::fromStdString(ec.message())) };
    const lt::file_storage &storage = info.files();
    Layout layout;
    layout.pieceLength = info.piece_length();
    layout.pieces = info.num_pieces();
    layout.contiguous = storage.num_files() > 0;
    for (const lt::file_index_t index : storage.file_range()) {
        if (storage.pad_file_at(index)) {
            layout.contiguous = false;
            continue;
        }
        // A multi-file torrent names its files <torrent name>/<path>.
        const QString path = QString::fromStdString(storage.file_path(index));
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        if (slash < 0)
            layout.contiguous = false; // a single-file torrent
        layout.files << (slash < 0 ? path : path.mid(slash + 1));
        layout.sizes << storage.file_size(index);
    }
    return layout;
}

} // namespace bt

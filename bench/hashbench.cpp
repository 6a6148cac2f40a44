// Measures how fast TorrentMaker hashes a cached file against mktorrent,
// libtorrent's set_piece_hashes and the machine's raw SHA-1 capacity over
// every core, in one run so the figures share the same machine load.

#include <builder/torrentmaker.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <libtorrent/create_torrent.hpp>
#include <libtorrent/torrent_info.hpp>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

qint64 parseSize(const QString &text)
{
    // Plain numbers are MiB; K, M, G suffixes are powers of 1024.
    QString t = text.trimmed().toUpper();
    qint64 unit = 1024 * 1024;
    if (t.endsWith(QLatin1Char('K')) || t.endsWith(QLatin1Char('M'))
        || t.endsWith(QLatin1Char('G'))) {
        unit = t.endsWith(QLatin1Char('K')) ? 1024
            : t.endsWith(QLatin1Char('M'))  ? 1024 * 1024
                                            : 1024 * 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && value > 0 ? qint64(value * double(unit)) : -1;
}

bool writeRandomFile(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        const qint64 n = std::min<qint64>(chunk.size(), size - written);
        RAND_bytes(reinterpret_cast<unsigned char *>(chunk.data()), int(n));
        if (f.write(chunk.constData(), n) != n)
            return false;
        written += n;
    }
    return true;
}

void warmCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    std::vector<char> buffer(8 * 1024 * 1024);
    while (::read(fd, buffer.data(), buffer.size()) > 0) { }
    ::close(fd);
}

struct Measure
{
    QString name;
    std::vector<double> seconds;
    QString infoHash;
    QString note;

    double best() const
    {
        return seconds.empty() ? 0 : *std::min_element(seconds.begin(), seconds.end());
    }
    double median() const
    {
        if (seconds.empty())
            return 0;
        std::vector<double> s = seconds;
        std::sort(s.begin(), s.end());
        return s[s.size() / 2];
    }
};

std::optional<double> runOurs(const QString &folder, int pieceSize, int threads, QString *infoHash)
{
    bt::TorrentMaker::Options o;
    o.folder = folder;
    o.pieceSize = pieceSize;
    o.threads = threads;
    QElapsedTimer timer;
    timer.start();
    const bt::Result<bt::TorrentFile> r = bt::TorrentMaker::make(o);
    const double s = double(timer.nsecsElapsed()) / 1e9;
    if (!r) {
        out << "TorrentMaker failed: " << bt::toString(r.problems()) << Qt::endl;
        return std::nullopt;
    }
    *infoHash = r->infoHashHex;
    return s;
}

std::optional<double> runMktorrent(
    const QString &folder, int pieceSize, int threads, const QString &output, QString *infoHash)
{
    QFile::remove(output);
    QProcess p;
    p.setProgram(QStringLiteral("mktorrent"));
    p.setArguments(
        { QStringLiteral("-l"), QString::number(qCountTrailingZeroBits(quint32(pieceSize))),
            QStringLiteral("-t"), QString::number(threads), QStringLiteral("-o"), output, folder });
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << "mktorrent failed: " << QString::fromLocal8Bit(p.readAll()) << Qt::endl;
        return std::nullopt;
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    QFile f(output);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray data = f.readAll();
        lt::error_code ec;
        const lt::torrent_info ti(
            lt::span<const char>(data.constData(), data.size()), ec, lt::from_span);
        if (!ec)
            *infoHash = QString::fromLatin1(
                QByteArray(ti.info_hashes().v1.data(), int(ti.info_hashes().v1.size())).toHex());
    }
    return s;
}

std::optional<double> runLibtorrent(const QString &folder, int pieceSize, QString *infoHash)
{
    QElapsedTimer timer;
    timer.start();
    lt::file_storage fs;
    lt::add_files(fs, QFile::encodeName(folder).toStdString());
    lt::create_torrent ct(fs, pieceSize, lt::create_torrent::v1_only);
    lt::error_code ec;
    lt::set_piece_hashes(ct, QFile::encodeName(QFileInfo(folder).absolutePath()).toStdString(), ec);
    const double s = double(timer.nsecsElapsed()) / 1e9;
    if (ec) {
        out << "set_piece_hashes failed: " << QString::fromStdString(ec.message()) << Qt::endl;
        return std::nullopt;
    }
    try {
        const std::vector<char> data = ct.generate_buf();
        const lt::torrent_info ti(lt::span<const char>(data), lt::from_span);
        *infoHash = QString::fromLatin1(
            QByteArray(ti.info_hashes().v1.data(), int(ti.info_hashes().v1.size())).toHex());
    } catch (const std::exception &) {
    }
    return s;
}

// SHA-1 over in-memory buffers on `threads` threads, piece by piece, as much
// data in total as the file holds: the ceiling for any torrent maker here.
double runRawSha1(
    qint64 size, int pieceSize, int threads, const std::vector<std::vector<unsigned char>> &buffers)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    const qint64 pieces = (size + pieceSize - 1) / pieceSize;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            EVP_MD_CTX *ctx = EVP_MD_CTX_new();
            const std::vector<unsigned char> &buffer = buffers[size_t(t)];
            const qint64 perBuffer = qint64(buffer.size()) / pieceSize;
            unsigned char digest[EVP_MAX_MD_SIZE];
            for (qint64 p = t; p < pieces; p += threads) {
                const unsigned char *data = buffer.data() + (p / threads % perBuffer) * pieceSize;
                EVP_DigestInit_ex(ctx, md, nullptr);
                EVP_DigestUpdate(ctx, data, size_t(pieceSize));
                EVP_DigestFinal_ex(ctx, digest, nullptr);
            }
            EVP_MD_CTX_free(ctx);
        });
    }
    for (std::thread &w : workers)
        w.join();
    const double s = double(timer.nsecsElapsed()) / 1e9;
    EVP_MD_free(md);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compares TorrentMaker's hashing speed with mktorrent, libtorrent and raw "
                       "SHA-1 on a cached file."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Size of the test file: MiB, or with K/M/G suffix (default 1G)."),
        QStringLiteral("size"), QStringLiteral("1G"));
    const QCommandLineOption pieceOption(QStringLiteral("piece-size"),
        QStringLiteral(
            "Piece size in bytes, a power of two (default: TorrentMaker::pieceSizeFor)."),
        QStringLiteral("bytes"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Timed runs of each (default 3)."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
        QStringLiteral("Keep the random file here and reuse it when it has the right size."),
        QStringLiteral("path"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Threads for every contender (default: every core)."), QStringLiteral("n"));
    parser.addOptions({ sizeOption, pieceOption, runsOption, fileOption, threadsOption });
    parser.process(app);

    const qint64 size = parseSize(parser.value(sizeOption));
    if (size <= 0) {
        out << "bad --size" << Qt::endl;
        return 2;
    }
    const int pieceSize = parser.isSet(pieceOption) ? parser.value(pieceOption).toInt()
                                                    : bt::TorrentMaker::pieceSizeFor(size);
    if (pieceSize < 32768 || (pieceSize & (pieceSize - 1)) != 0) {
        out << "--piece-size must be a power of two of at least 32768 (mktorrent's smallest)"
            << Qt::endl;
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int threads = parser.isSet(threadsOption)
        ? std::max(1, parser.value(threadsOption).toInt())
        : int(std::max(1u, std::thread::hardware_concurrency()));

    // The folder to hash holds the random file alone; with --file it is a
    // hard link to the kept file, so a second run skips writing 1 GiB.
    const QString keptFile = parser.value(fileOption);
    QTemporaryDir work(keptFile.isEmpty()
            ? QDir::tempPath() + QStringLiteral("/hashbench-XXXXXX")
            : QFileInfo(keptFile).absolutePath() + QStringLiteral("/hashbench-XXXXXX"));
    if (!work.isValid()) {
        out << "cannot create a temporary folder" << Qt::endl;
        return 2;
    }
    const QString folder = work.path() + QStringLiteral("/os");
    QDir().mkpath(folder);
    const QString dataFile = folder + QStringLiteral("/random.img");
    if (keptFile.isEmpty()) {
        out << "writing " << size << " random bytes to " << dataFile << Qt::endl;
        if (!writeRandomFile(dataFile, size))
            return 2;
    } else {
        if (QFileInfo(keptFile).size() != size) {
            out << "writing " << size << " random bytes to " << keptFile << Qt::endl;
            if (!writeRandomFile(keptFile, size))
                return 2;
        } else {
            out << "reusing " << keptFile << Qt::endl;
        }
        if (::link(QFile::encodeName(keptFile).constData(), QFile::encodeName(dataFile).constData())
                != 0
            && !QFile::copy(keptFile, dataFile)) {
            out << "cannot link or copy " << keptFile << Qt::endl;
            return 2;
        }
    }
    warmCache(dataFile);

    std::vector<std::vector<unsigned char>> buffers(static_cast<size_t>(threads));
    for (auto &b : buffers) {
        b.resize(size_t(std::max<qint64>(pieceSize, 64 * 1024 * 1024)));
        RAND_bytes(b.data(), int(b.size()));
    }

    const bool haveMktorrent
        = !QStandardPaths::findExecutable(QStringLiteral("mktorrent")).isEmpty();
    Measure ours { QStringLiteral("TorrentMaker"), {}, {}, {} };
    Measure mktorrent { QStringLiteral("mktorrent -t %1").arg(threads), {}, {}, {} };
    Measure libtorrent { QStringLiteral("lt::set_piece_hashes"), {}, {}, {} };
    Measure raw { QStringLiteral("raw SHA-1, %1 threads").arg(threads), {}, {}, {} };
    Measure raw1 { QStringLiteral("raw SHA-1, 1 thread"), {}, {}, {} };
    const QString mktorrentOutput = work.path() + QStringLiteral("/mktorrent.torrent");

    out << "size " << size << " bytes, piece size " << pieceSize << ", threads " << threads
        << ", runs " << runs << Qt::endl;
    // Interleaved, so a burst of load from elsewhere hits every contender alike.
    for (int run = 0; run < runs; ++run) {
        if (auto s = runOurs(folder, pieceSize, threads, &ours.infoHash))
            ours.seconds.push_back(*s);
        if (haveMktorrent) {
            if (auto s
                = runMktorrent(folder, pieceSize, threads, mktorrentOutput, &mktorrent.infoHash))
                mktorrent.seconds.push_back(*s);
        }
        if (auto s = runLibtorrent(folder, pieceSize, &libtorrent.infoHash))
            libtorrent.seconds.push_back(*s);
        raw.seconds.push_back(runRawSha1(size, pieceSize, threads, buffers));
        raw1.seconds.push_back(runRawSha1(size, pieceSize, 1, buffers));
    }

    const double mb = double(size) / 1e6;
    out << Qt::endl;
    for (const Measure *m : { &ours, &mktorrent, &libtorrent, &raw, &raw1 }) {
        if (m->seconds.empty()) {
            out << qSetFieldWidth(24) << Qt::left << m->name << qSetFieldWidth(0) << " not measured"
                << Qt::endl;
            continue;
        }
        out << qSetFieldWidth(24) << Qt::left << m->name << qSetFieldWidth(0)
            << QStringLiteral(" best %1 s (%2 MB/s), median %3 s (%4 MB/s)")
                   .arg(m->best(), 0, 'f', 3)
                   .arg(mb / m->best(), 0, 'f', 0)
                   .arg(m->median(), 0, 'f', 3)
                   .arg(mb / m->median(), 0, 'f', 0)
            << Qt::endl;
    }
    out << Qt::endl;
    if (!ours.seconds.empty() && !mktorrent.seconds.empty())
        out << QStringLiteral("ours/mktorrent speed: %1 (best), %2 (median); goal >= 1.00")
                   .arg(mktorrent.best() / ours.best(), 0, 'f', 2)
                   .arg(mktorrent.median() / ours.median(), 0, 'f', 2)
            << Qt::endl;
    if (!ours.seconds.empty() && !libtorrent.seconds.empty())
        out << QStringLiteral("ours/libtorrent speed: %1 (best)")
                   .arg(libtorrent.best() / ours.best(), 0, 'f', 2)
            << Qt::endl;
    if (!ours.seconds.empty())
        out << QStringLiteral("ours/raw time: %1 (best), %2 (median); goal <= 1.20")
                   .arg(ours.best() / raw.best(), 0, 'f', 2)
                   .arg(ours.median() / raw.median(), 0, 'f', 2)
            << Qt::endl;
    out << "info-hash ours " << ours.infoHash << ", mktorrent " << mktorrent.infoHash
        << ", libtorrent " << libtorrent.infoHash << Qt::endl;
    const bool same = !ours.infoHash.isEmpty()
        && (mktorrent.infoHash.isEmpty() || ours.infoHash == mktorrent.infoHash)
        && ours.infoHash == libtorrent.infoHash;
    out << (same ? "info-hashes agree" : "INFO-HASHES DIFFER") << Qt::endl;
    return same ? 0 : 1;
}

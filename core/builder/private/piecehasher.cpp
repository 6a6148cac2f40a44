#include "piecehasher.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace bt {

namespace {

constexpr int kDigestSize = 20;
// Small enough that a chunk is still in the core's L2 cache when SHA-1 reads
// it right after the copy out of the page cache, large enough that the
// system call is noise.
constexpr qint64 kChunkSize = 512 * 1024;
// Threads claim runs of pieces of about this many bytes: large runs keep
// reads sequential, several runs per thread keep a busy core from holding
// everybody back.
constexpr qint64 kRunBytes = 32 * 1024 * 1024;
constexpr auto kProgressInterval = std::chrono::milliseconds(50);

// What all workers share: the next run to claim, the bytes hashed so far,
// and the first failure, which stops everybody.
struct Shared
{
    std::atomic_int nextRun { 0 };
    std::atomic<qint64> bytesDone { 0 };
    std::atomic_bool stop { false };
    std::mutex mutex;
    std::condition_variable finished;
    int running = 0;
    bool failed = false;
    Problem problem;

    void fail(Problem p)
    {
        std::lock_guard lock(mutex);
        if (!failed) {
            failed = true;
            problem = std::move(p);
        }
        stop = true;
    }
};

struct EvpMdFree
{
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};
struct EvpMdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

// A file descriptor that closes itself.
class OpenFile
{
public:
    OpenFile() = default;
    OpenFile(const OpenFile &) = delete;
    OpenFile &operator=(const OpenFile &) = delete;
    ~OpenFile() { close(); }

    bool open(const std::string &path)
    {
        close();
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return false;
        ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        return true;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    int fd() const { return m_fd; }

private:
    int m_fd = -1;
};

} // namespace

PieceHasher::PieceHasher(QList<File> files, int pieceSize, int threads)
    : m_files(std::move(files))
    , m_pieceSize(pieceSize)
{
    m_fileStarts.reserve(m_files.size());
    for (const File &f : std::as_const(m_files)) {
        m_fileStarts.append(m_totalSize);
        m_totalSize += f.size;
    }
    m_pieceCount = pieceSize > 0 ? int((m_totalSize + pieceSize - 1) / pieceSize) : 0;
    m_threads = std::clamp(threads, 1, std::max(1, m_pieceCount));
}

Result<QByteArray> PieceHasher::run(const Progress &progress, const std::atomic_bool *cancel) const
{
    if (m_pieceSize <= 0 || m_pieceCount == 0)
        return Problem { {}, {},
            QCoreApplication::translate("bt::PieceHasher", "There is nothing to hash.") };

    std::unique_ptr<EVP_MD, EvpMdFree> sha1(EVP_MD_fetch(nullptr, "SHA1", nullptr));
    if (!sha1)
        return Problem { {}, {},
            QCoreApplication::translate("bt::PieceHasher", "OpenSSL offers no SHA-1.") };

    // Workers must not touch Qt's implicitly shared strings, so they get
    // plain copies of everything they read.
    std::vector<std::string> paths;
    std::vector<qint64> starts;
    std::vector<qint64> sizes;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        paths.push_back(QFile::encodeName(m_files[i].path).toStdString());
        starts.push_back(m_fileStarts[i]);
        sizes.push_back(m_files[i].size);
    }

    QByteArray digests(qsizetype(m_pieceCount) * kDigestSize, Qt::Uninitialized);
    unsigned char *out = reinterpret_cast<unsigned char *>(digests.data());
    const qint64 total = m_totalSize;
    const qint64 pieceSize = m_pieceSize;
    const int pieceCount = m_pieceCount;
    // At least four runs per thread, so small torrents use every core too.
    const int runPieces = int(std::clamp<qint64>((pieceCount + 4 * m_threads - 1) / (4 * m_threads),
        1, std::max<qint64>(1, kRunBytes / pieceSize)));

    Shared shared;
    auto stopRequested = [&] {
        return shared.stop.load(std::memory_order_relaxed)
            || (cancel && cancel->load(std::memory_order_relaxed));
    };
    auto ioProblem = [&](size_t file, const QString &what) {
        return Problem { QFile::decodeName(paths[file].c_str()), {}, what };
    };

    auto worker = [&] {
        std::unique_ptr<EVP_MD_CTX, EvpMdCtxFree> ctx(EVP_MD_CTX_new());
        std::unique_ptr<char[]> buffer(new char[kChunkSize]);
        OpenFile file;
        size_t openIndex = paths.size();
        if (!ctx) {
            shared.fail(Problem { {}, {},
                QCoreApplication::translate("bt::PieceHasher", "Out of memory while hashing.") });
            return;
        }
        while (!stopRequested()) {
            const int first = shared.nextRun.fetch_add(1) * runPieces;
            if (first >= pieceCount)
                return;
            const int last = std::min(first + runPieces, pieceCount);
            qint64 pos = qint64(first) * pieceSize;
            // The last file starting at or before pos; empty files are skipped below.
            size_t fi
                = size_t(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin()) - 1;
            for (int piece = first; piece < last; ++piece) {
                EVP_DigestInit_ex(ctx.get(), sha1.get(), nullptr);
                qint64 left = std::min(pieceSize, total - pos);
                while (left > 0) {
                    while (pos >= starts[fi] + sizes[fi])
                        ++fi;
                    if (openIndex != fi) {
                        if (!file.open(paths[fi])) {
                            shared.fail(ioProblem(fi,
                                QCoreApplication::translate("bt::PieceHasher", "cannot be read: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno)))));
                            return;
                        }
                        openIndex = fi;
                    }
                    const qint64 want
                        = std::min({ left, starts[fi] + sizes[fi] - pos, kChunkSize });
                    qint64 got = 0;
                    while (got < want) {
                        const ssize_t n = ::pread(file.fd(), buffer.get() + got, size_t(want - got),
                            off_t(pos - starts[fi] + got));
                        if (n < 0 && errno == EINTR)
                            continue;
                        if (n < 0) {
                            shared.fail(ioProblem(fi,
                                QCoreApplication::translate("bt::PieceHasher", "cannot be read: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno)))));
                            return;
                        }
                        if (n == 0) {
                            shared.fail(ioProblem(fi,
                                QCoreApplication::translate("bt::PieceHasher",
                                    "became shorter while it was being hashed")));
                            return;
                        }
                        got += n;
                    }
                    EVP_DigestUpdate(ctx.get(), buffer.get(), size_t(want));
                    pos += want;
                    left -= want;
                    shared.bytesDone.fetch_add(want, std::memory_order_relaxed);
                    if (stopRequested())
                        return;
                }
                EVP_DigestFinal_ex(ctx.get(), out + qint64(piece) * kDigestSize, nullptr);
            }
        }
    };

    std::vector<std::thread> threads;
    shared.running = m_threads;
    for (int i = 0; i < m_threads; ++i) {
        threads.emplace_back([&] {
            worker();
            std::lock_guard lock(shared.mutex);
            --shared.running;
            shared.finished.notify_all();
        });
    }

    qint64 reported = -1;
    {
        std::unique_lock lock(shared.mutex);
        while (!shared.finished.wait_for(
            lock, kProgressInterval, [&] { return shared.running == 0; })) {
            const qint64 done = shared.bytesDone.load(std::memory_order_relaxed);
            if (progress && done != reported && done < total) {
                reported = done;
                lock.unlock();
                progress(done, total);
                lock.lock();
            }
        }
    }
    for (std::thread &t : threads)
        t.join();

    if (shared.failed)
        return shared.problem;
    if (cancel && cancel->load())
        return Problem { {}, {}, QCoreApplication::translate("bt::PieceHasher", "cancelled") };
    if (progress)
        progress(total, total);
    return digests;
}

} // namespace bt

#include "webseedschedule.h"

#include <algorithm>
#include <bit>

namespace bt {

namespace {

QString fileKey(const QString &torrent, const QString &path)
{
    return torrent + QLatin1Char('/') + path;
}

} // namespace

void WebSeedSchedule::setTorrents(const QHash<QString, QSet<QString>> &filesByTorrent)
{
    m_fileIndex.clear();
    m_files.clear();
    m_torrents.clear();
    for (auto it = filesByTorrent.cbegin(); it != filesByTorrent.cend(); ++it) {
        const int torrent = int(m_torrents.size());
        Torrent &added = m_torrents.emplace_back();
        added.name = it.key();
        added.files = int(it->size());
        for (const QString &path : *it) {
            m_fileIndex.insert(fileKey(it.key(), path), int(m_files.size()));
            m_files.emplace_back().torrent = torrent;
        }
    }
}

int WebSeedSchedule::begin(const QString &torrent, const QString &path, qint64 size, qint64 nowMs)
{
    const int index = m_fileIndex.value(fileKey(torrent, path), -1);
    if (index < 0)
        return -1;
    File &file = m_files[size_t(index)];
    Torrent &owner = m_torrents[size_t(file.torrent)];
    if (owner.rounds == 0 || nowMs - owner.lastSentMs > m_waveGapMs) {
        clear(owner, file.torrent);
        ++owner.rounds;
    }
    owner.lastSentMs = nowMs;
    size = std::max<qint64>(size, 0);
    if (file.size != size) {
        // A file replaced under the server: its marks say nothing any more.
        if (file.size < 0)
            ++owner.sized;
        for (std::uint64_t word : file.bits)
            owner.marked -= std::popcount(word);
        owner.chunks -= file.chunks;
        file.size = size;
        file.chunks = (size + ChunkBytes - 1) / ChunkBytes;
        file.bits.assign(size_t((file.chunks + 63) / 64), 0);
        file.bits.shrink_to_fit();
        owner.chunks += file.chunks;
    }
    return index;
}

bool WebSeedSchedule::isSent(int index, qint64 offset) const
{
    if (index < 0 || offset < 0)
        return false;
    const File &file = m_files[size_t(index)];
    const qint64 chunk = offset / ChunkBytes;
    if (chunk >= file.chunks)
        return false;
    return (file.bits[size_t(chunk / 64)] >> (chunk % 64)) & 1U;
}

void WebSeedSchedule::markSent(int index, qint64 offset, qint64 length, qint64 nowMs)
{
    if (index < 0 || offset < 0 || length <= 0)
        return;
    File &file = m_files[size_t(index)];
    Torrent &owner = m_torrents[size_t(file.torrent)];
    owner.lastSentMs = nowMs;
    const qint64 end = std::min(offset + length, file.size);
    const qint64 first = (offset + ChunkBytes - 1) / ChunkBytes;
    const qint64 last = end >= file.size ? file.chunks : end / ChunkBytes; // exclusive
    for (qint64 chunk = first; chunk < last; ++chunk) {
        std::uint64_t &word = file.bits[size_t(chunk / 64)];
        const std::uint64_t bit = std::uint64_t(1) << (chunk % 64);
        if (!(word & bit)) {
            word |= bit;
            ++owner.marked;
        }
    }
    if (owner.sized == owner.files && owner.chunks > 0 && owner.marked == owner.chunks) {
        clear(owner, file.torrent);
        ++owner.rounds;
    }
}

void WebSeedSchedule::clear(Torrent &torrent, int index)
{
    for (File &file : m_files) {
        if (file.torrent == index)
            std::fill(file.bits.begin(), file.bits.end(), 0);
    }
    torrent.marked = 0;
}

qint64 WebSeedSchedule::memoryBytes() const
{
    qint64 bytes = qint64(sizeof(*this)) + qint64(m_files.capacity() * sizeof(File))
        + qint64(m_torrents.capacity() * sizeof(Torrent));
    for (const File &file : m_files)
        bytes += qint64(file.bits.capacity() * sizeof(std::uint64_t));
    for (auto it = m_fileIndex.cbegin(); it != m_fileIndex.cend(); ++it)
        bytes += qint64(sizeof(int) + sizeof(QString)) + it.key().size() * qint64(sizeof(QChar));
    for (const Torrent &torrent : m_torrents)
        bytes += torrent.name.size() * qint64(sizeof(QChar));
    return bytes;
}

int WebSeedSchedule::rounds(const QString &torrent) const
{
    const auto it = std::find_if(m_torrents.cbegin(), m_torrents.cend(),
        [&torrent](const Torrent &t) { return t.name == torrent; });
    return it == m_torrents.cend() ? 0 : it->rounds;
}

} // namespace bt

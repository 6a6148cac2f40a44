#pragma once

#include "environment/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace bt {

// Computes the SHA-1 of every BitTorrent v1 piece of a list of files laid
// end to end, on several threads at once. Pieces cross file boundaries, so
// each thread takes a run of whole pieces and reads its byte range across
// the files with large reads.
class PieceHasher
{
public:
    struct File
    {
        QString path; // absolute path, opened for reading
        qint64 size = 0;
    };
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

    PieceHasher(QList<File> files, int pieceSize, int threads);

    qint64 totalSize() const { return m_totalSize; }
    int pieceCount() const { return m_pieceCount; }

    // 20 bytes per piece, in piece order. Progress runs on the calling
    // thread at most every 50 ms and once with done == total on success.
    Result<QByteArray> run(const Progress &progress, const std::atomic_bool *cancel) const;

private:
    QList<File> m_files;
    QList<qint64> m_fileStarts; // offset of each file in the torrent's byte stream
    qint64 m_totalSize = 0;
    int m_pieceSize = 0;
    int m_pieceCount = 0;
    int m_threads = 1;
};

} // namespace bt

// btfetch's reading of the head the host (or anything at its address) answers a piece request
// with: whatever arrives, the pieces are ascending, few and within what fits() was told, and a
// body length is only ever taken as exactly the bytes of those pieces.
#include "fuzzsupport.h"

#include "pieceanswer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view head(reinterpret_cast<const char *>(data), size);
    const bt::fetch::PieceAnswer answer = bt::fetch::PieceAnswer::parse(head);
    BTFUZZ_CHECK(answer.code >= -1 && answer.code <= 999);
    BTFUZZ_CHECK(answer.contentLength >= -1);
    BTFUZZ_CHECK(answer.pieces.size() <= std::size_t(bt::fetch::PieceAnswer::MaxPieces));
    for (std::size_t i = 0; i < answer.pieces.size(); ++i)
        BTFUZZ_CHECK(answer.pieces[i] >= 0 && (i == 0 || answer.pieces[i] > answer.pieces[i - 1]));
    // A torrent of 100 pieces of 32 KiB, the last one 5 bytes.
    const auto pieceSize = [](int piece) -> long long { return piece == 99 ? 5 : 32768; };
    if (answer.fits(100, pieceSize)) {
        long long bytes = 0;
        for (const int piece : answer.pieces) {
            BTFUZZ_CHECK(piece < 100);
            bytes += pieceSize(piece);
        }
        BTFUZZ_CHECK(answer.code == 200 && bytes == answer.contentLength);
    }
    return 0;
}

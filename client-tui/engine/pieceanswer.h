#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace bt::fetch {

// The head of the host's answer to a piece request (GET /.bt-piece/<torrent>?have=...): its
// status, whether it closes the connection, the pieces it hands out (X-BT-Pieces: 4,5) and the
// length of their bytes. What arrives is hostile until checked: numbers are bounded, the list is
// ascending and short, and fits() holds it against the torrent before a byte of body is read.
struct PieceAnswer
{
    static constexpr int MaxPieces = 64;

    int code = -1; // the status code; -1 when the status line is not HTTP/1.x NNN
    bool closes = false; // "Connection: close"
    std::vector<int> pieces; // ascending, each below 2^31; empty when the list was not valid
    long long contentLength = -1; // -1: absent or not a number

    // `head`: the status line and the headers, without the blank line.
    static PieceAnswer parse(std::string_view head);

    // A 200 whose pieces are all of the torrent's `pieceCount` and whose body is exactly their
    // bytes (pieceSize(index), the last piece shorter).
    bool fits(int pieceCount, const std::function<long long(int)> &pieceSize) const;
};

} // namespace bt::fetch

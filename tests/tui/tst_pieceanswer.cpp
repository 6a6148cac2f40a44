// btfetch's reading of the host's answer to a piece request: what it accepts, and that anything
// else (a wrong length, pieces out of order or out of the torrent, junk) is refused before a byte
// of body is read.

#include "pieceanswer.h"

#include <gtest/gtest.h>

#include <string>

using bt::fetch::PieceAnswer;

namespace {

// A torrent of 10 pieces of 64 KiB, the last one 1000 bytes.
long long pieceSize(int piece) { return piece == 9 ? 1000 : 65536; }

} // namespace

TEST(PieceAnswer, ReadsTheHandout)
{
    const PieceAnswer answer = PieceAnswer::parse("HTTP/1.1 200 OK\r\nContent-Type: "
                                                  "application/octet-stream\r\nContent-Length: "
                                                  "66536\r\nx-bt-pieces:  3,9 \r\nConnection: "
                                                  "keep-alive");
    EXPECT_EQ(answer.code, 200);
    EXPECT_FALSE(answer.closes);
    EXPECT_EQ(answer.pieces, (std::vector<int> { 3, 9 }));
    EXPECT_EQ(answer.contentLength, 66536);
    EXPECT_TRUE(answer.fits(10, pieceSize));
}

TEST(PieceAnswer, ReadsNothingToSend)
{
    const PieceAnswer answer
        = PieceAnswer::parse("HTTP/1.1 204 No Content\r\nX-BT-Pieces: \r\nConnection: Close");
    EXPECT_EQ(answer.code, 204);
    EXPECT_TRUE(answer.closes);
    EXPECT_TRUE(answer.pieces.empty());
    EXPECT_FALSE(answer.fits(10, pieceSize));
}

TEST(PieceAnswer, RefusesWhatDoesNotFit)
{
    const auto fits = [](const std::string &pieces, const std::string &length) {
        return PieceAnswer::parse(
            "HTTP/1.1 200 OK\r\nX-BT-Pieces: " + pieces + "\r\nContent-Length: " + length)
            .fits(10, pieceSize);
    };
    EXPECT_TRUE(fits("0,1", "131072"));
    EXPECT_FALSE(fits("0,1", "131071")); // not their bytes
    EXPECT_FALSE(fits("1,0", "131072")); // not ascending
    EXPECT_FALSE(fits("1,1", "131072")); // twice
    EXPECT_FALSE(fits("10", "65536")); // past the torrent
    EXPECT_FALSE(fits("-1", "65536"));
    EXPECT_FALSE(fits("0,,1", "131072"));
    EXPECT_FALSE(fits("0x1", "65536"));
    EXPECT_FALSE(fits("99999999999999", "65536"));
    EXPECT_FALSE(fits("0", "65536 bytes"));
    EXPECT_FALSE(fits("0", ""));
    std::string many;
    for (int piece = 0; piece <= PieceAnswer::MaxPieces; ++piece)
        many += (many.empty() ? "" : ",") + std::to_string(piece);
    EXPECT_TRUE(PieceAnswer::parse("HTTP/1.1 200 OK\r\nX-BT-Pieces: " + many).pieces.empty());
}

TEST(PieceAnswer, ReadsOnlyHttpStatusLines)
{
    EXPECT_EQ(PieceAnswer::parse("HTTP/1.1 404 Not Found").code, 404);
    EXPECT_EQ(PieceAnswer::parse("HTTP/1.0 200").code, 200);
    EXPECT_EQ(PieceAnswer::parse("ICY 200 OK").code, -1);
    EXPECT_EQ(PieceAnswer::parse("HTTP/1.1 2000 OK").code, -1);
    EXPECT_EQ(PieceAnswer::parse("HTTP/1.1 2x0 OK").code, -1);
    EXPECT_EQ(PieceAnswer::parse("").code, -1);
    EXPECT_EQ(PieceAnswer::parse("HTTP/1.1 200 OK\r\n\r\n\r\nX-BT-Pieces: 1").pieces,
        (std::vector<int> { 1 }));
}

// btfetch's hold on end-game copies: a second peer's request for a block goes out only once the
// first peer was asked FirstGetsTime ago, or can no longer send it (refused, choked, gone), and
// never once the block or its piece is in.

#include "endgamerequests.h"

#include <gtest/gtest.h>

using bt::fetch::EndGameRequests;
using namespace std::chrono_literals;

namespace {

const EndGameRequests::Clock::time_point t0 {};
const std::pair<int, int> block { 7, 16384 };

} // namespace

TEST(EndGameRequests, FirstRequestGoesOut)
{
    EndGameRequests book;
    EXPECT_TRUE(book.maySend(1, block, t0));
    EXPECT_TRUE(book.maySend(2, { 7, 0 }, t0)); // another block of the piece
    EXPECT_TRUE(book.maySend(2, { 8, 16384 }, t0)); // the same offset of another piece
    EXPECT_EQ(book.heldBack(), 0);
}

TEST(EndGameRequests, CopyWaitsForTheFirst)
{
    EndGameRequests book;
    ASSERT_TRUE(book.maySend(1, block, t0));
    EXPECT_FALSE(book.maySend(2, block, t0 + 100ms));
    EXPECT_FALSE(book.maySend(3, block, t0 + EndGameRequests::FirstGetsTime - 1ms));
    EXPECT_EQ(book.heldBack(), 2);
    // The first peer asked again (after a reconnect) is no copy.
    EXPECT_TRUE(book.maySend(1, block, t0 + 200ms));
}

TEST(EndGameRequests, CopyGoesOutOnceTheFirstIsOld)
{
    EndGameRequests book;
    ASSERT_TRUE(book.maySend(1, block, t0));
    EXPECT_TRUE(book.maySend(2, block, t0 + EndGameRequests::FirstGetsTime));
    // The copy is now the one others wait for.
    EXPECT_FALSE(book.maySend(3, block, t0 + EndGameRequests::FirstGetsTime + 1s));
    EXPECT_TRUE(book.maySend(3, block, t0 + 2 * EndGameRequests::FirstGetsTime));
}

TEST(EndGameRequests, CopyGoesOutWhenTheFirstCannotSend)
{
    EndGameRequests refused;
    ASSERT_TRUE(refused.maySend(1, block, t0));
    refused.dropped(2, block); // not the first peer's: nothing changes
    EXPECT_FALSE(refused.maySend(2, block, t0 + 10ms));
    refused.dropped(1, block);
    EXPECT_TRUE(refused.maySend(2, block, t0 + 20ms));

    EndGameRequests gone;
    ASSERT_TRUE(gone.maySend(1, block, t0));
    ASSERT_TRUE(gone.maySend(1, { 9, 0 }, t0));
    ASSERT_TRUE(gone.maySend(4, { 10, 0 }, t0));
    gone.peerGone(1);
    EXPECT_TRUE(gone.maySend(2, block, t0 + 10ms));
    EXPECT_TRUE(gone.maySend(2, { 9, 0 }, t0 + 10ms));
    EXPECT_FALSE(gone.maySend(2, { 10, 0 }, t0 + 10ms)); // peer 4 still has it
}

TEST(EndGameRequests, NothingHeldOnceTheBlockIsIn)
{
    EndGameRequests book;
    ASSERT_TRUE(book.maySend(1, block, t0));
    ASSERT_TRUE(book.maySend(1, { 7, 0 }, t0));
    ASSERT_TRUE(book.maySend(1, { 8, 0 }, t0));
    book.received(block);
    EXPECT_TRUE(book.maySend(2, block, t0 + 10ms)); // asked again: it failed its hash check
    book.pieceDone(7);
    EXPECT_TRUE(book.maySend(3, block, t0 + 20ms));
    EXPECT_TRUE(book.maySend(3, { 7, 0 }, t0 + 20ms));
    EXPECT_FALSE(book.maySend(3, { 8, 0 }, t0 + 20ms)); // another piece's record stays
}

#include "wiretestdata.h"

#include <wire/scrapereply.h>

#include <gtest/gtest.h>

#include <random>

using bt::wire::ScrapeReply;
using Counts = ScrapeReply::Counts;
using Error = ScrapeReply::Error;

namespace {

// tests/data/opentracker-infohashes.txt: the torrents of the recorded replies.
const std::string demoHash = "c93efe3e5ade6ed92f004c4539c028442695315c";
const std::string otherHash = "7ab58dd5d9e7653dd8d3e35ce8d482eef52b343c";
// Bytes that percent-encoding must not pass through: '%', '&', '=', '+', NUL, 0xff.
const std::string awkwardHash = "2526003d2bff41424344454647484950515253ff";

std::string bytes(const std::string &hex) { return *ScrapeReply::hashBytes(hex); }

std::string replyFor(const std::string &hash, const std::string &counts)
{
    return "d5:filesd20:" + bytes(hash) + counts + "ee";
}

} // namespace

TEST(ScrapeReply, readsRecordedSeederAndLeecher)
{
    const ScrapeReply reply
        = ScrapeReply::decode(wiretest::recorded("opentracker-scrape-one.bencode"));
    ASSERT_TRUE(reply.ok());
    ASSERT_EQ(reply.torrents.size(), 1u);
    ASSERT_NE(reply.find(bytes(demoHash)), nullptr);
    EXPECT_EQ(*reply.find(bytes(demoHash)), (Counts { 1, 1, 0 }));
}

TEST(ScrapeReply, readsRecordedReplyForTwoTorrents)
{
    const ScrapeReply reply
        = ScrapeReply::decode(wiretest::recorded("opentracker-scrape-two.bencode"));
    ASSERT_TRUE(reply.ok());
    ASSERT_EQ(reply.torrents.size(), 2u);
    // The leecher finished: it counts as a seeder and as a completed download.
    EXPECT_EQ(*reply.find(bytes(demoHash)), (Counts { 2, 0, 1 }));
    EXPECT_EQ(*reply.find(bytes(otherHash)), (Counts { 0, 1, 0 }));
}

TEST(ScrapeReply, aTorrentWithoutPeersIsLeftOut)
{
    const ScrapeReply reply
        = ScrapeReply::decode(wiretest::recorded("opentracker-scrape-unknown.bencode"));
    ASSERT_TRUE(reply.ok());
    EXPECT_TRUE(reply.torrents.empty());
    EXPECT_EQ(reply.find(bytes(demoHash)), nullptr);
}

TEST(ScrapeReply, missingCountsAreZero)
{
    const ScrapeReply reply = ScrapeReply::decode(replyFor(demoHash, "d10:incompletei3ee"));
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(*reply.find(bytes(demoHash)), (Counts { 0, 3, 0 }));
}

TEST(ScrapeReply, recordedErrorPageIsNotBencode)
{
    const std::string page = wiretest::recorded("opentracker-scrape-invalid.html");
    ASSERT_EQ(page.rfind("<title>", 0), 0u);
    const ScrapeReply reply = ScrapeReply::decode(page);
    EXPECT_EQ(reply.error, Error::NotBencode);
    EXPECT_EQ(reply.bencodeError, bt::wire::BencodeReader::Error::UnexpectedCharacter);
    EXPECT_EQ(reply.position, 0u);
}

TEST(ScrapeReply, carriesTheTrackersFailureReasonBounded)
{
    const ScrapeReply reply
        = ScrapeReply::decode("d14:failure reason25:Requested download is note");
    EXPECT_EQ(reply.error, Error::Refused);
    EXPECT_EQ(reply.detail, "Requested download is not");
    const std::string longReason(5000, 'r');
    EXPECT_EQ(ScrapeReply::decode("d14:failure reason5000:" + longReason + "e").detail.size(),
        ScrapeReply::MaxDetail);
}

TEST(ScrapeReply, rejectsRepliesThatAreNoScrape)
{
    const std::string hash(20, 'x');
    EXPECT_EQ(ScrapeReply::decode("i3e").error, Error::NotADictionary);
    EXPECT_EQ(ScrapeReply::decode("de").error, Error::NoFiles);
    EXPECT_EQ(ScrapeReply::decode("d5:filesi1ee").error, Error::NoFiles);
    EXPECT_EQ(
        ScrapeReply::decode("d5:filesd3:abcd8:completei1eeee").error, Error::HashNotTwentyBytes);
    for (const std::string &counts : { std::string("i5e"), std::string("d8:completei-1ee"),
             std::string("d8:completei2147483648ee"), std::string("d8:complete1:1e") }) {
        const ScrapeReply reply = ScrapeReply::decode("d5:filesd20:" + hash + counts + "ee");
        EXPECT_EQ(reply.error, Error::InvalidCounts) << counts;
        EXPECT_EQ(reply.detail, hash);
    }
    EXPECT_EQ(ScrapeReply::decode(replyFor(demoHash, "d8:completei2147483647ee"))
                  .find(bytes(demoHash))
                  ->complete,
        2147483647);
}

TEST(ScrapeReply, everyTruncationOfARealReplyIsAnError)
{
    const std::string reply = wiretest::recorded("opentracker-scrape-two.bencode");
    ASSERT_FALSE(reply.empty());
    for (std::size_t length = 0; length < reply.size(); ++length)
        EXPECT_FALSE(ScrapeReply::decode(reply.substr(0, length)).ok()) << length;
    // Random corruption may still be a valid reply; it must only never crash.
    std::mt19937 random(20240611);
    for (int round = 0; round < 20000; ++round) {
        std::string corrupt = reply;
        for (int flips = 1 + int(random() % 4); flips > 0; --flips)
            corrupt[random() % corrupt.size()] = char(random() % 256);
        (void)ScrapeReply::decode(corrupt);
    }
}

TEST(ScrapeReply, targetPercentEncodesTheTwentyBytes)
{
    EXPECT_EQ(ScrapeReply::target({ "7021baa15829cb1438803cab4c5deb2210cb69b3" }),
        "/scrape?info_hash=p%21%BA%A1X%29%CB%148%80%3C%ABL%5D%EB%22%10%CBi%B3");
    EXPECT_EQ(ScrapeReply::target({ awkwardHash, demoHash.substr(0, 38) + "5C" }),
        "/scrape?info_hash=%25%26%00%3D%2B%FFABCDEFGHIPQRS%FF"
        "&info_hash=%C9%3E%FE%3EZ%DEn%D9%2F%00LE9%C0%28D%26%951%5C");
    EXPECT_EQ(ScrapeReply::target({}), "/scrape");
}

TEST(ScrapeReply, refusesHashesThatAreNotFortyHexDigits)
{
    EXPECT_EQ(ScrapeReply::target({ "7021" }), std::nullopt);
    EXPECT_EQ(ScrapeReply::target({ demoHash, std::string(40, 'g') }), std::nullopt);
    EXPECT_EQ(ScrapeReply::hashBytes(demoHash + "00"), std::nullopt);
}

TEST(ScrapeReply, hexIsLowerCaseAndReadsBack)
{
    EXPECT_EQ(ScrapeReply::hex(bytes(awkwardHash)), awkwardHash);
    EXPECT_EQ(ScrapeReply::hex(bytes("C93EFE3E5ADE6ED92F004C4539C028442695315C")), demoHash);
}

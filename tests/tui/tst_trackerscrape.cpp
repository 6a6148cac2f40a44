#include "loopbackserver.h"
#include "trackerscrape.h"
#include "tuitest.h"

using namespace bt::tui;

namespace {

const std::string hash = "7021baa15829cb1438803cab4c5deb2210cb69b3";

} // namespace

TUI_TEST(targetPercentEncodesTheTwentyBytes)
{
    const Outcome<std::string> target = TrackerScrape::target(hash);
    CHECK(target.ok());
    CHECK_EQ(target.value(),
        std::string("/scrape?info_hash=p%21%BA%A1X%29%CB%148%80%3C%ABL%5D%EB%22%10%CBi%B3"));
}

TUI_TEST(rejectsAHashThatIsNotFortyHexDigits)
{
    CHECK(!TrackerScrape::target("7021"));
    CHECK(!TrackerScrape::target(std::string(40, 'g')));
}

TUI_TEST(readsCountsFromOpentrackersReply)
{
    // Recorded from Debian's opentracker with one torrent whitelisted.
    const Outcome<TrackerScrape::Counts> counts
        = TrackerScrape::parse(tuitest::dataFile("opentracker-scrape.bencode"), hash);
    CHECK(counts.ok());
    CHECK_EQ(counts->complete, 5L);
    CHECK_EQ(counts->incomplete, 0L);
    CHECK_EQ(counts->downloaded, 4L);
}

TUI_TEST(readsIncompletePeers)
{
    std::string bytes;
    for (std::size_t i = 0; i < 40; i += 2)
        bytes += static_cast<char>(std::stoi(hash.substr(i, 2), nullptr, 16));
    const std::string body
        = "d5:filesd20:" + bytes + "d8:completei1e10:downloadedi0e10:incompletei3eeee";
    const Outcome<TrackerScrape::Counts> counts = TrackerScrape::parse(body, hash);
    CHECK(counts.ok());
    CHECK_EQ(counts->incomplete, 3L);
}

TUI_TEST(anUnknownTorrentHasNobodyDownloading)
{
    const Outcome<TrackerScrape::Counts> counts = TrackerScrape::parse("d5:filesdee", hash);
    CHECK(counts.ok());
    CHECK_EQ(counts->incomplete, 0L);
}

TUI_TEST(failureReasonAndGarbageAreErrors)
{
    CHECK_CONTAINS(
        TrackerScrape::parse("d14:failure reason9:forbiddene", hash).error(), "forbidden");
    CHECK(!TrackerScrape::parse("d5:filesd20:abc", hash));
    CHECK(!TrackerScrape::parse("<html>", hash));
}

TUI_TEST(hostileLengthsEndTheParse)
{
    // A length that wraps the position around used to loop forever.
    CHECK(!TrackerScrape::parse("l18446744073709551595:", hash));
    CHECK(!TrackerScrape::parse("d5:filesd18446744073709551615:ee", hash));
    CHECK(!TrackerScrape::parse("d5:filesd-1:aee", hash));
    CHECK(!TrackerScrape::parse("d5:filesd 2:abee", hash));
}

TUI_TEST(queriesOverHttp)
{
    LoopbackServer server("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nd5:filesdee");
    const Outcome<TrackerScrape::Counts> counts
        = TrackerScrape::query(*Ipv4Address::parse("127.0.0.1"), server.port(), hash);
    CHECK(counts.ok());
    CHECK_CONTAINS(server.requests().at(0), "GET /scrape?info_hash=p%21%BA");
}

TUI_TEST_MAIN()

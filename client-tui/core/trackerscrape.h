#pragma once

#include "ipv4address.h"
#include "outcome.h"

#include <wire/scrapereply.h>

#include <string>

namespace bt::tui {

// Asks the host's opentracker how many peers of one torrent are still downloading, so a client
// stops sharing early when nobody needs its pieces any more.
class TrackerScrape
{
public:
    using Counts = wire::ScrapeReply::Counts;

    // infoHashHex: 40 hex digits, as btfetch reports "infoHash".
    static Outcome<std::string> target(const std::string &infoHashHex);
    // Reads a bencoded scrape reply: d5:filesd20:<hash>d8:completei..e10:incompletei..eee
    static Outcome<Counts> parse(const std::string &body, const std::string &infoHashHex);
    static Outcome<Counts> query(Ipv4Address host, int port, const std::string &infoHashHex);
};

} // namespace bt::tui

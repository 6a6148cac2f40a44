#include "trackerscrape.h"

#include "httpclient.h"

namespace bt::tui {

namespace {

std::string notAHash(const std::string &hex)
{
    return "info-hash must be 40 hex digits, got '" + hex + "'";
}

} // namespace

Outcome<std::string> TrackerScrape::target(const std::string &infoHashHex)
{
    const std::optional<std::string> target = wire::ScrapeReply::target({ infoHashHex });
    if (!target)
        return Outcome<std::string>::failure(notAHash(infoHashHex));
    return Outcome<std::string>::success(*target);
}

Outcome<TrackerScrape::Counts> TrackerScrape::parse(
    const std::string &body, const std::string &infoHashHex)
{
    const std::optional<std::string> hash = wire::ScrapeReply::hashBytes(infoHashHex);
    if (!hash)
        return Outcome<Counts>::failure(notAHash(infoHashHex));
    const wire::ScrapeReply reply = wire::ScrapeReply::decode(body);
    using Error = wire::ScrapeReply::Error;
    switch (reply.error) {
    case Error::None:
        break;
    case Error::NotBencode:
    case Error::NotADictionary:
        return Outcome<Counts>::failure("tracker scrape: not a bencoded dictionary");
    case Error::Refused:
        return Outcome<Counts>::failure("tracker scrape: " + reply.detail);
    case Error::NoFiles:
        return Outcome<Counts>::failure("tracker scrape: no 'files' dictionary");
    case Error::HashNotTwentyBytes:
    case Error::InvalidCounts:
        return Outcome<Counts>::failure("tracker scrape: a torrent's counts are not valid");
    }
    // A tracker that knows no peer of the torrent leaves it out: nobody is downloading.
    const Counts *counts = reply.find(*hash);
    return Outcome<Counts>::success(counts ? *counts : Counts {});
}

Outcome<TrackerScrape::Counts> TrackerScrape::query(
    Ipv4Address host, int port, const std::string &infoHashHex)
{
    const Outcome<std::string> path = target(infoHashHex);
    if (!path)
        return Outcome<Counts>::failure(path.error());
    const Outcome<HttpResponse> response
        = HttpClient::get(host, port, path.value(), std::chrono::milliseconds(2000));
    if (!response)
        return Outcome<Counts>::failure("tracker scrape: " + response.error());
    if (response->status != 200)
        return Outcome<Counts>::failure("tracker scrape: HTTP " + std::to_string(response->status));
    return parse(response->body, infoHashHex);
}

} // namespace bt::tui

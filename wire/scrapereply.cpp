#include "scrapereply.h"

#include "urltext.h"

#include <limits>

namespace bt::wire {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A missing count is zero; one that is no count at all makes the reply nonsense.
bool readCount(const BencodeValue &torrent, std::string_view key, int &count)
{
    const BencodeValue *value = torrent.find(key);
    if (!value) {
        count = 0;
        return true;
    }
    if (!value->isInteger() || value->integer < 0
        || value->integer > std::numeric_limits<int>::max())
        return false;
    count = int(value->integer);
    return true;
}

ScrapeReply failed(ScrapeReply::Error error, std::string_view detail = {})
{
    ScrapeReply reply;
    reply.error = error;
    reply.detail = detail.substr(0, ScrapeReply::MaxDetail);
    return reply;
}

} // namespace

const ScrapeReply::Counts *ScrapeReply::find(std::string_view hash) const
{
    for (const auto &[torrent, counts] : torrents) {
        if (torrent == hash)
            return &counts;
    }
    return nullptr;
}

ScrapeReply ScrapeReply::decode(std::string_view body)
{
    const BencodeReader::Read read = BencodeReader::read(body);
    if (!read.ok()) {
        ScrapeReply reply = failed(Error::NotBencode);
        reply.bencodeError = read.error;
        reply.position = read.position;
        return reply;
    }
    const BencodeValue &root = read.value;
    if (!root.isDictionary())
        return failed(Error::NotADictionary);
    if (const BencodeValue *reason = root.find("failure reason"))
        return failed(Error::Refused, reason->string);
    const BencodeValue *files = root.find("files");
    if (!files || !files->isDictionary())
        return failed(Error::NoFiles);
    ScrapeReply reply;
    for (const BencodeEntry &entry : files->dictionary) {
        if (entry.key.size() != 20)
            return failed(Error::HashNotTwentyBytes, entry.key);
        Counts counts;
        if (!entry.value.isDictionary() || !readCount(entry.value, "complete", counts.complete)
            || !readCount(entry.value, "incomplete", counts.incomplete)
            || !readCount(entry.value, "downloaded", counts.downloaded))
            return failed(Error::InvalidCounts, entry.key);
        reply.torrents.emplace_back(entry.key, counts);
    }
    return reply;
}

std::optional<std::string> ScrapeReply::hashBytes(std::string_view hex)
{
    if (hex.size() != 40)
        return std::nullopt;
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = hexDigit(hex[i]);
        const int low = hexDigit(hex[i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes += char(high << 4 | low);
    }
    return bytes;
}

std::string ScrapeReply::hex(std::string_view bytes) { return hexText(bytes); }

std::optional<std::string> ScrapeReply::target(const std::vector<std::string> &hexHashes)
{
    std::string target = "/scrape";
    for (const std::string &hexHash : hexHashes) {
        const std::optional<std::string> bytes = hashBytes(hexHash);
        if (!bytes)
            return std::nullopt;
        target += target.size() == 7 ? "?info_hash=" : "&info_hash=";
        target += percentEncoded(*bytes);
    }
    return target;
}

} // namespace bt::wire

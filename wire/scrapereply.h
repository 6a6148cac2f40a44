#pragma once

#include "bencodereader.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bt::wire {

// What opentracker answers to GET /scrape?info_hash=...: the host watches
// every torrent with it, a client asks for its own to stop sharing once
// nobody downloads any more. d5:filesd20:<hash>d8:completei1e10:downloadedi0e
// 10:incompletei1eeee; a torrent without peers is left out of the reply.
class ScrapeReply
{
public:
    struct Counts
    {
        int complete = 0; // seeders
        int incomplete = 0; // peers still downloading
        int downloaded = 0; // completed downloads

        bool operator==(const Counts &) const = default;
    };

    enum class Error {
        None,
        NotBencode, // see bencodeError
        NotADictionary,
        Refused, // the tracker's "failure reason" is in `detail`
        NoFiles,
        HashNotTwentyBytes, // the key, raw, is in `detail`
        InvalidCounts, // for the raw hash in `detail`: a count that is none, or not an int
    };

    // A failure reason longer than this is cut.
    static constexpr std::size_t MaxDetail = 512;

    Error error = Error::None;
    BencodeReader::Error bencodeError = BencodeReader::Error::None;
    std::size_t position = 0; // where the bencode error is
    std::string detail;
    std::vector<std::pair<std::string, Counts>> torrents; // raw 20-byte info-hash, counts

    bool ok() const { return error == Error::None; }
    // The counts for a raw 20-byte info-hash, or nullptr when the reply leaves it out.
    const Counts *find(std::string_view hash) const;

    static ScrapeReply decode(std::string_view body);

    // The request target for these info-hashes (40 hex digits each, as aria2
    // and out/opentracker/whitelist write them): /scrape?info_hash=%XX...&info_hash=...
    // Nothing when one is no such hash.
    static std::optional<std::string> target(const std::vector<std::string> &hexHashes);
    // 40 hex digits to the 20 bytes they stand for.
    static std::optional<std::string> hashBytes(std::string_view hex);
    // Lower-case hex of raw bytes.
    static std::string hex(std::string_view bytes);
};

} // namespace bt::wire

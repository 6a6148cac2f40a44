#pragma once

#include <wire/enginestatus.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace bt::fetch {

// What btfetch publishes about its one torrent (the contract bttui reads: wire/enginestatus.h).
struct FetchStatus
{
    std::string_view state = wire::enginestatus::state::Starting; // a state:: name
    std::int64_t total = 0; // bytes wanted
    std::int64_t done = 0; // of them verified on disk
    std::int64_t checked = 0; // of them already checked against the torrent's hashes
    std::int64_t downRate = 0; // bytes/s
    std::int64_t upRate = 0;
    std::int64_t uploaded = 0;
    int peers = 0; // connected BitTorrent peers
    int seeds = 0; // of them holding everything
    int webSeeds = 0; // connected web seeds
    std::string infoHash; // 40 lowercase hex digits, or "" before the torrent is read
    std::string error; // one sentence in state "error", else ""
};

// The status file: a JSON object of at most enginestatus::MaxBytes, replaced atomically (FILE.tmp,
// then rename) on each write, so a reader never sees half of one.
class StatusFile
{
public:
    explicit StatusFile(std::string path);

    // False when the file cannot be written (the reason in errno).
    bool write(const FetchStatus &status);

    // The JSON text of a status with this sequence number.
    static std::string render(const FetchStatus &status, std::int64_t seq);

    // text as printable UTF-8 of at most `bytes` bytes: control characters become spaces,
    // a character cut at the end is dropped.
    static std::string printable(const std::string &text, std::size_t bytes);

private:
    std::string m_path;
    std::int64_t m_seq = 0;
};

} // namespace bt::fetch

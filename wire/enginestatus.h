#pragma once

#include <string_view>

// The status file btfetch (client-tui/engine) replaces atomically every 100 ms and on every
// state change, and bttui reads: one JSON object of at most MaxBytes with every key present,
// {"engine":"btfetch","version":1,"state":"downloading","total":N,"done":N,"checked":N,
//  "down_rate":N,"up_rate":N,"uploaded":N,"peers":N,"seeds":N,"web_seeds":N,
//  "info_hash":"<40 lowercase hex>","error":"","seq":N}
// Byte counts and rates (bytes/s) are integers >= 0; "seq" grows by one per write.
namespace bt::wire::enginestatus {

inline constexpr std::string_view Engine = "btfetch";
inline constexpr int Version = 1;
inline constexpr int MaxBytes = 4096;
inline constexpr int MaxErrorLength = 200; // bytes of UTF-8

namespace key {
inline constexpr std::string_view Engine = "engine"; // always enginestatus::Engine
inline constexpr std::string_view Version = "version"; // always enginestatus::Version
inline constexpr std::string_view State = "state"; // a state:: name
inline constexpr std::string_view Total = "total"; // bytes the torrent holds
inline constexpr std::string_view Done = "done"; // of them verified on disk
inline constexpr std::string_view Checked = "checked"; // of them checked against the hashes
inline constexpr std::string_view DownRate = "down_rate";
inline constexpr std::string_view UpRate = "up_rate";
inline constexpr std::string_view Uploaded = "uploaded"; // bytes sent to others in this run
inline constexpr std::string_view Peers = "peers"; // connected BitTorrent peers
inline constexpr std::string_view Seeds = "seeds"; // of them holding everything
inline constexpr std::string_view WebSeeds = "web_seeds"; // connected web seeds (BEP 19)
inline constexpr std::string_view InfoHash = "info_hash"; // "" until the torrent is read
inline constexpr std::string_view Error = "error"; // one sentence in state Error, else ""
inline constexpr std::string_view Seq = "seq";
} // namespace key

namespace state {
inline constexpr std::string_view Starting = "starting";
inline constexpr std::string_view Checking = "checking"; // reading what DIR already holds
inline constexpr std::string_view Downloading = "downloading";
inline constexpr std::string_view Seeding = "seeding"; // holds everything, shares it
inline constexpr std::string_view Error = "error"; // btfetch exits 1
inline constexpr std::string_view Stopped = "stopped"; // btfetch exits 0
} // namespace state

} // namespace bt::wire::enginestatus

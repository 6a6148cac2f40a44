#pragma once

#include <string_view>

// What bttui POSTs to the host's status endpoint, and what the host accepts:
// POST /api/v1/clients/<mac> {"state": "downloading", "os": "debian",
// "progress": 42, "message": "", "firmware": "uefi", "completedBytes": 123,
// "totalBytes": 456, "downloadRate": 789}. Only "state" is required.
namespace bt::wire::statusreport {

// The report's target is this followed by the client's MAC address.
inline constexpr std::string_view ClientsPath = "/api/v1/clients/";

namespace key {
inline constexpr std::string_view State = "state"; // a stateName()
inline constexpr std::string_view Os = "os"; // the OS folder name the client picked
inline constexpr std::string_view Progress = "progress"; // 0..MaxProgress
inline constexpr std::string_view Message = "message"; // a failure reason or a note
inline constexpr std::string_view Firmware = "firmware"; // a firmware:: name
inline constexpr std::string_view CompletedBytes = "completedBytes"; // of the OS torrent
inline constexpr std::string_view TotalBytes = "totalBytes";
inline constexpr std::string_view DownloadRate = "downloadRate"; // bytes/s
} // namespace key

inline constexpr int MaxProgress = 100;
// Longer texts are cut by the host; the client need not send more.
inline constexpr int MaxOsLength = 128;
inline constexpr int MaxMessageLength = 1024;

} // namespace bt::wire::statusreport

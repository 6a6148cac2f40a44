#pragma once

#include <string>
#include <string_view>

namespace bt::wire {

// Lower-case hex of raw bytes ("\x1f\xa0" -> "1fa0"): info-hashes, bitfields, secrets.
std::string hexText(std::string_view bytes);

// RFC 3986 percent-encoding: every byte but the unreserved characters (letters, digits,
// "-", ".", "_", "~"), for a name or raw bytes inside a URL.
std::string percentEncoded(std::string_view bytes);

} // namespace bt::wire

#include "urltext.h"

namespace bt::wire {

std::string hexText(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto value = static_cast<unsigned char>(c);
        text += digits[value >> 4];
        text += digits[value & 0xF];
    }
    return text;
}

std::string percentEncoded(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string text;
    for (const char c : bytes) {
        const auto value = static_cast<unsigned char>(c);
        const bool unreserved = (value >= 'a' && value <= 'z') || (value >= 'A' && value <= 'Z')
            || (value >= '0' && value <= '9') || value == '-' || value == '.' || value == '_'
            || value == '~';
        if (unreserved) {
            text += char(value);
        } else {
            text += '%';
            text += digits[value >> 4];
            text += digits[value & 0xF];
        }
    }
    return text;
}

} // namespace bt::wire

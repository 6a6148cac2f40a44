#include "printabletext.h"

namespace bt::tui {

namespace {

// The length of the well-formed UTF-8 sequence at text[pos] of a printable character, or 0.
std::size_t printableSequence(const std::string &text, std::size_t pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead >= 0x20 && lead < 0x7f)
        return 1;
    std::size_t size = 0;
    char32_t point = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        size = 2;
        point = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        size = 3;
        point = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        size = 4;
        point = lead & 0x07;
    } else {
        return 0;
    }
    if (pos + size > text.size())
        return 0;
    for (std::size_t i = 1; i < size; ++i) {
        if ((byte(pos + i) & 0xc0) != 0x80)
            return 0;
        point = (point << 6) | (byte(pos + i) & 0x3f);
    }
    const char32_t smallest[] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (point < smallest[size] || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))
        return 0; // overlong, beyond Unicode, or a surrogate
    if (point < 0xa0)
        return 0; // C1 controls
    return size;
}

} // namespace

std::string PrintableText::sanitized(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t size = printableSequence(text, pos);
        if (size == 0) {
            out += '?';
            ++pos;
        } else {
            out.append(text, pos, size);
            pos += size;
        }
    }
    return out;
}

std::size_t PrintableText::length(const std::string &sanitizedText)
{
    std::size_t count = 0;
    for (const char c : sanitizedText) {
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace bt::tui

#include "ipv4.h"

namespace bt::wire::ipv4 {

std::optional<std::uint32_t> parse(std::string_view text)
{
    std::uint32_t address = 0;
    int octets = 0;
    std::size_t i = 0;
    while (true) {
        const std::size_t start = i;
        unsigned octet = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
            octet = octet * 10 + unsigned(text[i] - '0');
            ++i;
        }
        const std::size_t digits = i - start;
        if (digits == 0 || octet > 255 || (digits > 1 && text[start] == '0'))
            return std::nullopt;
        address = (address << 8) | octet;
        if (++octets == 4)
            break;
        if (i >= text.size() || text[i] != '.')
            return std::nullopt;
        ++i;
    }
    if (i != text.size())
        return std::nullopt;
    return address;
}

std::string toString(std::uint32_t address)
{
    return std::to_string(address >> 24) + '.' + std::to_string((address >> 16) & 0xff) + '.'
        + std::to_string((address >> 8) & 0xff) + '.' + std::to_string(address & 0xff);
}

std::optional<int> prefixLength(std::uint32_t netmask)
{
    int length = 0;
    while (length < 32 && (netmask & (0x80000000u >> length)))
        ++length;
    const std::uint32_t contiguous = length == 0 ? 0 : ~std::uint32_t(0) << (32 - length);
    if (netmask != contiguous)
        return std::nullopt;
    return length;
}

} // namespace bt::wire::ipv4

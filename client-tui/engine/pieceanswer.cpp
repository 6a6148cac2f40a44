#include "pieceanswer.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace bt::fetch {

namespace {

// A whole decimal number of at most 12 digits, or -1.
long long number(std::string_view text)
{
    if (text.empty() || text.size() > 12
        || text.find_first_not_of("0123456789") != std::string_view::npos)
        return -1;
    long long value = 0;
    for (const char digit : text)
        value = value * 10 + (digit - '0');
    return value;
}

std::string_view trimmed(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool sameWord(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x))
            == std::tolower(static_cast<unsigned char>(y));
    });
}

// "4,5,9": ascending numbers below 2^31, at most MaxPieces; else empty.
std::vector<int> pieceList(std::string_view text)
{
    std::vector<int> pieces;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        const long long piece = number(trimmed(text.substr(from, comma - from)));
        if (piece < 0 || piece > 0x7fffffff || (!pieces.empty() && piece <= pieces.back())
            || int(pieces.size()) >= PieceAnswer::MaxPieces)
            return {};
        pieces.push_back(int(piece));
        from = comma + 1;
    }
    return pieces;
}

} // namespace

PieceAnswer PieceAnswer::parse(std::string_view head)
{
    PieceAnswer answer;
    std::size_t end = head.find("\r\n");
    const std::string_view status = head.substr(0, end);
    // "HTTP/1.1 200 OK"
    if (status.size() >= 12 && status.substr(0, 7) == "HTTP/1." && status[8] == ' '
        && (status.size() == 12 || status[12] == ' '))
        answer.code = int(number(status.substr(9, 3)));
    while (end != std::string_view::npos) {
        const std::size_t next = head.find("\r\n", end + 2);
        const std::string_view line = head.substr(
            end + 2, next == std::string_view::npos ? std::string_view::npos : next - end - 2);
        end = next;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view name = line.substr(0, colon);
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (sameWord(name, "connection"))
            answer.closes = sameWord(value, "close");
        else if (sameWord(name, "content-length"))
            answer.contentLength = number(value);
        else if (sameWord(name, "x-bt-pieces"))
            answer.pieces = pieceList(value);
    }
    return answer;
}

bool PieceAnswer::fits(int pieceCount, const std::function<long long(int)> &pieceSize) const
{
    if (code != 200 || pieces.empty() || pieces.back() >= pieceCount || contentLength < 0)
        return false;
    long long bytes = 0;
    for (const int piece : pieces)
        bytes += pieceSize(piece);
    return bytes == contentLength;
}

} // namespace bt::fetch

#include "trackerscrape.h"

#include "httpclient.h"

#include <map>
#include <memory>

namespace bt::tui {

namespace {

Outcome<std::string> hashBytes(const std::string &hex)
{
    if (hex.size() != 40)
        return Outcome<std::string>::failure("info-hash must be 40 hex digits, got '" + hex + "'");
    std::string bytes;
    for (std::size_t i = 0; i < 40; i += 2) {
        unsigned value = 0;
        for (std::size_t j = i; j < i + 2; ++j) {
            const char c = hex[j];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= unsigned(c - 'A' + 10);
            else
                return Outcome<std::string>::failure(
                    "info-hash must be 40 hex digits, got '" + hex + "'");
        }
        bytes += static_cast<char>(value);
    }
    return Outcome<std::string>::success(bytes);
}

// Just enough bencode to walk a scrape reply: dictionaries, integers and strings; lists skipped.
class Bdecoder
{
public:
    struct Node
    {
        enum class Kind { Integer, String, List, Dictionary } kind = Kind::String;
        long integer = 0;
        std::string text;
        std::map<std::string, std::shared_ptr<Node>> entries;
    };

    explicit Bdecoder(const std::string &data)
        : m_data(data)
    {
    }

    std::shared_ptr<Node> decode(int depth = 0)
    {
        if (depth > 32 || m_pos >= m_data.size())
            return nullptr;
        auto node = std::make_shared<Node>();
        const char c = m_data[m_pos];
        if (c == 'i') {
            const std::size_t end = m_data.find('e', m_pos);
            if (end == std::string::npos)
                return nullptr;
            try {
                node->integer = std::stol(m_data.substr(m_pos + 1, end - m_pos - 1));
            } catch (const std::exception &) {
                return nullptr;
            }
            node->kind = Node::Kind::Integer;
            m_pos = end + 1;
            return node;
        }
        if (c == 'd' || c == 'l') {
            node->kind = c == 'd' ? Node::Kind::Dictionary : Node::Kind::List;
            ++m_pos;
            while (m_pos < m_data.size() && m_data[m_pos] != 'e') {
                std::string key;
                if (c == 'd') {
                    const auto keyNode = decode(depth + 1);
                    if (!keyNode || keyNode->kind != Node::Kind::String)
                        return nullptr;
                    key = keyNode->text;
                }
                const auto value = decode(depth + 1);
                if (!value)
                    return nullptr;
                if (c == 'd')
                    node->entries[key] = value;
            }
            if (m_pos >= m_data.size())
                return nullptr;
            ++m_pos;
            return node;
        }
        const std::size_t colon = m_data.find(':', m_pos);
        if (colon == std::string::npos)
            return nullptr;
        // Digits only, and never more than what is left: a length near the
        // top of size_t must not wrap the position around.
        const std::size_t left = m_data.size() - colon - 1;
        std::size_t length = 0;
        if (colon == m_pos || colon - m_pos > 20)
            return nullptr;
        for (std::size_t i = m_pos; i < colon; ++i) {
            const char digit = m_data[i];
            if (digit < '0' || digit > '9')
                return nullptr;
            length = length * 10 + std::size_t(digit - '0');
            if (length > left)
                return nullptr;
        }
        node->text = m_data.substr(colon + 1, length);
        m_pos = colon + 1 + length;
        return node;
    }

private:
    const std::string &m_data;
    std::size_t m_pos = 0;
};

} // namespace

Outcome<std::string> TrackerScrape::target(const std::string &infoHashHex)
{
    const Outcome<std::string> bytes = hashBytes(infoHashHex);
    if (!bytes)
        return bytes;
    static const char digits[] = "0123456789ABCDEF";
    std::string encoded;
    for (const char c : bytes.value()) {
        const auto value = static_cast<unsigned char>(c);
        const bool unreserved = (value >= 'a' && value <= 'z') || (value >= 'A' && value <= 'Z')
            || (value >= '0' && value <= '9') || value == '-' || value == '.' || value == '_'
            || value == '~';
        if (unreserved) {
            encoded += static_cast<char>(value);
        } else {
            encoded += '%';
            encoded += digits[value >> 4];
            encoded += digits[value & 0xF];
        }
    }
    return Outcome<std::string>::success("/scrape?info_hash=" + encoded);
}

Outcome<TrackerScrape::Counts> TrackerScrape::parse(
    const std::string &body, const std::string &infoHashHex)
{
    const Outcome<std::string> hash = hashBytes(infoHashHex);
    if (!hash)
        return Outcome<Counts>::failure(hash.error());
    Bdecoder decoder(body);
    const auto root = decoder.decode();
    if (!root || root->kind != Bdecoder::Node::Kind::Dictionary)
        return Outcome<Counts>::failure("tracker scrape: not a bencoded dictionary");
    if (const auto reason = root->entries.find("failure reason"); reason != root->entries.end())
        return Outcome<Counts>::failure("tracker scrape: " + reason->second->text);
    const auto files = root->entries.find("files");
    if (files == root->entries.end() || files->second->kind != Bdecoder::Node::Kind::Dictionary)
        return Outcome<Counts>::failure("tracker scrape: no 'files' dictionary");
    Counts counts;
    const auto entry = files->second->entries.find(hash.value());
    // A tracker that knows no peer of the torrent leaves it out: nobody is downloading.
    if (entry == files->second->entries.end())
        return Outcome<Counts>::success(counts);
    const auto number = [&](const char *key) {
        const auto found = entry->second->entries.find(key);
        return found != entry->second->entries.end() ? found->second->integer : 0L;
    };
    counts.complete = number("complete");
    counts.incomplete = number("incomplete");
    counts.downloaded = number("downloaded");
    return Outcome<Counts>::success(counts);
}

Outcome<TrackerScrape::Counts> TrackerScrape::query(
    Ipv4Address host, int port, const std::string &infoHashHex)
{
    const Outcome<std::string> path = target(infoHashHex);
    if (!path)
        return Outcome<Counts>::failure(path.error());
    const Outcome<HttpResponse> response
        = HttpClient::get(host, port, path.value(), std::chrono::milliseconds(2000));
    if (!response)
        return Outcome<Counts>::failure("tracker scrape: " + response.error());
    if (response->status != 200)
        return Outcome<Counts>::failure("tracker scrape: HTTP " + std::to_string(response->status));
    return parse(response->body, infoHashHex);
}

} // namespace bt::tui

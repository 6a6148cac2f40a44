#include "statusfile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace bt::fetch {

StatusFile::StatusFile(std::string path)
    : m_path(std::move(path))
{
}

std::string StatusFile::printable(const std::string &text, std::size_t bytes)
{
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? ' ' : c;
    }
    if (out.size() > bytes) {
        out.resize(bytes);
        // Drop a UTF-8 sequence the cut left unfinished.
        std::size_t start = out.size();
        while (start > 0 && (static_cast<unsigned char>(out[start - 1]) & 0xc0) == 0x80)
            --start;
        if (start > 0 && static_cast<unsigned char>(out[start - 1]) >= 0xc0)
            out.resize(start - 1);
    }
    return out;
}

std::string StatusFile::render(const FetchStatus &status, std::int64_t seq)
{
    namespace es = wire::enginestatus;
    namespace key = es::key;
    const nlohmann::ordered_json json {
        { key::Engine, es::Engine },
        { key::Version, es::Version },
        { key::State, status.state },
        { key::Total, status.total },
        { key::Done, status.done },
        { key::Checked, status.checked },
        { key::DownRate, status.downRate },
        { key::UpRate, status.upRate },
        { key::Uploaded, status.uploaded },
        { key::Peers, status.peers },
        { key::Seeds, status.seeds },
        { key::WebSeeds, status.webSeeds },
        { key::InfoHash, status.infoHash },
        { key::Error, printable(status.error, es::MaxErrorLength) },
        { key::Seq, seq },
    };
    // Invalid UTF-8 in a message from the system becomes U+FFFD instead of an exception. The
    // only free-length field is "error" (MaxErrorLength), so the object stays far below MaxBytes.
    return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

bool StatusFile::write(const FetchStatus &status)
{
    const std::string text = render(status, m_seq + 1);
    const std::string temporary = m_path + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, text.data(), text.size()) == ssize_t(text.size());
    const bool closed = ::close(fd) == 0;
    if (!written || !closed || std::rename(temporary.c_str(), m_path.c_str()) != 0)
        return false;
    ++m_seq;
    return true;
}

} // namespace bt::fetch

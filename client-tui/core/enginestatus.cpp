#include "enginestatus.h"

#include "boundedjson.h"
#include "printabletext.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bt::tui {

namespace {

using Json = BoundedJson::Json;
using wire::EngineState;
namespace StatusFile = wire::enginestatus;

struct Invalid
{
    std::string why;
};

const Json &member(const Json &object, const char *key)
{
    const auto found = object.find(key);
    if (found == object.end())
        throw Invalid { std::string("\"") + key + "\" is missing" };
    return *found;
}

std::int64_t count(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    // A whole JSON number: 5.0, "5", true and -1 are none, nor is anything beyond 2^63 - 1.
    if (value.is_number_unsigned() && value.get<std::uint64_t>() <= INT64_MAX)
        return static_cast<std::int64_t>(value.get<std::uint64_t>());
    if (value.is_number_integer() && !value.is_number_unsigned() && value.get<std::int64_t>() >= 0)
        return value.get<std::int64_t>();
    throw Invalid { std::string("\"") + key + "\" is no whole number of at least 0" };
}

int smallCount(const Json &object, const char *key)
{
    const std::int64_t value = count(object, key);
    return value > INT_MAX ? INT_MAX : static_cast<int>(value);
}

const std::string &text(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    if (!value.is_string())
        throw Invalid { std::string("\"") + key + "\" is no text" };
    return value.get_ref<const std::string &>();
}

bool isInfoHash(const std::string &hash)
{
    if (hash.size() != 40)
        return false;
    for (const char c : hash) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

EngineStatus decoded(const Json &object)
{
    if (!object.is_object())
        throw Invalid { "it holds no JSON object" };
    if (text(object, "engine") != StatusFile::Engine)
        throw Invalid { "\"engine\" is not " + std::string(StatusFile::Engine) };
    const std::int64_t version = count(object, "version");
    if (version != StatusFile::Version)
        throw Invalid { "it is of version " + std::to_string(version) + ", bttui reads version "
            + std::to_string(StatusFile::Version) };
    EngineStatus status;
    const std::string &state = text(object, "state");
    const std::optional<EngineState> known = wire::engineStateFromName(state);
    if (!known)
        throw Invalid { "\"state\" '" + PrintableText::sanitized(state.substr(0, 40))
            + "' is none btfetch has" };
    status.state = *known;
    status.total = count(object, "total");
    status.done = count(object, "done");
    status.checked = count(object, "checked");
    status.downRate = count(object, "down_rate");
    status.upRate = count(object, "up_rate");
    status.uploaded = count(object, "uploaded");
    status.peers = smallCount(object, "peers");
    status.seeds = smallCount(object, "seeds");
    status.webSeeds = smallCount(object, "web_seeds");
    status.seq = count(object, "seq");
    status.infoHash = text(object, "info_hash");
    if (!status.infoHash.empty() && !isInfoHash(status.infoHash))
        throw Invalid { "\"info_hash\" is no 40 lowercase hex digits" };
    if (status.done > status.total)
        throw Invalid { "\"done\" is more than \"total\"" };
    // The engine's sentence reaches the screen and the host: printable, and bounded.
    status.error = PrintableText::sanitized(
        text(object, "error").substr(0, std::size_t(StatusFile::MaxErrorLength)));
    return status;
}

} // namespace

DownloadStatus EngineStatus::downloadStatus() const
{
    DownloadStatus status;
    switch (state) {
    case EngineState::Starting:
        status.status = "waiting";
        break;
    case EngineState::Checking:
    case EngineState::Downloading:
        status.status = "active";
        break;
    case EngineState::Seeding:
        status.status = "complete";
        break;
    case EngineState::Error:
        status.status = "error";
        break;
    case EngineState::Stopped:
        status.status = complete() ? "complete" : "removed";
        break;
    }
    status.completedLength = done;
    status.totalLength = total;
    status.verifying = state == EngineState::Checking;
    status.verifiedLength = status.verifying ? checked : 0;
    status.downloadSpeed = downRate;
    status.uploadSpeed = upRate;
    status.uploadLength = uploaded;
    status.numSeeders = seeds;
    status.connections = peers;
    status.seeder = state == EngineState::Seeding;
    status.infoHash = infoHash;
    status.errorMessage = error;
    return status;
}

Outcome<EngineStatus> EngineStatus::parse(const std::string &text)
{
    const std::string prefix = "btfetch's status file: ";
    if (text.size() > std::size_t(StatusFile::MaxBytes))
        return Outcome<EngineStatus>::failure(
            prefix + "more than " + std::to_string(std::size_t(StatusFile::MaxBytes)) + " bytes");
    Json value;
    switch (BoundedJson::parse(text, maximumDepth, value)) {
    case BoundedJson::Result::TooDeep:
        return Outcome<EngineStatus>::failure(
            prefix + "nested more than " + std::to_string(maximumDepth) + " levels deep");
    case BoundedJson::Result::NoJson:
        return Outcome<EngineStatus>::failure(prefix + "no JSON");
    case BoundedJson::Result::Parsed:
        break;
    }
    try {
        return Outcome<EngineStatus>::success(decoded(value));
    } catch (const Invalid &invalid) {
        return Outcome<EngineStatus>::failure(prefix + invalid.why);
    }
}

Outcome<EngineStatus> EngineStatus::read(const std::string &path)
{
    // Non-blocking: a FIFO put in its place must not hold up the screen.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
    if (fd < 0)
        return Outcome<EngineStatus>::failure(path + ": " + std::strerror(errno));
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Outcome<EngineStatus>::failure(path + ": no regular file");
    }
    std::string text(std::size_t(StatusFile::MaxBytes) + 1, '\0');
    std::size_t used = 0;
    while (used < text.size()) {
        const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        used += static_cast<std::size_t>(n);
    }
    ::close(fd);
    text.resize(used);
    return parse(text);
}

} // namespace bt::tui

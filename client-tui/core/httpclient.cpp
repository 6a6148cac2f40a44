#include "httpclient.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bt::tui {

namespace {

using Clock = std::chrono::steady_clock;

// The most an answer may hold; the host's replies are a few kilobytes.
constexpr std::size_t kMaxAnswer = 16 * 1024 * 1024;

class Socket
{
public:
    Socket()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0))
    {
    }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

int millisecondsLeft(Clock::time_point deadline)
{
    const auto left
        = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

bool waitFor(int fd, short events, Clock::time_point deadline)
{
    while (true) {
        pollfd item { fd, events, 0 };
        const int ready = ::poll(&item, 1, millisecondsLeft(deadline));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

std::string lower(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
}

// A size from the wire: digits of `base` only (spaces and tabs around, and
// for chunks an extension after ';', allowed), at most `limit`. Nothing
// for anything else, so no number can wrap or throw.
std::optional<std::size_t> wireSize(const std::string &text, int base, std::size_t limit)
{
    std::size_t at = text.find_first_not_of(" \t");
    if (at == std::string::npos)
        return std::nullopt;
    std::size_t value = 0;
    std::size_t digits = 0;
    for (; at < text.size(); ++at, ++digits) {
        const char c = text[at];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            break;
        if (value > (limit - std::size_t(digit)) / std::size_t(base))
            return std::nullopt;
        value = value * std::size_t(base) + std::size_t(digit);
    }
    const std::size_t rest = text.find_first_not_of(" \t", at);
    if (digits == 0 || (rest != std::string::npos && !(base == 16 && text[rest] == ';')))
        return std::nullopt;
    return value;
}

// The value of header `name` (lower case, with its colon) in a lower-cased head.
std::optional<std::string> headerValue(const std::string &head, const std::string &name)
{
    const std::size_t at = head.find("\n" + name);
    if (at == std::string::npos)
        return std::nullopt;
    const std::size_t start = at + 1 + name.size();
    const std::size_t end = head.find('\r', start);
    return head.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

Outcome<std::string> dechunk(const std::string &body)
{
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t lineEnd = body.find("\r\n", pos);
        if (lineEnd == std::string::npos)
            return Outcome<std::string>::failure("truncated chunked body");
        const std::optional<std::size_t> chunk
            = wireSize(body.substr(pos, lineEnd - pos), 16, body.size());
        if (!chunk)
            return Outcome<std::string>::failure("bad chunk size");
        const std::size_t size = *chunk;
        pos = lineEnd + 2;
        if (size == 0)
            return Outcome<std::string>::success(out);
        if (size > body.size() - pos)
            return Outcome<std::string>::failure("truncated chunked body");
        out += body.substr(pos, size);
        pos += size + 2;
    }
}

std::string request(const char *method, Ipv4Address address, int port, const std::string &target,
    const std::string &contentType, const std::string &body, bool withBody)
{
    std::string text = std::string(method) + " " + target
        + " HTTP/1.1\r\nHost: " + address.toString() + ":" + std::to_string(port)
        + "\r\nUser-Agent: bttui\r\nConnection: close\r\n";
    if (withBody)
        text += "Content-Type: " + contentType
            + "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    return text + "\r\n" + body;
}

} // namespace

Outcome<HttpResponse> HttpClient::get(
    Ipv4Address address, int port, const std::string &target, std::chrono::milliseconds timeout)
{
    return exchange(address, port, request("GET", address, port, target, {}, {}, false), timeout);
}

Outcome<HttpResponse> HttpClient::post(Ipv4Address address, int port, const std::string &target,
    const std::string &contentType, const std::string &body, std::chrono::milliseconds timeout)
{
    return exchange(
        address, port, request("POST", address, port, target, contentType, body, true), timeout);
}

Outcome<HttpResponse> HttpClient::exchange(
    Ipv4Address address, int port, const std::string &text, std::chrono::milliseconds timeout)
{
    const std::string where = address.toString() + ":" + std::to_string(port);
    const auto fail = [&](const std::string &what) {
        return Outcome<HttpResponse>::failure(where + ": " + what);
    };
    const Clock::time_point deadline = Clock::now() + timeout;
    Socket socket;
    if (socket.fd() < 0)
        return fail(std::string("socket: ") + std::strerror(errno));

    sockaddr_in peer {};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(static_cast<uint16_t>(port));
    peer.sin_addr.s_addr = address.networkOrder();
    if (::connect(socket.fd(), reinterpret_cast<sockaddr *>(&peer), sizeof peer) != 0) {
        if (errno != EINPROGRESS)
            return fail(std::string("connect: ") + std::strerror(errno));
        if (!waitFor(socket.fd(), POLLOUT, deadline))
            return fail("connect timed out");
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0)
            return fail(std::string("connect: ") + std::strerror(error));
    }

    std::size_t sent = 0;
    while (sent < text.size()) {
        if (!waitFor(socket.fd(), POLLOUT, deadline))
            return fail("send timed out");
        const ssize_t n = ::send(socket.fd(), text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return fail(std::string("send: ") + std::strerror(errno));
        if (n > 0)
            sent += static_cast<std::size_t>(n);
    }

    std::string raw;
    char buffer[16384];
    while (true) {
        if (!waitFor(socket.fd(), POLLIN, deadline))
            return fail("no complete answer in time");
        const ssize_t n = ::recv(socket.fd(), buffer, sizeof buffer, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return fail(std::string("recv: ") + std::strerror(errno));
        }
        raw.append(buffer, static_cast<std::size_t>(n));
        if (raw.size() > kMaxAnswer)
            return fail("answer too large");
        // Some servers keep the connection open despite "Connection: close": stop at
        // Content-Length.
        const Outcome<HttpResponse> early = parseResponse(raw);
        if (early && raw.find("\r\n\r\n") != std::string::npos) {
            const std::string head = lower(raw.substr(0, raw.find("\r\n\r\n")));
            const std::optional<std::string> value = headerValue(head, "content-length:");
            const std::optional<std::size_t> length
                = value ? wireSize(*value, 10, kMaxAnswer) : std::nullopt;
            if (length && raw.size() - raw.find("\r\n\r\n") - 4 >= *length)
                return early;
        }
    }
    const Outcome<HttpResponse> response = parseResponse(raw);
    if (!response)
        return fail(response.error());
    return response;
}

Outcome<HttpResponse> HttpClient::parseResponse(const std::string &raw)
{
    const std::size_t headEnd = raw.find("\r\n\r\n");
    if (raw.compare(0, 5, "HTTP/") != 0 || headEnd == std::string::npos)
        return Outcome<HttpResponse>::failure("not an HTTP response");
    HttpResponse response;
    const std::size_t space = raw.find(' ');
    try {
        response.status = std::stoi(raw.substr(space + 1, 3));
    } catch (const std::exception &) {
        return Outcome<HttpResponse>::failure("bad HTTP status line");
    }
    const std::string head = lower(raw.substr(0, headEnd));
    std::string body = raw.substr(headEnd + 4);
    if (head.find("\ntransfer-encoding: chunked") != std::string::npos) {
        const Outcome<std::string> plain = dechunk(body);
        if (!plain)
            return Outcome<HttpResponse>::failure(plain.error());
        body = plain.value();
    } else {
        if (const std::optional<std::string> value = headerValue(head, "content-length:")) {
            const std::optional<std::size_t> length = wireSize(*value, 10, kMaxAnswer);
            if (!length)
                return Outcome<HttpResponse>::failure("bad Content-Length");
            if (body.size() < *length)
                return Outcome<HttpResponse>::failure("truncated HTTP body");
            body.resize(*length);
        }
    }
    response.body = std::move(body);
    return Outcome<HttpResponse>::success(std::move(response));
}

} // namespace bt::tui

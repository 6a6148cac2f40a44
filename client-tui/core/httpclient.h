#pragma once

#include "ipv4address.h"
#include "outcome.h"

#include <chrono>
#include <string>

namespace bt::tui {

struct HttpResponse
{
    int status = 0;
    std::string body;
};

// HTTP/1.1 over a plain TCP socket to a numeric address. Every step shares one deadline, so a
// silent host costs at most `timeout` and never hangs the client.
class HttpClient
{
public:
    static Outcome<HttpResponse> get(Ipv4Address address, int port, const std::string &target,
        std::chrono::milliseconds timeout);
    static Outcome<HttpResponse> post(Ipv4Address address, int port, const std::string &target,
        const std::string &contentType, const std::string &body, std::chrono::milliseconds timeout);
    // Parses a complete response as read until the server closed the connection.
    static Outcome<HttpResponse> parseResponse(const std::string &raw);

private:
    static Outcome<HttpResponse> exchange(Ipv4Address address, int port, const std::string &request,
        std::chrono::milliseconds timeout);
};

} // namespace bt::tui

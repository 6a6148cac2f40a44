#pragma once

// A one-thread HTTP listener on 127.0.0.1 for tests: records each request and answers with a
// fixed response, or stays silent to test timeouts.

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

class LoopbackServer
{
public:
    explicit LoopbackServer(std::string response, bool silent = false)
        : m_response(std::move(response))
        , m_silent(silent)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        ::listen(m_fd, 16);
        m_thread = std::thread([this] { serve(); });
    }

    ~LoopbackServer()
    {
        m_quit = true;
        m_thread.join();
        ::close(m_fd);
    }

    int port() const { return m_port; }

    std::vector<std::string> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    static bool complete(const std::string &request)
    {
        const std::size_t end = request.find("\r\n\r\n");
        if (end == std::string::npos)
            return false;
        const std::size_t at = request.find("Content-Length: ");
        if (at == std::string::npos || at > end)
            return true;
        return request.size() - end - 4 >= std::stoul(request.substr(at + 16));
    }

    void serve()
    {
        while (!m_quit) {
            pollfd item { m_fd, POLLIN, 0 };
            if (::poll(&item, 1, 50) <= 0)
                continue;
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            std::string request;
            char buffer[4096];
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
            while (!complete(request) && std::chrono::steady_clock::now() < deadline) {
                pollfd in { client, POLLIN, 0 };
                if (::poll(&in, 1, 50) <= 0)
                    continue;
                const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                request.append(buffer, static_cast<std::size_t>(n));
            }
            {
                std::lock_guard lock(m_mutex);
                m_requests.push_back(request);
            }
            if (m_silent) {
                while (!m_quit)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
            } else {
                (void)!::send(client, m_response.data(), m_response.size(), MSG_NOSIGNAL);
            }
            ::close(client);
        }
    }

    std::string m_response;
    bool m_silent;
    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_quit { false };
    mutable std::mutex m_mutex;
    std::vector<std::string> m_requests;
    std::thread m_thread;
};

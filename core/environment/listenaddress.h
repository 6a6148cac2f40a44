#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace bt {

// An address to listen on as Boottorrent.yaml and the command line write
// it: "192.0.2.5", "192.0.2.5:8292", "::1", "[::1]:8292". Port 0: any free one.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    static std::optional<ListenAddress> parse(const QString &text);
    bool isWildcard() const;
};

} // namespace bt

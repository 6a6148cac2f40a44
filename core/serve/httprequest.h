#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace bt {

// One parsed HTTP/1.x request as the status endpoint needs it.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // "/api/v1/clients?x=1", as sent
    QByteArray version; // "HTTP/1.1"
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    // The target without its query, percent-decoded.
    QString path() const;
    // What follows '?' in the target, as sent; empty without one.
    QString query() const;
};

// The reason phrase of a status code that BootTorrent's HTTP servers send ("Error" for others).
QByteArray httpReasonPhrase(int code);

} // namespace bt

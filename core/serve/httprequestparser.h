#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QString>

namespace bt {

// A deliberately small HTTP/1.x request parser for the status endpoint:
// request line, headers, and a Content-Length body; no chunked bodies, no
// continuation lines. Bytes arrive in any pieces through feed(); anything
// malformed or too large ends in Failed with the HTTP status to answer.
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeaderBytes = 8 * 1024;
    static constexpr qsizetype MaxBodyBytes = 16 * 1024;

    enum class Status { Incomplete, Complete, Failed };

    Status feed(const QByteArray &data);
    Status status() const { return m_status; }
    const HttpRequest &request() const { return m_request; }
    int errorCode() const { return m_errorCode; } // 400, 411, 413, 431, 501, 505
    QString errorMessage() const { return m_errorMessage; }

private:
    Status failWith(int code, const QString &message);
    Status parseHead(qsizetype headEnd);

    Status m_status = Status::Incomplete;
    QByteArray m_buffer;
    bool m_haveHead = false;
    qsizetype m_bodyStart = 0;
    qsizetype m_contentLength = 0;
    HttpRequest m_request;
    int m_errorCode = 0;
    QString m_errorMessage;
};

} // namespace bt

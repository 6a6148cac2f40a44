#include "httprequestparser.h"

namespace bt {

namespace {

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isVisible(const QByteArray &text)
{
    for (char c : text) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return false;
    }
    return !text.isEmpty();
}

} // namespace

HttpRequestParser::Status HttpRequestParser::failWith(int code, const QString &message)
{
    m_status = Status::Failed;
    m_errorCode = code;
    m_errorMessage = message;
    m_buffer.clear();
    return m_status;
}

HttpRequestParser::Status HttpRequestParser::feed(const QByteArray &data)
{
    if (m_status != Status::Incomplete)
        return m_status;
    m_buffer.append(data);
    if (!m_haveHead) {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bare = m_buffer.indexOf("\n\n");
        if (bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            separator = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                return failWith(431, QStringLiteral("The request headers are larger than 8 KiB."));
            return m_status;
        }
        if (end + separator > MaxHeaderBytes)
            return failWith(431, QStringLiteral("The request headers are larger than 8 KiB."));
        m_bodyStart = end + separator;
        if (parseHead(end) == Status::Failed)
            return m_status;
        m_haveHead = true;
    }
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return m_status;
    m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_buffer.clear();
    m_status = Status::Complete;
    return m_status;
}

HttpRequestParser::Status HttpRequestParser::parseHead(qsizetype headEnd)
{
    QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
        || !isVisible(requestLine.at(1)))
        return failWith(400, QStringLiteral("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (!requestLine.at(2).startsWith("HTTP/"))
        return failWith(400, QStringLiteral("The request line does not end in an HTTP version."));
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")
        return failWith(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = requestLine.at(2);

    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return failWith(400, QStringLiteral("A request header is malformed."));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (m_request.headers.contains(name) && name == "content-length"
            && m_request.headers.value(name) != value)
            return failWith(
                400, QStringLiteral("The request has conflicting Content-Length headers."));
        m_request.headers.insert(name, value);
    }

    if (m_request.headers.contains("transfer-encoding"))
        return failWith(501,
            QStringLiteral(
                "Chunked or encoded request bodies are not supported; send Content-Length."));
    const auto length = m_request.headers.constFind("content-length");
    if (length == m_request.headers.constEnd()) {
        if (m_request.method == "POST" || m_request.method == "PUT")
            return failWith(411, QStringLiteral("The request needs a Content-Length header."));
        m_contentLength = 0;
        return m_status;
    }
    bool ok = !length->isEmpty() && length->size() <= 12;
    for (char c : *length)
        ok = ok && c >= '0' && c <= '9';
    const qint64 value = ok ? length->toLongLong(&ok) : -1;
    if (!ok)
        return failWith(400, QStringLiteral("The Content-Length header is not a number."));
    if (value > MaxBodyBytes)
        return failWith(413, QStringLiteral("The request body is larger than 16 KiB."));
    m_contentLength = qsizetype(value);
    return m_status;
}

QByteArray httpReasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

} // namespace bt

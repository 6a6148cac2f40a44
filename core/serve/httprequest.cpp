#include "httprequest.h"

#include <QUrl>

namespace bt {

QString HttpRequest::path() const
{
    QByteArray raw = target;
    const qsizetype query = raw.indexOf('?');
    if (query >= 0)
        raw.truncate(query);
    return QUrl::fromPercentEncoding(raw);
}

QString HttpRequest::query() const
{
    const qsizetype at = target.indexOf('?');
    return at < 0 ? QString() : QString::fromLatin1(target.mid(at + 1));
}

} // namespace bt

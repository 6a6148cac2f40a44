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

} // namespace bt

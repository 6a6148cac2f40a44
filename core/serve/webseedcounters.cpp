#include "webseedcounters.h"

namespace bt {

qint64 WebSeedCounters::total() const
{
    qint64 sum = 0;
    for (const auto &byClient : bytes) {
        for (qint64 sent : byClient)
            sum += sent;
    }
    return sum;
}

qint64 WebSeedCounters::forTorrent(const QString &name) const
{
    qint64 sum = 0;
    for (qint64 sent : bytes.value(name))
        sum += sent;
    return sum;
}

} // namespace bt

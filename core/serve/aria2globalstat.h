#pragma once

#include <QtGlobal>

namespace bt {

// aria2.getGlobalStat: totals over every download of one aria2 process.
struct Aria2GlobalStat
{
    qint64 downloadSpeed = 0; // bytes/s
    qint64 uploadSpeed = 0; // bytes/s
    int numActive = 0;
    int numWaiting = 0;
    int numStopped = 0;

    bool operator==(const Aria2GlobalStat &) const = default;
};

} // namespace bt

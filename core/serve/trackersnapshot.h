#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace bt {

// What the tracker knows about one torrent: the peers that announced it,
// whether or not the host's seeder is connected to them. TrackerCounts only
// exists as part of a snapshot, so it lives here.
struct TrackerCounts
{
    int seeders = 0; // opentracker's "complete"
    int leechers = 0; // "incomplete": peers still downloading
    int completedDownloads = 0; // "downloaded": announces of a finished download

    bool operator==(const TrackerCounts &) const = default;
};

// One scrape of the tracker: counts per lower-case hex info-hash, for every
// monitored torrent (zero counts for one the tracker has no peers for).
struct TrackerSnapshot
{
    QDateTime time;
    QHash<QString, TrackerCounts> torrents;

    bool operator==(const TrackerSnapshot &) const = default;
};

} // namespace bt

Q_DECLARE_METATYPE(bt::TrackerSnapshot)

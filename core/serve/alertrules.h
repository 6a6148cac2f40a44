#pragma once

#include "clientalert.h"
#include "clientrecord.h"
#include "environment/environment.h"

#include <QDateTime>
#include <QList>

namespace bt {

// What the registry measured of one machine besides its record.
struct AlertFacts
{
    QDateTime now;
    // While downloading: when its completed bytes last grew (or it began).
    QDateTime lastProgress;
    qint64 smoothedRate = 0; // bytes/s
    // Median smoothed rate of the room's downloading machines; 0 when there
    // are too few of them to compare with.
    qint64 medianRate = 0;
};

// The thresholds of Boottorrent.yaml's alerts: section applied to one
// machine: each state has a time it should take, and a machine that stays
// longer is flagged with what to check. Pure: the registry measures, this
// judges.
class AlertRules
{
public:
    // A download is judged slow only after it ran this long: rates ramp up.
    static constexpr qint64 SlowGraceMs = 10000;
    // At least this many downloading machines make a median worth comparing to.
    static constexpr int MinimumForMedian = 3;

    explicit AlertRules(const AlertSettings &settings = {});

    // Level and reason; `since` is left for the caller, who knows the last alert.
    ClientAlert judge(const ClientRecord &client, const AlertFacts &facts) const;

    // The median of the positive rates, or 0 with fewer than MinimumForMedian.
    static qint64 medianRate(QList<qint64> rates);
    // "1.2 MB/s", "640 kB/s"
    static QString rateText(qint64 bytesPerSecond);
    // "45 s", "3 min"
    static QString durationText(qint64 seconds);

private:
    AlertSettings m_settings;
};

} // namespace bt

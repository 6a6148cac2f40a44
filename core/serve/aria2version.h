#pragma once

#include <QString>
#include <QStringList>

namespace bt {

// aria2.getVersion: which aria2 answers and which features it was built with.
struct Aria2Version
{
    QString version; // "1.36.0"
    QStringList enabledFeatures; // "BitTorrent", "Metalink", ...

    bool operator==(const Aria2Version &) const = default;
};

} // namespace bt

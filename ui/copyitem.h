#pragma once

#include <QList>
#include <QString>

namespace bt {

// One file to copy: where it comes from and where it goes.
struct CopyItem
{
    QString source; // absolute path
    QString target; // relative to the OS folder in a DropPlan, absolute in a FileCopyJob
    bool operator==(const CopyItem &) const = default;
};

using CopyItems = QList<CopyItem>;

} // namespace bt

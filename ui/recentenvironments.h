#pragma once

#include <QStringList>

namespace bt {

// The environments opened lately, newest first, kept in QSettings.
class RecentEnvironments
{
public:
    static constexpr int MaxEntries = 10;

    static QStringList list();
    static void add(const QString &dir);
    static void remove(const QString &dir);
};

} // namespace bt

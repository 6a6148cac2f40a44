#include "recentenvironments.h"

#include <QDir>
#include <QSettings>

namespace bt {

namespace {
const QString key = QStringLiteral("recentEnvironments");
}

QStringList RecentEnvironments::list() { return QSettings().value(key).toStringList(); }

void RecentEnvironments::add(const QString &dir)
{
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    QStringList dirs = list();
    dirs.removeAll(clean);
    dirs.prepend(clean);
    while (dirs.size() > MaxEntries)
        dirs.removeLast();
    QSettings().setValue(key, dirs);
}

void RecentEnvironments::remove(const QString &dir)
{
    QStringList dirs = list();
    dirs.removeAll(QDir::cleanPath(QDir(dir).absolutePath()));
    QSettings().setValue(key, dirs);
}

} // namespace bt

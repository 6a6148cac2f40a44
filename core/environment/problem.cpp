#include "problem.h"

#include <QStringList>

namespace bt {

QString Problem::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!keyPath.isEmpty())
        parts << keyPath;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

QString toString(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace bt

#include "themeicon.h"

#include <QFile>

namespace bt {

QIcon themeIcon(const QString &name)
{
    const QString fallback = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (!QFile::exists(fallback))
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(fallback));
}

} // namespace bt

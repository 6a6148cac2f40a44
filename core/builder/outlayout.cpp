#include "outlayout.h"

#include <QDir>

namespace bt::OutLayout {

QString path(const Environment &env, const QString &relative)
{
    return QDir(env.dir()).absoluteFilePath(QStringLiteral("out/") + relative);
}

} // namespace bt::OutLayout

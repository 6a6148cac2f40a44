#pragma once

#include <QIcon>
#include <QString>

namespace bt {

// The desktop theme's icon, or BootTorrent's own from resources/icons/.
QIcon themeIcon(const QString &name);

} // namespace bt

#include "clientalert.h"

namespace bt {

QString alertLevelName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::None:
        return QStringLiteral("none");
    case AlertLevel::Amber:
        return QStringLiteral("amber");
    case AlertLevel::Red:
        return QStringLiteral("red");
    }
    return QString();
}

std::optional<AlertLevel> alertLevelFromName(QStringView text)
{
    for (AlertLevel level : { AlertLevel::None, AlertLevel::Amber, AlertLevel::Red }) {
        if (text == alertLevelName(level))
            return level;
    }
    return std::nullopt;
}

} // namespace bt

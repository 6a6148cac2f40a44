#include "logline.h"

namespace bt {

QString toString(LogSeverity severity)
{
    switch (severity) {
    case LogSeverity::Info:
        return QStringLiteral("info");
    case LogSeverity::Warning:
        return QStringLiteral("warning");
    case LogSeverity::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace bt

#include "macaddress.h"

namespace bt {

std::optional<QString> normalizedMac(QStringView text)
{
    if (text.size() != 17)
        return std::nullopt;
    const QChar separator = text.at(2);
    if (separator != QLatin1Char(':') && separator != QLatin1Char('-'))
        return std::nullopt;
    QString result;
    result.reserve(17);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i % 3 == 2) {
            if (c != separator)
                return std::nullopt;
            result.append(QLatin1Char(':'));
            continue;
        }
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return std::nullopt;
        result.append(c.toLower());
    }
    return result;
}

} // namespace bt

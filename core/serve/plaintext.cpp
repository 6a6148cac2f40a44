#include "plaintext.h"

#include <QList>

namespace bt {

QString plainText(QStringView text, int maxLength)
{
    // Code points, so a surrogate pair stays whole (a lone half becomes
    // U+FFFD); enough UTF-16 units for maxLength + 1 of them.
    const QStringView head = text.left(qsizetype(maxLength) * 2 + 2);
    QList<char32_t> kept;
    for (const uint point : head.toUcs4()) {
        if (kept.size() > maxLength)
            break;
        switch (QChar::category(char32_t(point))) {
        case QChar::Other_Control:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            kept << U' ';
            break;
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
            break;
        default:
            kept << char32_t(point);
        }
    }
    if (kept.size() > maxLength || (text.size() > head.size() && kept.size() == maxLength)) {
        kept.resize(std::max(0, maxLength - 1));
        kept << U'\u2026';
    }
    return QString::fromUcs4(kept.constData(), kept.size());
}

} // namespace bt

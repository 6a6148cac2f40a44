#include "shellwords.h"

namespace bt {

namespace {

Problem wordsProblem(const QString &message) { return Problem { {}, {}, message }; }

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
        || c == QLatin1Char('\r');
}

} // namespace

Result<QStringList> splitShellWords(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (isBlank(c)) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
            ++i;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0)
                return wordsProblem(QStringLiteral("has an unterminated single quote"));
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
        } else if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text[i];
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar next = text[i + 1];
                    if (next == QLatin1Char('"') || next == QLatin1Char('\\')
                        || next == QLatin1Char('$') || next == QLatin1Char('`')) {
                        word += next;
                        i += 2;
                        continue;
                    }
                    if (next == QLatin1Char('\n')) {
                        i += 2;
                        continue;
                    }
                }
                word += d;
                ++i;
            }
            if (!closed)
                return wordsProblem(QStringLiteral("has an unterminated double quote"));
            inWord = true;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size())
                return wordsProblem(QStringLiteral("ends with a backslash that escapes nothing"));
            if (text[i + 1] != QLatin1Char('\n')) {
                word += text[i + 1];
                inWord = true;
            }
            i += 2;
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord)
        words << word;
    return words;
}

} // namespace bt

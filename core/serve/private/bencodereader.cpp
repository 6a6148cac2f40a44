#include "bencodereader.h"

#include <limits>

namespace bt {

Result<BencodeValue> BencodeReader::read(const QByteArray &data)
{
    BencodeReader reader(data);
    BencodeValue value;
    if (reader.readValue(value, 0) && reader.m_pos != data.size())
        reader.fail(QStringLiteral("data follows the value"));
    if (!reader.m_error.isEmpty())
        return Problem { QString(), QString(),
            QStringLiteral("not bencode: %1 at byte %2.").arg(reader.m_error).arg(reader.m_pos) };
    return value;
}

bool BencodeReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool BencodeReader::readValue(BencodeValue &value, int depth)
{
    if (depth > MaxDepth)
        return fail(QStringLiteral("nested too deeply"));
    if (m_pos >= m_data.size())
        return fail(QStringLiteral("the data ends early"));
    const char c = m_data.at(m_pos);
    if (c == 'i') {
        ++m_pos;
        value.type = BencodeValue::Type::Integer;
        return readInteger(value.integer, 'e');
    }
    if (c >= '0' && c <= '9') {
        value.type = BencodeValue::Type::String;
        return readString(value.string);
    }
    if (c == 'l') {
        ++m_pos;
        value.type = BencodeValue::Type::List;
        while (m_pos < m_data.size() && m_data.at(m_pos) != 'e') {
            value.list.emplace_back();
            if (!readValue(value.list.back(), depth + 1))
                return false;
        }
        if (m_pos >= m_data.size())
            return fail(QStringLiteral("a list does not end"));
        ++m_pos;
        return true;
    }
    if (c == 'd') {
        ++m_pos;
        value.type = BencodeValue::Type::Dictionary;
        while (m_pos < m_data.size() && m_data.at(m_pos) != 'e') {
            QByteArray key;
            if (!readString(key))
                return false;
            value.dictionary.emplace_back(key, BencodeValue {});
            if (!readValue(value.dictionary.back().second, depth + 1))
                return false;
        }
        if (m_pos >= m_data.size())
            return fail(QStringLiteral("a dictionary does not end"));
        ++m_pos;
        return true;
    }
    return fail(QStringLiteral("unexpected character"));
}

bool BencodeReader::readInteger(qint64 &integer, char end)
{
    bool negative = false;
    if (m_pos < m_data.size() && m_data.at(m_pos) == '-') {
        negative = true;
        ++m_pos;
    }
    const qsizetype start = m_pos;
    quint64 magnitude = 0;
    // One more than qint64's maximum, so the minimum still fits.
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    while (m_pos < m_data.size() && m_data.at(m_pos) >= '0' && m_data.at(m_pos) <= '9') {
        const unsigned digit = unsigned(m_data.at(m_pos) - '0');
        if (magnitude > (limit - digit) / 10)
            return fail(QStringLiteral("a number is too large"));
        magnitude = magnitude * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        return fail(QStringLiteral("a number has no digits"));
    if (m_pos >= m_data.size() || m_data.at(m_pos) != end)
        return fail(QStringLiteral("a number does not end"));
    ++m_pos;
    integer = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return true;
}

bool BencodeReader::readString(QByteArray &string)
{
    if (m_pos >= m_data.size() || m_data.at(m_pos) < '0' || m_data.at(m_pos) > '9')
        return fail(QStringLiteral("a string was expected"));
    qint64 length = 0;
    if (!readInteger(length, ':'))
        return false;
    if (length > m_data.size() - m_pos)
        return fail(QStringLiteral("a string is longer than the data"));
    string = m_data.mid(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    return true;
}

} // namespace bt

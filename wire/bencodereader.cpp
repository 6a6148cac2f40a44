#include "bencodereader.h"

#include <limits>

namespace bt::wire {

BencodeReader::Read BencodeReader::read(std::string_view data)
{
    Read read;
    if (data.size() > MaxSize) {
        read.error = Error::TooLarge;
        read.position = MaxSize;
        return read;
    }
    BencodeReader reader(data);
    if (reader.readValue(read.value, 0) && reader.m_pos != data.size())
        reader.fail(Error::DataFollows);
    read.error = reader.m_error;
    read.position = reader.m_pos;
    if (!read.ok())
        read.value = {};
    return read;
}

bool BencodeReader::fail(Error error)
{
    if (m_error == Error::None)
        m_error = error;
    return false;
}

bool BencodeReader::readValue(BencodeValue &value, int depth)
{
    if (depth > MaxDepth)
        return fail(Error::NestedTooDeeply);
    if (++m_values > MaxValues)
        return fail(Error::TooManyValues);
    if (m_pos >= m_data.size())
        return fail(Error::EndsEarly);
    const char c = m_data[m_pos];
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
        while (m_pos < m_data.size() && m_data[m_pos] != 'e') {
            value.list.emplace_back();
            if (!readValue(value.list.back(), depth + 1))
                return false;
        }
        if (m_pos >= m_data.size())
            return fail(Error::ListDoesNotEnd);
        ++m_pos;
        return true;
    }
    if (c == 'd') {
        ++m_pos;
        value.type = BencodeValue::Type::Dictionary;
        while (m_pos < m_data.size() && m_data[m_pos] != 'e') {
            BencodeEntry &entry = value.dictionary.emplace_back();
            if (!readString(entry.key) || !readValue(entry.value, depth + 1))
                return false;
        }
        if (m_pos >= m_data.size())
            return fail(Error::DictionaryDoesNotEnd);
        ++m_pos;
        return true;
    }
    return fail(Error::UnexpectedCharacter);
}

bool BencodeReader::readInteger(std::int64_t &integer, char end)
{
    bool negative = false;
    if (m_pos < m_data.size() && m_data[m_pos] == '-') {
        negative = true;
        ++m_pos;
    }
    const std::size_t start = m_pos;
    std::uint64_t magnitude = 0;
    // One more than the maximum for a negative number, so the minimum still fits.
    const std::uint64_t limit
        = std::uint64_t(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
    while (m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9') {
        const unsigned digit = unsigned(m_data[m_pos] - '0');
        if (magnitude > (limit - digit) / 10)
            return fail(Error::NumberTooLarge);
        magnitude = magnitude * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        return fail(Error::NumberHasNoDigits);
    if (m_pos >= m_data.size() || m_data[m_pos] != end)
        return fail(Error::NumberDoesNotEnd);
    ++m_pos;
    integer = negative ? std::int64_t(0 - magnitude) : std::int64_t(magnitude);
    return true;
}

bool BencodeReader::readString(std::string &string)
{
    if (m_pos >= m_data.size() || m_data[m_pos] < '0' || m_data[m_pos] > '9')
        return fail(Error::StringExpected);
    std::int64_t length = 0;
    if (!readInteger(length, ':'))
        return false;
    if (std::uint64_t(length) > m_data.size() - m_pos)
        return fail(Error::StringLongerThanData);
    string = m_data.substr(m_pos, std::size_t(length));
    m_pos += std::size_t(length);
    return true;
}

} // namespace bt::wire

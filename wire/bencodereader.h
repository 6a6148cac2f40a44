#pragma once

#include "bencodevalue.h"

#include <cstddef>
#include <string_view>

namespace bt::wire {

// Decodes one bencoded value that fills `data` exactly. Built for replies from
// the network: lengths are checked against what is left, numbers against
// overflow, nesting against a depth and the whole against a size and a count
// of values, so any input ends in a value or an error, never in a crash or a
// pile of memory.
class BencodeReader
{
public:
    static constexpr int MaxDepth = 32;
    static constexpr std::size_t MaxSize = 1024 * 1024;
    static constexpr std::size_t MaxValues = 100000;

    enum class Error {
        None,
        TooLarge, // more than MaxSize bytes
        TooManyValues, // more than MaxValues values
        NestedTooDeeply,
        EndsEarly,
        UnexpectedCharacter,
        ListDoesNotEnd,
        DictionaryDoesNotEnd,
        NumberTooLarge,
        NumberHasNoDigits,
        NumberDoesNotEnd,
        StringExpected, // a dictionary key is no string
        StringLongerThanData,
        DataFollows, // the value ends before the data
    };

    struct Read
    {
        BencodeValue value;
        Error error = Error::None;
        std::size_t position = 0; // the byte the error was found at

        bool ok() const { return error == Error::None; }
    };

    static Read read(std::string_view data);

private:
    explicit BencodeReader(std::string_view data)
        : m_data(data)
    {
    }
    bool readValue(BencodeValue &value, int depth);
    bool readInteger(std::int64_t &integer, char end);
    bool readString(std::string &string);
    bool fail(Error error);

    std::string_view m_data;
    std::size_t m_pos = 0;
    std::size_t m_values = 0;
    Error m_error = Error::None;
};

} // namespace bt::wire

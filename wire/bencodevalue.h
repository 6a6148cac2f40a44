#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bt::wire {

struct BencodeEntry;

// One decoded bencode value. Dictionary entries are a struct of their own, not
// a std::pair: clang with libstdc++ rejects a pair of the still-incomplete type.
struct BencodeValue
{
    enum class Type { Integer, String, List, Dictionary };

    Type type = Type::String;
    std::int64_t integer = 0;
    std::string string; // bytes, not necessarily text
    std::vector<BencodeValue> list;
    std::vector<BencodeEntry> dictionary; // in the order read

    bool isInteger() const { return type == Type::Integer; }
    bool isString() const { return type == Type::String; }
    bool isDictionary() const { return type == Type::Dictionary; }
    // The dictionary entry for `key`, or nullptr (also when this is no dictionary).
    const BencodeValue *find(std::string_view key) const;
};

struct BencodeEntry
{
    std::string key;
    BencodeValue value;
};

inline const BencodeValue *BencodeValue::find(std::string_view key) const
{
    for (const BencodeEntry &entry : dictionary) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

} // namespace bt::wire

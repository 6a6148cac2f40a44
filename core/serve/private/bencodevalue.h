#pragma once

#include <QByteArray>

#include <utility>
#include <vector>

namespace bt {

// One decoded bencode value. std::vector, unlike QList, may hold the
// still-incomplete type, which the nested lists and dictionaries need.
struct BencodeValue
{
    enum class Type { Integer, String, List, Dictionary };

    Type type = Type::String;
    qint64 integer = 0;
    QByteArray string;
    std::vector<BencodeValue> list;
    std::vector<std::pair<QByteArray, BencodeValue>> dictionary; // in the order read

    bool isInteger() const { return type == Type::Integer; }
    bool isDictionary() const { return type == Type::Dictionary; }
    // The dictionary entry for `key`, or nullptr (also when this is no dictionary).
    const BencodeValue *find(const QByteArray &key) const
    {
        for (const auto &[entryKey, value] : dictionary) {
            if (entryKey == key)
                return &value;
        }
        return nullptr;
    }
};

} // namespace bt

#pragma once

#include "outcome.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace bt::tui {

// A parsed JSON document: just enough to read aria2's JSON-RPC replies and to write the small
// bodies bttui sends. Objects keep their member order.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    static Outcome<JsonValue> parse(const std::string &text);
    // The text as a JSON string literal, quotes included.
    static std::string quote(const std::string &text);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }

    // Strings and numbers both: aria2 sends every number as a decimal string.
    const std::string &text() const { return m_text; }
    bool boolean() const { return m_bool; }
    std::int64_t toInt(std::int64_t fallback = 0) const;

    const std::vector<JsonValue> &items() const { return m_items; }
    const std::vector<std::pair<std::string, JsonValue>> &members() const { return m_members; }
    // nullptr when this is no object or the key is absent.
    const JsonValue *member(const std::string &key) const;

private:
    friend class JsonParser;

    Type m_type = Type::Null;
    bool m_bool = false;
    std::string m_text;
    std::vector<JsonValue> m_items;
    std::vector<std::pair<std::string, JsonValue>> m_members;
};

} // namespace bt::tui

#include "jsonvalue.h"

#include <cstdio>

namespace bt::tui {

class JsonParser
{
public:
    explicit JsonParser(const std::string &text)
        : m_text(text)
    {
    }

    bool document(JsonValue &out)
    {
        if (!value(out, 0))
            return false;
        skipBlanks();
        if (m_pos != m_text.size())
            return fail("unexpected text after the value");
        return true;
    }

    std::string error() const { return m_error + " at offset " + std::to_string(m_pos); }

private:
    static constexpr int maximumDepth = 64;

    bool fail(const std::string &why)
    {
        if (m_error.empty())
            m_error = why;
        return false;
    }

    void skipBlanks()
    {
        while (m_pos < m_text.size()
            && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n'
                || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        const std::string expected(word);
        if (m_text.compare(m_pos, expected.size(), expected) != 0)
            return fail("unknown literal");
        m_pos += expected.size();
        return true;
    }

    bool value(JsonValue &out, int depth)
    {
        if (depth > maximumDepth)
            return fail("nested too deeply");
        skipBlanks();
        if (m_pos >= m_text.size())
            return fail("unexpected end of text");
        const char c = m_text[m_pos];
        if (c == '{')
            return object(out, depth);
        if (c == '[')
            return array(out, depth);
        if (c == '"') {
            out.m_type = JsonValue::Type::String;
            return string(out.m_text);
        }
        if (c == 't' || c == 'f') {
            out.m_type = JsonValue::Type::Bool;
            out.m_bool = c == 't';
            return literal(c == 't' ? "true" : "false");
        }
        if (c == 'n') {
            out.m_type = JsonValue::Type::Null;
            return literal("null");
        }
        return number(out);
    }

    bool number(JsonValue &out)
    {
        const std::size_t start = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        bool digits = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c >= '0' && c <= '9')
                digits = true;
            else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-')
                break;
            ++m_pos;
        }
        if (!digits)
            return fail("expected a value");
        out.m_type = JsonValue::Type::Number;
        out.m_text = m_text.substr(start, m_pos - start);
        return true;
    }

    bool hex4(unsigned &code)
    {
        if (m_pos + 4 > m_text.size())
            return fail("short \\u escape");
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            code <<= 4;
            if (c >= '0' && c <= '9')
                code |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                code |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                code |= unsigned(c - 'A' + 10);
            else
                return fail("bad \\u escape");
        }
        return true;
    }

    static void appendUtf8(std::string &out, unsigned code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    bool string(std::string &out)
    {
        ++m_pos; // opening quote
        out.clear();
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned code = 0;
                if (!hex4(code))
                    return false;
                if (code >= 0xD800 && code < 0xDC00 && m_text.compare(m_pos, 2, "\\u") == 0) {
                    m_pos += 2;
                    unsigned low = 0;
                    if (!hex4(low))
                        return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, code);
                break;
            }
            default:
                return fail("bad escape");
            }
        }
        return fail("unterminated string");
    }

    bool array(JsonValue &out, int depth)
    {
        ++m_pos;
        out.m_type = JsonValue::Type::Array;
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            JsonValue item;
            if (!value(item, depth + 1))
                return false;
            out.m_items.push_back(std::move(item));
            skipBlanks();
            if (m_pos >= m_text.size())
                return fail("unterminated array");
            const char c = m_text[m_pos++];
            if (c == ']')
                return true;
            if (c != ',')
                return fail("expected , or ]");
        }
    }

    bool object(JsonValue &out, int depth)
    {
        ++m_pos;
        out.m_type = JsonValue::Type::Object;
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipBlanks();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name");
            std::string key;
            if (!string(key))
                return false;
            skipBlanks();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected :");
            ++m_pos;
            JsonValue item;
            if (!value(item, depth + 1))
                return false;
            out.m_members.emplace_back(std::move(key), std::move(item));
            skipBlanks();
            if (m_pos >= m_text.size())
                return fail("unterminated object");
            const char c = m_text[m_pos++];
            if (c == '}')
                return true;
            if (c != ',')
                return fail("expected , or }");
        }
    }

    const std::string &m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

Outcome<JsonValue> JsonValue::parse(const std::string &text)
{
    JsonParser parser(text);
    JsonValue value;
    if (!parser.document(value))
        return Outcome<JsonValue>::failure("malformed JSON: " + parser.error());
    return Outcome<JsonValue>::success(std::move(value));
}

std::string JsonValue::quote(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::int64_t JsonValue::toInt(std::int64_t fallback) const
{
    if (m_type != Type::String && m_type != Type::Number)
        return fallback;
    try {
        std::size_t used = 0;
        const long long value = std::stoll(m_text, &used, 10);
        return used == m_text.size() ? value : fallback;
    } catch (const std::exception &) {
        return fallback;
    }
}

const JsonValue *JsonValue::member(const std::string &key) const
{
    for (const auto &item : m_members) {
        if (item.first == key)
            return &item.second;
    }
    return nullptr;
}

} // namespace bt::tui

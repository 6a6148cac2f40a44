#include "yamlpatcher.h"

#include "yamlfile.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <vector>

namespace bt {

namespace {

struct Replacement
{
    qsizetype start;
    qsizetype length;
    QByteArray text;
};

bool isQuoted(const YAML::Node &node) { return node.Tag() == "!"; }

// The length of the scalar token that starts at `start`, or -1 when it
// cannot be told safely (block scalars, multi-line values).
qsizetype tokenLength(const QByteArray &text, qsizetype start, bool inFlow)
{
    if (start >= text.size())
        return -1;
    const char first = text[start];
    if (first == '"') {
        for (qsizetype i = start + 1; i < text.size(); ++i) {
            if (text[i] == '\\')
                ++i;
            else if (text[i] == '"')
                return i + 1 - start;
            else if (text[i] == '\n')
                return -1;
        }
        return -1;
    }
    if (first == '\'') {
        for (qsizetype i = start + 1; i < text.size(); ++i) {
            if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i;
            else if (text[i] == '\'')
                return i + 1 - start;
            else if (text[i] == '\n')
                return -1;
        }
        return -1;
    }
    if (first == '|' || first == '>' || first == '&' || first == '*' || first == '!')
        return -1;
    qsizetype end = start;
    while (end < text.size()) {
        const char c = text[end];
        if (c == '\n' || c == '\r')
            break;
        if (c == '#' && end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            break;
        if (inFlow && (c == ',' || c == '}' || c == ']'))
            break;
        ++end;
    }
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return end - start;
}

// The scalar as it should appear in the file: plain when that is
// unambiguous in any context, double-quoted otherwise.
QByteArray scalarText(const YAML::Node &node)
{
    const QString value = QString::fromStdString(node.Scalar());
    static const QRegularExpression plainSafe(QStringLiteral("^[A-Za-z0-9_./+@-]+$"));
    if (!isQuoted(node) && plainSafe.match(value).hasMatch())
        return value.toUtf8();
    YAML::Emitter out;
    out << YAML::DoubleQuoted << node.Scalar();
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

qsizetype lineStart(const QByteArray &text, qsizetype pos)
{
    while (pos > 0 && text[pos - 1] != '\n')
        --pos;
    return pos;
}

// Just past the newline that ends the line of pos (or the text's end).
qsizetype lineEnd(const QByteArray &text, qsizetype pos)
{
    const qsizetype newline = text.indexOf('\n', pos);
    return newline < 0 ? text.size() : newline + 1;
}

bool onlySpaces(const QByteArray &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] != ' ')
            return false;
    }
    return true;
}

// Where the text of a block entry's single-line scalar value ends, or -1.
qsizetype scalarEnd(const QByteArray &text, const YAML::Node &key, const YAML::Node &value)
{
    if (!value.IsScalar() || value.Mark().line != key.Mark().line)
        return -1;
    const qsizetype start = qsizetype(value.Mark().pos);
    const qsizetype length = tokenLength(text, start, false);
    return length <= 0 ? -1 : start + length;
}

// The lines of a block map entry with a one-line scalar value, with the
// comment lines right above it at its indentation (they describe it).
bool removeEntry(const QByteArray &text, const YAML::Node &key, const YAML::Node &value,
    std::vector<Replacement> &replacements)
{
    const qsizetype keyPos = qsizetype(key.Mark().pos);
    const qsizetype end = scalarEnd(text, key, value);
    qsizetype start = lineStart(text, keyPos);
    if (end < 0 || !onlySpaces(text, start, keyPos))
        return false;
    const QByteArray commentPrefix = QByteArray(keyPos - start, ' ') + '#';
    while (start > 0) {
        const qsizetype previous = lineStart(text, start - 1);
        if (!text.mid(previous, start - previous).startsWith(commentPrefix))
            break;
        start = previous;
    }
    replacements.push_back({ start, lineEnd(text, end) - start, {} });
    return true;
}

// Just past the last line of a block map, or -1 when that cannot be told.
qsizetype blockMapEnd(const QByteArray &text, const YAML::Node &map)
{
    if (!map.IsMap() || map.size() == 0 || map.Style() == YAML::EmitterStyle::Flow)
        return -1;
    YAML::const_iterator last = map.begin();
    for (auto it = map.begin(); it != map.end(); ++it)
        last = it;
    if (last->second.IsMap())
        return blockMapEnd(text, last->second);
    const qsizetype end = scalarEnd(text, last->first, last->second);
    return end < 0 ? -1 : lineEnd(text, end);
}

// A new entry of a block map as lines at the given indentation: a scalar,
// or a map of scalars.
std::optional<QByteArray> entryText(int indent, const YAML::Node &key, const YAML::Node &value)
{
    if (!key.IsScalar())
        return std::nullopt;
    const QByteArray head = QByteArray(indent, ' ') + scalarText(key) + ':';
    if (value.IsScalar())
        return head + ' ' + scalarText(value) + '\n';
    if (!value.IsMap() || value.size() == 0)
        return std::nullopt;
    QByteArray lines = head + '\n';
    for (auto it = value.begin(); it != value.end(); ++it) {
        const auto entry = entryText(indent + 2, it->first, it->second);
        if (!entry || !it->second.IsScalar())
            return std::nullopt;
        lines += *entry;
    }
    return lines;
}

bool collect(const QByteArray &text, const YAML::Node &original, const YAML::Node &target,
    bool inFlow, std::vector<Replacement> &replacements);

// A block map may also lose entries (their lines go) and gain entries at
// its end (new lines after its last one), as saving moves a key elsewhere.
bool collectMapEntries(const QByteArray &text, const YAML::Node &original, const YAML::Node &target,
    std::vector<Replacement> &replacements)
{
    auto t = target.begin();
    for (auto o = original.begin(); o != original.end(); ++o) {
        if (t != target.end() && sameYaml(o->first, t->first)) {
            if (!collect(text, o->second, t->second, false, replacements))
                return false;
            ++t;
        } else if (!removeEntry(text, o->first, o->second, replacements)) {
            return false;
        }
    }
    if (t == target.end())
        return true;
    const qsizetype at = blockMapEnd(text, original);
    if (at < 0)
        return false;
    const int indent = original.begin()->first.Mark().column;
    // A new section stands apart from the one before it.
    QByteArray lines = at > 0 && text[at - 1] != '\n' ? "\n" : "";
    if (indent == 0)
        lines += '\n';
    for (; t != target.end(); ++t) {
        const auto entry = entryText(indent, t->first, t->second);
        if (!entry)
            return false;
        lines += *entry;
    }
    replacements.push_back({ at, 0, lines });
    return true;
}

bool collect(const QByteArray &text, const YAML::Node &original, const YAML::Node &target,
    bool inFlow, std::vector<Replacement> &replacements)
{
    if (original.Type() != target.Type())
        return false;
    switch (target.Type()) {
    case YAML::NodeType::Scalar: {
        if (original.Scalar() == target.Scalar() && isQuoted(original) == isQuoted(target))
            return true;
        const qsizetype start = qsizetype(original.Mark().pos);
        const qsizetype length = tokenLength(text, start, inFlow);
        if (length <= 0)
            return false;
        replacements.push_back({ start, length, scalarText(target) });
        return true;
    }
    case YAML::NodeType::Map: {
        const bool flow = inFlow || original.Style() == YAML::EmitterStyle::Flow;
        if (!flow)
            return collectMapEntries(text, original, target, replacements);
        if (original.size() != target.size())
            return false;
        auto o = original.begin();
        for (auto t = target.begin(); t != target.end(); ++t, ++o) {
            if (!sameYaml(o->first, t->first)
                || !collect(text, o->second, t->second, flow, replacements))
                return false;
        }
        return true;
    }
    default:
        return sameYaml(original, target);
    }
}

} // namespace

bool sameYaml(const YAML::Node &a, const YAML::Node &b)
{
    if (a.Type() != b.Type())
        return false;
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        return a.Scalar() == b.Scalar() && isQuoted(a) == isQuoted(b);
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: {
        if (a.size() != b.size())
            return false;
        auto i = a.begin();
        for (auto j = b.begin(); j != b.end(); ++i, ++j) {
            if (a.IsMap() ? !sameYaml(i->first, j->first) || !sameYaml(i->second, j->second)
                          : !sameYaml(*i, *j))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

std::optional<QByteArray> patchYamlScalars(const QByteArray &text, const YAML::Node &target)
{
    const Result<YAML::Node> original = yamlfile::parse(text, {});
    if (!original.ok())
        return std::nullopt;
    std::vector<Replacement> replacements;
    try {
        if (!collect(text, original.value(), target, false, replacements))
            return std::nullopt;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
    std::sort(replacements.begin(), replacements.end(),
        [](const Replacement &a, const Replacement &b) { return a.start > b.start; });
    QByteArray patched = text;
    for (const Replacement &r : replacements)
        patched.replace(r.start, r.length, r.text);
    const Result<YAML::Node> check = yamlfile::parse(patched, {});
    if (!check.ok() || !sameYaml(check.value(), target))
        return std::nullopt;
    return patched;
}

} // namespace bt

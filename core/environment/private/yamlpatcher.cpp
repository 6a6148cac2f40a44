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
        if (original.size() != target.size())
            return false;
        const bool flow = inFlow || original.Style() == YAML::EmitterStyle::Flow;
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

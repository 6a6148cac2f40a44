#include "yamlfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace bt::yamlfile {

namespace {

Problem fileProblem(const QString &relative, const QString &message)
{
    return Problem { relative, {}, message };
}

void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out << YAML::Null;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == "!")
            out << YAML::DoubleQuoted;
        else if (!node.Tag().empty() && node.Tag() != "?")
            out << YAML::VerbatimTag(node.Tag());
        out << node.Scalar();
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const auto &pair : node) {
            out << YAML::Key;
            emitNode(out, pair.first);
            out << YAML::Value;
            emitNode(out, pair.second);
        }
        out << YAML::EndMap;
        break;
    }
}

} // namespace

constexpr qsizetype kMaxFileBytes = 1024 * 1024;
constexpr qint64 kMaxNodes = 100000;

// PyYAML, go-yaml v2 and yaml-cpp all read YAML 1.1 booleans (yes, on, ...).
bool needsQuotes(const QString &value)
{
    static const QRegularExpression special(QStringLiteral(
        "^(|~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|"
        "on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|"
        "[-+]?\\.[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    return special.match(value).hasMatch() || value.trimmed() != value;
}

// Whether the document stays small once its aliases are expanded, as
// everything that reads or writes it sees it: nine nested aliases in 1 KB
// ("billion laughs") expand to hundreds of megabytes.
bool withinBudget(const YAML::Node &node, qint64 &budget, int depth)
{
    if (--budget < 0 || depth > 64)
        return false;
    if (node.IsSequence()) {
        for (const YAML::Node &child : node)
            if (!withinBudget(child, budget, depth + 1))
                return false;
    } else if (node.IsMap()) {
        for (const auto &entry : node)
            if (!withinBudget(entry.first, budget, depth + 1)
                || !withinBudget(entry.second, budget, depth + 1))
                return false;
    }
    return true;
}

Result<YAML::Node> parse(const QByteArray &text, const QString &relative)
{
    if (text.size() > kMaxFileBytes)
        return fileProblem(relative,
            QCoreApplication::translate(
                "bt::YamlFile", "is larger than %1 KiB; an environment's settings are a few lines")
                .arg(kMaxFileBytes / 1024));
    try {
        YAML::Node node = YAML::Load(text.toStdString());
        if (node.IsNull())
            return YAML::Node(YAML::NodeType::Map);
        if (!node.IsMap())
            return fileProblem(relative,
                QCoreApplication::translate("bt::YamlFile", "must be a mapping of keys to values"));
        qint64 budget = kMaxNodes;
        if (!withinBudget(node, budget, 0))
            return fileProblem(relative,
                QCoreApplication::translate("bt::YamlFile",
                    "is too complex (over %1 values once its aliases are expanded, or "
                    "nested deeper than 64): write the values out plainly")
                    .arg(kMaxNodes));
        return node;
    } catch (const YAML::Exception &e) {
        return fileProblem(relative,
            QCoreApplication::translate("bt::YamlFile", "is not valid YAML: line %1, column %2: %3")
                .arg(e.mark.line + 1)
                .arg(e.mark.column + 1)
                .arg(QString::fromStdString(e.msg)));
    }
}

Result<LoadedFile> load(const QString &path, const QString &relative)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileProblem(relative,
            QCoreApplication::translate("bt::YamlFile", "cannot be read: %1")
                .arg(file.errorString()));
    const QByteArray text = file.read(kMaxFileBytes + 1);
    const Result<YAML::Node> node = parse(text, relative);
    if (!node.ok())
        return node.problems();
    return LoadedFile { node.value(), text };
}

void emitTo(YAML::Emitter &out, const YAML::Node &node) { emitNode(out, node); }

QByteArray toText(const YAML::Node &node)
{
    YAML::Emitter out;
    emitNode(out, node);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

void setString(YAML::Node map, const char *key, const QString &value)
{
    YAML::Node node = map[key];
    node = value.toStdString();
    // A value quoted in the file stays quoted, which keeps the file looking
    // as its author wrote it.
    if (needsQuotes(value))
        node.SetTag("!");
    else if (node.Tag() != "!")
        node.SetTag("?");
}

void setInt(YAML::Node map, const char *key, int value)
{
    YAML::Node node = map[key];
    node = value;
    node.SetTag("?");
}

void setBool(YAML::Node map, const char *key, bool value)
{
    YAML::Node node = map[key];
    node = value;
    node.SetTag("?");
}

} // namespace bt::yamlfile

#include "fieldreader.h"

#include <QRegularExpression>

namespace bt {

QString describeValue(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QCoreApplication::translate("bt::FieldReader", "got nothing");
    case YAML::NodeType::Scalar:
        return QCoreApplication::translate("bt::FieldReader", "got \"%1\"")
            .arg(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Sequence:
        return QCoreApplication::translate("bt::FieldReader", "got a list");
    case YAML::NodeType::Map:
        return QCoreApplication::translate("bt::FieldReader", "got a mapping");
    }
    return {};
}

FieldReader::FieldReader(QString file)
    : m_file(std::move(file))
{
}

YAML::Node FieldReader::section(const YAML::Node &root, const char *name)
{
    const YAML::Node node = root[name];
    if (!node.IsDefined() || node.IsNull())
        return YAML::Node(YAML::NodeType::Map);
    if (!node.IsMap()) {
        addProblem(QString::fromLatin1(name),
            tr("must be a mapping of keys, %1").arg(describeValue(node)));
        return YAML::Node(YAML::NodeType::Map);
    }
    return node;
}

void FieldReader::readInt(const YAML::Node &map, const QString &keyPrefix, const char *key,
    int &value, const QString &expected)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined())
        return;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    if (node.IsScalar()) {
        const QString text = QString::fromStdString(node.Scalar()).trimmed();
        bool ok = false;
        const int number = text.toInt(&ok);
        if (integer.match(text).hasMatch() && ok) {
            value = number;
            return;
        }
    }
    addProblem(keyPrefix + QString::fromLatin1(key),
        tr("must be %1, %2").arg(tr(expected.toUtf8().constData()), describeValue(node)));
}

void FieldReader::readBool(
    const YAML::Node &map, const QString &keyPrefix, const char *key, bool &value)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined())
        return;
    bool flag = false;
    if (node.IsScalar() && YAML::convert<bool>::decode(node, flag)) {
        value = flag;
        return;
    }
    addProblem(keyPrefix + QString::fromLatin1(key),
        tr("must be true or false, %1").arg(describeValue(node)));
}

void FieldReader::readString(
    const YAML::Node &map, const QString &keyPrefix, const char *key, QString &value)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined())
        return;
    if (node.IsNull()) {
        value.clear();
        return;
    }
    if (node.IsScalar()) {
        value = QString::fromStdString(node.Scalar());
        return;
    }
    addProblem(
        keyPrefix + QString::fromLatin1(key), tr("must be text, %1").arg(describeValue(node)));
}

void FieldReader::addProblem(const QString &keyPath, const QString &message)
{
    m_problems << Problem { m_file, keyPath, message };
    m_badKeys << keyPath;
}

} // namespace bt

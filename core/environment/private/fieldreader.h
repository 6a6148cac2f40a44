#pragma once

#include "environment/problem.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace bt {

// Reads typed values out of one YAML file. A value of the wrong type leaves
// the default in place and becomes a problem; its key is remembered so that
// save() overwrites it with the model's value.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(bt::FieldReader)

public:
    explicit FieldReader(QString file);

    // The mapping `name` of root, or an empty one (with a problem when the
    // key holds something else).
    YAML::Node section(const YAML::Node &root, const char *name);

    // keyPrefix is "dnsmasq." for Boottorrent.yaml sections, empty for OS configs;
    // expected is English, marked with QT_TRANSLATE_NOOP("bt::FieldReader", ...).
    void readInt(const YAML::Node &map, const QString &keyPrefix, const char *key, int &value,
        const QString &expected);
    void readBool(const YAML::Node &map, const QString &keyPrefix, const char *key, bool &value);
    void readString(
        const YAML::Node &map, const QString &keyPrefix, const char *key, QString &value);

    void addProblem(const QString &keyPath, const QString &message);

    const Problems &problems() const { return m_problems; }
    const QSet<QString> &badKeys() const { return m_badKeys; }

private:
    QString m_file;
    Problems m_problems;
    QSet<QString> m_badKeys;
};

// "got \"abc\"", "got a list", ... for type problems.
QString describeValue(const YAML::Node &node);

} // namespace bt

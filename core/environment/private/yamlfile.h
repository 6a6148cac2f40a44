#pragma once

#include "environment/problem.h"
#include "environment/result.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QString>

// yaml-cpp stays behind this private header: environment.h never names it.
namespace bt::yamlfile {

// Reads and parses a YAML file. A missing, unreadable or malformed file is a
// problem naming `relative` (the path shown to the administrator); an empty
// file is an empty mapping.
struct LoadedFile
{
    YAML::Node node;
    QByteArray text;
};
Result<LoadedFile> load(const QString &path, const QString &relative);

// Parses YAML text; a syntax error becomes a problem with its line number.
Result<YAML::Node> parse(const QByteArray &text, const QString &relative);

// Emits a node keeping each collection's flow or block style. Scalars tagged
// "!" (quoted in the source, or text that would otherwise read as a number,
// a boolean or null) are written double-quoted so they read back as text.
QByteArray toText(const YAML::Node &node);
void emitTo(YAML::Emitter &out, const YAML::Node &node);

// True for text that a YAML 1.1 reader would take for a number, a boolean or
// null, so it has to be quoted to stay text.
bool needsQuotes(const QString &value);

// Sets map[key] to a text value, quoting it when YAML would read it as
// anything but text.
void setString(YAML::Node map, const char *key, const QString &value);
void setInt(YAML::Node map, const char *key, int value);
void setBool(YAML::Node map, const char *key, bool value);

} // namespace bt::yamlfile

#pragma once

#include <yaml-cpp/yaml.h>

#include <QByteArray>

#include <optional>

namespace bt {

// Rewrites only the changed scalar values inside a YAML text, so that the
// administrator's comments, key order and layout survive a save. Gives
// nothing when the change is more than replacing existing scalars (a new
// key, a new section, a changed list) or when the patched text would not
// read back as `target`; the caller then writes the emitted tree instead.
std::optional<QByteArray> patchYamlScalars(const QByteArray &text, const YAML::Node &target);

// Same structure, keys in the same order, same scalars, same quoting of text.
bool sameYaml(const YAML::Node &a, const YAML::Node &b);

} // namespace bt

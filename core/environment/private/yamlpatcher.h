#pragma once

#include <yaml-cpp/yaml.h>

#include <QByteArray>

#include <optional>

namespace bt {

// Rewrites only the changed scalar values inside a YAML text, so that the
// administrator's comments, key order and layout survive a save. In block
// maps it also removes entries (with the comment lines right above them)
// and appends new entries of scalars at a map's end, or new sections at the
// file's end. Gives nothing for any other change (a reordered or changed
// list, a new key in a flow map) or when the patched text would not read
// back as `target`; the caller then writes the emitted tree instead.
std::optional<QByteArray> patchYamlScalars(const QByteArray &text, const YAML::Node &target);

// Same structure, keys in the same order, same scalars, same quoting of text.
bool sameYaml(const YAML::Node &a, const YAML::Node &b);

} // namespace bt

#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace bt::tui {

// JSON that another program wrote (btfetch's status file), read without a
// throw: bttui is built with exceptions, yet nothing here may throw on what it reads. Only
// bttuicore's .cpp files include this header; nlohmann's types stay inside them.
class BoundedJson
{
public:
    using Json = nlohmann::json;
    enum class Result { Parsed, NoJson, TooDeep };

    // The text's one value into `value`, stopped at the first object or array nested deeper
    // than `maximumDepth` (the text's own value is level 0): a hostile text costs no more than
    // its first levels.
    static Result parse(const std::string &text, int maximumDepth, Json &value);
    // The key's string, or empty when it is missing or no string.
    static std::string textOf(const Json &object, const char *key);
};

} // namespace bt::tui

#pragma once

#include <optional>
#include <string>
#include <utility>

namespace bt::tui {

// bttui links no Qt, so bt::Result is out of reach; this is the same idea: a value or the
// sentence that explains why there is none.
template <typename T> class Outcome
{
public:
    static Outcome success(T value) { return Outcome(std::move(value), {}); }
    static Outcome failure(std::string error) { return Outcome(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const std::string &error() const { return m_error; }

private:
    Outcome(std::optional<T> value, std::string error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {
    }

    std::optional<T> m_value;
    std::string m_error;
};

} // namespace bt::tui

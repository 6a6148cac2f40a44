#pragma once

#include "problem.h"

#include <utility>
#include <variant>

namespace bt {

// A value or the problems that prevented it: errors are values at the core
// boundary, so no exception reaches Qt's event loop.
template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Problems problems)
        : m_data(std::move(problems))
    {
    }
    Result(Problem problem)
        : m_data(Problems { std::move(problem) })
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    Problems problems() const { return ok() ? Problems {} : std::get<Problems>(m_data); }

private:
    std::variant<T, Problems> m_data;
};

} // namespace bt

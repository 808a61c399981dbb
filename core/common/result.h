// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"

#include <utility>
#include <variant>

namespace Pigeon {

/// A value or the MailError that prevented it (std::expected is C++23; we are on C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(MailError error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const MailError &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, MailError> m_v;
};

/// Result of an operation that yields nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(MailError error) : m_error(std::move(error)) {}

    bool ok() const { return m_error.kind() == MailError::Kind::None; }
    explicit operator bool() const { return ok(); }
    const MailError &error() const { return m_error; }

private:
    MailError m_error;
};

} // namespace Pigeon

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "imap/wire/responseparser.h"

#include <QTest>

#include <variant>

namespace Pigeon::Imap::Test {

/// Parses bytes that must contain exactly one response.
inline Response parseSingle(const QByteArray &bytes, ParserLimits limits = {}, FetchMode mode = FetchMode::Full)
{
    ResponseParser parser(limits);
    parser.setFetchMode(mode);
    const QList<Response> out = parser.feed(bytes);
    if (out.size() != 1) {
        ParseError e;
        e.message = QStringLiteral("expected one response, got %1").arg(out.size());
        return e;
    }
    return out.first();
}

inline QString describeError(const Response &r)
{
    if (const auto *e = std::get_if<ParseError>(&r))
        return e->message + QLatin1String(" at ") + QString::number(e->offset) + QLatin1String(": ")
            + QString::fromLatin1(e->excerpt);
    return QStringLiteral("response of kind %1").arg(r.index());
}

} // namespace Pigeon::Imap::Test

/// Extracts alternative T from a response or fails the test with the parse error.
#define IMAP_AS(T, var, response)                                                                  \
    const Pigeon::Imap::Response var##_resp = (response);                                         \
    const auto *var##_ptr = std::get_if<T>(&var##_resp);                                          \
    if (!var##_ptr)                                                                                \
        QFAIL(qPrintable(QStringLiteral("not a " #T ": ") + Pigeon::Imap::Test::describeError(var##_resp))); \
    const T &var = *var##_ptr

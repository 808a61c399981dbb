// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "pop3/wire/response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QQueue>

#include <variant>

namespace Pigeon::Pop3 {

/// Push parser for POP3 server replies (RFC 1939 §3, RFC 2449 §8, RFC 5034 §4).
///
/// Pure: no I/O, no QObject, no event loop. The owner calls expect() once per command it
/// sends (in order), then feeds bytes as they arrive, in any split; every completed reply
/// comes back from feed() in order. A greeting is expected as a single line.
///
/// Lines may end in CRLF or, from sloppy servers, a bare LF; a multi-line body keeps each
/// line's terminator as sent, so RETR returns the message byte-exact.
class ResponseParser
{
public:
    struct Limits {
        qsizetype maxLineLength = 64 * 1024;        ///< RFC 1939 says 512; real servers exceed it
        qsizetype maxBodySize = 256LL * 1024 * 1024;///< one RETR/TOP/LIST body
    };
    /// One result of feed(): a reply or why a reply could not be parsed.
    using Item = std::variant<Response, ParseError>;

    ResponseParser() = default;
    explicit ResponseParser(Limits limits) : m_limits(limits) {}

    /// Announces the shape of the reply to the next command sent (FIFO for pipelining).
    void expect(ReplyShape shape);
    /// Number of replies expected but not yet complete.
    qsizetype pending() const { return m_expected.size(); }

    /// Consumes @p bytes (any split: partial lines are kept until their LF arrives).
    QList<Item> feed(QByteArrayView bytes);

    /// Forgets buffered bytes and expectations (after STLS, RFC 2595 §4, or a reconnect).
    void reset();

    /// Bytes of the multi-line body collected so far for the reply in progress.
    qsizetype bodyBytesSoFar() const { return m_current.body.size(); }

private:
    void takeLine(QByteArrayView line, QList<Item> &out);
    void takeStatusLine(QByteArrayView line, QList<Item> &out);
    void takeBodyLine(QByteArrayView line, QList<Item> &out);

    Limits m_limits;
    QQueue<ReplyShape> m_expected;
    QByteArray m_partial;     ///< an incomplete line waiting for its LF
    bool m_partialTooLong = false;
    bool m_inBody = false;    ///< status line of a multi-line +OK seen, waiting for "."
    bool m_bodyOverflow = false;
    Response m_current;
};

/// Splits "+OK [CODE] text" or "-ERR text" (CRLF already removed) into a Response.
/// Returns false when @p line is no status line. @p allowContinuation accepts "+ data".
bool parseStatusLine(QByteArrayView line, bool allowContinuation, Response *out);

} // namespace Pigeon::Pop3

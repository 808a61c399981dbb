// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Pigeon::Pop3 {

/// What the client expects the next reply to look like. POP3 replies do not say whether
/// a body follows (RFC 1939 §3): the command that was sent decides, so the session tells
/// the parser for every command it sends.
enum class ReplyShape {
    SingleLine, ///< `+OK`/`-ERR` only (USER, PASS, DELE, STAT, LIST n, ...)
    MultiLine,  ///< `+OK` followed by dot-terminated lines (LIST, UIDL, RETR, TOP, CAPA)
    Sasl,       ///< inside AUTH (RFC 5034 §4): `+ base64` continuation or a final status
};

/// One complete server reply.
struct Response
{
    enum class Status { Ok, Err, Continue };

    Status status = Status::Err;
    /// RFC 2449 §8 response code without brackets, upper-cased ("IN-USE", "SYS/TEMP").
    QByteArray code;
    /// Text after the status indicator and code, without CRLF.
    QByteArray text;
    /// For multi-line replies: the lines after the status line, dot-unstuffed, with each
    /// line's terminator exactly as the server sent it (RFC 1939 §3); the terminating
    /// "." line is not included. Empty for single-line replies.
    QByteArray body;
    bool multiLine = false;

    bool isOk() const { return status == Status::Ok; }
    bool isErr() const { return status == Status::Err; }
};

/// A reply the parser could not accept; parse errors are values, never exceptions.
struct ParseError
{
    enum class Kind {
        Malformed,    ///< neither +OK, -ERR nor (inside AUTH) "+ "
        LineTooLong,  ///< a line beyond ResponseParser::Limits::maxLineLength
        BodyTooLarge, ///< a multi-line body beyond Limits::maxBodySize (the rest was skipped)
        Unexpected,   ///< a line arrived while no reply was expected
    };
    Kind kind = Kind::Malformed;
    /// The start of the offending line, for logs (never contains client secrets).
    QByteArray detail;
};

} // namespace Pigeon::Pop3

Q_DECLARE_METATYPE(Pigeon::Pop3::Response)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include "common/mailerror.h"
#include "imap/wire/parserlimits.h"
#include "imap/wire/response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Pigeon::Imap {

/// Push parser for the IMAP response stream (RFC 9051 §7, §9). Pure: no I/O, no
/// QObject. Feed it bytes as they arrive, in any split; it returns every response
/// they complete, typed, or a ParseError value for one it could not read (and goes on
/// with the next). Literals are copied once, from the fed bytes into their own
/// buffer, which the returned responses then share.
class ResponseParser
{
public:
    explicit ResponseParser(ParserLimits limits = {});

    /// Mailbox names are UTF-8 (after ENABLE UTF8=ACCEPT, RFC 6855) instead of modified UTF-7.
    void setUtf8Mailboxes(bool utf8) { m_utf8 = utf8; }
    const ParserLimits &limits() const { return m_limits; }
    /// How FETCH responses completed from now on are built (a session sets it for the
    /// commands in flight that asked for summaries).
    void setFetchMode(FetchMode mode) { m_fetchMode = mode; }
    FetchMode fetchMode() const { return m_fetchMode; }

    /// Consumes \a data and appends the responses it completes to \a out.
    void feed(QByteArrayView data, QList<Response> &out);
    /// Convenience form of feed().
    QList<Response> feed(QByteArrayView data);
    /// Bytes a transport already framed as one whole literal (Transport::literalReceived):
    /// when they are exactly the literal the parser waits for, it shares the buffer
    /// instead of copying it, so a 100 MB message is held once. Otherwise like feed().
    void feedLiteral(const QByteArray &data, QList<Response> &out);

    /// Bytes held for a response not yet complete (text and literals).
    qint64 pendingBytes() const;
    /// Forgets any partial response (after the connection was replaced).
    void reset();

    /// Parses one complete response: \a text with its CRLF(s) and literal markers,
    /// \a literals the data of those literals in order. For tests and tools.
    static Response parseOne(QByteArrayView text, const QList<QByteArray> &literals = {},
                             const ParserLimits &limits = {}, bool utf8Mailboxes = false,
                             FetchMode fetchMode = FetchMode::Full);

    /// The error a session reports for a response it could not read: Protocol for a
    /// syntax error, LimitExceeded for a limit; the text is translated, the details
    /// (message and excerpt) are for the log.
    static MailError toMailError(const ParseError &error);

private:
    enum class State { Line, Literal, SkipLiteral, SkipLine };

    void lineComplete(QList<Response> &out);
    void finishResponse(QList<Response> &out);
    void refuse(QList<Response> &out, ParseError::Kind kind, const char *message);
    /// Size of a literal announced at the end of \a line (`{n}`, `{n+}`, `~{n}`), or -1.
    static qint64 literalAtEnd(QByteArrayView line);

    ParserLimits m_limits;
    bool m_utf8 = false;
    FetchMode m_fetchMode = FetchMode::Full;
    State m_state = State::Line;
    QByteArray m_text;            ///< text of the response so far, literal markers kept
    QList<QByteArray> m_literals; ///< finished literals of the response
    QByteArray m_literal;         ///< the literal being received, allocated once at its full size
    qint64 m_literalFilled = 0;
    qint64 m_skipRemaining = 0;   ///< bytes of a refused literal still to drop
    QByteArray m_skipTail;        ///< the end of a line being dropped (to see a literal marker)
    bool m_discard = false;       ///< the current response was refused: drop it when it ends
};

} // namespace Pigeon::Imap

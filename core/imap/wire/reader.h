// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

// Internal: the token level of the response grammar (RFC 9051 §9) over one complete
// response. Pointer scanning, no allocation except for the strings it returns.
// Every method returns false after the first error and leaves it in error().

#include "imap/wire/parserlimits.h"
#include "imap/wire/response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Pigeon::Imap::detail {

/// ASCII case-insensitive equality of a token with an upper-case keyword. Inline: a FETCH
/// response asks it for every item name.
inline bool keywordIs(QByteArrayView token, QByteArrayView upperKeyword)
{
    if (token.size() != upperKeyword.size())
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if ((c >= 'a' && c <= 'z' ? char(c - 32) : c) != upperKeyword[i])
            return false;
    }
    return true;
}
/// A token ends at one of these; a keyword matched on a prefix of a longer atom is not a match.
inline bool isDelimiter(char c)
{
    return c == ' ' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\r' || c == '\n' || c == '\0';
}
/// ASCII upper-case copy.
QByteArray upper(QByteArrayView token);
/// ASCII lower-case copy.
QByteArray lower(QByteArrayView token);
/// lower() for BODYSTRUCTURE tokens; the common ones ("text", "plain", "base64",
/// "charset", ...) come from static storage without an allocation.
QByteArray lowerInterned(QByteArrayView token);

/// One string as the reader found it, without a copy: the bytes of a FETCH listing's
/// BODYSTRUCTURE are looked at, not kept (FetchMode::Summary).
struct Token {
    QByteArrayView text;                 ///< as sent; a quoted string's escapes kept
    const QByteArray *literal = nullptr; ///< the literal's buffer, shared by bytes()
    bool null = true;                    ///< NIL, or a list where a string belongs
    bool escaped = false;                ///< quoted with backslashes: text is not the value

    bool isEmpty() const { return text.isEmpty(); }
    /// Case-insensitive comparison of the value with an upper-case keyword. An escaped
    /// value holds '\\' or '"' and so is never a keyword.
    bool is(QByteArrayView upperKeyword) const { return !escaped && keywordIs(text, upperKeyword); }
    /// The value (RFC 9051 §9 quoted: only \\ and \" are escapes; others are kept as sent).
    QByteArray bytes() const;
};

class Reader
{
public:
    Reader(QByteArrayView text, const QList<QByteArray> &literals, const ParserLimits &limits);

    bool failed() const { return m_failed; }
    const ParseError &error() const { return m_error; }
    /// Records the first error; always returns false so callers can `return r.fail(...)`.
    bool fail(ParseError::Kind kind, const char *message);
    bool syntax(const char *message) { return fail(ParseError::Kind::Syntax, message); }

    qsizetype offset() const { return m_p - m_begin; }
    /// True at the CRLF that ends the response (or at the end of the text).
    bool atEnd() const { return m_p == m_end || *m_p == '\r' || *m_p == '\n'; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    char peekAt(qsizetype n) const { return m_p + n < m_end ? m_p[n] : '\0'; }
    // The token-level steps below run dozens of times per FETCH response: inline.
    bool consume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool expect(char c, const char *message)
    {
        if (m_failed)
            return false;
        return consume(c) || syntax(message);
    }
    /// One or more spaces (servers that send two are tolerated).
    bool sp()
    {
        if (m_failed)
            return false;
        if (m_p >= m_end || *m_p != ' ')
            return syntax("expected a space");
        skipSpaces();
        return true;
    }
    void skipSpaces()
    {
        while (m_p < m_end && *m_p == ' ')
            ++m_p;
    }
    /// A space unless the next token closes a list or the response ends.
    bool spOrEnd();

    /// 1*ATOM-CHAR (RFC 9051 §9); empty view when there is none. \a allowBracket also
    /// takes ']' (ASTRING-CHAR).
    QByteArrayView atom(bool allowBracket = false);
    /// A FETCH item name: letters, digits, '.', '-' and '_' (stops at '[').
    QByteArrayView itemName();
    /// A case-insensitive keyword followed by a delimiter; consumed only on a match.
    bool keyword(QByteArrayView upperKeyword);
    /// True (and consumed) at `NIL`. Asked before nearly every string of a FETCH
    /// response, which mostly starts with '"': the first byte decides without a call.
    bool nil()
    {
        // keyword("NIL") without the call: (c | 0x20) is 'n' exactly for 'N' and 'n'.
        if (m_end - m_p < 3 || (m_p[0] | 0x20) != 'n' || (m_p[1] | 0x20) != 'i' || (m_p[2] | 0x20) != 'l')
            return false;
        if (m_end - m_p > 3 && !isDelimiter(m_p[3]))
            return false;
        m_p += 3;
        return true;
    }
    bool number(quint32 &out);
    bool number64(quint64 &out);
    /// quoted / literal / literal8.
    bool string(QByteArray &out);
    /// string() without a copy.
    bool string(Token &out);
    /// nstring() validated and skipped, without a copy.
    bool skipNString();
    /// NIL (a null QByteArray) or a string.
    bool nstring(QByteArray &out);
    /// atom (with ']') or string.
    bool astring(QByteArray &out);
    /// Anything a tolerant reader can take for an nstring: NIL, string, atom or number;
    /// a list is skipped and gives null.
    bool lenientString(QByteArray &out);
    /// lenientString() without a copy.
    bool lenientString(Token &out);
    /// Accepts number, NIL, "123" and negative numbers (as 0): sizes some servers botch.
    bool lenientNumber(quint64 &out);
    /// True at a quoted string of digits ("42"), which some servers send for numbers.
    bool atQuotedNumber() const;
    /// Skips one value of any shape (atom, string, list, `name[section]<n>`).
    bool skipValue();
    /// '(' with a depth check.
    bool enterList();
    bool leaveList();
    /// The text up to the end of the line (resp-text, unknown responses).
    QByteArrayView rest();
    /// Text from \a from to the current position.
    QByteArrayView since(qsizetype from) const { return QByteArrayView(m_begin + from, m_p - m_begin - from); }
    /// Advances past a `[...]` section spec, quotes and nesting respected.
    bool skipBracketed();

    const ParserLimits &limits() const { return m_limits; }
    QByteArrayView excerpt() const;
    /// How readFetch() builds ENVELOPE and BODYSTRUCTURE.
    FetchMode fetchMode() const { return m_fetchMode; }
    void setFetchMode(FetchMode mode) { m_fetchMode = mode; }

    /// A position to come back to after a failed attempt (recovering from one bad item).
    struct Mark {
        const char *p;
        qsizetype nextLiteral;
        int depth;
    };
    Mark mark() const { return {m_p, m_nextLiteral, m_depth}; }
    /// Returns to \a m and forgets the error recorded since.
    void restore(const Mark &m)
    {
        m_p = m.p;
        m_nextLiteral = m.nextLiteral;
        m_depth = m.depth;
        m_failed = false;
        m_error = {};
    }

private:
    bool literal(Token &out);
    bool quoted(Token &out);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const QList<QByteArray> &m_literals;
    qsizetype m_nextLiteral = 0;
    const ParserLimits &m_limits;
    int m_depth = 0;
    bool m_failed = false;
    FetchMode m_fetchMode = FetchMode::Full;
    ParseError m_error;
};

} // namespace Pigeon::Imap::detail

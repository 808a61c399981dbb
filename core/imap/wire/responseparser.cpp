// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Framing: cut the byte stream into responses (RFC 9051 §2.2.2: lines, plus literals
// announced at the end of a line), then hand each complete response to the grammar.
#include "imap/wire/responseparser.h"
#include "imap/wire/grammar.h"

#include <QCoreApplication>

#include <cstring>

namespace Pigeon::Imap {

namespace {

constexpr qsizetype kTailKeep = 32; // enough for "~{9223372036854775807+}\r\n"

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != '\r' && c != '\n' && c != ' ')
            return false;
    }
    return true;
}

QByteArray tagOf(QByteArrayView head)
{
    const qsizetype sp = head.indexOf(' ');
    QByteArrayView tag = sp < 0 ? head : head.first(sp);
    while (!tag.isEmpty() && (tag.back() == '\r' || tag.back() == '\n'))
        tag.chop(1);
    if (tag.isEmpty() || tag == "*" || tag == "+" || tag.size() > 64)
        return {};
    return tag.toByteArray();
}

} // namespace

ResponseParser::ResponseParser(ParserLimits limits) : m_limits(limits) {}

Response ResponseParser::parseOne(QByteArrayView text, const QList<QByteArray> &literals,
                                  const ParserLimits &limits, bool utf8Mailboxes, FetchMode fetchMode)
{
    return detail::parseResponse(text, literals, limits, utf8Mailboxes, fetchMode);
}

qint64 ResponseParser::literalAtEnd(QByteArrayView line)
{
    // "...{123}\r\n", "{123+}\r\n", "~{123}\r\n" (RFC 9051 §9 literal, RFC 7888, RFC 3516)
    qsizetype end = line.size();
    if (end > 0 && line[end - 1] == '\n')
        --end;
    if (end > 0 && line[end - 1] == '\r')
        --end;
    if (end < 3 || line[end - 1] != '}')
        return -1;
    qsizetype i = end - 2;
    if (line[i] == '+')
        --i;
    const qsizetype digitsEnd = i + 1;
    while (i >= 0 && line[i] >= '0' && line[i] <= '9')
        --i;
    if (i < 0 || line[i] != '{' || digitsEnd - (i + 1) == 0 || digitsEnd - (i + 1) > 18)
        return -1;
    qint64 n = 0;
    for (qsizetype k = i + 1; k < digitsEnd; ++k)
        n = n * 10 + (line[k] - '0');
    return n;
}

void ResponseParser::refuse(QList<Response> &out, ParseError::Kind kind, const char *message)
{
    ParseError e;
    e.kind = kind;
    e.tag = tagOf(QByteArrayView(m_text).first(std::min<qsizetype>(m_text.size(), 80)));
    e.message = QString::fromLatin1(message);
    e.offset = m_text.size();
    e.excerpt = m_text.left(80);
    out.append(std::move(e));
    m_discard = true;
    m_text = QByteArray();
    m_literals = QList<QByteArray>();
}

void ResponseParser::finishResponse(QList<Response> &out)
{
    if (!m_discard && !isBlank(m_text))
        out.append(detail::parseResponse(m_text, m_literals, m_limits, m_utf8, m_fetchMode));
    m_discard = false;
    m_text.clear();
    m_literals.clear();
}

void ResponseParser::lineComplete(QList<Response> &out)
{
    const qsizetype lastLf = m_text.lastIndexOf('\n', m_text.size() - 2);
    const QByteArrayView line = QByteArrayView(m_text).sliced(lastLf + 1);
    const qint64 size = literalAtEnd(line);
    if (size < 0) {
        finishResponse(out);
        return;
    }
    if (size > m_limits.maxLiteralSize) {
        refuse(out, ParseError::Kind::LimitExceeded, "literal larger than the configured limit");
    } else if (m_literals.size() >= m_limits.maxLiterals) {
        refuse(out, ParseError::Kind::LimitExceeded, "too many literals in one response");
    }
    if (m_discard) {
        m_skipRemaining = size;
        m_state = size > 0 ? State::SkipLiteral : State::Line;
        return;
    }
    // The one copy of the literal: allocated once at its announced size (bounded by
    // the limit above) and filled straight from the fed bytes.
    m_literal = QByteArray(size, Qt::Uninitialized);
    m_literalFilled = 0;
    if (size == 0)
        m_literals.append(std::exchange(m_literal, QByteArray()));
    else
        m_state = State::Literal;
}

void ResponseParser::feed(QByteArrayView data, QList<Response> &out)
{
    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        switch (m_state) {
        case State::Line: {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const qsizetype len = nl ? nl + 1 - p : end - p;
            if (nl && m_text.isEmpty() && !m_discard) {
                // Fast path: a whole response line inside this chunk, no literal:
                // parse it in place without copying it first.
                const QByteArrayView line(p, len);
                if (literalAtEnd(line) < 0 && len <= m_limits.maxResponseText) {
                    if (!isBlank(line))
                        out.append(detail::parseResponse(line, {}, m_limits, m_utf8, m_fetchMode));
                    p = nl + 1;
                    break;
                }
            }
            if (m_text.size() + len > m_limits.maxResponseText) {
                // The end of what we hold may be the start of a literal marker.
                QByteArray tail = m_text.right(kTailKeep);
                if (m_text.isEmpty())
                    m_text.append(p, std::min<qsizetype>(len, 80)); // for the tag in the error
                refuse(out, ParseError::Kind::LimitExceeded, "response text longer than the configured limit");
                m_skipTail = std::move(tail);
                m_state = State::SkipLine;
                break;
            }
            m_text.append(p, len);
            p += len;
            if (nl)
                lineComplete(out);
            break;
        }
        case State::Literal: {
            const qint64 n = std::min<qint64>(m_literal.size() - m_literalFilled, end - p);
            std::memcpy(m_literal.data() + m_literalFilled, p, size_t(n));
            m_literalFilled += n;
            p += n;
            if (m_literalFilled == m_literal.size()) {
                m_literals.append(std::exchange(m_literal, QByteArray()));
                m_literalFilled = 0;
                m_state = State::Line;
            }
            break;
        }
        case State::SkipLiteral: {
            const qint64 n = std::min<qint64>(m_skipRemaining, end - p);
            m_skipRemaining -= n;
            p += n;
            if (m_skipRemaining == 0)
                m_state = State::Line;
            break;
        }
        case State::SkipLine: {
            // Drop the rest of an over-long line, keeping only its end to see whether
            // a literal follows (which must be skipped too to stay in step).
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = nl ? nl + 1 : end;
            m_skipTail.append(p, stop - p);
            if (m_skipTail.size() > kTailKeep)
                m_skipTail.remove(0, m_skipTail.size() - kTailKeep);
            p = stop;
            if (nl) {
                const qint64 size = literalAtEnd(m_skipTail);
                m_skipTail.clear();
                if (size > 0) {
                    m_skipRemaining = size;
                    m_state = State::SkipLiteral;
                } else if (size < 0) {
                    m_state = State::Line;
                    finishResponse(out); // m_discard: drops it
                } else {
                    m_state = State::Line;
                }
            }
            break;
        }
        }
    }
}

void ResponseParser::feedLiteral(const QByteArray &data, QList<Response> &out)
{
    if (m_state == State::Literal && m_literalFilled == 0 && data.size() == m_literal.size()) {
        // m_literal was allocated uninitialised and never touched: dropping it costs no
        // resident memory.
        m_literals.append(data);
        m_literal = QByteArray();
        m_state = State::Line;
        return;
    }
    feed(QByteArrayView(data), out);
}

QList<Response> ResponseParser::feed(QByteArrayView data)
{
    QList<Response> out;
    feed(data, out);
    return out;
}

MailError ResponseParser::toMailError(const ParseError &error)
{
    const bool limit = error.kind != ParseError::Kind::Syntax;
    const QString text = limit
        ? QCoreApplication::translate("Pigeon::Imap::ResponseParser",
                                      "The server sent a response larger or deeper than allowed (%1).")
              .arg(error.message)
        : QCoreApplication::translate("Pigeon::Imap::ResponseParser",
                                      "The server sent a response that could not be read (%1).")
              .arg(error.message);
    return MailError(limit ? MailError::Kind::LimitExceeded : MailError::Kind::Protocol, text);
}

qint64 ResponseParser::pendingBytes() const
{
    qint64 n = m_text.size() + m_literalFilled;
    for (const QByteArray &l : m_literals)
        n += l.size();
    return n;
}

void ResponseParser::reset()
{
    m_state = State::Line;
    m_text = QByteArray();
    m_literals = QList<QByteArray>();
    m_literal = QByteArray();
    m_literalFilled = 0;
    m_skipRemaining = 0;
    m_skipTail.clear();
    m_discard = false;
}

} // namespace Pigeon::Imap

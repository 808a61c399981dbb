// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/wire/reader.h"

#include <array>
#include <cstring>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Pigeon::Imap::detail {

namespace {

enum CharClass : quint8 { AtomChar = 1, AstringChar = 2, ItemChar = 4 };

// RFC 9051 §9: ATOM-CHAR is any CHAR except atom-specials ( ) { SP CTL % * " \ ].
// Bytes >= 0x80 are accepted: servers with UTF8=ACCEPT and broken ones send them.
constexpr std::array<quint8, 256> makeTable()
{
    std::array<quint8, 256> t{};
    for (int c = 0; c < 256; ++c) {
        bool atom = c > 0x1f && c != 0x7f;
        for (char s : {'(', ')', '{', ' ', '%', '*', '"', '\\', ']'})
            atom = atom && c != static_cast<unsigned char>(s);
        const bool item = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '.' || c == '-' || c == '_';
        t[c] = (atom ? (AtomChar | AstringChar) : 0) | (c == ']' ? AstringChar : 0) | (item ? ItemChar : 0);
    }
    return t;
}
constexpr std::array<quint8, 256> kClass = makeTable();

inline char upperAscii(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }
inline char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }


/// The first '"', '\\', CR or LF in [p, end), or end.
const char *quotedEnd(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\' && *p != '\r' && *p != '\n')
        ++p;
    return p;
}

} // namespace

QByteArray upper(QByteArrayView token)
{
    QByteArray out(token.size(), Qt::Uninitialized);
    char *d = out.data();
    for (qsizetype i = 0; i < token.size(); ++i)
        d[i] = upperAscii(token[i]);
    return out;
}

QByteArray lower(QByteArrayView token)
{
    QByteArray out(token.size(), Qt::Uninitialized);
    char *d = out.data();
    for (qsizetype i = 0; i < token.size(); ++i)
        d[i] = lowerAscii(token[i]);
    return out;
}

QByteArray lowerInterned(QByteArrayView token)
{
    // Media types, subtypes, encodings, parameter and disposition names that make up
    // nearly all of a real BODYSTRUCTURE (counted over the shared corpus). Lengths are
    // known at compile time: this runs ~10 times per FETCH of a header listing.
    static constexpr std::string_view common[] = {
        "text", "plain", "html", "multipart", "mixed", "alternative", "related", "signed",
        "application", "octet-stream", "pdf", "image", "jpeg", "png", "gif", "message", "rfc822",
        "delivery-status", "7bit", "8bit", "base64", "quoted-printable", "binary", "charset",
        "name", "boundary", "filename", "size", "format", "attachment", "inline", "report",
        "protocol", "micalg", "type", "calendar", "creation-date", "modification-date",
    };
    // Grouped by length once: a token is compared with the two or three of its length,
    // not walked past all of them.
    static const auto byLength = [] {
        std::array<std::vector<std::string_view>, 18> groups;
        for (const std::string_view c : common)
            groups[c.size()].push_back(c);
        return groups;
    }();
    if (token.isEmpty() || token.size() >= qsizetype(byLength.size()))
        return lower(token);
    const char first = lowerAscii(token.front());
    for (const std::string_view c : byLength[size_t(token.size())]) {
        if (c.front() != first)
            continue;
        qsizetype i = 1;
        while (i < token.size() && lowerAscii(token[i]) == c[size_t(i)])
            ++i;
        if (i == token.size())
            return QByteArray::fromRawData(c.data(), token.size());
    }
    return lower(token);
}

Reader::Reader(QByteArrayView text, const QList<QByteArray> &literals, const ParserLimits &limits)
    : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()),
      m_literals(literals), m_limits(limits)
{
}

bool Reader::fail(ParseError::Kind kind, const char *message)
{
    if (!m_failed) {
        m_failed = true;
        m_error.kind = kind;
        m_error.message = QString::fromLatin1(message);
        m_error.offset = offset();
        m_error.excerpt = excerpt().toByteArray();
    }
    return false;
}

QByteArrayView Reader::excerpt() const
{
    const char *from = m_p - m_begin > 40 ? m_p - 40 : m_begin;
    const char *to = m_end - m_p > 40 ? m_p + 40 : m_end;
    return QByteArrayView(from, to - from);
}

bool Reader::spOrEnd()
{
    if (peek() == ')' || atEnd())
        return true;
    return sp();
}

QByteArrayView Reader::atom(bool allowBracket)
{
    const quint8 mask = allowBracket ? AstringChar : AtomChar;
    const char *start = m_p;
    while (m_p < m_end && (kClass[static_cast<unsigned char>(*m_p)] & mask))
        ++m_p;
    return QByteArrayView(start, m_p - start);
}

QByteArrayView Reader::itemName()
{
    const char *start = m_p;
    while (m_p < m_end && (kClass[static_cast<unsigned char>(*m_p)] & ItemChar))
        ++m_p;
    return QByteArrayView(start, m_p - start);
}

bool Reader::keyword(QByteArrayView upperKeyword)
{
    const qsizetype n = upperKeyword.size();
    if (m_end - m_p < n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (upperAscii(m_p[i]) != upperKeyword[i])
            return false;
    }
    if (m_p + n < m_end && !isDelimiter(m_p[n]))
        return false;
    m_p += n;
    return true;
}

bool Reader::number(quint32 &out)
{
    quint64 v = 0;
    if (!number64(v))
        return false;
    if (v > 0xFFFFFFFFull)
        return syntax("number out of range");
    out = quint32(v);
    return true;
}

bool Reader::number64(quint64 &out)
{
    if (m_failed)
        return false;
    const char *start = m_p;
    quint64 v = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        // RFC 9051 §9: number64 is at most 2^63-1.
        if (v > (0x7FFFFFFFFFFFFFFFull - 9) / 10)
            return syntax("number out of range");
        v = v * 10 + quint64(*m_p - '0');
        ++m_p;
    }
    if (m_p == start)
        return syntax("expected a number");
    out = v;
    return true;
}

QByteArray Token::bytes() const
{
    if (literal)
        return *literal; // implicitly shared: no copy
    if (null)
        return {};
    if (!escaped)
        return QByteArray(text.data(), text.size()); // "" stays empty, not null
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        // RFC 9051 §9 allows only \\ and \"; other escapes are kept as sent. The reader
        // saw to it that a backslash is never the last byte.
        if (text[i] == '\\' && (text[i + 1] == '\\' || text[i + 1] == '"'))
            ++i;
        out += text[i];
    }
    return out;
}

bool Reader::quoted(Token &out)
{
    ++m_p; // opening quote
    const char *start = m_p;
    bool escaped = false;
    // Quoted strings are most of a header listing's bytes (subjects, names,
    // message-ids): scan 16 bytes at a time, escapes are rare.
    for (;;) {
        m_p = quotedEnd(m_p, m_end);
        if (m_p == m_end || *m_p == '\r' || *m_p == '\n')
            break;
        if (*m_p == '"') {
            out = Token{QByteArrayView(start, m_p - start), nullptr, false, escaped};
            ++m_p;
            return true;
        }
        // A backslash: it escapes the next byte, which may not end the line.
        if (m_p + 1 >= m_end || m_p[1] == '\r' || m_p[1] == '\n')
            break;
        escaped = true;
        m_p += 2;
    }
    return syntax("unterminated quoted string");
}

bool Reader::literal(Token &out)
{
    if (*m_p == '~')
        ++m_p; // literal8 (RFC 3516)
    ++m_p;     // '{'
    quint64 size = 0;
    if (!number64(size))
        return false;
    consume('+'); // LITERAL+ form (RFC 7888), harmless in a response
    if (!expect('}', "malformed literal"))
        return false;
    consume('\r');
    if (!expect('\n', "literal not followed by CRLF"))
        return false;
    if (m_nextLiteral >= m_literals.size())
        return syntax("literal data missing");
    const QByteArray &data = m_literals.at(m_nextLiteral++);
    if (quint64(data.size()) != size)
        return syntax("literal size does not match its data");
    out = Token{QByteArrayView(data), &data, data.isNull(), false};
    return true;
}

bool Reader::string(Token &out)
{
    if (m_failed)
        return false;
    const char c = peek();
    if (c == '"')
        return quoted(out);
    if (c == '{' || (c == '~' && peekAt(1) == '{'))
        return literal(out);
    return syntax("expected a string");
}

bool Reader::string(QByteArray &out)
{
    Token t;
    if (!string(t))
        return false;
    out = t.bytes();
    return true;
}

bool Reader::nstring(QByteArray &out)
{
    if (m_failed)
        return false;
    if (nil()) {
        out = QByteArray();
        return true;
    }
    return string(out);
}

bool Reader::skipNString()
{
    if (m_failed)
        return false;
    if (nil())
        return true;
    Token ignored;
    return string(ignored);
}

bool Reader::astring(QByteArray &out)
{
    if (m_failed)
        return false;
    const char c = peek();
    if (c == '"' || c == '{' || (c == '~' && peekAt(1) == '{'))
        return string(out);
    const QByteArrayView a = atom(true);
    if (a.isEmpty())
        return syntax("expected an atom or a string");
    out = a.toByteArray();
    return true;
}

bool Reader::lenientString(Token &out)
{
    if (m_failed)
        return false;
    out = Token{};
    const char c = peek();
    if (c == '(')
        return skipValue();
    if (nil())
        return true;
    if (c == '"' || c == '{' || (c == '~' && peekAt(1) == '{'))
        return string(out);
    const QByteArrayView a = atom(true);
    if (a.isEmpty())
        return syntax("expected an atom or a string");
    out.text = a;
    out.null = false;
    return true;
}

bool Reader::lenientString(QByteArray &out)
{
    Token t;
    if (!lenientString(t))
        return false;
    out = t.bytes();
    return true;
}

bool Reader::lenientNumber(quint64 &out)
{
    if (m_failed)
        return false;
    out = 0;
    if (nil())
        return true;
    if (peek() == '"') {
        Token t;
        if (!quoted(t))
            return false;
        bool ok = false;
        const qlonglong v = t.bytes().trimmed().toLongLong(&ok);
        out = ok && v > 0 ? quint64(v) : 0;
        return true;
    }
    if (consume('-')) {
        quint64 ignored = 0;
        return number64(ignored);
    }
    return number64(out);
}

bool Reader::atQuotedNumber() const
{
    if (peek() != '"')
        return false;
    const char *q = m_p + 1;
    while (q < m_end && *q >= '0' && *q <= '9')
        ++q;
    return q > m_p + 1 && q < m_end && *q == '"';
}

bool Reader::enterList()
{
    if (!expect('(', "expected '('"))
        return false;
    if (++m_depth > m_limits.maxDepth)
        return fail(ParseError::Kind::TooDeep, "lists nested too deeply");
    return true;
}

bool Reader::leaveList()
{
    skipSpaces();
    if (!expect(')', "expected ')'"))
        return false;
    --m_depth;
    return true;
}

bool Reader::skipBracketed()
{
    if (!expect('[', "expected '['"))
        return false;
    int nesting = 0;
    while (m_p < m_end && !m_failed) {
        const char c = *m_p;
        if (c == ']') {
            ++m_p;
            return true;
        }
        if (c == '\r' || c == '\n')
            break;
        if (c == '"' || c == '{' || (c == '~' && peekAt(1) == '{')) {
            Token ignored;
            if (!string(ignored))
                return false;
            continue;
        }
        if (c == '(') {
            if (++nesting > m_limits.maxDepth)
                return fail(ParseError::Kind::TooDeep, "lists nested too deeply");
        } else if (c == ')') {
            --nesting;
        }
        ++m_p;
    }
    return syntax("unterminated '['");
}

bool Reader::skipValue()
{
    if (m_failed)
        return false;
    const char c = peek();
    if (c == '(') {
        if (!enterList())
            return false;
        skipSpaces();
        while (peek() != ')') {
            if (atEnd())
                return syntax("unterminated list");
            if (!skipValue())
                return false;
            skipSpaces();
        }
        return leaveList();
    }
    if (c == '"' || c == '{' || (c == '~' && peekAt(1) == '{')) {
        Token ignored;
        return string(ignored);
    }
    // An atom, possibly with a [section] and <partial>: BODY[HEADER.FIELDS (A B)]<0>;
    // also flags (\\*) and sequence sets (1:*), so anything up to a delimiter goes.
    const char *start = m_p;
    while (m_p < m_end) {
        const char d = *m_p;
        if (d == '[') {
            if (!skipBracketed())
                return false;
            continue;
        }
        if (d == ' ' || d == '(' || d == ')' || d == '"' || d == '\r' || d == '\n')
            break;
        ++m_p;
    }
    if (m_p == start)
        return syntax("unexpected character");
    return true;
}

QByteArrayView Reader::rest()
{
    const char *start = m_p;
    while (m_p < m_end && *m_p != '\r' && *m_p != '\n')
        ++m_p;
    return QByteArrayView(start, m_p - start);
}

} // namespace Pigeon::Imap::detail

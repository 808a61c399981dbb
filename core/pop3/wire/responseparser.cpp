// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "pop3/wire/responseparser.h"

#include <algorithm>

namespace Pigeon::Pop3 {

namespace {

/// The line without its terminator: CRLF, a bare LF, or (defensively) a lone CR.
QByteArrayView chopTerminator(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool startsWithWord(QByteArrayView line, QByteArrayView word)
{
    if (line.size() < word.size())
        return false;
    if (line.first(word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    return line.size() == word.size() || line.at(word.size()) == ' ';
}

bool isCodeChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '/';
}

QByteArray detailOf(QByteArrayView line)
{
    const QByteArrayView text = chopTerminator(line);
    return text.first(std::min<qsizetype>(text.size(), 80)).toByteArray();
}

} // namespace

bool parseStatusLine(QByteArrayView line, bool allowContinuation, Response *out)
{
    QByteArrayView rest;
    if (startsWithWord(line, "+OK")) {
        out->status = Response::Status::Ok;
        rest = line.sliced(3);
    } else if (startsWithWord(line, "-ERR")) {
        out->status = Response::Status::Err;
        rest = line.sliced(4);
    } else if (allowContinuation && startsWithWord(line, "+")) {
        // RFC 5034 §4: "+" SP [base64]; the payload is all that follows.
        out->status = Response::Status::Continue;
        out->code.clear();
        out->text = line.size() > 1 ? line.sliced(2).toByteArray() : QByteArray();
        return true;
    } else {
        return false;
    }
    while (rest.startsWith(' '))
        rest = rest.sliced(1);

    out->code.clear();
    // RFC 2449 §8: resp-code = "[" resp-level *("/" resp-level) "]", right after the status.
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 1 && close <= 64) {
            const QByteArrayView code = rest.sliced(1, close - 1);
            if (std::all_of(code.begin(), code.end(), isCodeChar)) {
                out->code = code.toByteArray().toUpper();
                rest = rest.sliced(close + 1);
                while (rest.startsWith(' '))
                    rest = rest.sliced(1);
            }
        }
    }
    out->text = rest.toByteArray();
    return true;
}

void ResponseParser::expect(ReplyShape shape)
{
    m_expected.enqueue(shape);
}

void ResponseParser::reset()
{
    m_expected.clear();
    m_partial.clear();
    m_partialTooLong = false;
    m_inBody = false;
    m_bodyOverflow = false;
    m_current = Response();
}

QList<ResponseParser::Item> ResponseParser::feed(QByteArrayView bytes)
{
    QList<Item> out;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', pos);
        if (lf < 0) {
            if (!m_partialTooLong) {
                m_partial.append(bytes.sliced(pos));
                if (m_partial.size() > m_limits.maxLineLength) {
                    // Keep nothing of an endless line: memory stays bounded.
                    m_partialTooLong = true;
                    m_partial.clear();
                }
            }
            break;
        }
        const QByteArrayView piece = bytes.sliced(pos, lf + 1 - pos);
        pos = lf + 1;
        if (m_partialTooLong || m_partial.size() + piece.size() > m_limits.maxLineLength + 2) {
            const QByteArray start = m_partial.isEmpty() ? detailOf(piece) : detailOf(m_partial);
            m_partialTooLong = false;
            m_partial.clear();
            if (m_inBody) {
                // The reply goes on; skip to its end so the next reply parses in step.
                m_bodyOverflow = true;
                m_current.body.clear();
            } else if (!m_expected.isEmpty()) {
                m_expected.dequeue();
                out.append(ParseError{ParseError::Kind::LineTooLong, start});
            } else {
                out.append(ParseError{ParseError::Kind::LineTooLong, start});
            }
            continue;
        }
        if (m_partial.isEmpty()) {
            takeLine(piece, out);
        } else {
            m_partial.append(piece);
            const QByteArray line = std::move(m_partial);
            m_partial = QByteArray();
            takeLine(line, out);
        }
    }
    return out;
}

void ResponseParser::takeLine(QByteArrayView line, QList<Item> &out)
{
    if (m_inBody)
        takeBodyLine(line, out);
    else
        takeStatusLine(line, out);
}

void ResponseParser::takeStatusLine(QByteArrayView line, QList<Item> &out)
{
    if (m_expected.isEmpty()) {
        out.append(ParseError{ParseError::Kind::Unexpected, detailOf(line)});
        return;
    }
    const ReplyShape shape = m_expected.head();
    Response response;
    if (!parseStatusLine(chopTerminator(line), shape == ReplyShape::Sasl, &response)) {
        m_expected.dequeue();
        out.append(ParseError{ParseError::Kind::Malformed, detailOf(line)});
        return;
    }
    // RFC 1939 §3: only a positive reply to a multi-line command carries a body.
    if (shape == ReplyShape::MultiLine && response.isOk()) {
        m_inBody = true;
        m_bodyOverflow = false;
        m_current = std::move(response);
        m_current.multiLine = true;
        return;
    }
    m_expected.dequeue();
    out.append(std::move(response));
}

void ResponseParser::takeBodyLine(QByteArrayView line, QList<Item> &out)
{
    // RFC 1939 §3: a line starting with the termination octet is either the end of the
    // reply (the octet alone) or byte-stuffed (the first octet is removed).
    if (line.startsWith('.')) {
        const QByteArrayView after = line.sliced(1);
        if (after == "\r\n" || after == "\n") {
            m_expected.dequeue();
            m_inBody = false;
            if (m_bodyOverflow) {
                m_bodyOverflow = false;
                out.append(ParseError{ParseError::Kind::BodyTooLarge, m_current.text.left(80)});
                m_current = Response();
            } else {
                out.append(std::move(m_current));
                m_current = Response();
            }
            return;
        }
        line = after;
    }
    if (m_bodyOverflow)
        return;
    if (m_current.body.size() + line.size() > m_limits.maxBodySize) {
        m_bodyOverflow = true;
        m_current.body = QByteArray();
        return;
    }
    m_current.body.append(line);
}

} // namespace Pigeon::Pop3

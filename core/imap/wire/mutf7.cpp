// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "imap/wire/mutf7.h"

namespace Pigeon::Imap::MUtf7 {

namespace {

// RFC 3501 §5.1.3: RFC 2152's BASE64 with "," in place of "/".
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool isPrintable(char16_t c) { return c >= 0x20 && c <= 0x7e; }

void flushShifted(QByteArray &out, QStringView run)
{
    out += '&';
    quint32 bits = 0;
    int nbits = 0;
    for (QChar ch : run) {
        const char16_t u = ch.unicode();
        for (int shift : {8, 0}) {
            bits = (bits << 8) | ((u >> shift) & 0xff);
            nbits += 8;
            while (nbits >= 6) {
                nbits -= 6;
                out += kAlphabet[(bits >> nbits) & 0x3f];
            }
        }
    }
    if (nbits > 0)
        out += kAlphabet[(bits << (6 - nbits)) & 0x3f];
    out += '-';
}

} // namespace

QByteArray encode(QStringView name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name[i].unicode();
        if (isPrintable(c)) {
            out += char(c);
            if (c == '&')
                out += '-';
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < name.size() && !isPrintable(name[j].unicode()))
            ++j;
        flushShifted(out, name.sliced(i, j - i));
        i = j;
    }
    return out;
}

std::optional<QString> decode(QByteArrayView in)
{
    QString out;
    out.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (!isPrintable(char16_t(static_cast<unsigned char>(c))))
            return std::nullopt; // 8-bit or control byte: not modified UTF-7
        if (c != '&') {
            out += QLatin1Char(c);
            ++i;
            continue;
        }
        ++i;
        if (i < in.size() && in[i] == '-') { // "&-" is "&"
            out += QLatin1Char('&');
            ++i;
            continue;
        }
        quint32 bits = 0;
        int nbits = 0;
        QString run;
        bool closed = false;
        while (i < in.size()) {
            const char b = in[i++];
            if (b == '-') {
                closed = true;
                break;
            }
            const int v = sextet(b);
            if (v < 0)
                return std::nullopt;
            bits = (bits << 6) | quint32(v);
            nbits += 6;
            if (nbits >= 16) {
                nbits -= 16;
                run += QChar(char16_t((bits >> nbits) & 0xffff));
            }
        }
        // The shift must be closed, carry at least one character, and leave only
        // zero padding bits (fewer than 6) behind.
        if (!closed || run.isEmpty() || nbits >= 6 || (bits & ((1u << nbits) - 1)) != 0)
            return std::nullopt;
        for (qsizetype k = 0; k < run.size(); ++k) {
            const QChar ch = run[k];
            if (isPrintable(ch.unicode()))
                return std::nullopt; // must have been written as itself
            if (ch.isHighSurrogate()) {
                if (k + 1 >= run.size() || !run[k + 1].isLowSurrogate())
                    return std::nullopt;
                ++k;
            } else if (ch.isLowSurrogate()) {
                return std::nullopt;
            }
        }
        out += run;
        // RFC 3501 §5.1.3: "null shifts ("-&" while in BASE64) are not permitted": a
        // run is followed by ASCII, or by "&-" (an ampersand), never by another run. So
        // every name has one spelling, and encode(decode(x)) == x.
        if (i < in.size() && in[i] == '&' && (i + 1 >= in.size() || in[i + 1] != '-'))
            return std::nullopt;
    }
    return out;
}

} // namespace Pigeon::Imap::MUtf7

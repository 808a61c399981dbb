// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "mime/headerdecoder.h"

#include "mime/charset.h"
#include "mime/gmimeglue.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>

namespace Pigeon::Mime {

using namespace Detail;

namespace {

/// The decoded bytes of a run of encoded words: on the stack for any header the list
/// shows (a subject, a display name), on the heap only for long ones.
using RunBuffer = QVarLengthArray<char, 512>;

struct EncodedWord
{
    qsizetype end = 0;       ///< index just past "?="
    QByteArrayView charset;  ///< as written, language suffix removed (a view of the value)
    QByteArrayView text;     ///< the encoded text (a view of the value)
    bool base64 = false;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendQ(QByteArrayView text, RunBuffer &out)
{
    // Written through a pointer into room for the whole text (Q never grows it).
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *w = out.data() + at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            *w++ = ' ';
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            *w++ = char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            *w++ = c; // a stray '=' is kept, as mature clients do
        }
    }
    out.resize(w - out.constData());
}

/// The value of each byte in the base64 alphabet (RFC 4648 §4), -1 outside it.
constexpr std::array<qint8, 256> base64Values()
{
    std::array<qint8, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = -1;
    for (int i = 0; i < 26; ++i) {
        t[size_t('A' + i)] = qint8(i);
        t[size_t('a' + i)] = qint8(26 + i);
    }
    for (int i = 0; i < 10; ++i)
        t[size_t('0' + i)] = qint8(52 + i);
    t[size_t('+')] = 62;
    t[size_t('/')] = 63;
    return t;
}
constexpr std::array<qint8, 256> kBase64 = base64Values();

void appendB(QByteArrayView text, RunBuffer &out)
{
    // Read as leniently as QByteArray::fromBase64 without AbortOnBase64DecodingErrors
    // (what this decoder used): anything outside the alphabet, '=' included, is
    // skipped, and a trailing partial group yields the whole bytes it holds.
    const qsizetype at = out.size();
    out.resize(at + text.size() * 3 / 4 + 3);
    char *w = out.data() + at;
    // Whole groups of four alphabet characters, three bytes each (nearly every word is
    // only these); the first group with anything else goes to the lenient loop, which
    // starts from the same state (no bits pending) the groups leave.
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const auto *end = p + text.size();
    for (; end - p >= 4; p += 4) {
        const int a = kBase64[p[0]], b = kBase64[p[1]], c = kBase64[p[2]], d = kBase64[p[3]];
        if ((a | b | c | d) < 0)
            break;
        const quint32 group = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *w++ = char(group >> 16);
        *w++ = char(group >> 8);
        *w++ = char(group);
    }
    quint32 bits = 0;
    int count = 0;
    for (const char c : QByteArrayView(p, end)) {
        const int d = kBase64[uchar(c)];
        if (d < 0)
            continue;
        bits = (bits << 6) | quint32(d);
        count += 6;
        if (count >= 8) {
            count -= 8;
            *w++ = char(bits >> count);
            bits &= (1u << count) - 1;
        }
    }
    out.resize(w - out.constData());
}

/// Appends the bytes of an encoded word to @p out, decoded from the value's bytes in
/// place without an allocation of their own.
void appendDecoded(const EncodedWord &w, RunBuffer &out)
{
    if (w.base64)
        appendB(w.text, out);
    else
        appendQ(w.text, out);
}

/// RFC 2047 §2: "=?" charset ["*" language] "?" encoding "?" encoded-text "?=".
bool parseEncodedWord(QByteArrayView s, qsizetype pos, EncodedWord *w)
{
    if (pos + 1 >= s.size() || s[pos] != '=' || s[pos + 1] != '?')
        return false;
    qsizetype i = pos + 2;
    const qsizetype csStart = i;
    while (i < s.size() && s[i] != '?' && s[i] > ' ' && s[i] < 0x7f && i - csStart < 64)
        ++i;
    if (i >= s.size() || s[i] != '?' || i == csStart)
        return false;
    QByteArrayView charset = s.sliced(csStart, i - csStart);
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset = charset.first(star);
    if (i + 2 >= s.size() || s[i + 2] != '?')
        return false;
    const char enc = s[i + 1];
    if (enc != 'B' && enc != 'b' && enc != 'Q' && enc != 'q')
        return false;
    // The text ends at the first "?=" and holds no blank; found with memchr from '?' to
    // '?' rather than byte by byte.
    const qsizetype textStart = i + 3;
    const char *data = s.data();
    const qsizetype n = s.size();
    qsizetype textEnd = textStart;
    for (;;) {
        const void *q = textEnd < n ? std::memchr(data + textEnd, '?', size_t(n - textEnd)) : nullptr;
        const qsizetype at = q ? static_cast<const char *>(q) - data : n;
        const size_t span = size_t(at - textEnd);
        if (std::memchr(data + textEnd, ' ', span) || std::memchr(data + textEnd, '\t', span))
            return false;
        if (at + 1 >= n)
            return false;
        textEnd = at;
        if (data[at + 1] == '=')
            break;
        ++textEnd;
    }
    w->charset = charset;
    w->text = s.sliced(textStart, textEnd - textStart);
    w->base64 = enc == 'B' || enc == 'b';
    w->end = textEnd + 2;
    return true;
}

/// The index of the next "=?" at or after @p from, or -1: memchr to each '=' (a
/// header has few), not a general substring search.
qsizetype indexOfWordStart(QByteArrayView s, qsizetype from)
{
    const char *data = s.data();
    const qsizetype n = s.size();
    while (from + 1 < n) {
        const void *eq = std::memchr(data + from, '=', size_t(n - 1 - from));
        if (!eq)
            return -1;
        const qsizetype at = static_cast<const char *>(eq) - data;
        if (data[at + 1] == '?')
            return at;
        from = at + 1;
    }
    return -1;
}

bool isBlank(QByteArrayView s)
{
    for (char c : s)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

QString sanitise(QString text)
{
    // Looked for first: writing through a non-const iterator would copy a shared string.
    const auto isControl = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    for (QChar &c : text) {
        if (isControl(c))
            c = QLatin1Char(' ');
    }
    return text;
}

/// Walks a header value, calling @p onRaw for literal text and @p onWords for every run
/// of adjacent encoded words (blanks between them dropped, same-charset words joined).
template<typename OnRaw, typename OnWords>
void scanEncodedWords(QByteArrayView s, OnRaw onRaw, OnWords onWords)
{
    QByteArrayView runCharset;
    RunBuffer runBytes;
    bool inRun = false;
    qsizetype rawStart = 0;
    auto flushRun = [&] {
        if (inRun)
            onWords(QByteArrayView(runBytes.constData(), runBytes.size()), runCharset);
        inRun = false;
        runBytes.clear(); // keeps the allocation for the next run
    };
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const qsizetype q = indexOfWordStart(s, i) - i;
        if (q < 0)
            break;
        EncodedWord w;
        if (!parseEncodedWord(s, i + q, &w)) {
            i += q + 2;
            continue;
        }
        const QByteArrayView between = s.sliced(rawStart, i + q - rawStart);
        if (!(inRun && isBlank(between))) {
            flushRun();
            if (!between.isEmpty())
                onRaw(between);
        }
        if (inRun && w.charset.compare(runCharset, Qt::CaseInsensitive) != 0)
            flushRun();
        if (!inRun) {
            runCharset = w.charset;
            inRun = true;
        }
        appendDecoded(w, runBytes);
        i = w.end;
        rawStart = i;
    }
    flushRun();
    if (rawStart < n)
        onRaw(s.sliced(rawStart));
}

} // namespace

QByteArray HeaderDecoder::unfold(QByteArrayView raw)
{
    // Most values (and every IMAP ENVELOPE string) are one line already: one copy.
    if (!raw.contains('\n') && !raw.contains('\r'))
        return raw.trimmed().toByteArray();
    QByteArray out(raw.size(), Qt::Uninitialized);
    char *d = out.data();
    for (char c : raw) {
        if (c != '\r' && c != '\n')
            *d++ = c;
    }
    out.truncate(d - out.constData());
    return out.trimmed();
}

QString HeaderDecoder::decodeText(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    // A value on one line (every IMAP ENVELOPE string) is decoded from a view of it:
    // unfold() would only have copied it.
    QByteArray unfolded;
    QByteArrayView s;
    if (raw.contains('\n') || raw.contains('\r')) {
        unfolded = unfold(raw);
        s = unfolded;
    } else {
        s = raw.trimmed();
    }
    const bool eightBit = !Charset::isAscii(s);
    if (!eightBit && indexOfWordStart(s, 0) < 0)
        return sanitise(QString::fromLatin1(s));
    // Raw 8-bit bytes are judged over the whole value, not word by word: a longer
    // sample detects better.
    const QByteArray rawCharset = eightBit ? Charset::detect(s, fallbackCharset) : QByteArray();
    QString out;
    scanEncodedWords(
        s,
        [&](QByteArrayView text) {
            out += eightBit ? Charset::decodeWith(text, rawCharset) : QString::fromLatin1(text);
        },
        [&](QByteArrayView bytes, QByteArrayView charset) {
            out += Charset::decode(bytes, charset, fallbackCharset);
        });
    return sanitise(std::move(out));
}

QByteArray HeaderDecoder::toUtf8Structured(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    const QByteArray s = unfold(raw);
    const bool eightBit = !Charset::isAscii(s);
    if (!eightBit && indexOfWordStart(s, 0) < 0)
        return s;
    const QByteArray rawCharset = eightBit ? Charset::detect(s, fallbackCharset) : QByteArray();
    QByteArray out;
    bool inQuote = false;
    scanEncodedWords(
        s,
        [&](QByteArrayView text) {
            for (qsizetype k = 0; k < text.size(); ++k) {
                const char c = text[k];
                if (c == '\\' && inQuote && k + 1 < text.size()) {
                    out += c;
                    out += text[++k];
                    continue;
                }
                if (c == '"')
                    inQuote = !inQuote;
                if (static_cast<unsigned char>(c) < 0x80) {
                    out += c;
                    continue;
                }
                qsizetype e = k;
                while (e < text.size() && static_cast<unsigned char>(text[e]) >= 0x80)
                    ++e;
                out += Charset::decodeWith(text.sliced(k, e - k), rawCharset).toUtf8();
                k = e - 1;
            }
        },
        [&](QByteArrayView bytes, QByteArrayView charset) {
            const QByteArray utf8 = sanitise(Charset::decode(bytes, charset, fallbackCharset)).toUtf8();
            if (inQuote) {
                for (char c : utf8) {
                    if (c == '"' || c == '\\')
                        out += '\\';
                    out += c;
                }
            } else {
                out += "=?UTF-8?B?" + utf8.toBase64() + "?=";
            }
        });
    return out;
}

namespace {

void collectAddresses(InternetAddressList *list, AddressList *out, int depth)
{
    if (!list || depth > 4)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            collectAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out,
                             depth + 1);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            Mailbox m;
            m.name = sanitise(QString::fromUtf8(internet_address_get_name(ia))).trimmed();
            m.address = QString::fromUtf8(
                internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
            out->append(m);
        }
    }
}

} // namespace

AddressList HeaderDecoder::decodeAddresses(QByteArrayView raw, QByteArrayView fallbackCharset)
{
    const QByteArray utf8 = toUtf8Structured(raw, fallbackCharset);
    AddressList result;
    if (utf8.isEmpty())
        return result;
    auto list = adopt(internet_address_list_parse(parserOptions(), utf8.constData()));
    collectAddresses(list.get(), &result, 0);
    // Unparseable garbage still says something to the reader; an empty group does not.
    if (result.isEmpty() && !(utf8.contains(':') && utf8.contains(';')))
        result.append(Mailbox{decodeText(raw, fallbackCharset), QString()});
    return result;
}

QDateTime HeaderDecoder::decodeDate(QByteArrayView raw)
{
    const QByteArray s = unfold(raw);
    if (s.isEmpty())
        return {};
    ensureGMime();
    GDateTime *dt = g_mime_utils_header_decode_date(s.constData());
    if (!dt)
        return {};
    const qint64 secs = g_date_time_to_unix(dt);
    const int offset = int(g_date_time_get_utc_offset(dt) / G_TIME_SPAN_SECOND);
    g_date_time_unref(dt);
    return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, offset);
}

QByteArray HeaderDecoder::decodeMessageId(QByteArrayView raw)
{
    const QByteArray s = unfold(raw);
    if (s.isEmpty())
        return {};
    ensureGMime();
    GString_ id(g_mime_utils_decode_message_id(s.constData()));
    return bytes(id.get());
}

QList<QByteArray> HeaderDecoder::decodeMessageIds(QByteArrayView raw)
{
    QList<QByteArray> ids;
    const QByteArray s = unfold(raw);
    if (s.isEmpty())
        return ids;
    GMimeReferences *refs = g_mime_references_parse(parserOptions(), s.constData());
    if (!refs)
        return ids;
    const int n = g_mime_references_length(refs);
    ids.reserve(n);
    for (int i = 0; i < n; ++i)
        ids.append(bytes(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    return ids;
}

} // namespace Pigeon::Mime
